#include "feed/mqtt_topics.h"

#include <QStringList>

namespace soc::mqtt_topics {

namespace {

QString prefix(const QString &source)
{
    return QStringLiteral("soc/v1/") + escapeLevel(source) + QLatin1Char('/');
}

Topic invalid(const QString &source, const QString &error)
{
    return {Kind::Invalid, source, error};
}

} // namespace

QString escapeLevel(const QString &level)
{
    QString escaped;
    escaped.reserve(level.size());
    for (const QChar c : level) {
        switch (c.unicode()) {
        case '%':
            escaped += QLatin1String("%25");
            break;
        case '/':
            escaped += QLatin1String("%2F");
            break;
        case '+':
            escaped += QLatin1String("%2B");
            break;
        case '#':
            escaped += QLatin1String("%23");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

bool unescapeLevel(const QString &level, QString *decoded)
{
    decoded->clear();
    for (qsizetype i = 0; i < level.size(); ++i) {
        if (level.at(i) != QLatin1Char('%')) {
            *decoded += level.at(i);
            continue;
        }
        const QString hex = level.mid(i + 1, 2);
        bool ok = false;
        const uint code = hex.toUInt(&ok, 16);
        if (hex.size() != 2 || !ok)
            return false;
        *decoded += QChar(code);
        i += 2;
    }
    return true;
}

Topic parse(const QString &topic)
{
    const QStringList levels = topic.split(QLatin1Char('/'));
    if (levels.size() < 3 || levels.at(0) != QLatin1String("soc") ||
        levels.at(1) != QLatin1String("v1"))
        return invalid({}, QStringLiteral("topic '%1' is outside soc/v1/{source}/").arg(topic));

    QString source;
    if (!unescapeLevel(levels.at(2), &source) || source.isEmpty())
        return invalid({}, QStringLiteral("topic '%1' has an invalid source level").arg(topic));

    const qsizetype count = levels.size();
    const QString kind = count > 3 ? levels.at(3) : QString();
    if (kind == QLatin1String("kpi") && count == 4)
        return {Kind::KpiBatch, source, {}};
    if (kind == QLatin1String("kpi") && count == 6)
        return {Kind::KpiSample, source, {}};
    if (kind == QLatin1String("catalog") && count == 4)
        return {Kind::Catalog, source, {}};
    if (kind == QLatin1String("alert") && count == 5)
        return {Kind::Alert, source, {}};
    if (kind == QLatin1String("heartbeat") && count == 4)
        return {Kind::Heartbeat, source, {}};
    if (kind == QLatin1String("state") && count == 4)
        return {Kind::State, source, {}};
    return invalid(source, QStringLiteral("unknown topic '%1'; the subtopics are kpi, "
                                          "kpi/{unit}/{indicator}, catalog, alert/{id}, "
                                          "heartbeat and state")
                               .arg(topic));
}

QString kpiSample(const QString &source, const QString &unit, const QString &indicator)
{
    return prefix(source) + QLatin1String("kpi/") + escapeLevel(unit) + QLatin1Char('/') +
           escapeLevel(indicator);
}

QString kpiBatch(const QString &source)
{
    return prefix(source) + QLatin1String("kpi");
}

QString catalog(const QString &source)
{
    return prefix(source) + QLatin1String("catalog");
}

QString alert(const QString &source, const QString &id)
{
    return prefix(source) + QLatin1String("alert/") + escapeLevel(id);
}

QString heartbeat(const QString &source)
{
    return prefix(source) + QLatin1String("heartbeat");
}

QString state(const QString &source)
{
    return prefix(source) + QLatin1String("state");
}

} // namespace soc::mqtt_topics
