#pragma once

#include "core/period.h"

#include <QString>

#include <optional>
#include <tuple>

namespace soc {

// The absolute figures of one unit and indicator for one reporting period, as of observedAtMs.
// Ratios carry a numerator and a denominator; counts and gauges carry a value.
struct Sample
{
    QString unit;
    QString indicator;
    Period period;
    qint64 observedAtMs = 0; // milliseconds since the Unix epoch, UTC
    bool hasRatio = false;
    double numerator = 0;
    double denominator = 0;
    double value = 0;
    QString source;

    // The figure as shown: a percentage for ratios (no data when the denominator is zero),
    // the value otherwise.
    std::optional<double> displayValue() const
    {
        if (!hasRatio)
            return value;
        if (denominator <= 0)
            return std::nullopt;
        return 100.0 * numerator / denominator;
    }

    bool sameFigures(const Sample &other) const
    {
        return hasRatio == other.hasRatio && numerator == other.numerator &&
               denominator == other.denominator && value == other.value && source == other.source;
    }

    // Total order used to pick one sample whatever the arrival order: the later observation
    // wins, and on equal observation times the figures decide, so the result never depends on
    // which copy arrived first.
    bool supersedes(const Sample &other) const
    {
        return std::tie(observedAtMs, source, numerator, denominator, value) >
               std::tie(other.observedAtMs, other.source, other.numerator, other.denominator,
                        other.value);
    }
};

} // namespace soc
