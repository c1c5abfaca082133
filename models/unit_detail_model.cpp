#include "models/unit_detail_model.h"

#include "models/display_format.h"
#include "models/target_status.h"

#include <QCoreApplication>

namespace soc {

namespace {

QString statusText(TargetStatus status)
{
    switch (status) {
    case TargetStatus::NoData:
        return QCoreApplication::translate("soc::UnitDetailModel", "no data");
    case TargetStatus::NoTarget:
        return QCoreApplication::translate("soc::UnitDetailModel", "no target");
    case TargetStatus::Meets:
        return QCoreApplication::translate("soc::UnitDetailModel", "meets target");
    case TargetStatus::Near:
        return QCoreApplication::translate("soc::UnitDetailModel", "near target");
    case TargetStatus::Below:
        return QCoreApplication::translate("soc::UnitDetailModel", "below target");
    }
    return {};
}

} // namespace

UnitDetailModel::UnitDetailModel(QObject *parent) : RowTableModel(parent) {}

void UnitDetailModel::setState(DashboardStatePtr state)
{
    m_state = std::move(state);
    rebuild();
}

void UnitDetailModel::setUnit(const QString &unitCode)
{
    if (unitCode == m_unit)
        return;
    m_unit = unitCode;
    rebuild();
}

bool UnitDetailModel::hasChildren() const
{
    return m_state && !m_state->units->children(m_unit).isEmpty();
}

QString UnitDetailModel::indicatorAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).indicator : QString();
}

int UnitDetailModel::rowOf(const QString &indicatorId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).indicator == indicatorId)
            return row;
    }
    return -1;
}

void UnitDetailModel::rebuild()
{
    QVector<Row> next;
    if (m_state && !m_unit.isEmpty()) {
        const QVector<Alert> alerts = m_state->activeAlerts(m_unit);
        for (const Indicator &indicator : m_state->indicators->indicators()) {
            Row row;
            row.indicator = indicator.id;
            if (const UnitFigure *figure = m_state->figure(m_unit, indicator.id))
                row.figure = *figure;
            for (const Alert &alert : alerts) {
                if (alert.indicator != indicator.id)
                    continue;
                ++row.alertCount;
                if (static_cast<int>(alert.severity) > static_cast<int>(row.worstAlert))
                    row.worstAlert = alert.severity;
            }
            next.append(row);
        }
    }
    replaceRows(&m_rows, next);
}

int UnitDetailModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int UnitDetailModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnitDetailModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Views may read rows that are about to go while the model switches to a null state.
    if (!m_state)
        return {};
    const Row &row = m_rows.at(index.row());
    const Indicator *indicator = m_state->indicators->find(row.indicator);
    if (!indicator)
        return {};
    const TargetStatus status = targetStatus(*indicator, row.figure.shown.value);

    switch (role) {
    case Qt::DisplayRole:
        return display(row, *indicator, index.column());
    case Qt::ToolTipRole:
        return tooltipHtml(indicator->name(currentLanguage()),
                           describeFigure(*indicator, row.figure));
    case Qt::TextAlignmentRole:
        if (index.column() == IndicatorColumn || index.column() == StatusColumn ||
            index.column() == AlertsColumn || index.column() == FreshnessColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (index.column() == ValueColumn) {
            const QColor color = statusColor(status);
            return m_state->liveFeedsDown() ? greyed(color) : color;
        }
        if (index.column() == AlertsColumn && row.worstAlert == Severity::Critical)
            return statusColor(TargetStatus::Below);
        if (index.column() == AlertsColumn && row.worstAlert == Severity::Warning)
            return statusColor(TargetStatus::Near);
        break;
    case IndicatorIdRole:
        return row.indicator;
    case SortValueRole:
        return row.figure.shown.value ? QVariant(*row.figure.shown.value) : QVariant();
    case StatusRole:
        return static_cast<int>(status);
    case SeverityRole:
        return static_cast<int>(row.worstAlert);
    }
    return {};
}

QVariant UnitDetailModel::display(const Row &row, const Indicator &indicator, int column) const
{
    const Figure &shown = row.figure.shown;
    switch (column) {
    case IndicatorColumn:
        // The short name keeps the figures readable; the tooltip carries the full name.
        return indicator.shortName(currentLanguage());
    case ValueColumn:
        return formatValue(indicator, shown.value);
    case TargetColumn:
        return indicator.target ? formatTarget(indicator) : QStringLiteral("–");
    case StatusColumn:
        return statusText(targetStatus(indicator, shown.value));
    case FiguresColumn:
        return shown.hasData() ? formatFigures(indicator, shown) : QStringLiteral("–");
    case PeriodColumn:
        return shown.period.isValid() ? shown.period.toString() : QStringLiteral("–");
    case ObservedColumn:
        return formatDateTime(shown.observedAtMs);
    case FreshnessColumn:
        return shown.hasData() ? formatFreshness(row.figure.freshness) : QStringLiteral("–");
    case CoverageColumn:
        // A unit's own figure can differ from the sum of the units below it (a province counts
        // a shared procedure once, its communes each count it), so the sum is shown beside it.
        if (shown.isOwn && row.figure.childrenSum && row.figure.childrenSum->hasData()) {
            const Figure &sum = *row.figure.childrenSum;
            return tr("sum of units %1 (%2 / %3)")
                .arg(formatValue(indicator, sum.value), QLocale().toString(sum.coverage.reporting),
                     QLocale().toString(sum.coverage.total));
        }
        if (!hasChildren() || shown.isOwn || shown.coverage.total == 0)
            return QStringLiteral("–");
        return tr("%1 / %2").arg(QLocale().toString(shown.coverage.reporting),
                                 QLocale().toString(shown.coverage.total));
    case AlertsColumn:
        return alertText(row);
    }
    return {};
}

QString UnitDetailModel::alertText(const Row &row) const
{
    if (row.alertCount == 0)
        return QString();
    const QString severity =
        row.worstAlert == Severity::Critical ? tr("critical") : tr("warning");
    if (row.alertCount == 1)
        return severity;
    return tr("%1 (%n active)", nullptr, row.alertCount).arg(severity);
}

QVariant UnitDetailModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IndicatorColumn:
        return tr("Indicator");
    case ValueColumn:
        return tr("Value");
    case TargetColumn:
        return tr("Target");
    case StatusColumn:
        return tr("Status");
    case FiguresColumn:
        return tr("Figures");
    case PeriodColumn:
        return tr("Period");
    case ObservedColumn:
        return tr("Observed (UTC+7)");
    case FreshnessColumn:
        return tr("Freshness");
    case CoverageColumn:
        return tr("Coverage");
    case AlertsColumn:
        return tr("Alerts");
    }
    return {};
}

} // namespace soc
