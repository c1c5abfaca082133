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

bool saveSnapshotImage(const QImage &image, const DashboardOptions &options, QString *error)
{
    if (image.size() != options.size) {
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
    UnitCatalog units;
    if (!UnitCatalog::loadForDashboard(options.unitCatalog, &units, error))
        return false;
    bool demoOnly = true;
    for (const QString &url : options.feeds)
        demoOnly = demoOnly && url.startsWith(QLatin1String("demo:"));
    const qint64 atMs = options.atMs > 0 ? options.atMs : QDateTime::currentMSecsSinceEpoch();
    FeedWorker worker;
    worker.setUnitCatalog(units);

    RecordingOverview overview;
    qint64 replayedAtMs = 0;
    if (!options.replayPath.isEmpty()) {
        // A recording: the state at --at, or at its end, with no waiting.
        if (!loadRecordingOverview(options.replayPath, &overview, error))
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
        replayedAtMs = replay->currentTimeMs();
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
    const qint64 renderedAtMs = replayedAtMs > 0 ? replayedAtMs
                                : demoOnly       ? atMs
                                                 : QDateTime::currentMSecsSinceEpoch();
    if (options.wall) {
        QImage image;
        return renderWallImage(options, worker.buildState(renderedAtMs), renderedAtMs, &image,
                               error) &&
               saveSnapshotImage(image, options, error);
    }

    MainWindow window(localizer, false);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(options.size);
    window.show();
    window.applyState(worker.buildState(renderedAtMs));
    if (!options.replayPath.isEmpty()) {
        window.replayPage()->setRecording(overview);
        window.replayPage()->setReplayTime(renderedAtMs);
    }
    if (!options.unit.isEmpty())
        window.showUnit(options.unit);
    window.showPage(options.page);
    if (!options.indicator.isEmpty())
        window.chooseIndicator(options.indicator);
    QApplication::processEvents();

    return saveSnapshotImage(window.grab().toImage(), options, error);
}

} // namespace soc
