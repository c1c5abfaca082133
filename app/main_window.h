#pragma once

#include "app/navigation_history.h"
#include "core/dashboard_state.h"
#include "core/language.h"
#include "models/time_range.h"

#include <QMainWindow>

class QAbstractItemModel;
class QAbstractItemView;
class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabBar;
class QTableView;
class QToolBar;

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

    // Back and forward across page switches and drill-downs: the toolbar, Alt+Left and
    // Alt+Right, and the mouse's back and forward buttons.
    void goBack();
    void goForward();
    const NavigationHistory &history() const { return m_history; }
    QToolBar *navigationBar() const { return m_navigationBar; }

    // Sets the time range of every trend plot and remembers it.
    void setTimeRange(const soc::TimeRange &range);
    const TimeRange &timeRange() const;

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
    // Writes a table as it is shown (sorted and filtered) as CSV; false with a message.
    bool exportTableCsv(const QAbstractItemModel &model, const QString &path, QString *error);
    // The tables and trees of the page on screen, in creation order.
    QList<QAbstractItemView *> currentTables() const;
    // Writes the PDF report of the overview and the given units in the current language, with
    // the time range of the plots. Returns false with a message on failure.
    bool exportReport(const QString &path, const QStringList &units, QString *error);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
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
    void askExportPng();
    void askTableExport(QAbstractItemView *table);
    void askReport();
    void createNavigation();
    void addTableExportActions();
    Location currentLocation() const;
    void recordLocation();
    void navigateTo(const Location &location);
    void updateNavigationActions();

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
    QAction *m_reportAction = nullptr;
    QList<QAction *> m_tableExportActions; // one in each table's context menu
    NavigationHistory m_history;
    bool m_navigating = false; // true while back or forward moves, so the move is not recorded
    QToolBar *m_navigationBar = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QMenu *m_goMenu = nullptr;
    QList<QAction *> m_pageActions;
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
