#include "widgets/wall_scale.h"

#include <algorithm>
#include <cmath>

namespace soc {

namespace {

constexpr double TanSixteenArcMinutes = 0.0046542; // tan(16 / 60 degrees)
constexpr double CapHeightPerEm = 0.71;

} // namespace

WallTypeScale wallTypeScale(const QSize &logicalSize, const QSizeF &physicalMillimetres,
                            double devicePixelRatio, double distanceMetres, bool sizeGiven)
{
    WallTypeScale scale;
    if (logicalSize.isEmpty())
        return scale;
    const double ratio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    const double reported = physicalMillimetres.width() / (logicalSize.width() * ratio);
    scale.sizeReported = physicalMillimetres.width() > 1 &&
                         (sizeGiven || (reported >= MinPlausiblePitch && reported <= MaxPlausiblePitch));
    const double pitch = scale.sizeReported ? reported : AssumedPixelPitch;
    scale.millimetresPerPixel = pitch * ratio;

    const double capMillimetres = distanceMetres * 1000 * TanSixteenArcMinutes;
    const double legible = capMillimetres / CapHeightPerEm / scale.millimetresPerPixel;
    const double smallest = logicalSize.height() / 40.0;
    const double largest = logicalSize.height() / 10.0;
    scale.textPixels = int(std::ceil(std::clamp(legible, smallest, largest)));
    scale.legibleFromMetres =
        scale.textPixels * CapHeightPerEm * scale.millimetresPerPixel / TanSixteenArcMinutes / 1000;
    return scale;
}

} // namespace soc
