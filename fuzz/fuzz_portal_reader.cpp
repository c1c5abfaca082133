// Reads the input as one Decision 766 portal response, as `soc-feed import` and the portal
// polling source read it, then turns the report into envelopes and decodes each of them.

#include "fuzz/fuzz_support.h"

#include "core/indicator_catalog.h"
#include "core/period.h"
#include "feed/envelope_decoder.h"
#include "feed/portal_reader.h"

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
    const EnvelopeDecoder decoder(indicators);
    constexpr qint64 ObservedAtMs = 1796353200000; // 2026-12-04T03:00:00Z

    PortalRequest request;
    request.period = Period::parse(QStringLiteral("2026-08"));
    request.observedAtMs = ObservedAtMs;
    PortalDirectory directory;
    PortalReport report;
    QString error;
    if (!PortalReader::read(fuzz::inputBytes(data, size), QStringLiteral("fuzz.json"), request,
                            &directory, &report, &error)) {
        SOC_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    SOC_FUZZ_CHECK(report.units.size() <= PortalReader::MaxUnits);

    // What the import writes is what the dashboard accepts: every envelope decodes.
    quint64 sequence = 0;
    for (const QByteArray &envelope :
         portalEnvelopes(report, QStringLiteral("dvcqg"), ObservedAtMs, &sequence)) {
        const DecodeResult result = decoder.decode(envelope);
        if (!result.ok)
            std::fprintf(stderr, "envelope rejected: %s\n", qPrintable(result.error));
        SOC_FUZZ_CHECK(result.ok);
    }
    return 0;
}
