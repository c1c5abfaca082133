#include "core/period.h"

#include <QHashFunctions>
#include <QRegularExpression>

namespace soc {

Period Period::day(QDate date)
{
    return date.isValid() ? Period(Granularity::Day, date) : Period();
}

Period Period::month(int year, int month)
{
    const QDate start(year, month, 1);
    return start.isValid() ? Period(Granularity::Month, start) : Period();
}

Period Period::quarter(int year, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return {};
    const QDate start(year, (quarter - 1) * 3 + 1, 1);
    return start.isValid() ? Period(Granularity::Quarter, start) : Period();
}

Period Period::year(int year)
{
    const QDate start(year, 1, 1);
    return start.isValid() ? Period(Granularity::Year, start) : Period();
}

Period Period::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])))?$)"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};

    const int yearNumber = match.captured(1).toInt();
    if (yearNumber < 1900 || yearNumber > 9999)
        return {};
    if (match.hasCaptured(4))
        return quarter(yearNumber, match.captured(4).toInt());
    if (match.hasCaptured(3))
        return day(QDate(yearNumber, match.captured(2).toInt(), match.captured(3).toInt()));
    if (match.hasCaptured(2))
        return month(yearNumber, match.captured(2).toInt());
    return year(yearNumber);
}

QDate Period::end() const
{
    switch (m_granularity) {
    case Granularity::Day:
        return m_start;
    case Granularity::Month:
        return m_start.addMonths(1).addDays(-1);
    case Granularity::Quarter:
        return m_start.addMonths(3).addDays(-1);
    case Granularity::Year:
        return m_start.addYears(1).addDays(-1);
    }
    return m_start;
}

QString Period::toString() const
{
    if (!isValid())
        return {};
    switch (m_granularity) {
    case Granularity::Day:
        return m_start.toString(QStringLiteral("yyyy-MM-dd"));
    case Granularity::Month:
        return m_start.toString(QStringLiteral("yyyy-MM"));
    case Granularity::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_start.year()).arg((m_start.month() - 1) / 3 + 1);
    case Granularity::Year:
        return QString::number(m_start.year());
    }
    return {};
}

bool Period::isMoreRecentThan(const Period &other) const
{
    if (!other.isValid())
        return isValid();
    if (m_start != other.m_start)
        return m_start > other.m_start;
    return static_cast<int>(m_granularity) > static_cast<int>(other.m_granularity);
}

size_t qHash(const Period &period, size_t seed)
{
    return qHashMulti(seed, static_cast<int>(period.granularity()), period.start().toJulianDay());
}

} // namespace soc
