#include "storage/alert_store.h"

#include "storage/app_paths.h"
#include "storage/history_sql.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace soc {

Q_DECLARE_LOGGING_CATEGORY(lcAlertStore)
Q_LOGGING_CATEGORY(lcAlertStore, "soc.storage.alerts", QtWarningMsg)

namespace {

struct Migration
{
    int version;
    QStringList statements;
};

// Each entry upgrades the file from the version before it. A file without a schema_version
// table is version 0. Names of types, states and severities are stored as text (the names of
// core/alert_types.h), so that the file reads without this build's enum values.
const QVector<Migration> &migrations()
{
    static const QVector<Migration> steps = {
        {1,
         {QStringLiteral("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, "
                         "applied_at INTEGER NOT NULL)"),
          QStringLiteral("CREATE TABLE alert_events (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                         "at_ms INTEGER NOT NULL, type TEXT NOT NULL, alert_id TEXT NOT NULL, "
                         "rule TEXT NOT NULL, unit TEXT NOT NULL, indicator TEXT NOT NULL, "
                         "severity TEXT NOT NULL, state TEXT NOT NULL, "
                         "condition_active INTEGER NOT NULL, value REAL, "
                         "shelved_until_ms INTEGER NOT NULL, operator_name TEXT NOT NULL, "
                         "comment TEXT NOT NULL, text TEXT NOT NULL)"),
          // The history of one alert, and the latest event per alert during retention.
          QStringLiteral("CREATE INDEX alert_events_by_alert ON alert_events (alert_id, at_ms)"),
          // Loading since a time, and retention by age.
          QStringLiteral("CREATE INDEX alert_events_by_time ON alert_events (at_ms)")}},
    };
    return steps;
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("soc.alerts.%1").arg(counter.fetchAndAddRelaxed(1));
}

const QString EventColumns = QStringLiteral(
    "at_ms, type, alert_id, rule, unit, indicator, severity, state, condition_active, value, "
    "shelved_until_ms, operator_name, comment, text");

// Returns false for a row with a name that this build does not know.
bool eventFromRow(const QSqlQuery &query, AlertEvent *event)
{
    const std::optional<AlertEventType> type = alertEventTypeFromName(query.value(1).toString());
    const std::optional<AlertState> state = alertStateFromName(query.value(7).toString());
    const QString severityText = query.value(6).toString();
    const std::optional<Severity> severity =
        severityText.isEmpty() ? std::optional<Severity>(Severity::None)
                               : severityFromName(severityText);
    if (!type || !state || !severity)
        return false;

    event->atMs = query.value(0).toLongLong();
    event->type = *type;
    event->alertId = query.value(2).toString();
    event->rule = query.value(3).toString();
    event->unit = query.value(4).toString();
    event->indicator = query.value(5).toString();
    event->severity = *severity;
    event->state = *state;
    event->conditionActive = query.value(8).toBool();
    event->value = query.value(9).isNull() ? std::nullopt
                                           : std::optional<double>(query.value(9).toDouble());
    event->shelvedUntilMs = query.value(10).toLongLong();
    event->operatorName = query.value(11).toString();
    event->comment = query.value(12).toString();
    event->text = query.value(13).toString();
    return true;
}

// The driver binds a null QString, such as the name of Severity::None, as SQL NULL, which the
// NOT NULL text columns reject.
QString notNull(const QString &text)
{
    return text.isNull() ? QString::fromLatin1("") : text;
}

} // namespace

AlertStore::AlertStore() : m_connectionName(nextConnectionName()) {}

AlertStore::~AlertStore()
{
    close();
}

QString AlertStore::defaultPath(bool simulated)
{
    const QString folder = dataDirectory();
    if (folder.isEmpty())
        return {};
    return folder + (simulated ? QStringLiteral("/alerts-demo.sqlite")
                               : QStringLiteral("/alerts.sqlite"));
}

bool AlertStore::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) &&
           QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool AlertStore::open(const QString &path, AlertStoreError *error)
{
    close();
    if (path.isEmpty()) {
        *error = {HistoryError::Kind::Unwritable, QStringLiteral("no data folder for alerts")};
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
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            *error = historySqlError(db.lastError(), path);
            close();
            return false;
        }
    }

    bool ok = false;
    {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        ok = runHistorySql(&query, QStringLiteral("PRAGMA journal_mode=WAL"), path, error) &&
             runHistorySql(&query, QStringLiteral("PRAGMA synchronous=NORMAL"), path, error) &&
             applyMigrations(error);
    }
    if (!ok)
        close();
    return ok;
}

void AlertStore::close()
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

int AlertStore::readSchemaVersion(AlertStoreError *error) const
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

bool AlertStore::applyMigrations(AlertStoreError *error)
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

bool AlertStore::append(const QVector<AlertEvent> &events, AlertStoreError *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    HistoryTransaction transaction(db, m_path);
    if (!transaction.begin(error))
        return false;

    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO alert_events (%1) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(EventColumns));
    const QVariant noNumber(QMetaType::fromType<double>());
    for (const AlertEvent &event : events) {
        query.bindValue(0, event.atMs);
        query.bindValue(1, alertEventTypeName(event.type));
        query.bindValue(2, notNull(event.alertId));
        query.bindValue(3, notNull(event.rule));
        query.bindValue(4, notNull(event.unit));
        query.bindValue(5, notNull(event.indicator));
        query.bindValue(6, notNull(severityName(event.severity)));
        query.bindValue(7, alertStateName(event.state));
        query.bindValue(8, event.conditionActive ? 1 : 0);
        query.bindValue(9, event.value ? QVariant(*event.value) : noNumber);
        query.bindValue(10, event.shelvedUntilMs);
        query.bindValue(11, notNull(event.operatorName));
        query.bindValue(12, notNull(event.comment));
        query.bindValue(13, notNull(event.text));
        if (!execHistorySql(&query, m_path, error))
            return false;
    }
    return transaction.commit(error);
}

QVector<AlertEvent> AlertStore::load(qint64 sinceMs, AlertStoreError *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM alert_events WHERE at_ms >= ? ORDER BY id").arg(EventColumns));
    query.addBindValue(sinceMs);
    if (!execHistorySql(&query, m_path, error))
        return {};

    QVector<AlertEvent> events;
    int skipped = 0;
    while (query.next()) {
        AlertEvent event;
        if (eventFromRow(query, &event))
            events.append(event);
        else
            ++skipped;
    }
    if (skipped > 0)
        qCWarning(lcAlertStore).noquote() << "skipped" << skipped << "alert events of" << m_path
                                          << "with an unknown type, state or severity";
    return events;
}

int AlertStore::prune(qint64 nowMs, int retentionDays, AlertStoreError *error)
{
    constexpr qint64 DayMs = 24 * 60 * 60 * 1000;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // The latest event of an alert is the one with the highest id, because ids follow the
    // order of append().
    query.prepare(QStringLiteral(
        "DELETE FROM alert_events WHERE at_ms < ? AND id NOT IN ("
        "SELECT latest.id FROM alert_events AS latest WHERE latest.state <> 'normal' AND "
        "latest.id = (SELECT max(id) FROM alert_events WHERE alert_id = latest.alert_id))"));
    query.addBindValue(nowMs - retentionDays * DayMs);
    if (!execHistorySql(&query, m_path, error))
        return -1;
    return query.numRowsAffected();
}

qint64 AlertStore::eventCount(AlertStoreError *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!runHistorySql(&query, QStringLiteral("SELECT count(*) FROM alert_events"), m_path,
                       error))
        return -1;
    query.next();
    return query.value(0).toLongLong();
}

} // namespace soc
