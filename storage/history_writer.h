#pragma once

#include "core/sample.h"
#include "storage/history_store.h"

#include <QObject>
#include <QTimer>
#include <QVector>

#include <functional>
#include <memory>

namespace soc {

// Writes KPI samples to the history store on its own thread. The owner creates it, moves it to
// a named QThread, connects QThread::started to open() and calls every other function through
// queued calls (QMetaObject::invokeMethod with a functor), so that no SQL runs on the UI or
// feed thread. Samples are collected and written in one transaction per batch: at most one
// second after the first pending sample, or at once when maxBatchPoints are pending.
//
// Failures never stop the caller. A corrupt file is moved aside and a new one started, with a
// warning. A full disk drops the batch, and the next batch tries again. Any other failure turns
// history off, and later samples are dropped. Each case emits a translated message and logs the
// technical one in English (category soc.storage.history).
class HistoryWriter : public QObject
{
    Q_OBJECT

public:
    // An empty path means HistoryStore::defaultPath().
    explicit HistoryWriter(QString path = {}, QObject *parent = nullptr);
    ~HistoryWriter() override;

    // Configuration; set before open().
    void setRetention(const HistoryRetention &retention) { m_retention = retention; }
    // Replaces the wall clock that retention counts from, for tests.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void setFlushIntervalMs(int milliseconds) { m_flushTimer.setInterval(milliseconds); }
    void setMaxBatchPoints(int points) { m_maxBatchPoints = points; }
    // Interval between retention passes, in milliseconds; 0 runs retention only on prune().
    void setPruneIntervalMs(int milliseconds) { m_pruneIntervalMs = milliseconds; }

    // Opens the file and starts the first retention pass. Emits opened() or errorOccurred().
    void open();
    // Queues the samples for the next batch.
    void append(const QVector<soc::Sample> &samples);
    // Writes the pending samples now.
    void flush();
    // Starts a retention pass unless one is running. It runs in slices of about
    // pruneSliceRows points between which queued samples are written, and emits pruneFinished().
    void prune();
    // Writes the pending samples and closes the file; call before the thread quits.
    void close();

    // State, read on the writer's thread.
    bool isAvailable() const { return m_store.isOpen(); }
    QString path() const { return m_path; }
    qint64 droppedPoints() const { return m_dropped; }

    static constexpr int DefaultMaxBatchPoints = 5000;
    static constexpr int PruneSliceRows = 2000;
    // Pending points beyond this are dropped, so that memory stays bounded when the disk is
    // slower than the feed.
    static constexpr int MaxPendingPoints = 200000;

signals:
    void opened(const QString &path);
    // A batch went to the file: `points` samples, of which `inserted` were new.
    void batchWritten(int points, int inserted);
    void pruneFinished(int thinned, int deleted);
    // History is off, or a batch was lost; `message` is translated for the user.
    void errorOccurred(const QString &message);
    // History goes on after a recovery, such as a corrupt file moved aside.
    void warningOccurred(const QString &message);

private:
    bool openStore();
    bool recoverFromCorruption(const HistoryError &error);
    void handleFailure(const HistoryError &error);
    void disable(const HistoryError &error);
    void pruneNextSlice();
    QString userMessage(const HistoryError &error) const;

    QString m_path;
    HistoryStore m_store;
    HistoryRetention m_retention;
    std::function<qint64()> m_clock;
    QVector<Sample> m_pending;
    int m_maxBatchPoints = DefaultMaxBatchPoints;
    int m_pruneIntervalMs = 10 * 60 * 1000;
    qint64 m_dropped = 0;
    bool m_disabled = false;
    bool m_diskFullReported = false;
    bool m_pruning = false;
    int m_prunedThinned = 0;
    int m_prunedDeleted = 0;

    // Children, so that moveToThread() moves them along.
    QTimer m_flushTimer;
    QTimer m_pruneTimer;
    QTimer m_sliceTimer;
};

} // namespace soc
