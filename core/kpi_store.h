#pragma once

#include "core/period.h"
#include "core/sample.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace soc {

// The latest sample of every (unit, indicator, period). Not thread-safe: one thread owns it
// (the feed worker in the dashboard, the caller in tools and tests).
class KpiStore
{
public:
    enum class ApplyResult {
        Inserted, // first sample of this unit, indicator and period
        Replaced, // a later observation replaced the stored one
        Unchanged, // the same sample again, such as a redelivered message
        Outdated, // older than the stored sample, so it was ignored
    };

    ApplyResult apply(const Sample &sample);

    const Sample *find(const QString &unit, const QString &indicator, const Period &period) const;
    // The most recent period that this unit itself reported for the indicator.
    std::optional<Period> latestPeriod(const QString &unit, const QString &indicator) const;
    // Every period that this unit reported for the indicator, in no particular order.
    QList<Period> periods(const QString &unit, const QString &indicator) const;

    QStringList units() const { return m_unitIndicators.keys(); }
    QStringList indicators(const QString &unit) const { return m_unitIndicators.value(unit); }

    int size() const { return m_samples.size(); }
    // Rises on every change of stored figures; stays the same for Unchanged and Outdated.
    quint64 revision() const { return m_revision; }
    void clear();

private:
    struct Key
    {
        QString unit;
        QString indicator;
        Period period;
        bool operator==(const Key &other) const
        {
            return unit == other.unit && indicator == other.indicator && period == other.period;
        }
    };
    friend size_t qHash(const Key &key, size_t seed)
    {
        return qHashMulti(seed, key.unit, key.indicator, key.period);
    }
    using UnitIndicator = std::pair<QString, QString>;

    QHash<Key, Sample> m_samples;
    QHash<UnitIndicator, QList<Period>> m_periods;
    QHash<QString, QStringList> m_unitIndicators;
    quint64 m_revision = 0;
};

} // namespace soc
