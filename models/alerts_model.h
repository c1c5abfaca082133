#pragma once

#include "core/dashboard_state.h"

#include <QAbstractItemModel>

namespace soc {

// The alerts that are not normal, one row per alert or per flood (many units that breached the
// same rule together, under their first unit), most urgent first. A flood row has one child
// row per alert of the flood, so that it expands to every unit; other rows have no children.
// Rows that stay are updated in place and rows come and go at the end of their parent, so that
// views keep their selection and expanded floods.
class AlertsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        SeverityColumn,
        StateColumn,
        UnitColumn,
        IndicatorColumn,
        RuleColumn,
        SinceColumn,
        ValueColumn,
        TextColumn,
        ColumnCount
    };
    enum Role {
        AlertIdsRole = Qt::UserRole + 1, // QStringList of the alert ids behind the row
        SeverityRole,                    // int of soc::Severity
        StateRole,                       // int of soc::AlertState
    };

    explicit AlertsModel(QObject *parent = nullptr);

    void setState(DashboardStatePtr state);
    void refresh();

    static QString severityText(Severity severity);
    static QString stateText(AlertState state);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString displayText(const AlertGroup &group, int column) const;
    // The group behind a row: a top-level row's own, or a one-alert group for a flood's child.
    AlertGroup groupAt(const QModelIndex &index) const;
    void replaceGroups(const QVector<AlertGroup> &next);
    static int childCount(const AlertGroup &group);

    DashboardStatePtr m_state;
    // Top-level rows. An index's internal id is 0 for a top-level row and the parent's row + 1
    // for a flood's child.
    QVector<AlertGroup> m_rows;
};

} // namespace soc
