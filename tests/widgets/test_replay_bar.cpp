#include "widgets/replay_bar.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>

using namespace soc;

class TestReplayBar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void showsReplayMark();
    void playButtonToggles();
    void speedRequested();
    void sliderSeeks();
    void typedTimeSeeksInCityTime();
    void jumpsBetweenAlertChanges();
    void alertShortcutsSeek();
    void alertButtonsDisabledWithoutMarks();
    void liveModeOffersReturn();
};

namespace {

// 2026-12-04 09:00 and 09:30 in Ho Chi Minh City (UTC+7).
const qint64 Start = QDateTime::fromString(QStringLiteral("2026-12-04T02:00:00Z"), Qt::ISODate)
                         .toMSecsSinceEpoch();
const qint64 End = Start + 30 * 60 * 1000;

} // namespace

void TestReplayBar::showsReplayMark()
{
    ReplayBar bar;
    bar.setRecording(QStringLiteral("demo.socrec"), Start, End);
    auto *mark = bar.findChild<QLabel *>(QStringLiteral("replayMark"));
    QVERIFY(mark);
    QCOMPARE(mark->text(), "REPLAY · demo.socrec");
    auto *edit = bar.findChild<QDateTimeEdit *>(QStringLiteral("replayTime"));
    QCOMPARE(edit->text(), "04/12/2026 09:00:00");
}

void TestReplayBar::playButtonToggles()
{
    ReplayBar bar;
    bar.setRecording(QStringLiteral("x"), Start, End);
    QSignalSpy play(&bar, &ReplayBar::playRequested);
    QSignalSpy pause(&bar, &ReplayBar::pauseRequested);
    auto *button = bar.findChild<QToolButton *>(QStringLiteral("replayPlay"));
    QVERIFY(button);
    QCOMPARE(button->text(), "Play");
    button->click();
    QCOMPARE(play.count(), 1);
    bar.setPlaying(true);
    QCOMPARE(button->text(), "Pause");
    button->click();
    QCOMPARE(pause.count(), 1);
}

void TestReplayBar::speedRequested()
{
    ReplayBar bar;
    QSignalSpy speed(&bar, &ReplayBar::speedRequested);
    auto *box = bar.findChild<QComboBox *>(QStringLiteral("replaySpeed"));
    QVERIFY(box);
    QCOMPARE(box->itemData(0).toDouble(), 0.25);
    QCOMPARE(box->itemData(box->count() - 1).toDouble(), 1000.0);
    emit box->activated(box->count() - 1);
    QCOMPARE(speed.count(), 1);
    QCOMPARE(speed.first().first().toDouble(), 1000.0);
}

void TestReplayBar::sliderSeeks()
{
    ReplayBar bar;
    bar.setRecording(QStringLiteral("x"), Start, End);
    QSignalSpy seek(&bar, &ReplayBar::seekRequested);
    auto *slider = bar.findChild<QSlider *>(QStringLiteral("replaySlider"));
    QVERIFY(slider);
    QCOMPARE(slider->maximum(), 1800);
    slider->setSliderPosition(600);
    slider->triggerAction(QAbstractSlider::SliderPageStepAdd);
    QVERIFY(seek.count() >= 1);
    QCOMPARE(seek.last().first().toLongLong(), Start + slider->sliderPosition() * 1000LL);

    bar.setTime(Start + 900 * 1000);
    QCOMPARE(slider->value(), 900);
}

void TestReplayBar::typedTimeSeeksInCityTime()
{
    ReplayBar bar;
    bar.setRecording(QStringLiteral("x"), Start, End);
    QSignalSpy seek(&bar, &ReplayBar::seekRequested);
    auto *edit = bar.findChild<QDateTimeEdit *>(QStringLiteral("replayTime"));
    QVERIFY(edit);
    // 09:14 city time is 02:14 UTC.
    edit->setDateTime(QDateTime(QDate(2026, 12, 4), QTime(9, 14), Qt::UTC));
    emit edit->editingFinished();
    QCOMPARE(seek.count(), 1);
    QCOMPARE(seek.first().first().toLongLong(), Start + 14 * 60 * 1000LL);
}

QTEST_MAIN(TestReplayBar)
#include "test_replay_bar.moc"

void TestReplayBar::jumpsBetweenAlertChanges()
{
    ReplayBar bar;
    bar.setRecording(QStringLiteral("x"), Start, End);
    // Unsorted, with a repeat, as several alerts can change at one moment.
    bar.setAlertMarks({Start + 600000, Start + 60000, Start + 600000, Start + 1200000});
    QCOMPARE(bar.alertMarks().size(), 3);
    QSignalSpy seek(&bar, &ReplayBar::seekRequested);
    auto *previous = bar.findChild<QToolButton *>(QStringLiteral("replayPreviousAlert"));
    auto *next = bar.findChild<QToolButton *>(QStringLiteral("replayNextAlert"));
    QVERIFY(previous);
    QVERIFY(next);

    bar.setTime(Start);
    QVERIFY(!previous->isEnabled());
    QVERIFY(next->isEnabled());
    next->click();
    QCOMPARE(seek.count(), 1);
    QCOMPARE(seek.last().first().toLongLong(), Start + 60000);

    // On a mark, next goes to the following one and previous to the one before.
    bar.setTime(Start + 600000);
    next->click();
    QCOMPARE(seek.last().first().toLongLong(), Start + 1200000);
    previous->click();
    QCOMPARE(seek.last().first().toLongLong(), Start + 60000);

    bar.setTime(End);
    QVERIFY(!next->isEnabled());
    previous->click();
    QCOMPARE(seek.last().first().toLongLong(), Start + 1200000);
}

void TestReplayBar::alertShortcutsSeek()
{
    QWidget window;
    auto *bar = new ReplayBar(&window);
    bar->setRecording(QStringLiteral("x"), Start, End);
    bar->setAlertMarks({Start + 60000, Start + 120000});
    bar->setTime(Start + 90000);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy seek(bar, &ReplayBar::seekRequested);

    // Through the QWindow, as a real key press arrives, so that shortcuts apply. A button's
    // shortcut animates the click, which arrives from the event loop.
    QTest::keyClick(window.windowHandle(), Qt::Key_PageDown, Qt::AltModifier);
    QTRY_COMPARE(seek.count(), 1);
    QCOMPARE(seek.last().first().toLongLong(), Start + 120000);
    QTest::keyClick(window.windowHandle(), Qt::Key_PageUp, Qt::AltModifier);
    QTRY_COMPARE(seek.count(), 2);
    QCOMPARE(seek.last().first().toLongLong(), Start + 60000);
}

void TestReplayBar::alertButtonsDisabledWithoutMarks()
{
    ReplayBar bar;
    bar.setRecording(QStringLiteral("x"), Start, End);
    bar.setTime(Start + 60000);
    QVERIFY(!bar.previousAlertTime());
    QVERIFY(!bar.nextAlertTime());
    QVERIFY(!bar.findChild<QToolButton *>(QStringLiteral("replayPreviousAlert"))->isEnabled());
    QVERIFY(!bar.findChild<QToolButton *>(QStringLiteral("replayNextAlert"))->isEnabled());
}

void TestReplayBar::liveModeOffersReturn()
{
    ReplayBar bar;
    bar.setRecording(QString(), Start, End);
    bar.setLiveMode(true);
    auto *mark = bar.findChild<QLabel *>(QStringLiteral("replayMark"));
    auto *live = bar.findChild<QToolButton *>(QStringLiteral("replayLive"));
    QVERIFY(live);
    QCOMPARE(mark->text(), "LIVE");
    QVERIFY(!live->isEnabled());

    bar.setFollowingLive(false);
    QCOMPARE(mark->text(), "REWIND");
    QVERIFY(live->isEnabled());
    QSignalSpy requested(&bar, &ReplayBar::liveRequested);
    live->click();
    QCOMPARE(requested.count(), 1);

    // The range grows with the live recording and keeps the time.
    bar.setTime(Start + 60000);
    bar.setRange(Start, End + 60000);
    QCOMPARE(bar.endTime(), End + 60000);
    QCOMPARE(bar.time(), Start + 60000);

    bar.setLiveMode(false);
    bar.setRecording(QStringLiteral("x"), Start, End);
    QCOMPARE(mark->text(), "REPLAY · x");
}
