#pragma once

#include <QRandomGenerator>

namespace soc {

// Delays between reconnection attempts: exponential growth from `initialMs` up to `maxMs`, with
// "full jitter" (a uniform draw between half the step and the whole step), so that many
// dashboards that lost the same broker do not reconnect in lockstep.
class ReconnectBackoff
{
public:
    explicit ReconnectBackoff(int initialMs = 500, int maxMs = 30000, quint32 seed = 0);

    // The delay before the next attempt; each call doubles the step until the maximum.
    int nextDelayMs();
    // Call after a successful connection: the next failure starts from the initial delay.
    void reset() { m_attempt = 0; }
    int attempt() const { return m_attempt; }

private:
    int m_initialMs;
    int m_maxMs;
    int m_attempt = 0;
    QRandomGenerator m_random;
};

} // namespace soc
