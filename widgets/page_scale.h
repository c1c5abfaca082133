#pragma once

#include <QSize>

namespace soc {

// Scale of text and spacing for a page of the given size, relative to a 1920x1080 page:
// 1 there, 2 on a 3840x2160 wall, never below 0.75. Type grows with the page so that a 4K wall
// read from a few metres shows the same layout as a workstation, only larger.
double uiScale(const QSize &pageSize);
int scaled(double scale, int pixels);

} // namespace soc
