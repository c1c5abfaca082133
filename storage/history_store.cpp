#include "storage/history_store.h"

#include "storage/app_paths.h"
#include "storage/history_sql.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace soc {

namespace {

struct Migration
{
    int version;
    QStringList statements;
};

// Each entry upgrades the file from the version before it. A file without a schema_version
// table is version 0: a new, empty file, or an SQLite file that some other program created.
// Tables that this code does not know are left alone.
const QVector<Migration> &migrations()
{
    static const QVector<Migration> steps = {
        {1,
         {QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                         "applied_at INTEGER NOT NULL)"),
          // resolution: 0 for a point as it arrived, 1 for the point kept for its hour, 2 for
          // the point kept for its day.
          QStringLiteral("CREATE TABLE points (id INTEGER PRIMARY KEY, unit TEXT NOT NULL, "
                         "indicator TEXT NOT NULL, period TEXT NOT NULL, "
                         "observed_at INTEGER NOT NULL, numerator REAL, denominator REAL, "
                         "value REAL, resolution INTEGER NOT NULL DEFAULT 0, "
                         "UNIQUE (unit, indicator, period, observed_at))"),
          // Trends without a period; trends with one use the index of the UNIQUE constraint.
          QStringLiteral("CREATE INDEX points_by_series ON points (unit, indicator, observed_at)"),
          // Retention looks for the oldest points of one resolution.
          QStringLiteral("CREATE INDEX points_by_age ON points (resolution, observed_at)")}},
    };
    return steps;
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("soc.history.%1").arg(counter.fetchAndAddRelaxed(1));
}

Sample pointFromRow(const QSqlQuery &query)
{
    Sample point;
    point.unit = query.value(0).toString();
    point.indicator = query.value(1).toString();
    point.period = Period::parse(query.value(2).toString());
    point.observedAtMs = query.value(3).toLongLong();
    point.hasRatio = !query.value(4).isNull();
    if (point.hasRatio) {
        point.numerator = query.value(4).toDouble();
        point.denominator = query.value(5).toDouble();
    } else {
        point.value = query.value(6).toDouble();
    }
    return point;
}

const QString PointColumns =
    QStringLiteral("unit, indicator, period, observed_at, numerator, denominator, value");

} // namespace

HistoryStore::HistoryStore() : m_connectionName(nextConnectionName()) {}

HistoryStore::~HistoryStore()
{
    close();
}

QString HistoryStore::defaultPath()
{
    const QString folder = dataDirectory();
    if (folder.isEmpty())
        return {};
    return folder + QStringLiteral("/history.sqlite");
}

bool HistoryStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool HistoryStore::open(const QString &path, HistoryError *error)
{
    close();
    if (path.isEmpty()) {
        *error = {HistoryError::Kind::Unwritable, QStringLiteral("no data folder for history")};
        return false;
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        *error = {HistoryError::Kind::Unwritable,
                  QStringLiteral("cannot create the folder %1").arg(folder)};
        return false;
    }

    m_path = path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        // Readers on other connections hold the file only briefly in WAL mode.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            *error = historySqlError(db.lastError(), path);
            close();
            return false;
        }
    }

    // NOTE: damage in pages that the statements below do not read is found only when a later
    // statement reads them. A full integrity check at start would read the whole file.
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!runHistorySql(&query, QStringLiteral("PRAGMA journal_mode=WAL"), path, error) ||
        !runHistorySql(&query, QStringLiteral("PRAGMA synchronous=NORMAL"), path, error) ||
        !applyMigrations(error)) {
        query = QSqlQuery();
        db = QSqlDatabase();
        close();
        return false;
    }
    return true;
}

void HistoryStore::close()
{
    m_schemaVersion = 0;
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int HistoryStore::readSchemaVersion(HistoryError *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!runHistorySql(&query,
                       QStringLiteral("SELECT count(*) FROM sqlite_master "
                                      "WHERE type = 'table' AND name = 'schema_version'"),
                       m_path, error))
        return -1;
    query.next();
    if (query.value(0).toInt() == 0)
        return 0;
    if (!runHistorySql(&query, QStringLiteral("SELECT max(version) FROM schema_version"), m_path,
                       error))
        return -1;
    query.next();
    return query.value(0).toInt();
}

bool HistoryStore::applyMigrations(HistoryError *error)
{
    const int found = readSchemaVersion(error);
    if (found < 0)
        return false;
    if (found > CurrentSchemaVersion) {
        *error = {HistoryError::Kind::TooNew,
                  QStringLiteral("%1 has schema version %2; this build reads up to version %3")
                      .arg(m_path)
                      .arg(found)
                      .arg(CurrentSchemaVersion)};
        return false;
    }

    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (const Migration &migration : migrations()) {
        if (migration.version <= found)
            continue;
        // One transaction per step, so that a failed step leaves the file at the version before.
        HistoryTransaction transaction(db, m_path);
        if (!transaction.begin(error))
            return false;
        QSqlQuery query(db);
        for (const QString &statement : migration.statements) {
            if (!runHistorySql(&query, statement, m_path, error))
                return false;
        }
        query.prepare(
            QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        query.addBindValue(migration.version);
        query.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!execHistorySql(&query, m_path, error) || !transaction.commit(error))
            return false;
    }
    m_schemaVersion = CurrentSchemaVersion;
    return true;
}

int HistoryStore::insert(const QVector<Sample> &samples, HistoryError *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    HistoryTransaction transaction(db, m_path);
    if (!transaction.begin(error))
        return -1;

    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR IGNORE INTO points (%1) VALUES (?, ?, ?, ?, ?, ?, ?)")
                      .arg(PointColumns));
    const QVariant noNumber(QMetaType::fromType<double>());
    int inserted = 0;
    for (const Sample &sample : samples) {
        const std::optional<double> shown = sample.displayValue();
        query.bindValue(0, sample.unit);
        query.bindValue(1, sample.indicator);
        query.bindValue(2, sample.period.toString());
        query.bindValue(3, sample.observedAtMs);
        query.bindValue(4, sample.hasRatio ? QVariant(sample.numerator) : noNumber);
        query.bindValue(5, sample.hasRatio ? QVariant(sample.denominator) : noNumber);
        query.bindValue(6, shown ? QVariant(*shown) : noNumber);
        if (!execHistorySql(&query, m_path, error))
            return -1;
        inserted += query.numRowsAffected();
    }
    if (!transaction.commit(error))
        return -1;
    return inserted;
}

QVector<Sample> HistoryStore::trend(const TrendQuery &request, HistoryError *error) const
{
    QString filter = QStringLiteral("unit = :unit AND indicator = :indicator AND "
                                    "observed_at BETWEEN :from AND :to");
    if (request.period)
        filter += QStringLiteral(" AND period = :period");
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const auto bindFilter = [&] {
        query.bindValue(QStringLiteral(":unit"), request.unit);
        query.bindValue(QStringLiteral(":indicator"), request.indicator);
        query.bindValue(QStringLiteral(":from"), request.fromMs);
        query.bindValue(QStringLiteral(":to"), request.toMs);
        if (request.period)
            query.bindValue(QStringLiteral(":period"), request.period->toString());
    };

    bool thin = false;
    if (request.maxPoints > 0) {
        query.prepare(QStringLiteral("SELECT count(*) FROM points WHERE %1").arg(filter));
        bindFilter();
        if (!execHistorySql(&query, m_path, error))
            return {};
        query.next();
        thin = query.value(0).toLongLong() > request.maxPoints;
    }

    if (thin) {
        // In an aggregate query with a single max(), SQLite takes the bare columns from the row
        // with the maximum ("bare columns" in SQLite's SELECT documentation), so each bucket
        // yields its latest point.
        query.prepare(QStringLiteral("SELECT unit, indicator, period, max(observed_at), "
                                     "numerator, denominator, value FROM points WHERE %1 "
                                     "GROUP BY (observed_at - :from) / :width ORDER BY 4")
                          .arg(filter));
        const qint64 span = request.toMs - request.fromMs + 1;
        query.bindValue(QStringLiteral(":width"),
                        (span + request.maxPoints - 1) / request.maxPoints);
    } else {
        query.prepare(QStringLiteral("SELECT %1 FROM points WHERE %2 ORDER BY observed_at")
                          .arg(PointColumns, filter));
    }
    bindFilter();
    if (!execHistorySql(&query, m_path, error))
        return {};
    QVector<Sample> points;
    while (query.next())
        points.append(pointFromRow(query));
    return points;
}

std::optional<Sample> HistoryStore::latestAt(const QString &unit, const QString &indicator,
                                             const std::optional<Period> &period, qint64 atMs,
                                             HistoryError *error) const
{
    QString sql = QStringLiteral("SELECT %1 FROM points WHERE unit = ? AND indicator = ? AND "
                                 "observed_at <= ?")
                      .arg(PointColumns);
    if (period)
        sql += QStringLiteral(" AND period = ?");
    sql += QStringLiteral(" ORDER BY observed_at DESC LIMIT 1");

    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(sql);
    query.addBindValue(unit);
    query.addBindValue(indicator);
    query.addBindValue(atMs);
    if (period)
        query.addBindValue(period->toString());
    if (!execHistorySql(&query, m_path, error) || !query.next())
        return std::nullopt;
    return pointFromRow(query);
}

qint64 HistoryStore::pointCount(HistoryError *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!runHistorySql(&query, QStringLiteral("SELECT count(*) FROM points"), m_path, error))
        return -1;
    query.next();
    return query.value(0).toLongLong();
}

QString HistoryStore::moveAside(const QString &path, qint64 nowMs, QString *error)
{
    const QString stamp =
        QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).toString(QStringLiteral("yyyyMMddTHHmmssZ"));
    QString target = path + QStringLiteral(".corrupt-") + stamp;
    for (int attempt = 2; QFile::exists(target); ++attempt)
        target = path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(attempt);

    if (!QFile::rename(path, target)) {
        *error = QStringLiteral("cannot rename %1 to %2").arg(path, target);
        return {};
    }
    // The journal files belong to the damaged file; left in place, SQLite would apply them to
    // the new one.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            QFile::remove(path + suffix);
    }
    return target;
}

} // namespace soc
