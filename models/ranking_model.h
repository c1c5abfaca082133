#pragma once

#include "core/dashboard_state.h"

#include <QAbstractTableModel>
#include <QVector>

namespace soc {

struct RankedUnit
{
    QString unit;
    UnitFigure figure;
    int rank = 0; // 0 when the unit has no data
};

// The child units of `parent`, best first in the indicator's direction, units without data
// last, ties in code order.
QVector<RankedUnit> rankChildren(const DashboardState &state, const QString &parent,
                                 const Indicator &indicator);

// The child units of one parent ranked on one indicator, best first in the indicator's
// direction; units without data come last. Rebuilt from each DashboardState.
class RankingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RankColumn, UnitColumn, ValueColumn, FiguresColumn, ObservedColumn, ColumnCount };
    enum Role { UnitCodeRole = Qt::UserRole + 1, SortValueRole, StatusRole };

    explicit RankingModel(QObject *parent = nullptr);

    void setState(DashboardStatePtr state);
    void setIndicator(const QString &indicatorId);
    void setParentUnit(const QString &unitCode);
    // Rebuilds the display strings after a language change.
    void refresh();

    const QString &indicator() const { return m_indicator; }
    QString unitAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    using Row = RankedUnit;

    void rebuild();

    DashboardStatePtr m_state;
    QString m_indicator = QStringLiteral("e_result");
    QString m_parentUnit = QStringLiteral("79");
    QVector<Row> m_rows;
};

} // namespace soc
