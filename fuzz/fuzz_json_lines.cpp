// Feeds a JSON Lines file, as `soc-feed import` and `soc-feed publish` read it, line by line to
// envelopeFromJsonLine, decodes each envelope it produces and checks that the JSON mapping
// round-trips.

#include "fuzz/fuzz_support.h"

#include "core/indicator_catalog.h"
#include "feed/envelope_decoder.h"
#include "tools/envelope_publisher.h"

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

    const QByteArray file = fuzz::inputBytes(data, size);
    for (const QByteArray &rawLine : file.split('\n')) {
        // The same steps as the import: surrounding white space and empty lines are skipped.
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        QByteArray envelope;
        QString error;
        if (!envelopeFromJsonLine(line, &envelope, &error)) {
            SOC_FUZZ_CHECK(!error.isEmpty());
            continue;
        }
        decoder.decode(envelope);

        // Export then import gives back the same serialized envelope.
        const QByteArray exported = envelopeToJsonLine(envelope, &error);
        SOC_FUZZ_CHECK(!exported.isEmpty());
        SOC_FUZZ_CHECK(!exported.contains('\n'));
        QByteArray again;
        SOC_FUZZ_CHECK(envelopeFromJsonLine(exported, &again, &error));
        SOC_FUZZ_CHECK(again == envelope);
    }
    return 0;
}
