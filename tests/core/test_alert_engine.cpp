#include "core/alert_engine.h"

#include <QTest>

using soc::Alert;
using soc::AlertEngine;
using soc::AlertEvent;
using soc::AlertEventType;
using soc::AlertGroup;
using soc::AlertRuleSet;
using soc::AlertState;
using soc::IndicatorCatalog;
using soc::Period;
using soc::Sample;
using soc::Severity;
using soc::SourceAlertInput;

namespace {

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
// 2026-12-04T00:00:00Z, so that times in the tests read as offsets from midnight.
constexpr qint64 Midnight = 1796342400000;

// e_result: warning below 80, critical below 70, deadband 1 point. Extra members of the rule
// object come in as JSON text, such as "\"on_delay_s\": 300".
QByteArray rulesJson(const QByteArray &thresholdExtra = {}, const QByteArray &floodMinUnits = "5")
{
    QByteArray extra = thresholdExtra.isEmpty() ? QByteArray() : ", " + thresholdExtra;
    return R"({"flood": {"min_units": )" + floodMinUnits + R"(, "window_s": 60}, "rules": [
        {"id": "e_low", "type": "threshold", "indicator": "e_result", "warning": 80,
         "critical": 70, "deadband": 1)" +
           extra + R"(},
        {"id": "backlog_growth", "type": "growth", "indicator": "overdue_backlog",
         "increase": 30, "window_s": 7200},
        {"id": "stale", "type": "stale", "indicators": ["e_result"]}]})";
}

AlertRuleSet loadRules(const IndicatorCatalog &catalog, const QByteArray &json)
{
    AlertRuleSet rules;
    QString error;
    if (!rules.loadJson(json, "test", catalog, &error))
        qFatal("test rules are invalid: %s", qPrintable(error));
    return rules;
}

Sample eResult(const QString &unit, double percent, qint64 observedAtMs)
{
    Sample sample;
    sample.unit = unit;
    sample.indicator = QStringLiteral("e_result");
    sample.period = Period::parse(QStringLiteral("2026-12"));
    sample.observedAtMs = observedAtMs;
    sample.hasRatio = true;
    sample.numerator = percent;
    sample.denominator = 100;
    sample.source = QStringLiteral("tthc");
    return sample;
}

Sample backlog(double value, qint64 observedAtMs)
{
    Sample sample;
    sample.unit = QStringLiteral("760");
    sample.indicator = QStringLiteral("overdue_backlog");
    sample.period = Period::parse(QStringLiteral("2026-12-04"));
    sample.observedAtMs = observedAtMs;
    sample.value = value;
    sample.source = QStringLiteral("tthc");
    return sample;
}

const QString E760 = AlertEngine::alertId("e_low", "760", "e_result");

QList<AlertEventType> eventTypes(const QVector<AlertEvent> &events)
{
    QList<AlertEventType> types;
    for (const AlertEvent &event : events)
        types.append(event.type);
    return types;
}

AlertState stateOf(const AlertEngine &engine, const QString &id)
{
    const std::optional<Alert> alert = engine.find(id);
    return alert ? alert->state : AlertState::Normal;
}

} // namespace

class TestAlertEngine : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void hoveringValue_data();
    void hoveringValue();
    void onDelay();
    void offDelay();
    void severityDeadbandPerLevel();
    void shelvingExpires_data();
    void shelvingExpires();
    void suppressedUnit();
    void disabledRule();
    void flood_data();
    void flood();
    void floodAcknowledgedAsOne();
    void restoreFromEvents();
    void backlogGrowth_data();
    void backlogGrowth();
    void staleFigure();
    void sourceAlertPassesThrough();
    void olderPeriodIgnored();
    void operatorActionRecorded();

private:
    const IndicatorCatalog m_catalog = IndicatorCatalog::builtIn();
};

// Each step is applied to alert E760 one minute after the previous one: breach (75, warning),
// escalate (65, critical), clear (90), ack, shelve (one hour), unshelve.
void TestAlertEngine::transitions_data()
{
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<QString>("step");
    QTest::addColumn<AlertState>("expectedState");
    QTest::addColumn<AlertEventType>("expectedEvent");

    QTest::newRow("normal, breach")
        << QStringList{} << "breach" << AlertState::ActiveUnacked << AlertEventType::Raised;
    QTest::newRow("active unacked, ack") << QStringList{"breach"} << "ack"
                                         << AlertState::ActiveAcked << AlertEventType::Acknowledged;
    QTest::newRow("active unacked, clear") << QStringList{"breach"} << "clear"
                                           << AlertState::ClearedUnacked << AlertEventType::Cleared;
    QTest::newRow("active acked, clear") << QStringList{"breach", "ack"} << "clear"
                                         << AlertState::Normal << AlertEventType::ReturnedToNormal;
    QTest::newRow("active acked, escalate")
        << QStringList{"breach", "ack"} << "escalate" << AlertState::ActiveUnacked
        << AlertEventType::SeverityChanged;
    QTest::newRow("cleared unacked, ack") << QStringList{"breach", "clear"} << "ack"
                                          << AlertState::Normal << AlertEventType::Acknowledged;
    QTest::newRow("cleared unacked, breach") << QStringList{"breach", "clear"} << "breach"
                                             << AlertState::ActiveUnacked << AlertEventType::Raised;
    QTest::newRow("active unacked, shelve")
        << QStringList{"breach"} << "shelve" << AlertState::Shelved << AlertEventType::Shelved;
    QTest::newRow("cleared unacked, shelve") << QStringList{"breach", "clear"} << "shelve"
                                             << AlertState::Shelved << AlertEventType::Shelved;
    QTest::newRow("shelved, clear") << QStringList{"breach", "shelve"} << "clear"
                                    << AlertState::Shelved << AlertEventType::Cleared;
    QTest::newRow("shelved active, unshelve")
        << QStringList{"breach", "ack", "shelve"} << "unshelve" << AlertState::ActiveUnacked
        << AlertEventType::Unshelved;
    QTest::newRow("shelved cleared, unshelve")
        << QStringList{"breach", "shelve", "clear"} << "unshelve" << AlertState::Normal
        << AlertEventType::Unshelved;
}

void TestAlertEngine::transitions()
{
    QFETCH(QStringList, setup);
    QFETCH(QString, step);
    QFETCH(AlertState, expectedState);
    QFETCH(AlertEventType, expectedEvent);

    AlertEngine engine(m_catalog, loadRules(m_catalog, rulesJson()));
    qint64 now = Midnight;
    const auto apply = [&](const QString &name) {
        now += Minute;
        QString error;
        if (name == "breach")
            engine.evaluateSample(eResult("760", 75, now), now);
        else if (name == "escalate")
            engine.evaluateSample(eResult("760", 65, now), now);
        else if (name == "clear")
            engine.evaluateSample(eResult("760", 90, now), now);
        else if (name == "ack")
            QVERIFY2(engine.acknowledge(E760, "an", "", now, &error), qPrintable(error));
        else if (name == "shelve")
            QVERIFY2(engine.shelve(E760, Hour, "an", "", now, &error), qPrintable(error));
        else if (name == "unshelve")
            QVERIFY2(engine.unshelve(E760, "an", "", now, &error), qPrintable(error));
        else
            QFAIL(qPrintable("unknown step " + name));
    };

    for (const QString &name : setup)
        apply(name);
    engine.takeEvents();
    apply(step);

    QCOMPARE(stateOf(engine, E760), expectedState);
    const QVector<AlertEvent> events = engine.takeEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type, expectedEvent);
    QCOMPARE(events.first().state, expectedState);
    QCOMPARE(events.first().alertId, E760);
    QCOMPARE(events.first().atMs, now);
}

void TestAlertEngine::hoveringValue_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<int>("expectedRaised");
    QTest::addColumn<AlertState>("expectedState");

    QTest::newRow("hovering at warning")
        << QList<double>{79.9, 80.2, 79.8, 80.5, 79.9, 80.9} << 1 << AlertState::ActiveUnacked;
    QTest::newRow("back by the deadband")
        << QList<double>{79.9, 81.0} << 1 << AlertState::ClearedUnacked;
    QTest::newRow("flapping past the deadband")
        << QList<double>{79.0, 81.0, 79.0, 81.0} << 2 << AlertState::ClearedUnacked;
    QTest::newRow("at the level exactly") << QList<double>{80.0, 80.0} << 0 << AlertState::Normal;
}

void TestAlertEngine::hoveringValue()
{
    QFETCH(QList<double>, values);
    QFETCH(int, expectedRaised);
    QFETCH(AlertState, expectedState);

    AlertEngine engine(m_catalog, loadRules(m_catalog, rulesJson()));
    qint64 now = Midnight;
    for (double value : values) {
        now += Minute;
        engine.evaluateSample(eResult("760", value, now), now);
    }
    const QList<AlertEventType> types = eventTypes(engine.takeEvents());
    QCOMPARE(types.count(AlertEventType::Raised), expectedRaised);
    QCOMPARE(stateOf(engine, E760), expectedState);
}

void TestAlertEngine::onDelay()
{
    AlertEngine engine(m_catalog, loadRules(m_catalog, rulesJson("\"on_delay_s\": 300")));
    engine.evaluateSample(eResult("760", 75, Midnight), Midnight);
    engine.advanceTo(Midnight + 299 * Second);
    QCOMPARE(stateOf(engine, E760), AlertState::Normal);

    // Leaving the condition by the deadband restarts the delay.
    engine.evaluateSample(eResult("760", 81, Midnight + 100 * Second), Midnight + 100 * Second);
    engine.evaluateSample(eResult("760", 75, Midnight + 150 * Second), Midnight + 150 * Second);
    engine.advanceTo(Midnight + 300 * Second);
    QCOMPARE(stateOf(engine, E760), AlertState::Normal);
    QVERIFY(engine.takeEvents().isEmpty());

    engine.advanceTo(Midnight + 450 * Second);
    QCOMPARE(stateOf(engine, E760), AlertState::ActiveUnacked);
    const std::optional<Alert> alert = engine.find(E760);
    QVERIFY(alert);
    QCOMPARE(alert->sinceMs, Midnight + 450 * Second);
    QCOMPARE(alert->severity, Severity::Warning);
    QCOMPARE(alert->lastValue, std::optional<double>(75));
}

void TestAlertEngine::offDelay()
{
    AlertEngine engine(m_catalog, loadRules(m_catalog, rulesJson("\"off_delay_s\": 120")));
    engine.evaluateSample(eResult("760", 75, Midnight), Midnight);
    engine.evaluateSample(eResult("760", 90, Midnight + Minute), Midnight + Minute);
    engine.advanceTo(Midnight + 2 * Minute);
    QCOMPARE(stateOf(engine, E760), AlertState::ActiveUnacked);

    engine.advanceTo(Midnight + 3 * Minute);
    QCOMPARE(stateOf(engine, E760), AlertState::ClearedUnacked);
}

void TestAlertEngine::severityDeadbandPerLevel()
{
    AlertEngine engine(m_catalog, loadRules(m_catalog, rulesJson()));
    const auto feed = [&engine](double value, qint64 atMs) {
        engine.evaluateSample(eResult("760", value, atMs), atMs);
        return engine.find(E760).value_or(Alert{}).severity;
    };

    QCOMPARE(feed(65, Midnight + 1 * Minute), Severity::Critical);
    QString error;
    QVERIFY(engine.acknowledge(E760, "an", "", Midnight + 2 * Minute, &error));
    QCOMPARE(feed(70.5, Midnight + 3 * Minute), Severity::Critical);
    QCOMPARE(feed(71, Midnight + 4 * Minute), Severity::Warning);
    // De-escalation keeps the acknowledgement.
    QCOMPARE(stateOf(engine, E760), AlertState::ActiveAcked);
    QCOMPARE(feed(69.9, Midnight + 5 * Minute), Severity::Critical);
    QCOMPARE(stateOf(engine, E760), AlertState::ActiveUnacked);
}

void TestAlertEngine::shelvingExpires_data()
{
    QTest::addColumn<double>("valueWhileShelved");
    QTest::addColumn<AlertState>("stateAfterExpiry");

    QTest::newRow("condition still active") << 75.0 << AlertState::ActiveUnacked;
    QTest::newRow("condition cleared") << 90.0 << AlertState::Normal;
}

void TestAlertEngine::shelvingExpires()
{
    QFETCH(double, valueWhileShelved);
    QFETCH(AlertState, stateAfterExpiry);

    AlertEngine engine(m_catalog, loadRules(m_catalog, rulesJson()));
    engine.evaluateSample(eResult("760", 75, Midnight), Midnight);
    QString error;
    QVERIFY(engine.acknowledge(E760, "an", "", Midnight + Minute, &error));
    QVERIFY(engine.shelve(E760, Hour, "an", "works", Midnight + 2 * Minute, &error));
    QCOMPARE(engine.find(E760)->shelvedUntilMs, Midnight + 62 * Minute);

    engine.evaluateSample(eResult("760", valueWhileShelved, Midnight + 30 * Minute),
                          Midnight + 30 * Minute);
    engine.advanceTo(Midnight + 62 * Minute - 1);
    QCOMPARE(stateOf(engine, E760), AlertState::Shelved);

    engine.takeEvents();
    engine.advanceTo(Midnight + 62 * Minute);
    QCOMPARE(stateOf(engine, E760), stateAfterExpiry);
    const QVector<AlertEvent> events = engine.takeEvents();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().type, AlertEventType::Unshelved);
    QVERIFY(events.first().operatorName.isEmpty());
    QVERIFY(!engine.unshelve(E760, "an", "", Midnight + 63 * Minute, &error));
}

void TestAlertEngine::suppressedUnit()
{
    AlertEngine engine(m_catalog,
                       loadRules(m_catalog, rulesJson("\"suppressed_units\": [\"761\"]")));
    engine.evaluateSample(eResult("760", 75, Midnight), Midnight);
    engine.evaluateSample(eResult("761", 75, Midnight), Midnight);
    const QString e761 = AlertEngine::alertId("e_low", "761", "e_result");
    QCOMPARE(stateOf(engine, E760), AlertState::ActiveUnacked);
    QCOMPARE(stateOf(engine, e761), AlertState::Suppressed);

    QString error;
    QVERIFY(!engine.acknowledge(e761, "an", "", Midnight + Minute, &error));
    QVERIFY(!engine.shelve(e761, Hour, "an", "", Midnight + Minute, &error));

    engine.evaluateSample(eResult("761", 90, Midnight + Minute), Midnight + Minute);
    QCOMPARE(stateOf(engine, e761), AlertState::Normal);
    QVERIFY(!engine.find(e761));
}

void TestAlertEngine::disabledRule()
{
    AlertEngine engine(m_catalog, loadRules(m_catalog, rulesJson()));
    engine.evaluateSample(eResult("760", 75, Midnight), Midnight);
    engine.takeEvents();

    engine.setRules(loadRules(m_catalog, rulesJson("\"enabled\": false")), Midnight + Minute);
    QCOMPARE(stateOf(engine, E760), AlertState::Suppressed);
    QCOMPARE(eventTypes(engine.takeEvents()), QList{AlertEventType::Suppressed});

    engine.setRules(loadRules(m_catalog, rulesJson()), Midnight + 2 * Minute);
    QCOMPARE(stateOf(engine, E760), AlertState::ActiveUnacked);
    QCOMPARE(eventTypes(engine.takeEvents()), QList{AlertEventType::Unsuppressed});
}

void TestAlertEngine::flood_data()
{
    QTest::addColumn<int>("units");
    QTest::addColumn<qint64>("spacingMs");
    QTest::addColumn<int>("expectedGroups");
    QTest::addColumn<int>("expectedFloodSize");

    QTest::newRow("six units in 50 s") << 6 << 10 * Second << 1 << 6;
    QTest::newRow("five units at once") << 5 << qint64(0) << 1 << 5;
    QTest::newRow("four units") << 4 << qint64(0) << 4 << 0;
    QTest::newRow("units 20 s apart") << 5 << 20 * Second << 5 << 0;
    QTest::newRow("seven units 10 s apart") << 7 << 10 * Second << 1 << 7;
    QTest::newRow("eight units 10 s apart") << 8 << 10 * Second << 2 << 7;
}

void TestAlertEngine::flood()
{
    QFETCH(int, units);
    QFETCH(qint64, spacingMs);
    QFETCH(int, expectedGroups);
    QFETCH(int, expectedFloodSize);

    AlertEngine engine(m_catalog, loadRules(m_catalog, rulesJson()));
    for (int i = 0; i < units; ++i) {
        const qint64 at = Midnight + i * spacingMs;
        engine.evaluateSample(eResult(QString::number(760 + i), 75, at), at);
    }

    const QVector<AlertGroup> groups = engine.groupedAlerts();
    QCOMPARE(groups.size(), expectedGroups);
    const auto flood = std::find_if(groups.cbegin(), groups.cend(),
                                    [](const AlertGroup &g) { return g.isFlood(); });
    QCOMPARE(flood != groups.cend(), expectedFloodSize > 0);
    if (flood == groups.cend())
        return;
    QCOMPARE(flood->count(), expectedFloodSize);
    QCOMPARE(flood->firstUnit, QStringLiteral("760"));
    QCOMPARE(flood->rule, QStringLiteral("e_low"));
    QCOMPARE(flood->state, AlertState::ActiveUnacked);
    QCOMPARE(flood->children.first().unit, QStringLiteral("760"));
    QVERIFY(flood->id.startsWith("flood:e_low:e_result:"));
}

void TestAlertEngine::floodAcknowledgedAsOne()
{
    AlertEngine engine(m_catalog, loadRules(m_catalog, rulesJson()));
    for (int i = 0; i < 5; ++i)
        engine.evaluateSample(eResult(QString::number(760 + i), 75, Midnight), Midnight);
    engine.evaluateSample(eResult("761", 65, Midnight + Second), Midnight + Second);
    engine.takeEvents();

    const QVector<AlertGroup> groups = engine.groupedAlerts();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.first().severity, Severity::Critical);

    QString error;
    QVERIFY2(engine.acknowledge(groups.first().id, "an", "flood", Midnight + Minute, &error),
             qPrintable(error));
    const QVector<Alert> alerts = engine.alerts();
    QCOMPARE(alerts.size(), 5);
    for (const Alert &alert : alerts)
        QCOMPARE(alert.state, AlertState::ActiveAcked);
    QCOMPARE(eventTypes(engine.takeEvents()).count(AlertEventType::Acknowledged), 5);
    QCOMPARE(engine.groupedAlerts().first().state, AlertState::ActiveAcked);
    QVERIFY(!engine.acknowledge(groups.first().id, "an", "", Midnight + Minute, &error));
}

void TestAlertEngine::restoreFromEvents()
{
    AlertEngine engine(m_catalog, loadRules(m_catalog, rulesJson()));
    QString error;
    engine.evaluateSample(eResult("760", 75, Midnight), Midnight);
    engine.evaluateSample(eResult("761", 65, Midnight), Midnight);
    engine.evaluateSample(eResult("762", 75, Midnight), Midnight);
    QVERIFY(engine.acknowledge(E760, "an", "seen", Midnight + Minute, &error));
    QVERIFY(engine.shelve(AlertEngine::alertId("e_low", "761", "e_result"), Hour, "binh",
                          "planned outage", Midnight + 2 * Minute, &error));
    engine.evaluateSample(eResult("762", 90, Midnight + 3 * Minute), Midnight + 3 * Minute);
    engine.applySourceAlert({"justice", "j-1", "763", "special_id_unverified", Severity::Critical,
                             true, "verification queue stalled"},
                            Midnight + 4 * Minute);

    AlertEngine restored(m_catalog, loadRules(m_catalog, rulesJson()));
    restored.restore(engine.takeEvents());
    QVERIFY(restored.takeEvents().isEmpty());

    const QVector<Alert> expected = engine.alerts();
    const QVector<Alert> actual = restored.alerts();
    QCOMPARE(actual.size(), 4);
    QCOMPARE(actual.size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        QCOMPARE(actual[i].id, expected[i].id);
        QCOMPARE(actual[i].rule, expected[i].rule);
        QCOMPARE(actual[i].unit, expected[i].unit);
        QCOMPARE(actual[i].indicator, expected[i].indicator);
        QCOMPARE(actual[i].severity, expected[i].severity);
        QCOMPARE(actual[i].state, expected[i].state);
        QCOMPARE(actual[i].conditionActive, expected[i].conditionActive);
        QCOMPARE(actual[i].sinceMs, expected[i].sinceMs);
        QCOMPARE(actual[i].changedAtMs, expected[i].changedAtMs);
        QCOMPARE(actual[i].lastValue, expected[i].lastValue);
        QCOMPARE(actual[i].shelvedUntilMs, expected[i].shelvedUntilMs);
        QCOMPARE(actual[i].text, expected[i].text);
        QCOMPARE(actual[i].actions, expected[i].actions);
    }

    // The same figure after a restart continues the episode instead of raising it again.
    restored.evaluateSample(eResult("760", 75, Midnight + 5 * Minute), Midnight + 5 * Minute);
    QVERIFY(restored.takeEvents().isEmpty());
    QCOMPARE(stateOf(restored, E760), AlertState::ActiveAcked);
    restored.advanceTo(Midnight + 62 * Minute);
    QCOMPARE(stateOf(restored, AlertEngine::alertId("e_low", "761", "e_result")),
             AlertState::ActiveUnacked);
}

void TestAlertEngine::backlogGrowth_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<qint64>>("offsetsMs");
    QTest::addColumn<bool>("expectedActive");

    QTest::newRow("35 more within 90 min")
        << QList<double>{10, 30, 45} << QList<qint64>{0, Hour, 90 * Minute} << true;
    QTest::newRow("30 more is not more than 30")
        << QList<double>{10, 40} << QList<qint64>{0, Hour} << false;
    QTest::newRow("35 more over 3 hours")
        << QList<double>{10, 45} << QList<qint64>{0, 3 * Hour} << false;
    QTest::newRow("growth from the lowest point")
        << QList<double>{50, 20, 55} << QList<qint64>{0, 30 * Minute, Hour} << true;
}

void TestAlertEngine::backlogGrowth()
{
    QFETCH(QList<double>, values);
    QFETCH(QList<qint64>, offsetsMs);
    QFETCH(bool, expectedActive);

    AlertEngine engine(m_catalog, loadRules(m_catalog, rulesJson()));
    for (int i = 0; i < values.size(); ++i) {
        const qint64 at = Midnight + offsetsMs.at(i);
        engine.evaluateSample(backlog(values.at(i), at), at);
    }
    const QString id = AlertEngine::alertId("backlog_growth", "760", "overdue_backlog");
    QCOMPARE(stateOf(engine, id) == AlertState::ActiveUnacked, expectedActive);
}

void TestAlertEngine::staleFigure()
{
    // e_result has a 300 s cadence, so a figure is stale once it is older than 1200 s.
    AlertEngine engine(m_catalog, loadRules(m_catalog, rulesJson()));
    const QString id = AlertEngine::alertId("stale", "760", "e_result");
    engine.evaluateSample(eResult("760", 90, Midnight), Midnight);
    engine.advanceTo(Midnight + 1200 * Second);
    QCOMPARE(stateOf(engine, id), AlertState::Normal);

    engine.advanceTo(Midnight + 1201 * Second);
    QCOMPARE(stateOf(engine, id), AlertState::ActiveUnacked);
    QVERIFY(!engine.find(id)->lastValue);

    engine.evaluateSample(eResult("760", 90, Midnight + 1300 * Second), Midnight + 1300 * Second);
    QCOMPARE(stateOf(engine, id), AlertState::ClearedUnacked);
}

void TestAlertEngine::sourceAlertPassesThrough()
{
    AlertEngine engine(m_catalog, loadRules(m_catalog, rulesJson()));
    const QString id = AlertEngine::alertId("source", "760", "business_sync");
    engine.applySourceAlert({"dkkd", "sync-1", "760", "business_sync", Severity::Critical, true,
                             "synchronization stopped"},
                            Midnight);
    const std::optional<Alert> raised = engine.find(id);
    QVERIFY(raised);
    QCOMPARE(raised->rule, AlertRuleSet::SourceRuleId);
    QCOMPARE(raised->severity, Severity::Critical);
    QCOMPARE(raised->state, AlertState::ActiveUnacked);
    QCOMPARE(raised->text, QStringLiteral("synchronization stopped"));

    engine.applySourceAlert({"dkkd", "sync-1", "760", "business_sync", Severity::Critical, false,
                             "synchronization resumed"},
                            Midnight + Minute);
    QCOMPARE(stateOf(engine, id), AlertState::ClearedUnacked);
    QCOMPARE(eventTypes(engine.takeEvents()),
             (QList{AlertEventType::Raised, AlertEventType::Cleared}));
}

void TestAlertEngine::olderPeriodIgnored()
{
    AlertEngine engine(m_catalog, loadRules(m_catalog, rulesJson()));
    engine.evaluateSample(eResult("760", 90, Midnight + Minute), Midnight + Minute);
    engine.evaluateSample(eResult("760", 50, Midnight), Midnight + 2 * Minute);
    Sample lastMonth = eResult("760", 50, Midnight + 3 * Minute);
    lastMonth.period = Period::parse("2026-11");
    engine.evaluateSample(lastMonth, Midnight + 3 * Minute);
    QVERIFY(engine.alerts().isEmpty());
    QVERIFY(engine.takeEvents().isEmpty());
}

void TestAlertEngine::operatorActionRecorded()
{
    AlertEngine engine(m_catalog, loadRules(m_catalog, rulesJson()));
    engine.evaluateSample(eResult("760", 75, Midnight), Midnight);
    QString error;
    QVERIFY(!engine.acknowledge("e_low:999:e_result", "an", "", Midnight, &error));
    QCOMPARE(error, QStringLiteral("alert e_low:999:e_result not found"));
    QVERIFY(!engine.shelve(E760, 0, "an", "", Midnight, &error));
    QVERIFY(
        engine.acknowledge(E760, "an", "checking with the district", Midnight + Minute, &error));
    QVERIFY(!engine.acknowledge(E760, "an", "", Midnight + Minute, &error));

    const std::optional<Alert> alert = engine.find(E760);
    QVERIFY(alert);
    QCOMPARE(alert->actions.size(), 1);
    QCOMPARE(alert->actions.first().type, AlertEventType::Acknowledged);
    QCOMPARE(alert->actions.first().operatorName, QStringLiteral("an"));
    QCOMPARE(alert->actions.first().atMs, Midnight + Minute);
    QCOMPARE(alert->actions.first().comment, QStringLiteral("checking with the district"));
}

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "test_alert_engine.moc"
