#include "models/wall_board.h"

#include "models/display_format.h"
#include "models/feeds_model.h"
#include "models/ranking_model.h"
#include "models/target_status.h"

#include <QLocale>

#include <algorithm>

namespace soc {

namespace {

WallMark markOf(TargetStatus status)
{
    switch (status) {
    case TargetStatus::Meets:
        return WallMark::Meets;
    case TargetStatus::Near:
        return WallMark::Near;
    case TargetStatus::Below:
        return WallMark::Below;
    case TargetStatus::NoData:
        return WallMark::NoData;
    case TargetStatus::NoTarget:
        return WallMark::None;
    }
    return WallMark::None;
}

QString unitName(const DashboardState &state, const QString &code)
{
    const Unit *unit = state.units ? state.units->find(code) : nullptr;
    return unit ? unit->name(currentLanguage()) : code;
}

QString unitShortName(const DashboardState &state, const QString &code)
{
    const Unit *unit = state.units ? state.units->find(code) : nullptr;
    return unit ? unit->shortName(currentLanguage()) : code;
}

// A figure in a row: a dash stands for no data, which the row's grey ring already marks, so
// that the unit's name keeps the room.
QString rowValue(const Indicator &indicator, std::optional<double> value)
{
    return value ? formatValue(indicator, value) : QStringLiteral("–");
}

QString parentOrRoot(const DashboardState &state, const QString &parent)
{
    if (!parent.isEmpty() || !state.units)
        return parent;
    return state.units->primaryRoot();
}

bool waitsForOperators(AlertState state)
{
    return state == AlertState::ActiveUnacked || state == AlertState::ClearedUnacked ||
           state == AlertState::ActiveAcked;
}

} // namespace

DataAge dataAge(const SourceStatus &source, qint64 nowMs)
{
    const qint64 age = nowMs - source.lastSeenMs;
    if (source.lastSeenMs <= 0 || age > StaleAfterMs)
        return DataAge::Stale;
    return age > LateAfterMs ? DataAge::Late : DataAge::Current;
}

WallMark dataAgeMark(DataAge age)
{
    switch (age) {
    case DataAge::Current:
        return WallMark::Meets;
    case DataAge::Late:
        return WallMark::Near;
    case DataAge::Stale:
        return WallMark::Below;
    }
    return WallMark::None;
}

QString formatAge(qint64 ageMs)
{
    const qint64 seconds = std::max<qint64>(0, ageMs / 1000);
    const QLocale locale;
    if (seconds < 120)
        return WallBoards::tr("%1 s").arg(locale.toString(seconds));
    if (seconds < 2 * 3600)
        return WallBoards::tr("%1 min").arg(locale.toString(seconds / 60));
    if (seconds < 2 * 86400)
        return WallBoards::tr("%1 h").arg(locale.toString(seconds / 3600));
    return WallBoards::tr("%1 d").arg(locale.toString(seconds / 86400));
}

QString sourceAgeText(const SourceStatus &source, qint64 nowMs)
{
    if (source.lastSeenMs <= 0)
        return WallBoards::tr("%1 no data").arg(source.source);
    return WallBoards::tr("%1 %2").arg(source.source, formatAge(nowMs - source.lastSeenMs));
}

bool isReplayState(const DashboardState &state)
{
    return std::any_of(state.connections.begin(), state.connections.end(),
                       [](const ConnectionStatus &connection) {
                           return connection.url.startsWith(QLatin1String("file:"));
                       });
}

qint64 ageReference(const DashboardState &state, qint64 nowMs)
{
    return isReplayState(state) || nowMs <= 0 ? state.builtAtMs : nowMs;
}

WallBoard WallBoards::overview(const DashboardState &state, const QString &parent,
                               const QString &indicatorId)
{
    WallBoard board;
    const Indicator *indicator = state.indicators ? state.indicators->find(indicatorId) : nullptr;
    if (!indicator || !state.units) {
        board.title = indicatorId;
        board.emptyText = tr("Unknown indicator %1").arg(indicatorId);
        return board;
    }
    const Language language = currentLanguage();
    const QString root = parentOrRoot(state, parent);
    board.title = tr("%1 · %2").arg(indicator->name(language), unitName(state, root));
    board.shortTitle = indicator->shortName(language);

    const UnitFigure *figure = state.figure(root, indicator->id);
    const std::optional<double> value = figure ? figure->shown.value : std::nullopt;
    board.figure = formatValue(*indicator, value);
    board.figureMark = markOf(targetStatus(*indicator, value));

    QVector<RankedUnit> units = rankChildren(state, root, *indicator);
    const int reporting = int(std::count_if(
        units.begin(), units.end(), [](const RankedUnit &u) { return u.figure.shown.hasData(); }));
    if (indicator->target)
        board.notes.append({WallMark::None, tr("Target %1").arg(formatTarget(*indicator))});
    else
        board.notes.append({WallMark::None, tr("No target")});
    if (units.isEmpty()) {
        // No count, because emptyText states that no unit is under this one.
    } else if (reporting == 0) {
        board.notes.append({WallMark::NoData, tr("No unit reports yet")});
    } else if (indicator->target) {
        int near = 0;
        int below = 0;
        for (const RankedUnit &unit : units) {
            const TargetStatus status = targetStatus(*indicator, unit.figure.shown.value);
            near += status == TargetStatus::Near;
            below += status == TargetStatus::Below;
        }
        // No mark: the count joins near and far, and each row has its own.
        board.notes.append(
            {WallMark::None, tr("%1/%2 under target").arg(near + below).arg(reporting)});
    } else {
        board.notes.append(
            {WallMark::None, tr("%1 of %2 units report").arg(reporting).arg(units.size())});
    }

    // Worst first, units without data after them.
    std::stable_partition(units.begin(), units.end(),
                          [](const RankedUnit &u) { return u.figure.shown.hasData(); });
    std::reverse(units.begin(), units.begin() + reporting);
    for (const RankedUnit &unit : units) {
        const std::optional<double> unitValue = unit.figure.shown.value;
        board.rows.append({QString(), unitName(state, unit.unit), unitShortName(state, unit.unit),
                           rowValue(*indicator, unitValue),
                           markOf(targetStatus(*indicator, unitValue))});
    }
    board.emptyText = tr("No units under %1").arg(unitName(state, root));
    return board;
}

WallBoard WallBoards::ranking(const DashboardState &state, const QString &parent,
                              const QString &indicatorId)
{
    WallBoard board;
    const Indicator *indicator = state.indicators ? state.indicators->find(indicatorId) : nullptr;
    if (!indicator || !state.units) {
        board.title = indicatorId;
        board.emptyText = tr("Unknown indicator %1").arg(indicatorId);
        return board;
    }
    const Language language = currentLanguage();
    const QString root = parentOrRoot(state, parent);
    board.title = tr("Ranking: %1").arg(indicator->name(language));
    board.shortTitle = tr("Ranking: %1").arg(indicator->shortName(language));
    board.keepFirstAndLast = true;
    for (const RankedUnit &unit : rankChildren(state, root, *indicator)) {
        const std::optional<double> value = unit.figure.shown.value;
        board.rows.append({unit.rank > 0 ? QLocale().toString(unit.rank) : QString(),
                           unitName(state, unit.unit), unitShortName(state, unit.unit),
                           rowValue(*indicator, value), markOf(targetStatus(*indicator, value))});
    }
    board.emptyText = tr("No units under %1").arg(unitName(state, root));
    return board;
}

WallBoard WallBoards::unit(const DashboardState &state, const QString &code)
{
    WallBoard board;
    const Unit *unit = state.units ? state.units->find(code) : nullptr;
    const Language language = currentLanguage();
    board.title = unit ? unit->name(language) : code;
    board.shortTitle = unit ? unit->shortName(language) : code;
    if (!unit)
        board.emptyText = tr("Unknown unit %1").arg(code);

    board.rowKind = WallRows::Indicators;
    int active = 0;
    bool critical = false;
    for (const Alert &alert : state.alerts) {
        if (!alert.conditionActive || alert.state == AlertState::Shelved ||
            alert.state == AlertState::Suppressed || !state.units ||
            !state.units->isWithin(alert.unit, code))
            continue;
        ++active;
        critical = critical || alert.severity == Severity::Critical;
    }
    if (active > 0) {
        board.notes.append({critical ? WallMark::Critical : WallMark::Warning,
                            tr("%n active alert(s)", nullptr, active)});
    } else {
        board.notes.append({WallMark::Meets, tr("No active alert")});
    }
    if (!unit || !state.indicators)
        return board;
    for (const QString &id : headlineIndicators()) {
        const Indicator *indicator = state.indicators->find(id);
        if (!indicator)
            continue;
        const UnitFigure *figure = state.figure(code, id);
        const std::optional<double> value = figure ? figure->shown.value : std::nullopt;
        board.rows.append({QString(), indicator->shortName(language), QString(),
                           rowValue(*indicator, value), markOf(targetStatus(*indicator, value))});
    }
    return board;
}

WallBoard WallBoards::alerts(const DashboardState &state)
{
    WallBoard board;
    board.title = tr("Alerts");
    board.rowKind = WallRows::Alerts;
    QVector<AlertGroup> groups;
    for (const AlertGroup &group : state.alertGroups) {
        if (waitsForOperators(group.state))
            groups.append(group);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const AlertGroup &a, const AlertGroup &b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (alertUrgency(a.state) != alertUrgency(b.state))
            return alertUrgency(a.state) < alertUrgency(b.state);
        return a.sinceMs > b.sinceMs;
    });

    int unackedCritical = 0;
    for (const Alert &alert : state.alerts) {
        unackedCritical +=
            alert.severity == Severity::Critical &&
            (alert.state == AlertState::ActiveUnacked || alert.state == AlertState::ClearedUnacked);
    }
    board.figure = QLocale().toString(unackedCritical);
    board.figureMark = unackedCritical > 0 ? WallMark::Critical : WallMark::Meets;
    // Two short lines fit beside the figure where one long one would be cut.
    board.notes.append({WallMark::None, tr("critical", "alerts")});
    board.notes.append({WallMark::None, tr("not acknowledged")});

    const Language language = currentLanguage();
    for (const AlertGroup &group : groups) {
        // The indicator comes first, so that a row cut at its end keeps it.
        const Indicator *indicator =
            state.indicators ? state.indicators->find(group.indicator) : nullptr;
        const QString indicatorName = indicator ? indicator->shortName(language) : group.rule;
        QString unitLabel = unitName(state, group.firstUnit);
        QString shortUnitName = unitShortName(state, group.firstUnit);
        if (group.isFlood()) {
            unitLabel = tr("%1 and %n more", nullptr, group.count() - 1).arg(unitLabel);
            shortUnitName = tr("%1 +%n", nullptr, group.count() - 1).arg(shortUnitName);
        }
        WallBoardRow row;
        row.label =
            indicatorName.isEmpty() ? unitLabel : tr("%1 · %2").arg(indicatorName, unitLabel);
        row.shortLabel = indicatorName.isEmpty() ? shortUnitName
                                                 : tr("%1 · %2").arg(indicatorName, shortUnitName);
        row.value = formatTime(group.sinceMs);
        row.mark = group.severity == Severity::Critical ? WallMark::Critical : WallMark::Warning;
        row.hollow = group.state == AlertState::ActiveAcked;
        board.rows.append(row);
    }
    board.emptyText = tr("No alert waits for the operators");
    return board;
}

WallBoard WallBoards::feeds(const DashboardState &state, qint64 nowMs)
{
    WallBoard board;
    board.title = tr("Feeds: data age");
    board.rowKind = WallRows::Feeds;
    board.shortTitle = tr("Feeds");
    const qint64 reference = ageReference(state, nowMs);
    for (const SourceStatus &source : state.sources) {
        const DataAge age = dataAge(source, reference);
        board.rows.append(
            {QString(), source.source, QString(),
             source.lastSeenMs > 0 ? formatAge(reference - source.lastSeenMs) : tr("no data"),
             source.lastSeenMs > 0 ? dataAgeMark(age) : WallMark::NoData});
    }
    for (const ConnectionStatus &connection : state.connections) {
        WallMark mark = WallMark::Near;
        if (connection.state == ConnectionState::Connected)
            mark = WallMark::Meets;
        else if (connection.state == ConnectionState::Failed)
            mark = WallMark::Below;
        board.rows.append({QString(), connection.url, QString(),
                           ConnectionsModel::stateName(connection.state), mark});
    }
    board.emptyText = tr("No feed configured");
    return board;
}

} // namespace soc
