#pragma once

#include <QSize>
#include <QSizeF>

namespace soc {

// The type size of the wall display, from the screen's resolution and physical size and the
// farthest reading distance. The rule takes 16 minutes of arc as the smallest comfortable
// character height, an assumption common in display ergonomics, and 0.71 em as the cap height
// of Noto Sans. So the smallest type on the wall has a cap height of distance x tan(16'),
// 46.5 mm at 10 m. Headline figures are 1.75 times that.
//
// The pixel pitch is the physical width over the width in device pixels, and a logical pixel
// is devicePixelRatio device pixels. Some screens report no physical size: video wall
// controllers, some projectors, the offscreen platform of snapshots. For them the pitch of a
// 55-inch 1080p panel, the commonest video wall panel, is assumed. So 1920x1080 is one such
// panel and 3840x2160 a wall of two by two.
//
// The size stays between 1/40 of the screen height, so that a near wall does not get
// workstation type, and 1/10, so that eight lines fit: the header, a title and some rows. A
// screen too small for the distance is read from legibleFromMetres instead.
//
// A reported size whose pitch is below that of a 24-inch 1080p monitor or above that of a
// coarse LED wall counts as not reported. Televisions often report only their aspect ratio
// (160 x 90 mm), and virtual displays a size from a nominal density.
struct WallTypeScale
{
    int textPixels = 48;            // logical pixel size of the smallest type
    double millimetresPerPixel = 0; // per logical pixel, as used
    double legibleFromMetres = 0;   // the distance that textPixels serves by the rule
    bool sizeReported = false;      // the physical size given was plausible and used
};

// `sizeGiven` marks a size from the playlist's screen_width_mm, which is used as it is.
WallTypeScale wallTypeScale(const QSize &logicalSize, const QSizeF &physicalMillimetres,
                            double devicePixelRatio, double distanceMetres,
                            bool sizeGiven = false);

// The assumed pixel pitch, in millimetres per device pixel, when the screen reports no physical
// size: that of a 55-inch 1080p panel, 1217.6 mm over 1920 pixels.
constexpr double AssumedPixelPitch = 1217.6 / 1920;
// Plausible pitches of a wall, in millimetres per device pixel: a 24-inch 1080p monitor has
// 0.277 mm, LED walls have 0.9 to 10 mm.
constexpr double MinPlausiblePitch = 0.27;
constexpr double MaxPlausiblePitch = 10;

} // namespace soc
