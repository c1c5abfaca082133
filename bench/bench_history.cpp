// KPI history: how fast batches go into the SQLite file, and how long one plotted trend takes.
// Both run on a real file in a temporary folder, as the history writer and a trend view would.

#include "storage/history_store.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

namespace {

constexpr qint64 StartMs = 1796353200000; // 2026-12-04T03:00:00Z
constexpr qint64 MinuteMs = 60 * 1000;
constexpr int BatchPoints = 5000; // the writer's largest batch

soc::Sample point(const QString &unit, qint64 observedAtMs, double numerator)
{
    soc::Sample sample;
    sample.unit = unit;
    sample.indicator = QStringLiteral("e_result");
    sample.period = soc::Period::parse(QStringLiteral("2026-12"));
    sample.observedAtMs = observedAtMs;
    sample.hasRatio = true;
    sample.numerator = numerator;
    sample.denominator = 1000;
    return sample;
}

// One batch as the feed delivers it: every one of 22 districts at the same minute, minute
// after minute, so that the batch spreads over the indexes as live data does.
QVector<soc::Sample> batchFrom(qint64 firstIndex)
{
    QVector<soc::Sample> batch;
    batch.reserve(BatchPoints);
    for (qint64 i = firstIndex; i < firstIndex + BatchPoints; ++i) {
        const QString unit = QString::number(760 + i % 22);
        batch.append(point(unit, StartMs + (i / 22) * MinuteMs, double(i % 1000)));
    }
    return batch;
}

void historyWrite(benchmark::State &state)
{
    QTemporaryDir dir;
    soc::HistoryStore store;
    soc::HistoryError error;
    if (!store.open(dir.filePath(QStringLiteral("history.sqlite")), &error)) {
        state.SkipWithError(qPrintable(error.detail));
        return;
    }
    qint64 next = 0;
    for (auto _ : state) {
        state.PauseTiming();
        const QVector<soc::Sample> batch = batchFrom(next);
        next += BatchPoints;
        state.ResumeTiming();
        if (store.insert(batch, &error) != BatchPoints) {
            state.SkipWithError(qPrintable(error.detail));
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * BatchPoints);
}
BENCHMARK(historyWrite)->Unit(benchmark::kMillisecond);

// The file contains 30 days of one-minute points for each of 22 districts (950,400 points). The
// query reads one district's month and thins it to 2,000 points for a plot.
void historyTrendQuery(benchmark::State &state)
{
    QTemporaryDir dir;
    soc::HistoryStore store;
    soc::HistoryError error;
    if (!store.open(dir.filePath(QStringLiteral("history.sqlite")), &error)) {
        state.SkipWithError(qPrintable(error.detail));
        return;
    }
    constexpr qint64 Minutes = 30 * 24 * 60;
    for (qint64 next = 0; next < Minutes * 22; next += BatchPoints) {
        if (store.insert(batchFrom(next), &error) < 0) {
            state.SkipWithError(qPrintable(error.detail));
            return;
        }
    }

    soc::TrendQuery query;
    query.unit = QStringLiteral("767");
    query.indicator = QStringLiteral("e_result");
    query.fromMs = StartMs;
    query.toMs = StartMs + Minutes * MinuteMs - 1;
    query.maxPoints = 2000;
    qint64 returned = 0;
    for (auto _ : state) {
        const QVector<soc::Sample> points = store.trend(query, &error);
        returned = points.size();
        benchmark::DoNotOptimize(points.data());
    }
    if (error.isError())
        state.SkipWithError(qPrintable(error.detail));
    state.counters["points"] = static_cast<double>(returned);
}
BENCHMARK(historyTrendQuery)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    // QSqlDatabase loads its driver plugins only when an application object exists.
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
