#pragma once

#include "core/indicator_catalog.h"
#include "core/sample.h"
#include "core/unit_catalog.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <vector>

namespace soc::feed::v1 {
class Envelope;
}

namespace soc {

// The built-in simulator behind `demo:`. Every figure is a pure function of the seed, the unit,
// the indicator and the time, so a run is reproducible and any moment can be recomputed.
// Figures are calibrated on the city's published shares: electronic results near 70%,
// digitized dossiers near 66%, data reuse near 17%, on-time settlement 92-99%, and a few
// districts (chosen by the seed) whose overdue backlog grows through the day.
// Dates follow Ho Chi Minh City time (UTC+7): ratios report month to date, backlogs by day.
class DemoFeed
{
public:
    static constexpr quint64 DefaultSeed = 2026;

    explicit DemoFeed(quint64 seed = DefaultSeed, UnitCatalog units = UnitCatalog::hcmcDistricts(),
                      IndicatorCatalog indicators = IndicatorCatalog::builtIn());

    // Serialized envelopes with the whole picture at atMs: the unit catalog, then one KPI batch
    // per source covering every reporting unit and every indicator.
    std::vector<QByteArray> picture(qint64 atMs);
    // Serialized envelopes for the updates due in (fromMs, toMs], plus heartbeats.
    std::vector<QByteArray> advance(qint64 fromMs, qint64 toMs);

    // The sample that the demo reports for a unit and indicator at a time.
    Sample sampleAt(const QString &unit, const Indicator &indicator, qint64 atMs) const;
    // Seconds between demo updates of an indicator: a thirtieth of its cadence, 5 s to 60 s.
    static qint64 updateStepMs(const Indicator &indicator);

    // With one sample per envelope, every KPI envelope carries a single unit and indicator, as
    // an MQTT publisher needs for one retained topic per unit and indicator.
    void setOneSamplePerEnvelope(bool enabled) { m_oneSamplePerEnvelope = enabled; }

    QStringList reportingUnits() const { return m_reportingUnits; }
    QStringList growingBacklogUnits() const { return m_growingBacklog; }
    QStringList sourceIds() const;
    quint64 seed() const { return m_seed; }

private:
    double unitHash(const QString &unit, const QString &salt) const;
    double bucketNoise(const QString &unit, const QString &indicator, qint64 bucket) const;
    double drift(const QString &unit, const QString &indicator, qint64 atMs) const;
    double monthlyVolume(const QString &unit) const;
    QByteArray finish(const QString &source, qint64 sentAtMs, feed::v1::Envelope *envelope);
    // Source alerts whose state changed since the last call (all active ones for a picture):
    // overdue backlogs over 120 (warning) or 200 (critical) dossiers, from tthc, and
    // business-registration sync lags over 30 minutes, from dkkd.
    void appendAlerts(qint64 atMs, bool picture, std::vector<QByteArray> *envelopes);
    void appendBatches(const QString &source, const std::vector<Sample> &samples, qint64 sentAtMs,
                       std::vector<QByteArray> *envelopes);

    quint64 m_seed;
    UnitCatalog m_units;
    IndicatorCatalog m_indicators;
    QStringList m_reportingUnits;
    QStringList m_growingBacklog;
    QHash<QString, quint64> m_sequences;
    bool m_oneSamplePerEnvelope = false;
    QHash<QString, int> m_alertLevels; // alert id -> 0 normal, 1 warning, 2 critical
};

} // namespace soc
