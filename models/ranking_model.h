#pragma once

#include "core/dashboard_state.h"

#include <QAbstractTableModel>
#include <QVector>

namespace soc {

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
    struct Row
    {
        QString unit;
        UnitFigure figure;
        int rank = 0; // 0 when the unit has no data
    };

    void rebuild();

    DashboardStatePtr m_state;
    QString m_indicator = QStringLiteral("e_result");
    QString m_parentUnit = QStringLiteral("79");
    QVector<Row> m_rows;
};

} // namespace soc
