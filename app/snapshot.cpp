#include "app/snapshot.h"

#include "app/main_window.h"
#include "app/recording_overview.h"
#include "app/wall_mode.h"
#include "feed/demo_source.h"
#include "feed/feed_hub.h"
#include "feed/feed_source.h"
#include "feed/feed_worker.h"
#include "feed/replay_source.h"
#include "widgets/replay_page.h"

#include <QApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QTimer>
#include <QImage>
#include <QPixmap>

namespace soc {

namespace {

// The content of a headless render: the state, and the recording with its replay time when
// the options name one.
struct RenderedState
{
    DashboardStatePtr state;
    RecordingOverview overview;
    qint64 replayedAtMs = 0; // 0 without a recording
    qint64 atMs = 0;         // the moment the state shows
};

// Builds the state of a headless render: a recording at --at or at its end, the demo's
// picture at options.atMs, or what live feeds sent during options.waitSeconds. Returns false
// with a message on failure.
bool collectState(const DashboardOptions &options, RenderedState *rendered, QString *error)
{
    UnitCatalog units;
    if (!UnitCatalog::loadForDashboard(options.unitCatalog, &units, error))
        return false;
    bool demoOnly = true;
    for (const QString &url : options.feeds)
        demoOnly = demoOnly && url.startsWith(QLatin1String("demo:"));
    const qint64 atMs = options.atMs > 0 ? options.atMs : QDateTime::currentMSecsSinceEpoch();
    FeedWorker worker;
    worker.setUnitCatalog(units);

    if (!options.replayPath.isEmpty()) {
        // A recording: the state at --at, or at its end, with no waiting.
        if (!loadRecordingOverview(options.replayPath, &rendered->overview, error))
            return false;
        auto *replay = new ReplaySource(QStringLiteral("file:") + options.replayPath,
                                        options.replayPath);
        worker.addSource(replay);
        worker.setClock([replay] { return replay->currentTimeMs(); });
        if (!replay->open(error))
            return false;
        if (!replay->seek(options.atMs > 0 ? options.atMs : replay->endTimeMs())) {
            *error = QStringLiteral("reading %1 failed; run soc-feed inspect on it")
                         .arg(options.replayPath);
            return false;
        }
        rendered->replayedAtMs = replay->currentTimeMs();
    } else if (demoOnly) {
        // The demo's picture at a fixed moment: the same arguments give the same image.
        worker.setClock([atMs] { return atMs; });
        for (const QString &url : options.feeds) {
            quint64 seed = 0;
            if (!DemoSource::parseUrl(url, &seed, error))
                return false;
            auto *source = new DemoSource(url, seed, units);
            worker.addSource(source);
            source->deliverPicture(atMs);
        }
    } else {
        // Live feeds: connect from this thread, collect for the wait, render what arrived.
        for (const QString &url : options.feeds) {
            FeedSource *source = FeedHub::createSource(url, units, error);
            if (!source)
                return false;
            worker.addSource(source);
        }
        worker.start();
        QEventLoop loop;
        QTimer::singleShot(options.waitSeconds * 1000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const qint64 renderedAtMs = rendered->replayedAtMs > 0 ? rendered->replayedAtMs
                                : demoOnly                 ? atMs
                                                           : QDateTime::currentMSecsSinceEpoch();
    rendered->atMs = renderedAtMs;
    rendered->state = worker.buildState(renderedAtMs);
    return true;
}

// Lays out an offscreen window of the options' size on the rendered state, as a snapshot
// shows it.
void setUpWindow(MainWindow *window, const DashboardOptions &options,
                 const RenderedState &rendered)
{
    window->setAttribute(Qt::WA_DontShowOnScreen);
    window->resize(options.size);
    window->show();
    window->applyState(rendered.state);
    if (!options.replayPath.isEmpty()) {
        window->replayPage()->setRecording(rendered.overview);
        window->replayPage()->setReplayTime(rendered.replayedAtMs);
    }
    window->setTimeRange(options.range);
    if (!options.unit.isEmpty())
        window->showUnit(options.unit);
    window->showPage(options.page);
    if (!options.indicator.isEmpty())
        window->chooseIndicator(options.indicator);
    QApplication::processEvents();
}

// True when `code` is a unit of the catalog or one that reported; else sets `error`.
bool checkUnit(const DashboardState &state, const QString &code, QString *error)
{
    if (state.units->find(code) || state.figures.contains(code))
        return true;
    *error = QCoreApplication::translate("soc::CommandLine",
                                         "unknown --unit '%1'; give a code of the unit "
                                         "catalog, such as %2")
                 .arg(code, state.units->children(state.units->primaryRoot()).value(0));
    return false;
}

// Writes the PNG. With QT_SCALE_FACTOR or a high-density screen the image has more pixels than
// the window; its size in device-independent pixels is the window's.
bool saveSnapshotImage(const QImage &image, const DashboardOptions &options, QString *error)
{
    if (image.deviceIndependentSize().toSize() != options.size) {
        *error = QStringLiteral("the window rendered at %1x%2 instead of %3x%4")
                     .arg(image.width())
                     .arg(image.height())
                     .arg(options.size.width())
                     .arg(options.size.height());
        return false;
    }
    if (!image.save(options.snapshotPath, "PNG")) {
        *error = QStringLiteral("cannot write %1; check that the folder exists and is writable")
                     .arg(options.snapshotPath);
        return false;
    }
    return true;
}

} // namespace

bool renderSnapshot(const DashboardOptions &options, Localizer *localizer, QString *error)
{
    RenderedState rendered;
    if (!collectState(options, &rendered, error))
        return false;
    if (!options.unit.isEmpty() && !checkUnit(*rendered.state, options.unit, error))
        return false;
    if (options.wall) {
        QImage image;
        return renderWallImage(options, rendered.state, rendered.atMs, &image, error) &&
               saveSnapshotImage(image, options, error);
    }
    MainWindow window(localizer, false);
    setUpWindow(&window, options, rendered);
    return saveSnapshotImage(window.grab().toImage(), options, error);
}

bool renderReport(const DashboardOptions &options, Localizer *localizer, QString *error)
{
    RenderedState rendered;
    if (!collectState(options, &rendered, error))
        return false;
    for (const QString &code : options.units) {
        if (!checkUnit(*rendered.state, code, error))
            return false;
    }
    MainWindow window(localizer, false);
    setUpWindow(&window, options, rendered);
    return window.exportReport(options.reportPath, options.units, error);
}

} // namespace soc
