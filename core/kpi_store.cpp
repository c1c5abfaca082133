#include "core/kpi_store.h"

namespace soc {

KpiStore::ApplyResult KpiStore::apply(const Sample &sample)
{
    const Key key{sample.unit, sample.indicator, sample.period};
    auto it = m_samples.find(key);
    if (it == m_samples.end()) {
        m_samples.insert(key, sample);
        m_periods[{sample.unit, sample.indicator}].append(sample.period);
        QStringList &indicators = m_unitIndicators[sample.unit];
        if (!indicators.contains(sample.indicator))
            indicators.append(sample.indicator);
        ++m_revision;
        return ApplyResult::Inserted;
    }

    Sample &stored = it.value();
    if (stored.observedAtMs == sample.observedAtMs && stored.sameFigures(sample))
        return ApplyResult::Unchanged;
    if (!sample.supersedes(stored))
        return ApplyResult::Outdated;
    stored = sample;
    ++m_revision;
    return ApplyResult::Replaced;
}

const Sample *KpiStore::find(const QString &unit, const QString &indicator,
                             const Period &period) const
{
    const auto it = m_samples.constFind(Key{unit, indicator, period});
    return it == m_samples.cend() ? nullptr : &it.value();
}

std::optional<Period> KpiStore::latestPeriod(const QString &unit, const QString &indicator) const
{
    const auto it = m_periods.constFind({unit, indicator});
    if (it == m_periods.cend() || it->isEmpty())
        return std::nullopt;
    Period latest = it->first();
    for (const Period &period : *it) {
        if (period.isMoreRecentThan(latest))
            latest = period;
    }
    return latest;
}

QList<Period> KpiStore::periods(const QString &unit, const QString &indicator) const
{
    return m_periods.value({unit, indicator});
}

void KpiStore::clear()
{
    m_samples.clear();
    m_periods.clear();
    m_unitIndicators.clear();
    ++m_revision;
}

} // namespace soc
