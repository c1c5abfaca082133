#include "feed/rate_meter.h"

namespace soc {

void RateMeter::add(qint64 atMs)
{
    const qint64 second = atMs / 1000;
    const int slot = static_cast<int>(((second % WindowSeconds) + WindowSeconds) % WindowSeconds);
    if (m_seconds[slot] != second) {
        m_seconds[slot] = second;
        m_counts[slot] = 0;
    }
    ++m_counts[slot];
}

double RateMeter::rate(qint64 nowMs) const
{
    const qint64 now = nowMs / 1000;
    quint64 total = 0;
    for (int slot = 0; slot < WindowSeconds; ++slot) {
        if (m_seconds[slot] > now - WindowSeconds && m_seconds[slot] <= now)
            total += m_counts[slot];
    }
    return static_cast<double>(total) / WindowSeconds;
}

} // namespace soc
