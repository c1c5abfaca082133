#pragma once

#include "storage/history_store.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

class QSqlQuery;

namespace soc {

// Helpers shared by the history store's source files; not part of its interface.

// Classifies a Qt SQL error of the QSQLITE driver by its SQLite result code.
HistoryError historySqlError(const QSqlError &error, const QString &path);
// Runs one statement, or the prepared one, and fills *error on failure.
bool runHistorySql(QSqlQuery *query, const QString &statement, const QString &path,
                   HistoryError *error);
bool execHistorySql(QSqlQuery *query, const QString &path, HistoryError *error);

// A transaction that rolls back unless committed, so that every early return leaves the file
// as it was.
class HistoryTransaction
{
public:
    HistoryTransaction(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path))
    {
    }
    ~HistoryTransaction();
    HistoryTransaction(const HistoryTransaction &) = delete;
    HistoryTransaction &operator=(const HistoryTransaction &) = delete;

    bool begin(HistoryError *error);
    bool commit(HistoryError *error);

private:
    QSqlDatabase m_db;
    QString m_path;
    bool m_open = false;
};

} // namespace soc
