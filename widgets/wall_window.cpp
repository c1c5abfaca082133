#include "widgets/wall_window.h"

#include "models/display_format.h"
#include "models/wall_board.h"
#include "widgets/replay_bar.h"
#include "widgets/stale_banner.h"
#include "widgets/wall_board_view.h"
#include "widgets/wall_header.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLoggingCategory>
#include <QSaveFile>
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
    setAttribute(Qt::WA_StyledBackground);

    m_header = new WallHeader(this);
    m_staleBanner = new StaleBanner(this);
    m_staleBanner->setShort(true);
    m_criticalBanner = bannerLabel(
        QStringLiteral("wallCriticalBanner"),
        QStringLiteral("QLabel { background: #d55e00; color: #ffffff; font-weight: bold; }"), this);
    m_errorBanner = bannerLabel(
        QStringLiteral("wallErrorBanner"),
        QStringLiteral("QLabel { background: #ffb000; color: #000000; font-weight: bold; }"), this);
    // One line each at the wall's type size, cut with an ellipsis rather than wrapped over the
    // board; the log has every message whole.
    for (QLabel *banner : {static_cast<QLabel *>(m_staleBanner), m_criticalBanner, m_errorBanner}) {
        banner->setProperty("baseStyle", banner->styleSheet());
        banner->setWordWrap(false);
        banner->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        banner->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    }
    m_replayBar = new ReplayBar(this);
    m_replayBar->setLiveMode(true);
    m_replayBar->setVisible(false);
    m_board = new WallBoardView(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addWidget(m_staleBanner);
    layout->addWidget(m_criticalBanner);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_replayBar);
    layout->addWidget(m_board, 1);

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

void WallWindow::setTextPixels(int pixels)
{
    m_textPixels = pixels;
    m_header->setTextPixels(pixels);
    m_board->setTextPixels(pixels);
    QFont banner = font();
    banner.setPixelSize(pixels);
    banner.setBold(true);
    for (QLabel *label : {static_cast<QLabel *>(m_staleBanner), m_criticalBanner, m_errorBanner}) {
        label->setFont(banner);
        // Padding in the style sheet, which overrides contents margins, lines the text up with
        // the boards' left edge.
        label->setStyleSheet(label->property("baseStyle").toString() +
                             QStringLiteral(" QLabel { padding: %1px %2px; }")
                                 .arg(pixels / 8)
                                 .arg(pixels / 2));
    }
    updateFrame();
}

void WallWindow::applyState(DashboardStatePtr state)
{
    m_state = std::move(state);
    m_header->setState(m_state);
    m_staleBanner->setState(m_state);
    setBannerText(m_staleBanner, m_staleBanner->text());
    updateCriticalBanner();
    updateBoard();
    updateFrame();
}

void WallWindow::updateFrame()
{
    // Amber round the screen while the data is not live, visible from anywhere in the room.
    const bool marked = !m_header->markText().isEmpty();
    const int frame = marked ? std::max(4, m_textPixels / 8) : 0;
    layout()->setContentsMargins(frame, frame, frame, frame);
    setStyleSheet(QStringLiteral("QWidget#wallWindow { background: %1; }")
                      .arg(marked ? QStringLiteral("#ffb000") : QStringLiteral("#000000")));
}

void WallWindow::showError(const QString &message)
{
    ++m_errorCount;
    m_lastErrorMs = m_clock();
    m_lastError = message;
    qCWarning(lcWall) << "wall error:" << message;
    updateErrorBanner();
}

void WallWindow::updateErrorBanner()
{
    m_header->setErrorCount(m_errorCount);
    m_errorBanner->setVisible(m_errorCount > 0 && m_clock() - m_lastErrorMs < ErrorBannerMs);
    if (m_errorCount > 0) {
        setBannerText(m_errorBanner,
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
    if (currentPage() == QLatin1String("feeds"))
        updateBoard(); // its ages run with the clock
    const WallRotation::Step &step = m_rotation->current();
    if (step.entry < 0 || m_stepStartedMs < 0 || now - m_stepStartedMs >= step.dwellMs)
        advance();

    if (m_errorBanner->isVisibleTo(this) && now - m_lastErrorMs >= ErrorBannerMs)
        updateErrorBanner();

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
    // Once per cycle, so that a language switched by hand stays until the next cycle.
    const std::optional<Language> language = m_rotation->language();
    if (language && step.cycle != m_languageCycle) {
        m_languageCycle = step.cycle;
        if (*language != currentLanguage())
            emit languageRequested(*language);
    }
    updateBoard();
    updateCriticalBanner();
    const WallPlaylistEntry &entry = m_rotation->playlist().entries.at(step.entry);
    qCDebug(lcWall) << "showing entry" << step.entry << entry.page << "for" << step.dwellMs
                    << "ms, critical" << step.critical;
    emit entryShown(step.entry);
}

QString WallWindow::currentPage() const
{
    return currentEntry().page;
}

WallPlaylistEntry WallWindow::currentEntry() const
{
    const int entry = m_rotation->current().entry;
    return entry >= 0 ? m_rotation->playlist().entries.at(entry) : WallPlaylistEntry{};
}

void WallWindow::updateBoard()
{
    const WallRotation::Step &step = m_rotation->current();
    if (step.entry < 0 || !m_state)
        return;
    const WallPlaylistEntry &entry = m_rotation->playlist().entries.at(step.entry);
    const QString indicator =
        entry.indicator.isEmpty() ? QStringLiteral("e_result") : entry.indicator;
    WallBoard board;
    if (entry.page == QLatin1String("overview"))
        board = WallBoards::overview(*m_state, entry.unit, indicator);
    else if (entry.page == QLatin1String("ranking"))
        board = WallBoards::ranking(*m_state, entry.unit, indicator);
    else if (entry.page == QLatin1String("unit"))
        board = WallBoards::unit(*m_state, entry.unit);
    else if (entry.page == QLatin1String("alerts"))
        board = WallBoards::alerts(*m_state);
    else
        board = WallBoards::feeds(*m_state, m_clock());
    // The place in the playlist goes first, so that cutting a long title never hides it.
    const QString place =
        tr("%1/%2").arg(step.entry + 1).arg(m_rotation->playlist().entries.size());
    if (board.shortTitle.isEmpty())
        board.shortTitle = board.title;
    board.stale = m_state->liveFeedsDown();
    board.title = tr("%1 · %2").arg(place, board.title);
    board.shortTitle = tr("%1 · %2").arg(place, board.shortTitle);
    m_board->setBoard(board);
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
    // The alerts board leads with the same count.
    m_criticalBanner->setVisible(count > 0 && currentPage() != QLatin1String("alerts"));
    setBannerText(m_criticalBanner, tr("%n critical, not acknowledged", nullptr, count));
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

void WallWindow::setBannerText(QLabel *banner, const QString &text)
{
    banner->setProperty("fullText", text);
    fitBanner(banner);
}

void WallWindow::fitBanner(QLabel *banner)
{
    const QMargins frame = layout()->contentsMargins();
    const int room = width() - frame.left() - frame.right() - m_textPixels;
    const QString text = banner->property("fullText").toString();
    banner->setText(banner->fontMetrics().elidedText(text, Qt::ElideRight, room));
}

void WallWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    for (QLabel *banner : {static_cast<QLabel *>(m_staleBanner), m_criticalBanner, m_errorBanner})
        fitBanner(banner);
}

void WallWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        updateBoard();
        updateCriticalBanner();
        updateErrorBanner();
    }
    QWidget::changeEvent(event);
}

} // namespace soc
