#pragma once

#include "core/dashboard_state.h"
#include "models/row_table_model.h"

#include <QVector>

namespace soc {

// Every indicator of the catalog for one unit, in catalog order: value against target, the
// figures behind it, period, observation time, freshness, coverage of the children and the
// unit's active alerts on that indicator. Rebuilt from each DashboardState; rows stay in
// place so that the selection survives updates.
class UnitDetailModel : public RowTableModel
{
    Q_OBJECT

public:
    enum Column {
        IndicatorColumn,
        ValueColumn,
        TargetColumn,
        StatusColumn,
        FiguresColumn,
        PeriodColumn,
        ObservedColumn,
        FreshnessColumn,
        CoverageColumn,
        AlertsColumn,
        ColumnCount
    };
    enum Role { IndicatorIdRole = Qt::UserRole + 1, SortValueRole, StatusRole, SeverityRole };

    explicit UnitDetailModel(QObject *parent = nullptr);

    void setState(DashboardStatePtr state);
    void setUnit(const QString &unitCode);
    const QString &unit() const { return m_unit; }
    // True when the unit has children in the catalog, so that coverage means something.
    bool hasChildren() const;
    // Repaints every cell and header after a language change.
    void refresh() { refreshAll(); }

    QString indicatorAt(int row) const;
    int rowOf(const QString &indicatorId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row
    {
        QString indicator;
        UnitFigure figure;
        Severity worstAlert = Severity::None;
        int alertCount = 0;
    };

    void rebuild();
    QVariant display(const Row &row, const Indicator &indicator, int column) const;
    QString alertText(const Row &row) const;

    DashboardStatePtr m_state;
    QString m_unit;
    QVector<Row> m_rows;
};

} // namespace soc
