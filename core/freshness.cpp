#include "core/freshness.h"

namespace soc {

Freshness freshnessOf(qint64 ageMs, int cadenceSeconds)
{
    if (cadenceSeconds <= 0)
        return Freshness::Unknown;
    const qint64 cadenceMs = cadenceSeconds * 1000LL;
    if (ageMs <= cadenceMs * 3 / 2)
        return Freshness::OnTime;
    if (ageMs <= cadenceMs * 4)
        return Freshness::Late;
    return Freshness::Stale;
}

QString freshnessName(Freshness freshness)
{
    switch (freshness) {
    case Freshness::Unknown:
        return {};
    case Freshness::OnTime:
        return QStringLiteral("on_time");
    case Freshness::Late:
        return QStringLiteral("late");
    case Freshness::Stale:
        return QStringLiteral("stale");
    }
    return {};
}

} // namespace soc
