#pragma once

#include "core/trend_series.h"
#include "storage/history_store.h"

#include <QHash>
#include <QObject>
#include <QThread>

namespace soc {

// Runs trend queries on the history file. Lives on the loader's worker thread and owns its own
// HistoryStore, because a Qt SQL connection belongs to the thread that opened it.
class TrendWorker : public QObject
{
    Q_OBJECT

public:
    explicit TrendWorker(QString path) : m_path(std::move(path)) {}

    void open();
    void query(quint64 requestId, const soc::TrendSeries &request, int maxPoints);
    void close() { m_store.close(); }

signals:
    void loaded(quint64 requestId, const soc::TrendSeries &series);

private:
    QString m_path;
    HistoryStore m_store;
    bool m_opened = false;
};

// Answers the Unit Detail page's trend requests from the history file. Queries run on a named
// worker thread, never on the caller's thread, and results come back on the loader's thread
// through trendLoaded(). A result is dropped when a newer request for the same indicator, or
// any request for another unit, was made after it.
//
// NOTE: HistoryStore has no read-only mode, so the worker opens the file like the writer does
// (and may upgrade its schema); the loader only opens a file that already exists.
class TrendLoader : public QObject
{
    Q_OBJECT

public:
    // An empty path means HistoryStore::defaultPath().
    explicit TrendLoader(const QString &historyPath = {}, QObject *parent = nullptr);
    ~TrendLoader() override;

    // For tests: the worker, whose loaded() signal is emitted on the worker thread.
    TrendWorker *worker() const { return m_worker; }

    // Matches UnitDetailPage::trendRequested.
    void request(const QString &unit, const QString &indicator, qint64 fromMs, qint64 toMs,
                 int maxPoints);

signals:
    void trendLoaded(const soc::TrendSeries &series);

private:
    void deliver(quint64 requestId, const TrendSeries &series);

    QThread m_thread;
    TrendWorker *m_worker = nullptr;
    quint64 m_nextRequestId = 1;
    QString m_latestUnit;
    QHash<QString, quint64> m_latestByIndicator;
};

} // namespace soc
