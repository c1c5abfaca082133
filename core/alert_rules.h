#pragma once

#include "core/alert_types.h"
#include "core/indicator_catalog.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace soc {

enum class AlertRuleKind
{
    Threshold, // the value is worse than a warning or critical level
    Growth,    // the value rose by more than `increase` within `windowMs`
    Stale,     // a figure is stale per freshnessOf() and the indicator's cadence
};

// One alert rule. Levels are in the indicator's unit (percent for ratios) and are breached when
// the value is strictly worse than them in the indicator's direction.
struct AlertRule
{
    QString id;
    AlertRuleKind kind = AlertRuleKind::Threshold;
    QStringList indicators;         // one for threshold and growth rules; empty means all for stale
    std::optional<double> warning;  // threshold rules
    std::optional<double> critical; // threshold rules
    double increase = 0;            // growth rules, in the indicator's unit
    qint64 windowMs = 0;            // growth rules
    Severity severity = Severity::Warning; // growth and stale rules
    // How far the value must move back past a level before that level clears.
    double deadband = 0;
    qint64 onDelayMs = 0;  // how long a condition must hold before the alert becomes active
    qint64 offDelayMs = 0; // how long a condition must be gone before the alert clears
    bool enabled = true;
    QStringList suppressedUnits;

    bool watches(const QString &indicator) const
    {
        return indicators.isEmpty() ? kind == AlertRuleKind::Stale : indicators.contains(indicator);
    }
    bool isSuppressedFor(const QString &unit) const
    {
        return !enabled || suppressedUnits.contains(unit);
    }
};

// Flood roll-up: this many units raising the same rule within the window show as one parent.
struct FloodSettings
{
    int minUnits = 5;
    qint64 windowMs = 60 * 1000;
};

// The alert rules in force. Loaded from JSON (docs/ALERTS.md describes the format); the shipped
// defaults are the resource :/soc/data/alert_rules.json.
class AlertRuleSet
{
public:
    // Rule id of alerts raised by a source itself; no rule file may use it.
    static const QString SourceRuleId;

    static AlertRuleSet builtIn(const IndicatorCatalog &indicators);

    // Far above a real rule file: the built-in one is about 3 kB.
    static constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

    // Replace the rules with those of the file. On any error, return false with the line and
    // the reason in `error`, and leave the rules in force unchanged. A file larger than
    // MaxFileBytes is rejected without being read whole.
    bool loadJsonFile(const QString &path, const IndicatorCatalog &indicators, QString *error);
    bool loadJson(const QByteArray &json, const QString &origin, const IndicatorCatalog &indicators,
                  QString *error);

    const QVector<AlertRule> &rules() const { return m_rules; }
    const AlertRule *find(const QString &id) const;
    const FloodSettings &flood() const { return m_flood; }
    // The longest growth window, which bounds the history kept per unit and indicator.
    qint64 maxGrowthWindowMs() const;

private:
    QVector<AlertRule> m_rules;
    QHash<QString, int> m_index;
    FloodSettings m_flood;
};

} // namespace soc
