// Unit Detail repaint at 3840x2160 offscreen with 30 days of one-minute history in its two
// plots, next to bare QCustomPlot widgets of the same sizes drawing the same points. The ratio
// of the two is the page's own overhead: tables, labels, tracers and styling.

#include "support/demo_state.h"
#include "widgets/unit_detail_page.h"

#include <qcustomplot.h>

#include <QApplication>
#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
const QSize WallSize(3840, 2160);

// One point a minute over [fromMs, toMs], at most `count` of them, ending at toMs, with values
// that wander like a daily ratio.
soc::TrendSeries minuteSeries(const QString &unit, const QString &indicator, qint64 fromMs,
                              qint64 toMs, int count)
{
    soc::TrendSeries series;
    series.unit = unit;
    series.indicator = indicator;
    series.fromMs = fromMs;
    series.toMs = toMs;
    series.points.reserve(count);
    for (int i = count - 1; i >= 0; --i) {
        const qint64 atMs = toMs - i * MinuteMs;
        if (atMs >= fromMs)
            series.points.append({atMs, 70.0 + 10.0 * std::sin(atMs / 3.6e6) + (i % 7)});
    }
    return series;
}

// The page on the demo state at 3840x2160, last 30 days, shown offscreen. Each series matches
// a request that the page made, with `points` points, or with as many as the page requested
// (one per pixel of plot width) when `points` is 0.
struct PageFixture
{
    soc::UnitDetailPage page;
    QList<soc::TrendSeries> series;

    explicit PageFixture(int points)
    {
        page.setAttribute(Qt::WA_DontShowOnScreen);
        page.resize(WallSize);
        QList<soc::TrendSeries> requests;
        QObject::connect(&page, &soc::UnitDetailPage::trendRequested, &page,
                         [&requests, points](const QString &unit, const QString &indicator,
                                             qint64 fromMs, qint64 toMs, int maxPoints) {
                             requests.append(minuteSeries(unit, indicator, fromMs, toMs,
                                                          points > 0 ? points : maxPoints));
                         });
        page.show();
        page.setUnit(QStringLiteral("760"));
        page.setTimeRange(soc::TimeRange::preset(soc::TimeRange::Kind::Last30Days));
        page.setState(soc::test::demoState());
        QApplication::processEvents();
        // Only the latest request of each indicator counts.
        for (const soc::TrendSeries &request : std::as_const(requests)) {
            series.erase(std::remove_if(series.begin(), series.end(),
                                        [&request](const soc::TrendSeries &s) {
                                            return s.indicator == request.indicator;
                                        }),
                         series.end());
            series.append(request);
        }
        for (const soc::TrendSeries &each : std::as_const(series))
            page.setTrend(each);
    }
};

// New points arrive for both plots, and the whole page is painted.
void unitDetailRepaint(benchmark::State &state)
{
    PageFixture fixture(int(state.range(0)));
    QImage image(WallSize, QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        for (const soc::TrendSeries &series : std::as_const(fixture.series))
            fixture.page.setTrend(series);
        fixture.page.render(&image);
    }
    state.counters["points_per_plot"] = double(fixture.series.value(0).points.size());
}

// The same points in bare QCustomPlot widgets of the page's plot sizes: set the data, replot,
// paint. Nothing else is drawn. With `widePen`, the line is drawn as the page draws sparse
// points, 2 pixels wide per 1920 pixels of page width with markers, whatever the density.
void drawPlotsAlone(benchmark::State &state, bool widePen)
{
    PageFixture fixture(int(state.range(0)));
    QList<QCustomPlot *> plots;
    QList<QImage> images;
    for (QCustomPlot *source : {fixture.page.trendPlot(), fixture.page.backlogPlot()}) {
        auto *plot = new QCustomPlot;
        plot->setAttribute(Qt::WA_DontShowOnScreen);
        plot->resize(source->size());
        plot->addGraph();
        // The page's pen and markers, which depend on how dense the points are.
        plot->graph(0)->setScatterStyle(source->graph(0)->scatterStyle());
        plot->graph(0)->setPen(source->graph(0)->pen());
        if (widePen) {
            plot->graph(0)->setPen(QPen(QColor(0x56, 0xb4, 0xe9), 4));
            plot->graph(0)->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 8));
        }
        plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerDateTime>::create());
        plot->show();
        plots.append(plot);
        images.append(QImage(source->size(), QImage::Format_ARGB32_Premultiplied));
    }
    for (auto _ : state) {
        for (int i = 0; i < plots.size() && i < fixture.series.size(); ++i) {
            // The page converts its points to keys and values as well, so this does too.
            const soc::TrendSeries &series = fixture.series.at(i);
            QVector<double> keys;
            QVector<double> values;
            keys.reserve(series.points.size());
            values.reserve(series.points.size());
            for (const soc::TrendPoint &point : series.points) {
                keys.append(point.atMs / 1000.0);
                values.append(point.value);
            }
            QCustomPlot *plot = plots.at(i);
            plot->graph(0)->setData(keys, values, true);
            plot->xAxis->setRange(series.fromMs / 1000.0, series.toMs / 1000.0);
            plot->yAxis->setRange(0, 100);
            plot->replot();
            plot->render(&images[i]);
        }
    }
    qDeleteAll(plots);
}

void customPlotAlone(benchmark::State &state)
{
    drawPlotsAlone(state, false);
}

void customPlotWidePen(benchmark::State &state)
{
    drawPlotsAlone(state, true);
}

} // namespace

// 43,200 points is 30 days of one-minute history. 0 gives each plot the number of points the
// page requests, one per pixel of the plot's width, as the history returns them thinned. 60
// points, hourly over 2.5 days, are sparse enough for the page to draw a marker on each.
BENCHMARK(unitDetailRepaint)->Arg(43200)->Arg(0)->Arg(60)->Unit(benchmark::kMillisecond);
BENCHMARK(customPlotAlone)->Arg(43200)->Arg(0)->Arg(60)->Unit(benchmark::kMillisecond);
BENCHMARK(customPlotWidePen)->Arg(43200)->Arg(0)->Unit(benchmark::kMillisecond);

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
