#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace soc {

// Severity of an alert condition. The feed's AlertSeverity (feed/envelope_decoder.h) maps onto
// Warning and Critical; None means the condition is not active.
enum class Severity
{
    None,
    Warning,
    Critical
};

// Alarm states after ISA-18.2. Normal alerts are not listed; the other five are the `state`
// values of the `soc-feed state` JSON.
enum class AlertState
{
    Normal,
    ActiveUnacked,  // condition active, not yet acknowledged
    ActiveAcked,    // condition active, acknowledged
    ClearedUnacked, // condition returned to normal before anyone acknowledged it
    Shelved,        // hidden by an operator until a chosen time
    Suppressed,     // rule disabled, or suppressed for this unit
};

enum class AlertEventType
{
    Raised,           // condition became active; the alert needs acknowledgement
    SeverityChanged,  // escalation (needs acknowledgement again) or de-escalation
    Cleared,          // condition cleared while unacknowledged
    Acknowledged,     // by an operator
    ReturnedToNormal, // no active condition and nothing left to acknowledge
    Shelved,          // by an operator, until shelvedUntilMs
    Unshelved,        // by an operator, or because the shelving time ran out
    Suppressed,       // the rule was disabled or suppressed for the unit
    Unsuppressed,     // the suppression was lifted
};

QString severityName(Severity severity); // "warning", "critical"; empty for None
// The order in which alerts call for the operators: 0 for active and unacknowledged, then
// cleared and unacknowledged, active and acknowledged, shelved, suppressed, normal.
int alertUrgency(AlertState state);
std::optional<Severity> severityFromName(const QString &name);
QString alertStateName(AlertState state); // "active_unacked" etc.; "normal" for Normal
std::optional<AlertState> alertStateFromName(const QString &name);
QString alertEventTypeName(AlertEventType type); // "raised", "returned_to_normal" etc.
std::optional<AlertEventType> alertEventTypeFromName(const QString &name);

// An acknowledgement, shelving or unshelving, as recorded on the alert.
struct AlertAction
{
    AlertEventType type = AlertEventType::Acknowledged;
    QString operatorName; // empty when the engine acted, such as a shelving that expired
    qint64 atMs = 0;
    QString comment;

    bool operator==(const AlertAction &other) const
    {
        return type == other.type && operatorName == other.operatorName && atMs == other.atMs &&
               comment == other.comment;
    }
};

// One alert: the state of one (rule, unit, indicator).
struct Alert
{
    QString id; // "rule:unit:indicator", stable across restarts
    QString rule;
    QString unit;
    QString indicator;
    Severity severity = Severity::None; // current, or the last active severity once cleared
    AlertState state = AlertState::Normal;
    bool conditionActive = false;
    qint64 sinceMs = 0;              // when the condition last became active
    qint64 changedAtMs = 0;          // last state or severity change
    std::optional<double> lastValue; // percent for ratios; none for stale-source alerts
    qint64 shelvedUntilMs = 0;       // valid while Shelved
    QString text;                    // the source's own text for alerts of rule `source`
    QVector<AlertAction> actions;    // oldest first, the latest MaxActions only

    static constexpr int MaxActions = 32;
};

// One change of an alert, in the form that is stored and replayed. Each event carries the
// state that follows it, so replaying events in order rebuilds the alerts.
struct AlertEvent
{
    qint64 atMs = 0;
    AlertEventType type = AlertEventType::Raised;
    QString alertId;
    QString rule;
    QString unit;
    QString indicator;
    Severity severity = Severity::None;
    AlertState state = AlertState::Normal; // state after the event
    bool conditionActive = false;          // condition after the event
    std::optional<double> value;
    qint64 shelvedUntilMs = 0; // Shelved events only
    QString operatorName;      // Acknowledged, Shelved and Unshelved
    QString comment;
    QString text; // source alerts only
};

// A row of the alert list with floods rolled up: either one alert, or a parent standing for the
// alerts of many units that breached the same rule within the flood window.
struct AlertGroup
{
    QString id; // the alert id, or "flood:rule:indicator:first raise time in ms"
    QString rule;
    QString indicator;
    QString firstUnit;                     // unit of the earliest raised alert
    Severity severity = Severity::None;    // worst child severity
    AlertState state = AlertState::Normal; // most urgent child state
    qint64 sinceMs = 0;
    QVector<Alert> children; // the single alert, or every alert of the flood

    bool isFlood() const { return children.size() > 1; }
    int count() const { return children.size(); }
};

} // namespace soc
