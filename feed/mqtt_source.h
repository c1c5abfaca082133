#pragma once

#include "feed/feed_source.h"
#include "feed/mqtt_options.h"

namespace soc {

class MqttClient;

// `mqtt://HOST:PORT` and `mqtts://HOST:PORT`: a broker, or several brokers of one cluster
// separated by commas. Subscribes with QoS 1 to soc/v1/+/# in a persistent session under a
// stable client id, so that messages published while the dashboard was away still arrive.
// Retained messages (the current picture) go out as snapshot envelopes, live ones as stream
// envelopes, each with the source id of its topic as the hint. The state topic becomes
// sourcePresenceChanged. See docs/FEED.md, section MQTT, for the topic scheme.
//
// Threading: constructed anywhere; start(), stop() and every signal run on the thread that owns
// the source (the feed thread), which also drives libmosquitto through MqttClient.
class MqttSource : public FeedSource
{
    Q_OBJECT

public:
    // Parses the URL and loads the credentials. Returns nullptr with a message naming the bad
    // value and the fix.
    static MqttSource *create(const QString &url, QObject *parent, QString *error);

    void start() override;
    void stop() override;

private:
    MqttSource(const QString &url, const MqttOptions &options, QObject *parent);

    void handleConnected(bool sessionPresent);
    void handleSubscribed(bool granted);
    void handleMessage(const QString &topic, const QByteArray &payload, bool retained);
    void rejectMessage(const QString &topic, const QString &source, const QString &reason);

    MqttOptions m_options;
    MqttClient *m_client = nullptr; // a child, created by start() on the owning thread
};

} // namespace soc
