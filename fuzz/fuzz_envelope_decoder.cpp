// Feeds arbitrary bytes to EnvelopeDecoder::decode, as a broker or stream would deliver them.

#include "fuzz/fuzz_support.h"

#include "core/indicator_catalog.h"
#include "feed/envelope_decoder.h"

#include <google/protobuf/stubs/logging.h>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    soc::fuzz::initializeQt();
    // Protobuf logs every string field with invalid UTF-8 to stderr; the decoder rejects them.
    google::protobuf::SetLogHandler(nullptr);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace soc;
    static const IndicatorCatalog indicators = IndicatorCatalog::builtIn();
    static const DecodeLimits limits;
    const EnvelopeDecoder decoder(indicators, limits);

    const DecodeResult result = decoder.decode(fuzz::inputBytes(data, size));
    if (!result.ok) {
        SOC_FUZZ_CHECK(!result.error.isEmpty());
        return 0;
    }

    // An accepted envelope respects every limit that the decoder promises.
    const DecodedEnvelope &envelope = result.envelope;
    SOC_FUZZ_CHECK(size <= static_cast<size_t>(limits.maxEnvelopeBytes));
    SOC_FUZZ_CHECK(!envelope.source.isEmpty());
    SOC_FUZZ_CHECK(envelope.source.size() <= limits.maxCodeLength);
    SOC_FUZZ_CHECK(envelope.samples.size() + envelope.rejectedSamples.size() <=
                   limits.maxSamples);
    SOC_FUZZ_CHECK(envelope.units.size() <= limits.maxUnits);
    for (const Sample &sample : envelope.samples) {
        SOC_FUZZ_CHECK(!sample.unit.isEmpty() && sample.unit.size() <= limits.maxCodeLength);
        SOC_FUZZ_CHECK(indicators.find(sample.indicator) != nullptr);
    }
    for (const Unit &unit : envelope.units) {
        SOC_FUZZ_CHECK(unit.code.size() <= limits.maxCodeLength);
        SOC_FUZZ_CHECK(unit.nameVi.size() <= limits.maxTextLength);
        SOC_FUZZ_CHECK(unit.nameEn.size() <= limits.maxTextLength);
    }
    SOC_FUZZ_CHECK(envelope.alert.textVi.size() <= limits.maxTextLength);
    SOC_FUZZ_CHECK(envelope.alert.textEn.size() <= limits.maxTextLength);
    return 0;
}
