#pragma once

#include "core/dashboard_state.h"
#include "models/row_table_model.h"

#include <QVector>

namespace soc {

// One row per feed source with its counters, from each DashboardState. Rows keep their order
// (by source id) across updates, so that a selection survives a refresh.
class FeedsModel : public RowTableModel
{
    Q_OBJECT

public:
    enum Column {
        SourceColumn,
        PresenceColumn,
        LastMessageColumn,
        RateColumn,
        ReceivedColumn,
        GapsColumn,
        DuplicatesColumn,
        RestartsColumn,
        RejectedColumn,
        LastRejectionColumn,
        UnknownUnitsColumn,
        ColumnCount
    };
    enum Role { SourceIdRole = Qt::UserRole + 1 };

    explicit FeedsModel(QObject *parent = nullptr);

    void setState(DashboardStatePtr state);
    void refresh(); // after a language change

    // The system behind a source id, such as "the National Public Service Portal", translated.
    static QString systemName(const QString &source);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString displayText(const SourceStatus &status, int column) const;

    DashboardStatePtr m_state;
    QVector<SourceStatus> m_rows;
};

// One row per configured feed URL with its connection state.
class ConnectionsModel : public RowTableModel
{
    Q_OBJECT

public:
    enum Column { UrlColumn, StateColumn, SinceColumn, DetailColumn, ColumnCount };

    explicit ConnectionsModel(QObject *parent = nullptr);

    void setState(DashboardStatePtr state);
    void refresh();
    static QString stateName(ConnectionState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QVector<ConnectionStatus> m_rows;
};

} // namespace soc
