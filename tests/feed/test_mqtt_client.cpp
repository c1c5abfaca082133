#include "feed/mqtt_client.h"
#include "feed/mqtt_options.h"
#include "support/mosquitto_broker.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using soc::MqttClient;
using soc::MqttOptions;
using soc::test::MosquittoBroker;

namespace {

MqttOptions optionsFor(quint16 port, const QString &clientId)
{
    MqttOptions options;
    options.endpoints = {{QStringLiteral("127.0.0.1"), port}};
    options.clientId = clientId;
    return options;
}

// A TCP proxy on 127.0.0.1 in front of a broker. freeze() makes every open connection silent in
// both directions without closing it, as a peer behind a dead link or a restarted NAT would: no
// FIN, no RST, no data. Connections accepted after freeze() are forwarded as usual.
class FreezableProxy : public QObject
{
public:
    bool listen(quint16 targetPort)
    {
        m_targetPort = targetPort;
        connect(&m_server, &QTcpServer::newConnection, this, &FreezableProxy::accept);
        return m_server.listen(QHostAddress::LocalHost);
    }

    quint16 port() const { return m_server.serverPort(); }
    int accepted() const { return static_cast<int>(m_links.size()); }

    void freeze()
    {
        for (const std::shared_ptr<Link> &link : m_links)
            link->frozen = true;
    }

private:
    struct Link
    {
        QTcpSocket *client = nullptr;
        QTcpSocket *upstream = nullptr;
        bool frozen = false;
    };

    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto link = std::make_shared<Link>();
            link->client = client;
            link->upstream = new QTcpSocket(this);
            link->upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
            // A frozen link leaves the bytes unread in the kernel buffers.
            const auto forward = [link](QTcpSocket *from, QTcpSocket *to) {
                if (!link->frozen)
                    to->write(from->readAll());
            };
            connect(client, &QTcpSocket::readyRead, this,
                    [link, forward] { forward(link->client, link->upstream); });
            connect(link->upstream, &QTcpSocket::readyRead, this,
                    [link, forward] { forward(link->upstream, link->client); });
            connect(link->upstream, &QTcpSocket::connected, this,
                    [link, forward] { forward(link->client, link->upstream); });
            m_links.push_back(link);
        }
    }

    QTcpServer m_server;
    quint16 m_targetPort = 0;
    std::vector<std::shared_ptr<Link>> m_links;
};

} // namespace

class TestMqttClient : public QObject
{
    Q_OBJECT

private slots:
    void brokerUnreachableAtStart();
    void halfOpenConnectionDetected();
};

void TestMqttClient::brokerUnreachableAtStart()
{
    // The dashboard starts before the broker, as after a power cut of the whole room.
    MosquittoBroker broker;
    const quint16 port = broker.reservePort();
    MqttClient client(optionsFor(port, QStringLiteral("soc-test-unreachable")), true);
    QSignalSpy connected(&client, &MqttClient::connected);
    QSignalSpy lost(&client, &MqttClient::connectionLost);
    QString error;
    QVERIFY2(client.start(&error), qPrintable(error));

    QVERIFY(lost.wait(10000));
    const QString detail = lost.first().first().toString();
    QVERIFY2(detail.contains(QStringLiteral("127.0.0.1:%1").arg(port)), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Retrying")), qPrintable(detail));
    QVERIFY(lost.first().at(1).toInt() > 0);
    QVERIFY(!client.isConnected());

    // Once the broker is up, the client connects by itself.
    QVERIFY2(broker.start(&error), qPrintable(error));
    QVERIFY(connected.wait(60000));
    QVERIFY(client.isConnected());
    client.stop();
}

void TestMqttClient::halfOpenConnectionDetected()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    FreezableProxy proxy;
    QVERIFY(proxy.listen(broker.port()));

    MqttOptions options = optionsFor(proxy.port(), QStringLiteral("soc-test-half-open"));
    options.keepAliveSeconds = 5; // short, so that the test notices the dead link quickly
    MqttClient client(options, true);
    QSignalSpy connected(&client, &MqttClient::connected);
    QSignalSpy lost(&client, &MqttClient::connectionLost);
    QVERIFY2(client.start(&error), qPrintable(error));
    QVERIFY(connected.wait(10000));
    QCOMPARE(proxy.accepted(), 1);

    // No byte crosses the link any more, and neither side receives a FIN or RST. The client
    // sends a PINGREQ after one keep-alive period of silence and gives up when no PINGRESP
    // follows, so it notices within about two periods.
    proxy.freeze();
    QVERIFY(lost.wait(30000));
    const QString detail = lost.first().first().toString();
    QVERIFY2(detail.contains(QStringLiteral("stopped answering")), qPrintable(detail));
    QVERIFY(!client.isConnected());

    // It reconnects through a new connection, over which messages flow again.
    QVERIFY(connected.wait(30000));
    QCOMPARE(proxy.accepted(), 2);
    // Retained, so that the broker delivers it on SUBSCRIBE whatever the order of arrival.
    QSignalSpy received(&client, &MqttClient::messageReceived);
    QVERIFY2(client.publish(QStringLiteral("soc/test/half-open"), "ping", true, &error) >= 0,
             qPrintable(error));
    QVERIFY2(client.subscribe(QStringLiteral("soc/test/half-open"), &error), qPrintable(error));
    QVERIFY(received.wait(10000));
    QCOMPARE(received.first().at(1).toByteArray(), QByteArray("ping"));
    client.stop();
}

QTEST_GUILESS_MAIN(TestMqttClient)
#include "test_mqtt_client.moc"
