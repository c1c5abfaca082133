#include "feed/portal_reader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace soc;

namespace {

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result runSocFeed(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SOC_FEED_BINARY), arguments);
    process.waitForFinished(60000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QString fixture(const QString &name)
{
    return qEnvironmentVariable("SOC_SOURCE_DIR") + QStringLiteral("/tests/feed/data/portal/") +
           name;
}

QJsonObject figureOf(const QJsonObject &state, const QString &unit, const QString &indicator)
{
    return state.value(QLatin1String("units"))
        .toObject()
        .value(unit)
        .toObject()
        .value(indicator)
        .toObject();
}

} // namespace

class TestPortalImport : public QObject
{
    Q_OBJECT

private slots:
    void importedFixturesShowInState();
    void missingPeriodRejected();
    void truncatedFileNamesPosition();
    void badFileLeavesOthersImported();
    void oversizeResponseRejected();
    void stateAgreesWithCapturedRatios();

private:
    QTemporaryDir m_dir;
};

void TestPortalImport::importedFixturesShowInState()
{
    const QString recording = m_dir.filePath(QStringLiteral("fixtures.socrec"));
    const Result imported = runSocFeed(
        {QStringLiteral("import"), fixture(QStringLiteral("overview-satisfaction.json")),
         fixture(QStringLiteral("tree-timeliness.json")), QStringLiteral("--out"), recording,
         QStringLiteral("--period"), QStringLiteral("2026-Q3"), QStringLiteral("--observed-at"),
         QStringLiteral("2026-09-26T11:20:00Z")});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    // The unknown metric code and the row without an id are reported, not dropped in silence.
    QVERIFY2(imported.err.contains("PETITION_MOOD_INDEX"), imported.err.constData());
    QVERIFY2(imported.err.contains("data.evaluation[1]"), imported.err.constData());

    const Result state = runSocFeed({QStringLiteral("state"), recording, QStringLiteral("--period"),
                                     QStringLiteral("2026-Q3")});
    QVERIFY2(state.exitCode == 0, state.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(state.out).object();
    // The satisfaction rows carry only ids; the tree file, read first, maps them to codes.
    QCOMPARE(figureOf(json, QStringLiteral("T01.01"), QStringLiteral("petition_satisfaction"))
                 .value(QLatin1String("value"))
                 .toDouble(),
             50.0);
    QCOMPARE(figureOf(json, QStringLiteral("T01"), QStringLiteral("on_time"))
                 .value(QLatin1String("value"))
                 .toDouble(),
             90.0);
    // A zero denominator is no data, and the group score follows the portal's rule for it.
    QVERIFY(figureOf(json, QStringLiteral("T01.101"), QStringLiteral("on_time"))
                .value(QLatin1String("value"))
                .isNull());
    QCOMPARE(figureOf(json, QStringLiteral("T01"), QStringLiteral("score_satisfaction"))
                 .value(QLatin1String("value"))
                 .toDouble(),
             18.0);
}

void TestPortalImport::missingPeriodRejected()
{
    const Result imported =
        runSocFeed({QStringLiteral("import"), fixture(QStringLiteral("tree-timeliness.json")),
                    QStringLiteral("--out"), m_dir.filePath(QStringLiteral("none.socrec"))});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains("--period"), imported.err.constData());
}

void TestPortalImport::truncatedFileNamesPosition()
{
    const Result imported = runSocFeed(
        {QStringLiteral("import"), fixture(QStringLiteral("truncated.json")),
         QStringLiteral("--out"), m_dir.filePath(QStringLiteral("truncated.socrec")),
         QStringLiteral("--period"), QStringLiteral("2026-08")});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains("truncated.json: invalid JSON at byte 96"),
             imported.err.constData());
    // Nothing could be read, so no empty recording is left behind.
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("truncated.socrec"))));
}

void TestPortalImport::badFileLeavesOthersImported()
{
    const QString recording = m_dir.filePath(QStringLiteral("partial.socrec"));
    const Result imported = runSocFeed(
        {QStringLiteral("import"), fixture(QStringLiteral("truncated.json")),
         fixture(QStringLiteral("tree-timeliness.json")), QStringLiteral("--out"), recording,
         QStringLiteral("--period"), QStringLiteral("2026-Q3")});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains("1 of 2 files could not be read"), imported.err.constData());
    const Result state = runSocFeed({QStringLiteral("state"), recording, QStringLiteral("--period"),
                                     QStringLiteral("2026-Q3")});
    QVERIFY2(state.exitCode == 0, state.err.constData());
    QCOMPARE(figureOf(QJsonDocument::fromJson(state.out).object(), QStringLiteral("T01"),
                      QStringLiteral("on_time"))
                 .value(QLatin1String("value"))
                 .toDouble(),
             90.0);
}

void TestPortalImport::oversizeResponseRejected()
{
    // A portal response one byte over the limit: a real beginning, then zeros (a sparse file).
    const QString path = m_dir.filePath(QStringLiteral("oversize.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"code":"OK","data":{"parent":{"departmentId":"root-id",)");
        QVERIFY(file.resize(soc::PortalReader::MaxResponseBytes + 1));
    }
    const Result imported = runSocFeed(
        {QStringLiteral("import"), path, QStringLiteral("--out"),
         m_dir.filePath(QStringLiteral("oversize.socrec")), QStringLiteral("--period"),
         QStringLiteral("2026-08")});
    QCOMPARE(imported.exitCode, 1);
    QVERIFY2(imported.err.contains("oversize.json"), imported.err.constData());
    QVERIFY2(imported.err.contains(QByteArray::number(soc::PortalReader::MaxResponseBytes)),
             imported.err.constData());
}

// `soc-feed state` on the imported captures reports the portal's own ratios and group scores.
void TestPortalImport::stateAgreesWithCapturedRatios()
{
    const QString folder = QStringLiteral(SOC_PORTAL_CAPTURES);
    if (!QFile::exists(folder + QStringLiteral("/manifest.m0.json")))
        QSKIP(qPrintable(QStringLiteral("no portal captures at %1").arg(folder)));

    QStringList files;
    for (const QString &group : QDir(folder).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString path = folder + QLatin1Char('/') + group + QStringLiteral("/quarter-all.json");
        if (QFile::exists(path))
            files.append(path);
    }
    QCOMPARE(files.size(), 6);
    // A capture narrowed to one procedure comes along and must not replace the units' figures.
    const QString narrowed = folder + QStringLiteral("/provide-online-tree/quarter-formality.json");
    const QString recording = m_dir.filePath(QStringLiteral("quarter.socrec"));
    const Result imported = runSocFeed(QStringList{QStringLiteral("import")} + files +
                                       QStringList{narrowed, QStringLiteral("--out"), recording});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY2(imported.err.contains("narrowed to procedure"), imported.err.constData());
    const Result state = runSocFeed({QStringLiteral("state"), recording, QStringLiteral("--period"),
                                     QStringLiteral("2026-Q3")});
    QVERIFY2(state.exitCode == 0, state.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(state.out).object();

    QHash<QString, PortalRequest> requests;
    QString error;
    QVERIFY(PortalReader::readManifest(folder + QStringLiteral("/manifest.m0.json"), &requests,
                                       &error));
    PortalDirectory directory;
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return a.contains(QLatin1String("-tree")) > b.contains(QLatin1String("-tree"));
    });
    int checked = 0;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        PortalReport report;
        QVERIFY2(PortalReader::read(file.readAll(), path,
                                    requests.value(QDir(folder).relativeFilePath(path)),
                                    &directory, &report, &error),
                 qPrintable(error));
        for (const PortalFigure &portal : std::as_const(report.portalFigures)) {
            const QJsonValue value =
                figureOf(json, portal.unit, portal.indicator).value(QLatin1String("value"));
            const bool isScore = portal.indicator.startsWith(QLatin1String("score_"));
            const std::optional<double> expected = isScore ? portal.score : portal.ratio;
            const QString where = QStringLiteral("%1 %2").arg(portal.unit, portal.indicator);
            if (value.isNull() || value.isUndefined()) {
                QVERIFY2(!expected || *expected == 0, qPrintable(where));
                continue;
            }
            QVERIFY2(expected, qPrintable(where));
            QVERIFY2(std::abs(value.toDouble() - *expected) <= 0.01 + 1e-9,
                     qPrintable(where + QStringLiteral(": %1 vs %2")
                                            .arg(value.toDouble())
                                            .arg(*expected)));
            ++checked;
        }
    }
    qInfo("checked %d figures of soc-feed state against the portal's fields", checked);
    QVERIFY(checked > 3000);
}

QTEST_GUILESS_MAIN(TestPortalImport)
#include "test_portal_import.moc"
