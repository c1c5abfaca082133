#include "feed/recording_indexer.h"

#include "feed/feed_worker.h"
#include "soc/feed/v1/envelope.pb.h"

#include <QLoggingCategory>

namespace soc {

Q_DECLARE_LOGGING_CATEGORY(lcFeed)

FeedRecordingIndexer::FeedRecordingIndexer(const UnitCatalog &units) : m_units(units) {}

FeedRecordingIndexer::~FeedRecordingIndexer() = default;

void FeedRecordingIndexer::ensureWorker()
{
    if (m_worker)
        return;
    m_worker = std::make_unique<FeedWorker>();
    m_worker->setUnitCatalog(m_units);
    // Alerts are timed by the recorded receive times, as in a replay, not by the wall clock.
    m_worker->setClock([this] { return m_nowMs; });
    m_worker->setAlertEventSink(
        [this](const QVector<AlertEvent> &events) { m_alertEvents += events; });
}

RecordingIndexer::Identity FeedRecordingIndexer::apply(const RecordedEnvelope &envelope)
{
    ensureWorker();
    m_nowMs = envelope.receivedAtMs;
    m_alertEvents.clear();
    Identity identity;
    if (envelope.kind == RecordedEnvelope::Kind::OperatorAction) {
        QString error;
        if (!m_worker->applyOperatorAction(envelope.payload, &error))
            qCWarning(lcFeed).noquote() << "recorded operator action not indexed:" << error;
    } else {
        m_worker->ingest(envelope.payload, envelope.sourceHint, envelope.receivedAtMs,
                         envelope.snapshot ? FeedWorker::Delivery::Snapshot
                                           : FeedWorker::Delivery::Stream);
        // The index only needs the header fields; the worker has validated everything else.
        feed::v1::Envelope message;
        if (envelope.payload.size() <= DecodeLimits().maxEnvelopeBytes &&
            message.ParseFromArray(envelope.payload.constData(),
                                   static_cast<int>(envelope.payload.size())) &&
            !message.source().empty() && message.sequence() > 0) {
            identity.source = QString::fromStdString(message.source());
            identity.sequence = message.sequence();
        }
    }
    // Advancing the alert timers costs a pass over every unit and indicator, so it runs at the
    // live display's publish rate rather than once per envelope. A burst of envelopes with one
    // receive time advances them once.
    if (envelope.kind == RecordedEnvelope::Kind::OperatorAction ||
        m_nowMs - m_lastAdvanceMs >= AlertAdvanceIntervalMs) {
        m_worker->advanceAlerts();
        m_lastAdvanceMs = m_nowMs;
    }

    for (const AlertEvent &event : std::as_const(m_alertEvents)) {
        identity.alertMarks.append({event.atMs, event.alertId, alertEventTypeName(event.type),
                                    severityName(event.severity)});
    }
    m_alertEvents.clear();
    return identity;
}

QByteArray FeedRecordingIndexer::keyframe()
{
    return m_worker ? m_worker->saveCheckpoint() : QByteArray();
}

void FeedRecordingIndexer::restore(const QByteArray &keyframe)
{
    ensureWorker();
    QString error;
    if (!m_worker->restoreCheckpoint(keyframe, &error))
        qCWarning(lcFeed).noquote() << "initial picture not indexed, state reset:" << error;
    m_alertEvents.clear();
}

} // namespace soc
