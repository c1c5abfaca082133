#pragma once

#include <QMap>
#include <QString>

namespace soc {

// Counters of one feed source as the Feeds page and the status bar show them.
struct SourceStatus
{
    QString source;
    quint64 received = 0;        // envelopes accepted
    quint64 rejected = 0;        // envelopes rejected as a whole
    quint64 rejectedSamples = 0; // samples rejected inside otherwise valid batches
    quint64 duplicates = 0;      // envelopes seen before (same source, sequence and send time)
    quint64 gaps = 0;            // sequence numbers skipped
    quint64 restarts = 0;        // sequence dropped back to 1
    quint64 lastSequence = 0;
    qint64 lastSeenMs = 0;       // receive time of the last envelope, ms since the epoch
    QString lastRejection;       // reason of the last rejection, in English
    enum class Presence { Unknown, Online, Offline };
    Presence presence = Presence::Unknown; // as the source itself announced it
    qint64 presenceChangedAtMs = 0;
    double messagesPerSecond = 0; // envelopes accepted, averaged over the last 10 s
    QMap<QString, quint64> unknownUnits; // unit codes no catalog lists, with sample counts
};

} // namespace soc

namespace soc {

enum class ConnectionState { Stopped, Connecting, Connected, Failed };

// One configured feed URL and the state of its connection.
struct ConnectionStatus
{
    QString url;
    ConnectionState state = ConnectionState::Stopped;
    QString detail;         // translated description of the last change; may be empty
    bool simulated = false; // the demo simulator
    qint64 changedAtMs = 0;
};

} // namespace soc
