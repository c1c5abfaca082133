#include "storage/history_sql.h"

#include <QSqlQuery>

namespace soc {

namespace {

// Primary result codes from sqlite3.h. The driver turns on extended result codes, which keep
// the primary code in the low byte.
constexpr int SqlitePerm = 3;
constexpr int SqliteReadOnly = 8;
constexpr int SqliteIoError = 10;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteFull = 13;
constexpr int SqliteCantOpen = 14;
constexpr int SqliteNotADatabase = 26;

HistoryError::Kind kindOf(int code)
{
    switch (code & 0xff) {
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return HistoryError::Kind::Corrupt;
    case SqliteFull:
        return HistoryError::Kind::DiskFull;
    case SqlitePerm:
    case SqliteReadOnly:
    case SqliteIoError:
    case SqliteCantOpen:
        return HistoryError::Kind::Unwritable;
    default:
        return HistoryError::Kind::Other;
    }
}

} // namespace

HistoryError historySqlError(const QSqlError &error, const QString &path)
{
    bool numeric = false;
    const int code = error.nativeErrorCode().toInt(&numeric);
    const HistoryError::Kind kind = numeric ? kindOf(code) : HistoryError::Kind::Other;
    return {
        kind,
        QStringLiteral("%1: %2 (SQLite code %3)").arg(path, error.text(), error.nativeErrorCode())};
}

bool runHistorySql(QSqlQuery *query, const QString &statement, const QString &path,
                   HistoryError *error)
{
    if (query->exec(statement))
        return true;
    *error = historySqlError(query->lastError(), path);
    return false;
}

bool execHistorySql(QSqlQuery *query, const QString &path, HistoryError *error)
{
    if (query->exec())
        return true;
    *error = historySqlError(query->lastError(), path);
    return false;
}

HistoryTransaction::~HistoryTransaction()
{
    if (m_open)
        m_db.rollback();
}

bool HistoryTransaction::begin(HistoryError *error)
{
    if (!m_db.transaction()) {
        *error = historySqlError(m_db.lastError(), m_path);
        return false;
    }
    m_open = true;
    return true;
}

bool HistoryTransaction::commit(HistoryError *error)
{
    if (!m_db.commit()) {
        *error = historySqlError(m_db.lastError(), m_path);
        return false;
    }
    m_open = false;
    return true;
}

} // namespace soc
