#pragma once

#include "core/alert_types.h"
#include "storage/alert_store.h"

#include <QObject>
#include <QTimer>
#include <QVector>

#include <functional>

namespace soc {

// Writes alert events to the alert store on its own thread. The owner creates it, moves it to a
// named QThread and calls every function through queued calls (QMetaObject::invokeMethod with
// a functor), so that no SQL runs on the UI or feed thread. Events are collected and written in
// one transaction per batch, at most flushIntervalMs after the first pending event.
//
// Failures never stop the caller. A corrupt file is moved aside and a new one started, with a
// warning. On a full disk the batch stays pending and the next flush tries again. Any other
// failure turns alert history off, and later events are dropped. Each case emits a translated
// message and logs the technical one in English (category soc.storage.alerts).
class AlertWriter : public QObject
{
    Q_OBJECT

public:
    // An empty path means AlertStore::defaultPath(false).
    explicit AlertWriter(QString path = {}, QObject *parent = nullptr);
    ~AlertWriter() override;

    // Configuration; set before open().
    void setRetentionDays(int days) { m_retentionDays = days; }
    // Replaces the wall clock that retention counts from, for tests.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void setFlushIntervalMs(int milliseconds) { m_flushTimer.setInterval(milliseconds); }
    // Interval between retention passes, in milliseconds; 0 prunes only on open() and prune().
    void setPruneIntervalMs(int milliseconds) { m_pruneIntervalMs = milliseconds; }

    // Opens the file, applies retention and returns every stored event, oldest first, for
    // AlertEngine::restore(). Emits opened() or errorOccurred(); on failure returns nothing.
    QVector<soc::AlertEvent> open();
    // Queues the events for the next batch.
    void append(const QVector<soc::AlertEvent> &events);
    // Writes the pending events now.
    void flush();
    // Deletes events older than the retention period; see AlertStore::prune().
    void prune();
    // Writes the pending events and closes the file; call before the thread quits.
    void close();

    // State, read on the writer's thread.
    bool isAvailable() const { return m_store.isOpen(); }
    QString path() const { return m_path; }
    qint64 droppedEvents() const { return m_dropped; }

    // Pending events beyond this are dropped, so that memory stays bounded while the disk is
    // full.
    static constexpr int MaxPendingEvents = 100000;

signals:
    void opened(const QString &path);
    void batchWritten(int events);
    void pruneFinished(int deleted);
    // Alert history is off, or events could not be written; `message` is translated.
    void errorOccurred(const QString &message);
    // Alert history goes on after a recovery, such as a corrupt file moved aside.
    void warningOccurred(const QString &message);

private:
    bool openStore();
    bool recoverFromCorruption(const AlertStoreError &error);
    void handleFailure(const AlertStoreError &error, const QVector<AlertEvent> &batch);
    void disable(const AlertStoreError &error);
    QString userMessage(const AlertStoreError &error) const;

    QString m_path;
    AlertStore m_store;
    int m_retentionDays = AlertStore::DefaultRetentionDays;
    std::function<qint64()> m_clock;
    QVector<AlertEvent> m_pending;
    int m_pruneIntervalMs = 60 * 60 * 1000;
    qint64 m_dropped = 0;
    bool m_disabled = false;
    bool m_diskFullReported = false;

    // Children, so that moveToThread() moves them along.
    QTimer m_flushTimer;
    QTimer m_pruneTimer;
};

} // namespace soc
