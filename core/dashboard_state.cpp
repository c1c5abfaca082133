#include "core/dashboard_state.h"

#include "core/score766.h"

#include <algorithm>


namespace soc {

const UnitFigure *DashboardState::figure(const QString &unit, const QString &indicator) const
{
    const auto unitIt = figures.constFind(unit);
    if (unitIt == figures.cend())
        return nullptr;
    const auto it = unitIt->constFind(indicator);
    return it == unitIt->cend() ? nullptr : &it.value();
}

QStringList DashboardState::unknownUnits() const
{
    QStringList codes;
    for (auto it = figures.cbegin(); it != figures.cend(); ++it) {
        if (!units || !units->contains(it.key()))
            codes.append(it.key());
    }
    codes.sort();
    return codes;
}

QVector<Alert> DashboardState::activeAlerts(const QString &unit) const
{
    QVector<Alert> found;
    for (const Alert &alert : alerts) {
        if (alert.unit == unit && alert.conditionActive && alert.state != AlertState::Shelved &&
            alert.state != AlertState::Suppressed)
            found.append(alert);
    }
    std::sort(found.begin(), found.end(), [](const Alert &a, const Alert &b) {
        return static_cast<int>(a.severity) > static_cast<int>(b.severity);
    });
    return found;
}

bool DashboardState::hasUnackedCritical() const
{
    for (const Alert &alert : alerts) {
        if (alert.severity == Severity::Critical && (alert.state == AlertState::ActiveUnacked ||
                                                     alert.state == AlertState::ClearedUnacked))
            return true;
    }
    return false;
}

bool DashboardState::liveFeedsDown() const
{
    bool anyLive = false;
    for (const ConnectionStatus &connection : connections) {
        if (connection.simulated)
            continue;
        anyLive = true;
        if (connection.state == ConnectionState::Connected)
            return false;
    }
    return anyLive;
}

quint64 DashboardState::totalRejected() const
{
    quint64 total = 0;
    for (const SourceStatus &status : sources)
        total += status.rejected + status.rejectedSamples;
    return total;
}

namespace {

// The Decision 766 group scores of a unit, computed from its figures like any other figure.
void addScore766Figures(const Aggregator &aggregator, const QString &unit,
                        const IndicatorCatalog &indicators, qint64 nowMs,
                        QHash<QString, UnitFigure> *unitFigures)
{
    for (const Score766Group &group : score766Groups()) {
        const Indicator *indicator = indicators.find(group.scoreIndicator);
        if (!indicator)
            continue;
        std::optional<UnitFigure> figure = score766Figure(aggregator, unit, group);
        if (!figure)
            continue;
        figure->freshness = freshnessOf(nowMs - figure->shown.oldestObservedAtMs,
                                        indicator->cadenceSeconds);
        unitFigures->insert(group.scoreIndicator, *figure);
    }
}

} // namespace

std::shared_ptr<DashboardState> buildDashboardState(
    const KpiStore &store, const std::shared_ptr<const UnitCatalog> &units,
    const std::shared_ptr<const IndicatorCatalog> &indicators, qint64 nowMs)
{
    auto state = std::make_shared<DashboardState>();
    state->builtAtMs = nowMs;
    state->revision = store.revision();
    state->units = units;
    state->indicators = indicators;

    const Aggregator aggregator(store, *units, *indicators);
    QStringList codes;
    for (const Unit &unit : units->units())
        codes.append(unit.code);
    for (const QString &code : store.units()) {
        if (!units->contains(code))
            codes.append(code);
    }

    for (const QString &code : std::as_const(codes)) {
        QHash<QString, UnitFigure> unitFigures;
        for (const Indicator &indicator : indicators->indicators()) {
            UnitFigure figure = aggregator.latestFigure(code, indicator.id);
            if (!figure.own && !figure.childrenSum)
                continue;
            if (figure.shown.hasData()) {
                figure.freshness = freshnessOf(nowMs - figure.shown.oldestObservedAtMs,
                                               indicator.cadenceSeconds);
            }
            unitFigures.insert(indicator.id, figure);
        }
        addScore766Figures(aggregator, code, *indicators, nowMs, &unitFigures);
        if (!unitFigures.isEmpty())
            state->figures.insert(code, unitFigures);
    }
    return state;
}

} // namespace soc
