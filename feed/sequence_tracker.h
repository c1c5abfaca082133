#pragma once

#include <QDataStream>
#include <QHash>
#include <QSet>

#include <deque>

namespace soc {

// Follows one source's envelope sequence numbers. Sequences start at 1 and rise by 1; a skip
// is a gap, a repeat of (sequence, sent_at) is a duplicate, and a drop back to 1 with a new
// send time is a restart. A skipped number that arrives later fills its gap again.
class SequenceTracker
{
public:
    enum class Event { First, InOrder, Gap, Duplicate, Late, Restart, Reused };

    Event observe(quint64 sequence, qint64 sentAtMs);

    quint64 lastSequence() const { return m_last; }
    quint64 gaps() const { return m_missing.size() + m_forgottenGaps; }
    quint64 duplicates() const { return m_duplicates; }
    quint64 restarts() const { return m_restarts; }

    // Writes and reads the whole state, for FeedWorker checkpoints. load() returns false on
    // malformed or oversized input and leaves the tracker empty.
    void save(QDataStream &stream) const;
    bool load(QDataStream &stream);

private:
    // Bounds for memory: keys remembered for duplicate detection, and missing numbers kept so
    // that a late arrival can fill its gap. Older missing numbers stay counted as gaps.
    static constexpr int RecentKeys = 4096;
    static constexpr int MaxMissing = 65536;

    void remember(quint64 sequence, qint64 sentAtMs);

    quint64 m_last = 0;
    quint64 m_duplicates = 0;
    quint64 m_restarts = 0;
    quint64 m_forgottenGaps = 0;
    QSet<quint64> m_missing;
    std::deque<std::pair<quint64, qint64>> m_recentOrder;
    QSet<std::pair<quint64, qint64>> m_recent;
};

} // namespace soc
