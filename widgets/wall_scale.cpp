#include "widgets/wall_scale.h"

#include "widgets/page_scale.h"

#include <algorithm>
#include <cmath>

namespace soc {

namespace {

constexpr double TanSixteenArcMinutes = 0.0046542; // tan(16 / 60 degrees)
constexpr double CapHeightPerEm = 0.71;
constexpr double BodyPixels = 15; // body type of the pages at a scale of 1

// Logical pixel size of type whose cap height subtends 16' at `metres`.
double legiblePixels(double metres, double millimetresPerPixel)
{
    const double capMillimetres = metres * 1000 * TanSixteenArcMinutes;
    return capMillimetres / CapHeightPerEm / millimetresPerPixel;
}

} // namespace

QSizeF assumedPanelMillimetres()
{
    // A 55-inch diagonal is 1397 mm; at 16:9 that is 1217.6 mm by 684.9 mm.
    return {1217.6, 684.9};
}

WallTypeScale wallTypeScale(const QSize &logicalSize, const QSizeF &physicalMillimetres,
                            double devicePixelRatio, double distanceMetres)
{
    WallTypeScale scale;
    if (logicalSize.isEmpty())
        return scale;
    const QSizeF panel =
        physicalMillimetres.width() > 1 ? physicalMillimetres : assumedPanelMillimetres();
    const double ratio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    const double devicePixels = logicalSize.width() * ratio;
    scale.millimetresPerPixel = panel.width() / devicePixels * ratio;

    const double headline = legiblePixels(distanceMetres, scale.millimetresPerPixel);
    const double resolutionScale = uiScale(logicalSize) / uiScaleFactor();
    const double maxHeadline = logicalSize.height() / 16.0;
    scale.headlinePixels =
        int(std::lround(std::min(std::max(headline, 24 * resolutionScale), maxHeadline)));
    scale.labelPixels = std::max(12, int(std::lround(scale.headlinePixels * 0.5)));

    const double body = legiblePixels(distanceMetres / 3, scale.millimetresPerPixel);
    scale.pageFactor = std::clamp(body / (BodyPixels * resolutionScale), 1.0, 1.3);
    return scale;
}

} // namespace soc
