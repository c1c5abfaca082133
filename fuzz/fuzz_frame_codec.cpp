// Feeds a byte stream to FrameReader in chunks whose sizes the input chooses, as TCP delivers
// them, and checks the framing invariants.

#include "fuzz/fuzz_support.h"

#include "feed/frame_codec.h"

#include <algorithm>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    soc::fuzz::initializeQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace soc;
    // A small limit lets the fuzzer reach the oversize path with short inputs.
    constexpr int MaxEnvelopeBytes = 4096;
    if (size < 1)
        return 0;
    // The first byte sets the chunk size (1 to 256 bytes) of the rest of the input.
    const size_t chunkBytes = static_cast<size_t>(data[0]) + 1;
    const QByteArray stream = fuzz::inputBytes(data + 1, size - 1);

    FrameReader reader(MaxEnvelopeBytes);
    qsizetype framedBytes = 0;
    bool failed = false;
    for (qsizetype offset = 0; offset < stream.size() && !failed;
         offset += static_cast<qsizetype>(chunkBytes)) {
        const qsizetype length = std::min<qsizetype>(static_cast<qsizetype>(chunkBytes),
                                                     stream.size() - offset);
        reader.append(stream.mid(offset, length));
        for (;;) {
            StreamFrame frame;
            QString error;
            const FrameReader::Status status = reader.next(&frame, &error);
            if (status == FrameReader::Status::NeedMoreData)
                break;
            if (status == FrameReader::Status::ProtocolError) {
                SOC_FUZZ_CHECK(!error.isEmpty());
                // A failed reader stays failed until reset().
                SOC_FUZZ_CHECK(reader.next(&frame, &error) ==
                               FrameReader::Status::ProtocolError);
                failed = true;
                break;
            }
            SOC_FUZZ_CHECK(!frame.envelope.isEmpty());
            SOC_FUZZ_CHECK(frame.envelope.size() <= MaxEnvelopeBytes);
            // The frame re-encodes to exactly the bytes it was read from.
            const QByteArray encoded = encodeFrame(frame.envelope, frame.snapshot,
                                                   MaxEnvelopeBytes);
            SOC_FUZZ_CHECK(encoded == stream.mid(framedBytes, encoded.size()));
            framedBytes += encoded.size();
        }
        // Memory stays bounded by one frame plus the last chunk.
        SOC_FUZZ_CHECK(reader.bufferedBytes() <=
                       FrameHeaderBytes + MaxEnvelopeBytes + static_cast<qsizetype>(chunkBytes));
    }
    if (!failed)
        SOC_FUZZ_CHECK(framedBytes + reader.bufferedBytes() == stream.size());
    return 0;
}
