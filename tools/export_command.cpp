#include "tools/commands.h"
#include "tools/recording_tool_support.h"
#include "tools/recording_transfer.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstdio>

namespace soc {

namespace {

constexpr qint64 ProgressIntervalMs = 2000;

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports a recording: as JSON Lines, one envelope a line in the protobuf JSON mapping "
        "(what soc-feed import and publish read), or as CSV, one row per KPI sample."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A recording."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("jsonl or csv (default jsonl)."),
                                          QStringLiteral("FORMAT"), QStringLiteral("jsonl"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Output file; - for standard output (default -)."),
        QStringLiteral("FILE"), QStringLiteral("-"));
    parser.addOptions({formatOption, outOption});
    parseCommandLine(parser, arguments);

    if (parser.positionalArguments().size() != 1)
        return failWith(QStringLiteral("give one recording; see soc-feed export --help"), 2);
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("jsonl") && format != QLatin1String("csv"))
        return failWith(QStringLiteral("invalid --format '%1'; give jsonl or csv").arg(format), 2);

    const QString inPath = parser.positionalArguments().first();
    const QString outPath = parser.value(outOption);
    catchInterrupts();
    QElapsedTimer clock;
    clock.start();
    qint64 lastProgressMs = 0;
    ExportReport report;
    const bool exported = exportRecording(
        inPath, outPath, format == QLatin1String("csv") ? ExportFormat::Csv : ExportFormat::JsonLines,
        [&](qint64 done, qint64 total) {
            if (clock.elapsed() - lastProgressMs >= ProgressIntervalMs) {
                lastProgressMs = clock.elapsed();
                std::fprintf(stderr, "soc-feed: exported %lld of %lld envelopes (%.0f%%)\n",
                             static_cast<long long>(done), static_cast<long long>(total),
                             total > 0 ? 100.0 * static_cast<double>(done) /
                                             static_cast<double>(total)
                                       : 100.0);
            }
            return !interrupted();
        },
        [](const QString &message) {
            std::fprintf(stderr, "soc-feed: %s\n", qPrintable(message));
        },
        &report);
    if (!exported)
        return failWith(report.error, 1);
    if (report.cancelled) {
        return failWith(QStringLiteral("interrupted after %1 of %2 envelopes; %3 is incomplete")
                            .arg(report.exported + report.skipped + report.operatorActions)
                            .arg(report.total)
                            .arg(outPath),
                        130);
    }
    std::fprintf(stderr,
                 "soc-feed: exported %llu envelopes, skipped %llu invalid ones and %llu "
                 "operator actions\n",
                 static_cast<unsigned long long>(report.exported),
                 static_cast<unsigned long long>(report.skipped),
                 static_cast<unsigned long long>(report.operatorActions));
    return 0;
}

} // namespace soc
