#include "feed/mqtt_client.h"

#include <QLoggingCategory>

#include <mosquitto.h>
#include <mqtt_protocol.h>

#include <mutex>

namespace soc {

Q_LOGGING_CATEGORY(lcMqtt, "soc.feed.mqtt", QtWarningMsg)

namespace {

constexpr int HousekeepingIntervalMs = 500;
// A connection attempt that has no CONNACK after this long moves on to the next broker.
constexpr int ConnectTimeoutMs = 10000;
// MQTT 5 ends a session at disconnection unless the CONNECT requests an expiry interval.
constexpr int SessionExpirySeconds = 7 * 24 * 3600;
// Enough packets per notifier wake-up to drain what TLS has already decrypted, which the
// socket notifier cannot see.
constexpr int MaxPacketsPerRead = 1000;

void initializeLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { mosquitto_lib_init(); });
}

MqttClient *client(void *self)
{
    return static_cast<MqttClient *>(self);
}

} // namespace

MqttClient::MqttClient(const MqttOptions &options, bool cleanSession, QObject *parent)
    : QObject(parent), m_options(options), m_cleanSession(cleanSession), m_housekeepingTimer(this),
      m_reconnectTimer(this), m_connectTimeoutTimer(this)
{
    initializeLibrary();
    m_handle = mosquitto_new(options.clientId.toUtf8().constData(), cleanSession, this);
    m_housekeepingTimer.setInterval(HousekeepingIntervalMs);
    connect(&m_housekeepingTimer, &QTimer::timeout, this, &MqttClient::runHousekeeping);
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &MqttClient::connectToEndpoint);
    m_connectTimeoutTimer.setSingleShot(true);
    m_connectTimeoutTimer.setInterval(ConnectTimeoutMs);
    connect(&m_connectTimeoutTimer, &QTimer::timeout, this, [this] {
        qCWarning(lcMqtt).noquote()
            << "no CONNACK from" << currentEndpoint() << "within" << ConnectTimeoutMs << "ms";
        m_disconnectCode = MOSQ_ERR_KEEPALIVE;
        m_disconnectPending = true;
        handleDisconnection();
    });
}

MqttClient::~MqttClient()
{
    closeNotifiers();
    if (m_handle)
        mosquitto_destroy(m_handle);
}

void MqttClient::setWill(const QString &topic, const QByteArray &payload, bool retain)
{
    mosquitto_will_set(m_handle, topic.toUtf8().constData(), static_cast<int>(payload.size()),
                       payload.constData(), 1, retain);
}

QString MqttClient::currentEndpoint() const
{
    const MqttEndpoint &endpoint = m_options.endpoints.at(m_endpointIndex);
    return QStringLiteral("%1:%2").arg(endpoint.host).arg(endpoint.port);
}

bool MqttClient::configure(QString *error)
{
    if (!m_handle) {
        *error = QStringLiteral("libmosquitto could not create a client (out of memory or an "
                                "invalid client id '%1')")
                     .arg(m_options.clientId);
        return false;
    }
    const int version = m_options.protocolVersion == 5 ? MQTT_PROTOCOL_V5 : MQTT_PROTOCOL_V311;
    mosquitto_int_option(m_handle, MOSQ_OPT_PROTOCOL_VERSION, version);
    mosquitto_connect_with_flags_callback_set(m_handle, &MqttClient::onConnect);
    mosquitto_disconnect_callback_set(m_handle, &MqttClient::onDisconnect);
    mosquitto_message_callback_set(m_handle, &MqttClient::onMessage);
    mosquitto_publish_v5_callback_set(m_handle, &MqttClient::onPublish);
    mosquitto_subscribe_callback_set(m_handle, &MqttClient::onSubscribe);
    // libmosquitto formats a log line for every packet, so it only gets a callback when the
    // category shows debug output.
    if (lcMqtt().isDebugEnabled())
        mosquitto_log_callback_set(m_handle, &MqttClient::onLog);

    if (!m_options.username.isEmpty()) {
        const QByteArray user = m_options.username.toUtf8();
        const QByteArray password = m_options.password.toUtf8();
        mosquitto_username_pw_set(m_handle, user.constData(),
                                  password.isEmpty() ? nullptr : password.constData());
    }
    if (!m_options.tls)
        return true;

    if (m_options.useSystemCertificates)
        mosquitto_int_option(m_handle, MOSQ_OPT_TLS_USE_OS_CERTS, 1);
    const QByteArray ca = m_options.caFile.toLocal8Bit();
    const QByteArray cert = m_options.certFile.toLocal8Bit();
    const QByteArray key = m_options.keyFile.toLocal8Bit();
    const int rc = mosquitto_tls_set(m_handle, ca.isEmpty() ? nullptr : ca.constData(), nullptr,
                                     cert.isEmpty() ? nullptr : cert.constData(),
                                     key.isEmpty() ? nullptr : key.constData(), nullptr);
    if (rc != MOSQ_ERR_SUCCESS) {
        *error = QStringLiteral("TLS settings rejected (ca '%1', cert '%2', key '%3'): %4")
                     .arg(m_options.caFile, m_options.certFile, m_options.keyFile,
                          QString::fromUtf8(mosquitto_strerror(rc)));
        return false;
    }
    // Verifies the broker certificate and its host name (1 is SSL_VERIFY_PEER).
    mosquitto_tls_opts_set(m_handle, 1, nullptr, nullptr);
    mosquitto_tls_insecure_set(m_handle, false);
    return true;
}

bool MqttClient::start(QString *error)
{
    if (!configure(error))
        return false;
    m_running = true;
    m_endpointIndex = 0;
    m_housekeepingTimer.start();
    connectToEndpoint();
    return true;
}

void MqttClient::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_connectTimeoutTimer.stop();
    m_housekeepingTimer.stop();
    if (m_connected) {
        // Flushes the DISCONNECT, so that the broker discards the will.
        mosquitto_disconnect(m_handle);
        mosquitto_loop_write(m_handle, 1);
    }
    m_connected = false;
    closeNotifiers();
}

void MqttClient::connectToEndpoint()
{
    if (!m_running)
        return;
    closeNotifiers();
    m_refusal.clear();
    m_disconnectPending = false;
    const MqttEndpoint &endpoint = m_options.endpoints.at(m_endpointIndex);
    const QByteArray host = endpoint.host.toUtf8();
    qCDebug(lcMqtt).noquote() << m_options.clientId << "connecting to" << currentEndpoint();
    emit connecting(currentEndpoint());

    int rc = MOSQ_ERR_SUCCESS;
    if (m_options.protocolVersion == 5) {
        // NOTE: libmosquitto 2.0 has no non-blocking connect that sends CONNECT properties, so
        // with version=5 the TCP connect blocks this thread until the broker accepts or
        // refuses it; an unreachable host can block it for the system's TCP connect timeout.
        // NOTE: no MQTT_PROP_MAXIMUM_PACKET_SIZE is sent, so the broker may deliver packets far
        // above the decoder's 4 MiB limit, which libmosquitto reads whole before rejection.
        mosquitto_property *properties = nullptr;
        mosquitto_property_add_int32(&properties, MQTT_PROP_SESSION_EXPIRY_INTERVAL,
                                     m_cleanSession ? 0 : SessionExpirySeconds);
        rc = mosquitto_connect_bind_v5(m_handle, host.constData(), endpoint.port,
                                       m_options.keepAliveSeconds, nullptr, properties);
        mosquitto_property_free_all(&properties);
    } else {
        rc = mosquitto_connect_async(m_handle, host.constData(), endpoint.port,
                                     m_options.keepAliveSeconds);
    }
    if (rc != MOSQ_ERR_SUCCESS) {
        m_disconnectCode = rc;
        m_disconnectPending = true;
        handleDisconnection();
        return;
    }
    openNotifiers();
    m_connectTimeoutTimer.start();
    afterLoopCall();
}

void MqttClient::openNotifiers()
{
    const int socket = mosquitto_socket(m_handle);
    if (socket < 0)
        return;
    m_readNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
    connect(m_readNotifier, &QSocketNotifier::activated, this, &MqttClient::readSocket);
    m_writeNotifier = new QSocketNotifier(socket, QSocketNotifier::Write, this);
    connect(m_writeNotifier, &QSocketNotifier::activated, this, &MqttClient::writeSocket);
}

void MqttClient::closeNotifiers()
{
    // The notifiers may be the sender of the current call, so they are disabled now and
    // deleted later.
    for (QSocketNotifier *notifier : {m_readNotifier.data(), m_writeNotifier.data()}) {
        if (notifier) {
            notifier->setEnabled(false);
            notifier->deleteLater();
        }
    }
    m_readNotifier = nullptr;
    m_writeNotifier = nullptr;
}

void MqttClient::readSocket()
{
    checkLoopResult(mosquitto_loop_read(m_handle, MaxPacketsPerRead));
    afterLoopCall();
}

void MqttClient::writeSocket()
{
    checkLoopResult(mosquitto_loop_write(m_handle, MaxPacketsPerRead));
    afterLoopCall();
}

void MqttClient::runHousekeeping()
{
    if (!m_readNotifier)
        return;
    checkLoopResult(mosquitto_loop_misc(m_handle));
    afterLoopCall();
}

// With libmosquitto 2.0.11 a failed TLS handshake can end a loop call with an error and no
// on_disconnect callback, so any loop error counts as a disconnection.
void MqttClient::checkLoopResult(int rc)
{
    if (rc == MOSQ_ERR_SUCCESS || m_disconnectPending)
        return;
    m_disconnectCode = rc;
    m_disconnectPending = true;
}

// Called after every libmosquitto call that may have changed the connection: handles a
// disconnection reported by a callback, and watches for writability only while libmosquitto
// has bytes to send, because an idle socket is always writable.
void MqttClient::afterLoopCall()
{
    if (m_disconnectPending) {
        handleDisconnection();
        return;
    }
    if (m_writeNotifier)
        m_writeNotifier->setEnabled(mosquitto_want_write(m_handle));
}

void MqttClient::handleDisconnection()
{
    m_disconnectPending = false;
    m_connectTimeoutTimer.stop();
    closeNotifiers();
    const bool wasConnected = m_connected;
    m_connected = false;
    if (!m_running)
        return;

    const QString endpoint = currentEndpoint();
    const QString reason = !m_refusal.isEmpty() ? m_refusal : describeError(m_disconnectCode);
    m_endpointIndex = (m_endpointIndex + 1) % m_options.endpoints.size();
    const int delayMs = m_backoff.nextDelayMs();
    qCWarning(lcMqtt).noquote() << m_options.clientId << (wasConnected ? "lost" : "failed")
                                << "connection to" << endpoint << ":"
                                << QString::fromUtf8(mosquitto_strerror(m_disconnectCode))
                                << "; retrying" << currentEndpoint() << "in" << delayMs << "ms";
    const QString detail = wasConnected ? tr("Connection to broker %1 lost: %2. Retrying in %3 s.")
                                              .arg(endpoint, reason)
                                              .arg((delayMs + 999) / 1000)
                                        : tr("Cannot connect to broker %1: %2. Retrying in %3 s.")
                                              .arg(endpoint, reason)
                                              .arg((delayMs + 999) / 1000);
    emit connectionLost(detail, delayMs);
    m_reconnectTimer.start(delayMs);
}

QString MqttClient::describeError(int rc) const
{
    switch (rc) {
    case MOSQ_ERR_TLS:
    case MOSQ_ERR_TLS_HANDSHAKE:
        return m_options.useSystemCertificates
                   ? tr("the secure connection failed; the broker certificate is not trusted "
                        "by the system store or does not match the host name")
                   : tr("the secure connection failed; check that %1 is the CA that signed the "
                        "broker certificate and that the certificate names the host")
                         .arg(m_options.caFile);
    case MOSQ_ERR_KEEPALIVE:
        return tr("the broker stopped answering");
    case MOSQ_ERR_ERRNO:
    case MOSQ_ERR_NO_CONN:
    case MOSQ_ERR_CONN_LOST:
    case MOSQ_ERR_CONN_REFUSED:
        return tr("the broker is unreachable or closed the connection");
    default:
        return tr("network error (%1)").arg(QString::fromUtf8(mosquitto_strerror(rc)));
    }
}

int MqttClient::publish(const QString &topic, const QByteArray &payload, bool retain,
                        QString *error)
{
    int messageId = 0;
    const int rc =
        mosquitto_publish(m_handle, &messageId, topic.toUtf8().constData(),
                          static_cast<int>(payload.size()), payload.constData(), 1, retain);
    // For QoS 1, libmosquitto queues the message before it tries the socket, so a connection
    // error here only delays it until the reconnection.
    const bool queued = rc == MOSQ_ERR_SUCCESS || rc == MOSQ_ERR_NO_CONN ||
                        rc == MOSQ_ERR_CONN_LOST || rc == MOSQ_ERR_ERRNO;
    if (!queued) {
        *error = QStringLiteral("publishing %1 bytes on %2 failed: %3")
                     .arg(payload.size())
                     .arg(topic, QString::fromUtf8(mosquitto_strerror(rc)));
        return -1;
    }
    afterLoopCall();
    return messageId;
}

bool MqttClient::subscribe(const QString &pattern, QString *error)
{
    const int rc = mosquitto_subscribe(m_handle, nullptr, pattern.toUtf8().constData(), 1);
    if (rc != MOSQ_ERR_SUCCESS) {
        *error = QStringLiteral("subscribing to %1 failed: %2")
                     .arg(pattern, QString::fromUtf8(mosquitto_strerror(rc)));
        return false;
    }
    afterLoopCall();
    return true;
}

void MqttClient::onConnect(mosquitto *, void *self, int rc, int flags)
{
    MqttClient *that = client(self);
    that->m_connectTimeoutTimer.stop();
    if (rc != 0) {
        // The broker closes the connection next; the disconnection reports this reason.
        that->m_refusal = tr("the broker refused the connection (%1)")
                              .arg(QString::fromUtf8(mosquitto_reason_string(rc)));
        qCWarning(lcMqtt).noquote()
            << that->m_options.clientId << "refused by" << that->currentEndpoint() << ":"
            << mosquitto_reason_string(rc);
        return;
    }
    that->m_connected = true;
    // After failed attempts this is a recovery, which the log keeps at its default level.
    if (that->m_backoff.attempt() > 0) {
        qCWarning(lcMqtt).noquote() << that->m_options.clientId << "reconnected to"
                                    << that->currentEndpoint() << "after"
                                    << that->m_backoff.attempt() << "failed attempts";
    } else {
        qCInfo(lcMqtt).noquote() << that->m_options.clientId << "connected to"
                                 << that->currentEndpoint() << "session present:" << (flags & 1);
    }
    that->m_backoff.reset();
    emit that->connected((flags & 1) != 0);
}

void MqttClient::onDisconnect(mosquitto *, void *self, int rc)
{
    MqttClient *that = client(self);
    that->m_disconnectCode = rc;
    that->m_disconnectPending = that->m_running;
}

void MqttClient::onMessage(mosquitto *, void *self, const mosquitto_message *message)
{
    const QString topic = QString::fromUtf8(message->topic);
    const QByteArray payload(static_cast<const char *>(message->payload), message->payloadlen);
    emit client(self)->messageReceived(topic, payload, message->retain);
}

void MqttClient::onPublish(mosquitto *, void *self, int messageId, int reasonCode,
                           const mosquitto_property *)
{
    if (reasonCode >= 0x80)
        emit client(self)->messageRefused(messageId, reasonCode);
    else
        emit client(self)->messageAcknowledged(messageId);
}

void MqttClient::onSubscribe(mosquitto *, void *self, int, int count, const int *grantedQos)
{
    // A granted QoS of 0x80 or above is the broker's refusal (MQTT 3.1.1 and 5).
    const bool granted = count > 0 && grantedQos && grantedQos[0] < 0x80;
    if (!granted) {
        qCWarning(lcMqtt).noquote() << client(self)->m_options.clientId
                                    << "subscription refused by" << client(self)->currentEndpoint()
                                    << "with code" << (count > 0 && grantedQos ? grantedQos[0] : -1);
    }
    emit client(self)->subscribed(granted);
}

void MqttClient::onLog(mosquitto *, void *self, int level, const char *text)
{
    // libmosquitto's own log names packets and client ids, never the password.
    if (level & (MOSQ_LOG_ERR | MOSQ_LOG_WARNING))
        qCWarning(lcMqtt).noquote() << client(self)->m_options.clientId << text;
    else
        qCDebug(lcMqtt).noquote() << client(self)->m_options.clientId << text;
}

} // namespace soc
