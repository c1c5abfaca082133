#include "core/alert_types.h"

#include <array>
#include <utility>

namespace soc {

namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &entry : names) {
        if (entry.first == value)
            return QString::fromLatin1(entry.second);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &names,
                            const QString &name)
{
    for (const auto &entry : names) {
        if (name == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<Severity, const char *>, 2> SeverityNames{{
    {Severity::Warning, "warning"},
    {Severity::Critical, "critical"},
}};

constexpr std::array<std::pair<AlertState, const char *>, 6> StateNames{{
    {AlertState::Normal, "normal"},
    {AlertState::ActiveUnacked, "active_unacked"},
    {AlertState::ActiveAcked, "active_acked"},
    {AlertState::ClearedUnacked, "cleared_unacked"},
    {AlertState::Shelved, "shelved"},
    {AlertState::Suppressed, "suppressed"},
}};

constexpr std::array<std::pair<AlertEventType, const char *>, 9> EventNames{{
    {AlertEventType::Raised, "raised"},
    {AlertEventType::SeverityChanged, "severity_changed"},
    {AlertEventType::Cleared, "cleared"},
    {AlertEventType::Acknowledged, "acknowledged"},
    {AlertEventType::ReturnedToNormal, "returned_to_normal"},
    {AlertEventType::Shelved, "shelved"},
    {AlertEventType::Unshelved, "unshelved"},
    {AlertEventType::Suppressed, "suppressed"},
    {AlertEventType::Unsuppressed, "unsuppressed"},
}};

} // namespace

int alertUrgency(AlertState state)
{
    switch (state) {
    case AlertState::ActiveUnacked:
        return 0;
    case AlertState::ClearedUnacked:
        return 1;
    case AlertState::ActiveAcked:
        return 2;
    case AlertState::Shelved:
        return 3;
    case AlertState::Suppressed:
        return 4;
    case AlertState::Normal:
        return 5;
    }
    return 5;
}

QString severityName(Severity severity)
{
    return nameOf(SeverityNames, severity);
}

std::optional<Severity> severityFromName(const QString &name)
{
    return valueOf(SeverityNames, name);
}

QString alertStateName(AlertState state)
{
    return nameOf(StateNames, state);
}

std::optional<AlertState> alertStateFromName(const QString &name)
{
    return valueOf(StateNames, name);
}

QString alertEventTypeName(AlertEventType type)
{
    return nameOf(EventNames, type);
}

std::optional<AlertEventType> alertEventTypeFromName(const QString &name)
{
    return valueOf(EventNames, name);
}

} // namespace soc
