#include "feed/frame_codec.h"
#include "soc/feed/v1/envelope.pb.h"
#include "tools/stream_server_publisher.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace pb = soc::feed::v1;

using soc::FrameReader;
using soc::StreamFrame;
using soc::StreamServerPublisher;

namespace {

constexpr qint64 SentAtMs = 1796353200000; // 2026-12-04T03:00:00Z
constexpr int MaxEnvelopeBytes = 4 * 1024 * 1024;

QByteArray serialize(const pb::Envelope &envelope)
{
    const std::string bytes = envelope.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

pb::Envelope header(quint64 sequence)
{
    pb::Envelope envelope;
    envelope.set_source("tthc");
    envelope.set_sequence(sequence);
    envelope.set_sent_at(SentAtMs + static_cast<qint64>(sequence));
    return envelope;
}

void addSample(pb::Envelope *envelope, const std::string &unit, qint64 observedAtMs,
               double numerator)
{
    pb::Sample *sample = envelope->mutable_kpi_batch()->add_samples();
    sample->set_unit(unit);
    sample->set_indicator("e_result");
    sample->set_period("2026-12");
    sample->set_observed_at(observedAtMs);
    sample->set_numerator(numerator);
    sample->set_denominator(200);
}

// Connects a raw client and collects the frames it receives, on the caller's thread, so that
// the server on the same thread keeps running while the test waits.
class Client
{
public:
    explicit Client(quint16 port)
    {
        QObject::connect(&m_socket, &QTcpSocket::readyRead, [this] { readFrames(); });
        m_socket.connectToHost(QHostAddress::LocalHost, port);
    }

    // Waits until `count` frames arrived or the timeout passed.
    QList<StreamFrame> frames(int count, int timeoutMs = 5000)
    {
        static_cast<void>(QTest::qWaitFor([&] { return m_frames.size() >= count; }, timeoutMs));
        return m_frames;
    }

private:
    void readFrames()
    {
        m_reader.append(m_socket.readAll());
        StreamFrame frame;
        QString error;
        while (m_reader.next(&frame, &error) == FrameReader::Status::Frame)
            m_frames.append(frame);
    }

    QTcpSocket m_socket;
    FrameReader m_reader{MaxEnvelopeBytes};
    QList<StreamFrame> m_frames;
};

} // namespace

class TestStreamServerPublisher : public QObject
{
    Q_OBJECT

private slots:
    void invalidUrlRejected_data();
    void invalidUrlRejected();
    void snapshotBeforeLiveFrames();
    void snapshotKeepsNewestSample();
    void slowClientDisconnected();
};

void TestStreamServerPublisher::invalidUrlRejected_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tls without cert") << "tls://127.0.0.1:0"
                                      << "missing cert or key";
    QTest::newRow("cert over tcp") << "tcp://127.0.0.1:0?cert=/a&key=/b"
                                   << "need tls://";
    QTest::newRow("host name") << "tcp://localhost:0"
                               << "invalid listen address 'localhost'";
    QTest::newRow("missing cert file") << "tls://127.0.0.1:0?cert=/nonexistent.pem&key=/k"
                                       << "cannot read cert file /nonexistent.pem";
}

void TestStreamServerPublisher::invalidUrlRejected()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    StreamServerPublisher server(url);
    QString error;
    QVERIFY(!server.open(&error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestStreamServerPublisher::snapshotBeforeLiveFrames()
{
    StreamServerPublisher server(QStringLiteral("tcp://127.0.0.1:0"));
    QString error;
    QVERIFY2(server.open(&error), qPrintable(error));

    // A batch of two samples, an alert and a heartbeat: the batch is kept per sample, the
    // heartbeat is not kept.
    pb::Envelope batch = header(1);
    addSample(&batch, "760", SentAtMs, 100);
    addSample(&batch, "761", SentAtMs, 110);
    pb::Envelope alert = header(2);
    alert.mutable_alert()->set_id("backlog-760");
    alert.mutable_alert()->set_severity("warning");
    pb::Envelope heartbeat = header(3);
    heartbeat.mutable_heartbeat();
    for (const pb::Envelope &envelope : {batch, alert, heartbeat})
        QVERIFY2(server.publish(serialize(envelope), &error), qPrintable(error));
    QCOMPARE(server.snapshotSize(), 3);

    QSignalSpy connected(&server, &StreamServerPublisher::clientConnected);
    Client client(server.serverPort());
    QVERIFY(connected.wait(5000));
    pb::Envelope live = header(4);
    addSample(&live, "762", SentAtMs, 120);
    QVERIFY2(server.publish(serialize(live), &error), qPrintable(error));

    const QList<StreamFrame> frames = client.frames(4);
    QCOMPARE(frames.size(), 4);
    for (int i = 0; i < 3; ++i)
        QVERIFY(frames[i].snapshot);
    QVERIFY(!frames[3].snapshot);
    QCOMPARE(frames[3].envelope, serialize(live));

    pb::Envelope last;
    QVERIFY(last.ParseFromArray(frames[2].envelope.constData(),
                                static_cast<int>(frames[2].envelope.size())));
    QCOMPARE(last.body_case(), pb::Envelope::kAlert);
    QSet<std::string> units;
    for (int i = 0; i < 2; ++i) {
        pb::Envelope single;
        QVERIFY(single.ParseFromArray(frames[i].envelope.constData(),
                                      static_cast<int>(frames[i].envelope.size())));
        QCOMPARE(single.kpi_batch().samples_size(), 1);
        QCOMPARE(single.sequence(), 1u);
        units.insert(single.kpi_batch().samples(0).unit());
    }
    QCOMPARE(units, (QSet<std::string>{"760", "761"}));
}

void TestStreamServerPublisher::snapshotKeepsNewestSample()
{
    StreamServerPublisher server(QStringLiteral("tcp://127.0.0.1:0"));
    QString error;
    QVERIFY2(server.open(&error), qPrintable(error));
    pb::Envelope newer = header(1);
    addSample(&newer, "760", SentAtMs, 150);
    pb::Envelope older = header(2);
    addSample(&older, "760", SentAtMs - 60000, 90);
    QVERIFY2(server.publish(serialize(newer), &error), qPrintable(error));
    QVERIFY2(server.publish(serialize(older), &error), qPrintable(error));
    QCOMPARE(server.snapshotSize(), 1);

    Client client(server.serverPort());
    const QList<StreamFrame> frames = client.frames(1);
    QCOMPARE(frames.size(), 1);
    QCOMPARE(frames[0].envelope, serialize(newer));
}

void TestStreamServerPublisher::slowClientDisconnected()
{
    StreamServerPublisher server(QStringLiteral("tcp://127.0.0.1:0"));
    server.setMaxClientBufferBytes(256 * 1024);
    QString error;
    QVERIFY2(server.open(&error), qPrintable(error));
    QSignalSpy connected(&server, &StreamServerPublisher::clientConnected);
    QSignalSpy disconnected(&server, &StreamServerPublisher::clientDisconnected);

    // The client reads nothing: its socket buffer stays at one byte, so the kernel buffers
    // fill and the server's unsent data grows.
    QTcpSocket client;
    client.setReadBufferSize(1);
    client.connectToHost(QHostAddress::LocalHost, server.serverPort());
    QVERIFY(connected.wait(5000));

    const QByteArray padding(64 * 1024, 'p');
    int published = 0;
    while (server.clientCount() > 0 && published < 4000) {
        // 64 KiB of 'p' parses as an envelope of unknown fields with no body, so it fills the
        // pipe quickly and is not kept for the snapshot.
        QVERIFY2(server.publish(padding, &error), qPrintable(error));
        ++published;
        QCoreApplication::processEvents();
    }
    QCOMPARE(server.clientCount(), 0);
    QCOMPARE(disconnected.size(), 1);
    QCOMPARE(server.snapshotSize(), 0);
}

QTEST_GUILESS_MAIN(TestStreamServerPublisher)
#include "test_stream_server_publisher.moc"
