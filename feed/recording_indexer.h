#pragma once

#include "core/unit_catalog.h"
#include "storage/recording.h"

#include <memory>

namespace soc {

class FeedWorker;

// The feed layer's RecordingIndexer: runs every recorded envelope through a FeedWorker of its
// own, exactly as a replay from the start will, and saves that worker's checkpoint as each
// keyframe. So a replay that seeks to a keyframe reaches the state of a replay from the start,
// provided both begin from the same unit catalog (`units`, the built-in districts by default).
// Created on any thread; used only on the recording writer's thread, where its worker lives.
class FeedRecordingIndexer : public RecordingIndexer
{
public:
    explicit FeedRecordingIndexer(const UnitCatalog &units = UnitCatalog::hcmcDistricts());
    ~FeedRecordingIndexer() override;

    Identity apply(const RecordedEnvelope &envelope) override;
    QByteArray keyframe() override;

private:
    UnitCatalog m_units;
    std::unique_ptr<FeedWorker> m_worker; // made on first use, on the writer's thread
};

} // namespace soc
