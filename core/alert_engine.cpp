#include "core/alert_engine.h"

#include "core/freshness.h"

#include <algorithm>

namespace soc {

namespace {

// Bound on the growth history of one unit and indicator, for feeds that update far more often
// than their cadence.
constexpr int MaxHistoryPoints = 1024;
const QString FloodPrefix = QStringLiteral("flood:");

bool awaitsAcknowledgement(AlertState state)
{
    return state == AlertState::ActiveUnacked || state == AlertState::ClearedUnacked;
}

// Lower is more urgent, for the state shown on a flood parent.
int urgencyRank(AlertState state)
{
    switch (state) {
    case AlertState::ActiveUnacked:
        return 0;
    case AlertState::ClearedUnacked:
        return 1;
    case AlertState::ActiveAcked:
        return 2;
    default:
        return 3;
    }
}

} // namespace

AlertEngine::AlertEngine(const IndicatorCatalog &indicators, AlertRuleSet rules)
    : m_indicators(indicators), m_rules(std::move(rules))
{
}

QString AlertEngine::alertId(const QString &rule, const QString &unit, const QString &indicator)
{
    return rule + QLatin1Char(':') + unit + QLatin1Char(':') + indicator;
}

void AlertEngine::setRules(const AlertRuleSet &rules, qint64 nowMs)
{
    m_rules = rules;

    // Alerts of rules that no longer exist return to normal and go.
    const QStringList ids = m_entries.keys();
    for (const QString &id : ids) {
        Entry &entry = m_entries[id];
        const bool ruleGone =
            entry.alert.rule != AlertRuleSet::SourceRuleId && !m_rules.find(entry.alert.rule);
        if (ruleGone) {
            entry.alert.conditionActive = false;
            entry.alert.state = AlertState::Normal;
            emitEvent(entry, AlertEventType::ReturnedToNormal, nowMs);
            m_entries.remove(id);
            continue;
        }
        applySuppression(&entry, nowMs);
    }

    const QList<UnitIndicator> keys = m_observations.keys();
    for (const UnitIndicator &key : keys)
        evaluateObservation(key.first, key.second, nowMs);
}

void AlertEngine::evaluateSample(const Sample &sample, qint64 nowMs)
{
    if (recordObservation(sample.unit, sample.indicator, sample.period, sample.observedAtMs,
                          sample.observedAtMs, sample.displayValue()))
        evaluateObservation(sample.unit, sample.indicator, nowMs);
}

void AlertEngine::evaluateState(const DashboardState &state, qint64 nowMs)
{
    for (auto unit = state.figures.cbegin(); unit != state.figures.cend(); ++unit) {
        for (auto figure = unit->cbegin(); figure != unit->cend(); ++figure) {
            const Figure &shown = figure->shown;
            if (!shown.period.isValid())
                continue;
            if (recordObservation(unit.key(), figure.key(), shown.period, shown.observedAtMs,
                                  shown.oldestObservedAtMs, shown.value))
                evaluateObservation(unit.key(), figure.key(), nowMs);
        }
    }
}

bool AlertEngine::recordObservation(const QString &unit, const QString &indicator,
                                    const Period &period, qint64 observedAtMs,
                                    qint64 oldestObservedAtMs, std::optional<double> value)
{
    Observation &observation = m_observations[{unit, indicator}];
    if (observation.period.isValid()) {
        if (observation.period.isMoreRecentThan(period))
            return false;
        const bool samePeriod = observation.period == period;
        if (samePeriod && observedAtMs < observation.observedAtMs)
            return false;
        if (samePeriod && observedAtMs == observation.observedAtMs &&
            oldestObservedAtMs == observation.oldestObservedAtMs && value == observation.value)
            return false;
    }

    observation.period = period;
    observation.observedAtMs = observedAtMs;
    observation.oldestObservedAtMs = oldestObservedAtMs;
    observation.value = value;

    const qint64 windowMs = m_rules.maxGrowthWindowMs();
    if (windowMs <= 0 || !value) {
        observation.history.clear();
        return true;
    }
    auto &history = observation.history;
    if (!history.isEmpty() && history.last().first == observedAtMs)
        history.last().second = *value;
    else
        history.append({observedAtMs, *value});
    const qint64 oldestKept = observedAtMs - windowMs;
    const auto firstKept =
        std::find_if(history.begin(), history.end(),
                     [oldestKept](const auto &point) { return point.first >= oldestKept; });
    history.erase(history.begin(), firstKept);
    if (history.size() > MaxHistoryPoints)
        history.remove(0, history.size() - MaxHistoryPoints);
    return true;
}

void AlertEngine::evaluateObservation(const QString &unit, const QString &indicator, qint64 nowMs)
{
    for (const AlertRule &rule : m_rules.rules()) {
        if (rule.watches(indicator))
            evaluateRule(rule, unit, indicator, nowMs);
    }
}

std::optional<double> AlertEngine::growthOf(const Observation &observation, qint64 windowMs) const
{
    if (observation.history.isEmpty())
        return std::nullopt;
    const qint64 oldest = observation.observedAtMs - windowMs;
    double lowest = observation.history.last().second;
    for (const auto &point : observation.history) {
        if (point.first >= oldest)
            lowest = std::min(lowest, point.second);
    }
    return observation.history.last().second - lowest;
}

void AlertEngine::evaluateRule(const AlertRule &rule, const QString &unit,
                               const QString &indicatorId, qint64 nowMs)
{
    const auto found = m_observations.constFind({unit, indicatorId});
    const Indicator *indicator = m_indicators.find(indicatorId);
    if (found == m_observations.cend() || !indicator)
        return;
    const Observation &observation = *found;

    std::optional<double> breach;
    switch (rule.kind) {
    case AlertRuleKind::Threshold: {
        // NOTE: a figure with no data (zero denominator) leaves the alert as it was, because
        // "no data" gives no information about the level.
        if (!observation.value)
            return;
        const double value = *observation.value;
        const auto breachOf = [&](std::optional<double> level) -> std::optional<double> {
            if (!level)
                return std::nullopt;
            return indicator->direction == Direction::HigherIsBetter ? *level - value
                                                                     : value - *level;
        };
        updateLevels(rule, unit, indicatorId, breachOf(rule.warning), breachOf(rule.critical),
                     observation.value, nowMs);
        return;
    }
    case AlertRuleKind::Growth: {
        const std::optional<double> growth = growthOf(observation, rule.windowMs);
        if (!growth)
            return;
        breach = *growth - rule.increase;
        break;
    }
    case AlertRuleKind::Stale: {
        const qint64 ageMs = nowMs - observation.oldestObservedAtMs;
        const bool stale = freshnessOf(ageMs, indicator->cadenceSeconds) == Freshness::Stale;
        breach = stale ? 1.0 : -1.0;
        break;
    }
    }

    const bool critical = rule.severity == Severity::Critical;
    const std::optional<double> value =
        rule.kind == AlertRuleKind::Stale ? std::nullopt : observation.value;
    updateLevels(rule, unit, indicatorId, critical ? std::nullopt : breach,
                 critical ? breach : std::nullopt, value, nowMs);
}

void AlertEngine::updateTrigger(LevelTrigger *trigger, double breach, double deadband, qint64 nowMs)
{
    const bool on = breach > 0 || (trigger->on && breach > -deadband);
    if (on != trigger->on) {
        trigger->on = on;
        trigger->changedAtMs = nowMs;
    }
}

void AlertEngine::updateLevels(const AlertRule &rule, const QString &unit, const QString &indicator,
                               std::optional<double> warningBreach,
                               std::optional<double> criticalBreach, std::optional<double> value,
                               qint64 nowMs)
{
    const QString id = alertId(rule.id, unit, indicator);
    if (!m_entries.contains(id)) {
        const bool breached = warningBreach.value_or(0) > 0 || criticalBreach.value_or(0) > 0;
        if (!breached)
            return;
    }

    Entry &entry = entryFor(rule.id, unit, indicator);
    entry.alert.lastValue = value;
    // Stale rules have no value to move back past a level, so their deadband does not apply.
    const double deadband = rule.kind == AlertRuleKind::Stale ? 0 : rule.deadband;
    if (warningBreach)
        updateTrigger(&entry.warning, *warningBreach, deadband, nowMs);
    else
        entry.warning = LevelTrigger{};
    if (criticalBreach)
        updateTrigger(&entry.critical, *criticalBreach, deadband, nowMs);
    else
        entry.critical = LevelTrigger{};
    settle(&entry, nowMs);
}

void AlertEngine::settle(Entry *entry, qint64 nowMs)
{
    const AlertRule *rule = m_rules.find(entry->alert.rule);
    const qint64 onDelayMs = rule ? rule->onDelayMs : 0;
    const qint64 offDelayMs = rule ? rule->offDelayMs : 0;
    for (LevelTrigger *trigger : {&entry->warning, &entry->critical}) {
        const qint64 heldMs = nowMs - trigger->changedAtMs;
        if (trigger->on && !trigger->active && heldMs >= onDelayMs)
            trigger->active = true;
        else if (!trigger->on && trigger->active && heldMs >= offDelayMs)
            trigger->active = false;
    }

    Severity severity = Severity::None;
    if (entry->critical.active)
        severity = Severity::Critical;
    else if (entry->warning.active)
        severity = Severity::Warning;
    applySeverity(entry, severity, nowMs);
    dropIfIdle(entry->alert.id);
}

void AlertEngine::applySeverity(Entry *entry, Severity severity, qint64 nowMs)
{
    Alert &alert = entry->alert;
    const bool wasActive = alert.conditionActive;
    const bool isActive = severity != Severity::None;
    if (!wasActive && !isActive)
        return;
    if (wasActive && isActive && severity == alert.severity)
        return;

    const Severity previous = alert.severity;
    if (isActive)
        alert.severity = severity;
    alert.conditionActive = isActive;
    if (isActive && !wasActive)
        alert.sinceMs = nowMs;

    AlertEventType type = AlertEventType::SeverityChanged;
    if (isActive && !wasActive)
        type = AlertEventType::Raised;
    else if (!isActive)
        type = AlertEventType::Cleared;

    if (alert.state == AlertState::Shelved) {
        // Shelved alerts follow their condition without being shown. The events keep the
        // history complete and let restore() rebuild the condition.
    } else if (isSuppressed(*entry)) {
        alert.state = isActive ? AlertState::Suppressed : AlertState::Normal;
        if (!isActive)
            type = AlertEventType::ReturnedToNormal;
    } else if (isActive && (!wasActive || severity > previous)) {
        // A new episode, or an escalation, needs acknowledgement again.
        alert.state = AlertState::ActiveUnacked;
    } else if (!isActive && alert.state == AlertState::ActiveAcked) {
        alert.state = AlertState::Normal;
        type = AlertEventType::ReturnedToNormal;
    } else if (!isActive) {
        alert.state = AlertState::ClearedUnacked;
    }
    emitEvent(*entry, type, nowMs);
}

bool AlertEngine::isSuppressed(const Entry &entry) const
{
    const AlertRule *rule = m_rules.find(entry.alert.rule);
    return rule && rule->isSuppressedFor(entry.alert.unit);
}

AlertState AlertEngine::stateForCondition(const Entry &entry) const
{
    if (isSuppressed(entry))
        return entry.alert.conditionActive ? AlertState::Suppressed : AlertState::Normal;
    return entry.alert.conditionActive ? AlertState::ActiveUnacked : AlertState::Normal;
}

void AlertEngine::applySuppression(Entry *entry, qint64 nowMs)
{
    Alert &alert = entry->alert;
    const bool suppressed = isSuppressed(*entry);
    const bool inService = alert.state == AlertState::ActiveUnacked ||
                           alert.state == AlertState::ActiveAcked ||
                           alert.state == AlertState::ClearedUnacked;
    if (suppressed && inService) {
        alert.state = stateForCondition(*entry);
        emitEvent(*entry, AlertEventType::Suppressed, nowMs);
    } else if (!suppressed && alert.state == AlertState::Suppressed) {
        alert.state = stateForCondition(*entry);
        emitEvent(*entry, AlertEventType::Unsuppressed, nowMs);
    }
    dropIfIdle(alert.id);
}

void AlertEngine::applySourceAlert(const SourceAlertInput &input, qint64 nowMs)
{
    const QString id = alertId(AlertRuleSet::SourceRuleId, input.unit, input.indicator);
    if (!input.active && !m_entries.contains(id))
        return;

    Entry &entry = entryFor(AlertRuleSet::SourceRuleId, input.unit, input.indicator);
    entry.alert.text = input.text;
    const bool critical = input.severity == Severity::Critical;
    entry.warning = LevelTrigger{input.active && !critical, input.active && !critical, nowMs};
    entry.critical = LevelTrigger{input.active && critical, input.active && critical, nowMs};
    applySeverity(&entry, input.active ? input.severity : Severity::None, nowMs);
    dropIfIdle(id);
}

void AlertEngine::advanceTo(qint64 nowMs)
{
    for (auto it = m_observations.cbegin(); it != m_observations.cend(); ++it) {
        for (const AlertRule &rule : m_rules.rules()) {
            if (rule.kind == AlertRuleKind::Stale && rule.watches(it.key().second))
                evaluateRule(rule, it.key().first, it.key().second, nowMs);
        }
    }

    const QStringList ids = m_entries.keys();
    for (const QString &id : ids) {
        auto it = m_entries.find(id);
        if (it == m_entries.end())
            continue;
        if (it->alert.state == AlertState::Shelved && nowMs >= it->alert.shelvedUntilMs) {
            unshelveOne(&*it, QString(), QStringLiteral("shelving time ran out"), nowMs);
            it = m_entries.find(id);
            if (it == m_entries.end())
                continue;
        }
        settle(&*it, nowMs);
    }
}

AlertEngine::Entry &AlertEngine::entryFor(const QString &rule, const QString &unit,
                                          const QString &indicator)
{
    const QString id = alertId(rule, unit, indicator);
    auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        Entry entry;
        entry.alert.id = id;
        entry.alert.rule = rule;
        entry.alert.unit = unit;
        entry.alert.indicator = indicator;
        it = m_entries.insert(id, entry);
    }
    return *it;
}

void AlertEngine::dropIfIdle(const QString &id)
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend())
        return;
    const bool idle = it->alert.state == AlertState::Normal && !it->alert.conditionActive &&
                      !it->warning.on && !it->warning.active && !it->critical.on &&
                      !it->critical.active;
    if (idle)
        m_entries.erase(it);
}

void AlertEngine::emitEvent(const Entry &entry, AlertEventType type, qint64 nowMs,
                            const QString &operatorName, const QString &comment)
{
    Alert &alert = m_entries[entry.alert.id].alert;
    alert.changedAtMs = nowMs;

    AlertEvent event;
    event.atMs = nowMs;
    event.type = type;
    event.alertId = alert.id;
    event.rule = alert.rule;
    event.unit = alert.unit;
    event.indicator = alert.indicator;
    event.severity = alert.severity;
    event.state = alert.state;
    event.conditionActive = alert.conditionActive;
    event.value = alert.lastValue;
    event.shelvedUntilMs = alert.shelvedUntilMs;
    event.operatorName = operatorName;
    event.comment = comment;
    event.text = alert.text;
    m_events.append(event);
}

void AlertEngine::recordAction(Entry *entry, AlertEventType type, const QString &operatorName,
                               const QString &comment, qint64 nowMs)
{
    QVector<AlertAction> &actions = entry->alert.actions;
    actions.append(AlertAction{type, operatorName, nowMs, comment});
    if (actions.size() > Alert::MaxActions)
        actions.remove(0, actions.size() - Alert::MaxActions);
    emitEvent(*entry, type, nowMs, operatorName, comment);
}

bool AlertEngine::acknowledgeOne(Entry *entry, const QString &operatorName, const QString &comment,
                                 qint64 nowMs, QString *error)
{
    Alert &alert = entry->alert;
    if (!awaitsAcknowledgement(alert.state)) {
        *error = QStringLiteral("alert %1 is %2 and does not await acknowledgement")
                     .arg(alert.id, alertStateName(alert.state));
        return false;
    }
    alert.state =
        alert.state == AlertState::ActiveUnacked ? AlertState::ActiveAcked : AlertState::Normal;
    recordAction(entry, AlertEventType::Acknowledged, operatorName, comment, nowMs);
    dropIfIdle(alert.id);
    return true;
}

bool AlertEngine::acknowledge(const QString &id, const QString &operatorName,
                              const QString &comment, qint64 nowMs, QString *error)
{
    if (!id.startsWith(FloodPrefix)) {
        const auto it = m_entries.find(id);
        if (it == m_entries.end()) {
            *error = QStringLiteral("alert %1 not found").arg(id);
            return false;
        }
        return acknowledgeOne(&*it, operatorName, comment, nowMs, error);
    }

    const QVector<AlertGroup> groups = groupedAlerts();
    const auto group = std::find_if(groups.cbegin(), groups.cend(),
                                    [&id](const AlertGroup &g) { return g.id == id; });
    if (group == groups.cend()) {
        *error = QStringLiteral("flood alert %1 not found").arg(id);
        return false;
    }
    int acknowledged = 0;
    for (const Alert &child : group->children) {
        const auto it = m_entries.find(child.id);
        QString ignored;
        if (it != m_entries.end() && acknowledgeOne(&*it, operatorName, comment, nowMs, &ignored))
            ++acknowledged;
    }
    if (acknowledged == 0) {
        *error = QStringLiteral("no alert of flood %1 awaits acknowledgement").arg(id);
        return false;
    }
    return true;
}

bool AlertEngine::shelve(const QString &id, qint64 durationMs, const QString &operatorName,
                         const QString &comment, qint64 nowMs, QString *error)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end()) {
        *error = QStringLiteral("alert %1 not found").arg(id);
        return false;
    }
    if (durationMs <= 0) {
        *error = QStringLiteral("shelving duration of alert %1 must be positive, got %2 ms")
                     .arg(id)
                     .arg(durationMs);
        return false;
    }
    const AlertState state = it->alert.state;
    if (state == AlertState::Shelved || state == AlertState::Suppressed) {
        *error =
            QStringLiteral("alert %1 is %2 and cannot be shelved").arg(id, alertStateName(state));
        return false;
    }
    it->alert.state = AlertState::Shelved;
    it->alert.shelvedUntilMs = nowMs + durationMs;
    recordAction(&*it, AlertEventType::Shelved, operatorName, comment, nowMs);
    return true;
}

void AlertEngine::unshelveOne(Entry *entry, const QString &operatorName, const QString &comment,
                              qint64 nowMs)
{
    entry->alert.state = stateForCondition(*entry);
    entry->alert.shelvedUntilMs = 0;
    recordAction(entry, AlertEventType::Unshelved, operatorName, comment, nowMs);
    dropIfIdle(entry->alert.id);
}

bool AlertEngine::unshelve(const QString &id, const QString &operatorName, const QString &comment,
                           qint64 nowMs, QString *error)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || it->alert.state != AlertState::Shelved) {
        *error = QStringLiteral("alert %1 is not shelved").arg(id);
        return false;
    }
    unshelveOne(&*it, operatorName, comment, nowMs);
    return true;
}

QVector<Alert> AlertEngine::alerts() const
{
    QVector<Alert> listed;
    for (const Entry &entry : m_entries) {
        if (entry.alert.state != AlertState::Normal)
            listed.append(entry.alert);
    }
    std::sort(listed.begin(), listed.end(),
              [](const Alert &a, const Alert &b) { return a.id < b.id; });
    return listed;
}

std::optional<Alert> AlertEngine::find(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    if (it == m_entries.cend() || it->alert.state == AlertState::Normal)
        return std::nullopt;
    return it->alert;
}

QVector<AlertGroup> AlertEngine::groupedAlerts() const
{
    QVector<AlertGroup> groups;
    QHash<std::pair<QString, QString>, QVector<Alert>> byRule;
    for (const Alert &alert : alerts()) {
        const bool outOfService =
            alert.state == AlertState::Shelved || alert.state == AlertState::Suppressed;
        if (outOfService)
            groups.append(AlertGroup{alert.id,
                                     alert.rule,
                                     alert.indicator,
                                     alert.unit,
                                     alert.severity,
                                     alert.state,
                                     alert.sinceMs,
                                     {alert}});
        else
            byRule[{alert.rule, alert.indicator}].append(alert);
    }

    const FloodSettings &flood = m_rules.flood();
    for (QVector<Alert> &candidates : byRule) {
        std::sort(candidates.begin(), candidates.end(), [](const Alert &a, const Alert &b) {
            return std::tie(a.sinceMs, a.unit) < std::tie(b.sinceMs, b.unit);
        });
        int first = 0;
        while (first < candidates.size()) {
            const Alert &head = candidates.at(first);
            int end = first;
            while (end < candidates.size() &&
                   candidates.at(end).sinceMs - head.sinceMs <= flood.windowMs)
                ++end;
            const int size = end - first;
            if (size < flood.minUnits) {
                groups.append(AlertGroup{head.id,
                                         head.rule,
                                         head.indicator,
                                         head.unit,
                                         head.severity,
                                         head.state,
                                         head.sinceMs,
                                         {head}});
                ++first;
                continue;
            }

            AlertGroup parent{FloodPrefix + head.rule + QLatin1Char(':') + head.indicator +
                                  QLatin1Char(':') + QString::number(head.sinceMs),
                              head.rule,
                              head.indicator,
                              head.unit,
                              head.severity,
                              head.state,
                              head.sinceMs,
                              candidates.mid(first, size)};
            for (const Alert &child : std::as_const(parent.children)) {
                parent.severity = std::max(parent.severity, child.severity);
                if (urgencyRank(child.state) < urgencyRank(parent.state))
                    parent.state = child.state;
            }
            groups.append(parent);
            first = end;
        }
    }

    std::sort(groups.begin(), groups.end(), [](const AlertGroup &a, const AlertGroup &b) {
        return std::tie(b.sinceMs, a.id) < std::tie(a.sinceMs, b.id);
    });
    return groups;
}

QVector<AlertEvent> AlertEngine::takeEvents()
{
    return std::exchange(m_events, {});
}

void AlertEngine::restore(const QVector<AlertEvent> &events)
{
    m_entries.clear();
    for (const AlertEvent &event : events) {
        Entry &entry = entryFor(event.rule, event.unit, event.indicator);
        Alert &alert = entry.alert;
        if (event.conditionActive && !alert.conditionActive)
            alert.sinceMs = event.atMs;
        if (event.severity != Severity::None)
            alert.severity = event.severity;
        alert.conditionActive = event.conditionActive;
        alert.state = event.state;
        alert.changedAtMs = event.atMs;
        alert.lastValue = event.value;
        alert.shelvedUntilMs = event.shelvedUntilMs;
        alert.text = event.text;

        const bool operatorAction = event.type == AlertEventType::Acknowledged ||
                                    event.type == AlertEventType::Shelved ||
                                    event.type == AlertEventType::Unshelved;
        if (operatorAction) {
            alert.actions.append(
                AlertAction{event.type, event.operatorName, event.atMs, event.comment});
            if (alert.actions.size() > Alert::MaxActions)
                alert.actions.remove(0, alert.actions.size() - Alert::MaxActions);
        }

        // The condition resumes as it was stored, so the next figure continues the episode
        // instead of raising it again.
        const bool warningActive = event.conditionActive;
        const bool criticalActive = event.conditionActive && alert.severity == Severity::Critical;
        entry.warning = LevelTrigger{warningActive, warningActive, event.atMs};
        entry.critical = LevelTrigger{criticalActive, criticalActive, event.atMs};
    }

    const QStringList ids = m_entries.keys();
    for (const QString &id : ids)
        dropIfIdle(id);
}

} // namespace soc
