#pragma once

#include "core/alert_rules.h"
#include "core/alert_types.h"
#include "core/dashboard_state.h"
#include "core/indicator_catalog.h"
#include "core/sample.h"

#include <QDataStream>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>
#include <utility>

namespace soc {

// An alert raised by a source itself, as the engine takes it. The feed's SourceAlert maps onto
// it field by field, with the envelope's source id added.
struct SourceAlertInput
{
    QString source;
    QString id;
    QString unit;
    QString indicator;
    Severity severity = Severity::Warning;
    bool active = false;
    QString text;
};

// Evaluates alert rules over figures and keeps one alert per (rule, unit, indicator) through
// the ISA-18.2 lifecycle. Every call takes the current time in ms since the Unix epoch, and the
// engine never reads the wall clock, so replay and tests drive it with any clock. Times must
// not go backwards between calls.
//
// Changes come out as events (takeEvents()) for storage; restore() rebuilds the alerts from
// them. Not thread-safe: one thread owns it. The catalog must outlive the engine.
class AlertEngine
{
public:
    AlertEngine(const IndicatorCatalog &indicators, AlertRuleSet rules);

    // Replace the rules, re-evaluate the last figure of every unit and indicator, and apply
    // suppression changes.
    void setRules(const AlertRuleSet &rules, qint64 nowMs);
    const AlertRuleSet &rules() const { return m_rules; }

    // Evaluate one sample. A sample of an older period, or older than the last one of its
    // period, is ignored, as the dashboard shows the most recent period.
    void evaluateSample(const Sample &sample, qint64 nowMs);
    // Evaluate the shown figure of every unit and indicator in the state.
    void evaluateState(const DashboardState &state, qint64 nowMs);
    void applySourceAlert(const SourceAlertInput &alert, qint64 nowMs);
    // Run the clock: on-delays and off-delays, shelving that runs out, figures turning stale.
    void advanceTo(qint64 nowMs);

    // Operator actions. Each returns false with the reason in `error` when the alert is not
    // found or not in a state that allows the action. Acknowledging a flood parent acknowledges
    // every child that awaits it.
    bool acknowledge(const QString &id, const QString &operatorName, const QString &comment,
                     qint64 nowMs, QString *error);
    bool shelve(const QString &id, qint64 durationMs, const QString &operatorName,
                const QString &comment, qint64 nowMs, QString *error);
    bool unshelve(const QString &id, const QString &operatorName, const QString &comment,
                  qint64 nowMs, QString *error);

    // Every alert not in Normal, sorted by id.
    QVector<Alert> alerts() const;
    std::optional<Alert> find(const QString &id) const;
    // alerts() with floods rolled up into parents, most recent first. Shelved and suppressed
    // alerts are never part of a flood. Parents are recomputed on every call from the raise
    // times, so a parent's id changes when its earliest child returns to normal.
    QVector<AlertGroup> groupedAlerts() const;

    // Events since the last call, oldest first.
    QVector<AlertEvent> takeEvents();
    // Replace every alert with the state that the events lead to. Events must be in the order
    // they were produced. Produces no events.
    void restore(const QVector<AlertEvent> &events);

    static QString alertId(const QString &rule, const QString &unit, const QString &indicator);

    // Writes every alert with its level triggers and every figure the rules remember, so that
    // load() continues exactly where save() stopped (alert_engine_checkpoint.cpp). The rules
    // are not saved: load() keeps the current ones.
    void save(QDataStream &stream) const;
    // Replaces the alerts and figures with saved ones. Returns false, leaving the engine empty,
    // when the stream is truncated or malformed. Produces no events.
    bool load(QDataStream &stream);

private:
    // Schmitt trigger for one severity level. The condition turns on when the value is worse
    // than the level, and off once it is better by the deadband. Delays gate the active flag.
    struct LevelTrigger
    {
        bool on = false;
        bool active = false;
        qint64 changedAtMs = 0; // when `on` last changed
    };
    struct Entry
    {
        Alert alert;
        LevelTrigger warning;
        LevelTrigger critical;
    };
    // The last figure of one unit and indicator, and for growth rules its recent history.
    struct Observation
    {
        Period period;
        qint64 observedAtMs = 0;       // latest observation in the figure
        qint64 oldestObservedAtMs = 0; // earliest observation in the figure, for staleness
        std::optional<double> value;
        QVector<std::pair<qint64, double>> history; // (observed at, value), oldest first
    };
    using UnitIndicator = std::pair<QString, QString>;

    // Store a figure unless an equal or more recent one is stored; true when it was stored.
    bool recordObservation(const QString &unit, const QString &indicator, const Period &period,
                           qint64 observedAtMs, qint64 oldestObservedAtMs,
                           std::optional<double> value);
    void evaluateObservation(const QString &unit, const QString &indicator, qint64 nowMs);
    void evaluateRule(const AlertRule &rule, const QString &unit, const QString &indicator,
                      qint64 nowMs);
    // Breach amounts: positive when the condition for the level holds, in the value's unit.
    void updateLevels(const AlertRule &rule, const QString &unit, const QString &indicator,
                      std::optional<double> warningBreach, std::optional<double> criticalBreach,
                      std::optional<double> value, qint64 nowMs);
    static void updateTrigger(LevelTrigger *trigger, double breach, double deadband, qint64 nowMs);
    void settle(Entry *entry, qint64 nowMs);
    void applySeverity(Entry *entry, Severity severity, qint64 nowMs);
    void applySuppression(Entry *entry, qint64 nowMs);
    void expireShelving(Entry *entry, qint64 nowMs);
    void dropIfIdle(const QString &id);
    std::optional<double> growthOf(const Observation &observation, qint64 windowMs) const;

    Entry &entryFor(const QString &rule, const QString &unit, const QString &indicator);
    void emitEvent(const Entry &entry, AlertEventType type, qint64 nowMs,
                   const QString &operatorName = {}, const QString &comment = {});
    void recordAction(Entry *entry, AlertEventType type, const QString &operatorName,
                      const QString &comment, qint64 nowMs);
    bool acknowledgeOne(Entry *entry, const QString &operatorName, const QString &comment,
                        qint64 nowMs, QString *error);
    void unshelveOne(Entry *entry, const QString &operatorName, const QString &comment,
                     qint64 nowMs);
    AlertState stateForCondition(const Entry &entry) const;
    bool isSuppressed(const Entry &entry) const;

    const IndicatorCatalog &m_indicators;
    AlertRuleSet m_rules;
    QHash<QString, Entry> m_entries; // by alert id
    QHash<UnitIndicator, Observation> m_observations;
    QVector<AlertEvent> m_events;
};

} // namespace soc
