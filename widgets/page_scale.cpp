#include "widgets/page_scale.h"

#include <algorithm>
#include <cmath>

namespace soc {

double uiScale(const QSize &pageSize)
{
    if (pageSize.isEmpty())
        return 1.0;
    const double byWidth = pageSize.width() / 1920.0;
    const double byHeight = pageSize.height() / 1080.0;
    return std::clamp(std::min(byWidth, byHeight), 0.75, 4.0);
}

int scaled(double scale, int pixels)
{
    return std::max(1, static_cast<int>(std::lround(pixels * scale)));
}

} // namespace soc
