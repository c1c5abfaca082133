#include "core/aggregation.h"
#include "core/indicator_catalog.h"
#include "core/kpi_store.h"
#include "core/score766.h"
#include "core/unit_catalog.h"
#include "feed/envelope_decoder.h"
#include "feed/portal_reader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>

using namespace soc;

class TestPortalReader : public QObject
{
    Q_OBJECT

private slots:
    void treeResponseUnitsAndSamples();
    void idsMatchedThroughDirectory();
    void unmatchedIdKeptAsCode();
    void zeroDenominatorsScoredAsPortal();
    void invalidJsonNamesPosition_data();
    void invalidJsonNamesPosition();
    void unknownPeriodRejected();
    void periodOfPayload_data();
    void periodOfPayload();
    void envelopesDecode();
    void badDepartmentCodeLeftOut_data();
    void badDepartmentCodeLeftOut();
    void capturedResponsesAgreeWithPortal();

private:
    PortalReport readFixture(const QString &name, PortalDirectory *directory);
};

namespace {

const PortalRequest QuarterRequest{Period::quarter(2026, 3), 1790421702000};

QString fixturePath(const QString &name)
{
    return qEnvironmentVariable("SOC_SOURCE_DIR") + QStringLiteral("/tests/feed/data/portal/") +
           name;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

const Sample *findSample(const PortalReport &report, const QString &unit,
                         const QString &indicator)
{
    for (const Sample &sample : report.samples) {
        if (sample.unit == unit && sample.indicator == indicator)
            return &sample;
    }
    return nullptr;
}

const PortalUnit *findUnit(const PortalReport &report, const QString &code)
{
    for (const PortalUnit &unit : report.units) {
        if (unit.code == code)
            return &unit;
    }
    return nullptr;
}

bool anyWarningContains(const PortalReport &report, const QString &text)
{
    for (const QString &warning : report.warnings) {
        if (warning.contains(text))
            return true;
    }
    return false;
}

// The units and samples of the reports, as the dashboard would hold them after the feed.
struct LoadedReports
{
    UnitCatalog units;
    IndicatorCatalog indicators = IndicatorCatalog::builtIn();
    KpiStore store;

    void add(const PortalReport &report)
    {
        for (const PortalUnit &portalUnit : report.units) {
            Unit unit;
            unit.code = portalUnit.code;
            unit.parent = portalUnit.parent;
            unit.level = portalUnit.level;
            unit.nameVi = portalUnit.name;
            units.upsert(unit);
        }
        for (const Sample &sample : report.samples)
            store.apply(sample);
    }
};

} // namespace

PortalReport TestPortalReader::readFixture(const QString &name, PortalDirectory *directory)
{
    PortalReport report;
    QString error;
    const bool ok = PortalReader::read(readAll(fixturePath(name)), name, QuarterRequest,
                                       directory, &report, &error);
    if (!ok)
        qWarning("%s", qPrintable(error));
    return report;
}

void TestPortalReader::treeResponseUnitsAndSamples()
{
    PortalDirectory directory;
    const PortalReport report = readFixture(QStringLiteral("tree-timeliness.json"), &directory);
    QCOMPARE(report.group, QStringLiteral("timeliness"));
    QCOMPARE(report.rootCode, QStringLiteral("T01"));
    QCOMPARE(report.units.size(), 4);
    QCOMPARE(report.units.first().level, UnitLevel::City);
    QCOMPARE(findUnit(report, QStringLiteral("T01.01"))->level, UnitLevel::Department);
    QCOMPARE(findUnit(report, QStringLiteral("T01.101"))->level, UnitLevel::Ward);
    QCOMPARE(findUnit(report, QStringLiteral("T01.101"))->parent, QStringLiteral("T01"));
    // Names come as the portal wrote them, markup included, to be shown as plain text.
    QCOMPARE(findUnit(report, QStringLiteral("T01.102"))->name,
             QStringLiteral("Xã <b>Đông</b>").normalized(QString::NormalizationForm_C));
    QCOMPARE(directory.value(QStringLiteral("dept-a")), QStringLiteral("T01.01"));

    const Sample *root = findSample(report, QStringLiteral("T01"), QStringLiteral("on_time"));
    QVERIFY(root);
    QVERIFY(root->hasRatio);
    QCOMPARE(root->numerator, 270.0);
    QCOMPARE(root->denominator, 300.0);
    QCOMPARE(root->period, Period::quarter(2026, 3));
    QCOMPARE(root->observedAtMs, QuarterRequest.observedAtMs);

    const Sample *empty = findSample(report, QStringLiteral("T01.101"), QStringLiteral("on_time"));
    QVERIFY(empty);
    QCOMPARE(empty->denominator, 0.0);
    QVERIFY(!empty->displayValue());

    // A null counter is no data, never zero.
    QVERIFY(!findSample(report, QStringLiteral("T01.102"), QStringLiteral("on_time")));
    QCOMPARE(report.nullMetrics, 1);
    QVERIFY(anyWarningContains(report, QStringLiteral("data.children[2]")));
    const Sample *days =
        findSample(report, QStringLiteral("T01.102"), QStringLiteral("avg_processing_days"));
    QVERIFY(days);
    QCOMPARE(days->value, 4.0);
}

void TestPortalReader::idsMatchedThroughDirectory()
{
    PortalDirectory directory;
    readFixture(QStringLiteral("tree-timeliness.json"), &directory);
    const PortalReport report =
        readFixture(QStringLiteral("overview-satisfaction.json"), &directory);
    QCOMPARE(report.group, QStringLiteral("satisfaction"));
    QCOMPARE(report.rootCode, QStringLiteral("T01"));
    QVERIFY(findSample(report, QStringLiteral("T01.01"), QStringLiteral("satisfaction")));

    QCOMPARE(report.unknownMetrics, 1);
    QVERIFY(anyWarningContains(report, QStringLiteral("PETITION_MOOD_INDEX")));
    // The row without departmentId is left out with its position.
    QVERIFY(anyWarningContains(report, QStringLiteral("data.evaluation[1]")));
    QCOMPARE(report.units.size(), 3);
    // Null figures that the portal did not score give no sample.
    QVERIFY(!findSample(report, QStringLiteral("T01.01"), QStringLiteral("petition_on_time")));
    QCOMPARE(report.nullMetrics, 1);
}

void TestPortalReader::unmatchedIdKeptAsCode()
{
    PortalDirectory directory;
    const PortalReport report =
        readFixture(QStringLiteral("overview-satisfaction.json"), &directory);
    QCOMPARE(report.rootCode, QStringLiteral("root-id"));
    QVERIFY(findUnit(report, QStringLiteral("unmapped-id")));
    QVERIFY(anyWarningContains(report, QStringLiteral("'unmapped-id' is not mapped")));
}

void TestPortalReader::zeroDenominatorsScoredAsPortal()
{
    PortalDirectory directory;
    LoadedReports loaded;
    loaded.add(readFixture(QStringLiteral("tree-timeliness.json"), &directory));
    loaded.add(readFixture(QStringLiteral("overview-satisfaction.json"), &directory));
    const Aggregator aggregator(loaded.store, loaded.units, loaded.indicators);
    const Score766Group &satisfaction = *findScore766Group(QStringLiteral("satisfaction"));
    const Score766Group &timeliness = *findScore766Group(QStringLiteral("timeliness"));

    // No petitions: both petition criteria keep their 6 points, as the portal scores them.
    const auto root = score766Figure(aggregator, QStringLiteral("T01"), satisfaction);
    QVERIFY(root);
    QCOMPARE(*root->shown.value, 18.0);
    QVERIFY(root->own);

    // No dossiers handled: 0 points for dossier satisfaction; a null petition metric is no data
    // and earns nothing.
    const auto department = score766Figure(aggregator, QStringLiteral("T01.01"), satisfaction);
    QVERIFY(department);
    QCOMPARE(*department->shown.value, 3.0);

    const auto ward = score766Figure(aggregator, QStringLiteral("T01.101"), timeliness);
    QVERIFY(ward);
    QCOMPARE(*ward->shown.value, 0.0);
    QVERIFY(!score766Figure(aggregator, QStringLiteral("T01.102"), timeliness));
}

void TestPortalReader::invalidJsonNamesPosition_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << "truncated.json" << "truncated.json: invalid JSON at byte 96 (line 1, column 97)";
    QTest::newRow("malformed") << "malformed.json" << "malformed.json: invalid JSON at byte 62 (line 2, column 49)";
    QTest::newRow("portal error") << "portal-error.json" << "code 'ERR_RATE_LIMIT'";
}

void TestPortalReader::invalidJsonNamesPosition()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    PortalDirectory directory;
    PortalReport report;
    QString error;
    QVERIFY(!PortalReader::read(readAll(fixturePath(file)), file, QuarterRequest, &directory,
                                &report, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(report.samples.empty());
}

void TestPortalReader::unknownPeriodRejected()
{
    PortalDirectory directory;
    PortalReport report;
    QString error;
    QVERIFY(!PortalReader::read(readAll(fixturePath(QStringLiteral("tree-timeliness.json"))),
                                QStringLiteral("tree.json"), PortalRequest(), &directory, &report,
                                &error));
    QVERIFY2(error.contains(QStringLiteral("--period")), qPrintable(error));
}

void TestPortalReader::periodOfPayload_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QString>("expected");
    QTest::newRow("month") << QJsonObject{{"timeType", "month"}, {"year", 2026}, {"month", 8}}
                           << "2026-08";
    QTest::newRow("quarter")
        << QJsonObject{{"timeType", "quarter"}, {"year", 2026}, {"quarter", 3}} << "2026-Q3";
    QTest::newRow("year") << QJsonObject{{"timeType", "year"}, {"year", 2026}} << "2026";
    QTest::newRow("dates of a quarter")
        << QJsonObject{{"fromDate", "2026-07-01"}, {"toDate", "2026-09-30"}} << "2026-Q3";
    QTest::newRow("dates of a month")
        << QJsonObject{{"fromDate", "2026-08-01"}, {"toDate", "2026-08-31"}} << "2026-08";
    QTest::newRow("dates of a year")
        << QJsonObject{{"fromDate", "2026-01-01"}, {"toDate", "2026-12-31"}} << "2026";
    QTest::newRow("odd dates") << QJsonObject{{"fromDate", "2026-01-05"}, {"toDate", "2026-02-11"}}
                               << "";
}

void TestPortalReader::periodOfPayload()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QString, expected);
    const Period period = PortalReader::periodOfPayload(payload);
    QCOMPARE(period.isValid() ? period.toString() : QString(), expected);
}

void TestPortalReader::envelopesDecode()
{
    PortalDirectory directory;
    const PortalReport report = readFixture(QStringLiteral("tree-timeliness.json"), &directory);
    quint64 sequence = 0;
    const std::vector<QByteArray> envelopes =
        portalEnvelopes(report, QStringLiteral("dvcqg"), QuarterRequest.observedAtMs, &sequence,
                        2);
    QCOMPARE(sequence, quint64(envelopes.size()));
    const IndicatorCatalog indicators = IndicatorCatalog::builtIn();
    const EnvelopeDecoder decoder(indicators);

    const DecodeResult catalog = decoder.decode(envelopes.front());
    QVERIFY2(catalog.ok, qPrintable(catalog.error));
    QCOMPARE(catalog.envelope.units.size(), report.units.size());
    int samples = 0;
    for (size_t i = 1; i < envelopes.size(); ++i) {
        const DecodeResult batch = decoder.decode(envelopes[i]);
        QVERIFY2(batch.ok, qPrintable(batch.error));
        QVERIFY(batch.envelope.rejectedSamples.isEmpty());
        samples += batch.envelope.samples.size();
    }
    QCOMPARE(samples, int(report.samples.size()));
}

void TestPortalReader::badDepartmentCodeLeftOut_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("warning");
    QTest::newRow("root code") << "T01"
                               << "is the code of the root unit";
    QTest::newRow("space") << "T01 02"
                           << "contains spaces or control characters";
    QTest::newRow("tab") << "T01\t02"
                         << "contains spaces or control characters";
}

// The decoder rejects a whole unit catalog over one bad code, so the reader leaves out only the
// row with that code, and the envelopes it makes all decode.
void TestPortalReader::badDepartmentCodeLeftOut()
{
    QFETCH(QString, code);
    QFETCH(QString, warning);
    QJsonObject parent{{"departmentId", "root-id"}, {"departmentName", "Root"},
                       {"departmentCode", "T01"},   {"totalReceived", 10},
                       {"totalOnTime", 9},          {"totalCompleted", 10}};
    QJsonObject bad{{"departmentId", "bad-id"}, {"departmentName", "Bad"},
                    {"departmentCode", code},   {"level", "PROVINCE"},
                    {"totalReceived", 5},       {"totalOnTime", 5}};
    QJsonObject good{{"departmentId", "good-id"}, {"departmentName", "Good"},
                     {"departmentCode", "T01.01"}, {"level", "PROVINCE"},
                     {"totalReceived", 5},         {"totalOnTime", 4}};
    const QJsonObject response{
        {"code", "OK"}, {"data", QJsonObject{{"parent", parent}, {"children", QJsonArray{bad, good}}}}};

    PortalDirectory directory;
    PortalReport report;
    QString error;
    QVERIFY2(PortalReader::read(QJsonDocument(response).toJson(), QStringLiteral("bad.json"),
                                QuarterRequest, &directory, &report, &error),
             qPrintable(error));
    QStringList codes;
    for (const PortalUnit &unit : std::as_const(report.units))
        codes.append(unit.code);
    QCOMPARE(codes, (QStringList{"T01", "T01.01"}));
    QVERIFY2(report.warnings.join('\n').contains(warning), qPrintable(report.warnings.join('\n')));

    quint64 sequence = 0;
    const IndicatorCatalog indicators = IndicatorCatalog::builtIn();
    const EnvelopeDecoder decoder(indicators);
    for (const QByteArray &envelope :
         portalEnvelopes(report, QStringLiteral("dvcqg"), QuarterRequest.observedAtMs, &sequence)) {
        const DecodeResult result = decoder.decode(envelope);
        QVERIFY2(result.ok, qPrintable(result.error));
    }
}

// Every ratio and score that the dashboard computes from the captured responses agrees with
// the portal's own fields to within 0.01.
void TestPortalReader::capturedResponsesAgreeWithPortal()
{
    const QString folder = QStringLiteral(SOC_PORTAL_CAPTURES);
    const QString manifest = folder + QStringLiteral("/manifest.m0.json");
    if (!QFile::exists(manifest))
        QSKIP(qPrintable(QStringLiteral("no portal captures at %1").arg(folder)));
    QHash<QString, PortalRequest> requests;
    QString error;
    QVERIFY2(PortalReader::readManifest(manifest, &requests, &error), qPrintable(error));

    // Tree responses first: they map the department ids of the others to codes.
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString relative = QDir(folder).relativeFilePath(it.next());
        if (relative.startsWith(QLatin1String("formalities/")) || !requests.contains(relative))
            continue;
        files.append(relative);
    }
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return a.contains(QLatin1String("-tree")) > b.contains(QLatin1String("-tree")) ||
               (a.contains(QLatin1String("-tree")) == b.contains(QLatin1String("-tree")) && a < b);
    });
    QVERIFY(files.size() >= 14);

    PortalDirectory directory;
    int checkedRatios = 0;
    int checkedScores = 0;
    for (const QString &file : std::as_const(files)) {
        PortalReport report;
        QVERIFY2(PortalReader::read(readAll(folder + QLatin1Char('/') + file), file,
                                    requests.value(file), &directory, &report, &error),
                 qPrintable(error));
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(QLatin1Char('\n'))));
        QVERIFY2(report.units.size() == 164, qPrintable(file));
        LoadedReports loaded;
        loaded.add(report);
        const Aggregator aggregator(loaded.store, loaded.units, loaded.indicators);
        const Score766Group &group = *findScore766Group(report.group);
        const Period period = requests.value(file).period;

        for (const PortalFigure &portal : std::as_const(report.portalFigures)) {
            const QString where = QStringLiteral("%1 %2 %3").arg(file, portal.unit,
                                                                  portal.indicator);
            if (portal.indicator == group.scoreIndicator) {
                const auto score = score766Figure(aggregator, portal.unit, group, period);
                QVERIFY2(score && portal.score, qPrintable(where));
                QVERIFY2(std::abs(*score->shown.value - *portal.score) <= 0.01 + 1e-9,
                         qPrintable(where + QStringLiteral(": %1 vs %2")
                                                .arg(*score->shown.value)
                                                .arg(*portal.score)));
                ++checkedScores;
                continue;
            }
            // A criterion: its ratio, then its points within the group.
            const UnitFigure figure = aggregator.figure(portal.unit, portal.indicator, period);
            if (figure.shown.value) {
                QVERIFY2(portal.ratio, qPrintable(where));
                QVERIFY2(std::abs(*figure.shown.value - *portal.ratio) <= 0.01,
                         qPrintable(where + QStringLiteral(": %1 vs %2")
                                                .arg(*figure.shown.value)
                                                .arg(*portal.ratio)));
                ++checkedRatios;
            } else {
                // No data for the dashboard: the portal writes 0 or null there.
                QVERIFY2(!portal.ratio || *portal.ratio == 0, qPrintable(where));
            }
            const Score766 score = computeScore766(group, [&](const QString &id) {
                const UnitFigure criterion = aggregator.figure(portal.unit, id, period);
                return criterion.own ? std::optional<Figure>(*criterion.own) : std::nullopt;
            });
            for (const Score766Item &item : score.items) {
                if (item.indicator != portal.indicator || portal.maxScore == 0)
                    continue;
                QVERIFY2(item.points.has_value() == portal.score.has_value(), qPrintable(where));
                if (portal.score) {
                    QVERIFY2(std::abs(*item.points - *portal.score) <= 0.01 + 1e-9,
                             qPrintable(where));
                    ++checkedScores;
                }
            }
        }
    }
    qInfo("checked %d ratios and %d scores against the portal's fields", checkedRatios,
          checkedScores);
    QVERIFY(checkedRatios > 3500);
    QVERIFY(checkedScores > 6500);
}

QTEST_GUILESS_MAIN(TestPortalReader)
#include "test_portal_reader.moc"
