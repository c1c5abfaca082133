#pragma once

#include "feed/mqtt_options.h"
#include "feed/reconnect_backoff.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QSocketNotifier>
#include <QTimer>

struct mosquitto;
struct mosquitto_message;
struct mqtt5__property;

namespace soc {

// A libmosquitto client driven by the Qt event loop of the thread that calls start(): socket
// notifiers on mosquitto_socket() call mosquitto_loop_read() and mosquitto_loop_write(), and a
// timer calls mosquitto_loop_misc() for keep-alive. Every libmosquitto callback, and so every
// signal, therefore runs on that thread, and nothing blocks it (except the TCP connect with
// MQTT 5, see connectToEndpoint()).
//
// After a failure the client waits a ReconnectBackoff delay and tries the next broker of the
// list, until stop(). QoS 1 messages stay queued in libmosquitto while disconnected and are
// sent again after the reconnection until the broker acknowledges them.
//
// Threading: create it anywhere, but call start(), publish(), subscribe() and stop() on one
// thread, the one that runs the event loop. Ownership: the QObject parent, as usual.
class MqttClient : public QObject
{
    Q_OBJECT

public:
    // `cleanSession` false keeps the broker-side session (subscriptions and queued QoS 1
    // messages) across disconnections, for the client id of the options.
    MqttClient(const MqttOptions &options, bool cleanSession, QObject *parent = nullptr);
    ~MqttClient() override;

    // The message that the broker publishes when the connection dies without a DISCONNECT.
    // Call before start().
    void setWill(const QString &topic, const QByteArray &payload, bool retain);

    // Starts connecting to the first broker; returns false with a message when libmosquitto
    // rejected the settings (TLS files, protocol version).
    bool start(QString *error);
    // Sends DISCONNECT when connected and stops reconnecting.
    void stop();

    bool isConnected() const { return m_connected; }
    QString currentEndpoint() const;

    // Queues one QoS 1 message. Returns the message id, or -1 with a message when libmosquitto
    // refused it (payload too large, out of memory).
    int publish(const QString &topic, const QByteArray &payload, bool retain, QString *error);
    // Subscribes with QoS 1. Returns false with a message when not connected. subscribed() is
    // emitted when the broker acknowledges the subscription.
    bool subscribe(const QString &pattern, QString *error);

signals:
    void connecting(const QString &endpoint);
    void connected(bool sessionPresent);
    // `detail` is translated and says what failed and that the client retries.
    void connectionLost(const QString &detail, int retryInMs);
    // The broker acknowledged a subscription. `granted` is false when the broker rejected it.
    void subscribed(bool granted);
    void messageReceived(const QString &topic, const QByteArray &payload, bool retained);
    void messageAcknowledged(int messageId);
    // The broker refused a QoS 1 message (MQTT 5 reason code 0x80 or above).
    void messageRefused(int messageId, int reasonCode);

private:
    static void onConnect(mosquitto *handle, void *self, int rc, int flags);
    static void onDisconnect(mosquitto *handle, void *self, int rc);
    static void onMessage(mosquitto *handle, void *self, const mosquitto_message *message);
    static void onPublish(mosquitto *handle, void *self, int messageId, int reasonCode,
                          const mqtt5__property *properties);
    static void onSubscribe(mosquitto *handle, void *self, int messageId, int count,
                            const int *grantedQos);
    static void onLog(mosquitto *handle, void *self, int level, const char *text);

    bool configure(QString *error);
    void connectToEndpoint();
    void openNotifiers();
    void closeNotifiers();
    void readSocket();
    void writeSocket();
    void runHousekeeping();
    void checkLoopResult(int rc);
    void afterLoopCall();
    void handleDisconnection();
    QString describeError(int rc) const;

    MqttOptions m_options;
    bool m_cleanSession;
    mosquitto *m_handle = nullptr;
    int m_endpointIndex = 0;
    bool m_running = false;
    bool m_connected = false;
    bool m_disconnectPending = false; // set by onDisconnect, handled after the loop call returns
    int m_disconnectCode = 0;
    QString m_refusal; // translated reason from a refused CONNACK, reported on disconnection
    ReconnectBackoff m_backoff;
    QPointer<QSocketNotifier> m_readNotifier; // children, recreated per socket
    QPointer<QSocketNotifier> m_writeNotifier;
    QTimer m_housekeepingTimer; // children, so that moveToThread() moves them along
    QTimer m_reconnectTimer;
    QTimer m_connectTimeoutTimer;
};

} // namespace soc
