#include "models/score766_model.h"

#include "models/display_format.h"

#include <QColor>
#include <QLocale>

namespace soc {

Score766Model::Score766Model(QObject *parent) : QAbstractTableModel(parent) {}

void Score766Model::setState(DashboardStatePtr state)
{
    m_state = std::move(state);
    rebuild();
}

void Score766Model::setUnit(const QString &unitCode)
{
    if (unitCode == m_unit)
        return;
    m_unit = unitCode;
    rebuild();
}

void Score766Model::refresh()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QString Score766Model::formatPoints(double points)
{
    return QLocale().toString(points, 'f', 2);
}

void Score766Model::setGroup(const QString &groupId)
{
    if (groupId == m_group || !findScore766Group(groupId))
        return;
    m_group = groupId;
    rebuild();
}

void Score766Model::rebuild()
{
    const Score766Group *group = findScore766Group(m_group);
    const DashboardStatePtr state = m_state;
    const QString unit = m_unit;
    const UnitFigure *scoreFigure = state ? state->figure(unit, group->scoreIndicator) : nullptr;
    const Period period = scoreFigure ? scoreFigure->shown.period : Period();
    const Score766 next = computeScore766(
        *group, [&state, &unit, &period](const QString &id) -> std::optional<Figure> {
            const UnitFigure *figure = state ? state->figure(unit, id) : nullptr;
            if (!figure || figure->shown.period != period)
                return std::nullopt;
            return figure->shown;
        });
    beginResetModel();
    m_score = next;
    endResetModel();
}

int Score766Model::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_score.items.size();
}

int Score766Model::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString Score766Model::criterionName(const Score766Item &item) const
{
    const Indicator *indicator = m_state ? m_state->indicators->find(item.indicator) : nullptr;
    if (indicator)
        return indicator->shortName(currentLanguage());
    return item.indicator;
}

QVariant Score766Model::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Score766Item &item = m_score.items.at(index.row());

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CriterionColumn:
            return criterionName(item);
        case RatioColumn:
            if (!item.reported)
                return tr("not reported");
            if (!item.ratio)
                return item.points && item.points == item.maxPoints ? tr("nothing due")
                                                                    : tr("no data");
            return QLocale().toString(*item.ratio, 'f', 2) + QLatin1Char('%');
        case PointsColumn:
            if (!item.reported)
                return tr("– / %1").arg(formatPoints(item.maxPoints));
            if (!item.points)
                return tr("not scored / %1").arg(formatPoints(item.maxPoints));
            return tr("%1 / %2").arg(formatPoints(*item.points), formatPoints(item.maxPoints));
        case LostColumn:
            return item.lostPoints() > 0.005 ? QStringLiteral("−") + formatPoints(item.lostPoints())
                                             : QStringLiteral("0");
        }
        break;
    case Qt::ToolTipRole:
        if (item.fullPointsRatio != 100)
            return tr("Full points at a ratio of %1% or more")
                .arg(QLocale().toString(item.fullPointsRatio, 'f', 0));
        if (!item.reported)
            return tr("The unit reported no figure for this criterion, so it earns no points");
        if (item.reported && !item.ratio && !item.points)
            return tr("The denominator is zero, and the portal does not score the criterion then");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CriterionColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case IndicatorIdRole:
        return item.indicator;
    case LostPointsRole:
        return item.lostPoints();
    }
    return {};
}

QVariant Score766Model::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CriterionColumn:
        return tr("Criterion");
    case RatioColumn:
        return tr("Ratio");
    case PointsColumn:
        return tr("Points");
    case LostColumn:
        return tr("Lost");
    }
    return {};
}

} // namespace soc
