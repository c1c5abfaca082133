// Decode and ingest throughput of feed envelopes, next to raw protobuf parsing of the same
// bytes, and the cost of building the state that the UI receives.
#include "feed/demo_feed.h"
#include "feed/feed_worker.h"
#include "soc/feed/v1/envelope.pb.h"

#include <QCoreApplication>
#include <QDateTime>

#include <benchmark/benchmark.h>

#include <memory>

namespace {

constexpr qint64 StartMs = 1764817200000; // 2025-12-04T03:00:00Z

// One minute of demo feed as serialized envelopes: the picture, then each second's updates.
const std::vector<QByteArray> &minuteOfFeed()
{
    static const std::vector<QByteArray> envelopes = [] {
        soc::DemoFeed feed;
        std::vector<QByteArray> all = feed.picture(StartMs);
        for (int second = 0; second < 60; ++second) {
            const qint64 from = StartMs + second * 1000LL;
            for (QByteArray &bytes : feed.advance(from, from + 1000))
                all.push_back(std::move(bytes));
        }
        return all;
    }();
    return envelopes;
}

qint64 totalSamples(const std::vector<QByteArray> &envelopes)
{
    qint64 samples = 0;
    for (const QByteArray &bytes : envelopes) {
        soc::feed::v1::Envelope envelope;
        envelope.ParseFromArray(bytes.constData(), static_cast<int>(bytes.size()));
        samples += envelope.kpi_batch().samples_size();
    }
    return samples;
}

void rawProtobufParse(benchmark::State &state)
{
    const auto &envelopes = minuteOfFeed();
    for (auto _ : state) {
        for (const QByteArray &bytes : envelopes) {
            soc::feed::v1::Envelope envelope;
            benchmark::DoNotOptimize(
                envelope.ParseFromArray(bytes.constData(), static_cast<int>(bytes.size())));
        }
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(envelopes.size()));
    state.counters["samples/s"] = benchmark::Counter(
        static_cast<double>(state.iterations() * totalSamples(envelopes)), benchmark::Counter::kIsRate);
}
BENCHMARK(rawProtobufParse)->Unit(benchmark::kMillisecond);

void decodeAndIngest(benchmark::State &state)
{
    const auto &envelopes = minuteOfFeed();
    for (auto _ : state) {
        // A fresh worker each round, so that every sample is new to the store; loading its
        // catalogs is not timed.
        state.PauseTiming();
        auto worker = std::make_unique<soc::FeedWorker>();
        state.ResumeTiming();
        for (const QByteArray &bytes : envelopes)
            worker->ingest(bytes, QString(), StartMs);
        benchmark::DoNotOptimize(worker->store().size());
        state.PauseTiming();
        worker.reset();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(envelopes.size()));
    state.counters["samples/s"] = benchmark::Counter(
        static_cast<double>(state.iterations() * totalSamples(envelopes)), benchmark::Counter::kIsRate);
}
BENCHMARK(decodeAndIngest)->Unit(benchmark::kMillisecond);

void buildDashboardState(benchmark::State &state)
{
    soc::FeedWorker worker;
    for (const QByteArray &bytes : minuteOfFeed())
        worker.ingest(bytes, QString(), StartMs);
    for (auto _ : state)
        benchmark::DoNotOptimize(worker.buildState(StartMs));
}
BENCHMARK(buildDashboardState)->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
