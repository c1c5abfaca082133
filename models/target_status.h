#pragma once

#include "core/indicator_catalog.h"

#include <QColor>

#include <optional>

namespace soc {

// Where a value stands against its indicator's target.
enum class TargetStatus {
    NoData,
    NoTarget, // the indicator has no target; colour comes from the spread of values instead
    Meets,
    Near,  // within 10 percentage points (ratios) or 10% (others) of the target
    Below, // further from the target, in the wrong direction
};

TargetStatus targetStatus(const Indicator &indicator, std::optional<double> value);

// Colours that read on both light and dark backgrounds and stay apart for red-green colour
// blindness (blue for meets, amber for near, vermilion for below).
QColor statusColor(TargetStatus status);
// For indicators without a target: a colour from a sequential scale, where `position` is 0 for
// the best value on screen and 1 for the worst.
QColor spreadColor(double position);
// The same colour with its saturation taken out, for figures that are no longer current.
QColor greyed(const QColor &color);
// Black or white, whichever reads better on the background.
QColor textColorOn(const QColor &background);

} // namespace soc
