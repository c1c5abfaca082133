// Checkpoints of FeedWorker: the keyframes of recordings and the state a replay seeks to.
//
// Format: the magic 'SOCK', a format version, then with QDataStream (Qt 6.4 encoding) the unit
// catalog, the stored samples, the per-source counters and the sequence trackers, each list
// preceded by its length, and from version 2 the alert clock and the alert engine
// (AlertEngine::save()). Lengths are checked against limits before anything is allocated.
// Version 1 checkpoints, which hold no alerts, still load: their alerts start afresh.
#include "feed/feed_worker.h"

#include <QDataStream>
#include <QIODevice>

namespace soc {

namespace {

constexpr quint32 CheckpointMagic = 0x534f434b; // "SOCK"
constexpr quint32 CheckpointVersion = 2;
constexpr quint32 OldestCheckpointVersion = 1;
constexpr qint32 MaxCheckpointUnits = 1000000;
constexpr qint32 MaxCheckpointSamples = 50000000;
constexpr qint32 MaxCheckpointSources = 100000;
constexpr qint32 MaxUnknownUnitsPerSource = 1000000;

void writeUnit(QDataStream &stream, const Unit &unit)
{
    stream << unit.code << unit.parent << static_cast<qint32>(unit.level) << unit.nameVi
           << unit.nameEn << unit.shortVi << unit.shortEn << static_cast<qint32>(unit.tileRow)
           << static_cast<qint32>(unit.tileColumn);
}

Unit readUnit(QDataStream &stream)
{
    Unit unit;
    qint32 level = 0;
    qint32 tileRow = -1;
    qint32 tileColumn = -1;
    stream >> unit.code >> unit.parent >> level >> unit.nameVi >> unit.nameEn >> unit.shortVi >>
        unit.shortEn >> tileRow >> tileColumn;
    if (level < static_cast<qint32>(UnitLevel::City) ||
        level > static_cast<qint32>(UnitLevel::Department))
        stream.setStatus(QDataStream::ReadCorruptData);
    unit.level = static_cast<UnitLevel>(level);
    unit.tileRow = tileRow;
    unit.tileColumn = tileColumn;
    return unit;
}

void writeSample(QDataStream &stream, const Sample &sample)
{
    stream << sample.unit << sample.indicator << sample.period.toString() << sample.observedAtMs
           << sample.hasRatio << sample.numerator << sample.denominator << sample.value
           << sample.source;
}

Sample readSample(QDataStream &stream)
{
    Sample sample;
    QString period;
    stream >> sample.unit >> sample.indicator >> period >> sample.observedAtMs >>
        sample.hasRatio >> sample.numerator >> sample.denominator >> sample.value >>
        sample.source;
    sample.period = Period::parse(period);
    if (!sample.period.isValid())
        stream.setStatus(QDataStream::ReadCorruptData);
    return sample;
}

void writeStatus(QDataStream &stream, const SourceStatus &status)
{
    stream << status.source << status.received << status.rejected << status.rejectedSamples
           << status.duplicates << status.gaps << status.restarts << status.lastSequence
           << status.lastSeenMs << status.lastRejection << static_cast<qint32>(status.presence)
           << status.presenceChangedAtMs << static_cast<qint32>(status.unknownUnits.size());
    for (auto it = status.unknownUnits.cbegin(); it != status.unknownUnits.cend(); ++it)
        stream << it.key() << it.value();
}

SourceStatus readStatus(QDataStream &stream)
{
    SourceStatus status;
    qint32 presence = 0;
    qint32 unknownCount = 0;
    stream >> status.source >> status.received >> status.rejected >> status.rejectedSamples >>
        status.duplicates >> status.gaps >> status.restarts >> status.lastSequence >>
        status.lastSeenMs >> status.lastRejection >> presence >> status.presenceChangedAtMs >>
        unknownCount;
    if (presence < 0 || presence > static_cast<qint32>(SourceStatus::Presence::Offline) ||
        unknownCount < 0 || unknownCount > MaxUnknownUnitsPerSource) {
        stream.setStatus(QDataStream::ReadCorruptData);
        return status;
    }
    status.presence = static_cast<SourceStatus::Presence>(presence);
    for (qint32 i = 0; i < unknownCount && stream.status() == QDataStream::Ok; ++i) {
        QString unit;
        quint64 count = 0;
        stream >> unit >> count;
        status.unknownUnits.insert(unit, count);
    }
    return status;
}

// Reads a list length and checks it against a limit.
bool readCount(QDataStream &stream, qint32 limit, qint32 *count)
{
    stream >> *count;
    if (stream.status() == QDataStream::Ok && *count >= 0 && *count <= limit)
        return true;
    stream.setStatus(QDataStream::ReadCorruptData);
    return false;
}

} // namespace

void FeedWorker::reset()
{
    m_store.clear();
    m_sources.clear();
    m_trackers.clear();
    m_rates.clear();
    m_units = m_baseUnits;
    m_alerts = std::make_unique<AlertEngine>(*m_indicators, AlertRuleSet::builtIn(*m_indicators));
    m_alertClockMs = 0;
    m_changed = true;
}

QByteArray FeedWorker::saveCheckpoint() const
{
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream.setVersion(QDataStream::Qt_6_4);
    stream << CheckpointMagic << CheckpointVersion;

    stream << static_cast<qint32>(m_units->size());
    for (const Unit &unit : m_units->units())
        writeUnit(stream, unit);

    stream << static_cast<qint32>(m_store.size());
    for (const QString &unit : m_store.units()) {
        for (const QString &indicator : m_store.indicators(unit)) {
            for (const Period &period : m_store.periods(unit, indicator))
                writeSample(stream, *m_store.find(unit, indicator, period));
        }
    }

    stream << static_cast<qint32>(m_sources.size());
    for (const SourceStatus &status : m_sources)
        writeStatus(stream, status);

    stream << static_cast<qint32>(m_trackers.size());
    for (auto it = m_trackers.cbegin(); it != m_trackers.cend(); ++it) {
        stream << it.key();
        it.value().save(stream);
    }

    stream << m_alertClockMs;
    m_alerts->save(stream);
    return bytes;
}

bool FeedWorker::restoreCheckpoint(const QByteArray &checkpoint, QString *error)
{
    reset();
    if (checkpoint.isEmpty())
        return true;

    QDataStream stream(checkpoint);
    stream.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    stream >> magic >> version;
    if (magic != CheckpointMagic || version < OldestCheckpointVersion ||
        version > CheckpointVersion) {
        *error = QStringLiteral("not a checkpoint of format %1 to %2 (magic %3, version %4)")
                     .arg(OldestCheckpointVersion)
                     .arg(CheckpointVersion)
                     .arg(magic, 8, 16, QLatin1Char('0'))
                     .arg(version);
        return false;
    }

    auto units = std::make_shared<UnitCatalog>();
    qint32 count = 0;
    if (readCount(stream, MaxCheckpointUnits, &count)) {
        // Each unit carries its final parent, so every prefix of the list is a forest and no
        // upsert meets a cycle.
        for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
            if (!units->upsert(readUnit(stream), error))
                stream.setStatus(QDataStream::ReadCorruptData);
        }
    }
    if (stream.status() == QDataStream::Ok && readCount(stream, MaxCheckpointSamples, &count)) {
        for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i)
            m_store.apply(readSample(stream));
    }
    if (stream.status() == QDataStream::Ok && readCount(stream, MaxCheckpointSources, &count)) {
        for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
            SourceStatus status = readStatus(stream);
            m_sources.insert(status.source, status);
        }
    }
    if (stream.status() == QDataStream::Ok && readCount(stream, MaxCheckpointSources, &count)) {
        for (qint32 i = 0; i < count && stream.status() == QDataStream::Ok; ++i) {
            QString source;
            stream >> source;
            if (!m_trackers[source].load(stream))
                stream.setStatus(QDataStream::ReadCorruptData);
        }
    }
    if (version >= 2 && stream.status() == QDataStream::Ok) {
        stream >> m_alertClockMs;
        if (!m_alerts->load(stream))
            stream.setStatus(QDataStream::ReadCorruptData);
    }

    if (stream.status() != QDataStream::Ok || !stream.atEnd()) {
        if (error->isEmpty())
            *error = QStringLiteral("checkpoint of %1 bytes is truncated or malformed")
                         .arg(checkpoint.size());
        reset();
        return false;
    }
    m_units = units;
    return true;
}

} // namespace soc
