#include "tools/recording_tool_support.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace soc {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void handleInterrupt(int)
{
    g_interrupted = 1;
}

} // namespace

void parseCommandLine(QCommandLineParser &parser, const QStringList &arguments)
{
    const bool help = arguments.contains(QLatin1String("-h")) ||
                      arguments.contains(QLatin1String("--help")) ||
                      arguments.contains(QLatin1String("--help-all"));
    if (!help) {
        parser.process(arguments);
        return;
    }
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    QString usage = text.left(lineEnd);
    usage.replace(QCoreApplication::arguments().constFirst(), arguments.constFirst());
    text.replace(0, lineEnd, usage);
    std::fputs(qPrintable(text), stdout);
    std::exit(0);
}

int failWith(const QString &message, int status)
{
    std::fprintf(stderr, "soc-feed: %s\n", qPrintable(message));
    return status;
}

bool parseTimeArgument(const QString &text, qint64 *ms)
{
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (isNumber) {
        *ms = number;
        return number >= 0;
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::utc());
    if (!time.isValid())
        return false;
    *ms = time.toMSecsSinceEpoch();
    return true;
}

QString isoUtc(qint64 ms)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); // UTC spec prints Z
    return time.toString(ms % 1000 == 0 ? Qt::ISODate : Qt::ISODateWithMs);
}

void catchInterrupts()
{
    std::signal(SIGINT, handleInterrupt);
    std::signal(SIGTERM, handleInterrupt);
}

bool interrupted()
{
    return g_interrupted != 0;
}

} // namespace soc
