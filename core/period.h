#pragma once

#include <QDate>
#include <QString>


namespace soc {

// A reporting period: a day (2026-12-04), a month (2026-12), a quarter (2026-Q4) or a year (2026).
class Period
{
public:
    enum class Granularity { Year, Quarter, Month, Day };

    Period() = default;

    static Period day(QDate date);
    static Period month(int year, int month);
    static Period quarter(int year, int quarter);
    static Period year(int year);

    // Parses the four textual forms; returns an invalid period for anything else.
    static Period parse(const QString &text);

    bool isValid() const { return m_start.isValid(); }
    Granularity granularity() const { return m_granularity; }
    QDate start() const { return m_start; }
    QDate end() const; // last day, inclusive
    bool contains(QDate date) const { return date >= m_start && date <= end(); }
    QString toString() const;

    // "More recent" order: the later start first wins; on the same start, the finer period.
    // 2026-12-04 > 2026-12 > 2026-Q4 > 2026.
    bool isMoreRecentThan(const Period &other) const;

    bool operator==(const Period &other) const
    {
        return m_granularity == other.m_granularity && m_start == other.m_start;
    }
    bool operator!=(const Period &other) const { return !(*this == other); }

private:
    Period(Granularity granularity, QDate start) : m_granularity(granularity), m_start(start) {}

    Granularity m_granularity = Granularity::Day;
    QDate m_start;
};

size_t qHash(const Period &period, size_t seed = 0);

} // namespace soc
