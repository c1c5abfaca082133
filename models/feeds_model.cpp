#include "models/feeds_model.h"

#include "models/display_format.h"
#include "models/target_status.h"

#include <QColor>

namespace soc {

namespace {

QString ageText(qint64 atMs, qint64 nowMs)
{
    if (atMs <= 0)
        return FeedsModel::tr("never");
    const qint64 seconds = std::max<qint64>(0, (nowMs - atMs) / 1000);
    if (seconds < 120)
        return FeedsModel::tr("%1 (%2 s ago)").arg(formatTime(atMs)).arg(seconds);
    return FeedsModel::tr("%1 (%2 min ago)").arg(formatDateTime(atMs)).arg(seconds / 60);
}

} // namespace

FeedsModel::FeedsModel(QObject *parent) : RowTableModel(parent) {}

QString FeedsModel::systemName(const QString &source)
{
    if (source == QLatin1String("tthc"))
        return tr("Administrative procedure settlement system");
    if (source == QLatin1String("dvcqg"))
        return tr("National Public Service Portal");
    if (source == QLatin1String("dkkd"))
        return tr("National Business Registration Database");
    if (source == QLatin1String("citizen-app"))
        return tr("Digital Citizen App");
    if (source == QLatin1String("justice"))
        return tr("Department of Justice");
    if (source == QLatin1String("forms"))
        return tr("Declaration form standardization");
    return tr("Unknown system");
}

void FeedsModel::setState(DashboardStatePtr state)
{
    m_state = std::move(state);
    QVector<SourceStatus> next;
    if (m_state) {
        for (const SourceStatus &status : m_state->sources)
            next.append(status); // QMap iterates in source id order
    }
    replaceRows(&m_rows, next);
}

void FeedsModel::refresh()
{
    refreshAll();
}

int FeedsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int FeedsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FeedsModel::displayText(const SourceStatus &status, int column) const
{
    const QLocale locale;
    switch (column) {
    case SourceColumn:
        return QStringLiteral("%1 · %2").arg(status.source, systemName(status.source));
    case PresenceColumn:
        switch (status.presence) {
        case SourceStatus::Presence::Unknown:
            return tr("not announced");
        case SourceStatus::Presence::Online:
            return tr("online");
        case SourceStatus::Presence::Offline:
            return tr("offline since %1").arg(formatTime(status.presenceChangedAtMs));
        }
        return {};
    case LastMessageColumn:
        return ageText(status.lastSeenMs, m_state ? m_state->builtAtMs : 0);
    case RateColumn:
        return tr("%1/s").arg(locale.toString(status.messagesPerSecond, 'f', 1));
    case ReceivedColumn:
        return locale.toString(status.received);
    case GapsColumn:
        return locale.toString(status.gaps);
    case DuplicatesColumn:
        return locale.toString(status.duplicates);
    case RestartsColumn:
        return locale.toString(status.restarts);
    case RejectedColumn:
        return locale.toString(status.rejected + status.rejectedSamples);
    case LastRejectionColumn:
        return status.lastRejection;
    case UnknownUnitsColumn:
        return QStringList(status.unknownUnits.keys()).join(QStringLiteral(", "));
    }
    return {};
}

QVariant FeedsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceStatus &status = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(status, index.column());
    case Qt::ToolTipRole:
        if (index.column() == LastRejectionColumn || index.column() == UnknownUnitsColumn)
            return plainTooltip(displayText(status, index.column()));
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == RejectedColumn && status.rejected + status.rejectedSamples > 0) ||
            (index.column() == GapsColumn && status.gaps > 0) ||
            (index.column() == PresenceColumn &&
             status.presence == SourceStatus::Presence::Offline)) {
            return statusColor(TargetStatus::Below);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= RateColumn && index.column() <= RejectedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case SourceIdRole:
        return status.source;
    }
    return {};
}

QVariant FeedsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case PresenceColumn:
        return tr("State");
    case LastMessageColumn:
        return tr("Last message");
    case RateColumn:
        return tr("Rate");
    case ReceivedColumn:
        return tr("Received");
    case GapsColumn:
        return tr("Gaps");
    case DuplicatesColumn:
        return tr("Duplicates");
    case RestartsColumn:
        return tr("Restarts");
    case RejectedColumn:
        return tr("Rejected");
    case LastRejectionColumn:
        return tr("Last rejection");
    case UnknownUnitsColumn:
        return tr("Unknown unit codes");
    }
    return {};
}

ConnectionsModel::ConnectionsModel(QObject *parent) : RowTableModel(parent) {}

QString ConnectionsModel::stateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Stopped:
        return tr("stopped");
    case ConnectionState::Connecting:
        return tr("connecting");
    case ConnectionState::Connected:
        return tr("connected");
    case ConnectionState::Failed:
        return tr("failed");
    }
    return {};
}

void ConnectionsModel::setState(DashboardStatePtr state)
{
    replaceRows(&m_rows, state ? state->connections : QVector<ConnectionStatus>());
}

void ConnectionsModel::refresh()
{
    refreshAll();
}

int ConnectionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows.size();
}

int ConnectionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConnectionStatus &connection = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == StateColumn &&
        connection.state == ConnectionState::Failed) {
        return statusColor(TargetStatus::Below);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case UrlColumn:
        return connection.simulated ? tr("%1 (simulated)").arg(connection.url) : connection.url;
    case StateColumn:
        return stateName(connection.state);
    case SinceColumn:
        return formatDateTime(connection.changedAtMs);
    case DetailColumn:
        return connection.detail;
    }
    return {};
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UrlColumn:
        return tr("Feed");
    case StateColumn:
        return tr("Connection");
    case SinceColumn:
        return tr("Since (UTC+7)");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace soc
