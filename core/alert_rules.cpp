#include "core/alert_rules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace soc {

const QString AlertRuleSet::SourceRuleId = QStringLiteral("source");

namespace {

int lineAt(const QByteArray &json, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, json.size());
    return 1 + int(json.left(offset).count('\n'));
}

// Byte ranges of the objects inside the top-level "rules" array, found by a scan of the raw
// text. QJsonDocument keeps no positions, so this maps a rule index back to a line.
QVector<std::pair<qsizetype, qsizetype>> ruleSpans(const QByteArray &json)
{
    QVector<std::pair<qsizetype, qsizetype>> spans;
    int depth = 0;
    int rulesDepth = -1; // depth inside the "rules" array, once entered
    bool inString = false;
    qsizetype stringStart = 0;
    QByteArray lastString;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
                lastString = json.mid(stringStart, i - stringStart);
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = i + 1;
        } else if (c == '{' || c == '[') {
            if (c == '[' && depth == 1 && lastString == "rules")
                rulesDepth = depth + 1;
            else if (c == '{' && depth == rulesDepth)
                spans.append({i, json.size()});
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
            if (c == '}' && depth == rulesDepth && !spans.isEmpty())
                spans.last().second = i + 1;
            if (c == ']' && depth == 1)
                rulesDepth = -1;
        }
    }
    return spans;
}

// Reads one rule object and reports errors with the line of the offending key.
class RuleReader
{
public:
    RuleReader(const QByteArray &json, std::pair<qsizetype, qsizetype> span, QString origin,
               const IndicatorCatalog &indicators)
        : m_json(json), m_span(span), m_origin(std::move(origin)), m_indicators(indicators)
    {
    }

    bool read(const QJsonObject &object, AlertRule *rule, QString *error);

private:
    bool fail(const QString &key, const QString &reason, QString *error) const;
    bool readNumber(const QJsonObject &object, const QString &key, std::optional<double> *value,
                    QString *error) const;
    bool readDelay(const QJsonObject &object, const QString &key, qint64 *delayMs,
                   QString *error) const;
    bool readIndicators(const QJsonObject &object, AlertRule *rule, QString *error) const;
    bool readThreshold(const QJsonObject &object, AlertRule *rule, QString *error) const;
    bool readGrowth(const QJsonObject &object, AlertRule *rule, QString *error) const;
    bool readCommon(const QJsonObject &object, AlertRule *rule, QString *error) const;

    const QByteArray &m_json;
    std::pair<qsizetype, qsizetype> m_span;
    QString m_origin;
    const IndicatorCatalog &m_indicators;
};

bool RuleReader::fail(const QString &key, const QString &reason, QString *error) const
{
    qsizetype offset = m_span.first;
    if (!key.isEmpty()) {
        const qsizetype found = m_json.indexOf("\"" + key.toUtf8() + "\"", m_span.first);
        if (found >= 0 && found < m_span.second)
            offset = found;
    }
    *error = QStringLiteral("%1:%2: %3").arg(m_origin).arg(lineAt(m_json, offset)).arg(reason);
    return false;
}

bool RuleReader::readNumber(const QJsonObject &object, const QString &key,
                            std::optional<double> *value, QString *error) const
{
    const QJsonValue json = object.value(key);
    if (json.isUndefined() || json.isNull()) {
        value->reset();
        return true;
    }
    if (!json.isDouble() || !std::isfinite(json.toDouble()))
        return fail(key, QStringLiteral("'%1' must be a number").arg(key), error);
    *value = json.toDouble();
    return true;
}

bool RuleReader::readDelay(const QJsonObject &object, const QString &key, qint64 *delayMs,
                           QString *error) const
{
    std::optional<double> seconds;
    if (!readNumber(object, key, &seconds, error))
        return false;
    if (seconds && *seconds < 0)
        return fail(key, QStringLiteral("'%1' must not be negative").arg(key), error);
    *delayMs = seconds ? qint64(std::llround(*seconds * 1000)) : 0;
    return true;
}

bool RuleReader::readIndicators(const QJsonObject &object, AlertRule *rule, QString *error) const
{
    const QJsonValue single = object.value(QLatin1String("indicator"));
    const QJsonValue list = object.value(QLatin1String("indicators"));
    if (rule->kind != AlertRuleKind::Stale || !single.isUndefined()) {
        if (!single.isString())
            return fail(QString(), QStringLiteral("rule '%1' needs an 'indicator'").arg(rule->id),
                        error);
        rule->indicators = QStringList{single.toString()};
    } else if (list.isArray()) {
        for (const QJsonValue &item : list.toArray())
            rule->indicators.append(item.toString());
    } else if (!list.isUndefined()) {
        return fail(QStringLiteral("indicators"),
                    QStringLiteral("'indicators' must be an array of indicator ids"), error);
    }
    for (const QString &id : std::as_const(rule->indicators)) {
        if (!m_indicators.find(id)) {
            return fail(QStringLiteral("indicator"),
                        QStringLiteral("unknown indicator '%1' in rule '%2'; use an id of the "
                                       "indicator catalog")
                            .arg(id, rule->id),
                        error);
        }
    }
    return true;
}

bool RuleReader::readThreshold(const QJsonObject &object, AlertRule *rule, QString *error) const
{
    if (!readNumber(object, QStringLiteral("warning"), &rule->warning, error) ||
        !readNumber(object, QStringLiteral("critical"), &rule->critical, error))
        return false;
    if (!rule->warning && !rule->critical) {
        return fail(
            QString(),
            QStringLiteral("threshold rule '%1' needs 'warning', 'critical' or both").arg(rule->id),
            error);
    }
    const Indicator *indicator = m_indicators.find(rule->indicators.first());
    if (rule->warning && rule->critical && indicator->isBetter(*rule->critical, *rule->warning)) {
        return fail(QStringLiteral("critical"),
                    QStringLiteral("'critical' of rule '%1' is better than its 'warning' in the "
                                   "direction of '%2'")
                        .arg(rule->id, indicator->id),
                    error);
    }
    return true;
}

bool RuleReader::readGrowth(const QJsonObject &object, AlertRule *rule, QString *error) const
{
    std::optional<double> increase;
    if (!readNumber(object, QStringLiteral("increase"), &increase, error))
        return false;
    if (!increase || *increase <= 0) {
        return fail(QStringLiteral("increase"),
                    QStringLiteral("growth rule '%1' needs a positive 'increase'").arg(rule->id),
                    error);
    }
    rule->increase = *increase;
    if (!readDelay(object, QStringLiteral("window_s"), &rule->windowMs, error))
        return false;
    if (rule->windowMs <= 0) {
        return fail(QStringLiteral("window_s"),
                    QStringLiteral("growth rule '%1' needs a positive 'window_s'").arg(rule->id),
                    error);
    }
    return true;
}

bool RuleReader::readCommon(const QJsonObject &object, AlertRule *rule, QString *error) const
{
    std::optional<double> deadband;
    if (!readNumber(object, QStringLiteral("deadband"), &deadband, error))
        return false;
    if (deadband && *deadband < 0)
        return fail(QStringLiteral("deadband"), QStringLiteral("'deadband' must not be negative"),
                    error);
    rule->deadband = deadband.value_or(0);
    if (!readDelay(object, QStringLiteral("on_delay_s"), &rule->onDelayMs, error) ||
        !readDelay(object, QStringLiteral("off_delay_s"), &rule->offDelayMs, error))
        return false;

    const QJsonValue severity = object.value(QLatin1String("severity"));
    if (!severity.isUndefined()) {
        const std::optional<Severity> parsed = severityFromName(severity.toString());
        if (!parsed)
            return fail(QStringLiteral("severity"),
                        QStringLiteral("'severity' must be warning or critical"), error);
        rule->severity = *parsed;
    }

    const QJsonValue enabled = object.value(QLatin1String("enabled"));
    if (!enabled.isUndefined() && !enabled.isBool())
        return fail(QStringLiteral("enabled"), QStringLiteral("'enabled' must be true or false"),
                    error);
    rule->enabled = enabled.toBool(true);

    const QJsonValue suppressed = object.value(QLatin1String("suppressed_units"));
    if (!suppressed.isUndefined() && !suppressed.isArray())
        return fail(QStringLiteral("suppressed_units"),
                    QStringLiteral("'suppressed_units' must be an array of unit codes"), error);
    for (const QJsonValue &unit : suppressed.toArray())
        rule->suppressedUnits.append(unit.toString());
    return true;
}

bool RuleReader::read(const QJsonObject &object, AlertRule *rule, QString *error)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    static const QSet<QString> knownKeys{
        "id",         "type",        "indicator", "indicators",       "warning",
        "critical",   "increase",    "window_s",  "severity",         "deadband",
        "on_delay_s", "off_delay_s", "enabled",   "suppressed_units", "comment"};

    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!knownKeys.contains(it.key()))
            return fail(it.key(), QStringLiteral("unknown key '%1'").arg(it.key()), error);
    }

    rule->id = object.value(QLatin1String("id")).toString();
    if (!idPattern.match(rule->id).hasMatch() || rule->id == AlertRuleSet::SourceRuleId) {
        return fail(QStringLiteral("id"),
                    QStringLiteral("invalid rule id '%1'; use lower-case letters, digits and "
                                   "'_', and not '%2'")
                        .arg(rule->id, AlertRuleSet::SourceRuleId),
                    error);
    }

    const QString type = object.value(QLatin1String("type")).toString();
    if (type == QLatin1String("threshold")) {
        rule->kind = AlertRuleKind::Threshold;
    } else if (type == QLatin1String("growth")) {
        rule->kind = AlertRuleKind::Growth;
    } else if (type == QLatin1String("stale")) {
        rule->kind = AlertRuleKind::Stale;
    } else {
        return fail(QStringLiteral("type"),
                    QStringLiteral("invalid type '%1' in rule '%2'; use threshold, growth or "
                                   "stale")
                        .arg(type, rule->id),
                    error);
    }

    if (!readIndicators(object, rule, error) || !readCommon(object, rule, error))
        return false;
    if (rule->kind == AlertRuleKind::Threshold)
        return readThreshold(object, rule, error);
    if (rule->kind == AlertRuleKind::Growth)
        return readGrowth(object, rule, error);
    return true;
}

bool readFlood(const QJsonValue &value, const QString &where, FloodSettings *flood, QString *error)
{
    if (value.isUndefined())
        return true;
    const QJsonObject object = value.toObject();
    const QJsonValue minUnits = object.value(QLatin1String("min_units"));
    const QJsonValue window = object.value(QLatin1String("window_s"));
    const bool valid = value.isObject() && (minUnits.isUndefined() || minUnits.toInt(0) >= 2) &&
                       (window.isUndefined() || window.toDouble(0) > 0);
    if (!valid) {
        *error = QStringLiteral("%1: 'flood' needs 'min_units' of at least 2 and a positive "
                                "'window_s'")
                     .arg(where);
        return false;
    }
    flood->minUnits = minUnits.toInt(flood->minUnits);
    if (!window.isUndefined())
        flood->windowMs = qint64(std::llround(window.toDouble() * 1000));
    return true;
}

} // namespace

AlertRuleSet AlertRuleSet::builtIn(const IndicatorCatalog &indicators)
{
    AlertRuleSet rules;
    QString error;
    // The resource is compiled in and covered by a test, so a failure here is a build defect.
    if (!rules.loadJsonFile(QStringLiteral(":/soc/data/alert_rules.json"), indicators, &error))
        qFatal("Built-in alert rules are invalid: %s", qPrintable(error));
    return rules;
}

bool AlertRuleSet::loadJsonFile(const QString &path, const IndicatorCatalog &indicators,
                                QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open the alert rules (%2); check the path")
                     .arg(path, file.errorString());
        return false;
    }
    // A bounded read, because size() is 0 for a pipe or a device such as /dev/zero.
    const QByteArray json = file.read(MaxFileBytes + 1);
    if (json.size() > MaxFileBytes) {
        *error = QStringLiteral("%1: the alert rules are larger than the limit of %2 bytes")
                     .arg(path)
                     .arg(MaxFileBytes);
        return false;
    }
    return loadJson(json, path, indicators, error);
}

bool AlertRuleSet::loadJson(const QByteArray &json, const QString &origin,
                            const IndicatorCatalog &indicators, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1:%2: invalid JSON: %3")
                     .arg(origin)
                     .arg(lineAt(json, parseError.offset))
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonValue array = document.object().value(QLatin1String("rules"));
    if (!array.isArray()) {
        *error = QStringLiteral("%1:1: no 'rules' array found").arg(origin);
        return false;
    }

    FloodSettings flood;
    if (!readFlood(document.object().value(QLatin1String("flood")),
                   QStringLiteral("%1:%2").arg(origin).arg(lineAt(json, json.indexOf("\"flood\""))),
                   &flood, error))
        return false;

    const QVector<std::pair<qsizetype, qsizetype>> spans = ruleSpans(json);
    QVector<AlertRule> loaded;
    QHash<QString, int> index;
    const QJsonArray items = array.toArray();
    for (int i = 0; i < items.size(); ++i) {
        const auto span = i < spans.size() ? spans.at(i) : std::pair<qsizetype, qsizetype>{0, 0};
        RuleReader reader(json, span, origin, indicators);
        AlertRule rule;
        if (!items.at(i).isObject()) {
            *error = QStringLiteral("%1:%2: rules[%3] is not an object")
                         .arg(origin)
                         .arg(lineAt(json, span.first))
                         .arg(i);
            return false;
        }
        if (!reader.read(items.at(i).toObject(), &rule, error))
            return false;
        if (index.contains(rule.id)) {
            *error = QStringLiteral("%1:%2: duplicate rule id '%3'")
                         .arg(origin)
                         .arg(lineAt(json, span.first))
                         .arg(rule.id);
            return false;
        }
        index.insert(rule.id, loaded.size());
        loaded.append(rule);
    }

    m_rules = loaded;
    m_index = index;
    m_flood = flood;
    return true;
}

const AlertRule *AlertRuleSet::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_rules.at(it.value());
}

qint64 AlertRuleSet::maxGrowthWindowMs() const
{
    qint64 longest = 0;
    for (const AlertRule &rule : m_rules) {
        if (rule.kind == AlertRuleKind::Growth)
            longest = std::max(longest, rule.windowMs);
    }
    return longest;
}

} // namespace soc
