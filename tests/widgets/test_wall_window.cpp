#include "support/demo_state.h"
#include "widgets/replay_bar.h"
#include "widgets/wall_board_view.h"
#include "widgets/wall_header.h"
#include "widgets/wall_window.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;

namespace {

// Overview 10 s, ranking 20 s, unit 760 15 s, alerts 5 s; critical entries stay twice as long.
const QByteArray Playlist = R"({
  "version": 1,
  "languages": ["vi", "en"],
  "entries": [
    {"page": "overview", "indicator": "e_result", "dwell_s": 10},
    {"page": "ranking", "indicator": "on_time", "dwell_s": 20},
    {"page": "unit", "unit": "760", "dwell_s": 15},
    {"page": "alerts", "dwell_s": 5}
  ]
})";

WallPlaylist testPlaylist(const QByteArray &json = Playlist)
{
    WallPlaylist playlist;
    QString error;
    if (!WallPlaylist::parse(json, QStringLiteral("test.json"), &playlist, &error))
        qFatal("%s", qPrintable(error));
    return playlist;
}

// The demo state with one unacknowledged critical alert on the on_time figure of unit 761.
DashboardStatePtr stateWithCriticalAlert()
{
    auto state = std::make_shared<DashboardState>(*test::demoState());
    Alert alert;
    alert.id = QStringLiteral("on_time_low:761:on_time");
    alert.rule = QStringLiteral("on_time_low");
    alert.unit = QStringLiteral("761");
    alert.indicator = QStringLiteral("on_time");
    alert.severity = Severity::Critical;
    alert.state = AlertState::ActiveUnacked;
    alert.conditionActive = true;
    state->alerts = {alert};
    return state;
}

DashboardStatePtr stateWithoutAlerts()
{
    auto state = std::make_shared<DashboardState>(*test::demoState());
    state->alerts.clear();
    return state;
}

} // namespace

class TestWallWindow : public QObject
{
    Q_OBJECT

private slots:
    void rotatesInOrderWithDwell();
    void criticalPageFirstAndLonger();
    void resumesAfterRestart();
    void otherPlaylistStartsAtTop();
    void alternatesLanguagePerCycle();
    void headerMarksDemoAndAges();
    void headerMarksReplay();
    void errorsBecomeBanners();
    void cursorHidesWhenIdle();
    void returnsToLiveAfterSetting();
    void inputPostponesReturnToLive();
    void rewindBarFollowsUse();
};

void TestWallWindow::rotatesInOrderWithDwell()
{
    qint64 now = test::demoMoment();
    WallWindow window(testPlaylist());
    window.setClock([&] { return now; });
    window.applyState(stateWithoutAlerts());
    window.resize(1280, 720);
    window.show();

    QStringList pages;
    QList<qint64> changes;
    QStringList entries;
    const qint64 start = now;
    QString shown;
    // One poll per simulated second through one and a half cycles (50 s a cycle).
    for (int second = 0; second <= 75; ++second) {
        now = start + second * 1000;
        window.poll();
        if (window.currentPage() != shown || changes.isEmpty()) {
            shown = window.currentPage();
            pages << shown;
            changes << second;
            entries << window.currentEntry().unit + window.currentEntry().indicator;
        }
    }
    QCOMPARE(pages, (QStringList{"overview", "ranking", "unit", "alerts", "overview", "ranking"}));
    QCOMPARE(changes, (QList<qint64>{0, 10, 30, 45, 50, 60}));
    QCOMPARE(entries, (QStringList{"e_result", "on_time", "760", "", "e_result", "on_time"}));
    // The board on show is the ranking of on_time, with the place in the playlist.
    QVERIFY2(window.boardView()->board().title.startsWith("2/4 · "),
             qPrintable(window.boardView()->board().title));
    QCOMPARE(window.boardView()->board().rows.size(), 22);
}

void TestWallWindow::criticalPageFirstAndLonger()
{
    qint64 now = test::demoMoment();
    WallWindow window(testPlaylist());
    window.setClock([&] { return now; });
    window.applyState(stateWithCriticalAlert());
    window.poll();
    // The ranking colours by on_time, which has the alert; the alerts page lists it.
    QCOMPARE(window.currentPage(), "ranking");
    QCOMPARE(window.rotation().current().dwellMs, qint64(40000));
    QVERIFY(window.rotation().current().critical);

    now += 39999;
    window.poll();
    QCOMPARE(window.currentPage(), "ranking");
    now += 1;
    window.poll();
    QCOMPARE(window.currentPage(), "alerts");
    QCOMPARE(window.rotation().current().dwellMs, qint64(10000));

    // Once acknowledged, nothing is critical: the rest follow in playlist order.
    window.applyState(stateWithoutAlerts());
    now += 10000;
    window.poll();
    QCOMPARE(window.currentPage(), "overview");
    QCOMPARE(window.rotation().current().dwellMs, qint64(10000));
}

void TestWallWindow::resumesAfterRestart()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString positionPath = folder.filePath("wall-position.json");
    qint64 now = test::demoMoment();
    {
        WallWindow window(testPlaylist(), positionPath);
        window.setClock([&] { return now; });
        window.applyState(stateWithoutAlerts());
        window.poll();
        for (int i = 0; i < 6; ++i)
            window.advance();
        QCOMPARE(window.currentPage(), "unit");
        QCOMPARE(window.rotation().current().cycle, 1);
    }
    QVERIFY(QFile::exists(positionPath));

    // A new window, as after a restart, shows the same entry of the same cycle at once.
    WallWindow restarted(testPlaylist(), positionPath);
    restarted.setClock([&] { return now; });
    restarted.applyState(stateWithoutAlerts());
    QCOMPARE(restarted.currentPage(), "unit");
    QCOMPARE(restarted.rotation().current().entry, 2);
    QCOMPARE(restarted.rotation().current().cycle, 1);
    // It stays the entry's dwell, then goes on in order.
    restarted.poll();
    QCOMPARE(restarted.currentPage(), "unit");
    now += 15000;
    restarted.poll();
    QCOMPARE(restarted.currentPage(), "alerts");
}

void TestWallWindow::otherPlaylistStartsAtTop()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString positionPath = folder.filePath("wall-position.json");
    {
        WallWindow window(testPlaylist(), positionPath);
        window.poll();
        window.advance();
        window.advance();
    }
    QByteArray changed = Playlist;
    changed.replace("\"dwell_s\": 5", "\"dwell_s\": 6");
    WallWindow restarted(testPlaylist(changed), positionPath);
    QCOMPARE(restarted.rotation().current().entry, -1);
    restarted.poll();
    QCOMPARE(restarted.currentPage(), "overview");
}

void TestWallWindow::alternatesLanguagePerCycle()
{
    WallWindow window(testPlaylist());
    QSignalSpy languages(&window, &WallWindow::languageRequested);
    // The test runs in English, so the first cycle (Vietnamese) requests a switch at once.
    window.poll();
    QCOMPARE(languages.size(), 1);
    QCOMPARE(languages.at(0).at(0).value<Language>(), Language::Vietnamese);
    for (int i = 0; i < 4; ++i)
        window.advance();
    // The second cycle is in English, which is on show: no request. The window itself does
    // not switch; the application does, through the localizer.
    QCOMPARE(window.rotation().current().cycle, 1);
    QCOMPARE(languages.size(), 1);
    for (int i = 0; i < 4; ++i)
        window.advance();
    QCOMPARE(languages.size(), 2);
    QCOMPARE(languages.at(1).at(0).value<Language>(), Language::Vietnamese);
}

void TestWallWindow::headerMarksDemoAndAges()
{
    qint64 now = test::demoMoment() + 90 * 1000;
    WallWindow window(testPlaylist());
    window.setClock([&] { return now; });
    // As the demo source marks its states.
    auto demo = std::make_shared<DashboardState>(*test::demoState());
    demo->demo = true;
    window.applyState(demo);
    window.poll();
    QCOMPARE(window.header()->markText(), "DEMO DATA");
    // 10:01:30 in Ho Chi Minh City.
    QCOMPARE(window.header()->clockText(), "10:01");
    const QStringList ages = window.header()->ageTexts();
    QVERIFY2(ages.size() >= 6, qPrintable(ages.join('|')));
    QVERIFY2(ages.contains("tthc 90 s"), qPrintable(ages.join('|')));

    // Ten minutes without data turns every source stale.
    now += 10 * 60 * 1000;
    window.poll();
    QVERIFY2(window.header()->ageTexts().contains("⚠ tthc 11 min"),
             qPrintable(window.header()->ageTexts().join('|')));

    // Live data carries no mark.
    auto live = std::make_shared<DashboardState>(*test::demoState());
    live->demo = false;
    window.applyState(live);
    QCOMPARE(window.header()->markText(), QString());
}

void TestWallWindow::headerMarksReplay()
{
    auto replay = std::make_shared<DashboardState>(*test::demoState());
    replay->demo = false;
    ConnectionStatus connection;
    connection.url = QStringLiteral("file:/tmp/day.socrec");
    connection.state = ConnectionState::Connected;
    replay->connections = {connection};
    WallWindow window(testPlaylist());
    window.applyState(replay);
    // The day in words in English, where 04/12 would read as 12 April to many.
    QCOMPARE(window.header()->markText(), "REPLAY 4 Dec 10:00");

    // A rewound demo feed is still simulated.
    auto demoReplay = std::make_shared<DashboardState>(*replay);
    demoReplay->demo = true;
    window.applyState(demoReplay);
    QCOMPARE(window.header()->markText(), "DEMO REPLAY 4 Dec 10:00");
}

void TestWallWindow::errorsBecomeBanners()
{
    qint64 now = test::demoMoment();
    WallWindow window(testPlaylist());
    window.setClock([&] { return now; });
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.errorBanner()->isHidden());
    window.showError(QStringLiteral("wall.json:3: unknown page 'map'"));
    window.showError(QStringLiteral("history is off"));
    QVERIFY(window.errorBanner()->isVisible());
    QCOMPARE(window.errorCount(), 2);
    QCOMPARE(window.errorBanner()->text(), "history is off (errors since the start: 2)");
    QVERIFY2(window.header()->errorText().startsWith("2 error"),
             qPrintable(window.header()->errorText()));

    // The banner gives its line back to the board after a while; the header keeps the count.
    now += WallWindow::ErrorBannerMs - 1000;
    window.poll();
    QVERIFY(window.errorBanner()->isVisible());
    now += 1000;
    window.poll();
    QVERIFY(window.errorBanner()->isHidden());
    QVERIFY2(window.header()->errorText().startsWith("2 error"),
             qPrintable(window.header()->errorText()));
    window.showError(QStringLiteral("history is off again"));
    QVERIFY(window.errorBanner()->isVisible());

    // A whole cycle with errors and alerts opens no dialog and no other window.
    window.applyState(stateWithCriticalAlert());
    for (int i = 0; i < 5; ++i) {
        window.advance();
        QCoreApplication::processEvents();
    }
    QCOMPARE(QApplication::activeModalWidget(), nullptr);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        QVERIFY2(!qobject_cast<QDialog *>(widget) || !widget->isVisible(),
                 qPrintable(widget->objectName()));
        QVERIFY2(widget == &window || !widget->isVisible(), widget->metaObject()->className());
    }
}

void TestWallWindow::cursorHidesWhenIdle()
{
    qint64 now = test::demoMoment();
    WallWindow window(testPlaylist());
    window.setClock([&] { return now; });
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.poll();
    QVERIFY(!window.cursorHidden());

    now += WallWindow::CursorIdleMs;
    window.poll();
    QVERIFY(window.cursorHidden());
    QVERIFY(QApplication::overrideCursor());
    QCOMPARE(QApplication::overrideCursor()->shape(), Qt::BlankCursor);

    QTest::mouseMove(window.windowHandle(), QPoint(200, 200));
    QTRY_VERIFY(!window.cursorHidden());
    QCOMPARE(QApplication::overrideCursor(), nullptr);
}

void TestWallWindow::returnsToLiveAfterSetting()
{
    qint64 now = test::demoMoment();
    WallWindow window(testPlaylist()); // return_to_live_s defaults to 300
    window.setClock([&] { return now; });
    QSignalSpy returned(&window, &WallWindow::returnToLiveRequested);
    window.setRewound(true);
    now += 299 * 1000;
    window.poll();
    QCOMPARE(returned.size(), 0);
    now += 1000;
    window.poll();
    QCOMPARE(returned.size(), 1);
    now += 600 * 1000;
    window.poll();
    QCOMPARE(returned.size(), 1);

    // Back on live data before the time runs out, nothing is requested.
    window.setRewound(true);
    now += 100 * 1000;
    window.setRewound(false);
    now += 400 * 1000;
    window.poll();
    QCOMPARE(returned.size(), 1);
}

void TestWallWindow::inputPostponesReturnToLive()
{
    qint64 now = test::demoMoment();
    WallWindow window(testPlaylist());
    window.setClock([&] { return now; });
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy returned(&window, &WallWindow::returnToLiveRequested);
    window.setRewound(true);
    now += 200 * 1000;
    QTest::mouseMove(window.windowHandle(), QPoint(300, 300));
    QTRY_VERIFY(!window.cursorHidden());
    // 300 s after the rewind but only 100 s after the last input.
    now += 100 * 1000;
    window.poll();
    QCOMPARE(returned.size(), 0);
    now += 200 * 1000;
    window.poll();
    QCOMPARE(returned.size(), 1);
}

void TestWallWindow::rewindBarFollowsUse()
{
    qint64 now = test::demoMoment();
    WallWindow window(testPlaylist());
    window.setClock([&] { return now; });
    window.resize(1280, 720);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.poll();
    // Off by default, as for a recording played in a loop.
    QVERIFY(window.replayBar()->isHidden());
    window.setRewindControlEnabled(true);
    QVERIFY(window.replayBar()->isVisible());

    now += WallWindow::CursorIdleMs;
    window.poll();
    QVERIFY(window.cursorHidden());
    QVERIFY(window.replayBar()->isHidden());

    // While rewound, the bar stays in view with the cursor hidden.
    window.setRewound(true);
    QVERIFY(window.replayBar()->isVisible());
    QVERIFY(!window.replayBar()->isFollowingLive());
    window.setRewound(false);
    QVERIFY(window.replayBar()->isHidden());
    QVERIFY(window.replayBar()->isFollowingLive());
}

QTEST_MAIN(TestWallWindow)
#include "test_wall_window.moc"
