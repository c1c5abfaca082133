#include "app/main_window.h"

#include "app/localizer.h"
#include "app/report_writer.h"
#include "models/display_format.h"
#include "models/feeds_model.h"
#include "app/trend_loader.h"
#include "widgets/alerts_page.h"
#include "widgets/unit_detail_page.h"
#include "widgets/feeds_page.h"
#include "models/csv_export.h"
#include "models/ranking_model.h"
#include "widgets/overview_page.h"
#include "feed/replay_source.h"
#include "widgets/ranking_page.h"
#include "widgets/replay_bar.h"
#include "widgets/replay_page.h"
#include "widgets/stale_banner.h"
#include "widgets/page_scale.h"
#include "widgets/report_dialog.h"
#include "widgets/tile_map_widget.h"

#include <QAction>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QInputDialog>
#include <QMouseEvent>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QTreeView>
#include <QToolBar>
#include <QVBoxLayout>

namespace soc {

namespace {

// `key` followed by the platform's other keys for `standard`, each once: a key listed twice
// makes Qt reject the shortcut as ambiguous.
QList<QKeySequence> withPlatformKeys(QKeyCombination key, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> keys = {QKeySequence(key)};
    for (const QKeySequence &platformKey : QKeySequence::keyBindings(standard)) {
        if (!keys.contains(platformKey))
            keys.append(platformKey);
    }
    return keys;
}

// The table and tree views under `parent`, leaving out the list views of combo box popups.
QList<QAbstractItemView *> tablesOf(const QWidget *parent)
{
    QList<QAbstractItemView *> tables;
    for (QAbstractItemView *view : parent->findChildren<QAbstractItemView *>()) {
        if (qobject_cast<QTableView *>(view) || qobject_cast<QTreeView *>(view))
            tables.append(view);
    }
    return tables;
}

} // namespace

MainWindow::MainWindow(Localizer *localizer, bool persistent, QWidget *parent)
    : QMainWindow(parent), m_localizer(localizer), m_persistent(persistent)
{
    auto *central = new QWidget(this);
    m_staleBanner = new StaleBanner(central);
    m_replayBar = new ReplayBar(central);
    m_replayBar->setVisible(false);
    m_criticalBanner = new QLabel(central);
    m_criticalBanner->setObjectName(QStringLiteral("criticalBanner"));
    m_criticalBanner->setTextFormat(Qt::PlainText);
    m_criticalBanner->setAlignment(Qt::AlignCenter);
    m_criticalBanner->setStyleSheet(QStringLiteral(
        "QLabel#criticalBanner { background: #d55e00; color: white; font-weight: bold; "
        "padding: 0.3em; }"));
    m_criticalBanner->setVisible(false);
    m_tabs = new QTabBar(central);
    m_tabs->setObjectName(QStringLiteral("pageTabs"));
    m_tabs->setExpanding(false);
    m_tabs->setDrawBase(false);
    m_pages = new QStackedWidget(central);
    m_overview = new OverviewPage(m_pages);
    m_ranking = new RankingPage(m_pages);
    m_unitDetail = new UnitDetailPage(m_pages);
    m_alerts = new AlertsPage(m_pages);
    m_feeds = new FeedsPage(m_pages);
    m_replayPage = new ReplayPage(m_pages);
    // In the order of pageNames().
    for (QWidget *page : {static_cast<QWidget *>(m_overview), static_cast<QWidget *>(m_ranking),
                          static_cast<QWidget *>(m_unitDetail), static_cast<QWidget *>(m_alerts),
                          static_cast<QWidget *>(m_feeds), static_cast<QWidget *>(m_replayPage)}) {
        m_pages->addWidget(page);
        m_tabs->addTab(QString());
    }
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int index) {
        m_pages->setCurrentIndex(index);
        recordLocation();
        if (m_persistent)
            QSettings().setValue(QStringLiteral("ui/page"), pageNames().value(index));
    });
    // One chosen indicator for the map, the cards and the ranking, kept across restarts.
    connect(m_overview, &OverviewPage::indicatorChanged, this, &MainWindow::chooseIndicator);
    connect(m_ranking, &RankingPage::indicatorChanged, this, &MainWindow::chooseIndicator);
    // Drill-down from the city to a unit; trends are queried off the UI thread.
    connect(m_overview, &OverviewPage::unitActivated, this, &MainWindow::showUnit);
    connect(m_ranking, &RankingPage::unitActivated, this, &MainWindow::showUnit);
    connect(m_unitDetail, &UnitDetailPage::unitActivated, this, &MainWindow::showUnit);
    connect(m_unitDetail, &UnitDetailPage::rankingRequested, this, [this](const QString &id) {
        chooseIndicator(id);
        showPage(QStringLiteral("ranking"));
    });
    m_trendLoader = new TrendLoader(QString(), this);
    connect(m_unitDetail, &UnitDetailPage::trendRequested, m_trendLoader, &TrendLoader::request);
    connect(m_trendLoader, &TrendLoader::trendLoaded, m_unitDetail, &UnitDetailPage::setTrend);
    connect(m_unitDetail, &UnitDetailPage::timeRangeChanged, this, &MainWindow::setTimeRange);

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_staleBanner);
    layout->addWidget(m_replayBar);
    layout->addWidget(m_criticalBanner);
    layout->addWidget(m_tabs);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setTextFormat(Qt::PlainText);
    m_rejectedLabel = new QLabel(this);
    m_rejectedLabel->setTextFormat(Qt::PlainText);
    m_unknownLabel = new QLabel(this);
    m_unknownLabel->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_connectionLabel, 1);
    m_recordingLabel = new QLabel(this);
    m_recordingLabel->setObjectName(QStringLiteral("recordingLabel"));
    m_recordingLabel->setTextFormat(Qt::PlainText);
    m_recordingLabel->setStyleSheet(QStringLiteral("QLabel#recordingLabel { color: #ff6b5a; "
                                                   "font-weight: bold; }"));
    statusBar()->addPermanentWidget(m_recordingLabel);
    statusBar()->addPermanentWidget(m_unknownLabel);
    statusBar()->addPermanentWidget(m_rejectedLabel);

    createMenus();
    createNavigation();
    addTableExportActions();
    retranslate();
    resize(1600, 900);
    if (m_persistent)
        restoreSettings();
    // The history starts at the page the window opens on.
    m_history.reset(currentLocation());
    updateNavigationActions();
    // Mouse back and forward buttons act anywhere in the window, whichever child is under the
    // pointer, so the application filter catches them before any child receives them.
    qApp->installEventFilter(this);
}

void MainWindow::showUnit(const QString &unitCode)
{
    if (unitCode.isEmpty())
        return;
    m_unitDetail->setUnit(unitCode);
    showPage(QStringLiteral("unit"));
    // Already on the unit page, the tab does not change, so the new unit is recorded here.
    recordLocation();
}

Location MainWindow::currentLocation() const
{
    const QString page = pageNames().value(m_tabs->currentIndex());
    return {page, page == QLatin1String("unit") ? m_unitDetail->unit() : QString()};
}

void MainWindow::recordLocation()
{
    if (m_navigating || !m_navigationBar)
        return;
    m_history.visit(currentLocation());
    updateNavigationActions();
}

void MainWindow::navigateTo(const Location &location)
{
    m_navigating = true;
    if (!location.unit.isEmpty())
        m_unitDetail->setUnit(location.unit);
    showPage(location.page);
    m_navigating = false;
    updateNavigationActions();
}

void MainWindow::goBack()
{
    if (m_history.canGoBack())
        navigateTo(m_history.goBack());
}

void MainWindow::goForward()
{
    if (m_history.canGoForward())
        navigateTo(m_history.goForward());
}

void MainWindow::updateNavigationActions()
{
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
}

void MainWindow::createNavigation()
{
    m_navigationBar = new QToolBar(this);
    m_navigationBar->setObjectName(QStringLiteral("navigationToolBar"));
    m_navigationBar->setMovable(false);
    m_navigationBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    addToolBar(Qt::TopToolBarArea, m_navigationBar);

    m_goMenu = new QMenu(this);
    menuBar()->insertMenu(m_helpMenu->menuAction(), m_goMenu);
    m_backAction = m_goMenu->addAction(style()->standardIcon(QStyle::SP_ArrowBack), QString(),
                                       this, &MainWindow::goBack);
    m_forwardAction = m_goMenu->addAction(style()->standardIcon(QStyle::SP_ArrowForward),
                                          QString(), this, &MainWindow::goForward);
    m_backAction->setShortcuts(withPlatformKeys(Qt::ALT | Qt::Key_Left, QKeySequence::Back));
    m_forwardAction->setShortcuts(
        withPlatformKeys(Qt::ALT | Qt::Key_Right, QKeySequence::Forward));
    m_backAction->setObjectName(QStringLiteral("backAction"));
    m_forwardAction->setObjectName(QStringLiteral("forwardAction"));
    m_navigationBar->addAction(m_backAction);
    m_navigationBar->addAction(m_forwardAction);

    // Ctrl+1, Ctrl+2 and so on open the pages in the order of their tabs.
    m_goMenu->addSeparator();
    for (int i = 0; i < pageNames().size(); ++i) {
        QAction *action = m_goMenu->addAction(QString(), this,
                                              [this, i] { showPage(pageNames().at(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_pageActions.append(action);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress && watched->isWidgetType()) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const bool back = mouse->button() == Qt::BackButton;
        const bool forward = mouse->button() == Qt::ForwardButton;
        if ((back || forward) && static_cast<QWidget *>(watched)->window() == this) {
            back ? goBack() : goForward();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::setTimeRange(const TimeRange &range)
{
    m_unitDetail->setTimeRange(range);
    if (m_persistent)
        QSettings().setValue(QStringLiteral("ui/timeRange"), range.toSettingsValue());
}

const TimeRange &MainWindow::timeRange() const
{
    return m_unitDetail->timeRange();
}

void MainWindow::setRecording(bool recording, const QString &path)
{
    m_recordingPath = recording ? path : QString();
    m_startRecordingAction->setEnabled(!recording);
    m_stopRecordingAction->setEnabled(recording);
    retranslate();
}

void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 15000);
}

void MainWindow::attachReplay(ReplaySource *replay, const QString &name, qint64 startMs,
                              qint64 endMs, const QVector<qint64> &alertMarks)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_replayConnections))
        disconnect(connection);
    m_replayConnections.clear();
    m_replayBar->setLiveMode(false);
    m_replayBar->setRecording(name, startMs, endMs);
    m_replayBar->setAlertMarks(alertMarks);
    m_replayBar->setVisible(true);
    // Requests run on the feed thread, where the replay lives; its signals arrive queued.
    auto onReplay = [replay](auto command) { QMetaObject::invokeMethod(replay, command); };
    m_replayConnections = {
        connect(m_replayBar, &ReplayBar::playRequested, this,
                [=] { onReplay([=] { replay->play(); }); }),
        connect(m_replayBar, &ReplayBar::pauseRequested, this,
                [=] { onReplay([=] { replay->pause(); }); }),
        connect(m_replayBar, &ReplayBar::stepRequested, this,
                [=] { onReplay([=] { replay->step(); }); }),
        connect(m_replayBar, &ReplayBar::speedRequested, this,
                [=](double speed) { onReplay([=] { replay->setSpeed(speed); }); }),
        connect(m_replayBar, &ReplayBar::seekRequested, this,
                [=](qint64 atMs) { onReplay([=] { replay->seek(atMs); }); }),
        connect(m_replayBar, &ReplayBar::loopRequested, this,
                [=](bool loop) { onReplay([=] { replay->setLoop(loop); }); }),
        connect(replay, &ReplaySource::replayTimeChanged, m_replayBar, &ReplayBar::setTime),
        connect(replay, &ReplaySource::replayTimeChanged, m_replayPage,
                &ReplayPage::setReplayTime),
        connect(replay, &ReplaySource::playingChanged, m_replayBar, &ReplayBar::setPlaying),
    };
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    const QString indicator = settings.value(QStringLiteral("ui/indicator")).toString();
    if (!indicator.isEmpty())
        chooseIndicator(indicator);
    showPage(settings.value(QStringLiteral("ui/page"), pageNames().first()).toString());
    const QString range = settings.value(QStringLiteral("ui/timeRange")).toString();
    if (const std::optional<TimeRange> parsed = TimeRange::parse(range)) {
        m_unitDetail->setTimeRange(*parsed);
    } else if (!range.isEmpty()) {
        showStatusMessage(tr("Ignored the saved time range '%1', which is not valid; the plots "
                             "show the last 7 days until you choose a range.")
                              .arg(range));
    }
    const QByteArray geometry = settings.value(QStringLiteral("ui/geometry")).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_persistent)
        QSettings().setValue(QStringLiteral("ui/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

void MainWindow::chooseIndicator(const QString &indicatorId)
{
    m_overview->setIndicator(indicatorId);
    m_ranking->setIndicator(indicatorId);
    if (m_persistent)
        QSettings().setValue(QStringLiteral("ui/indicator"), indicatorId);
}

bool MainWindow::exportPagePng(const QString &path, QString *error)
{
    const QImage image = m_pages->currentWidget()->grab().toImage();
    if (!image.save(path, "PNG")) {
        *error = tr("Cannot write %1; check that the folder exists and is writable.").arg(path);
        return false;
    }
    return true;
}

bool MainWindow::exportRankingCsv(const QString &path, QString *error)
{
    return exportTableCsv(*m_ranking->rankingModel(), path, error);
}

bool MainWindow::exportTableCsv(const QAbstractItemModel &model, const QString &path,
                                QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !writeCsv(model, &file) || !file.commit()) {
        *error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

QList<QAbstractItemView *> MainWindow::currentTables() const
{
    return tablesOf(m_pages->currentWidget());
}

bool MainWindow::exportReport(const QString &path, const QStringList &units, QString *error)
{
    if (!m_state) {
        *error = tr("Cannot write the report %1: no data has arrived yet; wait for the first "
                    "figures.")
                     .arg(path);
        return false;
    }
    ReportContent content;
    content.units = units;
    content.indicator = m_overview->indicator();
    content.range = timeRange();
    content.map = m_overview->tileMap()->grab().toImage();
    return writeReport(path, *m_state, content, error);
}

void MainWindow::askTableExport(QAbstractItemView *table)
{
    if (!table || !table->model())
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export table as CSV"), QString(),
                                                tr("CSV tables (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        path += QStringLiteral(".csv");
    QString error;
    const bool written = exportTableCsv(*table->model(), path, &error);
    statusBar()->showMessage(written ? tr("Saved %1").arg(path) : error, 10000);
}

void MainWindow::askReport()
{
    if (!m_state)
        return;
    ReportDialog dialog(*m_state->units, {m_unitDetail->unit()}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export PDF report"), QString(),
                                                tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    const bool written = exportReport(path, dialog.selectedUnits(), &error);
    statusBar()->showMessage(written ? tr("Saved %1").arg(path) : error, 10000);
}

void MainWindow::addTableExportActions()
{
    // Every table of every page offers its own CSV export in its context menu.
    for (QAbstractItemView *table : tablesOf(m_pages)) {
        auto *action = new QAction(table);
        connect(action, &QAction::triggered, this, [this, table] { askTableExport(table); });
        table->addAction(action);
        table->setContextMenuPolicy(Qt::ActionsContextMenu);
        m_tableExportActions.append(action);
    }
}

void MainWindow::askExportPng()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export page as PNG"), QString(),
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    QString error;
    const bool written = exportPagePng(path, &error);
    statusBar()->showMessage(written ? tr("Saved %1").arg(path) : error, 10000);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_exportPngAction = m_fileMenu->addAction(QString(), this, &MainWindow::askExportPng);
    m_exportPngAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportCsvAction = m_fileMenu->addAction(QString(), this, [this] {
        // The table with the keyboard focus, or else the page's first table.
        const QList<QAbstractItemView *> tables = currentTables();
        auto *focused = qobject_cast<QAbstractItemView *>(QApplication::focusWidget());
        askTableExport(tables.contains(focused) ? focused : tables.value(0));
    });
    m_exportCsvAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_reportAction = m_fileMenu->addAction(QString(), this, &MainWindow::askReport);
    m_reportAction->setShortcut(QKeySequence::Print);
    m_fileMenu->addSeparator();
    m_openRecordingAction = m_fileMenu->addAction(QString(), this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open recording"), QString(), tr("Recordings (*.socrec)"));
        if (!path.isEmpty())
            emit replayRequested(path);
    });
    m_openRecordingAction->setShortcut(QKeySequence::Open);
    m_startRecordingAction = m_fileMenu->addAction(QString(), this, [this] {
        QString path = QFileDialog::getSaveFileName(this, tr("Record the feeds"), QString(),
                                                    tr("Recordings (*.socrec)"));
        if (path.isEmpty())
            return;
        if (!path.endsWith(QLatin1String(".socrec")))
            path += QStringLiteral(".socrec");
        emit recordingStartRequested(path);
    });
    m_stopRecordingAction = m_fileMenu->addAction(QString(), this,
                                                  &MainWindow::recordingStopRequested);
    m_stopRecordingAction->setEnabled(false);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languages = new QActionGroup(this);
    m_vietnameseAction = m_languageMenu->addAction(QString());
    m_englishAction = m_languageMenu->addAction(QString());
    for (QAction *action : {m_vietnameseAction, m_englishAction}) {
        action->setCheckable(true);
        languages->addAction(action);
    }
    connect(m_vietnameseAction, &QAction::triggered, this,
            [this] { chooseLanguage(Language::Vietnamese); });
    connect(m_englishAction, &QAction::triggered, this,
            [this] { chooseLanguage(Language::English); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
}

QStringList MainWindow::pageNames()
{
    return {QStringLiteral("overview"), QStringLiteral("ranking"), QStringLiteral("unit"),
            QStringLiteral("alerts"), QStringLiteral("feeds"), QStringLiteral("replay")};
}

bool MainWindow::showPage(const QString &name)
{
    const int index = pageNames().indexOf(name);
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(index);
    return true;
}

void MainWindow::chooseLanguage(Language language)
{
    if (m_localizer->setLanguage(language))
        Localizer::saveLanguage(language);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("SOC Dashboard · Ho Chi Minh City"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_exportPngAction->setText(tr("Export page as &PNG…"));
    m_exportCsvAction->setText(tr("Export table as &CSV…"));
    m_reportAction->setText(tr("Export PDF &report…"));
    for (QAction *action : std::as_const(m_tableExportActions))
        action->setText(tr("Export this table as CSV…"));
    m_goMenu->setTitle(tr("&Go"));
    m_navigationBar->setWindowTitle(tr("Navigation"));
    m_backAction->setText(tr("Back"));
    m_backAction->setToolTip(tr("Back to the previous page or unit (Alt+Left)"));
    m_forwardAction->setText(tr("Forward"));
    m_forwardAction->setToolTip(tr("Forward to the next page or unit (Alt+Right)"));
    const QString pageTitles[] = {tr("City Overview"), tr("Indicator Ranking"), tr("Unit Detail"),
                                  tr("Alerts"),        tr("Feeds"),             tr("Replay")};
    for (int i = 0; i < m_pageActions.size(); ++i)
        m_pageActions.at(i)->setText(pageTitles[i]);
    m_openRecordingAction->setText(tr("&Open recording…"));
    m_startRecordingAction->setText(tr("Start &recording…"));
    m_stopRecordingAction->setText(tr("S&top recording"));
    m_recordingLabel->setText(m_recordingPath.isEmpty()
                                  ? QString()
                                  : tr("● REC %1").arg(QFileInfo(m_recordingPath).fileName()));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_vietnameseAction->setText(tr("Tiếng &Việt"));
    m_englishAction->setText(tr("&English"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SOC Dashboard"));
    for (int i = 0; i < m_tabs->count(); ++i)
        m_tabs->setTabText(i, pageTitles[i]);
    updateCriticalBanner();
    m_tabs->setAccessibleName(tr("Pages"));
    const bool vietnamese = m_localizer->language() == Language::Vietnamese;
    m_vietnameseAction->setChecked(vietnamese);
    m_englishAction->setChecked(!vietnamese);
    updateStatusBar();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    const double scale = uiScale(size());
    QFont chrome = font();
    chrome.setPixelSize(scaled(scale, 15));
    menuBar()->setFont(chrome);
    statusBar()->setFont(chrome);
    m_tabs->setFont(chrome);
    m_navigationBar->setFont(chrome);
    m_navigationBar->setIconSize(QSize(scaled(scale, 20), scaled(scale, 20)));
    QFont banner = chrome;
    banner.setPixelSize(scaled(scale, 20));
    m_staleBanner->setFont(banner);
    m_criticalBanner->setFont(banner);
    for (QMenu *menu : {m_fileMenu, m_viewMenu, m_languageMenu, m_goMenu, m_helpMenu})
        menu->setFont(chrome);
}

void MainWindow::applyState(DashboardStatePtr state)
{
    m_state = std::move(state);
    m_staleBanner->setState(m_state);
    m_overview->setState(m_state);
    m_ranking->setState(m_state);
    m_unitDetail->setState(m_state);
    m_alerts->setState(m_state);
    m_feeds->setState(m_state);
    updateCriticalBanner();
    updateStatusBar();
}

void MainWindow::updateCriticalBanner()
{
    int count = 0;
    if (m_state) {
        for (const Alert &alert : m_state->alerts) {
            count += alert.severity == Severity::Critical &&
                     (alert.state == AlertState::ActiveUnacked ||
                      alert.state == AlertState::ClearedUnacked);
        }
    }
    m_criticalBanner->setVisible(count > 0);
    m_criticalBanner->setText(
        tr("%n critical alert(s) not acknowledged: open the Alerts tab.", nullptr, count));
}

void MainWindow::updateStatusBar()
{
    if (!m_state) {
        m_connectionLabel->setText(tr("Waiting for the first data…"));
        m_rejectedLabel->clear();
        m_unknownLabel->clear();
        return;
    }
    QStringList connections;
    for (const ConnectionStatus &connection : m_state->connections) {
        connections << tr("%1 (%2)").arg(connection.url,
                                         ConnectionsModel::stateName(connection.state));
    }
    m_connectionLabel->setText(tr("Feeds: %1").arg(connections.join(QStringLiteral(" · "))));
    m_rejectedLabel->setText(
        tr("Rejected messages: %1").arg(QLocale().toString(m_state->totalRejected())));
    const int unknown = m_state->unknownUnits().size();
    m_unknownLabel->setText(unknown > 0 ? tr("Unknown unit codes: %1").arg(unknown) : QString());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SOC Dashboard"),
                       tr("SOC Dashboard %1\nDigitization of administrative procedures in Ho Chi "
                          "Minh City, for the Smart Operations Center.")
                           .arg(QStringLiteral(SOC_VERSION)));
}

} // namespace soc
