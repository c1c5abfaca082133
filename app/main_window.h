#pragma once

#include "core/dashboard_state.h"
#include "core/language.h"

#include <QMainWindow>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabBar;

namespace soc {

class FeedsPage;
class Localizer;
class OverviewPage;
class AlertsPage;
class TrendLoader;
class UnitDetailPage;
class RankingPage;
class ReplayBar;
class ReplayPage;
class ReplaySource;
class StaleBanner;

// The dashboard window: pages in a stack, the language menu, and a status bar with the feeds'
// connection state and rejected-message count. Receives DashboardState from the feed thread
// through queued signals; never decodes or waits on I/O itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // A persistent window restores and saves the page, indicator and geometry (QSettings); a
    // snapshot's window is not persistent, so it neither reads nor changes the user's choices.
    explicit MainWindow(Localizer *localizer, bool persistent = true, QWidget *parent = nullptr);

    void applyState(DashboardStatePtr state);
    // Shows a page by its command-line name (overview, feeds); false for an unknown name.
    bool showPage(const QString &name);
    static QStringList pageNames();
    OverviewPage *overviewPage() const { return m_overview; }
    FeedsPage *feedsPage() const { return m_feeds; }
    RankingPage *rankingPage() const { return m_ranking; }
    AlertsPage *alertsPage() const { return m_alerts; }
    UnitDetailPage *unitDetailPage() const { return m_unitDetail; }
    ReplayPage *replayPage() const { return m_replayPage; }
    // Opens the Unit Detail page on a unit: the drill-down from a tile, a bar or a row.
    void showUnit(const QString &unitCode);

    // Shows the replay bar for a recording played by `replay` (on the feed thread) and routes
    // its controls there. `startMs` and `endMs` give the recording's time range, `alertMarks`
    // the times of its alert changes.
    void attachReplay(ReplaySource *replay, const QString &name, qint64 startMs, qint64 endMs,
                      const QVector<qint64> &alertMarks = {});
    ReplayBar *replayBar() const { return m_replayBar; }
    QMenu *fileMenu() const { return m_fileMenu; }
    // Shows whether the window's feeds are being recorded, and to which file.
    void setRecording(bool recording, const QString &path);
    void showStatusMessage(const QString &message);

signals:
    void recordingStartRequested(const QString &path);
    void recordingStopRequested();
    void replayRequested(const QString &path);

public:

    // Selects the indicator on every page and remembers it.
    void chooseIndicator(const QString &indicatorId);
    // Write the current page as PNG or the ranking as CSV; false with a message on failure.
    bool exportPagePng(const QString &path, QString *error);
    bool exportRankingCsv(const QString &path, QString *error);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void updateStatusBar();
    void updateCriticalBanner();
    void chooseLanguage(Language language);
    void showAbout();
    void restoreSettings();
    void askExport(bool png);

    Localizer *m_localizer;
    bool m_persistent;
    DashboardStatePtr m_state;
    QTabBar *m_tabs = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    FeedsPage *m_feeds = nullptr;
    RankingPage *m_ranking = nullptr;
    AlertsPage *m_alerts = nullptr;
    UnitDetailPage *m_unitDetail = nullptr;
    ReplayPage *m_replayPage = nullptr;
    TrendLoader *m_trendLoader = nullptr;
    QLabel *m_criticalBanner = nullptr;
    QAction *m_exportPngAction = nullptr;
    QAction *m_openRecordingAction = nullptr;
    QAction *m_startRecordingAction = nullptr;
    QAction *m_stopRecordingAction = nullptr;
    QLabel *m_recordingLabel = nullptr;
    QString m_recordingPath;
    QList<QMetaObject::Connection> m_replayConnections;
    QAction *m_exportCsvAction = nullptr;
    StaleBanner *m_staleBanner = nullptr;
    ReplayBar *m_replayBar = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_vietnameseAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QLabel *m_rejectedLabel = nullptr;
    QLabel *m_unknownLabel = nullptr;
};

} // namespace soc
