#include "core/aggregation.h"

namespace soc {

Figure figureFromSample(const Sample &sample)
{
    Figure figure;
    figure.value = sample.displayValue();
    figure.numerator = sample.numerator;
    figure.denominator = sample.denominator;
    figure.period = sample.period;
    figure.observedAtMs = sample.observedAtMs;
    figure.oldestObservedAtMs = sample.observedAtMs;
    figure.isOwn = true;
    return figure;
}

UnitFigure Aggregator::figure(const QString &unit, const QString &indicator,
                              const Period &period) const
{
    const Indicator *definition = m_indicators.find(indicator);
    if (!definition)
        return {};
    return figureAtDepth(unit, *definition, period, 0);
}

UnitFigure Aggregator::figureAtDepth(const QString &unit, const Indicator &indicator,
                                     const Period &period, int depth) const
{
    UnitFigure result;
    if (const Sample *sample = m_store.find(unit, indicator.id, period))
        result.own = figureFromSample(*sample);
    result.childrenSum = sumChildren(unit, indicator, period, depth);

    if (result.own) {
        result.shown = *result.own;
    } else if (result.childrenSum) {
        result.shown = *result.childrenSum;
    } else {
        result.shown.period = period;
    }
    return result;
}

std::optional<Figure> Aggregator::sumChildren(const QString &unit, const Indicator &indicator,
                                              const Period &period, int depth) const
{
    const QStringList children = m_units.children(unit);
    if (children.isEmpty() || depth >= MaxDepth)
        return std::nullopt;

    Figure sum;
    sum.period = period;
    sum.coverage.total = children.size();
    std::optional<double> worst;
    double total = 0;

    for (const QString &child : children) {
        const Figure childFigure = figureAtDepth(child, indicator, period, depth + 1).shown;
        if (!childFigure.hasData())
            continue;
        // A ratio reported only as a percentage has no counts to add to the sum.
        if (indicator.kind == IndicatorKind::Ratio && childFigure.denominator <= 0)
            continue;
        ++sum.coverage.reporting;
        sum.observedAtMs = std::max(sum.observedAtMs, childFigure.observedAtMs);
        sum.oldestObservedAtMs = sum.oldestObservedAtMs == 0
                                     ? childFigure.oldestObservedAtMs
                                     : std::min(sum.oldestObservedAtMs, childFigure.oldestObservedAtMs);
        switch (indicator.kind) {
        case IndicatorKind::Ratio:
            sum.numerator += childFigure.numerator;
            sum.denominator += childFigure.denominator;
            break;
        case IndicatorKind::Count:
            total += *childFigure.value;
            break;
        case IndicatorKind::Gauge:
            if (!worst || indicator.isBetter(*worst, *childFigure.value))
                worst = childFigure.value;
            break;
        }
    }

    if (sum.coverage.reporting > 0) {
        switch (indicator.kind) {
        case IndicatorKind::Ratio:
            if (sum.denominator > 0)
                sum.value = 100.0 * sum.numerator / sum.denominator;
            break;
        case IndicatorKind::Count:
            sum.value = total;
            break;
        case IndicatorKind::Gauge:
            sum.value = worst;
            break;
        }
    }
    return sum;
}

std::optional<Period> Aggregator::latestPeriod(const QString &unit,
                                               const QString &indicator) const
{
    return latestPeriodAtDepth(unit, indicator, 0);
}

std::optional<Period> Aggregator::latestPeriodAtDepth(const QString &unit,
                                                      const QString &indicator, int depth) const
{
    std::optional<Period> latest = m_store.latestPeriod(unit, indicator);
    if (depth >= MaxDepth)
        return latest;
    for (const QString &child : m_units.children(unit)) {
        const std::optional<Period> childLatest = latestPeriodAtDepth(child, indicator, depth + 1);
        if (childLatest && (!latest || childLatest->isMoreRecentThan(*latest)))
            latest = childLatest;
    }
    return latest;
}

UnitFigure Aggregator::latestFigure(const QString &unit, const QString &indicator) const
{
    const std::optional<Period> period = latestPeriod(unit, indicator);
    if (!period)
        return {};
    return figure(unit, indicator, *period);
}

} // namespace soc
