#pragma once

#include "core/freshness.h"
#include "core/indicator_catalog.h"
#include "core/kpi_store.h"
#include "core/unit_catalog.h"

#include <optional>

namespace soc {

// How many child units contributed to a sum, out of how many the catalog lists.
struct Coverage
{
    int reporting = 0;
    int total = 0;
};

// One figure as the dashboard shows it: a unit's own sample, or the sum over its children.
struct Figure
{
    std::optional<double> value; // percent for ratios; no value means "no data"
    double numerator = 0;        // ratios only
    double denominator = 0;      // ratios only
    Period period;
    qint64 observedAtMs = 0;       // latest observation that contributed
    qint64 oldestObservedAtMs = 0; // earliest observation that contributed
    Coverage coverage;       // children that contributed; zero for a leaf's own figure
    bool isOwn = false;      // the unit's own reported figure, not a sum

    bool hasData() const { return value.has_value(); }
};

// A unit's figure for one indicator and period. `shown` is the unit's own figure when it
// reported one, otherwise the sum of its children. When both exist they may differ (a
// province counts each procedure once, its communes count it again), so both are kept.
struct UnitFigure
{
    Figure shown;
    std::optional<Figure> own;
    std::optional<Figure> childrenSum;
    // Of the oldest observation in `shown`, when the state was built; Unknown without data.
    Freshness freshness = Freshness::Unknown;
};

// Applies the aggregation rules over the unit hierarchy:
// - a ratio sums numerators and denominators of the children that reported, then divides;
// - counts sum; gauges take the worst value in the indicator's direction;
// - a zero denominator is no data;
// - a unit's own figure for a period wins over the sum of its children.
// Coverage counts children with data for the period. References must outlive the aggregator.
class Aggregator
{
public:
    Aggregator(const KpiStore &store, const UnitCatalog &units, const IndicatorCatalog &indicators)
        : m_store(store), m_units(units), m_indicators(indicators)
    {
    }

    UnitFigure figure(const QString &unit, const QString &indicator, const Period &period) const;
    // The most recent period reported by the unit or any unit below it.
    std::optional<Period> latestPeriod(const QString &unit, const QString &indicator) const;
    // figure() at latestPeriod(); an empty figure when nothing was reported.
    UnitFigure latestFigure(const QString &unit, const QString &indicator) const;

private:
    // Catalog cycles (a unit listed below its own descendant) stop at this depth.
    static constexpr int MaxDepth = 12;

    UnitFigure figureAtDepth(const QString &unit, const Indicator &indicator, const Period &period,
                             int depth) const;
    std::optional<Figure> sumChildren(const QString &unit, const Indicator &indicator,
                                      const Period &period, int depth) const;
    std::optional<Period> latestPeriodAtDepth(const QString &unit, const QString &indicator,
                                              int depth) const;

    const KpiStore &m_store;
    const UnitCatalog &m_units;
    const IndicatorCatalog &m_indicators;
};

Figure figureFromSample(const Sample &sample);

} // namespace soc
