#pragma once

#include "core/sample.h"

namespace soc::feed::v1 {
class KpiBatch;
} // namespace soc::feed::v1

namespace soc {

// Appends the sample to a KPI batch: numerator and denominator for a ratio, else the value.
void appendSample(feed::v1::KpiBatch *batch, const Sample &sample);

} // namespace soc
