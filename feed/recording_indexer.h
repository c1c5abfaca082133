#pragma once

#include "core/alert_types.h"
#include "core/unit_catalog.h"
#include "storage/recording.h"

#include <memory>

namespace soc {

class FeedWorker;

// The feed layer's RecordingIndexer: runs every recorded envelope through a FeedWorker of its
// own, exactly as a replay from the start will, and saves that worker's checkpoint as each
// keyframe. The alert changes that each envelope or operator action causes become the file's
// alert marks. So a replay that seeks to a keyframe reaches the state of a replay from the start,
// provided both begin from the same unit catalog (`units`, the built-in districts by default).
// Created on any thread; used only on the recording writer's thread, where its worker lives.
class FeedRecordingIndexer : public RecordingIndexer
{
public:
    explicit FeedRecordingIndexer(const UnitCatalog &units = UnitCatalog::hcmcDistricts());
    ~FeedRecordingIndexer() override;

    Identity apply(const RecordedEnvelope &envelope) override;
    QByteArray keyframe() override;
    void restore(const QByteArray &keyframe) override;

private:
    void ensureWorker();

    UnitCatalog m_units;
    // The live display's publish interval, at which alert timers advance.
    static constexpr qint64 AlertAdvanceIntervalMs = 250;

    qint64 m_nowMs = 0; // the worker's clock: the receive time of the envelope being applied
    qint64 m_lastAdvanceMs = 0; // receive time at which the alert timers last advanced
    QVector<AlertEvent> m_alertEvents; // from the worker's alert sink, during one apply()
    std::unique_ptr<FeedWorker> m_worker; // made on first use, on the writer's thread
};

} // namespace soc
