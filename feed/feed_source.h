#pragma once

#include "core/source_status.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace soc {

// One feed connection: the demo simulator, a broker, a stream or a recording.
//
// Threading contract: a source is created on, and lives on, the feed worker thread. start(),
// stop() and every signal run on that thread, so envelopes reach the worker with no locking and
// the UI thread never decodes or waits on I/O. A source never touches widgets.
class FeedSource : public QObject
{
    Q_OBJECT

public:
    using State = ConnectionState;

    explicit FeedSource(QString url, QObject *parent = nullptr);

    const QString &url() const { return m_url; }
    State state() const { return m_state; }
    // True when everything the source delivers is simulated.
    virtual bool isSimulated() const { return false; }

    virtual void start() = 0;
    virtual void stop() = 0;

signals:
    // One serialized soc.feed.v1.Envelope. `sourceHint` names the source when the transport
    // knows it (an MQTT topic), so that an undecodable message is still counted against it.
    void envelopeReceived(const QByteArray &payload, const QString &sourceHint,
                          qint64 receivedAtMs);
    // An envelope delivered as part of a stored picture rather than the live stream, such as a
    // retained MQTT message sent on subscription. Its content is applied, but it is not a step
    // of the source's sequence, so it counts no gap, duplicate or restart.
    void snapshotEnvelopeReceived(const QByteArray &payload, const QString &sourceHint,
                                  qint64 receivedAtMs);
    // A message that the transport rejected before decoding, such as one on an unknown MQTT
    // topic. `reason` is English, for the Feeds page and the log.
    void messageRejected(const QString &sourceHint, const QString &reason, qint64 receivedAtMs);
    // A source announced itself online or offline (an MQTT state topic and its last will).
    void sourcePresenceChanged(const QString &source, bool online, qint64 receivedAtMs);
    // `detail` is a translated, user-facing description; empty when there is nothing to add.
    void stateChanged(soc::FeedSource::State state, const QString &detail);
    // Everything this source delivered so far is replaced by `checkpoint`, a picture saved by
    // FeedWorker::saveCheckpoint() (empty for the state before any envelope). A replay emits
    // it when it seeks, then delivers the envelopes that follow the picture.
    void pictureReplaced(const QByteArray &checkpoint);
    // A recorded operator action on alerts (OperatorAction::encode()), which a replay delivers
    // at its place among the envelopes.
    void operatorActionReceived(const QByteArray &action, qint64 receivedAtMs);

protected:
    void setState(State state, const QString &detail = {});

private:
    QString m_url;
    State m_state = State::Stopped;
};

} // namespace soc
