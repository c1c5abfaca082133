// Seek time in a 24-hour recording: 168 units by 20 indicators, one sample of each per minute
// (4.8 million samples in 241,920 envelopes, one per unit and minute). The file is built once,
// in a temporary folder, through the same writer and keyframe indexer as `soc-feed record`.
#include "core/indicator_catalog.h"
#include "feed/feed_worker.h"
#include "feed/recording_indexer.h"
#include "feed/replay_source.h"
#include "soc/feed/v1/envelope.pb.h"
#include "storage/recording.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace pb = soc::feed::v1;

namespace {

constexpr qint64 StartMs = 1796342400000; // 2026-12-04T00:00:00Z
constexpr int Units = 168;
constexpr int Minutes = 24 * 60;

// The 168 wards, numbered 26734 onwards, under the city, 79.
soc::UnitCatalog wardCatalog()
{
    soc::UnitCatalog units;
    units.upsert({QStringLiteral("79"), {}, soc::UnitLevel::City, QStringLiteral("TP.HCM"),
                  QStringLiteral("HCMC")});
    for (int i = 0; i < Units; ++i) {
        const QString code = QString::number(26734 + i);
        units.upsert({code, QStringLiteral("79"), soc::UnitLevel::Ward, code, code});
    }
    return units;
}

QByteArray unitEnvelope(const soc::IndicatorCatalog &indicators, int unit, int minute,
                        quint64 sequence)
{
    pb::Envelope envelope;
    envelope.set_source("tthc");
    envelope.set_sequence(sequence);
    const qint64 atMs = StartMs + minute * 60000LL;
    envelope.set_sent_at(atMs);
    pb::KpiBatch *batch = envelope.mutable_kpi_batch();
    for (const soc::Indicator &indicator : indicators.indicators()) {
        // The 20 indicators of the city's own feeds; the portal-only ones come monthly.
        if (!indicator.simulated)
            continue;
        pb::Sample *sample = batch->add_samples();
        sample->set_unit(std::to_string(26734 + unit));
        sample->set_indicator(indicator.id.toStdString());
        sample->set_period("2026-12-04");
        sample->set_observed_at(atMs);
        const double figure = 100 + (unit * 7 + minute) % 50;
        if (indicator.kind == soc::IndicatorKind::Ratio) {
            sample->set_numerator(figure);
            sample->set_denominator(200);
        } else {
            sample->set_value(figure);
        }
    }
    const std::string bytes = envelope.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

QString buildRecording(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("day.socrec"));
    const soc::IndicatorCatalog indicators = soc::IndicatorCatalog::builtIn();
    soc::RecordingWriter writer(path, std::make_unique<soc::FeedRecordingIndexer>(wardCatalog()));
    writer.setBlockWhenFull(true);
    writer.start();
    quint64 sequence = 0;
    for (int minute = 0; minute < Minutes; ++minute) {
        for (int unit = 0; unit < Units; ++unit) {
            const QByteArray envelope = unitEnvelope(indicators, unit, minute, ++sequence);
            writer.append({0, StartMs + minute * 60000LL + unit, {}, false, envelope,
                           envelope.size()});
        }
    }
    return writer.stop(600000) ? path : QString();
}

void seekDayRecording(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = buildRecording(dir);
    if (path.isEmpty()) {
        state.SkipWithError("building the recording failed");
        return;
    }
    soc::FeedWorker worker;
    worker.setUnitCatalog(wardCatalog());
    auto *replay = new soc::ReplaySource(QStringLiteral("file:") + path, path);
    worker.addSource(replay);
    QString error;
    if (!replay->open(&error)) {
        state.SkipWithError(qPrintable(error));
        return;
    }
    QRandomGenerator random(2026);
    for (auto _ : state) {
        const qint64 atMs = StartMs + static_cast<qint64>(random.bounded(Minutes * 60000));
        benchmark::DoNotOptimize(replay->seek(atMs));
    }
    state.counters["samples_in_store"] = worker.store().size();
}
BENCHMARK(seekDayRecording)->Unit(benchmark::kMillisecond)->MinTime(5);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
