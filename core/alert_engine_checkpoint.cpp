// Checkpoints of AlertEngine, stored inside FeedWorker checkpoints: the keyframes of recordings
// and the picture at the start of a recording. QDataStream, with every list preceded by its
// length, which is checked against a limit before anything is allocated.
#include "core/alert_engine.h"

namespace soc {

namespace {

constexpr qint32 MaxSavedEntries = 10000000;
constexpr qint32 MaxSavedObservations = 50000000;
constexpr qint32 MaxSavedHistory = 100000;

bool readCount(QDataStream &stream, qint32 limit, qint32 *count)
{
    stream >> *count;
    if (stream.status() == QDataStream::Ok && *count >= 0 && *count <= limit)
        return true;
    stream.setStatus(QDataStream::ReadCorruptData);
    return false;
}

void writeOptional(QDataStream &stream, const std::optional<double> &value)
{
    stream << value.has_value() << value.value_or(0.0);
}

std::optional<double> readOptional(QDataStream &stream)
{
    bool present = false;
    double value = 0;
    stream >> present >> value;
    return present ? std::optional<double>(value) : std::nullopt;
}

// Reads an enum stored as qint32 and checks it against its last enumerator.
template <typename Enum>
Enum readEnum(QDataStream &stream, Enum last)
{
    qint32 raw = 0;
    stream >> raw;
    if (raw < 0 || raw > static_cast<qint32>(last))
        stream.setStatus(QDataStream::ReadCorruptData);
    return static_cast<Enum>(raw);
}

void writeAlert(QDataStream &stream, const Alert &alert)
{
    stream << alert.id << alert.rule << alert.unit << alert.indicator
           << static_cast<qint32>(alert.severity) << static_cast<qint32>(alert.state)
           << alert.conditionActive << alert.sinceMs << alert.changedAtMs;
    writeOptional(stream, alert.lastValue);
    stream << alert.shelvedUntilMs << alert.text << static_cast<qint32>(alert.actions.size());
    for (const AlertAction &action : alert.actions) {
        stream << static_cast<qint32>(action.type) << action.operatorName << action.atMs
               << action.comment;
    }
}

Alert readAlert(QDataStream &stream)
{
    Alert alert;
    stream >> alert.id >> alert.rule >> alert.unit >> alert.indicator;
    alert.severity = readEnum(stream, Severity::Critical);
    alert.state = readEnum(stream, AlertState::Suppressed);
    stream >> alert.conditionActive >> alert.sinceMs >> alert.changedAtMs;
    alert.lastValue = readOptional(stream);
    stream >> alert.shelvedUntilMs >> alert.text;
    qint32 actions = 0;
    if (!readCount(stream, Alert::MaxActions, &actions))
        return alert;
    for (qint32 i = 0; i < actions && stream.status() == QDataStream::Ok; ++i) {
        AlertAction action;
        action.type = readEnum(stream, AlertEventType::Unsuppressed);
        stream >> action.operatorName >> action.atMs >> action.comment;
        alert.actions.append(action);
    }
    return alert;
}

} // namespace

void AlertEngine::save(QDataStream &stream) const
{
    stream << static_cast<qint32>(m_entries.size());
    for (const Entry &entry : m_entries) {
        writeAlert(stream, entry.alert);
        for (const LevelTrigger &trigger : {entry.warning, entry.critical})
            stream << trigger.on << trigger.active << trigger.changedAtMs;
    }

    stream << static_cast<qint32>(m_observations.size());
    for (auto it = m_observations.cbegin(); it != m_observations.cend(); ++it) {
        const Observation &observation = it.value();
        stream << it.key().first << it.key().second << observation.period.toString()
               << observation.observedAtMs << observation.oldestObservedAtMs;
        writeOptional(stream, observation.value);
        stream << static_cast<qint32>(observation.history.size());
        for (const auto &[atMs, value] : observation.history)
            stream << atMs << value;
    }
}

bool AlertEngine::load(QDataStream &stream)
{
    m_entries.clear();
    m_observations.clear();
    m_events.clear();

    qint32 count = 0;
    if (readCount(stream, MaxSavedEntries, &count)) {
        for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
            Entry entry;
            entry.alert = readAlert(stream);
            for (LevelTrigger *trigger : {&entry.warning, &entry.critical})
                stream >> trigger->on >> trigger->active >> trigger->changedAtMs;
            m_entries.insert(entry.alert.id, entry);
        }
    }
    if (stream.status() == QDataStream::Ok && readCount(stream, MaxSavedObservations, &count)) {
        for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
            UnitIndicator key;
            QString period;
            Observation observation;
            stream >> key.first >> key.second >> period >> observation.observedAtMs >>
                observation.oldestObservedAtMs;
            observation.period = Period::parse(period);
            observation.value = readOptional(stream);
            qint32 history = 0;
            if (!observation.period.isValid() || !readCount(stream, MaxSavedHistory, &history)) {
                stream.setStatus(QDataStream::ReadCorruptData);
                break;
            }
            for (qint32 j = 0; j < history && stream.status() == QDataStream::Ok; ++j) {
                qint64 atMs = 0;
                double value = 0;
                stream >> atMs >> value;
                observation.history.append({atMs, value});
            }
            m_observations.insert(key, observation);
        }
    }

    if (stream.status() != QDataStream::Ok) {
        m_entries.clear();
        m_observations.clear();
        return false;
    }
    return true;
}

} // namespace soc
