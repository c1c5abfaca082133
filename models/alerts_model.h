#pragma once

#include "core/dashboard_state.h"
#include "models/row_table_model.h"

namespace soc {

// The alerts that are not normal, one row per alert or per flood (many units that breached the
// same rule together, under their first unit), most urgent first.
class AlertsModel : public RowTableModel
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

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString displayText(const AlertGroup &group, int column) const;

    DashboardStatePtr m_state;
    QVector<AlertGroup> m_rows;
};

} // namespace soc
