#include "widgets/replay_page.h"

#include <QLabel>
#include <QStandardItemModel>
#include <QTest>

using namespace soc;

class TestReplayPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void withoutRecordingExplains();
    void listsSourcesAndGaps();
    void listsAlertChanges();
    void keepsLatestChangesOnly();
    void timelineFollowsReplay();
};

namespace {

constexpr qint64 StartMs = 1796353200000; // 2026-12-04T03:00:00Z, 10:00 in the city

RecordingOverview overview()
{
    RecordingOverview o;
    o.name = QStringLiteral("day.socrec");
    o.startMs = StartMs;
    o.endMs = StartMs + 2 * 3600 * 1000;
    o.envelopes = 5080;
    o.unidentified = 2;
    o.operatorActions = 3;
    o.keyframes = 24;
    o.sources = {{QStringLiteral("tthc"), 722, 1, 1, 730, 8, 1, {{5, 5}, {100, 106}}},
                 {QStringLiteral("dkkd"), 1474, 0, 1, 1474, 0, 0, {}}};
    o.alertChanges = {
        {StartMs + 60000, QStringLiteral("source:760:overdue_backlog"), QStringLiteral("raised"),
         QStringLiteral("critical")},
        {StartMs + 120000, QStringLiteral("source:760:overdue_backlog"),
         QStringLiteral("acknowledged"), QStringLiteral("critical")},
    };
    return o;
}

QString summaryText(const ReplayPage &page)
{
    return page.findChild<QLabel *>(QStringLiteral("replaySummary"))->text();
}

} // namespace

void TestReplayPage::withoutRecordingExplains()
{
    ReplayPage page;
    QVERIFY(!page.hasRecording());
    QVERIFY2(summaryText(page).contains(QLatin1String("--replay")), qPrintable(summaryText(page)));
    QCOMPARE(page.sourcesModel()->rowCount(), 0);
    QCOMPARE(page.alertChangesModel()->rowCount(), 0);
}

void TestReplayPage::listsSourcesAndGaps()
{
    ReplayPage page;
    page.setRecording(overview());
    QVERIFY(page.hasRecording());
    const QString summary = summaryText(page);
    QVERIFY2(summary.contains(QLatin1String("04/12/2026 10:00")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("2:00:00 long")), qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("5,080 envelopes, of which 2 not valid")),
             qPrintable(summary));
    QVERIFY2(summary.contains(QLatin1String("3 operator actions")), qPrintable(summary));

    QStandardItemModel *sources = page.sourcesModel();
    QCOMPARE(sources->rowCount(), 2);
    QCOMPARE(sources->columnCount(), 8);
    QCOMPARE(sources->index(0, 0).data().toString(), "tthc");
    QCOMPARE(sources->index(0, 5).data().toString(), "8");
    QCOMPARE(sources->index(0, 6).data().toString(), "1");
    QCOMPARE(sources->index(0, 7).data().toString(), "5, 100–106");
    QCOMPARE(sources->index(1, 1).data().toString(), "1,474");
    QCOMPARE(sources->index(1, 7).data().toString(), "");

    page.clearRecording();
    QVERIFY(!page.hasRecording());
    QCOMPARE(sources->rowCount(), 0);
}

void TestReplayPage::listsAlertChanges()
{
    ReplayPage page;
    page.setRecording(overview());
    QStandardItemModel *changes = page.alertChangesModel();
    QCOMPARE(changes->rowCount(), 2);
    QCOMPARE(changes->index(0, 0).data().toString(), "04/12/2026 10:01");
    QCOMPARE(changes->index(0, 1).data().toString(), "raised");
    QCOMPARE(changes->index(0, 2).data().toString(), "critical");
    QCOMPARE(changes->index(0, 3).data().toString(), "source:760:overdue_backlog");
    QCOMPARE(changes->index(1, 1).data().toString(), "acknowledged");
    QCOMPARE(page.timeline()->markCount(), 2);
}

void TestReplayPage::keepsLatestChangesOnly()
{
    RecordingOverview many = overview();
    many.alertChanges.clear();
    const int count = ReplayPage::MaxListedChanges + 10;
    for (int i = 0; i < count; ++i) {
        many.alertChanges.append({StartMs + i * 1000LL, QStringLiteral("a%1").arg(i),
                                  QStringLiteral("raised"), QStringLiteral("warning")});
    }
    ReplayPage page;
    page.setRecording(many);
    QCOMPARE(page.alertChangesModel()->rowCount(), ReplayPage::MaxListedChanges);
    QCOMPARE(page.alertChangesModel()->index(0, 3).data().toString(), "a10");
    QCOMPARE(page.timeline()->markCount(), count);
}

void TestReplayPage::timelineFollowsReplay()
{
    ReplayPage page;
    page.setRecording(overview());
    QCOMPARE(page.timeline()->position(), StartMs);
    page.setReplayTime(StartMs + 3600 * 1000);
    QCOMPARE(page.timeline()->position(), StartMs + 3600 * 1000);
}

QTEST_MAIN(TestReplayPage)
#include "test_replay_page.moc"
