#pragma once

#include "core/aggregation.h"
#include "core/alert_types.h"
#include "core/indicator_catalog.h"
#include "core/kpi_store.h"
#include "core/source_status.h"
#include "core/unit_catalog.h"

#include <QHash>
#include <QMap>

#include <memory>

namespace soc {

// An immutable picture of everything the dashboard shows, built by the thread that owns the
// store and handed to the UI as a shared pointer. Holding it keeps the catalogs it refers to.
struct DashboardState
{
    qint64 builtAtMs = 0;
    quint64 revision = 0; // KpiStore::revision() when built
    bool demo = false;    // some of the data is simulated
    std::shared_ptr<const UnitCatalog> units;
    std::shared_ptr<const IndicatorCatalog> indicators;
    // unit code -> indicator id -> figure at the most recent period. Covers every catalog unit
    // and every unit code that reported without being in a catalog.
    QHash<QString, QHash<QString, UnitFigure>> figures;
    QMap<QString, SourceStatus> sources;
    QVector<ConnectionStatus> connections;
    qint64 lastReceivedMs = 0; // latest envelope from any source; 0 before the first
    QVector<Alert> alerts;           // every alert not in the normal state
    QVector<AlertGroup> alertGroups; // the same, with floods rolled up under one parent

    // Alerts of a unit whose condition is active, worst first; empty when there are none.
    QVector<Alert> activeAlerts(const QString &unit) const;
    // True when a critical alert waits for acknowledgement.
    bool hasUnackedCritical() const;

    // True when live feeds are configured and none of them is connected: every figure on
    // screen is then as old as lastReceivedMs.
    bool liveFeedsDown() const;

    const UnitFigure *figure(const QString &unit, const QString &indicator) const;
    // Codes of units that reported but are in no catalog, sorted.
    QStringList unknownUnits() const;
    quint64 totalRejected() const;
};

using DashboardStatePtr = std::shared_ptr<const DashboardState>;

// Builds the state from the store, with freshness as of nowMs. Runs on the thread that owns
// the store.
std::shared_ptr<DashboardState> buildDashboardState(
    const KpiStore &store, const std::shared_ptr<const UnitCatalog> &units,
    const std::shared_ptr<const IndicatorCatalog> &indicators, qint64 nowMs);

} // namespace soc
