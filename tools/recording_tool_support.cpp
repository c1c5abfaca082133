#include "tools/recording_tool_support.h"

#include <QDateTime>
#include <QTimeZone>

#include <csignal>
#include <cstdio>

namespace soc {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void handleInterrupt(int)
{
    g_interrupted = 1;
}

} // namespace

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
