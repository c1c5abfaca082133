#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace soc {

// The time range of every trend plot: one of the presets, or a custom range between two fixed
// moments. Presets are relative to the moment that the plots show, which is "now" or the replay
// time. "This month" and "this year" start at midnight in Ho Chi Minh City (UTC+7 all year).
class TimeRange
{
    Q_DECLARE_TR_FUNCTIONS(soc::TimeRange)

public:
    enum class Kind
    {
        Last24Hours,
        Last7Days,
        Last30Days,
        ThisMonth,
        ThisYear,
        Custom
    };

    TimeRange() = default;
    static TimeRange preset(Kind kind);
    // A fixed range [fromMs, toMs] in UTC milliseconds; empty when toMs is not after fromMs.
    static std::optional<TimeRange> custom(qint64 fromMs, qint64 toMs);

    Kind kind() const { return m_kind; }
    // The start and end of the range for a view of the moment `nowMs` (UTC milliseconds).
    qint64 fromMs(qint64 nowMs) const;
    qint64 toMs(qint64 nowMs) const;

    // The short name of the range in the current language: "Last 7 days", or the custom
    // range's dates.
    QString label() const;
    // The range with its bounds for a view of `nowMs`, for reports: "Last 7 days:
    // 27/11/2026 10:00 – 04/12/2026 10:00 (UTC+7)".
    QString describe(qint64 nowMs) const;

    // The form kept in QSettings: "24h", "7d", "30d", "month", "year" or
    // "custom:FROM_MS:TO_MS". parse() returns empty for any other text.
    QString toSettingsValue() const;
    static std::optional<TimeRange> parse(const QString &value);

    bool operator==(const TimeRange &other) const
    {
        return m_kind == other.m_kind && m_customFromMs == other.m_customFromMs &&
               m_customToMs == other.m_customToMs;
    }
    bool operator!=(const TimeRange &other) const { return !(*this == other); }

private:
    Kind m_kind = Kind::Last7Days;
    qint64 m_customFromMs = 0;
    qint64 m_customToMs = 0;
};

} // namespace soc
