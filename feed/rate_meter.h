#pragma once

#include <QtGlobal>

#include <array>

namespace soc {

// Events per second over a sliding window of whole seconds, in constant memory.
class RateMeter
{
public:
    static constexpr int WindowSeconds = 10;

    void add(qint64 atMs);
    // The mean rate over the window that ends at nowMs.
    double rate(qint64 nowMs) const;

private:
    std::array<quint64, WindowSeconds> m_counts{};
    std::array<qint64, WindowSeconds> m_seconds{};
};

} // namespace soc
