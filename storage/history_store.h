#pragma once

#include "core/period.h"
#include "core/sample.h"

#include <QString>
#include <QVector>

#include <optional>

namespace soc {

// Retention periods of the history, counted back from "now". Points younger than rawDays stay as
// they arrived. Older points are thinned to one per unit, indicator, period and hour until
// hourlyDays, then to one per day until dailyDays, and are deleted after that.
struct HistoryRetention
{
    int rawDays = 7;
    int hourlyDays = 90;
    int dailyDays = 3 * 365;
};

// The failure of a history operation. Callers choose the recovery by kind: the writer moves a
// corrupt file aside, drops the batch on a full disk and turns history off for anything else.
struct HistoryError
{
    enum class Kind
    {
        None,
        Unwritable, // the folder or file cannot be created, opened or written
        DiskFull,
        Corrupt, // the file is not an SQLite database, or its pages are damaged
        TooNew,  // written by a newer build with a schema version this build does not know
        Other,
    };

    Kind kind = Kind::None;
    QString detail; // English, for the log: the SQLite message and the path

    bool isError() const { return kind != Kind::None; }
};

// One trend request: the points of one unit and indicator observed in [fromMs, toMs], both
// inclusive. Without a period, the points of every period of the indicator are mixed.
struct TrendQuery
{
    QString unit;
    QString indicator;
    std::optional<Period> period;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    // When more points match, the range is cut into maxPoints equal time buckets and the latest
    // point of each bucket is returned. 0 returns every point.
    int maxPoints = 0;
};

// Counts of one retention slice.
struct PruneResult
{
    int thinned = 0;   // points removed because a later point of the same hour or day stays
    int deleted = 0;   // points older than the daily retention
    bool done = false; // nothing was left to do for this "now"
};

// The KPI history in one SQLite file (WAL journal): every sample that changed the dashboard,
// keyed on unit, indicator, period and observation time, so that the same sample stored twice
// is one row. Not thread-safe, and not a QObject: the thread that opens a store must run every
// call on it, because a Qt SQL connection belongs to the thread that created it. Several stores
// may open the same file at once, such as the writer and a reader on another thread.
class HistoryStore
{
public:
    static constexpr int CurrentSchemaVersion = 1;

    HistoryStore();
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    // history.sqlite in the XDG data folder, or an empty string when that folder cannot be
    // created.
    static QString defaultPath();

    // Opens or creates the file, switches it to WAL and upgrades its schema to the current
    // version. On failure the store stays closed.
    bool open(const QString &path, HistoryError *error);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // The version recorded in the file's schema_version table; 0 when closed.
    int schemaVersion() const { return m_schemaVersion; }

    // Stores the samples in one transaction and returns how many were new: a sample whose
    // unit, indicator, period and observation time are already stored is skipped. Returns -1 on
    // failure, with nothing stored. The sample's source is not kept.
    int insert(const QVector<Sample> &samples, HistoryError *error);

    // Returns the points of the query in order of observation time, oldest first. The points
    // carry no source.
    QVector<Sample> trend(const TrendQuery &query, HistoryError *error) const;
    // Returns the latest point observed at or before atMs, if any.
    std::optional<Sample> latestAt(const QString &unit, const QString &indicator,
                                   const std::optional<Period> &period, qint64 atMs,
                                   HistoryError *error) const;
    // Returns the number of stored points, or -1 on failure.
    qint64 pointCount(HistoryError *error) const;

    // Runs one step of retention as of nowMs and touches about maxRows points at most, so that
    // a caller can interleave writes between steps. Deletion comes first, then thinning to
    // daily, then to hourly points. Call again until the result is done.
    PruneResult pruneSlice(const HistoryRetention &retention, qint64 nowMs, int maxRows,
                           HistoryError *error);

    // Renames a damaged file, with its -wal and -shm companions, to PATH.corrupt-TIMESTAMP (UTC)
    // so that a new file can start at PATH. Returns the new name, or an empty string with a
    // message in *error. The store must not have the file open.
    static QString moveAside(const QString &path, qint64 nowMs, QString *error);

private:
    bool applyMigrations(HistoryError *error);
    int readSchemaVersion(HistoryError *error) const;
    bool thinWindow(int resolution, qint64 from, qint64 to, int *removed, HistoryError *error);
    std::optional<qint64> oldestBefore(int belowResolution, qint64 cutoff,
                                       HistoryError *error) const;
    qint64 windowEnd(int belowResolution, qint64 from, int maxRows, HistoryError *error) const;
    int deleteOlderThan(qint64 cutoff, int maxRows, HistoryError *error);
    bool thinStep(int resolution, qint64 cutoff, int maxRows, PruneResult *result,
                  HistoryError *error);

    QString m_connectionName;
    QString m_path;
    int m_schemaVersion = 0;
};

} // namespace soc
