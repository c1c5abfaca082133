#include "feed/feed_worker.h"

#include "feed/operator_action.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace soc {

Q_LOGGING_CATEGORY(lcFeed, "soc.feed", QtWarningMsg)

namespace {

const QString UnknownSource = QStringLiteral("(unidentified)");

} // namespace

FeedWorker::FeedWorker(QObject *parent)
    : QObject(parent),
      m_indicators(std::make_shared<IndicatorCatalog>(IndicatorCatalog::builtIn())),
      m_units(std::make_shared<UnitCatalog>(UnitCatalog::hcmcDistricts())),
      m_baseUnits(m_units),
      m_decoder(*m_indicators),
      m_alerts(std::make_unique<AlertEngine>(*m_indicators, AlertRuleSet::builtIn(*m_indicators))),
      m_publishTimer(this)
{
    m_publishTimer.setInterval(250);
    connect(&m_publishTimer, &QTimer::timeout, this, &FeedWorker::publishIfChanged);
}

FeedWorker::~FeedWorker()
{
    stop();
}

void FeedWorker::setUnitCatalog(const UnitCatalog &units)
{
    m_units = std::make_shared<UnitCatalog>(units);
    m_baseUnits = m_units;
    m_changed = true;
}

void FeedWorker::addSource(FeedSource *source)
{
    source->setParent(this);
    m_feedSources.push_back(source);
    m_connections.append({source->url(), source->state(), {}, source->isSimulated(),
                          m_clock()});
    connect(source, &FeedSource::envelopeReceived, this,
            [this](const QByteArray &payload, const QString &hint, qint64 receivedAtMs) {
                ingest(payload, hint, receivedAtMs, Delivery::Stream);
            });
    connect(source, &FeedSource::snapshotEnvelopeReceived, this,
            [this](const QByteArray &payload, const QString &hint, qint64 receivedAtMs) {
                ingest(payload, hint, receivedAtMs, Delivery::Snapshot);
            });
    connect(source, &FeedSource::sourcePresenceChanged, this, &FeedWorker::setPresence);
    connect(source, &FeedSource::messageRejected, this, &FeedWorker::rejectMessage);
    connect(source, &FeedSource::operatorActionReceived, this, [this](const QByteArray &action) {
        QString error;
        if (!applyOperatorAction(action, &error))
            qCWarning(lcFeed).noquote() << "recorded operator action not applied:" << error;
    });
    connect(source, &FeedSource::pictureReplaced, this, [this](const QByteArray &checkpoint) {
        QString error;
        if (!restoreCheckpoint(checkpoint, &error))
            qCWarning(lcFeed).noquote() << "invalid checkpoint, state reset:" << error;
    });
    connect(source, &FeedSource::stateChanged, this,
            [this, source](ConnectionState state, const QString &detail) {
                updateConnection(source, state, detail);
            });
}

void FeedWorker::start()
{
    for (FeedSource *source : m_feedSources)
        source->start();
    m_publishTimer.start();
    publishIfChanged();
}

void FeedWorker::stop()
{
    m_publishTimer.stop();
    for (FeedSource *source : m_feedSources)
        source->stop();
}

void FeedWorker::updateConnection(FeedSource *source, ConnectionState state,
                                  const QString &detail)
{
    for (ConnectionStatus &connection : m_connections) {
        if (connection.url == source->url()) {
            connection.state = state;
            connection.detail = detail;
            connection.changedAtMs = m_clock();
        }
    }
    qCInfo(lcFeed) << "feed" << source->url() << "is now" << static_cast<int>(state);
    m_changed = true;
}

void FeedWorker::setPresence(const QString &source, bool online, qint64 atMs)
{
    SourceStatus &status = m_sources[source];
    status.source = source;
    status.presence = online ? SourceStatus::Presence::Online : SourceStatus::Presence::Offline;
    status.presenceChangedAtMs = atMs;
    qCInfo(lcFeed) << "source" << source << "is" << (online ? "online" : "offline");
    m_changed = true;
}

qint64 FeedWorker::alertClock()
{
    // The engine needs times that never go backwards, even if the wall clock does.
    m_alertClockMs = std::max(m_alertClockMs, m_clock());
    return m_alertClockMs;
}

void FeedWorker::restoreAlerts(const QVector<AlertEvent> &events)
{
    m_alerts->restore(events);
    for (const AlertEvent &event : events)
        m_alertClockMs = std::max(m_alertClockMs, event.atMs);
    m_changed = true;
}

void FeedWorker::passAlertEvents()
{
    // Taken even without a sink, so that the engine's event list does not grow without bound.
    const QVector<AlertEvent> events = m_alerts->takeEvents();
    if (m_alertEventSink && !events.isEmpty())
        m_alertEventSink(events);
}

bool FeedWorker::acknowledgeAlert(const QString &id, const QString &operatorName,
                                  const QString &comment, QString *error)
{
    m_changed = true;
    const qint64 nowMs = alertClock();
    const bool done = m_alerts->acknowledge(id, operatorName, comment, nowMs, error);
    passAlertEvents();
    if (done) {
        const OperatorAction action{OperatorAction::Type::Acknowledge, id, operatorName, comment};
        emit operatorActionTaken(action.encode(), nowMs);
    }
    return done;
}

bool FeedWorker::shelveAlert(const QString &id, qint64 durationMs, const QString &operatorName,
                             const QString &comment, QString *error)
{
    m_changed = true;
    const qint64 nowMs = alertClock();
    const bool done = m_alerts->shelve(id, durationMs, operatorName, comment, nowMs, error);
    passAlertEvents();
    if (done) {
        const OperatorAction action{OperatorAction::Type::Shelve, id, operatorName, comment,
                                    durationMs};
        emit operatorActionTaken(action.encode(), nowMs);
    }
    return done;
}

bool FeedWorker::unshelveAlert(const QString &id, const QString &operatorName,
                               const QString &comment, QString *error)
{
    m_changed = true;
    const qint64 nowMs = alertClock();
    const bool done = m_alerts->unshelve(id, operatorName, comment, nowMs, error);
    passAlertEvents();
    if (done) {
        const OperatorAction action{OperatorAction::Type::Unshelve, id, operatorName, comment};
        emit operatorActionTaken(action.encode(), nowMs);
    }
    return done;
}

bool FeedWorker::applyOperatorAction(const QByteArray &encoded, QString *error)
{
    const std::optional<OperatorAction> action = OperatorAction::decode(encoded, error);
    if (!action)
        return false;
    switch (action->type) {
    case OperatorAction::Type::Acknowledge:
        return acknowledgeAlert(action->alertId, action->operatorName, action->comment, error);
    case OperatorAction::Type::Shelve:
        return shelveAlert(action->alertId, action->durationMs, action->operatorName,
                           action->comment, error);
    case OperatorAction::Type::Unshelve:
        return unshelveAlert(action->alertId, action->operatorName, action->comment, error);
    }
    return false;
}

void FeedWorker::advanceAlerts()
{
    m_alerts->advanceTo(alertClock());
    passAlertEvents();
}

void FeedWorker::rejectMessage(const QString &sourceHint, const QString &reason,
                               qint64 receivedAtMs)
{
    const QString sourceId = sourceHint.isEmpty() ? UnknownSource : sourceHint;
    SourceStatus &status = m_sources[sourceId];
    status.source = sourceId;
    status.lastSeenMs = receivedAtMs;
    ++status.rejected;
    status.lastRejection = reason;
    m_changed = true;
}

void FeedWorker::ingest(const QByteArray &payload, const QString &sourceHint,
                        qint64 receivedAtMs, Delivery delivery)
{
    emit envelopeArrived(payload, sourceHint, receivedAtMs, delivery);
    m_changed = true;
    DecodeResult result = m_decoder.decode(payload);
    const QString sourceId = !result.source.isEmpty() ? result.source
                             : !sourceHint.isEmpty()  ? sourceHint
                                                      : UnknownSource;
    SourceStatus &status = m_sources[sourceId];
    status.source = sourceId;
    status.lastSeenMs = receivedAtMs;

    if (!result.ok) {
        ++status.rejected;
        status.lastRejection = result.error;
        qCWarning(lcFeed).noquote() << "rejected envelope from" << sourceId << ":" << result.error;
        return;
    }

    const DecodedEnvelope &envelope = result.envelope;
    if (delivery == Delivery::Stream) {
        SequenceTracker &tracker = m_trackers[sourceId];
        const SequenceTracker::Event event = tracker.observe(envelope.sequence, envelope.sentAtMs);
        status.duplicates = tracker.duplicates();
        status.gaps = tracker.gaps();
        status.restarts = tracker.restarts();
        status.lastSequence = tracker.lastSequence();
        if (event == SequenceTracker::Event::Duplicate)
            return;
    }
    ++status.received;
    m_rates[sourceId].add(receivedAtMs);

    switch (envelope.body) {
    case DecodedEnvelope::Body::KpiBatch:
        applySamples(envelope, status);
        break;
    case DecodedEnvelope::Body::UnitCatalog:
        applyUnits(envelope.units, status);
        break;
    case DecodedEnvelope::Body::Alert: {
        const SourceAlert &raised = envelope.alert;
        SourceAlertInput input;
        input.source = envelope.source;
        input.id = raised.id;
        input.unit = raised.unit;
        input.indicator = raised.indicator;
        input.severity = raised.severity == AlertSeverity::Critical ? Severity::Critical
                                                                    : Severity::Warning;
        input.active = raised.active;
        // Alerts carry one text: the source's Vietnamese line, then its English line.
        input.text = raised.textVi + QLatin1Char('\n') + raised.textEn;
        m_alerts->applySourceAlert(input, alertClock());
        break;
    }
    case DecodedEnvelope::Body::Heartbeat:
        break;
    }
    passAlertEvents();
}

void FeedWorker::applySamples(const DecodedEnvelope &envelope, SourceStatus &status)
{
    for (const SampleRejection &rejection : envelope.rejectedSamples) {
        ++status.rejectedSamples;
        status.lastRejection = QStringLiteral("sample %1 of envelope %2: %3")
                                   .arg(rejection.index)
                                   .arg(envelope.sequence)
                                   .arg(rejection.reason);
        qCWarning(lcFeed).noquote() << "rejected sample from" << status.source << ":"
                                    << status.lastRejection;
    }
    QVector<Sample> changed;
    for (const Sample &sample : envelope.samples) {
        if (!m_units->contains(sample.unit))
            ++status.unknownUnits[sample.unit];
        const KpiStore::ApplyResult result = m_store.apply(sample);
        if (result == KpiStore::ApplyResult::Inserted || result == KpiStore::ApplyResult::Replaced)
            m_alerts->evaluateSample(sample, alertClock());
        if (m_sampleSink && (result == KpiStore::ApplyResult::Inserted ||
                             result == KpiStore::ApplyResult::Replaced))
            changed.append(sample);
    }
    if (!changed.isEmpty())
        m_sampleSink(changed);
}

// Units from a feed replace names, parent and level, and keep what only a file provides
// (short names and tile positions).
void FeedWorker::applyUnits(const QVector<Unit> &units, SourceStatus &status)
{
    auto merged = std::make_shared<UnitCatalog>(*m_units);
    for (Unit unit : units) {
        if (const Unit *existing = merged->find(unit.code)) {
            unit.shortVi = existing->shortVi;
            unit.shortEn = existing->shortEn;
            unit.tileRow = existing->tileRow;
            unit.tileColumn = existing->tileColumn;
        }
        QString error;
        if (!merged->upsert(unit, &error)) {
            ++status.rejectedSamples;
            status.lastRejection = QStringLiteral("unit catalog: %1").arg(error);
            qCWarning(lcFeed).noquote() << "rejected unit from" << status.source << ":" << error;
        }
    }
    m_units = merged;
}

DashboardStatePtr FeedWorker::buildState() const
{
    return buildState(m_clock());
}

DashboardStatePtr FeedWorker::buildState(qint64 nowMs) const
{
    std::shared_ptr<DashboardState> state =
        buildDashboardState(m_store, m_units, m_indicators, nowMs);
    state->sources = m_sources;
    state->alerts = m_alerts->alerts();
    state->alertGroups = m_alerts->groupedAlerts();
    for (SourceStatus &status : state->sources) {
        status.messagesPerSecond = m_rates.value(status.source).rate(nowMs);
        state->lastReceivedMs = std::max(state->lastReceivedMs, status.lastSeenMs);
    }
    state->connections = m_connections;
    for (const ConnectionStatus &connection : m_connections)
        state->demo = state->demo || connection.simulated;
    return state;
}

void FeedWorker::publishIfChanged()
{
    // Without news, a state still goes out every few seconds, so that freshness and data age
    // on screen keep up with the clock.
    if (!m_changed && m_sinceLastPublish.isValid() &&
        m_sinceLastPublish.elapsed() < RepublishIntervalMs)
        return;
    m_changed = false;
    m_sinceLastPublish.start();
    const qint64 now = m_clock();
    m_alerts->advanceTo(alertClock());
    passAlertEvents();
    emit stateReady(buildState(now));
}

} // namespace soc
