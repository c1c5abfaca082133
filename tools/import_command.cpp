#include "tools/commands.h"
#include "tools/recording_tool_support.h"
#include "tools/recording_transfer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace soc {

namespace {

constexpr qint64 ProgressIntervalMs = 2000;

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports a JSON Lines file of envelopes (one envelope a line, protobuf JSON mapping) "
        "into a new recording. Each envelope's sentAt becomes its receive time."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("JSON Lines file."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("The recording to create; must not exist."),
                                       QStringLiteral("REC"));
    parser.addOption(outOption);
    parser.process(arguments);

    if (parser.positionalArguments().size() != 1)
        return failWith(QStringLiteral("give one JSON Lines file; see soc-feed import --help"), 2);
    if (!parser.isSet(outOption))
        return failWith(QStringLiteral("missing --out; give the recording file to create"), 2);

    const QString inPath = parser.positionalArguments().first();
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
