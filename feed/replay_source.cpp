#include "feed/replay_source.h"

#include <QLoggingCategory>
#include <QUrl>

namespace soc {

Q_LOGGING_CATEGORY(lcReplay, "soc.feed.replay", QtWarningMsg)

namespace {

constexpr int BufferedEnvelopes = 2000; // read from the file at a time

} // namespace

ReplaySource::ReplaySource(const QString &url, QString path, QObject *parent)
    : FeedSource(url, parent), m_path(std::move(path)), m_timer(this)
{
    m_timer.setInterval(TickIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ReplaySource::tick);
}

bool ReplaySource::parseUrl(const QString &url, QString *path, QString *error)
{
    if (!url.startsWith(QLatin1String("file:"))) {
        *error = QStringLiteral("'%1' is not a file: URL; give file:PATH").arg(url);
        return false;
    }
    *path = url.startsWith(QLatin1String("file://")) ? QUrl(url).toLocalFile() : url.mid(5);
    if (path->isEmpty()) {
        *error = QStringLiteral("'%1' names no file; give file:PATH of a recording").arg(url);
        return false;
    }
    return true;
}

bool ReplaySource::open(QString *error)
{
    if (m_reader.isOpen())
        return true;
    if (!m_reader.open(m_path, error)) {
        setState(State::Failed, *error);
        return false;
    }
    qCInfo(lcReplay).noquote() << "replaying" << m_path << "with" << m_reader.envelopeCount()
                               << "envelopes from" << m_reader.firstReceivedMs() << "to"
                               << m_reader.lastReceivedMs();
    m_lastDeliveredId = 0;
    m_buffer.clear();
    m_currentMs = m_reader.firstReceivedMs();
    setState(State::Connected, tr("Replaying %1").arg(m_path));
    return true;
}

void ReplaySource::start()
{
    QString error;
    if (!open(&error))
        return;
    if (seek(startTimeMs()))
        play();
}

void ReplaySource::stop()
{
    pause();
    m_buffer.clear();
    m_reader.close();
    setState(State::Stopped);
}

void ReplaySource::play()
{
    if (m_playing || !m_reader.isOpen())
        return;
    m_playing = true;
    anchorClock();
    m_timer.start();
    emit playingChanged(true);
}

void ReplaySource::pause()
{
    if (!m_playing)
        return;
    m_playing = false;
    m_timer.stop();
    emit playingChanged(false);
}

bool ReplaySource::step()
{
    pause();
    if (!m_reader.isOpen() || !fillBuffer())
        return false;
    const RecordedEnvelope envelope = m_buffer.front();
    m_buffer.pop_front();
    deliver(envelope);
    setCurrentTime(envelope.receivedAtMs);
    return true;
}

bool ReplaySource::setSpeed(double speed)
{
    if (!(speed >= MinSpeed && speed <= MaxSpeed))
        return false;
    anchorClock(); // the time played so far keeps the old speed
    m_speed = speed;
    return true;
}

bool ReplaySource::seek(qint64 atMs)
{
    if (!m_reader.isOpen())
        return false;
    // Before the start nothing has been received yet, so nothing is delivered, but replay time
    // shows the start.
    const qint64 deliverUntilMs = std::min(atMs, endTimeMs());
    atMs = std::clamp(atMs, startTimeMs(), endTimeMs());

    QString error;
    std::optional<RecordingKeyframe> keyframe;
    if (!m_reader.keyframeAtOrBefore(deliverUntilMs, &keyframe, &error)) {
        readFailed(error);
        return false;
    }
    // The worker's clock reads replay time, so it must follow the envelopes delivered below,
    // also when the seek goes backwards.
    m_currentMs = keyframe ? keyframe->atMs : startTimeMs();
    emit pictureReplaced(keyframe ? keyframe->data : QByteArray());
    m_lastDeliveredId = keyframe ? keyframe->lastEnvelopeId : 0;
    m_buffer.clear();
    const bool read = m_reader.forEachEnvelopeAfter(
        m_lastDeliveredId, deliverUntilMs,
        [this](const RecordedEnvelope &envelope) {
            deliver(envelope);
            return true;
        },
        &error);
    if (!read) {
        readFailed(error);
        return false;
    }
    setCurrentTime(atMs);
    anchorClock();
    return true;
}

bool ReplaySource::refreshRange()
{
    const qint64 startMs = startTimeMs();
    const qint64 endMs = endTimeMs();
    QString error;
    if (!m_reader.refresh(&error)) {
        readFailed(error);
        return false;
    }
    if (startTimeMs() != startMs || endTimeMs() != endMs)
        emit rangeChanged(startTimeMs(), endTimeMs());
    return true;
}

void ReplaySource::tick()
{
    const qint64 targetMs =
        m_anchorMs + static_cast<qint64>(static_cast<double>(m_wallClock.elapsed()) * m_speed);
    int delivered = 0;
    while (delivered < MaxEnvelopesPerTick && fillBuffer() &&
           m_buffer.front().receivedAtMs <= targetMs) {
        deliver(m_buffer.front());
        m_buffer.pop_front();
        ++delivered;
    }
    if (!m_playing)
        return; // a read failure paused the replay

    if (delivered == MaxEnvelopesPerTick) {
        // Behind: hold replay time at the last envelope delivered rather than skip ahead.
        setCurrentTime(std::max(m_currentMs, m_lastDeliveredMs));
        anchorClock();
        return;
    }
    if (m_buffer.empty() && targetMs >= endTimeMs()) {
        setCurrentTime(endTimeMs());
        if (m_loop) {
            qCInfo(lcReplay).noquote() << "replay of" << m_path << "loops to its start";
            seek(startTimeMs());
            return;
        }
        pause();
        emit finished();
        return;
    }
    setCurrentTime(std::min(targetMs, endTimeMs()));
}

bool ReplaySource::fillBuffer()
{
    if (!m_buffer.empty())
        return true;
    QVector<RecordedEnvelope> envelopes;
    QString error;
    if (!m_reader.readAfter(m_lastDeliveredId, BufferedEnvelopes, &envelopes, &error)) {
        readFailed(error);
        return false;
    }
    for (RecordedEnvelope &envelope : envelopes)
        m_buffer.push_back(std::move(envelope));
    return !m_buffer.empty();
}

void ReplaySource::deliver(const RecordedEnvelope &envelope)
{
    m_lastDeliveredId = envelope.id;
    m_lastDeliveredMs = envelope.receivedAtMs;
    m_currentMs = envelope.receivedAtMs; // reported by the next setCurrentTime()
    if (envelope.payload.isEmpty() && envelope.payloadBytes > recording::MaxPayloadBytes) {
        emit messageRejected(envelope.sourceHint,
                             QStringLiteral("recorded envelope %1 of %2 bytes exceeds the replay "
                                            "limit of %3 bytes")
                                 .arg(envelope.id)
                                 .arg(envelope.payloadBytes)
                                 .arg(recording::MaxPayloadBytes),
                             envelope.receivedAtMs);
        return;
    }
    if (envelope.kind == RecordedEnvelope::Kind::OperatorAction)
        emit operatorActionReceived(envelope.payload, envelope.receivedAtMs);
    else if (envelope.snapshot)
        emit snapshotEnvelopeReceived(envelope.payload, envelope.sourceHint, envelope.receivedAtMs);
    else
        emit envelopeReceived(envelope.payload, envelope.sourceHint, envelope.receivedAtMs);
}

void ReplaySource::anchorClock()
{
    m_anchorMs = m_currentMs;
    m_wallClock.start();
}

void ReplaySource::setCurrentTime(qint64 atMs)
{
    m_currentMs = atMs;
    if (atMs == m_reportedMs)
        return;
    m_reportedMs = atMs;
    emit replayTimeChanged(atMs);
}

void ReplaySource::readFailed(const QString &error)
{
    qCWarning(lcReplay).noquote() << "replay of" << m_path << "failed:" << error;
    pause();
    m_buffer.clear();
    setState(State::Failed, error);
}

} // namespace soc
