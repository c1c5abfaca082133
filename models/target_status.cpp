#include "models/target_status.h"

#include <algorithm>
#include <cmath>

namespace soc {

TargetStatus targetStatus(const Indicator &indicator, std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return TargetStatus::NoData;
    if (!indicator.target)
        return TargetStatus::NoTarget;
    if (indicator.meetsTarget(*value))
        return TargetStatus::Meets;

    const double target = *indicator.target;
    const double margin =
        indicator.kind == IndicatorKind::Ratio ? 10.0 : std::max(std::abs(target) * 0.1, 1.0);
    const double shortfall =
        indicator.direction == Direction::HigherIsBetter ? target - *value : *value - target;
    return shortfall <= margin ? TargetStatus::Near : TargetStatus::Below;
}

QColor statusColor(TargetStatus status)
{
    switch (status) {
    case TargetStatus::NoData:
        return QColor(0x9e, 0x9e, 0x9e);
    case TargetStatus::NoTarget:
        return QColor(0x56, 0x77, 0x9a);
    case TargetStatus::Meets:
        return QColor(0x00, 0x72, 0xb2);
    case TargetStatus::Near:
        return QColor(0xe6, 0x9f, 0x00);
    case TargetStatus::Below:
        return QColor(0xd5, 0x5e, 0x00);
    }
    return {};
}

QColor spreadColor(double position)
{
    const double t = std::clamp(position, 0.0, 1.0);
    const QColor best(0x2b, 0x83, 0xba);
    const QColor worst(0xd7, 0x30, 0x1f);
    const QColor middle(0xf4, 0xc0, 0x5e);
    const QColor &from = t < 0.5 ? best : middle;
    const QColor &to = t < 0.5 ? middle : worst;
    const double u = t < 0.5 ? t * 2 : (t - 0.5) * 2;
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * u,
                            from.greenF() + (to.greenF() - from.greenF()) * u,
                            from.blueF() + (to.blueF() - from.blueF()) * u);
}

QColor greyed(const QColor &color)
{
    const QColor hsl = color.toHsl();
    return QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF() * 0.12,
                            std::clamp(hsl.lightnessF() * 0.8, 0.0, 1.0));
}

QColor textColorOn(const QColor &background)
{
    const double luminance =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return luminance > 0.55 ? QColor(0x10, 0x10, 0x10) : QColor(Qt::white);
}

} // namespace soc
