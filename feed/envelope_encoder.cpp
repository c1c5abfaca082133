#include "feed/envelope_encoder.h"

#include "soc/feed/v1/envelope.pb.h"

namespace soc {

void appendSample(feed::v1::KpiBatch *batch, const Sample &sample)
{
    feed::v1::Sample *item = batch->add_samples();
    item->set_unit(sample.unit.toStdString());
    item->set_indicator(sample.indicator.toStdString());
    item->set_period(sample.period.toString().toStdString());
    item->set_observed_at(sample.observedAtMs);
    if (sample.hasRatio) {
        item->set_numerator(sample.numerator);
        item->set_denominator(sample.denominator);
    } else {
        item->set_value(sample.value);
    }
}

} // namespace soc
