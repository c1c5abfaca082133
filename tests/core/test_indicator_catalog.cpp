#include "core/indicator_catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using soc::Direction;
using soc::Indicator;
using soc::IndicatorCatalog;
using soc::IndicatorKind;
using soc::Language;

namespace {

const QString Origin = QStringLiteral("custom-indicators.json");

// One valid indicator object. Members in `overrides` replace or add to the defaults.
QJsonObject indicatorObject(const QString &id, const QJsonObject &overrides = {})
{
    QJsonObject object{{"id", id},
                       {"kind", "ratio"},
                       {"direction", "higher"},
                       {"cadence_s", 300},
                       {"source", "tthc"},
                       {"name_vi", QStringLiteral("Chỉ số")},
                       {"name_en", "Indicator"}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

QByteArray catalogJson(const QJsonArray &indicators)
{
    const QJsonObject root{{"version", 1}, {"indicators", indicators}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

class TestIndicatorCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInHasAllIds();
    void builtInIndicators_data();
    void builtInIndicators();
    void targetsFollowDirection();
    void loadJsonAcceptsMinimal();
    void loadJsonRejects_data();
    void loadJsonRejects();
    void failedLoadKeepsCatalog();
    void loadMissingFileNamesPath();
    void oversizeFileRejected_data();
    void oversizeFileRejected();
};

void TestIndicatorCatalog::builtInHasAllIds()
{
    const IndicatorCatalog catalog = IndicatorCatalog::builtIn();
    QStringList ids;
    for (const Indicator &indicator : catalog.indicators())
        ids.append(indicator.id);
    const QStringList expected = {"e_result",
                                  "dossier_digitized",
                                  "result_digitized",
                                  "data_reused",
                                  "digitized_shared",
                                  "population_data_dossier",
                                  "population_data_procedure",
                                  "paper_free_procedures",
                                  "online_full_process",
                                  "online_payment",
                                  "on_time",
                                  "overdue_backlog",
                                  "pending_backlog",
                                  "declaration_reduction",
                                  "business_sync",
                                  "business_sync_lag",
                                  "citizen_app_active_users",
                                  "special_id_issued",
                                  "special_id_unverified",
                                  "satisfaction",
                                  "e_certified_copy",
                                  "publish_on_time",
                                  "public_update_on_time",
                                  "public_content_full",
                                  "dossier_sync",
                                  "online_payment_procedures",
                                  "fee_procedures_with_dossiers",
                                  "petition_on_time",
                                  "petition_satisfaction",
                                  "petition_about_procedures",
                                  "petition_about_staff",
                                  "avg_processing_days",
                                  "score_transparency",
                                  "score_timeliness",
                                  "score_online_services",
                                  "score_online_payment",
                                  "score_digitization",
                                  "score_satisfaction"};
    QCOMPARE(ids, expected);
    QCOMPARE(catalog.size(), 38);
    // The portal-only figures and the group scores are never simulated.
    QVERIFY(catalog.find("e_result")->simulated);
    QVERIFY(!catalog.find("score_digitization")->simulated);
    QCOMPARE(catalog.find("score_digitization")->decimals, std::optional<int>(2));
    QVERIFY(!catalog.find("e_result")->decimals);
    QVERIFY(!catalog.find("no_such_indicator"));
}

void TestIndicatorCatalog::builtInIndicators_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<IndicatorKind>("kind");
    QTest::addColumn<Direction>("direction");

    const auto ratio = IndicatorKind::Ratio;
    const auto count = IndicatorKind::Count;
    const auto gauge = IndicatorKind::Gauge;
    const auto higher = Direction::HigherIsBetter;
    const auto lower = Direction::LowerIsBetter;

    QTest::newRow("e_result") << "e_result" << ratio << higher;
    QTest::newRow("dossier_digitized") << "dossier_digitized" << ratio << higher;
    QTest::newRow("result_digitized") << "result_digitized" << ratio << higher;
    QTest::newRow("data_reused") << "data_reused" << ratio << higher;
    QTest::newRow("digitized_shared") << "digitized_shared" << ratio << higher;
    QTest::newRow("population_data_dossier") << "population_data_dossier" << ratio << higher;
    QTest::newRow("population_data_procedure") << "population_data_procedure" << ratio << higher;
    QTest::newRow("paper_free_procedures") << "paper_free_procedures" << ratio << higher;
    QTest::newRow("online_full_process") << "online_full_process" << ratio << higher;
    QTest::newRow("online_payment") << "online_payment" << ratio << higher;
    QTest::newRow("on_time") << "on_time" << ratio << higher;
    QTest::newRow("overdue_backlog") << "overdue_backlog" << count << lower;
    QTest::newRow("pending_backlog") << "pending_backlog" << count << lower;
    QTest::newRow("declaration_reduction") << "declaration_reduction" << ratio << higher;
    QTest::newRow("business_sync") << "business_sync" << ratio << higher;
    QTest::newRow("business_sync_lag") << "business_sync_lag" << gauge << lower;
    QTest::newRow("citizen_app_active_users") << "citizen_app_active_users" << count << higher;
    QTest::newRow("special_id_issued") << "special_id_issued" << count << higher;
    QTest::newRow("special_id_unverified") << "special_id_unverified" << count << lower;
    QTest::newRow("satisfaction") << "satisfaction" << ratio << higher;
}

void TestIndicatorCatalog::builtInIndicators()
{
    QFETCH(QString, id);
    QFETCH(IndicatorKind, kind);
    QFETCH(Direction, direction);

    const IndicatorCatalog catalog = IndicatorCatalog::builtIn();
    const Indicator *indicator = catalog.find(id);
    QVERIFY(indicator);
    QCOMPARE(indicator->id, id);
    QCOMPARE(indicator->kind, kind);
    QCOMPARE(indicator->direction, direction);
    QVERIFY(indicator->cadenceSeconds > 0);
    QVERIFY(!indicator->source.isEmpty());
    QVERIFY(!indicator->nameVi.isEmpty());
    QVERIFY(!indicator->nameEn.isEmpty());
    QCOMPARE(indicator->name(Language::Vietnamese), indicator->nameVi);
    QCOMPARE(indicator->name(Language::English), indicator->nameEn);
    QVERIFY(!indicator->shortName(Language::Vietnamese).isEmpty());
    QVERIFY(!indicator->shortName(Language::English).isEmpty());
}

void TestIndicatorCatalog::targetsFollowDirection()
{
    const IndicatorCatalog catalog = IndicatorCatalog::builtIn();

    const Indicator *onTime = catalog.find("on_time");
    QVERIFY(onTime);
    QVERIFY(onTime->target.has_value());
    QCOMPARE(*onTime->target, 95.0);
    QVERIFY(onTime->meetsTarget(95.0));
    QVERIFY(!onTime->meetsTarget(94.9));
    QVERIFY(onTime->isBetter(96, 95));
    QVERIFY(!onTime->isBetter(95, 96));

    const Indicator *lag = catalog.find("business_sync_lag");
    QVERIFY(lag);
    QVERIFY(lag->target.has_value());
    QVERIFY(lag->meetsTarget(*lag->target));
    QVERIFY(!lag->meetsTarget(*lag->target + 1));
    QVERIFY(lag->isBetter(10, 20));
    QVERIFY(!lag->isBetter(20, 10));

    const Indicator *overdue = catalog.find("overdue_backlog");
    QVERIFY(overdue);
    QVERIFY(!overdue->target.has_value());
    QVERIFY(!overdue->meetsTarget(0));
}

void TestIndicatorCatalog::loadJsonAcceptsMinimal()
{
    const QByteArray json =
        catalogJson({indicatorObject("queue_wait", {{"kind", "gauge"},
                                                    {"direction", "lower"},
                                                    {"unit_vi", QStringLiteral("phút")},
                                                    {"unit_en", "min"}}),
                     indicatorObject("share_online", {{"target", 75.5}})});

    IndicatorCatalog catalog;
    QString error;
    QVERIFY2(catalog.loadJson(json, Origin, &error), qPrintable(error));
    QCOMPARE(catalog.size(), 2);

    const Indicator *wait = catalog.find("queue_wait");
    QVERIFY(wait);
    QCOMPARE(wait->kind, IndicatorKind::Gauge);
    QCOMPARE(wait->direction, Direction::LowerIsBetter);
    QCOMPARE(wait->cadenceSeconds, 300);
    QVERIFY(!wait->target.has_value());
    QCOMPARE(wait->unitName(Language::Vietnamese), QStringLiteral("phút"));
    QCOMPARE(wait->unitName(Language::English), QStringLiteral("min"));
    // No short names given, so the full name is shown.
    QCOMPARE(wait->shortName(Language::English), QStringLiteral("Indicator"));

    const Indicator *share = catalog.find("share_online");
    QVERIFY(share);
    QVERIFY(share->target.has_value());
    QCOMPARE(*share->target, 75.5);
}

void TestIndicatorCatalog::loadJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("bad kind") << catalogJson({indicatorObject("e_result", {{"kind", "percent"}})})
                              << "indicators[0] (e_result): invalid kind 'percent'";
    QTest::newRow("duplicate id") << catalogJson({indicatorObject("e_result"),
                                                  indicatorObject("on_time"),
                                                  indicatorObject("e_result")})
                                  << "indicators[2]: duplicate id 'e_result'";
    QTest::newRow("invalid JSON") << QByteArray(R"({"indicators": [)") << "invalid JSON at byte";
    QTest::newRow("bad direction")
        << catalogJson({indicatorObject("e_result", {{"direction", "up"}})})
        << "invalid direction 'up'";
    QTest::newRow("upper-case id")
        << catalogJson({indicatorObject("E_result")}) << "invalid id 'E_result'";
    QTest::newRow("text target") << catalogJson({indicatorObject("e_result", {{"target", "80"}})})
                                 << "target must be a number";
    QTest::newRow("zero cadence") << catalogJson({indicatorObject("e_result", {{"cadence_s", 0}})})
                                  << "cadence_s must be a positive number";
    QTest::newRow("missing name_en")
        << catalogJson({indicatorObject("e_result", {{"name_en", ""}})})
        << "name_vi and name_en are required";
    QTest::newRow("no indicators array")
        << QByteArray(R"({"version": 1})") << "no 'indicators' array";
    QTest::newRow("empty indicators array") << catalogJson({}) << "no 'indicators' array";
}

void TestIndicatorCatalog::loadJsonRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, fragment);

    IndicatorCatalog catalog;
    QString error;
    QVERIFY(!catalog.loadJson(json, Origin, &error));
    QVERIFY2(error.startsWith(Origin + ": "), qPrintable(error));
    QVERIFY2(error.contains(fragment), qPrintable(error));
    QCOMPARE(catalog.size(), 0);
}

void TestIndicatorCatalog::failedLoadKeepsCatalog()
{
    IndicatorCatalog catalog;
    QString error;
    QVERIFY2(catalog.loadJson(catalogJson({indicatorObject("e_result")}), Origin, &error),
             qPrintable(error));
    QVERIFY(!catalog.loadJson(catalogJson({indicatorObject("on_time"), indicatorObject("on_time")}),
                              Origin, &error));
    QCOMPARE(catalog.size(), 1);
    QVERIFY(catalog.find("e_result"));
    QVERIFY(!catalog.find("on_time"));
}

void TestIndicatorCatalog::loadMissingFileNamesPath()
{
    const QString path = QStringLiteral("/nonexistent/indicators.json");
    IndicatorCatalog catalog;
    QString error;
    QVERIFY(!catalog.loadJsonFile(path, &error));
    QVERIFY2(error.startsWith(path + ": "), qPrintable(error));
}

void TestIndicatorCatalog::oversizeFileRejected_data()
{
    QTest::addColumn<QString>("path");
    // A device reports a size of 0, so only a bounded read stops it.
    QTest::newRow("endless device") << QStringLiteral("/dev/zero");
    QTest::newRow("one byte over") << QString();
}

void TestIndicatorCatalog::oversizeFileRejected()
{
    QFETCH(QString, path);
    QTemporaryDir dir;
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("big.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(IndicatorCatalog::MaxFileBytes + 1));
    }
    IndicatorCatalog catalog;
    QString error;
    QVERIFY(!catalog.loadJsonFile(path, &error));
    QVERIFY2(error.startsWith(path + ": "), qPrintable(error));
    QVERIFY2(error.contains(QString::number(IndicatorCatalog::MaxFileBytes)), qPrintable(error));
    QCOMPARE(catalog.size(), 0);
}

QTEST_GUILESS_MAIN(TestIndicatorCatalog)
#include "test_indicator_catalog.moc"
