// Writes the input to a temporary file and opens it as a recording, then reads everything a
// replay or `soc-feed inspect` reads: the summary, every envelope and the last keyframe.

#include "fuzz/fuzz_support.h"

#include "storage/recording.h"

#include <QFile>
#include <QTemporaryDir>

#include <limits>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    soc::fuzz::initializeQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace soc;
    static QTemporaryDir dir;
    SOC_FUZZ_CHECK(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("input.socrec"));
    {
        QFile::remove(path);
        QFile file(path);
        SOC_FUZZ_CHECK(file.open(QIODevice::WriteOnly));
        SOC_FUZZ_CHECK(file.write(fuzz::inputBytes(data, size)) == static_cast<qint64>(size));
    }

    RecordingReader reader;
    QString error;
    if (!reader.open(path, &error)) {
        SOC_FUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    RecordingSummary summary;
    if (reader.summarize(&summary, &error))
        SOC_FUZZ_CHECK(summary.unidentified <= summary.envelopes);

    constexpr qint64 Earliest = std::numeric_limits<qint64>::min();
    constexpr qint64 Latest = std::numeric_limits<qint64>::max();
    reader.forEachEnvelope(
        Earliest, Latest,
        [](const RecordedEnvelope &envelope) {
            SOC_FUZZ_CHECK(envelope.payload.size() <= recording::MaxPayloadBytes);
            SOC_FUZZ_CHECK(envelope.sourceHint.size() <= recording::MaxSourceHintLength);
            return true;
        },
        &error);
    std::optional<RecordingKeyframe> keyframe;
    if (reader.keyframeAtOrBefore(Latest, &keyframe, &error) && keyframe)
        SOC_FUZZ_CHECK(keyframe->data.size() <= recording::MaxKeyframeBytes);
    reader.close();
    return 0;
}
