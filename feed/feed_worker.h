#pragma once

#include "core/dashboard_state.h"
#include "core/kpi_store.h"
#include "feed/envelope_decoder.h"
#include "feed/feed_source.h"
#include "feed/rate_meter.h"
#include "feed/sequence_tracker.h"

#include <QDateTime>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

namespace soc {

// Owns the KPI store and everything that feeds it: the sources, the decoder, the per-source
// counters. Lives on the feed thread in the dashboard (see FeedHub) and on the caller's thread
// in tools and tests. Publishes an immutable DashboardState at most once per publish interval,
// and only when something changed, so views repaint at a bounded rate whatever the feed rate.
class FeedWorker : public QObject
{
    Q_OBJECT

public:
    explicit FeedWorker(QObject *parent = nullptr);
    ~FeedWorker() override;

    void setUnitCatalog(const UnitCatalog &units);
    void setPublishIntervalMs(int milliseconds) { m_publishTimer.setInterval(milliseconds); }
    // Replaces the wall clock, for snapshots and tests of a fixed moment.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // Takes ownership; the source must live on this worker's thread.
    void addSource(FeedSource *source);

    enum class Delivery {
        Stream,   // a step of the source's live stream: sequence numbers are tracked
        Snapshot, // part of a stored picture, such as a retained MQTT message
    };

    // Decodes one envelope, validates it and applies it. Rejections are counted per source.
    void ingest(const QByteArray &payload, const QString &sourceHint, qint64 receivedAtMs,
                Delivery delivery = Delivery::Stream);
    void setPresence(const QString &source, bool online, qint64 atMs);
    // Counts a message that its transport rejected before decoding.
    void rejectMessage(const QString &sourceHint, const QString &reason, qint64 receivedAtMs);
    // Builds the current state now, whatever the publish timer.
    DashboardStatePtr buildState() const;
    DashboardStatePtr buildState(qint64 nowMs) const;

    const KpiStore &store() const { return m_store; }
    const UnitCatalog &units() const { return *m_units; }

    void start(); // starts every source and the publish timer
    void stop();

signals:
    void stateReady(soc::DashboardStatePtr state);

private:
    void applySamples(const DecodedEnvelope &envelope, SourceStatus &status);
    void applyUnits(const QVector<Unit> &units, SourceStatus &status);
    void updateConnection(FeedSource *source, ConnectionState state, const QString &detail);
    void publishIfChanged();

    std::function<qint64()> m_clock = &QDateTime::currentMSecsSinceEpoch;
    std::shared_ptr<const IndicatorCatalog> m_indicators;
    std::shared_ptr<const UnitCatalog> m_units;
    EnvelopeDecoder m_decoder;
    KpiStore m_store;
    QMap<QString, SourceStatus> m_sources;
    QMap<QString, SequenceTracker> m_trackers;
    QHash<QString, RateMeter> m_rates;
    std::vector<FeedSource *> m_feedSources;
    QVector<ConnectionStatus> m_connections;
    static constexpr qint64 RepublishIntervalMs = 5000;

    QTimer m_publishTimer; // a child, so that moveToThread() moves it along
    bool m_changed = true;
    qint64 m_lastPublishMs = 0;
};

} // namespace soc
