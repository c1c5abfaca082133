#include "app/command_line.h"
#include "app/live_rewind.h"
#include "app/localizer.h"
#include "app/logging.h"
#include "app/main_window.h"
#include "app/recording_actions.h"
#include "app/recording_control.h"
#include "app/snapshot.h"
#include "app/theme.h"
#include "app/wall_mode.h"
#include "feed/feed_hub.h"
#include "feed/replay_source.h"
#include "storage/recording.h"
#include "widgets/alerts_page.h"
#include "widgets/replay_bar.h"
#include "widgets/replay_page.h"

#include <QApplication>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

namespace {

bool simulatedFeeds(const QStringList &urls)
{
    if (urls.isEmpty())
        return true;
    for (const QString &url : urls) {
        if (url.startsWith(QLatin1String("demo:")))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // Snapshots, --help and --version need no display: choose the offscreen platform before Qt
    // picks one.
    // Without any display, the arguments are still parsed offscreen so that a mistake gets its
    // own message rather than Qt's failure to find a platform.
    const bool noDisplay = !soc::displayAvailable();
    if (soc::argumentsNeedNoDisplay(argc, argv) || noDisplay)
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("soc-dashboard"));
    QApplication::setOrganizationName(QStringLiteral("soc-dashboard"));
    QApplication::setApplicationVersion(QStringLiteral(SOC_VERSION));
    soc::installLogging("soc-dashboard");
    soc::applyTheme(app);

    soc::Localizer localizer;
    const soc::Language language = soc::languageArgument(QCoreApplication::arguments())
                                       .value_or(soc::Localizer::initialLanguage());
    if (!localizer.setLanguage(language)) {
        std::fprintf(stderr, "soc-dashboard: the %s translations are missing from this build\n",
                     qPrintable(soc::languageCode(language)));
        return 1;
    }

    soc::DashboardOptions options;
    QString error;
    if (!soc::parseDashboardOptions(app, &options, &error)) {
        std::fprintf(stderr, "soc-dashboard: %s\n", qPrintable(error));
        return 2;
    }

    if (!options.snapshotPath.isEmpty()) {
        if (!soc::renderSnapshot(options, &localizer, &error)) {
            std::fprintf(stderr, "soc-dashboard: snapshot failed: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }

    if (!options.reportPath.isEmpty()) {
        if (!soc::renderReport(options, &localizer, &error)) {
            std::fprintf(stderr, "soc-dashboard: report failed: %s\n", qPrintable(error));
            return 1;
        }
        return 0;
    }

    if (noDisplay) {
        std::fprintf(stderr, "soc-dashboard: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "soc::CommandLine",
                         "no display found (DISPLAY and WAYLAND_DISPLAY are not set); run it in "
                         "a desktop session, under xvfb-run, or render a page with --snapshot")));
        return 2;
    }

    if (options.wall)
        return soc::runWall(options, &localizer);

    // A recording is checked here, before any window, so that a bad file gets a plain error.
    soc::RecordingReader recording;
    if (!options.replayPath.isEmpty() && !recording.open(options.replayPath, &error)) {
        std::fprintf(stderr, "soc-dashboard: %s\n", qPrintable(error));
        return 1;
    }

    soc::FeedHub hub;
    soc::MainWindow window(&localizer);
    // States reach the window through live rewind, which passes live ones on unless the
    // display is paused or rewound.
    soc::LiveRewind rewind(&hub);
    rewind.setUnitCatalogPath(options.unitCatalog);
    QObject::connect(&hub, &soc::FeedHub::stateReady, &rewind, &soc::LiveRewind::applyLiveState);
    QObject::connect(&rewind, &soc::LiveRewind::stateReady, &window,
                     &soc::MainWindow::applyState);
    QObject::connect(&rewind, &soc::LiveRewind::errorOccurred, &window,
                     &soc::MainWindow::showStatusMessage);
    if (!hub.start(options.feeds, options.unitCatalog, &error)) {
        std::fprintf(stderr, "soc-dashboard: %s\n", qPrintable(error));
        return 2;
    }
    // NOTE: while the display is rewound, these still act on the live alerts, so an alert that
    // is no longer live is reported as unknown in the log.
    QObject::connect(window.alertsPage(), &soc::AlertsPage::acknowledgeRequested, &hub,
                     &soc::FeedHub::acknowledgeAlerts);
    QObject::connect(window.alertsPage(), &soc::AlertsPage::shelveRequested, &hub,
                     &soc::FeedHub::shelveAlerts);
    QObject::connect(window.alertsPage(), &soc::AlertsPage::unshelveRequested, &hub,
                     &soc::FeedHub::unshelveAlerts);
    if (soc::ReplaySource *replay = hub.replaySource()) {
        window.attachReplay(replay, QFileInfo(options.replayPath).fileName(),
                            recording.firstReceivedMs(), recording.lastReceivedMs());
        recording.close();
    } else {
        rewind.attachBar(window.replayBar());
        rewind.watchInteraction(&window);
        if (!rewind.start(soc::LiveRewind::defaultPath(simulatedFeeds(options.feeds)), &error))
            window.showStatusMessage(error);
    }

    // Recording the running feeds, from the File menu.
    soc::RecordingControl recorder(&hub);
    soc::UnitCatalog startUnits;
    if (soc::UnitCatalog::loadForDashboard(options.unitCatalog, &startUnits, &error))
        recorder.setUnitCatalog(startUnits);
    QObject::connect(&recorder, &soc::RecordingControl::recordingChanged, &window,
                     &soc::MainWindow::setRecording);
    QObject::connect(&recorder, &soc::RecordingControl::errorOccurred, &window,
                     &soc::MainWindow::showStatusMessage);
    QObject::connect(&window, &soc::MainWindow::recordingStartRequested, &recorder,
                     [&](const QString &path) {
                         QString message;
                         if (!recorder.start(path, &message))
                             window.showStatusMessage(message);
                     });
    QObject::connect(&window, &soc::MainWindow::recordingStopRequested, &recorder, [&] {
        QString message;
        if (!recorder.stop(&message))
            window.showStatusMessage(message);
    });

    // Opening a recording replaces the running feeds with its replay, once the file has been
    // checked and summarized behind a progress dialog.
    soc::RecordingActions fileActions(&window);
    QString replayingPath = hub.replaySource() ? options.replayPath : QString();
    QObject::connect(&window, &soc::MainWindow::replayRequested, &fileActions,
                     &soc::RecordingActions::openRecording);
    QObject::connect(
        &fileActions, &soc::RecordingActions::recordingOpened, &hub,
        [&](const QString &path, const soc::RecordingOverview &overview) {
            QVector<qint64> marks;
            for (const soc::RecordingOverview::AlertChange &change : overview.alertChanges)
                marks.append(change.atMs);
            window.replayPage()->setRecording(overview);
            if (path == replayingPath) {
                window.replayBar()->setAlertMarks(marks);
                return;
            }
            QString message;
            recorder.stop(&message);
            rewind.stop();
            hub.stop();
            if (!hub.start({QStringLiteral("file:") + path}, options.unitCatalog, &message)) {
                window.showStatusMessage(message);
                return;
            }
            replayingPath = path;
            if (soc::ReplaySource *replay = hub.replaySource())
                window.attachReplay(replay, overview.name, overview.startMs, overview.endMs,
                                    marks);
        });
    // The replay from the command line is already playing; its page and alert marks follow.
    if (!replayingPath.isEmpty()) {
        QTimer::singleShot(0, &fileActions,
                           [&fileActions, &replayingPath] {
                               fileActions.openRecording(replayingPath);
                           });
    }

    window.show();
    const int status = app.exec();
    QString message;
    recorder.stop(&message);
    rewind.stop();
    hub.stop();
    return status;
}
