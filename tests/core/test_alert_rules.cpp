#include "core/alert_rules.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using soc::AlertRule;
using soc::AlertRuleKind;
using soc::AlertRuleSet;
using soc::IndicatorCatalog;
using soc::IndicatorKind;
using soc::Severity;

namespace {

const QString Origin = QStringLiteral("rules.json");

// A valid file with three rules, spread over lines so that each error has a known line.
const QByteArray ValidRules = R"({
  "version": 1,
  "flood": {"min_units": 3, "window_s": 30},
  "rules": [
    {"id": "e_result_low", "type": "threshold", "indicator": "e_result",
     "warning": 80, "critical": 70, "deadband": 1.5, "on_delay_s": 60, "off_delay_s": 30,
     "suppressed_units": ["761"]},
    {"id": "backlog_growth", "type": "growth", "indicator": "overdue_backlog",
     "increase": 30, "window_s": 7200, "severity": "critical", "enabled": false},
    {"id": "stale", "type": "stale", "indicators": ["e_result", "on_time"]}
  ]
}
)";

} // namespace

class TestAlertRules : public QObject
{
    Q_OBJECT

private slots:
    void validFileLoads();
    void builtInCoversTargets();
    void builtInFloodDefaults();
    void rejectedFile_data();
    void rejectedFile();
    void missingFileRejected();
    void oversizeFileRejected_data();
    void oversizeFileRejected();

private:
    const IndicatorCatalog m_catalog = IndicatorCatalog::builtIn();
};

void TestAlertRules::validFileLoads()
{
    AlertRuleSet rules;
    QString error;
    QVERIFY2(rules.loadJson(ValidRules, Origin, m_catalog, &error), qPrintable(error));
    QCOMPARE(rules.rules().size(), 3);
    QCOMPARE(rules.flood().minUnits, 3);
    QCOMPARE(rules.flood().windowMs, qint64(30000));

    const AlertRule *threshold = rules.find("e_result_low");
    QVERIFY(threshold);
    QCOMPARE(threshold->kind, AlertRuleKind::Threshold);
    QCOMPARE(threshold->indicators, QStringList{"e_result"});
    QCOMPARE(threshold->warning, std::optional<double>(80));
    QCOMPARE(threshold->critical, std::optional<double>(70));
    QCOMPARE(threshold->deadband, 1.5);
    QCOMPARE(threshold->onDelayMs, qint64(60000));
    QCOMPARE(threshold->offDelayMs, qint64(30000));
    QVERIFY(threshold->isSuppressedFor("761"));
    QVERIFY(!threshold->isSuppressedFor("760"));

    const AlertRule *growth = rules.find("backlog_growth");
    QVERIFY(growth);
    QCOMPARE(growth->kind, AlertRuleKind::Growth);
    QCOMPARE(growth->increase, 30.0);
    QCOMPARE(growth->windowMs, qint64(7200 * 1000));
    QCOMPARE(growth->severity, Severity::Critical);
    QVERIFY(!growth->enabled);
    QVERIFY(growth->isSuppressedFor("760"));
    QCOMPARE(rules.maxGrowthWindowMs(), qint64(7200 * 1000));

    const AlertRule *stale = rules.find("stale");
    QVERIFY(stale);
    QVERIFY(stale->watches("on_time"));
    QVERIFY(!stale->watches("overdue_backlog"));
}

void TestAlertRules::builtInCoversTargets()
{
    const AlertRuleSet rules = AlertRuleSet::builtIn(m_catalog);
    for (const soc::Indicator &indicator : m_catalog.indicators()) {
        if (!indicator.target)
            continue;
        const auto rule = std::find_if(
            rules.rules().cbegin(), rules.rules().cend(), [&indicator](const AlertRule &r) {
                return r.kind == AlertRuleKind::Threshold && r.watches(indicator.id);
            });
        QVERIFY2(rule != rules.rules().cend(), qPrintable(indicator.id));
        QVERIFY2(rule->enabled, qPrintable(indicator.id));
        QCOMPARE(rule->warning, indicator.target);
        QVERIFY2(rule->critical, qPrintable(indicator.id));
        QVERIFY2(indicator.isBetter(*rule->warning, *rule->critical), qPrintable(indicator.id));
        if (indicator.kind == IndicatorKind::Ratio)
            QCOMPARE(*rule->critical, *indicator.target - 10);
    }

    const AlertRule *backlog = rules.find("overdue_backlog_growth");
    QVERIFY(backlog);
    QCOMPARE(backlog->increase, 30.0);
    QCOMPARE(backlog->windowMs, qint64(2 * 3600 * 1000));
    QVERIFY(rules.find("overdue_backlog_level"));
    const AlertRule *stale = rules.find("stale_figure");
    QVERIFY(stale);
    for (const soc::Indicator &indicator : m_catalog.indicators())
        QVERIFY2(stale->watches(indicator.id), qPrintable(indicator.id));
}

void TestAlertRules::builtInFloodDefaults()
{
    const AlertRuleSet rules = AlertRuleSet::builtIn(m_catalog);
    QCOMPARE(rules.flood().minUnits, 5);
    QCOMPARE(rules.flood().windowMs, qint64(60000));
}

void TestAlertRules::rejectedFile_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expectedError");

    QByteArray missingComma = ValidRules;
    missingComma.replace("\"type\": \"growth\",", "\"type\": \"growth\"");
    QTest::newRow("syntax error") << missingComma << "rules.json:8: invalid JSON";

    QByteArray unknownIndicator = ValidRules;
    unknownIndicator.replace("\"overdue_backlog\"", "\"overdue_backlogs\"");
    QTest::newRow("unknown indicator")
        << unknownIndicator << "rules.json:8: unknown indicator 'overdue_backlogs'";

    QByteArray negativeDeadband = ValidRules;
    negativeDeadband.replace("\"deadband\": 1.5", "\"deadband\": -1");
    QTest::newRow("negative deadband")
        << negativeDeadband << "rules.json:6: 'deadband' must not be negative";

    QByteArray negativeDelay = ValidRules;
    negativeDelay.replace("\"on_delay_s\": 60", "\"on_delay_s\": -60");
    QTest::newRow("negative on-delay")
        << negativeDelay << "rules.json:6: 'on_delay_s' must not be negative";

    QByteArray misspelled = ValidRules;
    misspelled.replace("\"enabled\": false", "\"enable\": false");
    QTest::newRow("unknown key") << misspelled << "rules.json:9: unknown key 'enable'";

    QByteArray duplicate = ValidRules;
    duplicate.replace("\"id\": \"stale\"", "\"id\": \"e_result_low\"");
    QTest::newRow("duplicate id") << duplicate << "rules.json:10: duplicate rule id";

    QByteArray inverted = ValidRules;
    inverted.replace("\"critical\": 70", "\"critical\": 85");
    QTest::newRow("critical better than warning")
        << inverted << "rules.json:6: 'critical' of rule 'e_result_low' is better";

    QByteArray noWindow = ValidRules;
    noWindow.replace("\"window_s\": 7200,", "");
    QTest::newRow("growth without window")
        << noWindow << "rules.json:8: growth rule 'backlog_growth' needs a positive 'window_s'";

    QByteArray reserved = ValidRules;
    reserved.replace("\"id\": \"stale\"", "\"id\": \"source\"");
    QTest::newRow("reserved id") << reserved << "rules.json:10: invalid rule id 'source'";

    QByteArray badFlood = ValidRules;
    badFlood.replace("\"min_units\": 3", "\"min_units\": 1");
    QTest::newRow("flood of one unit") << badFlood << "rules.json:3: 'flood' needs";
}

void TestAlertRules::rejectedFile()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expectedError);

    AlertRuleSet rules = AlertRuleSet::builtIn(m_catalog);
    const int ruleCount = rules.rules().size();
    const QString firstId = rules.rules().first().id;

    QString error;
    QVERIFY(!rules.loadJson(json, Origin, m_catalog, &error));
    QVERIFY2(error.startsWith(expectedError), qPrintable(error));
    QCOMPARE(rules.rules().size(), ruleCount);
    QCOMPARE(rules.rules().first().id, firstId);
    QCOMPARE(rules.flood().minUnits, 5);
    QVERIFY(!rules.find("e_result_low"));
}

void TestAlertRules::missingFileRejected()
{
    AlertRuleSet rules;
    QString error;
    QVERIFY(!rules.loadJsonFile("/nonexistent/alert_rules.json", m_catalog, &error));
    QVERIFY2(error.contains("cannot open the alert rules"), qPrintable(error));
    QVERIFY(rules.rules().isEmpty());
}

void TestAlertRules::oversizeFileRejected_data()
{
    QTest::addColumn<QString>("path");
    // A device reports a size of 0, so only a bounded read stops it.
    QTest::newRow("endless device") << QStringLiteral("/dev/zero");
    QTest::newRow("one byte over") << QString();
}

void TestAlertRules::oversizeFileRejected()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("big.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(AlertRuleSet::MaxFileBytes + 1));
    }
    AlertRuleSet rules;
    QString error;
    QVERIFY(!rules.loadJsonFile(path, m_catalog, &error));
    QVERIFY2(error.startsWith(path + ": "), qPrintable(error));
    QVERIFY2(error.contains(QString::number(AlertRuleSet::MaxFileBytes)), qPrintable(error));
    QVERIFY(rules.rules().isEmpty());
}

QTEST_GUILESS_MAIN(TestAlertRules)
#include "test_alert_rules.moc"
