#include "feed/recording_indexer.h"
#include "storage/recording.h"
#include "tools/commands.h"
#include "tools/portal_import.h"
#include "tools/recording_tool_support.h"
#include "tools/recording_transfer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace soc {

namespace {

constexpr qint64 ProgressIntervalMs = 2000;

// Removes a recording that the import created but left without an envelope.
void removeEmptyRecording(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

int importPortal(const QStringList &inputs, const QString &outPath,
                 const PortalImportOptions &options)
{
    if (QFileInfo::exists(outPath))
        return failWith(QStringLiteral("%1 already exists; give a new file with --out").arg(outPath),
                        2);
    RecordingWriter writer(outPath, std::make_unique<FeedRecordingIndexer>());
    writer.setBlockWhenFull(true);
    QString writerError;
    QObject::connect(&writer, &RecordingWriter::errorOccurred, &writer,
                     [&writerError](const QString &message) { writerError = message; },
                     Qt::DirectConnection);
    writer.start();
    PortalImportCounts counts;
    QString error;
    const bool read = importPortalFiles(inputs, options, &writer, &counts, &error);
    const bool closed = writer.stop(60000);
    if (!closed || writer.hasFailed())
        return failWith(writerError.isEmpty()
                            ? QStringLiteral("writing %1 did not finish").arg(writer.path())
                            : writerError,
                        1);
    if (counts.envelopes == 0) {
        removeEmptyRecording(outPath);
        return failWith(error.isEmpty() ? QStringLiteral("no figures to import; %1 was not "
                                                         "created")
                                              .arg(outPath)
                                        : error + QStringLiteral("; %1 was not created")
                                                      .arg(outPath),
                        1);
    }
    std::fprintf(stderr,
                 "soc-feed: imported %lld portal files (%llu samples in %llu envelopes) into %s, "
                 "%lld warnings, %lld files left out\n",
                 static_cast<long long>(counts.files),
                 static_cast<unsigned long long>(counts.samples),
                 static_cast<unsigned long long>(counts.envelopes), qPrintable(writer.path()),
                 static_cast<long long>(counts.warnings),
                 static_cast<long long>(counts.failedFiles + counts.skippedFiles));
    return read ? 0 : failWith(error, 1);
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports a JSON Lines file of envelopes (one envelope a line, protobuf JSON mapping) "
        "into a new recording. Each envelope's sentAt becomes its receive time.\n"
        "Also imports Decision 766 responses of the National Public Service Portal (JSON, one "
        "or more files of the six evaluation groups) as envelopes of the source dvcqg. Their "
        "period and capture time come from a capture manifest (manifest*.json beside the file "
        "or one folder up) or from --period and --observed-at."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("JSON Lines file, or portal JSON files."),
                                 QStringLiteral("FILE [FILE...]"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("The recording to create; must not exist."),
                                       QStringLiteral("REC"));
    const QCommandLineOption periodOption(
        QStringLiteral("period"),
        QStringLiteral("Portal JSON: the reporting period of the files (2026-08, 2026-Q3 or "
                       "2026)."),
        QStringLiteral("P"));
    const QCommandLineOption observedOption(
        QStringLiteral("observed-at"),
        QStringLiteral("Portal JSON: when the portal answered, ISO 8601 or milliseconds since the "
                       "Unix epoch (default: the manifest's capture time, else the file's "
                       "modification time)."),
        QStringLiteral("TIME"));
    parser.addOptions({outOption, periodOption, observedOption});
    parseCommandLine(parser, arguments);

    const QStringList inputs = parser.positionalArguments();
    if (inputs.isEmpty())
        return failWith(QStringLiteral("give a JSON Lines file or portal JSON files; see "
                                       "soc-feed import --help"),
                        2);
    if (!parser.isSet(outOption))
        return failWith(QStringLiteral("missing --out; give the recording file to create"), 2);
    const bool portal = looksLikePortalFile(inputs.first());
    if (!portal && inputs.size() != 1)
        return failWith(QStringLiteral("give one JSON Lines file; several files are read only "
                                       "when they are portal JSON responses"),
                        2);
    PortalImportOptions portalOptions;
    if (parser.isSet(periodOption)) {
        portalOptions.period = Period::parse(parser.value(periodOption));
        if (!portalOptions.period.isValid())
            return failWith(QStringLiteral("invalid --period '%1'; give 2026-08, 2026-Q3 or 2026")
                                .arg(parser.value(periodOption)),
                            2);
    }
    if (parser.isSet(observedOption) &&
        !parseTimeArgument(parser.value(observedOption), &portalOptions.observedAtMs))
        return failWith(QStringLiteral("invalid --observed-at '%1'; give an ISO 8601 time such as "
                                       "2026-09-26T11:20:53Z")
                            .arg(parser.value(observedOption)),
                        2);
    if (portal)
        return importPortal(inputs, parser.value(outOption), portalOptions);

    const QString inPath = inputs.first();
    const QString outPath = parser.value(outOption);
    catchInterrupts();
    QElapsedTimer clock;
    clock.start();
    qint64 lastProgressMs = 0;
    ImportReport report;
    const bool imported = importJsonLines(
        inPath, outPath,
        [&](qint64 done, qint64 total) {
            if (clock.elapsed() - lastProgressMs >= ProgressIntervalMs) {
                lastProgressMs = clock.elapsed();
                std::fprintf(stderr, "soc-feed: imported %.0f%% of %s\n",
                             100.0 * static_cast<double>(done) / static_cast<double>(total),
                             qPrintable(inPath));
            }
            return !interrupted();
        },
        [](const QString &message) {
            std::fprintf(stderr, "soc-feed: %s\n", qPrintable(message));
        },
        &report);
    if (!imported)
        return failWith(report.error, 1);
    if (report.cancelled) {
        return failWith(QStringLiteral("interrupted; %1 holds the first %2 envelopes")
                            .arg(outPath)
                            .arg(report.imported),
                        130);
    }
    std::fprintf(stderr, "soc-feed: imported %llu envelopes into %s, skipped %llu invalid lines\n",
                 static_cast<unsigned long long>(report.imported), qPrintable(outPath),
                 static_cast<unsigned long long>(report.invalid));
    return report.invalid > 0 ? 1 : 0;
}

} // namespace soc
