#pragma once

#include <QSize>
#include <QSizeF>

namespace soc {

// Type sizes of the wall display, from the screen's resolution, physical size and the farthest
// reading distance. The rule takes 16 minutes of arc as the smallest comfortable character
// height (an assumption common in display ergonomics) and 0.71 em as the cap height of Noto Sans.
//   - Headline type (clock, data mark, page title) has a cap height of distance x tan(16'). It
//     is capped at 1/16 of the screen height, so that the header strip, a headline row and a
//     row of half-size labels, takes at most about a seventh of the screen.
//   - Page type is scaled so that the pages' 15 px body type has that cap height at a third of
//     the distance. The factor stays between 1 and 1.3 times the pages' own resolution scale
//     (uiScale), because a larger factor no longer fits their layouts.
// The pixel pitch is the physical width over the width in device pixels, and a logical pixel
// is devicePixelRatio device pixels. When the screen reports no physical size (some
// projectors, the offscreen platform of snapshots), a 55-inch 16:9 panel is assumed.
struct WallTypeScale
{
    double pageFactor = 1;          // setUiScaleFactor() for the pages
    int headlinePixels = 48;        // logical pixel size of the headline type
    int labelPixels = 28;           // logical pixel size of the header's smaller labels
    double millimetresPerPixel = 0; // per logical pixel, as used
};

WallTypeScale wallTypeScale(const QSize &logicalSize, const QSizeF &physicalMillimetres,
                            double devicePixelRatio, double distanceMetres);

// The assumed panel when the screen reports no physical size: 55 inches, 16:9.
QSizeF assumedPanelMillimetres();

} // namespace soc
