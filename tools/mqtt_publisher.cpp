#include "tools/mqtt_publisher.h"

#include "feed/mqtt_client.h"
#include "feed/mqtt_topics.h"

#include "soc/feed/v1/envelope.pb.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace soc {

namespace {

struct Route
{
    QString source;
    QString topic;
    bool retain = false;
};

QString fromUtf8(const std::string &text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

bool routeEnvelope(const QByteArray &envelope, Route *route, QString *error)
{
    feed::v1::Envelope message;
    if (!message.ParseFromArray(envelope.constData(), static_cast<int>(envelope.size()))) {
        *error = QStringLiteral("not a soc.feed.v1.Envelope (%1 bytes); nothing published")
                     .arg(envelope.size());
        return false;
    }
    route->source = fromUtf8(message.source());
    if (route->source.isEmpty()) {
        *error = QStringLiteral("envelope %1 has no source, so it has no MQTT topic; set source")
                     .arg(message.sequence());
        return false;
    }
    switch (message.body_case()) {
    case feed::v1::Envelope::kKpiBatch:
        if (message.kpi_batch().samples_size() == 1) {
            const feed::v1::Sample &sample = message.kpi_batch().samples(0);
            route->topic = mqtt_topics::kpiSample(route->source, fromUtf8(sample.unit()),
                                                  fromUtf8(sample.indicator()));
            route->retain = true;
        } else {
            route->topic = mqtt_topics::kpiBatch(route->source);
        }
        return true;
    case feed::v1::Envelope::kUnitCatalog:
        route->topic = mqtt_topics::catalog(route->source);
        route->retain = true;
        return true;
    case feed::v1::Envelope::kAlert:
        route->topic = mqtt_topics::alert(route->source, fromUtf8(message.alert().id()));
        route->retain = true;
        return true;
    case feed::v1::Envelope::kHeartbeat:
        route->topic = mqtt_topics::heartbeat(route->source);
        return true;
    case feed::v1::Envelope::BODY_NOT_SET:
        break;
    }
    *error = QStringLiteral("envelope %1 of source %2 has no body, so it has no MQTT topic")
                 .arg(message.sequence())
                 .arg(route->source);
    return false;
}

} // namespace

MqttPublisher::MqttPublisher(QString url) : m_url(std::move(url)) {}

MqttPublisher::~MqttPublisher()
{
    for (auto &[source, entry] : m_clients)
        entry.client->stop();
}

bool MqttPublisher::open(QString *error)
{
    // The process id keeps two soc-feed processes on one host from taking over each other's
    // broker sessions, which share a client id otherwise.
    const QString prefix =
        QStringLiteral("soc-feed-%1").arg(QCoreApplication::applicationPid());
    if (!parseMqttUrl(m_url, prefix, &m_options, error))
        return false;
    return loadMqttCredentials(&m_options, error);
}

MqttPublisher::SourceClient *MqttPublisher::clientFor(const QString &source, QString *error)
{
    const auto found = m_clients.find(source);
    if (found != m_clients.end())
        return &found->second;

    MqttOptions options = m_options;
    options.clientId = m_options.clientId + QLatin1Char('-') + source;
    SourceClient &entry = m_clients[source];
    entry.client = std::make_unique<MqttClient>(options, false);
    MqttClient *client = entry.client.get();
    const QString stateTopic = mqtt_topics::state(source);
    client->setWill(stateTopic, QByteArrayLiteral("offline"), true);

    // `online` is queued first, ahead of every envelope of the source. It goes out again after
    // each reconnection, because the broker may have published the will meanwhile, but never
    // after close() has queued `offline`.
    auto announce = [this, &entry, stateTopic] {
        QString error;
        if (!m_closing && !send(&entry, stateTopic, QByteArrayLiteral("online"), true, &error))
            std::fprintf(stderr, "soc-feed: %s\n", qPrintable(error));
    };
    QObject::connect(client, &MqttClient::connected, client, announce);
    QObject::connect(client, &MqttClient::connectionLost, client,
                     [client](const QString &, int retryInMs) {
                         std::fprintf(stderr,
                                      "soc-feed: broker %s unreachable, messages stay queued; "
                                      "retrying in %d ms\n",
                                      qPrintable(client->currentEndpoint()), retryInMs);
                     });
    QObject::connect(client, &MqttClient::messageAcknowledged, client,
                     [&entry](int messageId) { entry.pending.remove(messageId); });
    QObject::connect(client, &MqttClient::messageRefused, client,
                     [&entry, source](int messageId, int reasonCode) {
                         entry.pending.remove(messageId);
                         ++entry.refused;
                         std::fprintf(stderr,
                                      "soc-feed: the broker refused message %d of source %s "
                                      "(reason code 0x%x)\n",
                                      messageId, qPrintable(source), reasonCode);
                     });
    if (!client->start(error)) {
        m_clients.erase(source);
        return nullptr;
    }
    announce();
    return &entry;
}

bool MqttPublisher::send(SourceClient *entry, const QString &topic, const QByteArray &payload,
                         bool retain, QString *error)
{
    const int messageId = entry->client->publish(topic, payload, retain, error);
    if (messageId < 0)
        return false;
    entry->pending.insert(messageId);
    ++m_sent;
    return true;
}

bool MqttPublisher::publish(const QByteArray &envelope, QString *error)
{
    Route route;
    if (!routeEnvelope(envelope, &route, error))
        return false;
    SourceClient *entry = clientFor(route.source, error);
    if (!entry || !send(entry, route.topic, envelope, route.retain, error))
        return false;
    return true;
}

int MqttPublisher::pendingCount() const
{
    int pending = 0;
    for (const auto &[source, entry] : m_clients)
        pending += entry.pending.size();
    return pending;
}

bool MqttPublisher::close(int timeoutMs, QString *error)
{
    m_closing = true;
    for (auto &[source, entry] : m_clients) {
        QString ignored;
        send(&entry, mqtt_topics::state(source), QByteArrayLiteral("offline"), true, &ignored);
    }

    QElapsedTimer clock;
    clock.start();
    while (pendingCount() > 0 && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);

    QStringList lost;
    quint64 lostTotal = 0;
    for (auto &[source, entry] : m_clients) {
        const quint64 count = static_cast<quint64>(entry.pending.size()) + entry.refused;
        if (count > 0)
            lost.append(QStringLiteral("%1: %2").arg(source).arg(count));
        lostTotal += count;
        entry.client->stop();
    }
    if (lostTotal == 0)
        return true;
    *error = QStringLiteral("%1 of %2 messages to %3 were not acknowledged within %4 ms and may "
                            "be lost (%5); check that the broker is running")
                 .arg(lostTotal)
                 .arg(m_sent)
                 .arg(m_url)
                 .arg(timeoutMs)
                 .arg(lost.join(QStringLiteral(", ")));
    return false;
}

} // namespace soc
