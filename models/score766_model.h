#pragma once

#include "core/dashboard_state.h"
#include "core/score766.h"

#include <QAbstractTableModel>

namespace soc {

// A unit's score in one Decision 766 group, one row per criterion: ratio, points earned out of
// the maximum and points lost. Ratios come from the unit's shown figures at the period of the
// group's score.
class Score766Model : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CriterionColumn, RatioColumn, PointsColumn, LostColumn, ColumnCount };
    enum Role { IndicatorIdRole = Qt::UserRole + 1, LostPointsRole };

    explicit Score766Model(QObject *parent = nullptr);

    void setState(DashboardStatePtr state);
    void setUnit(const QString &unitCode);
    // Shows the group with this id (see score766Groups()); the digitization group by default.
    void setGroup(const QString &groupId);
    const QString &group() const { return m_group; }
    const Score766 &score() const { return m_score; }
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "12.5" in English, "12,5" in Vietnamese.
    static QString formatPoints(double points);

private:
    void rebuild();
    QString criterionName(const Score766Item &item) const;

    DashboardStatePtr m_state;
    QString m_unit;
    QString m_group = QStringLiteral("digitization");
    Score766 m_score;
};

} // namespace soc
