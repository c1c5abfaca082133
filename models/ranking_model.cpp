#include "models/ranking_model.h"

#include "models/display_format.h"
#include "models/target_status.h"

#include <algorithm>

namespace soc {

RankingModel::RankingModel(QObject *parent) : QAbstractTableModel(parent) {}

void RankingModel::setState(DashboardStatePtr state)
{
    m_state = std::move(state);
    rebuild();
}

void RankingModel::setIndicator(const QString &indicatorId)
{
    if (indicatorId == m_indicator)
        return;
    m_indicator = indicatorId;
    rebuild();
}

void RankingModel::setParentUnit(const QString &unitCode)
{
    if (unitCode == m_parentUnit)
        return;
    m_parentUnit = unitCode;
    rebuild();
}

void RankingModel::refresh()
{
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
    }
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString RankingModel::unitAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).unit : QString();
}

QVector<RankedUnit> rankChildren(const DashboardState &state, const QString &parent,
                                 const Indicator &indicator)
{
    QVector<RankedUnit> rows;
    for (const QString &code : state.units->children(parent)) {
        RankedUnit row;
        row.unit = code;
        if (const UnitFigure *figure = state.figure(code, indicator.id))
            row.figure = *figure;
        rows.append(row);
    }
    std::stable_sort(rows.begin(), rows.end(), [&indicator](const RankedUnit &a,
                                                            const RankedUnit &b) {
        const auto &va = a.figure.shown.value;
        const auto &vb = b.figure.shown.value;
        if (va.has_value() != vb.has_value())
            return va.has_value();
        if (!va)
            return a.unit < b.unit;
        if (*va != *vb)
            return indicator.isBetter(*va, *vb);
        return a.unit < b.unit;
    });
    int rank = 0;
    for (RankedUnit &row : rows)
        row.rank = row.figure.shown.hasData() ? ++rank : 0;
    return rows;
}

void RankingModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const Indicator *indicator = m_state ? m_state->indicators->find(m_indicator) : nullptr;
    if (indicator)
        m_rows = rankChildren(*m_state, m_parentUnit, *indicator);
    endResetModel();
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int RankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Indicator *indicator = m_state->indicators->find(m_indicator);
    const Unit *unit = m_state->units->find(row.unit);

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return row.rank > 0 ? QLocale().toString(row.rank) : QStringLiteral("–");
        case UnitColumn:
            return unit ? unit->name(currentLanguage()) : row.unit;
        case ValueColumn:
            return formatValue(*indicator, row.figure.shown.value);
        case FiguresColumn:
            return formatFigures(*indicator, row.figure.shown);
        case ObservedColumn:
            return formatDateTime(row.figure.shown.observedAtMs);
        }
        break;
    case Qt::ToolTipRole:
        return describeFigure(*indicator, row.figure);
    case Qt::TextAlignmentRole:
        if (index.column() == UnitColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (index.column() == ValueColumn) {
            const QColor color = statusColor(targetStatus(*indicator, row.figure.shown.value));
            return m_state->liveFeedsDown() ? greyed(color) : color;
        }
        break;
    case UnitCodeRole:
        return row.unit;
    case SortValueRole:
        return row.figure.shown.value ? QVariant(*row.figure.shown.value) : QVariant();
    case StatusRole:
        return static_cast<int>(targetStatus(*indicator, row.figure.shown.value));
    }
    return {};
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case UnitColumn:
        return tr("Unit");
    case ValueColumn:
        return tr("Value");
    case FiguresColumn:
        return tr("Figures");
    case ObservedColumn:
        return tr("Observed (UTC+7)");
    }
    return {};
}

} // namespace soc
