#include "models/wall_board.h"
#include "support/demo_state.h"

#include <QTest>

using namespace soc;

namespace {

Alert alertOn(const QString &unit, Severity severity, AlertState state, qint64 sinceMs)
{
    Alert alert;
    alert.id = QStringLiteral("backlog_high:%1:overdue_backlog").arg(unit);
    alert.rule = QStringLiteral("backlog_high");
    alert.unit = unit;
    alert.indicator = QStringLiteral("overdue_backlog");
    alert.severity = severity;
    alert.state = state;
    alert.conditionActive = state != AlertState::ClearedUnacked;
    alert.sinceMs = sinceMs;
    return alert;
}

AlertGroup groupOf(const Alert &alert)
{
    AlertGroup group;
    group.id = alert.id;
    group.rule = alert.rule;
    group.indicator = alert.indicator;
    group.firstUnit = alert.unit;
    group.severity = alert.severity;
    group.state = alert.state;
    group.sinceMs = alert.sinceMs;
    group.children = {alert};
    return group;
}

double percent(const QString &text)
{
    QString number = text;
    return number.remove(QLatin1Char('%')).remove(QLatin1Char(',')).toDouble();
}

} // namespace

class TestWallBoard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void overviewListsWorstFirst();
    void overviewWithoutTargetCountsReports();
    void rankingKeepsBothEnds();
    void unitShowsHeadlineIndicatorsAndAlerts();
    void cityCountsAlertsOfItsUnits();
    void unknownUnitAndIndicator();
    void alertsPutUnackedCriticalFirst();
    void feedsGiveEveryAge();
    void overviewWithoutReports();
    void dataAgeLevels_data();
    void dataAgeLevels();
};

void TestWallBoard::overviewListsWorstFirst()
{
    const DashboardStatePtr state = test::demoState();
    const WallBoard board = WallBoards::overview(*state, QString(), QStringLiteral("e_result"));
    QCOMPARE(board.rows.size(), 22);
    QCOMPARE(board.title, "Electronic settlement results · Ho Chi Minh City");
    const UnitFigure *city = state->figure(QStringLiteral("79"), QStringLiteral("e_result"));
    QVERIFY(city && city->shown.value);
    QCOMPARE(percent(board.figure), std::round(*city->shown.value * 10) / 10);
    QCOMPARE(board.notes.first().text, "Target 80%");

    int under = 0;
    for (int i = 0; i < board.rows.size(); ++i) {
        under +=
            board.rows.at(i).mark == WallMark::Below || board.rows.at(i).mark == WallMark::Near;
        if (i > 0)
            QVERIFY2(percent(board.rows.at(i - 1).value) <= percent(board.rows.at(i).value),
                     qPrintable(board.rows.at(i).label));
    }
    // Every unit short of the target counts, near it or far below it.
    QVERIFY(under > 0);
    QCOMPARE(board.notes.at(1).text, QStringLiteral("%1/22 under target").arg(under));
    // The count joins near and far, so it carries no mark of its own.
    QCOMPARE(board.notes.at(1).mark, WallMark::None);
    QVERIFY(!board.keepFirstAndLast);
}

void TestWallBoard::overviewWithoutTargetCountsReports()
{
    const DashboardStatePtr state = test::demoState();
    const WallBoard board =
        WallBoards::overview(*state, QStringLiteral("79"), QStringLiteral("overdue_backlog"));
    QCOMPARE(board.notes.first().text, "No target");
    QCOMPARE(board.notes.at(1).text, "22 of 22 units report");
    // Lower is better for a backlog, so the largest comes first.
    QVERIFY(QString(board.rows.first().value).remove(',').toInt() >=
            QString(board.rows.last().value).remove(',').toInt());
    QCOMPARE(board.rows.first().mark, WallMark::None);
}

void TestWallBoard::rankingKeepsBothEnds()
{
    const DashboardStatePtr state = test::demoState();
    const WallBoard board = WallBoards::ranking(*state, QString(), QStringLiteral("on_time"));
    QVERIFY(board.keepFirstAndLast);
    QCOMPARE(board.rows.size(), 22);
    QCOMPARE(board.rows.first().rank, "1");
    QCOMPARE(board.rows.last().rank, "22");
    QVERIFY(percent(board.rows.first().value) >= percent(board.rows.last().value));
    QVERIFY(board.title.startsWith("Ranking: "));
}

void TestWallBoard::unitShowsHeadlineIndicatorsAndAlerts()
{
    auto state = std::make_shared<DashboardState>(*test::demoState());
    state->alerts.clear();
    WallBoard board = WallBoards::unit(*state, QStringLiteral("760"));
    QCOMPARE(board.title, "District 1");
    QCOMPARE(board.rows.size(), 8);
    QCOMPARE(board.rowKind, WallRows::Indicators);
    QCOMPARE(board.notes.size(), 1);
    QCOMPARE(board.notes.first().text, "No active alert");

    state->alerts = {alertOn(QStringLiteral("760"), Severity::Critical, AlertState::ActiveUnacked,
                             test::demoMoment())};
    board = WallBoards::unit(*state, QStringLiteral("760"));
    QCOMPARE(board.notes.size(), 1);
    // Without a translator loaded, the plural is the source text's "alert(s)".
    QVERIFY2(board.notes.first().text.startsWith("1 active alert"),
             qPrintable(board.notes.first().text));
    QCOMPARE(board.notes.first().mark, WallMark::Critical);
}

void TestWallBoard::cityCountsAlertsOfItsUnits()
{
    auto state = std::make_shared<DashboardState>(*test::demoState());
    state->alerts = {alertOn(QStringLiteral("760"), Severity::Warning, AlertState::ActiveUnacked,
                             test::demoMoment()),
                     alertOn(QStringLiteral("770"), Severity::Critical, AlertState::ActiveAcked,
                             test::demoMoment()),
                     alertOn(QStringLiteral("774"), Severity::Critical, AlertState::Shelved,
                             test::demoMoment())};
    const WallBoard city = WallBoards::unit(*state, QStringLiteral("79"));
    QVERIFY2(city.notes.first().text.startsWith("2 active alert"),
             qPrintable(city.notes.first().text));
    QCOMPARE(city.notes.first().mark, WallMark::Critical);
    const WallBoard district = WallBoards::unit(*state, QStringLiteral("760"));
    QVERIFY2(district.notes.first().text.startsWith("1 active alert"),
             qPrintable(district.notes.first().text));
    QCOMPARE(district.notes.first().mark, WallMark::Warning);
}

void TestWallBoard::unknownUnitAndIndicator()
{
    const DashboardStatePtr state = test::demoState();
    WallBoard board = WallBoards::unit(*state, QStringLiteral("999"));
    QVERIFY(board.rows.isEmpty());
    QCOMPARE(board.emptyText, "Unknown unit 999");
    board = WallBoards::ranking(*state, QString(), QStringLiteral("no_such"));
    QVERIFY(board.rows.isEmpty());
    QCOMPARE(board.emptyText, "Unknown indicator no_such");
}

void TestWallBoard::alertsPutUnackedCriticalFirst()
{
    auto state = std::make_shared<DashboardState>(*test::demoState());
    const qint64 now = test::demoMoment();
    const QVector<Alert> alerts = {
        alertOn(QStringLiteral("761"), Severity::Warning, AlertState::ActiveUnacked, now),
        alertOn(QStringLiteral("765"), Severity::Critical, AlertState::ActiveAcked, now),
        alertOn(QStringLiteral("770"), Severity::Critical, AlertState::ActiveUnacked, now - 1000),
        alertOn(QStringLiteral("774"), Severity::Critical, AlertState::Shelved, now),
    };
    state->alerts = alerts;
    state->alertGroups.clear();
    for (const Alert &alert : alerts)
        state->alertGroups.append(groupOf(alert));

    const WallBoard board = WallBoards::alerts(*state);
    QCOMPARE(board.figure, "1");
    QCOMPARE(board.figureMark, WallMark::Critical);
    // The shelved alert waits for no one.
    QCOMPARE(board.rows.size(), 3);
    QCOMPARE(board.rows.at(0).label, "Overdue backlog · District 3");
    QCOMPARE(board.rows.at(0).mark, WallMark::Critical);
    QVERIFY(!board.rows.at(0).hollow);
    QVERIFY(board.rows.at(1).hollow); // acknowledged
    QCOMPARE(board.rows.at(2).mark, WallMark::Warning);
    QCOMPARE(board.notes.size(), 2);

    state->alerts.clear();
    state->alertGroups.clear();
    const WallBoard calm = WallBoards::alerts(*state);
    QCOMPARE(calm.figure, "0");
    QCOMPARE(calm.figureMark, WallMark::Meets);
    QVERIFY(calm.rows.isEmpty());
}

void TestWallBoard::feedsGiveEveryAge()
{
    auto state = std::make_shared<DashboardState>(*test::demoState());
    const qint64 now = test::demoMoment() + 90 * 1000;
    SourceStatus silent;
    silent.source = QStringLiteral("silent");
    state->sources.insert(silent.source, silent);
    const WallBoard board = WallBoards::feeds(*state, now);
    QCOMPARE(board.rows.size(), state->sources.size() + state->connections.size());
    bool sawTthc = false;
    for (const WallBoardRow &row : board.rows) {
        if (row.label == "tthc") {
            sawTthc = true;
            QCOMPARE(row.value, "90 s");
            QCOMPARE(row.mark, WallMark::Near);
        }
        if (row.label == "silent") {
            QCOMPARE(row.value, "no data");
            QCOMPARE(row.mark, WallMark::NoData);
        }
    }
    QVERIFY(sawTthc);
}

void TestWallBoard::overviewWithoutReports()
{
    auto state = std::make_shared<DashboardState>(*test::demoState());
    state->figures.clear();
    const WallBoard board = WallBoards::overview(*state, QString(), QStringLiteral("e_result"));
    QCOMPARE(board.notes.at(1).text, "No unit reports yet");
    QCOMPARE(board.notes.at(1).mark, WallMark::NoData);
    QCOMPARE(board.figureMark, WallMark::NoData);
}

void TestWallBoard::dataAgeLevels_data()
{
    QTest::addColumn<qint64>("ageMs");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("text");
    QTest::newRow("just in") << qint64(0) << int(DataAge::Current) << "0 s";
    QTest::newRow("one minute") << qint64(60 * 1000) << int(DataAge::Current) << "60 s";
    QTest::newRow("late") << qint64(61 * 1000) << int(DataAge::Late) << "61 s";
    QTest::newRow("five minutes") << qint64(300 * 1000) << int(DataAge::Late) << "5 min";
    QTest::newRow("stale") << qint64(301 * 1000) << int(DataAge::Stale) << "5 min";
    QTest::newRow("hours") << qint64(3 * 3600 * 1000) << int(DataAge::Stale) << "3 h";
    QTest::newRow("days") << qint64(3LL * 86400 * 1000) << int(DataAge::Stale) << "3 d";
}

void TestWallBoard::dataAgeLevels()
{
    QFETCH(qint64, ageMs);
    QFETCH(int, level);
    QFETCH(QString, text);
    SourceStatus source;
    source.source = QStringLiteral("tthc");
    source.lastSeenMs = test::demoMoment();
    QCOMPARE(int(dataAge(source, source.lastSeenMs + ageMs)), level);
    QCOMPARE(formatAge(ageMs), text);
    source.lastSeenMs = 0;
    QCOMPARE(dataAge(source, test::demoMoment()), DataAge::Stale);
}

QTEST_GUILESS_MAIN(TestWallBoard)
#include "test_wall_board.moc"
