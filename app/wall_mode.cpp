#include "app/wall_mode.h"

#include "app/live_rewind.h"
#include "app/localizer.h"
#include "feed/feed_hub.h"
#include "feed/replay_source.h"
#include "storage/app_paths.h"
#include "storage/recording.h"
#include "widgets/wall_scale.h"
#include "widgets/wall_window.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QLoggingCategory>
#include <QScreen>
#include <QWindow>

#include <algorithm>
#include <cstdio>

namespace soc {

Q_LOGGING_CATEGORY(lcWallMode, "soc.wall.mode", QtWarningMsg)

WallPlaylist loadWallPlaylist(const QString &path, QString *error)
{
    error->clear();
    if (path.isEmpty())
        return WallPlaylist::builtIn();
    WallPlaylist playlist;
    QString reason;
    if (!WallPlaylist::load(path, &playlist, &reason)) {
        // The file, line and reason first: a banner cut at the screen's edge keeps them.
        *error = QCoreApplication::translate("soc::WallMode",
                                             "%1 (playlist rejected; the default one is shown)")
                     .arg(reason);
        return WallPlaylist::builtIn();
    }
    return playlist;
}

QScreen *wallScreen(int index, QString *error)
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    if (index < 0 && QGuiApplication::primaryScreen())
        return QGuiApplication::primaryScreen();
    if (index >= 0 && index < screens.size())
        return screens.at(index);
    QStringList names;
    for (int i = 0; i < screens.size(); ++i) {
        const QRect geometry = screens.at(i)->geometry();
        names << QStringLiteral("%1 (%2, %3x%4)")
                     .arg(i)
                     .arg(screens.at(i)->name())
                     .arg(geometry.width())
                     .arg(geometry.height());
    }
    *error = QCoreApplication::translate("soc::WallMode",
                                         "screen %1 does not exist; give --screen one of: %2")
                 .arg(index)
                 .arg(names.isEmpty() ? QStringLiteral("-") : names.join(QStringLiteral(", ")));
    return nullptr;
}

QString wallPositionPath(int screen)
{
    const QString folder = stateDirectory();
    if (folder.isEmpty())
        return QString();
    const QString name = screen < 0 ? QStringLiteral("wall-position.json")
                                    : QStringLiteral("wall-position-screen-%1.json").arg(screen);
    return QDir(folder).filePath(name);
}

namespace {

// The playlist's screen_width_mm, when given, stands for what the screen reports. On a real
// screen (`onScreen`), a size that is missing or set aside is shown in the banner, because the
// type then rests on an assumption that the installer should replace with screen_width_mm.
void applyTypeScale(WallWindow *window, const QSize &size, QSizeF physical, double devicePixelRatio,
                    const WallPlaylist &playlist, bool onScreen)
{
    const double width = playlist.screenWidthMillimetres;
    if (width > 0)
        physical = QSizeF(width, width * size.height() / std::max(1, size.width()));
    const double distance = playlist.viewingDistanceMetres;
    const WallTypeScale scale =
        wallTypeScale(size, physical, devicePixelRatio, distance, width > 0);
    window->setTextPixels(scale.textPixels);
    qCInfo(lcWallMode) << "wall type:" << scale.textPixels << "px at" << scale.millimetresPerPixel
                       << "mm per pixel, legible from" << scale.legibleFromMetres << "m";
    if (!scale.sizeReported && onScreen) {
        qCWarning(lcWallMode) << "the screen reports" << physical.width()
                              << "mm across, no size for a wall; assuming the pitch of a 55-inch "
                                 "1080p panel (set screen_width_mm to correct it)";
        window->showError(QCoreApplication::translate(
            "soc::WallMode", "Screen size unknown: type sized for 55-inch 1080p panels; give "
                             "the wall's width in screen_width_mm"));
    }
    if (scale.legibleFromMetres < distance * 0.95) {
        window->showError(QCoreApplication::translate(
                              "soc::WallMode", "Type legible from %1 m, not %2 m: screen too "
                                               "small, or give its width in screen_width_mm")
                              .arg(QLocale().toString(scale.legibleFromMetres, 'f', 1),
                                   QLocale().toString(distance, 'f', 1)));
    }
}

bool simulatedFeeds(const QStringList &urls)
{
    for (const QString &url : urls) {
        if (url.startsWith(QLatin1String("demo:")))
            return true;
    }
    return urls.isEmpty();
}

// States reach the wall through live rewind, which passes live ones on unless someone at the
// wall paused or rewound it with the replay bar.
void connectHub(FeedHub *hub, LiveRewind *rewind, WallWindow *window)
{
    QObject::connect(hub, &FeedHub::stateReady, rewind, &LiveRewind::applyLiveState);
    QObject::connect(rewind, &LiveRewind::stateReady, window, &WallWindow::applyState);
    QObject::connect(rewind, &LiveRewind::errorOccurred, window, &WallWindow::showError);
    QObject::connect(rewind, &LiveRewind::liveChanged, window,
                     [window](bool live) { window->setRewound(!live); });
    QObject::connect(window, &WallWindow::returnToLiveRequested, rewind, &LiveRewind::returnToLive);
    for (auto signal : {&FeedHub::historyErrorOccurred, &FeedHub::historyWarningOccurred,
                        &FeedHub::alertHistoryErrorOccurred, &FeedHub::alertHistoryWarningOccurred})
        QObject::connect(hub, signal, window, &WallWindow::showError);
}

} // namespace

int runWall(const DashboardOptions &options, Localizer *localizer)
{
    QString error;
    QScreen *screen = wallScreen(options.screen, &error);
    if (!screen) {
        std::fprintf(stderr, "soc-dashboard: %s\n", qPrintable(error));
        return 2;
    }
    RecordingReader recording;
    if (!options.replayPath.isEmpty() && !recording.open(options.replayPath, &error)) {
        std::fprintf(stderr, "soc-dashboard: %s\n", qPrintable(error));
        return 1;
    }
    recording.close();

    QString playlistError;
    const WallPlaylist playlist = loadWallPlaylist(options.playlistPath, &playlistError);
    WallWindow window(playlist, wallPositionPath(options.screen));
    applyTypeScale(&window, screen->geometry().size(), screen->physicalSize(),
                   screen->devicePixelRatio(), playlist, true);
    if (!playlistError.isEmpty()) {
        std::fprintf(stderr, "soc-dashboard: %s\n", qPrintable(playlistError));
        window.showError(playlistError);
    }
    // The playlist's languages switch the display for the session only; the saved choice of
    // the workstation stays.
    QObject::connect(&window, &WallWindow::languageRequested, localizer,
                     [localizer](Language language) { localizer->setLanguage(language); });

    FeedHub hub;
    LiveRewind rewind(&hub);
    rewind.setUnitCatalogPath(options.unitCatalog);
    // Both the wall and live rewind count return_to_live_s from the last input.
    rewind.setReturnToLiveSeconds(playlist.returnToLiveSeconds);
    connectHub(&hub, &rewind, &window);
    if (!hub.start(options.feeds, options.unitCatalog, &error)) {
        std::fprintf(stderr, "soc-dashboard: %s\n", qPrintable(error));
        return 2;
    }
    if (ReplaySource *replay = hub.replaySource()) {
        // A wall that shows a recording plays it in a loop; the header marks it REPLAY.
        QMetaObject::invokeMethod(replay, [replay] {
            replay->setLoop(true);
            replay->play();
        });
    } else {
        rewind.attachBar(window.replayBar());
        rewind.watchInteraction(&window);
        window.setRewindControlEnabled(true);
        const QString role = options.screen < 0
                                 ? QStringLiteral("wall")
                                 : QStringLiteral("wall-screen-%1").arg(options.screen);
        if (!rewind.start(LiveRewind::defaultPath(simulatedFeeds(options.feeds), role), &error))
            window.showError(error);
    }

    window.setGeometry(screen->geometry());
    window.createWinId();
    window.windowHandle()->setScreen(screen);
    window.showFullScreen();
    window.poll();
    const int status = QApplication::exec();
    rewind.stop();
    hub.stop();
    return status;
}

bool renderWallImage(const DashboardOptions &options, const DashboardStatePtr &state, qint64 nowMs,
                     QImage *image, QString *error)
{
    QString playlistError;
    const WallPlaylist playlist = loadWallPlaylist(options.playlistPath, &playlistError);
    WallWindow window(playlist);
    // The clock is the wall's own time; a replay shows its moment in the REPLAY mark.
    const qint64 clockMs =
        options.replayPath.isEmpty() ? nowMs : QDateTime::currentMSecsSinceEpoch();
    window.setClock([clockMs] { return clockMs; });
    applyTypeScale(&window, options.size, QSizeF(), 1.0, playlist, false);
    if (!playlistError.isEmpty())
        window.showError(playlistError);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(options.size);
    window.show();
    window.applyState(state);
    window.poll();
    QApplication::processEvents();
    *image = window.grab().toImage();
    if (image->isNull()) {
        *error = QStringLiteral("the wall window rendered no image");
        return false;
    }
    return true;
}

} // namespace soc
