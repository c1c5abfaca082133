#include "widgets/wall_window.h"

#include "models/display_format.h"
#include "widgets/alerts_page.h"
#include "widgets/feeds_page.h"
#include "widgets/overview_page.h"
#include "widgets/page_scale.h"
#include "widgets/ranking_page.h"
#include "widgets/replay_bar.h"
#include "widgets/stale_banner.h"
#include "widgets/unit_detail_page.h"
#include "widgets/wall_header.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace soc {

Q_LOGGING_CATEGORY(lcWall, "soc.wall", QtWarningMsg)

namespace {

QLabel *bannerLabel(const QString &objectName, const QString &style, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setStyleSheet(style);
    label->setVisible(false);
    return label;
}

} // namespace

WallWindow::WallWindow(const WallPlaylist &playlist, const QString &positionPath, QWidget *parent)
    : QWidget(parent), m_positionPath(positionPath),
      m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("wallWindow"));
    setWindowFlag(Qt::FramelessWindowHint);
    // Black around the pages for the most contrast; the pages keep the dark theme's palette.
    setStyleSheet(QStringLiteral("QWidget#wallWindow { background: #000000; }"));
    setAttribute(Qt::WA_StyledBackground);

    m_header = new WallHeader(this);
    m_staleBanner = new StaleBanner(this);
    m_criticalBanner = bannerLabel(
        QStringLiteral("wallCriticalBanner"),
        QStringLiteral("QLabel { background: #d55e00; color: #ffffff; font-weight: bold; }"), this);
    m_errorBanner = bannerLabel(
        QStringLiteral("wallErrorBanner"),
        QStringLiteral("QLabel { background: #ffb000; color: #000000; font-weight: bold; }"), this);
    m_replayBar = new ReplayBar(this);
    m_replayBar->setLiveMode(true);
    m_replayBar->setVisible(false);
    m_pages = new QStackedWidget(this);
    // The screen sets the size of the wall. Pages whose type grew for the distance must fit it
    // rather than widen the window past the screen.
    m_pages->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_overview = new OverviewPage(m_pages);
    m_ranking = new RankingPage(m_pages);
    m_unitDetail = new UnitDetailPage(m_pages);
    m_alerts = new AlertsPage(m_pages);
    m_feeds = new FeedsPage(m_pages);
    // In the order of WallPlaylist::pageNames().
    for (QWidget *page : {static_cast<QWidget *>(m_overview), static_cast<QWidget *>(m_ranking),
                          static_cast<QWidget *>(m_unitDetail), static_cast<QWidget *>(m_alerts),
                          static_cast<QWidget *>(m_feeds)})
        m_pages->addWidget(page);
    connect(m_unitDetail, &UnitDetailPage::trendRequested, this, &WallWindow::trendRequested);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_staleBanner);
    layout->addWidget(m_criticalBanner);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_replayBar);
    layout->addWidget(m_pages, 1);

    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &WallWindow::poll);
    m_timer->start();
    qApp->installEventFilter(this);
    setPlaylist(playlist);
}

WallWindow::~WallWindow()
{
    setCursorHidden(false);
}

void WallWindow::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_stepStartedMs = m_clock();
    m_lastInputMs = m_stepStartedMs;
}

void WallWindow::setPlaylist(const WallPlaylist &playlist)
{
    m_rotation = std::make_unique<WallRotation>(playlist);
    m_stepStartedMs = -1;
    m_languageCycle = -1;
    restorePosition();
    if (m_rotation->current().entry >= 0)
        showCurrentEntry();
}

void WallWindow::setTypeSizes(int headlinePixels, int labelPixels)
{
    m_headlinePixels = headlinePixels;
    m_header->setTypeSizes(headlinePixels, labelPixels);
    QFont banner = font();
    banner.setPixelSize(labelPixels);
    banner.setBold(true);
    for (QLabel *label : {static_cast<QLabel *>(m_staleBanner), m_criticalBanner, m_errorBanner}) {
        label->setFont(banner);
        label->setContentsMargins(labelPixels / 2, labelPixels / 4, labelPixels / 2,
                                  labelPixels / 4);
    }
}

void WallWindow::applyState(DashboardStatePtr state)
{
    m_state = std::move(state);
    m_header->setState(m_state);
    m_staleBanner->setState(m_state);
    m_overview->setState(m_state);
    m_ranking->setState(m_state);
    m_unitDetail->setState(m_state);
    m_alerts->setState(m_state);
    m_feeds->setState(m_state);
    updateCriticalBanner();
    updateTitle();
}

void WallWindow::showError(const QString &message)
{
    ++m_errorCount;
    m_lastError = message;
    qCWarning(lcWall) << "wall error:" << message;
    updateErrorBanner();
}

void WallWindow::updateErrorBanner()
{
    m_errorBanner->setVisible(m_errorCount > 0);
    if (m_errorCount > 0) {
        m_errorBanner->setText(
            tr("%1 (errors since the start: %2)").arg(m_lastError).arg(m_errorCount));
    }
}

void WallWindow::setRewound(bool rewound)
{
    if (!rewound)
        m_rewoundSinceMs = 0;
    else if (m_rewoundSinceMs == 0)
        m_rewoundSinceMs = m_clock();
    m_replayBar->setFollowingLive(!rewound);
    updateReplayBar();
}

void WallWindow::setRewindControlEnabled(bool enabled)
{
    m_rewindControl = enabled;
    updateReplayBar();
}

void WallWindow::updateReplayBar()
{
    m_replayBar->setVisible(m_rewindControl && (!m_cursorHidden || m_rewoundSinceMs > 0));
}

void WallWindow::poll()
{
    const qint64 now = m_clock();
    m_header->setNow(now);
    const WallRotation::Step &step = m_rotation->current();
    if (step.entry < 0 || m_stepStartedMs < 0 || now - m_stepStartedMs >= step.dwellMs)
        advance();

    if (!m_cursorHidden && now - m_lastInputMs >= CursorIdleMs)
        setCursorHidden(true);

    const int returnMs = m_rotation->playlist().returnToLiveSeconds * 1000;
    if (m_rewoundSinceMs > 0 && returnMs > 0 && now - m_rewoundSinceMs >= returnMs) {
        qCInfo(lcWall) << "returning to live after" << (now - m_rewoundSinceMs) << "ms rewound";
        m_rewoundSinceMs = 0;
        emit returnToLiveRequested();
    }
}

void WallWindow::advance()
{
    const QVector<bool> critical =
        m_state ? criticalEntries(m_rotation->playlist(), *m_state) : QVector<bool>();
    m_rotation->advance(critical);
    showCurrentEntry();
    savePosition();
}

void WallWindow::showCurrentEntry()
{
    const WallRotation::Step &step = m_rotation->current();
    if (step.entry < 0)
        return;
    m_stepStartedMs = m_clock();
    const WallPlaylistEntry &entry = m_rotation->playlist().entries.at(step.entry);
    if (entry.page == QLatin1String("unit"))
        m_unitDetail->setUnit(entry.unit);
    if (!entry.indicator.isEmpty()) {
        m_overview->setIndicator(entry.indicator);
        m_ranking->setIndicator(entry.indicator);
    }
    m_pages->setCurrentIndex(WallPlaylist::pageNames().indexOf(entry.page));
    // Once per cycle, so that a language switched by hand stays until the next cycle.
    const std::optional<Language> language = m_rotation->language();
    if (language && step.cycle != m_languageCycle) {
        m_languageCycle = step.cycle;
        if (*language != currentLanguage())
            emit languageRequested(*language);
    }
    updateTitle();
    qCDebug(lcWall) << "showing entry" << step.entry << entry.page << "for" << step.dwellMs
                    << "ms, critical" << step.critical;
    emit entryShown(step.entry);
}

QString WallWindow::currentPage() const
{
    return WallPlaylist::pageNames().value(m_pages->currentIndex());
}

void WallWindow::updateTitle()
{
    const WallRotation::Step &step = m_rotation->current();
    if (step.entry < 0)
        return;
    const WallPlaylistEntry &entry = m_rotation->playlist().entries.at(step.entry);
    const Language language = currentLanguage();
    QString title;
    QString detail;
    if (entry.page == QLatin1String("overview")) {
        title = tr("City Overview");
    } else if (entry.page == QLatin1String("ranking")) {
        title = tr("Indicator Ranking");
    } else if (entry.page == QLatin1String("unit")) {
        title = tr("Unit Detail");
        const Unit *unit = m_state && m_state->units ? m_state->units->find(entry.unit) : nullptr;
        detail = unit ? unit->shortName(language) : entry.unit;
    } else if (entry.page == QLatin1String("alerts")) {
        title = tr("Alerts");
    } else {
        title = tr("Feeds");
    }
    if (entry.page == QLatin1String("overview") || entry.page == QLatin1String("ranking")) {
        const QString id = entry.indicator.isEmpty() ? m_overview->indicator() : entry.indicator;
        const Indicator *indicator =
            m_state && m_state->indicators ? m_state->indicators->find(id) : nullptr;
        detail = indicator ? indicator->shortName(language) : id;
    }
    if (!detail.isEmpty())
        title = tr("%1: %2").arg(title, detail);
    m_header->setPageTitle(title, step.entry + 1, m_rotation->playlist().entries.size());
}

void WallWindow::updateCriticalBanner()
{
    int count = 0;
    if (m_state) {
        for (const Alert &alert : m_state->alerts) {
            count +=
                alert.severity == Severity::Critical && (alert.state == AlertState::ActiveUnacked ||
                                                         alert.state == AlertState::ClearedUnacked);
        }
    }
    m_criticalBanner->setVisible(count > 0);
    m_criticalBanner->setText(tr("%n critical alert(s) not acknowledged", nullptr, count));
}

void WallWindow::savePosition() const
{
    if (m_positionPath.isEmpty())
        return;
    QSaveFile file(m_positionPath);
    const QByteArray json = QJsonDocument(m_rotation->savePosition()).toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        // The wall keeps rotating; only the place after a restart is lost.
        qCWarning(lcWall) << "cannot save the wall position to" << m_positionPath << ":"
                          << file.errorString();
    }
}

void WallWindow::restorePosition()
{
    if (m_positionPath.isEmpty())
        return;
    QFile file(m_positionPath);
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject position = QJsonDocument::fromJson(file.read(64 * 1024)).object();
    if (!m_rotation->restorePosition(position)) {
        qCInfo(lcWall) << "the saved wall position in" << m_positionPath
                       << "belongs to another playlist or is invalid; starting from the top";
        return;
    }
    qCInfo(lcWall) << "resuming the wall playlist at entry" << m_rotation->current().entry;
}

void WallWindow::setCursorHidden(bool hidden)
{
    if (hidden == m_cursorHidden)
        return;
    m_cursorHidden = hidden;
    if (hidden)
        QApplication::setOverrideCursor(Qt::BlankCursor);
    else
        QApplication::restoreOverrideCursor();
    updateReplayBar();
}

bool WallWindow::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::MouseMove || type == QEvent::MouseButtonPress || type == QEvent::KeyPress ||
        type == QEvent::Wheel) {
        m_lastInputMs = m_clock();
        // Someone at the wall is using it, so a rewound wall waits for them.
        if (m_rewoundSinceMs > 0)
            m_rewoundSinceMs = m_lastInputMs;
        setCursorHidden(false);
    }
    return QWidget::eventFilter(watched, event);
}

void WallWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateTitle();
        updateCriticalBanner();
        updateErrorBanner();
    }
    QWidget::changeEvent(event);
}

} // namespace soc
