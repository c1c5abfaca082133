#pragma once

#include "feed/mqtt_options.h"
#include "tools/envelope_publisher.h"

#include <QSet>

#include <map>
#include <memory>

namespace soc {

class MqttClient;

// Publishes envelopes to an MQTT broker (mqtt:// or mqtts://, the same URL options and
// credentials as the dashboard) under the topic scheme of docs/FEED.md: a KPI envelope with one
// sample goes retained to soc/v1/{source}/kpi/{unit}/{indicator}, a larger batch to
// soc/v1/{source}/kpi, a unit catalog retained to .../catalog, an alert retained to
// .../alert/{id}, a heartbeat to .../heartbeat. Everything is QoS 1.
//
// Each source id gets its own MQTT client, which publishes `online` retained on its state topic
// when it connects and leaves `offline` as its will, so the dashboard shows a publisher that dies as offline.
// While a broker is down, messages queue in memory and go out after the reconnection.
//
// Threading: the EnvelopePublisher contract; the clients are driven by the event loop of the
// calling thread, and close() runs that loop while it waits.
class MqttPublisher : public EnvelopePublisher
{
public:
    explicit MqttPublisher(QString url);
    ~MqttPublisher() override;

    bool open(QString *error) override;
    bool publish(const QByteArray &envelope, QString *error) override;
    // Publishes `offline` on every state topic, waits until the broker acknowledged every
    // message or timeoutMs passed, then disconnects. Fails with the count of lost messages.
    bool close(int timeoutMs, QString *error) override;

    // Messages sent and not yet acknowledged, over all sources.
    int pendingCount() const;

private:
    struct SourceClient
    {
        std::unique_ptr<MqttClient> client;
        QSet<int> pending; // message ids waiting for PUBACK
        quint64 refused = 0;
    };

    SourceClient *clientFor(const QString &source, QString *error);
    bool send(SourceClient *entry, const QString &topic, const QByteArray &payload, bool retain,
              QString *error);

    QString m_url;
    MqttOptions m_options;
    std::map<QString, SourceClient> m_clients;
    quint64 m_sent = 0; // envelopes and state messages
    bool m_closing = false;
};

} // namespace soc
