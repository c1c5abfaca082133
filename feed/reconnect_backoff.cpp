#include "feed/reconnect_backoff.h"

#include <algorithm>

namespace soc {

ReconnectBackoff::ReconnectBackoff(int initialMs, int maxMs, quint32 seed)
    : m_initialMs(std::max(1, initialMs)), m_maxMs(std::max(initialMs, maxMs)),
      m_random(seed != 0 ? seed : QRandomGenerator::global()->generate())
{
}

int ReconnectBackoff::nextDelayMs()
{
    const int exponent = std::min(m_attempt, 20);
    const qint64 step = std::min<qint64>(static_cast<qint64>(m_initialMs) << exponent, m_maxMs);
    ++m_attempt;
    const qint64 low = step / 2;
    return static_cast<int>(low + m_random.bounded(static_cast<quint64>(step - low + 1)));
}

} // namespace soc
