#include "feed/demo_feed.h"
#include "feed/feed_worker.h"
#include "feed/mqtt_options.h"
#include "feed/mqtt_source.h"
#include "feed/mqtt_topics.h"
#include "support/mosquitto_broker.h"
#include "tools/mqtt_publisher.h"

#include "soc/feed/v1/envelope.pb.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

namespace pb = soc::feed::v1;

using namespace soc;
using soc::test::MosquittoBroker;

namespace {

constexpr int PublishTimeoutMs = 10000;

QByteArray serialize(const pb::Envelope &envelope)
{
    const std::string bytes = envelope.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

// A KPI envelope of source `source` with e_result samples for the given units.
QByteArray ratioEnvelope(const std::string &source, quint64 sequence,
                         const std::vector<std::string> &units, double numerator,
                         double denominator)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    pb::Envelope envelope;
    envelope.set_source(source);
    envelope.set_sequence(sequence);
    envelope.set_sent_at(now);
    for (const std::string &unit : units) {
        pb::Sample *sample = envelope.mutable_kpi_batch()->add_samples();
        sample->set_unit(unit);
        sample->set_indicator("e_result");
        sample->set_period(QDateTime::currentDateTimeUtc().toString("yyyy-MM").toStdString());
        sample->set_observed_at(now - 1000);
        sample->set_numerator(numerator);
        sample->set_denominator(denominator);
    }
    return serialize(envelope);
}

// A dashboard on the test thread: a FeedWorker with one MqttSource.
struct Dashboard
{
    explicit Dashboard(const QString &url)
    {
        QString error;
        source = MqttSource::create(url, nullptr, &error);
        if (!source)
            qFatal("MqttSource::create(%s) failed: %s", qPrintable(url), qPrintable(error));
        states = std::make_unique<QSignalSpy>(source, &FeedSource::stateChanged);
        worker.addSource(source);
        worker.start();
    }
    ~Dashboard() { worker.stop(); }

    SourceStatus status(const QString &id) const { return worker.buildState()->sources.value(id); }
    bool connected() const { return source->state() == FeedSource::State::Connected; }

    FeedWorker worker;
    MqttSource *source = nullptr; // owned by the worker
    std::unique_ptr<QSignalSpy> states;
};

bool publishAll(const QString &url, const std::vector<QByteArray> &envelopes, QString *error)
{
    MqttPublisher publisher(url);
    if (!publisher.open(error))
        return false;
    for (const QByteArray &envelope : envelopes) {
        if (!publisher.publish(envelope, error))
            return false;
    }
    return publisher.close(PublishTimeoutMs, error);
}

// Sends raw bytes with the mosquitto_pub client, as a foreign or broken publisher would.
bool sendRaw(const MosquittoBroker &broker, const QString &topic, const QByteArray &payload)
{
    const QString file = broker.path(QStringLiteral("raw-payload"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(payload) != payload.size())
        return false;
    out.close();
    QProcess process;
    process.start(QStringLiteral("mosquitto_pub"),
                  {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   QString::number(broker.port()), QStringLiteral("-q"), QStringLiteral("1"),
                   QStringLiteral("-t"), topic, QStringLiteral("-f"), file});
    return process.waitForFinished(5000) && process.exitCode() == 0;
}

quint64 unknownSampleCount(const SourceStatus &status)
{
    quint64 total = 0;
    for (const quint64 count : status.unknownUnits)
        total += count;
    return total;
}

QStringList capturedLog;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog.append(message);
}

} // namespace

class TestMqttSource : public QObject
{
    Q_OBJECT

private slots:
    void topicLevelEscapeRoundTrip_data();
    void topicLevelEscapeRoundTrip();
    void topicParse_data();
    void topicParse();
    void badUrlRejected_data();
    void badUrlRejected();
    void valuesEndToEnd();
    void retainedPictureOnConnect();
    void brokerRestartLosesNothing();
    void failoverBetweenClusterBrokers();
    void mqtt5Delivers();
    void tlsWithClientCertificate();
    void tlsWrongCaFails();
    void malformedMessagesCounted();
    void killedPublisherShownOffline();
    void credentialsNeverLogged();
    void readableConfigFileRejected();
};

void TestMqttSource::topicLevelEscapeRoundTrip_data()
{
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << "760"
                           << "760";
    QTest::newRow("slash") << "a/b"
                           << "a%2Fb";
    QTest::newRow("wildcards") << "+#"
                               << "%2B%23";
    QTest::newRow("percent") << "50%"
                             << "50%25";
    QTest::newRow("unicode") << "Quận 1"
                             << "Quận 1";
}

void TestMqttSource::topicLevelEscapeRoundTrip()
{
    QFETCH(QString, level);
    QFETCH(QString, escaped);
    QCOMPARE(mqtt_topics::escapeLevel(level), escaped);
    QString decoded;
    QVERIFY(mqtt_topics::unescapeLevel(escaped, &decoded));
    QCOMPARE(decoded, level);
}

void TestMqttSource::topicParse_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("source");
    using mqtt_topics::Kind;
    QTest::newRow("sample") << "soc/v1/tthc/kpi/760/e_result" << int(Kind::KpiSample) << "tthc";
    QTest::newRow("batch") << "soc/v1/tthc/kpi" << int(Kind::KpiBatch) << "tthc";
    QTest::newRow("catalog") << "soc/v1/tthc/catalog" << int(Kind::Catalog) << "tthc";
    QTest::newRow("alert") << "soc/v1/tthc/alert/a%2F1" << int(Kind::Alert) << "tthc";
    QTest::newRow("heartbeat") << "soc/v1/a%2Fb/heartbeat" << int(Kind::Heartbeat) << "a/b";
    QTest::newRow("state") << "soc/v1/tthc/state" << int(Kind::State) << "tthc";
    QTest::newRow("unknown subtopic") << "soc/v1/tthc/weather" << int(Kind::Invalid) << "tthc";
    QTest::newRow("source only") << "soc/v1/tthc" << int(Kind::Invalid) << "tthc";
    QTest::newRow("sample too deep") << "soc/v1/tthc/kpi/1/2/3" << int(Kind::Invalid) << "tthc";
    QTest::newRow("bad escape") << "soc/v1/a%zz/kpi" << int(Kind::Invalid) << "";
    QTest::newRow("other version") << "soc/v2/tthc/kpi" << int(Kind::Invalid) << "";
}

void TestMqttSource::topicParse()
{
    QFETCH(QString, topic);
    QFETCH(int, kind);
    QFETCH(QString, source);
    const mqtt_topics::Topic parsed = mqtt_topics::parse(topic);
    QCOMPARE(int(parsed.kind), kind);
    QCOMPARE(parsed.source, source);
    QCOMPARE(parsed.error.isEmpty(), kind != int(mqtt_topics::Kind::Invalid));
}

void TestMqttSource::badUrlRejected_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad port") << "mqtt://127.0.0.1:99999"
                              << "invalid broker port '99999'";
    QTest::newRow("no host") << "mqtt://:1883"
                             << "missing broker host";
    QTest::newRow("credentials") << "mqtt://user:pw@127.0.0.1:1883"
                                 << "SOC_MQTT_USERNAME";
    QTest::newRow("version") << "mqtt://127.0.0.1:1883?version=4"
                             << "invalid MQTT version '4'";
    QTest::newRow("unknown option") << "mqtt://127.0.0.1?qos=2"
                                    << "unknown MQTT option 'qos'";
    QTest::newRow("tls option on mqtt") << "mqtt://127.0.0.1?ca=x.pem"
                                        << "needs an mqtts:// URL";
    QTest::newRow("mqtts without ca") << "mqtts://127.0.0.1:8883"
                                      << "needs ca=FILE";
    QTest::newRow("missing ca file") << "mqtts://127.0.0.1?ca=/nonexistent.pem"
                                     << "'/nonexistent.pem' is missing";
    QTest::newRow("cert without key") << "mqtts://127.0.0.1?ca=system&cert=/etc/hostname"
                                      << "both cert=FILE and key=FILE";
    // No option turns broker certificate verification off.
    QTest::newRow("insecure") << "mqtts://127.0.0.1?ca=system&insecure=1"
                              << "unknown MQTT option 'insecure'";
    QTest::newRow("verify off") << "mqtts://127.0.0.1?ca=system&verify=0"
                                << "unknown MQTT option 'verify'";
}

void TestMqttSource::badUrlRejected()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QString error;
    MqttSource *source = MqttSource::create(url, nullptr, &error);
    QVERIFY(source == nullptr);
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestMqttSource::failoverBetweenClusterBrokers()
{
    // Two brokers of one "cluster"; the first listed is down when the dashboard starts.
    MosquittoBroker first;
    MosquittoBroker second;
    QString error;
    QVERIFY2(first.start(&error), qPrintable(error));
    QVERIFY2(second.start(&error), qPrintable(error));
    first.kill();
    const QString cluster = QStringLiteral("mqtt://127.0.0.1:%1,127.0.0.1:%2")
                                .arg(first.port())
                                .arg(second.port());
    Dashboard dashboard(cluster);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.connected(), 10000);
    QVERIFY2(publishAll(second.url(), {ratioEnvelope("cluster", 1, {"C01"}, 1, 2)}, &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(dashboard.status(QStringLiteral("cluster")).received, 1u, 5000);

    // The second broker dies and the first comes back: the dashboard moves over by itself.
    QVERIFY2(first.start(&error), qPrintable(error));
    second.kill();
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard.connected(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.connected(), 20000);
    QVERIFY2(publishAll(first.url(), {ratioEnvelope("cluster", 2, {"C02"}, 3, 4)}, &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(dashboard.status(QStringLiteral("cluster")).received, 2u, 5000);
    const DashboardStatePtr state = dashboard.worker.buildState();
    const UnitFigure *moved = state->figure(QStringLiteral("C02"), QStringLiteral("e_result"));
    QVERIFY(moved);
    QCOMPARE(moved->shown.value.value_or(-1), 75.0);
}

void TestMqttSource::valuesEndToEnd()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    Dashboard dashboard(broker.url());
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.connected(), 5000);

    // One sample goes to a retained per-indicator topic, two samples to the live batch topic.
    QVERIFY2(publishAll(broker.url(),
                        {ratioEnvelope("tthc", 1, {"760"}, 145, 200),
                         ratioEnvelope("tthc", 2, {"761", "762"}, 30, 40)},
                        &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(dashboard.status(QStringLiteral("tthc")).received, 2u, 5000);

    const DashboardStatePtr state = dashboard.worker.buildState();
    const UnitFigure *district = state->figure(QStringLiteral("760"), QStringLiteral("e_result"));
    QVERIFY(district);
    QCOMPARE(district->shown.numerator, 145.0);
    QCOMPARE(district->shown.denominator, 200.0);
    const UnitFigure *other = state->figure(QStringLiteral("762"), QStringLiteral("e_result"));
    QVERIFY(other);
    QCOMPARE(other->shown.value.value_or(-1), 75.0);
    const SourceStatus status = state->sources.value(QStringLiteral("tthc"));
    QCOMPARE(status.rejected, 0u);
    QCOMPARE(status.gaps, 0u);
    QCOMPARE(status.lastSequence, 2u);
    // A publisher that closes cleanly publishes offline on its state topic.
    QTRY_COMPARE_WITH_TIMEOUT(dashboard.status(QStringLiteral("tthc")).presence,
                              SourceStatus::Presence::Offline, 5000);
}

void TestMqttSource::retainedPictureOnConnect()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    DemoFeed feed;
    feed.setOneSamplePerEnvelope(true);
    QVERIFY2(publishAll(broker.url(), feed.picture(QDateTime::currentMSecsSinceEpoch()), &error),
             qPrintable(error));

    Dashboard dashboard(broker.url());
    const IndicatorCatalog indicators = IndicatorCatalog::builtIn();
    const QStringList districts = UnitCatalog::hcmcDistricts().children(QStringLiteral("79"));
    QCOMPARE(districts.size(), 22);
    auto missing = [&] {
        const DashboardStatePtr state = dashboard.worker.buildState();
        int count = 0;
        for (const QString &unit : districts) {
            for (const Indicator &indicator : indicators.indicators()) {
                if (!indicator.simulated)
                    continue;
                const UnitFigure *figure = state->figure(unit, indicator.id);
                count += figure && figure->shown.hasData() ? 0 : 1;
            }
        }
        return count;
    };
    QTRY_COMPARE_WITH_TIMEOUT(missing(), 0, 10000);

    // Retained messages are a picture, not a stream step: no gap is counted for them.
    const DashboardStatePtr state = dashboard.worker.buildState();
    QCOMPARE(state->sources.size(), feed.sourceIds().size());
    for (const SourceStatus &status : state->sources) {
        QCOMPARE(status.gaps, 0u);
        QCOMPARE(status.rejected, 0u);
    }
}

void TestMqttSource::brokerRestartLosesNothing()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    Dashboard dashboard(broker.url() + QStringLiteral("?client_id=restart-dashboard"));
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.connected(), 5000);

    MqttPublisher publisher(broker.url() + QStringLiteral("?client_id=restart-publisher"));
    QVERIFY2(publisher.open(&error), qPrintable(error));
    // Two samples per envelope, so every envelope is a live message on soc/v1/restart/kpi. Unit
    // codes are unique and outside the catalog, so the per-unit counts prove every sample.
    quint64 sequence = 0;
    auto publishSome = [&](int count) {
        for (int i = 0; i < count; ++i) {
            ++sequence;
            const std::string base = "R" + std::to_string(sequence);
            QVERIFY2(
                publisher.publish(
                    ratioEnvelope("restart", sequence, {base + "a", base + "b"}, 1, 2), &error),
                qPrintable(error));
        }
    };

    publishSome(100);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard.status(QStringLiteral("restart")).received, 100u, 5000);
    broker.kill();
    publishSome(100); // queued by the publisher while the broker is down
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard.connected(), 5000);
    QVERIFY2(broker.start(&error), qPrintable(error));
    publishSome(100);
    QVERIFY2(publisher.close(PublishTimeoutMs, &error), qPrintable(error));

    QTRY_COMPARE_WITH_TIMEOUT(dashboard.status(QStringLiteral("restart")).lastSequence, 300u,
                              10000);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.connected(), 5000);
    const SourceStatus status = dashboard.status(QStringLiteral("restart"));
    QCOMPARE(status.gaps, 0u);
    QCOMPARE(status.received, 300u);
    QCOMPARE(status.unknownUnits.size(), 600);
    QCOMPARE(unknownSampleCount(status), 600u);
}

void TestMqttSource::mqtt5Delivers()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    const QString url = broker.url() + QStringLiteral("?version=5&client_id=v5-dashboard");
    Dashboard dashboard(url);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.connected(), 5000);
    QVERIFY2(publishAll(broker.url() + QStringLiteral("?version=5"),
                        {ratioEnvelope("v5", 1, {"760"}, 9, 10)}, &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(dashboard.status(QStringLiteral("v5")).received, 1u, 5000);
    // Mosquitto logs the protocol of each client: p5 is MQTT 5, c0 a persistent session.
    QVERIFY2(broker.log().contains("as v5-dashboard (p5, c0"), broker.log().constData());
}

void TestMqttSource::tlsWithClientCertificate()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.enableTls(&error), qPrintable(error));
    QVERIFY2(broker.start(&error), qPrintable(error));
    const QString url =
        QStringLiteral("mqtts://127.0.0.1:%1?ca=%2&cert=%3&key=%4")
            .arg(broker.tlsPort())
            .arg(broker.path(QStringLiteral("ca.crt")), broker.path(QStringLiteral("client.crt")),
                 broker.path(QStringLiteral("client.key")));
    Dashboard dashboard(url);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.connected(), 5000);
    QVERIFY2(publishAll(url, {ratioEnvelope("secure", 1, {"760"}, 3, 4)}, &error),
             qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(dashboard.status(QStringLiteral("secure")).received, 1u, 5000);
    const UnitFigure *figure =
        dashboard.worker.buildState()->figure(QStringLiteral("760"), QStringLiteral("e_result"));
    QVERIFY(figure);
    QCOMPARE(figure->shown.numerator, 3.0);
    QCOMPARE(figure->shown.denominator, 4.0);
}

void TestMqttSource::tlsWrongCaFails()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.enableTls(&error), qPrintable(error));
    QVERIFY2(broker.start(&error), qPrintable(error));
    // Data is on the broker, but a dashboard that cannot verify the broker must not get it.
    QVERIFY2(publishAll(broker.url(), {ratioEnvelope("secure", 1, {"760"}, 3, 4)}, &error),
             qPrintable(error));

    const QString wrongCa = broker.path(QStringLiteral("other-ca.crt"));
    Dashboard dashboard(
        QStringLiteral("mqtts://127.0.0.1:%1?ca=%2").arg(broker.tlsPort()).arg(wrongCa));
    QTRY_COMPARE_WITH_TIMEOUT(dashboard.source->state(), FeedSource::State::Failed, 5000);

    const QString detail = dashboard.states->last().at(1).toString();
    QVERIFY2(detail.contains(wrongCa), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("secure connection failed")), qPrintable(detail));
    for (const QList<QVariant> &change : *dashboard.states)
        QVERIFY(change.first().value<FeedSource::State>() != FeedSource::State::Connected);
    QVERIFY(dashboard.worker.buildState()->sources.isEmpty());
}

void TestMqttSource::malformedMessagesCounted()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    Dashboard dashboard(broker.url());
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.connected(), 5000);

    const QString batchTopic = mqtt_topics::kpiBatch(QStringLiteral("bad"));
    QVERIFY(sendRaw(broker, batchTopic, ratioEnvelope("bad", 1, {"760", "761"}, 1, 4)));
    QVERIFY(sendRaw(broker, batchTopic, QByteArray("not a protobuf \xff\xff", 17)));
    QVERIFY(sendRaw(broker, QStringLiteral("soc/v1/bad/weather"),
                    ratioEnvelope("bad", 2, {"762", "763"}, 1, 1)));
    QVERIFY(sendRaw(broker, mqtt_topics::state(QStringLiteral("bad")), "maybe"));
    QVERIFY(sendRaw(broker, batchTopic, ratioEnvelope("bad", 2, {"764", "765"}, 3, 4)));

    QTRY_COMPARE_WITH_TIMEOUT(dashboard.status(QStringLiteral("bad")).received, 2u, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(dashboard.status(QStringLiteral("bad")).rejected, 3u, 5000);
    const DashboardStatePtr state = dashboard.worker.buildState();
    const SourceStatus status = state->sources.value(QStringLiteral("bad"));
    // The last rejection is the state payload, named with its topic rather than as a decoding
    // failure.
    QVERIFY2(status.lastRejection.contains(QStringLiteral("soc/v1/bad/state")),
             qPrintable(status.lastRejection));
    QVERIFY2(!status.lastRejection.contains(QStringLiteral("protobuf")),
             qPrintable(status.lastRejection));
    QCOMPARE(status.gaps, 0u);
    QVERIFY(state->figure(QStringLiteral("760"), QStringLiteral("e_result"))->shown.hasData());
    QVERIFY(state->figure(QStringLiteral("765"), QStringLiteral("e_result"))->shown.hasData());
    // The envelope on the unknown topic was not applied.
    const UnitFigure *ignored = state->figure(QStringLiteral("762"), QStringLiteral("e_result"));
    QVERIFY(!ignored || !ignored->shown.hasData());
}

void TestMqttSource::killedPublisherShownOffline()
{
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.start(&error), qPrintable(error));
    Dashboard dashboard(broker.url());
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.connected(), 5000);

    QProcess simulator;
    simulator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    simulator.start(QStringLiteral(SOC_FEED_BINARY),
                    {QStringLiteral("simulate"), QStringLiteral("--to"), broker.url(),
                     QStringLiteral("--rate"), QStringLiteral("100"), QStringLiteral("--seed"),
                     QStringLiteral("7")});
    QVERIFY(simulator.waitForStarted(5000));
    auto presence = [&] { return dashboard.status(QStringLiteral("tthc")).presence; };
    QTRY_COMPARE_WITH_TIMEOUT(presence(), SourceStatus::Presence::Online, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.status(QStringLiteral("tthc")).received > 10, 5000);

    simulator.kill();
    QVERIFY(simulator.waitForFinished(5000));
    QTRY_COMPARE_WITH_TIMEOUT(presence(), SourceStatus::Presence::Offline, 5000);
    QCOMPARE(dashboard.status(QStringLiteral("tthc")).rejected, 0u);
}

void TestMqttSource::credentialsNeverLogged()
{
    const QString user = QStringLiteral("soc-test-operator");
    const QString password = QStringLiteral("Pa55-w0rd-never-logged");
    const QString wrongPassword = QStringLiteral("Wr0ng-pa55-never-logged");
    MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.requirePassword(user, password, &error), qPrintable(error));
    QVERIFY2(broker.start(&error), qPrintable(error));

    capturedLog.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("soc.feed*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
    qputenv("SOC_MQTT_USERNAME", user.toUtf8());
    qputenv("SOC_MQTT_PASSWORD", password.toUtf8());
    auto good = std::make_unique<Dashboard>(broker.url() + QStringLiteral("?client_id=good"));
    qputenv("SOC_MQTT_PASSWORD", wrongPassword.toUtf8());
    auto bad = std::make_unique<Dashboard>(broker.url() + QStringLiteral("?client_id=bad"));
    qunsetenv("SOC_MQTT_USERNAME");
    qunsetenv("SOC_MQTT_PASSWORD");

    QTRY_VERIFY_WITH_TIMEOUT(good->connected(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(bad->source->state(), FeedSource::State::Failed, 5000);
    const QString refusal = bad->states->last().at(1).toString();
    good.reset();
    bad.reset();
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());

    QVERIFY2(refusal.contains(QStringLiteral("refused")), qPrintable(refusal));
    QVERIFY(!refusal.contains(wrongPassword));
    QVERIFY2(capturedLog.size() > 5, "the feed logged nothing, so the check would be empty");
    for (const QString &line : qAsConst(capturedLog)) {
        QVERIFY2(!line.contains(password), qPrintable(line));
        QVERIFY2(!line.contains(wrongPassword), qPrintable(line));
        QVERIFY2(!line.contains(user), qPrintable(line));
    }
}

void TestMqttSource::readableConfigFileRejected()
{
    QTemporaryDir config;
    QVERIFY(config.isValid());
    const QByteArray previous = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QVERIFY(QDir(config.path()).mkpath(QStringLiteral("soc-dashboard")));
    QFile file(mqttConfigFilePath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[mqtt]\nusername=from-file\npassword=file-secret-value\n");
    file.close();

    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    QString error;
    MqttOptions options;
    QVERIFY(!loadMqttCredentials(&options, &error));
    QVERIFY2(error.contains(QStringLiteral("chmod 600")), qPrintable(error));
    QVERIFY2(error.contains(file.fileName()), qPrintable(error));
    QVERIFY(!error.contains(QStringLiteral("file-secret-value")));
    QVERIFY(MqttSource::create(QStringLiteral("mqtt://127.0.0.1:1"), nullptr, &error) == nullptr);

    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QVERIFY2(loadMqttCredentials(&options, &error), qPrintable(error));
    QCOMPARE(options.username, QStringLiteral("from-file"));
    QCOMPARE(options.password, QStringLiteral("file-secret-value"));
    qputenv("XDG_CONFIG_HOME", previous);
}

QTEST_GUILESS_MAIN(TestMqttSource)
#include "test_mqtt_source.moc"
