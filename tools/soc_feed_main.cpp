#include "tools/demo_export.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <QFile>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "soc-feed: %s\n", qPrintable(message));
    return 2;
}

// simulate: the demo feed as JSON Lines on stdout or in a file.
int runSimulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the demo feed (all six sources) as JSON Lines."));
    parser.addHelpOption();
    const QCommandLineOption toOption(QStringLiteral("to"),
                                      QStringLiteral("Destination: a JSON Lines file path, or - "
                                                     "for standard output (default -)."),
                                      QStringLiteral("FILE"), QStringLiteral("-"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"),
        QStringLiteral("Seconds of feed after the initial picture (default 60)."),
        QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the simulation (default 2026)."),
                                        QStringLiteral("K"), QStringLiteral("2026"));
    const QCommandLineOption startOption(
        QStringLiteral("start"),
        QStringLiteral("Simulated start time, ISO 8601 in UTC (default: now)."),
        QStringLiteral("TIME"));
    parser.addOptions({toOption, durationOption, seedOption, startOption});
    parser.process(arguments);

    bool ok = false;
    const int duration = parser.value(durationOption).toInt(&ok);
    if (!ok || duration < 0 || duration > 31 * 86400)
        return fail(QStringLiteral("invalid --duration '%1'; give seconds from 0 to 2678400")
                        .arg(parser.value(durationOption)));
    const quint64 seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("invalid --seed '%1'; give a whole number")
                        .arg(parser.value(seedOption)));
    qint64 startMs = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(startOption)) {
        QDateTime start = QDateTime::fromString(parser.value(startOption), Qt::ISODateWithMs);
        if (start.isValid() && start.timeSpec() == Qt::LocalTime)
            start.setTimeZone(QTimeZone::utc());
        if (!start.isValid())
            return fail(QStringLiteral("invalid --start '%1'; use ISO 8601 such as "
                                       "2026-12-04T02:00:00Z")
                            .arg(parser.value(startOption)));
        startMs = start.toMSecsSinceEpoch();
    }

    QFile output;
    const QString to = parser.value(toOption);
    const bool opened = to == QLatin1String("-")
                            ? output.open(stdout, QIODevice::WriteOnly)
                            : (output.setFileName(to), output.open(QIODevice::WriteOnly));
    if (!opened)
        return fail(QStringLiteral("cannot write %1: %2").arg(to, output.errorString()));
    QString error;
    const qint64 count = soc::writeDemoJsonLines(seed, startMs, duration, &output, &error);
    if (count < 0)
        return fail(QStringLiteral("writing %1 failed: %2").arg(to, error));
    std::fprintf(stderr, "soc-feed: wrote %lld envelopes\n", static_cast<long long>(count));
    return 0;
}

void printUsage()
{
    std::printf("Usage: soc-feed COMMAND [OPTIONS]\n\n"
                "Commands:\n"
                "  simulate   write the demo feed as JSON Lines (soc-feed simulate --help)\n\n"
                "Options:\n"
                "  -h, --help     show this help\n"
                "  -v, --version  show the version\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("soc-feed"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOC_VERSION));

    QStringList arguments = QCoreApplication::arguments();
    const QString command = arguments.value(1);
    if (command.isEmpty() || command == QLatin1String("-h") || command == QLatin1String("--help")) {
        printUsage();
        return command.isEmpty() ? 2 : 0;
    }
    if (command == QLatin1String("-v") || command == QLatin1String("--version")) {
        std::printf("soc-feed %s\n", SOC_VERSION);
        return 0;
    }
    arguments.removeAt(1);
    if (command == QLatin1String("simulate"))
        return runSimulate(arguments);
    return fail(QStringLiteral("unknown command '%1'; run soc-feed --help").arg(command));
}
