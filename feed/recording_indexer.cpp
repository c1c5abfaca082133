#include "feed/recording_indexer.h"

#include "feed/feed_worker.h"
#include "soc/feed/v1/envelope.pb.h"

namespace soc {

FeedRecordingIndexer::FeedRecordingIndexer(const UnitCatalog &units) : m_units(units) {}

FeedRecordingIndexer::~FeedRecordingIndexer() = default;

RecordingIndexer::Identity FeedRecordingIndexer::apply(const RecordedEnvelope &envelope)
{
    if (!m_worker) {
        m_worker = std::make_unique<FeedWorker>();
        m_worker->setUnitCatalog(m_units);
    }
    m_worker->ingest(envelope.payload, envelope.sourceHint, envelope.receivedAtMs,
                     envelope.snapshot ? FeedWorker::Delivery::Snapshot
                                       : FeedWorker::Delivery::Stream);

    // The index only needs the header fields; the worker above has validated everything else.
    Identity identity;
    feed::v1::Envelope message;
    if (envelope.payload.size() <= DecodeLimits().maxEnvelopeBytes &&
        message.ParseFromArray(envelope.payload.constData(),
                               static_cast<int>(envelope.payload.size())) &&
        !message.source().empty() && message.sequence() > 0) {
        identity.source = QString::fromStdString(message.source());
        identity.sequence = message.sequence();
    }
    return identity;
}

QByteArray FeedRecordingIndexer::keyframe()
{
    return m_worker ? m_worker->saveCheckpoint() : QByteArray();
}

} // namespace soc
