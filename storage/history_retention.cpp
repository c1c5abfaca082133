// Retention of the history store: deletion of the oldest points and thinning of old points to
// one per hour or per day, in slices that each touch a bounded number of rows.

#include "storage/history_sql.h"
#include "storage/history_store.h"

#include <QSqlQuery>

#include <algorithm>
#include <limits>

namespace soc {

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;
// Days start at midnight in Ho Chi Minh City (UTC+7, no daylight saving time), so that a daily
// point is the figure at the end of the local day.
constexpr qint64 DayOffsetMs = 7 * HourMs;

constexpr int RawResolution = 0;
constexpr int HourlyResolution = 1;
constexpr int DailyResolution = 2;

qint64 bucketWidth(int resolution)
{
    return resolution == DailyResolution ? DayMs : HourMs;
}

qint64 bucketOffset(int resolution)
{
    return resolution == DailyResolution ? DayOffsetMs : 0;
}

// The start of the bucket that contains timeMs.
qint64 alignDown(qint64 timeMs, int resolution)
{
    const qint64 width = bucketWidth(resolution);
    const qint64 offset = bucketOffset(resolution);
    const qint64 shifted = timeMs + offset;
    const qint64 start = shifted - ((shifted % width) + width) % width;
    return start - offset;
}

} // namespace

PruneResult HistoryStore::pruneSlice(const HistoryRetention &retention, qint64 nowMs, int maxRows,
                                     HistoryError *error)
{
    PruneResult result;
    *error = {};
    maxRows = std::max(maxRows, 1);

    const int deleted = deleteOlderThan(nowMs - retention.dailyDays * DayMs, maxRows, error);
    if (deleted < 0)
        return result;
    if (deleted > 0) {
        result.deleted = deleted;
        return result;
    }

    // Thinning to daily goes first, so that points about to become daily are not thinned to
    // hourly just before.
    const qint64 dailyCutoff = alignDown(nowMs - retention.hourlyDays * DayMs, DailyResolution);
    if (thinStep(DailyResolution, dailyCutoff, maxRows, &result, error))
        return result;
    if (error->isError())
        return result;

    const qint64 hourlyCutoff = alignDown(nowMs - retention.rawDays * DayMs, HourlyResolution);
    if (thinStep(HourlyResolution, hourlyCutoff, maxRows, &result, error))
        return result;
    result.done = !error->isError();
    return result;
}

// Deletes up to maxRows points observed before cutoff, the oldest first, one resolution at a
// time so that each lookup runs on the (resolution, observed_at) index. Returns -1 on failure.
int HistoryStore::deleteOlderThan(qint64 cutoff, int maxRows, HistoryError *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    HistoryTransaction transaction(db, m_path);
    if (!transaction.begin(error))
        return -1;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM points WHERE id IN (SELECT id FROM points "
                                 "WHERE resolution = ? AND observed_at < ? "
                                 "ORDER BY observed_at LIMIT ?)"));
    int deleted = 0;
    for (int resolution = RawResolution; resolution <= DailyResolution; ++resolution) {
        query.addBindValue(resolution);
        query.addBindValue(cutoff);
        query.addBindValue(maxRows - deleted);
        if (!execHistorySql(&query, m_path, error))
            return -1;
        deleted += query.numRowsAffected();
        if (deleted >= maxRows)
            break;
    }
    if (!transaction.commit(error))
        return -1;
    return deleted;
}

// Thins one window of points older than cutoff to the given resolution. Returns true when a
// window was processed, false when nothing was left or on failure (then *error is set).
bool HistoryStore::thinStep(int resolution, qint64 cutoff, int maxRows, PruneResult *result,
                            HistoryError *error)
{
    const std::optional<qint64> oldest = oldestBefore(resolution, cutoff, error);
    if (!oldest)
        return false;
    const qint64 from = alignDown(*oldest, resolution);
    const qint64 end = windowEnd(resolution, from, maxRows, error);
    if (error->isError())
        return false;
    const qint64 to = std::min(end, cutoff);

    int removed = 0;
    if (!thinWindow(resolution, from, to, &removed, error))
        return false;
    result->thinned += removed;
    return true;
}

// Returns the observation time of the oldest point below the given resolution and before
// cutoff.
std::optional<qint64> HistoryStore::oldestBefore(int belowResolution, qint64 cutoff,
                                                 HistoryError *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT min(observed_at) FROM points "
                                 "WHERE resolution = ? AND observed_at < ?"));
    std::optional<qint64> oldest;
    for (int resolution = RawResolution; resolution < belowResolution; ++resolution) {
        query.addBindValue(resolution);
        query.addBindValue(cutoff);
        if (!execHistorySql(&query, m_path, error))
            return std::nullopt;
        if (query.next() && !query.value(0).isNull()) {
            const qint64 found = query.value(0).toLongLong();
            oldest = oldest ? std::min(*oldest, found) : found;
        }
    }
    return oldest;
}

// Returns the end of a window that starts at `from` and contains at most about maxRows points to
// thin. That is the bucket boundary at or before the point after the first maxRows, or the end
// of the first bucket when that bucket alone contains more.
qint64 HistoryStore::windowEnd(int belowResolution, qint64 from, int maxRows,
                               HistoryError *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT observed_at FROM points WHERE resolution = ? AND "
                                 "observed_at >= ? ORDER BY observed_at LIMIT 1 OFFSET ?"));
    qint64 end = std::numeric_limits<qint64>::max();
    for (int resolution = RawResolution; resolution < belowResolution; ++resolution) {
        query.addBindValue(resolution);
        query.addBindValue(from);
        query.addBindValue(maxRows);
        if (!execHistorySql(&query, m_path, error))
            return from;
        if (query.next())
            end = std::min(end, query.value(0).toLongLong());
    }
    if (end == std::numeric_limits<qint64>::max())
        return end;
    end = alignDown(end, belowResolution);
    return end > from ? end : from + bucketWidth(belowResolution);
}

// Keeps the latest point of every unit, indicator, period and bucket in [from, to), which must
// start and end on bucket boundaries, and marks the kept points with the resolution.
bool HistoryStore::thinWindow(int resolution, qint64 from, qint64 to, int *removed,
                              HistoryError *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    HistoryTransaction transaction(db, m_path);
    if (!transaction.begin(error))
        return false;

    // The resolution list is built from constants, never from input.
    QStringList levels;
    for (int level = RawResolution; level <= resolution; ++level)
        levels.append(QString::number(level));
    const QString inWindow =
        QStringLiteral("resolution IN (%1) AND observed_at >= :from AND observed_at < :to")
            .arg(levels.join(QLatin1Char(',')));

    // In an aggregate query with a single max(), SQLite takes the bare id from the row with the
    // maximum ("bare columns" in SQLite's SELECT documentation), so the subquery lists the
    // latest point of each bucket.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM points WHERE %1 AND id NOT IN ("
                                 "SELECT id FROM (SELECT id, max(observed_at) FROM points "
                                 "WHERE %1 GROUP BY unit, indicator, period, "
                                 "(observed_at + :offset) / :width))")
                      .arg(inWindow));
    query.bindValue(QStringLiteral(":from"), from);
    query.bindValue(QStringLiteral(":to"), to);
    query.bindValue(QStringLiteral(":offset"), bucketOffset(resolution));
    query.bindValue(QStringLiteral(":width"), bucketWidth(resolution));
    if (!execHistorySql(&query, m_path, error))
        return false;
    *removed = query.numRowsAffected();

    query.prepare(QStringLiteral("UPDATE points SET resolution = :level WHERE %1").arg(inWindow));
    query.bindValue(QStringLiteral(":level"), resolution);
    query.bindValue(QStringLiteral(":from"), from);
    query.bindValue(QStringLiteral(":to"), to);
    if (!execHistorySql(&query, m_path, error))
        return false;
    return transaction.commit(error);
}

} // namespace soc
