#include "feed/sequence_tracker.h"

namespace soc {

SequenceTracker::Event SequenceTracker::observe(quint64 sequence, qint64 sentAtMs)
{
    const std::pair<quint64, qint64> key{sequence, sentAtMs};
    if (m_recent.contains(key)) {
        ++m_duplicates;
        return Event::Duplicate;
    }
    remember(sequence, sentAtMs);

    if (m_last == 0) {
        m_last = sequence;
        return Event::First;
    }
    if (sequence == m_last + 1) {
        m_last = sequence;
        return Event::InOrder;
    }
    if (sequence > m_last + 1) {
        for (quint64 missing = m_last + 1; missing < sequence; ++missing) {
            if (m_missing.size() >= MaxMissing) {
                m_forgottenGaps += sequence - missing;
                break;
            }
            m_missing.insert(missing);
        }
        m_last = sequence;
        return Event::Gap;
    }
    if (m_missing.remove(sequence))
        return Event::Late;
    if (sequence == 1) {
        ++m_restarts;
        m_last = 1;
        m_forgottenGaps += m_missing.size(); // numbers lost before the restart stay counted
        m_missing.clear();
        return Event::Restart;
    }
    // A number already seen with another send time: the source resent it or restarted without
    // starting at 1. Counted as a duplicate; the content is still applied.
    ++m_duplicates;
    return Event::Reused;
}

void SequenceTracker::remember(quint64 sequence, qint64 sentAtMs)
{
    const std::pair<quint64, qint64> key{sequence, sentAtMs};
    m_recent.insert(key);
    m_recentOrder.push_back(key);
    if (m_recentOrder.size() > RecentKeys) {
        m_recent.remove(m_recentOrder.front());
        m_recentOrder.pop_front();
    }
}

} // namespace soc

namespace soc {

void SequenceTracker::save(QDataStream &stream) const
{
    stream << m_last << m_duplicates << m_restarts << m_forgottenGaps;
    stream << static_cast<qint32>(m_missing.size());
    for (quint64 missing : m_missing)
        stream << missing;
    stream << static_cast<qint32>(m_recentOrder.size());
    for (const auto &[sequence, sentAtMs] : m_recentOrder)
        stream << sequence << sentAtMs;
}

bool SequenceTracker::load(QDataStream &stream)
{
    *this = SequenceTracker();
    stream >> m_last >> m_duplicates >> m_restarts >> m_forgottenGaps;
    qint32 missingCount = 0;
    stream >> missingCount;
    if (stream.status() != QDataStream::Ok || missingCount < 0 || missingCount > MaxMissing) {
        *this = SequenceTracker();
        return false;
    }
    for (qint32 i = 0; i < missingCount; ++i) {
        quint64 missing = 0;
        stream >> missing;
        m_missing.insert(missing);
    }
    qint32 recentCount = 0;
    stream >> recentCount;
    if (stream.status() != QDataStream::Ok || recentCount < 0 || recentCount > RecentKeys) {
        *this = SequenceTracker();
        return false;
    }
    for (qint32 i = 0; i < recentCount; ++i) {
        quint64 sequence = 0;
        qint64 sentAtMs = 0;
        stream >> sequence >> sentAtMs;
        m_recentOrder.emplace_back(sequence, sentAtMs);
        m_recent.insert({sequence, sentAtMs});
    }
    if (stream.status() == QDataStream::Ok)
        return true;
    *this = SequenceTracker();
    return false;
}

} // namespace soc
