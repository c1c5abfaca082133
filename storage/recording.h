#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QThread>
#include <QVector>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace soc {

// A recording (`.socrec`) is a SQLite file that keeps every envelope a dashboard received, as
// raw bytes, with keyframes for seeking. docs/RECORDINGS.md describes the schema.
namespace recording {
constexpr int SchemaVersion = 2;
// An envelope larger than the decoder accepts (4 MiB) is still stored, so that replay rejects
// it as the live feed did; anything above this limit is not read back into memory.
constexpr qint64 MaxPayloadBytes = 8 * 1024 * 1024;
constexpr qint64 MaxKeyframeBytes = 256 * 1024 * 1024;
constexpr int MaxSourceHintLength = 256;
// Recorded time between two keyframes.
constexpr qint64 KeyframeIntervalMs = 5 * 60 * 1000;
} // namespace recording

// One envelope as it was received, with the transport's source hint and delivery kind, or an
// operator action on alerts taken at that moment (schema version 2).
struct RecordedEnvelope
{
    enum class Kind {
        Envelope = 0,       // payload: one serialized soc.feed.v1.Envelope
        OperatorAction = 1, // payload: an acknowledgement or shelving, as the feed layer encodes it
    };

    qint64 id = 0;           // position in receive order; assigned by the file
    qint64 receivedAtMs = 0; // ms since the Unix epoch, UTC
    QString sourceHint;      // the transport's source id (an MQTT topic level); may be empty
    bool snapshot = false;   // delivered as part of a stored picture, not the live stream
    QByteArray payload;      // one serialized soc.feed.v1.Envelope, possibly invalid
    qint64 payloadBytes = 0; // size in the file; payload stays empty above MaxPayloadBytes
    Kind kind = Kind::Envelope;
};

// A change of an alert's state while recording (schema version 2): the marks that replay jumps
// between.
struct RecordedAlertMark
{
    qint64 atMs = 0; // receive time of the envelope or action that caused it
    QString alertId;
    QString event;    // alertEventTypeName(), such as "raised" or "acknowledged"
    QString severity; // severityName(); empty when none
};

// A serialized picture of the feed state after the envelope `lastEnvelopeId`, covering every
// envelope received before `atMs`.
struct RecordingKeyframe
{
    qint64 atMs = 0;
    qint64 lastEnvelopeId = 0;
    QByteArray data;
};

// Interprets the opaque payloads for the writer, which lives below the feed layer: identifies
// each envelope for the index and keeps the state from which keyframes are made. The feed layer
// implements it (FeedRecordingIndexer). Called only on the writer's thread.
class RecordingIndexer
{
public:
    struct Identity
    {
        QString source; // empty when the payload is not a valid envelope
        quint64 sequence = 0;
        QVector<RecordedAlertMark> alertMarks; // alert changes that the envelope caused
    };

    virtual ~RecordingIndexer() = default;
    // Applies one envelope or operator action to the indexer's state and returns the
    // envelope's source and sequence and the alert changes it caused.
    virtual Identity apply(const RecordedEnvelope &envelope) = 0;
    // The current state, as RecordingKeyframe::data.
    virtual QByteArray keyframe() = 0;
    // Replaces the state with a keyframe's, before the first apply().
    virtual void restore(const QByteArray &keyframe) = 0;
};

class RecordingWriterWorker;

// Writes a new recording on its own thread, named "soc.recording". append() is thread-safe, so
// a feed thread hands over each envelope without waiting on the disk. The worker commits what
// is queued every 250 ms, so a killed process loses only what arrived since the last commit
// (test_recording_commands checks that it is under a second). When the file cannot be created
// or written (an unwritable folder, a full disk), the writer emits errorOccurred once, stops
// recording and drops what arrives later; the caller goes on.
// Lives on the thread that created it; stop() or the destructor waits for the last commit.
class RecordingWriter : public QObject
{
    Q_OBJECT

public:
    // `indexer` may be null: the file then has no keyframes and no source index.
    RecordingWriter(QString path, std::unique_ptr<RecordingIndexer> indexer,
                    QObject *parent = nullptr);
    ~RecordingWriter() override;

    // Starts the thread and creates the file. The file must not exist yet. Failures arrive
    // through errorOccurred.
    void start();
    // Commits what is queued, closes the file and stops the thread, waiting at most timeoutMs.
    // Returns false when the last commit failed or did not finish in time.
    bool stop(int timeoutMs = 10000);

    // Queues one envelope. Thread-safe. Returns false once recording has failed or stopped.
    // With the queue full (MaxQueued), the envelope is dropped and counted, unless
    // setBlockWhenFull(true), with which the call waits for the worker instead.
    bool append(RecordedEnvelope envelope);
    // For imports, which must lose nothing: append() waits while the queue is full.
    void setBlockWhenFull(bool block);
    // Makes the file begin with a picture of the state at atMs (a keyframe after no envelope),
    // so that a replay from its start shows what the live display showed when recording
    // started. Call before start().
    void setInitialPicture(qint64 atMs, const QByteArray &keyframe);

    const QString &path() const { return m_path; }
    bool hasFailed() const;
    quint64 dropped() const;
    // Envelopes committed to the file so far. Thread-safe.
    quint64 written() const;

    static constexpr int MaxQueued = 200000;
    static constexpr int CommitIntervalMs = 250;

signals:
    // `message` is translated, for the user; the log has the technical cause in English.
    void errorOccurred(const QString &message);

private:
    friend class RecordingWriterWorker;
    // Called by the worker thread.
    std::deque<RecordedEnvelope> takeQueued();
    void markFailed(const QString &message);
    void addWritten(quint64 count);
    std::optional<RecordingKeyframe> initialPicture() const;

    QString m_path;
    QThread m_thread;
    RecordingWriterWorker *m_worker = nullptr; // lives on m_thread, deleted there

    mutable QMutex m_mutex; // guards everything below
    QWaitCondition m_queueDrained;
    std::deque<RecordedEnvelope> m_queue;
    bool m_failed = false;
    bool m_closed = false;
    bool m_blockWhenFull = false;
    std::optional<RecordingKeyframe> m_initialPicture;
    quint64 m_dropped = 0;
    quint64 m_written = 0;
};

// A summary of one source in a recording. Sequences count only live-stream deliveries.
struct RecordedSource
{
    QString source;
    quint64 envelopes = 0;
    quint64 snapshots = 0; // of which delivered as part of a stored picture
    quint64 firstSequence = 0;
    quint64 lastSequence = 0;
    quint64 missing = 0;  // sequence numbers skipped in receive order
    quint64 restarts = 0; // drops back to 1
    // Skipped ranges, inclusive, at most MaxListedGaps of them.
    QVector<std::pair<quint64, quint64>> gaps;
    static constexpr int MaxListedGaps = 100;
};

struct RecordingSummary
{
    qint64 firstReceivedMs = 0;
    qint64 lastReceivedMs = 0;
    quint64 envelopes = 0;
    quint64 unidentified = 0; // payloads that were not a valid envelope when recorded
    quint64 operatorActions = 0; // acknowledgements and shelvings, not counted as envelopes
    quint64 alertMarks = 0;
    quint64 keyframes = 0;
    QMap<QString, RecordedSource> sources;
};

// Reads a recording without changing it. Open checks the schema version and runs
// `PRAGMA quick_check`; a file that is not a recording, was written by a newer version, or is
// damaged gives an error naming the file. Not thread-safe: use it on one thread (the SQLite
// connection belongs to the thread that opened it).
class RecordingReader
{
    Q_DECLARE_TR_FUNCTIONS(soc::RecordingReader)

public:
    RecordingReader();
    ~RecordingReader();
    RecordingReader(const RecordingReader &) = delete;
    RecordingReader &operator=(const RecordingReader &) = delete;

    // `error` is translated; the log has the SQLite message.
    bool open(const QString &path, QString *error);
    void close();
    bool isOpen() const;
    const QString &path() const { return m_path; }

    int schemaVersion() const { return m_schemaVersion; }
    // The receive times of the first and last envelopes; both 0 for an empty recording.
    qint64 firstReceivedMs() const { return m_firstMs; }
    qint64 lastReceivedMs() const { return m_lastMs; }
    quint64 envelopeCount() const { return m_count; }

    // Called during long scans with the rows read so far and the total. Returning false cancels
    // the scan, which then fails with a message stating that it was cancelled.
    using ScanProgress = std::function<bool(quint64 done, quint64 total)>;
    // Scans the whole index: counts and sequence gaps per source.
    bool summarize(RecordingSummary *summary, QString *error,
                   const ScanProgress &progress = {}) const;

    using EnvelopeVisitor = std::function<bool(const RecordedEnvelope &)>;
    // Calls `visit` for every envelope received in [fromMs, toMs], in receive order, until it
    // returns false.
    bool forEachEnvelope(qint64 fromMs, qint64 toMs, const EnvelopeVisitor &visit,
                         QString *error) const;
    // Calls `visit` for the envelopes after `afterId` received at or before toMs, in order.
    bool forEachEnvelopeAfter(qint64 afterId, qint64 toMs, const EnvelopeVisitor &visit,
                              QString *error) const;
    // Reads at most `limit` envelopes after `afterId`, in order; fewer at the end.
    bool readAfter(qint64 afterId, int limit, QVector<RecordedEnvelope> *envelopes,
                   QString *error) const;
    // Every alert change recorded, in time order; none for a schema version 1 file.
    bool alertMarks(QVector<RecordedAlertMark> *marks, QString *error) const;
    // Reads the time range and count again, for a file that another connection is still
    // writing.
    bool refresh(QString *error);
    // The latest keyframe at or before atMs; no keyframe is not an error.
    bool keyframeAtOrBefore(qint64 atMs, std::optional<RecordingKeyframe> *keyframe,
                            QString *error) const;

private:
    bool check(QString *error);
    bool runVisit(const QString &sql, const QVariantList &bindings, const EnvelopeVisitor &visit,
                  QString *error) const;
    QString failure(const QString &what, const QString &sqlError) const;
    bool readRange(QString *error);
    QString envelopeColumns() const;

    QString m_connectionName;
    QString m_path;
    int m_schemaVersion = 0;
    qint64 m_firstMs = 0;
    qint64 m_lastMs = 0;
    quint64 m_count = 0;
};

} // namespace soc
