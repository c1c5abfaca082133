#include "feed/mqtt_source.h"

#include "feed/mqtt_client.h"
#include "feed/mqtt_topics.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace soc {

Q_DECLARE_LOGGING_CATEGORY(lcMqtt)

MqttSource *MqttSource::create(const QString &url, QObject *parent, QString *error)
{
    MqttOptions options;
    if (!parseMqttUrl(url, QStringLiteral("soc-dashboard"), &options, error))
        return nullptr;
    if (!loadMqttCredentials(&options, error))
        return nullptr;
    return new MqttSource(url, options, parent);
}

MqttSource::MqttSource(const QString &url, const MqttOptions &options, QObject *parent)
    : FeedSource(url, parent), m_options(options)
{
}

void MqttSource::start()
{
    if (m_client)
        return;
    m_client = new MqttClient(m_options, false, this);
    connect(m_client, &MqttClient::connecting, this, [this](const QString &endpoint) {
        setState(State::Connecting, tr("Connecting to MQTT broker %1.").arg(endpoint));
    });
    connect(m_client, &MqttClient::connected, this, &MqttSource::handleConnected);
    connect(m_client, &MqttClient::subscribed, this, &MqttSource::handleSubscribed);
    connect(m_client, &MqttClient::connectionLost, this,
            [this](const QString &detail) { setState(State::Failed, detail); });
    connect(m_client, &MqttClient::messageReceived, this, &MqttSource::handleMessage);

    QString error;
    if (!m_client->start(&error)) {
        qCWarning(lcMqtt).noquote() << "MQTT feed" << url() << "not started:" << error;
        setState(State::Failed, tr("The MQTT settings were rejected: %1").arg(error));
    }
}

void MqttSource::stop()
{
    if (m_client) {
        m_client->stop();
        delete m_client;
        m_client = nullptr;
    }
    setState(State::Stopped);
}

void MqttSource::handleConnected(bool sessionPresent)
{
    // Subscribing again even with a session present makes the broker send the retained
    // picture again, which applies idempotently.
    Q_UNUSED(sessionPresent);
    QString error;
    if (!m_client->subscribe(QString::fromLatin1(mqtt_topics::Subscription), &error)) {
        qCWarning(lcMqtt).noquote() << error;
        return;
    }
    // Connected once the broker has the subscription: a message published before that would
    // not reach this dashboard.
}

void MqttSource::handleSubscribed(bool granted)
{
    if (!granted) {
        setState(State::Failed,
                 tr("MQTT broker %1 refused the subscription to %2; check its access control "
                    "list for this user.")
                     .arg(m_client->currentEndpoint(),
                          QString::fromLatin1(mqtt_topics::Subscription)));
        return;
    }
    setState(State::Connected, tr("Connected to MQTT broker %1.").arg(m_client->currentEndpoint()));
}

void MqttSource::handleMessage(const QString &topic, const QByteArray &payload, bool retained)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const mqtt_topics::Topic parsed = mqtt_topics::parse(topic);
    switch (parsed.kind) {
    case mqtt_topics::Kind::Invalid:
        rejectMessage(topic, parsed.source, parsed.error);
        return;
    case mqtt_topics::Kind::State:
        if (payload == "online" || payload == "offline") {
            emit sourcePresenceChanged(parsed.source, payload == "online", now);
            return;
        }
        rejectMessage(topic, parsed.source,
                      QStringLiteral("state payload of %1 bytes is neither online nor offline")
                          .arg(payload.size()));
        return;
    default:
        break;
    }
    if (retained)
        emit snapshotEnvelopeReceived(payload, parsed.source, now);
    else
        emit envelopeReceived(payload, parsed.source, now);
}

void MqttSource::rejectMessage(const QString &topic, const QString &source, const QString &reason)
{
    qCWarning(lcMqtt).noquote() << "rejected MQTT message on" << topic << ":" << reason;
    emit messageRejected(source, QStringLiteral("topic %1: %2").arg(topic, reason),
                         QDateTime::currentMSecsSinceEpoch());
}

} // namespace soc
