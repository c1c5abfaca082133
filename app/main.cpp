#include "app/command_line.h"
#include "app/localizer.h"
#include "app/logging.h"
#include "app/main_window.h"
#include "app/recording_control.h"
#include "app/snapshot.h"
#include "app/theme.h"
#include "feed/feed_hub.h"
#include "feed/replay_source.h"
#include "storage/recording.h"
#include "widgets/alerts_page.h"

#include <QApplication>
#include <QFileInfo>

#include <cstdio>

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

    if (noDisplay) {
        std::fprintf(stderr, "soc-dashboard: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "soc::CommandLine",
                         "no display found (DISPLAY and WAYLAND_DISPLAY are not set); run it in "
                         "a desktop session, under xvfb-run, or render a page with --snapshot")));
        return 2;
    }

    // A recording is checked here, before any window, so that a bad file gets a plain error.
    soc::RecordingReader recording;
    if (!options.replayPath.isEmpty() && !recording.open(options.replayPath, &error)) {
        std::fprintf(stderr, "soc-dashboard: %s\n", qPrintable(error));
        return 1;
    }

    soc::FeedHub hub;
    soc::MainWindow window(&localizer);
    QObject::connect(&hub, &soc::FeedHub::stateReady, &window, &soc::MainWindow::applyState);
    if (!hub.start(options.feeds, options.unitCatalog, &error)) {
        std::fprintf(stderr, "soc-dashboard: %s\n", qPrintable(error));
        return 2;
    }
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
    }

    // Recording the running feeds, from the File menu.
    soc::RecordingControl recorder(&hub);
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

    // Opening a recording replaces the running feeds with its replay.
    QObject::connect(&window, &soc::MainWindow::replayRequested, &hub, [&](const QString &path) {
        QString message;
        soc::RecordingReader opened;
        if (!opened.open(path, &message)) {
            window.showStatusMessage(message);
            return;
        }
        recorder.stop(&message);
        hub.stop();
        if (!hub.start({QStringLiteral("file:") + path}, options.unitCatalog, &message)) {
            window.showStatusMessage(message);
            return;
        }
        if (soc::ReplaySource *replay = hub.replaySource())
            window.attachReplay(replay, QFileInfo(path).fileName(), opened.firstReceivedMs(),
                                opened.lastReceivedMs());
    });

    window.show();
    const int status = app.exec();
    QString message;
    recorder.stop(&message);
    hub.stop();
    return status;
}
