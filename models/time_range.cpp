#include "models/time_range.h"

#include "models/display_format.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace soc {

namespace {

constexpr qint64 DayMs = 24 * 3600 * 1000LL;
constexpr int CityUtcOffsetSeconds = 7 * 3600;

const char *const PresetKeys[] = {"24h", "7d", "30d", "month", "year"};

qint64 cityMidnight(const QDate &date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone(CityUtcOffsetSeconds)).toMSecsSinceEpoch();
}

} // namespace

TimeRange TimeRange::preset(Kind kind)
{
    TimeRange range;
    range.m_kind = kind == Kind::Custom ? Kind::Last7Days : kind;
    return range;
}

std::optional<TimeRange> TimeRange::custom(qint64 fromMs, qint64 toMs)
{
    if (toMs <= fromMs)
        return std::nullopt;
    TimeRange range;
    range.m_kind = Kind::Custom;
    range.m_customFromMs = fromMs;
    range.m_customToMs = toMs;
    return range;
}

qint64 TimeRange::fromMs(qint64 nowMs) const
{
    const QDate today =
        QDateTime::fromMSecsSinceEpoch(nowMs, QTimeZone(CityUtcOffsetSeconds)).date();
    switch (m_kind) {
    case Kind::Last24Hours:
        return nowMs - DayMs;
    case Kind::Last7Days:
        return nowMs - 7 * DayMs;
    case Kind::Last30Days:
        return nowMs - 30 * DayMs;
    case Kind::ThisMonth:
        return cityMidnight(QDate(today.year(), today.month(), 1));
    case Kind::ThisYear:
        return cityMidnight(QDate(today.year(), 1, 1));
    case Kind::Custom:
        return m_customFromMs;
    }
    return nowMs - 7 * DayMs;
}

qint64 TimeRange::toMs(qint64 nowMs) const
{
    return m_kind == Kind::Custom ? m_customToMs : nowMs;
}

QString TimeRange::label() const
{
    switch (m_kind) {
    case Kind::Last24Hours:
        return tr("Last 24 hours");
    case Kind::Last7Days:
        return tr("Last 7 days");
    case Kind::Last30Days:
        return tr("Last 30 days");
    case Kind::ThisMonth:
        return tr("This month");
    case Kind::ThisYear:
        return tr("This year");
    case Kind::Custom:
        return tr("%1 – %2").arg(formatDateTime(m_customFromMs), formatDateTime(m_customToMs));
    }
    return QString();
}

QString TimeRange::describe(qint64 nowMs) const
{
    const QString bounds =
        tr("%1 – %2 (UTC+7)").arg(formatDateTime(fromMs(nowMs)), formatDateTime(toMs(nowMs)));
    if (m_kind == Kind::Custom)
        return bounds;
    return tr("%1: %2").arg(label(), bounds);
}

QString TimeRange::toSettingsValue() const
{
    if (m_kind == Kind::Custom) {
        return QStringLiteral("custom:%1:%2").arg(m_customFromMs).arg(m_customToMs);
    }
    return QString::fromLatin1(PresetKeys[int(m_kind)]);
}

std::optional<TimeRange> TimeRange::parse(const QString &value)
{
    for (int i = 0; i < int(std::size(PresetKeys)); ++i) {
        if (value == QLatin1String(PresetKeys[i]))
            return preset(Kind(i));
    }
    const QStringList parts = value.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts.first() != QLatin1String("custom"))
        return std::nullopt;
    bool fromOk = false;
    bool toOk = false;
    const qint64 from = parts.at(1).toLongLong(&fromOk);
    const qint64 to = parts.at(2).toLongLong(&toOk);
    if (!fromOk || !toOk)
        return std::nullopt;
    return custom(from, to);
}

} // namespace soc
