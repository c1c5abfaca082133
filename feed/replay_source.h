#pragma once

#include "feed/feed_source.h"
#include "storage/recording.h"

#include <QElapsedTimer>
#include <QTimer>

#include <deque>

namespace soc {

// `file:PATH` (or `file:///PATH`): replays a recording through the same signals as a live
// transport, with each envelope's recorded receive time, source hint and delivery, so the
// worker decodes, counts and rejects exactly what it did live.
//
// Replay time runs from the first to the last receive time in the recording, at 0.25x to
// 1000x. seek() emits pictureReplaced with the latest keyframe at or before the target and
// then delivers the envelopes between the keyframe and the target, which gives the state that
// a replay from the start reaches at that time. Lives on the feed thread like every
// FeedSource; the recording is opened on that thread by open() or start().
class ReplaySource : public FeedSource
{
    Q_OBJECT

public:
    static constexpr double MinSpeed = 0.25;
    static constexpr double MaxSpeed = 1000;

    ReplaySource(const QString &url, QString path, QObject *parent = nullptr);

    // Reads the file path of a `file:` URL. Returns false with a message for a malformed URL.
    static bool parseUrl(const QString &url, QString *path, QString *error);

    // Opens and checks the recording and places replay time at its start, delivering nothing.
    // Returns false with a translated message that names the file; start() shows the same
    // message as a Failed state.
    bool open(QString *error);
    // Opens the recording when needed, seeks to its start and plays.
    void start() override;
    // Pauses and closes the recording.
    void stop() override;

    void play();
    void pause();
    // Delivers the next envelope and moves replay time to its receive time; pauses first.
    // Returns false at the end of the recording.
    bool step();
    // Returns false, changing nothing, for a speed outside MinSpeed to MaxSpeed.
    bool setSpeed(double speed);
    // Moves replay time to atMs, ms since the epoch, clamped to the recording's time range,
    // with the state of everything received up to atMs. Returns false when the recording
    // cannot be read.
    bool seek(qint64 atMs);
    // At the end, start again from the beginning instead of stopping.
    void setLoop(bool loop) { m_loop = loop; }
    // Reads the time range again, for a recording that is still being written (live rewind).
    // Returns false when the file cannot be read.
    bool refreshRange();

    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }
    bool loops() const { return m_loop; }
    qint64 currentTimeMs() const { return m_currentMs; }
    qint64 startTimeMs() const { return m_reader.firstReceivedMs(); }
    qint64 endTimeMs() const { return m_reader.lastReceivedMs(); }
    const QString &path() const { return m_path; }

    // Maximum envelopes delivered in one timer turn, so that a high speed never blocks the feed
    // thread for long. Replay time then waits for the envelopes that did not fit.
    static constexpr int MaxEnvelopesPerTick = 5000;
    static constexpr int TickIntervalMs = 20;

signals:
    // Replay time moved (ms since the epoch) by playing, step() or seek().
    void replayTimeChanged(qint64 atMs);
    void playingChanged(bool playing);
    // Replay reached the last envelope and stopped (not emitted while looping).
    void finished();
    // The time range changed after refreshRange().
    void rangeChanged(qint64 startMs, qint64 endMs);

private:
    void tick();
    // Keeps at least one undelivered envelope in m_buffer. Returns false at the end, or on a
    // read failure, which also sets the Failed state.
    bool fillBuffer();
    void deliver(const RecordedEnvelope &envelope);
    void anchorClock();
    void setCurrentTime(qint64 atMs);
    void readFailed(const QString &error);

    QString m_path;
    RecordingReader m_reader;
    QTimer m_timer; // a child, so that moveToThread() moves it along
    QElapsedTimer m_wallClock; // wall time since the anchor
    qint64 m_anchorMs = 0;     // replay time at the anchor
    qint64 m_currentMs = 0;  // replay time; during delivery, the envelope's receive time
    qint64 m_reportedMs = 0; // the last replayTimeChanged()
    qint64 m_lastDeliveredId = 0;
    qint64 m_lastDeliveredMs = 0;
    std::deque<RecordedEnvelope> m_buffer; // envelopes after m_lastDeliveredId, in order
    double m_speed = 1;
    bool m_playing = false;
    bool m_loop = false;
};

} // namespace soc
