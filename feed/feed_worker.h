#pragma once

#include "core/dashboard_state.h"
#include "core/alert_engine.h"
#include "core/kpi_store.h"
#include "feed/envelope_decoder.h"
#include "feed/feed_source.h"
#include "feed/rate_meter.h"
#include "feed/sequence_tracker.h"

#include <QDateTime>
#include <QElapsedTimer>
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
    // Receives, once per ingested KPI batch, the samples that changed the store (inserted or
    // replaced), such as for the KPI history. Runs on this worker's thread, so it must only
    // hand the samples on, not write them. An empty function removes the sink.
    using SampleSink = std::function<void(const QVector<Sample> &samples)>;
    void setSampleSink(SampleSink sink) { m_sampleSink = std::move(sink); }
    // Receives the alert engine's events (AlertEngine::takeEvents()) after each envelope,
    // operator action or clock step that changed alerts, such as for the alert history. Runs on
    // this worker's thread, like the sample sink. Without a sink the events are discarded.
    using AlertEventSink = std::function<void(const QVector<AlertEvent> &events)>;
    void setAlertEventSink(AlertEventSink sink) { m_alertEventSink = std::move(sink); }
    // Rebuilds the alerts from stored events (AlertEngine::restore()); call before the first
    // envelope. The alert clock starts at the latest event, so that it never goes backwards.
    void restoreAlerts(const QVector<AlertEvent> &events);

    enum class Delivery {
        Stream,   // a step of the source's live stream: sequence numbers are tracked
        Snapshot, // part of a stored picture, such as a retained MQTT message
    };
    Q_ENUM(Delivery)

    // Decodes one envelope, validates it and applies it. Rejections are counted per source.
    void ingest(const QByteArray &payload, const QString &sourceHint, qint64 receivedAtMs,
                Delivery delivery = Delivery::Stream);
    void setPresence(const QString &source, bool online, qint64 atMs);
    // Forgets every sample, counter and catalog change from feeds, back to the state before the
    // first envelope (the catalog of setUnitCatalog). Connections are kept.
    void reset();
    // The store, the unit catalog and the per-source counters and sequence trackers, serialized
    // (see feed_worker_checkpoint.cpp). Restoring it gives the state in which it was saved,
    // except the message rates, which start again from zero.
    QByteArray saveCheckpoint() const;
    // Replaces the state with a saved one; an empty checkpoint resets. On an invalid checkpoint
    // the worker is reset and false returned with a message.
    bool restoreCheckpoint(const QByteArray &checkpoint, QString *error);
    // Operator actions on an alert; `error` names what failed, such as an unknown id.
    bool acknowledgeAlert(const QString &id, const QString &operatorName, const QString &comment,
                          QString *error);
    bool shelveAlert(const QString &id, qint64 durationMs, const QString &operatorName,
                     const QString &comment, QString *error);
    bool unshelveAlert(const QString &id, const QString &operatorName, const QString &comment,
                       QString *error);
    const AlertEngine &alerts() const { return *m_alerts; }
    // Applies an operator action as a recording stored it (OperatorAction::encode()), with the
    // operator, comment and shelving time that were recorded, at the worker's current time.
    bool applyOperatorAction(const QByteArray &encoded, QString *error);
    // Runs the alert clock now (on-delays, expiring shelving) instead of at the next publish.
    void advanceAlerts();

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
    // Emitted at the start of ingest(), before decoding, with the envelope as received, so that
    // a recorder receives every envelope, including those that are then rejected.
    void envelopeArrived(const QByteArray &payload, const QString &sourceHint,
                         qint64 receivedAtMs, soc::FeedWorker::Delivery delivery);
    // An acknowledgement, shelving or unshelving succeeded, encoded as OperatorAction, so that
    // a recorder keeps it beside the envelopes. `atMs` is the worker's clock.
    void operatorActionTaken(const QByteArray &action, qint64 atMs);

private:
    void applySamples(const DecodedEnvelope &envelope, SourceStatus &status);
    void applyUnits(const QVector<Unit> &units, SourceStatus &status);
    void updateConnection(FeedSource *source, ConnectionState state, const QString &detail);
    void publishIfChanged();
    void passAlertEvents();

    std::function<qint64()> m_clock = &QDateTime::currentMSecsSinceEpoch;
    SampleSink m_sampleSink;
    AlertEventSink m_alertEventSink;
    std::shared_ptr<const IndicatorCatalog> m_indicators;
    std::shared_ptr<const UnitCatalog> m_units;
    std::shared_ptr<const UnitCatalog> m_baseUnits; // before any catalog from a feed
    EnvelopeDecoder m_decoder;
    KpiStore m_store;
    QMap<QString, SourceStatus> m_sources;
    QMap<QString, SequenceTracker> m_trackers;
    QHash<QString, RateMeter> m_rates;
    std::vector<FeedSource *> m_feedSources;
    QVector<ConnectionStatus> m_connections;
    static constexpr qint64 RepublishIntervalMs = 5000;

    // Saved in checkpoints, so a replay seek restores the alerts of its keyframe.
    std::unique_ptr<AlertEngine> m_alerts;
    qint64 m_alertClockMs = 0;
    qint64 alertClock();
    QTimer m_publishTimer; // a child, so that moveToThread() moves it along
    bool m_changed = true;
    // Monotonic, so that a wall clock stepped back cannot hold back the next state.
    QElapsedTimer m_sinceLastPublish;
};

} // namespace soc
