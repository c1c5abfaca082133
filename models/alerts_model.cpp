#include "models/alerts_model.h"

#include "models/display_format.h"
#include "models/target_status.h"

#include <algorithm>

namespace soc {

namespace {

// The source's own text contains a Vietnamese line, then an English line.
QString alertText(const Alert &alert)
{
    const QStringList lines = alert.text.split(QLatin1Char('\n'));
    if (lines.size() < 2)
        return alert.text;
    return currentLanguage() == Language::Vietnamese ? lines.at(0) : lines.at(1);
}

} // namespace

AlertsModel::AlertsModel(QObject *parent) : QAbstractItemModel(parent) {}

QString AlertsModel::severityText(Severity severity)
{
    switch (severity) {
    case Severity::Critical:
        return tr("critical");
    case Severity::Warning:
        return tr("warning");
    case Severity::None:
        return tr("none");
    }
    return {};
}

QString AlertsModel::stateText(AlertState state)
{
    switch (state) {
    case AlertState::ActiveUnacked:
        return tr("active, unacknowledged");
    case AlertState::ActiveAcked:
        return tr("active, acknowledged");
    case AlertState::ClearedUnacked:
        return tr("cleared, unacknowledged");
    case AlertState::Shelved:
        return tr("shelved");
    case AlertState::Suppressed:
        return tr("suppressed");
    case AlertState::Normal:
        return tr("normal");
    }
    return {};
}

void AlertsModel::setState(DashboardStatePtr state)
{
    m_state = std::move(state);
    QVector<AlertGroup> next = m_state ? m_state->alertGroups : QVector<AlertGroup>();
    std::stable_sort(next.begin(), next.end(), [](const AlertGroup &a, const AlertGroup &b) {
        if (alertUrgency(a.state) != alertUrgency(b.state))
            return alertUrgency(a.state) < alertUrgency(b.state);
        if (a.severity != b.severity)
            return static_cast<int>(a.severity) > static_cast<int>(b.severity);
        return a.sinceMs > b.sinceMs;
    });
    replaceGroups(next);
}

int AlertsModel::childCount(const AlertGroup &group)
{
    return group.isFlood() ? group.count() : 0;
}

void AlertsModel::replaceGroups(const QVector<AlertGroup> &next)
{
    const int oldCount = m_rows.size();
    const int newCount = next.size();
    if (newCount < oldCount) {
        beginRemoveRows({}, newCount, oldCount - 1);
        m_rows.resize(newCount);
        endRemoveRows();
    }
    const int kept = std::min(oldCount, newCount);
    for (int row = 0; row < kept; ++row) {
        const QModelIndex parent = index(row, 0);
        const int oldChildren = childCount(m_rows.at(row));
        const int newChildren = childCount(next.at(row));
        if (newChildren < oldChildren) {
            beginRemoveRows(parent, newChildren, oldChildren - 1);
            m_rows[row] = next.at(row);
            endRemoveRows();
        } else if (newChildren > oldChildren) {
            beginInsertRows(parent, oldChildren, newChildren - 1);
            m_rows[row] = next.at(row);
            endInsertRows();
        } else {
            m_rows[row] = next.at(row);
        }
        if (newChildren > 0) {
            emit dataChanged(index(0, 0, parent),
                             index(newChildren - 1, ColumnCount - 1, parent));
        }
    }
    if (kept > 0)
        emit dataChanged(index(0, 0), index(kept - 1, ColumnCount - 1));
    if (newCount > oldCount) {
        beginInsertRows({}, oldCount, newCount - 1);
        m_rows.append(next.mid(oldCount));
        endInsertRows();
    }
}

void AlertsModel::refresh()
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const int children = childCount(m_rows.at(row));
        if (children > 0) {
            const QModelIndex parent = index(row, 0);
            emit dataChanged(index(0, 0, parent), index(children - 1, ColumnCount - 1, parent));
        }
    }
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(m_rows.size() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

QModelIndex AlertsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= m_rows.size())
        return {};
    if (row >= childCount(m_rows.at(parent.row())))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AlertsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, quintptr(0));
}

int AlertsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_rows.size();
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return childCount(m_rows.at(parent.row()));
}

int AlertsModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

AlertGroup AlertsModel::groupAt(const QModelIndex &index) const
{
    if (index.internalId() == 0)
        return m_rows.at(index.row());
    const Alert &alert = m_rows.at(static_cast<int>(index.internalId() - 1)).children.at(index.row());
    AlertGroup single;
    single.id = alert.id;
    single.rule = alert.rule;
    single.indicator = alert.indicator;
    single.firstUnit = alert.unit;
    single.severity = alert.severity;
    single.state = alert.state;
    single.sinceMs = alert.sinceMs;
    single.children = {alert};
    return single;
}

QString AlertsModel::displayText(const AlertGroup &group, int column) const
{
    const Language language = currentLanguage();
    // A state may come without catalogs; the rows then show codes.
    const bool catalogs = m_state && m_state->units && m_state->indicators;
    const Unit *unit = catalogs ? m_state->units->find(group.firstUnit) : nullptr;
    const Indicator *indicator = catalogs ? m_state->indicators->find(group.indicator) : nullptr;
    switch (column) {
    case SeverityColumn:
        return severityText(group.severity);
    case StateColumn:
        return stateText(group.state);
    case UnitColumn: {
        const QString name = unit ? unit->name(language) : group.firstUnit;
        return group.isFlood() ? tr("%1 and %n more", nullptr, group.count() - 1).arg(name)
                               : name;
    }
    case IndicatorColumn:
        return indicator ? indicator->shortName(language) : group.indicator;
    case RuleColumn:
        return group.rule;
    case SinceColumn:
        return formatDateTime(group.sinceMs);
    case ValueColumn:
        if (group.isFlood() || !indicator || group.children.isEmpty() ||
            !group.children.first().lastValue)
            return {};
        return formatValue(*indicator, group.children.first().lastValue);
    case TextColumn:
        return group.children.isEmpty() ? QString() : alertText(group.children.first());
    }
    return {};
}

QVariant AlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const AlertGroup group = groupAt(index);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(group, index.column());
    case Qt::ToolTipRole: {
        if (!group.isFlood())
            return plainTooltip(displayText(group, TextColumn));
        QStringList units;
        for (const Alert &alert : group.children) {
            const Unit *unit = m_state && m_state->units ? m_state->units->find(alert.unit)
                                                         : nullptr;
            units << (unit ? unit->name(currentLanguage()) : alert.unit);
        }
        return plainTooltip(units.join(QLatin1Char('\n')));
    }
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn) {
            return group.severity == Severity::Critical ? statusColor(TargetStatus::Below)
                                                        : statusColor(TargetStatus::Near);
        }
        return {};
    case AlertIdsRole: {
        QStringList ids;
        for (const Alert &alert : group.children)
            ids << alert.id;
        return ids;
    }
    case SeverityRole:
        return static_cast<int>(group.severity);
    case StateRole:
        return static_cast<int>(group.state);
    }
    return {};
}

QVariant AlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case StateColumn:
        return tr("State");
    case UnitColumn:
        return tr("Unit");
    case IndicatorColumn:
        return tr("Indicator");
    case RuleColumn:
        return tr("Rule");
    case SinceColumn:
        return tr("Since (UTC+7)");
    case ValueColumn:
        return tr("Value");
    case TextColumn:
        return tr("Message");
    }
    return {};
}

} // namespace soc
