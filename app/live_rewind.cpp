#include "app/live_rewind.h"

#include "feed/feed_hub.h"
#include "feed/replay_source.h"
#include "storage/app_paths.h"
#include "widgets/replay_bar.h"

#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QLockFile>
#include <QLoggingCategory>
#include <QSettings>
#include <QWidget>

namespace soc {

Q_LOGGING_CATEGORY(lcRewind, "soc.app.rewind", QtWarningMsg)

namespace {

const QString ReturnToLiveKey = QStringLiteral("replay/return_to_live_s");
constexpr int RotateCheckIntervalMs = 60 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// Removes a recording with its SQLite write-ahead log and shared-memory index.
bool removeRecording(const QString &path)
{
    bool removed = true;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix))
            removed = QFile::remove(path + suffix) && removed;
    }
    return removed;
}

} // namespace

LiveRewind::LiveRewind(FeedHub *live, QObject *parent)
    : QObject(parent), m_live(live), m_recorder(live)
{
    setReturnToLiveSeconds(
        QSettings().value(ReturnToLiveKey, DefaultReturnToLiveSeconds).toInt());
    m_returnTimer.setSingleShot(true);
    connect(&m_returnTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcRewind) << "no interaction for" << m_returnToLiveSeconds
                         << "s; returning to live";
        returnToLive();
    });
    m_rotateTimer.setInterval(RotateCheckIntervalMs);
    connect(&m_rotateTimer, &QTimer::timeout, this, &LiveRewind::rotateIfOld);
    // The rolling recording failed (a full disk, a folder that went away): rewinding is over,
    // and the live display goes on.
    connect(&m_recorder, &RecordingControl::errorOccurred, this, [this](const QString &message) {
        returnToLive();
        m_rotateTimer.stop();
        if (m_bar)
            m_bar->setVisible(false);
        emit errorOccurred(tr("Live rewind is off: %1").arg(message));
    });
}

LiveRewind::~LiveRewind()
{
    stop();
}

QString LiveRewind::defaultPath(bool simulated, const QString &role)
{
    const QString folder = dataDirectory();
    if (folder.isEmpty())
        return {};
    QString name = QStringLiteral("live-rewind");
    if (!role.isEmpty())
        name += QLatin1Char('-') + role;
    if (simulated)
        name += QStringLiteral("-demo");
    return QDir(folder).filePath(name + QStringLiteral(".socrec"));
}

void LiveRewind::setReturnToLiveSeconds(int seconds)
{
    m_returnToLiveSeconds = std::max(0, seconds);
    if (!isLive())
        noteInteraction();
}

bool LiveRewind::start(const QString &path, QString *error)
{
    returnToLive();
    QString previous;
    m_recorder.stop(&previous);
    if (path.isEmpty()) {
        *error = tr("Live rewind is off: the data folder cannot be created. Check the "
                    "permissions of the XDG data folder.");
        return false;
    }
    // Another dashboard of this user on this host may record into the same file; removing it
    // under that one would lose its rewind.
    if (!m_lock || m_lock->fileName() != path + QStringLiteral(".lock")) {
        auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
        lock->setStaleLockTime(0); // stale only when its process is gone
        if (!lock->tryLock(0) && lock->error() == QLockFile::LockFailedError) {
            *error = tr("Live rewind is off: another soc-dashboard on this computer records "
                        "into %1. Stop it, or run this one on another --screen.")
                         .arg(path);
            return false;
        }
        // A lock that cannot be written at all leaves the recorder to report the folder.
        m_lock = lock->isLocked() ? std::move(lock) : nullptr;
    }
    if (!removeRecording(path)) {
        *error = tr("Live rewind is off: the old recording %1 cannot be removed. Check the "
                    "permissions of its folder.")
                     .arg(path);
        return false;
    }
    if (!m_recorder.start(path, error))
        return false;
    m_path = path;
    m_startMs = nowMs();
    m_rotateTimer.start();
    qCInfo(lcRewind).noquote() << "recording the live feeds for rewinding into" << path;
    if (m_bar) {
        m_bar->setRecording(QString(), m_startMs, m_startMs);
        m_bar->setLiveMode(true);
        m_bar->setVisible(true);
    }
    return true;
}

void LiveRewind::stop()
{
    returnToLive();
    m_rotateTimer.stop();
    QString error;
    if (!m_recorder.stop(&error))
        qCWarning(lcRewind).noquote() << "rolling recording" << m_path << ":" << error;
    m_lock.reset();
    for (const QMetaObject::Connection &connection : std::as_const(m_barConnections))
        disconnect(connection);
    m_barConnections.clear();
    if (m_bar) {
        m_bar->setLiveMode(false);
        m_bar->setVisible(false);
    }
    m_bar = nullptr;
}

void LiveRewind::attachBar(ReplayBar *bar)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_barConnections))
        disconnect(connection);
    m_bar = bar;
    m_barConnections = {
        connect(bar, &ReplayBar::playRequested, this,
                [this] {
                    noteInteraction();
                    if (!isLive())
                        onReplay([](ReplaySource *replay) { replay->play(); });
                }),
        connect(bar, &ReplayBar::pauseRequested, this,
                [this] {
                    if (isLive())
                        pause();
                    else
                        onReplay([](ReplaySource *replay) { replay->pause(); });
                    noteInteraction();
                }),
        connect(bar, &ReplayBar::stepRequested, this,
                [this] {
                    if (isLive())
                        pause();
                    onReplay([](ReplaySource *replay) { replay->step(); });
                    noteInteraction();
                }),
        connect(bar, &ReplayBar::speedRequested, this,
                [this](double speed) {
                    m_speed = speed;
                    onReplay([speed](ReplaySource *replay) { replay->setSpeed(speed); });
                    noteInteraction();
                }),
        connect(bar, &ReplayBar::seekRequested, this, &LiveRewind::seek),
        connect(bar, &ReplayBar::liveRequested, this, &LiveRewind::returnToLive),
    };
    const qint64 now = nowMs();
    bar->setRecording(QString(), m_startMs, now);
    bar->setLiveMode(true);
    bar->setPlaying(true);
    bar->setTime(now);
    bar->setVisible(isActive());
}

void LiveRewind::watchInteraction(QWidget *window)
{
    window->setProperty("soc.rewind.watched", true);
    qApp->installEventFilter(this);
}

bool LiveRewind::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (auto *widget = qobject_cast<QWidget *>(watched);
            widget && widget->window()->property("soc.rewind.watched").toBool())
            noteInteraction();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

ReplaySource *LiveRewind::rewindSource() const
{
    return m_rewindHub ? m_rewindHub->replaySource() : nullptr;
}

void LiveRewind::pause()
{
    if (isLive())
        enterRewind(nowMs());
    noteInteraction();
}

void LiveRewind::seek(qint64 atMs)
{
    if (isLive()) {
        enterRewind(atMs);
    } else {
        onReplay([atMs](ReplaySource *replay) {
            replay->refreshRange();
            replay->seek(atMs);
        });
    }
    noteInteraction();
}

void LiveRewind::returnToLive()
{
    if (isLive())
        return;
    m_returnTimer.stop();
    m_rewindHub->stop();
    m_rewindHub.reset();
    qCInfo(lcRewind) << "back to live";
    if (m_bar) {
        m_bar->setFollowingLive(true);
        m_bar->setPlaying(true);
        m_bar->setTime(nowMs());
    }
    if (m_lastLive)
        emit stateReady(m_lastLive);
    emit liveChanged(true);
}

void LiveRewind::noteInteraction()
{
    if (isLive() || m_returnToLiveSeconds <= 0) {
        m_returnTimer.stop();
        return;
    }
    m_returnTimer.start(m_returnToLiveSeconds * 1000);
}

void LiveRewind::applyLiveState(DashboardStatePtr state)
{
    m_lastLive = std::move(state);
    if (!isLive())
        return;
    emit stateReady(m_lastLive);
    if (m_bar && isActive()) {
        const qint64 now = nowMs();
        m_bar->setRange(m_startMs, now);
        m_bar->setTime(now);
    }
}

void LiveRewind::applyRewindState(DashboardStatePtr state)
{
    if (!isLive())
        emit stateReady(std::move(state));
}

bool LiveRewind::enterRewind(qint64 atMs)
{
    if (!isActive()) {
        emit errorOccurred(tr("Live rewind is off, so there is nothing to go back to."));
        return false;
    }
    auto hub = std::make_unique<FeedHub>();
    hub->setHistoryEnabled(false);
    hub->setAlertHistoryEnabled(false);
    QString error;
    if (!hub->start({QStringLiteral("file:") + m_path}, m_unitCatalogPath, &error)) {
        emit errorOccurred(tr("Cannot rewind the live display: %1").arg(error));
        return false;
    }
    ReplaySource *replay = hub->replaySource();
    connect(hub.get(), &FeedHub::stateReady, this, &LiveRewind::applyRewindState);
    if (m_bar) {
        connect(replay, &ReplaySource::replayTimeChanged, m_bar, &ReplayBar::setTime);
        connect(replay, &ReplaySource::playingChanged, m_bar, &ReplayBar::setPlaying);
        connect(replay, &ReplaySource::rangeChanged, m_bar,
                [bar = m_bar, this](qint64, qint64 endMs) { bar->setRange(m_startMs, endMs); });
    }
    // Playing on to the end of the recorded range catches up with the live display.
    connect(replay, &ReplaySource::finished, this, &LiveRewind::returnToLive);
    m_rewindHub = std::move(hub);
    qCInfo(lcRewind) << "rewinding the live display to" << atMs;

    // Queued after the replay's own start on its thread, which plays from the start.
    const double speed = m_speed;
    onReplay([atMs, speed](ReplaySource *replay) {
        replay->pause();
        replay->setSpeed(speed);
        replay->refreshRange();
        replay->seek(atMs);
    });
    if (m_bar) {
        m_bar->setFollowingLive(false);
        m_bar->setPlaying(false);
        m_bar->setTime(atMs);
    }
    emit liveChanged(false);
    return true;
}

template <typename Command>
void LiveRewind::onReplay(Command command)
{
    ReplaySource *replay = rewindSource();
    if (!replay)
        return;
    // The replay lives on the rewind hub's feed thread.
    QMetaObject::invokeMethod(replay, [replay, command] { command(replay); });
}

void LiveRewind::rotateIfOld()
{
    if (!isLive() || nowMs() - m_startMs < m_maxAgeMs)
        return;
    qCInfo(lcRewind).noquote() << "starting the rolling recording" << m_path << "afresh";
    QPointer<ReplayBar> bar = m_bar;
    const QString path = m_path;
    QString error;
    m_recorder.stop(&error);
    if (!removeRecording(path)) {
        emit errorOccurred(tr("Live rewind is off: the old recording %1 cannot be removed. "
                              "Check the permissions of its folder.")
                               .arg(path));
        return;
    }
    if (!m_recorder.start(path, &error)) {
        emit errorOccurred(tr("Live rewind is off: %1").arg(error));
        return;
    }
    m_startMs = nowMs();
    if (bar)
        bar->setRange(m_startMs, m_startMs);
}

} // namespace soc
