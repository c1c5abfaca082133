#include "core/indicator_catalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace soc {

QString indicatorKindName(IndicatorKind kind)
{
    switch (kind) {
    case IndicatorKind::Ratio:
        return QStringLiteral("ratio");
    case IndicatorKind::Count:
        return QStringLiteral("count");
    case IndicatorKind::Gauge:
        return QStringLiteral("gauge");
    }
    return {};
}

const QString &Indicator::shortName(Language language) const
{
    const QString &shortText = pickName(language, shortVi, shortEn);
    return shortText.isEmpty() ? name(language) : shortText;
}

bool Indicator::meetsTarget(double value) const
{
    if (!target)
        return false;
    return direction == Direction::HigherIsBetter ? value >= *target : value <= *target;
}

IndicatorCatalog IndicatorCatalog::builtIn()
{
    IndicatorCatalog catalog;
    QString error;
    // The resource is compiled in and covered by a test, so a failure here is a build defect.
    if (!catalog.loadJsonFile(QStringLiteral(":/soc/data/indicators.json"), &error))
        qFatal("Built-in indicator catalog is invalid: %s", qPrintable(error));
    return catalog;
}

bool IndicatorCatalog::loadJsonFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open the indicator catalog (%2); check the path")
                     .arg(path, file.errorString());
        return false;
    }
    // A bounded read, because size() is 0 for a pipe or a device such as /dev/zero.
    const QByteArray json = file.read(MaxFileBytes + 1);
    if (json.size() > MaxFileBytes) {
        *error = QStringLiteral("%1: the indicator catalog is larger than the limit of %2 bytes")
                     .arg(path)
                     .arg(MaxFileBytes);
        return false;
    }
    return loadJson(json, path, error);
}

namespace {

bool readIndicator(const QJsonObject &object, const QString &where, Indicator *indicator,
                   QString *error)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    indicator->id = object.value(QLatin1String("id")).toString();
    if (!idPattern.match(indicator->id).hasMatch()) {
        *error = QStringLiteral("%1: invalid id '%2'; use lower-case letters, digits and '_'")
                     .arg(where, indicator->id);
        return false;
    }

    const QString kind = object.value(QLatin1String("kind")).toString();
    if (kind == QLatin1String("ratio")) {
        indicator->kind = IndicatorKind::Ratio;
    } else if (kind == QLatin1String("count")) {
        indicator->kind = IndicatorKind::Count;
    } else if (kind == QLatin1String("gauge")) {
        indicator->kind = IndicatorKind::Gauge;
    } else {
        *error = QStringLiteral("%1 (%2): invalid kind '%3'; use ratio, count or gauge")
                     .arg(where, indicator->id, kind);
        return false;
    }

    const QString direction = object.value(QLatin1String("direction")).toString();
    if (direction == QLatin1String("higher")) {
        indicator->direction = Direction::HigherIsBetter;
    } else if (direction == QLatin1String("lower")) {
        indicator->direction = Direction::LowerIsBetter;
    } else {
        *error = QStringLiteral("%1 (%2): invalid direction '%3'; use higher or lower")
                     .arg(where, indicator->id, direction);
        return false;
    }

    const QJsonValue target = object.value(QLatin1String("target"));
    if (target.isDouble() && std::isfinite(target.toDouble())) {
        indicator->target = target.toDouble();
    } else if (!target.isUndefined() && !target.isNull()) {
        *error = QStringLiteral("%1 (%2): target must be a number").arg(where, indicator->id);
        return false;
    }

    indicator->cadenceSeconds = object.value(QLatin1String("cadence_s")).toInt(0);
    if (indicator->cadenceSeconds <= 0) {
        *error = QStringLiteral("%1 (%2): cadence_s must be a positive number of seconds")
                     .arg(where, indicator->id);
        return false;
    }

    indicator->source = object.value(QLatin1String("source")).toString();
    indicator->nameVi = object.value(QLatin1String("name_vi")).toString().normalized(
        QString::NormalizationForm_C);
    indicator->nameEn = object.value(QLatin1String("name_en")).toString();
    indicator->shortVi = object.value(QLatin1String("short_vi")).toString().normalized(
        QString::NormalizationForm_C);
    indicator->shortEn = object.value(QLatin1String("short_en")).toString();
    indicator->unitVi = object.value(QLatin1String("unit_vi")).toString();
    indicator->unitEn = object.value(QLatin1String("unit_en")).toString();
    indicator->simulated = object.value(QLatin1String("simulated")).toBool(true);
    const QJsonValue decimals = object.value(QLatin1String("decimals"));
    if (!decimals.isUndefined()) {
        if (!decimals.isDouble() || decimals.toInt(-1) < 0 || decimals.toInt(-1) > 6) {
            *error = QStringLiteral("%1 (%2): decimals must be a whole number from 0 to 6")
                         .arg(where, indicator->id);
            return false;
        }
        indicator->decimals = decimals.toInt();
    }
    if (indicator->nameVi.isEmpty() || indicator->nameEn.isEmpty()) {
        *error = QStringLiteral("%1 (%2): name_vi and name_en are required")
                     .arg(where, indicator->id);
        return false;
    }
    return true;
}

} // namespace

bool IndicatorCatalog::loadJson(const QByteArray &json, const QString &origin, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1: invalid JSON at byte %2: %3")
                     .arg(origin)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return false;
    }
    const QJsonArray array = document.object().value(QLatin1String("indicators")).toArray();
    if (array.isEmpty()) {
        *error = QStringLiteral("%1: no 'indicators' array found").arg(origin);
        return false;
    }

    QVector<Indicator> loaded;
    QHash<QString, int> index;
    for (int i = 0; i < array.size(); ++i) {
        Indicator indicator;
        const QString where = QStringLiteral("%1: indicators[%2]").arg(origin).arg(i);
        if (!readIndicator(array.at(i).toObject(), where, &indicator, error))
            return false;
        if (index.contains(indicator.id)) {
            *error = QStringLiteral("%1: duplicate id '%2'").arg(where, indicator.id);
            return false;
        }
        index.insert(indicator.id, loaded.size());
        loaded.append(indicator);
    }
    m_indicators = loaded;
    m_index = index;
    return true;
}

const Indicator *IndicatorCatalog::find(const QString &id) const
{
    const auto it = m_index.constFind(id);
    return it == m_index.cend() ? nullptr : &m_indicators.at(it.value());
}

} // namespace soc
