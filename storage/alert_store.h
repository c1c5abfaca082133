#pragma once

#include "core/alert_types.h"
#include "storage/history_store.h"

#include <QString>
#include <QVector>

namespace soc {

// Failures of the alert store come in the same kinds as those of the KPI history, and the
// writer recovers from them the same way.
using AlertStoreError = HistoryError;

// The alert events (core/alert_types.h) in one SQLite file (WAL journal), in the order the
// engine produced them, so that AlertEngine::restore() rebuilds the alerts after a restart.
// Not thread-safe, and not a QObject: the thread that opens a store must run every call on it,
// because a Qt SQL connection belongs to the thread that created it.
class AlertStore
{
public:
    static constexpr int CurrentSchemaVersion = 1;
    static constexpr int DefaultRetentionDays = 365;

    AlertStore();
    ~AlertStore();
    AlertStore(const AlertStore &) = delete;
    AlertStore &operator=(const AlertStore &) = delete;

    // alerts.sqlite in the XDG data folder, or alerts-demo.sqlite when a feed is simulated, so
    // that demo alerts never mix with live ones. Empty when that folder cannot be created.
    static QString defaultPath(bool simulated);

    // Opens or creates the file, switches it to WAL and upgrades its schema to the current
    // version. On failure the store stays closed.
    bool open(const QString &path, AlertStoreError *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    int schemaVersion() const { return m_schemaVersion; }

    // Appends the events in one transaction; on failure nothing is stored.
    bool append(const QVector<AlertEvent> &events, AlertStoreError *error);
    // Returns the events at or after sinceMs in the order they were appended. Rows with a type,
    // state or severity name that this build does not know are skipped with a warning.
    QVector<AlertEvent> load(qint64 sinceMs, AlertStoreError *error) const;
    QVector<AlertEvent> loadAll(AlertStoreError *error) const { return load(0, error); }
    // Deletes the events older than retentionDays before nowMs, except the latest event of each
    // alert that is not in Normal after it, because restore() needs that event to bring the
    // alert back. Returns the number of deleted events, or -1 on failure.
    int prune(qint64 nowMs, int retentionDays, AlertStoreError *error);
    // Returns the number of stored events, or -1 on failure.
    qint64 eventCount(AlertStoreError *error) const;

private:
    bool applyMigrations(AlertStoreError *error);
    int readSchemaVersion(AlertStoreError *error) const;

    QString m_connectionName;
    QString m_path;
    int m_schemaVersion = 0;
};

} // namespace soc
