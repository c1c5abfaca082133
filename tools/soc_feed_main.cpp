#include "tools/commands.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void printUsage()
{
    std::printf("Usage: soc-feed COMMAND [OPTIONS]\n\n"
                "Commands:\n"
                "  simulate   publish the demo feed to a file, an MQTT broker or a stream\n"
                "  serve      serve the demo feed to direct-stream clients (tcp://, tls://)\n"
                "  publish    publish a JSON Lines file of envelopes onto a destination\n"
                "  record     record feeds into a recording (.socrec)\n"
                "  import     turn a JSON Lines file of envelopes into a recording\n"
                "  export     write a recording as JSON Lines or CSV\n"
                "  inspect    print the summary and integrity of a recording as JSON\n"
                "  state      print the dashboard state at a moment of a recording as JSON\n\n"
                "Run soc-feed COMMAND --help for the options of a command.\n\n"
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
    // Each subcommand gets "soc-feed COMMAND" as its program name, for the usage line of its
    // help.
    arguments.removeAt(1);
    arguments[0] = QStringLiteral("soc-feed %1").arg(command);
    if (command == QLatin1String("simulate"))
        return soc::runSimulate(arguments);
    if (command == QLatin1String("serve"))
        return soc::runServe(arguments);
    if (command == QLatin1String("publish"))
        return soc::runPublish(arguments);
    if (command == QLatin1String("record"))
        return soc::runRecord(arguments);
    if (command == QLatin1String("import"))
        return soc::runImport(arguments);
    if (command == QLatin1String("export"))
        return soc::runExport(arguments);
    if (command == QLatin1String("inspect"))
        return soc::runInspect(arguments);
    if (command == QLatin1String("state"))
        return soc::runState(arguments);
    std::fprintf(stderr, "soc-feed: unknown command '%s'; run soc-feed --help\n",
                 qPrintable(command));
    return 2;
}
