#include "feed/demo_feed.h"
#include "feed/feed_worker.h"
#include "feed/frame_codec.h"
#include "feed/stream_source.h"
#include "soc/feed/v1/envelope.pb.h"
#include "tools/stream_server_publisher.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace pb = soc::feed::v1;

using soc::ConnectionState;
using soc::FeedWorker;
using soc::Period;
using soc::StreamServerPublisher;
using soc::StreamSource;
using soc::StreamSourceOptions;

namespace {

constexpr qint64 SentAtMs = 1796353200000; // 2026-12-04T03:00:00Z
constexpr int MaxEnvelopeBytes = 4 * 1024 * 1024;

QByteArray serialize(const pb::Envelope &envelope)
{
    const std::string bytes = envelope.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

// One e_result sample of a unit for December 2026, in an envelope of its own.
QByteArray ratioEnvelope(quint64 sequence, const std::string &unit, double numerator,
                         double denominator)
{
    pb::Envelope envelope;
    envelope.set_source("tthc");
    envelope.set_sequence(sequence);
    envelope.set_sent_at(SentAtMs + static_cast<qint64>(sequence));
    pb::Sample *sample = envelope.mutable_kpi_batch()->add_samples();
    sample->set_unit(unit);
    sample->set_indicator("e_result");
    sample->set_period("2026-12");
    sample->set_observed_at(SentAtMs + static_cast<qint64>(sequence));
    sample->set_numerator(numerator);
    sample->set_denominator(denominator);
    return serialize(envelope);
}

const soc::Sample *eResult(const FeedWorker &worker, const QString &unit)
{
    return worker.store().find(unit, QStringLiteral("e_result"),
                               Period::parse(QStringLiteral("2026-12")));
}

quint64 totalRejected(const FeedWorker &worker)
{
    quint64 rejected = 0;
    const soc::DashboardStatePtr state = worker.buildState();
    for (const soc::SourceStatus &status : state->sources)
        rejected += status.rejected;
    return rejected;
}

// Waits for the source to enter a state, looking at every state change since the spy was
// made. Returns the detail of the first match, or a null string on timeout.
QString waitForState(QSignalSpy &spy, ConnectionState expected, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (qsizetype checked = 0;;) {
        for (; checked < spy.size(); ++checked) {
            if (spy.at(checked).at(0).value<ConnectionState>() == expected) {
                const QString detail = spy.at(checked).at(1).toString();
                return detail.isNull() ? QStringLiteral("") : detail;
            }
        }
        if (deadline.hasExpired())
            return {};
        spy.wait(static_cast<int>(std::max<qint64>(1, deadline.remainingTime())));
    }
}

// Runs openssl with arguments in a folder; returns its error output on failure.
QString runOpenssl(const QString &folder, const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2 %3")
            .arg(arguments.join(QLatin1Char(' ')), process.errorString(),
                 QString::fromLocal8Bit(process.readAllStandardError()));
    return {};
}

} // namespace

class TestStreamSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void invalidUrlRejected_data();
    void invalidUrlRejected();
    void valuesEndToEnd();
    void snapshotCoversPicture();
    void reconnectsAfterServerRestart();
    void tlsWithClientCertificate();
    void tlsWrongCaFails();
    void halfOpenConnectionDropped();
    void oversizeFrameDropsConnection();
    void malformedEnvelopeCounted();

private:
    // Adds a stream source for `url` to the worker and starts it; nullptr on a bad URL.
    StreamSource *startSource(FeedWorker *worker, const QString &url);
    QString path(const QString &name) const { return m_certificates.filePath(name); }

    QTemporaryDir m_certificates;
};

void TestStreamSource::initTestCase()
{
    QVERIFY(m_certificates.isValid());
    const QString folder = m_certificates.path();
    QFile extensions(m_certificates.filePath(QStringLiteral("server.ext")));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n");
    extensions.close();
    QFile clientExtensions(m_certificates.filePath(QStringLiteral("client.ext")));
    QVERIFY(clientExtensions.open(QIODevice::WriteOnly));
    clientExtensions.write("extendedKeyUsage=clientAuth\n");
    clientExtensions.close();

    const auto selfSigned = [](const QString &name, const QString &subject) {
        return QStringList{QStringLiteral("req"),
                           QStringLiteral("-x509"),
                           QStringLiteral("-newkey"),
                           QStringLiteral("rsa:2048"),
                           QStringLiteral("-nodes"),
                           QStringLiteral("-keyout"),
                           name + QStringLiteral(".key"),
                           QStringLiteral("-out"),
                           name + QStringLiteral(".pem"),
                           QStringLiteral("-days"),
                           QStringLiteral("2"),
                           QStringLiteral("-subj"),
                           subject};
    };
    const auto signedBy = [](const QString &name, const QString &subject) {
        return QList<QStringList>{
            {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
             QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
             QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
             subject},
            {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
             name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
             QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
             name + QStringLiteral(".ext"), QStringLiteral("-out"), name + QStringLiteral(".pem")}};
    };

    QList<QStringList> commands = {
        selfSigned(QStringLiteral("ca"), QStringLiteral("/CN=SOC test CA")),
        selfSigned(QStringLiteral("other-ca"), QStringLiteral("/CN=Unrelated test CA"))};
    commands += signedBy(QStringLiteral("server"), QStringLiteral("/CN=127.0.0.1"));
    commands += signedBy(QStringLiteral("client"), QStringLiteral("/CN=soc-dashboard"));
    for (const QStringList &arguments : std::as_const(commands)) {
        const QString failure = runOpenssl(folder, arguments);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
}

StreamSource *TestStreamSource::startSource(FeedWorker *worker, const QString &url)
{
    StreamSourceOptions options;
    QString error;
    if (!StreamSource::parseUrl(url, &options, &error)) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    auto *source = new StreamSource(url, std::move(options));
    worker->addSource(source);
    worker->start();
    return source;
}

void TestStreamSource::invalidUrlRejected_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no port") << "tcp://127.0.0.1"
                             << "missing or invalid port";
    QTest::newRow("port zero") << "tcp://127.0.0.1:0"
                               << "missing or invalid port";
    QTest::newRow("unknown option") << "tcp://127.0.0.1:7070?colour=red"
                                    << "unknown option 'colour'";
    QTest::newRow("idle zero") << "tcp://127.0.0.1:7070?idle=0"
                               << "invalid idle '0'";
    QTest::newRow("idle text") << "tcp://127.0.0.1:7070?idle=soon"
                               << "invalid idle 'soon'";
    QTest::newRow("ca without tls") << "tcp://127.0.0.1:7070?ca=/x.pem"
                                    << "need tls://";
    QTest::newRow("cert without key") << "tls://127.0.0.1:7070?cert=/x.pem"
                                      << "both cert and key";
    QTest::newRow("missing ca file") << "tls://127.0.0.1:7070?ca=/nonexistent/ca.pem"
                                     << "cannot read ca file /nonexistent/ca.pem";
    QTest::newRow("path") << "tcp://127.0.0.1:7070/feed"
                          << "unexpected path '/feed'";
    // No option turns server certificate verification off.
    QTest::newRow("insecure") << "tls://127.0.0.1:7070?insecure=1"
                              << "unknown option 'insecure'";
    QTest::newRow("verify off") << "tls://127.0.0.1:7070?verify=none"
                                << "unknown option 'verify'";
}

void TestStreamSource::invalidUrlRejected()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    StreamSourceOptions options;
    QString error;
    QVERIFY(!StreamSource::parseUrl(url, &options, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestStreamSource::valuesEndToEnd()
{
    StreamServerPublisher server(QStringLiteral("tcp://127.0.0.1:0"));
    QString error;
    QVERIFY2(server.open(&error), qPrintable(error));
    QSignalSpy clients(&server, &StreamServerPublisher::clientConnected);

    FeedWorker worker;
    StreamSource *source =
        startSource(&worker, QStringLiteral("tcp://127.0.0.1:%1").arg(server.serverPort()));
    QVERIFY(source);
    QVERIFY(clients.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(source->state(), ConnectionState::Connected, 5000);

    QVERIFY2(server.publish(ratioEnvelope(7, "760", 145, 200), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(eResult(worker, QStringLiteral("760")) != nullptr, 5000);
    const soc::Sample *sample = eResult(worker, QStringLiteral("760"));
    QCOMPARE(sample->numerator, 145.0);
    QCOMPARE(sample->denominator, 200.0);

    // A live frame is a step of the source's sequence.
    const soc::SourceStatus status = worker.buildState()->sources.value(QStringLiteral("tthc"));
    QCOMPARE(status.received, 1u);
    QCOMPARE(status.lastSequence, 7u);
}

void TestStreamSource::snapshotCoversPicture()
{
    StreamServerPublisher server(QStringLiteral("tcp://127.0.0.1:0"));
    QString error;
    QVERIFY2(server.open(&error), qPrintable(error));
    // Published before any client connects: only the snapshot can deliver it.
    soc::DemoFeed demo(5);
    for (const QByteArray &envelope : demo.picture(SentAtMs))
        QVERIFY2(server.publish(envelope, &error), qPrintable(error));

    QStringList districts;
    const soc::UnitCatalog catalog = soc::UnitCatalog::hcmcDistricts();
    for (const soc::Unit &unit : catalog.units()) {
        if (unit.level == soc::UnitLevel::District)
            districts.append(unit.code);
    }
    // The demo simulates every indicator except those only the portal reports.
    const soc::IndicatorCatalog catalogIndicators = soc::IndicatorCatalog::builtIn();
    QVector<soc::Indicator> indicators;
    for (const soc::Indicator &indicator : catalogIndicators.indicators()) {
        if (indicator.simulated)
            indicators.append(indicator);
    }
    QCOMPARE(districts.size(), 22);
    QCOMPARE(indicators.size(), 20);

    FeedWorker worker;
    QVERIFY(startSource(&worker, QStringLiteral("tcp://127.0.0.1:%1").arg(server.serverPort())));
    QTRY_COMPARE_WITH_TIMEOUT(worker.store().size(), 22 * 20, 10000);
    for (const QString &unit : std::as_const(districts)) {
        for (const soc::Indicator &indicator : indicators)
            QVERIFY2(worker.store().latestPeriod(unit, indicator.id).has_value(),
                     qPrintable(unit + QLatin1Char('/') + indicator.id));
    }
    // Snapshot frames are applied without stepping any sequence.
    const soc::DashboardStatePtr state = worker.buildState();
    for (const soc::SourceStatus &status : state->sources) {
        QVERIFY(status.received > 0);
        QCOMPARE(status.lastSequence, 0u);
        QCOMPARE(status.gaps, 0u);
    }
}

void TestStreamSource::reconnectsAfterServerRestart()
{
    auto server = std::make_unique<StreamServerPublisher>(QStringLiteral("tcp://127.0.0.1:0"));
    QString error;
    QVERIFY2(server->open(&error), qPrintable(error));
    const quint16 port = server->serverPort();
    const QString url = QStringLiteral("tcp://127.0.0.1:%1").arg(port);

    FeedWorker worker;
    StreamSource *source = startSource(&worker, url);
    QVERIFY(source);
    QSignalSpy states(source, &StreamSource::stateChanged);
    QVERIFY(!waitForState(states, ConnectionState::Connected, 5000).isNull());
    QVERIFY2(server->publish(ratioEnvelope(1, "760", 100, 200), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(eResult(worker, QStringLiteral("760")) != nullptr, 5000);

    QVERIFY2(server->close(1000, &error), qPrintable(error));
    server.reset();
    const QString detail = waitForState(states, ConnectionState::Failed, 5000);
    QVERIFY2(detail.contains(QStringLiteral("closed the connection")), qPrintable(detail));

    states.clear();
    server = std::make_unique<StreamServerPublisher>(url);
    QSignalSpy clients(server.get(), &StreamServerPublisher::clientConnected);
    QVERIFY2(server->open(&error), qPrintable(error));
    QVERIFY(clients.wait(10000));
    QVERIFY(!waitForState(states, ConnectionState::Connected, 5000).isNull());
    QVERIFY2(server->publish(ratioEnvelope(2, "760", 150, 200), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(eResult(worker, QStringLiteral("760"))->numerator, 150.0, 5000);
}

void TestStreamSource::tlsWithClientCertificate()
{
    // The server requires a client certificate signed by the same CA.
    StreamServerPublisher server(QStringLiteral("tls://127.0.0.1:0?cert=%1&key=%2&ca=%3")
                                     .arg(path(QStringLiteral("server.pem")),
                                          path(QStringLiteral("server.key")),
                                          path(QStringLiteral("ca.pem"))));
    QString error;
    QVERIFY2(server.open(&error), qPrintable(error));
    QVERIFY2(server.publish(ratioEnvelope(3, "761", 120, 160), &error), qPrintable(error));

    FeedWorker worker;
    StreamSource *source = startSource(
        &worker, QStringLiteral("tls://127.0.0.1:%1?ca=%2&cert=%3&key=%4")
                     .arg(QString::number(server.serverPort()), path(QStringLiteral("ca.pem")),
                          path(QStringLiteral("client.pem")), path(QStringLiteral("client.key"))));
    QVERIFY(source);
    QSignalSpy states(source, &StreamSource::stateChanged);
    const QString detail = waitForState(states, ConnectionState::Connected, 10000);
    QVERIFY2(detail.contains(QStringLiteral("encrypted")), qPrintable(detail));
    QTRY_VERIFY_WITH_TIMEOUT(eResult(worker, QStringLiteral("761")) != nullptr, 5000);
    QCOMPARE(eResult(worker, QStringLiteral("761"))->numerator, 120.0);

    QVERIFY2(server.publish(ratioEnvelope(4, "761", 130, 160), &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(eResult(worker, QStringLiteral("761"))->numerator, 130.0, 5000);
}

void TestStreamSource::tlsWrongCaFails()
{
    StreamServerPublisher server(
        QStringLiteral("tls://127.0.0.1:0?cert=%1&key=%2")
            .arg(path(QStringLiteral("server.pem")), path(QStringLiteral("server.key"))));
    QString error;
    QVERIFY2(server.open(&error), qPrintable(error));
    QVERIFY2(server.publish(ratioEnvelope(5, "762", 10, 20), &error), qPrintable(error));

    FeedWorker worker;
    StreamSource *source = startSource(&worker, QStringLiteral("tls://127.0.0.1:%1?ca=%2")
                                                    .arg(QString::number(server.serverPort()),
                                                         path(QStringLiteral("other-ca.pem"))));
    QVERIFY(source);
    QSignalSpy states(source, &StreamSource::stateChanged);
    const QString detail = waitForState(states, ConnectionState::Failed, 10000);
    QVERIFY2(detail.contains(QStringLiteral("certificate of 127.0.0.1:")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("ca file")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("Reconnecting in")), qPrintable(detail));

    // Nothing from the untrusted server is applied, not even its snapshot.
    QTest::qWait(200);
    QCOMPARE(worker.store().size(), 0);
    QVERIFY(worker.buildState()->sources.isEmpty());
    for (const QList<QVariant> &change : std::as_const(states))
        QVERIFY(change.at(0).value<ConnectionState>() != ConnectionState::Connected);
}

void TestStreamSource::halfOpenConnectionDropped()
{
    // Accepts and then stays silent, as a peer behind a dead link would.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QSignalSpy connections(&silent, &QTcpServer::newConnection);

    FeedWorker worker;
    StreamSource *source =
        startSource(&worker, QStringLiteral("tcp://127.0.0.1:%1?idle=1").arg(silent.serverPort()));
    QVERIFY(source);
    QSignalSpy states(source, &StreamSource::stateChanged);
    QVERIFY(!waitForState(states, ConnectionState::Connected, 5000).isNull());
    QElapsedTimer clock;
    clock.start();

    const QString detail = waitForState(states, ConnectionState::Failed, 5000);
    QVERIFY2(detail.contains(QStringLiteral("No data from 127.0.0.1:")), qPrintable(detail));
    QVERIFY2(clock.elapsed() >= 900, qPrintable(QString::number(clock.elapsed())));

    // The source reconnects by itself.
    QTRY_VERIFY_WITH_TIMEOUT(connections.size() >= 2, 5000);
}

void TestStreamSource::oversizeFrameDropsConnection()
{
    // The first connection gets a header announcing one byte above the limit; the second a
    // valid frame.
    QTcpServer raw;
    QVERIFY(raw.listen(QHostAddress::LocalHost));
    int accepted = 0;
    connect(&raw, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = raw.nextPendingConnection();
        ++accepted;
        if (accepted == 1)
            socket->write(QByteArray::fromHex("00400001") + QByteArray(1024, 'x'));
        else
            socket->write(
                soc::encodeFrame(ratioEnvelope(9, "763", 40, 50), false, MaxEnvelopeBytes));
    });

    FeedWorker worker;
    StreamSource *source =
        startSource(&worker, QStringLiteral("tcp://127.0.0.1:%1").arg(raw.serverPort()));
    QVERIFY(source);
    QSignalSpy states(source, &StreamSource::stateChanged);
    const QString detail = waitForState(states, ConnectionState::Failed, 5000);
    QVERIFY2(detail.contains(QStringLiteral("protocol error 1")), qPrintable(detail));
    QCOMPARE(source->protocolErrors(), 1u);

    QTRY_VERIFY_WITH_TIMEOUT(eResult(worker, QStringLiteral("763")) != nullptr, 5000);
    QCOMPARE(accepted, 2);
    QCOMPARE(source->protocolErrors(), 1u);
    QCOMPARE(totalRejected(worker), 0u);
}

void TestStreamSource::malformedEnvelopeCounted()
{
    // A valid frame whose bytes are no envelope, between two good ones, in one write.
    QTcpServer raw;
    QVERIFY(raw.listen(QHostAddress::LocalHost));
    connect(&raw, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = raw.nextPendingConnection();
        socket->write(soc::encodeFrame(ratioEnvelope(1, "764", 1, 2), false, MaxEnvelopeBytes) +
                      soc::encodeFrame("\xff\xff\xff\xff not protobuf", false, MaxEnvelopeBytes) +
                      soc::encodeFrame(ratioEnvelope(2, "765", 3, 4), false, MaxEnvelopeBytes));
    });

    FeedWorker worker;
    StreamSource *source =
        startSource(&worker, QStringLiteral("tcp://127.0.0.1:%1").arg(raw.serverPort()));
    QVERIFY(source);
    QTRY_VERIFY_WITH_TIMEOUT(eResult(worker, QStringLiteral("765")) != nullptr, 5000);
    QVERIFY(eResult(worker, QStringLiteral("764")) != nullptr);
    QCOMPARE(totalRejected(worker), 1u);
    QCOMPARE(source->protocolErrors(), 0u);
    QCOMPARE(source->state(), ConnectionState::Connected);
}

QTEST_GUILESS_MAIN(TestStreamSource)
#include "test_stream_source.moc"
