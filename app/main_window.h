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
class StaleBanner;

// The dashboard window: pages in a stack, the language menu, and a status bar with the feeds'
// connection state and rejected-message count. Receives DashboardState from the feed thread
// through queued signals; never decodes or waits on I/O itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Localizer *localizer, QWidget *parent = nullptr);

    void applyState(DashboardStatePtr state);
    // Shows a page by its command-line name (overview, feeds); false for an unknown name.
    bool showPage(const QString &name);
    static QStringList pageNames();
    OverviewPage *overviewPage() const { return m_overview; }
    FeedsPage *feedsPage() const { return m_feeds; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createMenus();
    void retranslate();
    void updateStatusBar();
    void chooseLanguage(Language language);
    void showAbout();

    Localizer *m_localizer;
    DashboardStatePtr m_state;
    QTabBar *m_tabs = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    FeedsPage *m_feeds = nullptr;
    StaleBanner *m_staleBanner = nullptr;
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
