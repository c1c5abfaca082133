#include "core/indicator_catalog.h"
#include "feed/envelope_decoder.h"
#include "feed/feed_hub.h"
#include "feed/portal_reader.h"
#include "feed/portal_source.h"
#include "support/http_test_server.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using soc::ConnectionState;
using soc::DecodedEnvelope;
using soc::DecodeResult;
using soc::EnvelopeDecoder;
using soc::FeedSource;
using soc::IndicatorCatalog;
using soc::Period;
using soc::PortalReader;
using soc::PortalSource;
using soc::PortalSourceOptions;
using soc::Sample;
using soc::test::HttpTestServer;

Q_DECLARE_METATYPE(soc::FeedSource::State)

namespace {

const QString ApiPath = QStringLiteral("/api/v1/reporting/evaluation");
const QByteArray PathPrefix = "/api/v1/reporting/evaluation/";
constexpr int WaitMs = 15000;

QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("SOC_SOURCE_DIR") + QStringLiteral("/tests/feed/data/portal/") +
               name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

HttpTestServer::Reply answerWith(const QByteArray &body)
{
    return {HttpTestServer::Behavior::Answer, 201, "Created", body};
}

HttpTestServer::Reply behaving(HttpTestServer::Behavior behavior)
{
    HttpTestServer::Reply reply;
    reply.behavior = behavior;
    return reply;
}

// Every group returns a small response of the test province T01.
void serveAllGroups(HttpTestServer *server)
{
    server->setReply(PathPrefix + "dvc-progress-tree", answerWith(fixture("tree-timeliness.json")));
    server->setReply(PathPrefix + "provide-online-tree",
                     answerWith(fixture("tree-online-services.json")));
    server->setReply(PathPrefix + "formality-online-payment-tree",
                     answerWith(fixture("tree-payment.json")));
    server->setReply(PathPrefix + "dossier-digitized",
                     answerWith(fixture("overview-digitized.json")));
    server->setReply(PathPrefix + "transparency",
                     answerWith(fixture("overview-transparency.json")));
    server->setReply(PathPrefix + "handling-satisfaction",
                     answerWith(fixture("overview-satisfaction.json")));
}

// A source of one quarter on the test server. `intervalMs` and `timeoutMs` bypass the URL's
// limits, so that a test runs several polls in a second.
std::unique_ptr<PortalSource> makeSource(const HttpTestServer &server, int intervalMs = 60000,
                                         int timeoutMs = 5000)
{
    const QString url = server.baseUrl() + ApiPath + QStringLiteral("?root=root-id&period=2026-Q3");
    PortalSourceOptions options;
    QString error;
    if (!PortalSource::parseUrl(url, &options, &error))
        qFatal("%s", qPrintable(error));
    options.intervalMs = intervalMs;
    options.timeoutMs = timeoutMs;
    return std::make_unique<PortalSource>(url, options);
}

QVector<DecodedEnvelope> decodeAll(const QSignalSpy &spy)
{
    static const IndicatorCatalog indicators = IndicatorCatalog::builtIn();
    const EnvelopeDecoder decoder(indicators);
    QVector<DecodedEnvelope> envelopes;
    for (const QList<QVariant> &arguments : spy) {
        const DecodeResult result = decoder.decode(arguments.at(0).toByteArray());
        if (!result.ok)
            qWarning("undecodable envelope: %s", qPrintable(result.error));
        envelopes.append(result.envelope);
    }
    return envelopes;
}

const Sample *findSample(const QVector<DecodedEnvelope> &envelopes, const QString &unit,
                         const QString &indicator)
{
    for (const DecodedEnvelope &envelope : envelopes) {
        for (const Sample &sample : envelope.samples) {
            if (sample.unit == unit && sample.indicator == indicator)
                return &sample;
        }
    }
    return nullptr;
}

QStringList rejectionReasons(const QSignalSpy &spy)
{
    QStringList reasons;
    for (const QList<QVariant> &arguments : spy)
        reasons.append(arguments.at(1).toString());
    return reasons;
}

bool anyContains(const QStringList &texts, const QString &part)
{
    for (const QString &text : texts) {
        if (text.contains(part))
            return true;
    }
    return false;
}

// Waits until a rejection whose reason contains `part` has arrived.
bool waitForRejection(QSignalSpy *spy, const QString &part)
{
    while (!anyContains(rejectionReasons(*spy), part)) {
        if (!spy->wait(WaitMs))
            return false;
    }
    return true;
}

} // namespace

class TestPortalSource : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseUrlAccepts_data();
    void parseUrlAccepts();
    void parseUrlRejects_data();
    void parseUrlRejects();
    void hubCreatesPortalSource();
    void requestPayloads();
    void pollDeliversCatalogAndSamples();
    void satisfactionIdsMappedToCodes();
    void sequencesContinueAcrossPolls();
    void currentPeriodsWithoutPeriod();
    void furtherPagesRequested();
    void httpErrorReportedAndRecovered_data();
    void httpErrorReportedAndRecovered();
    void silentServerTimesOut();
    void badBodyReported_data();
    void badBodyReported();
    void oversizeReplyRejected_data();
    void oversizeReplyRejected();
    void serverClosedReported();
    void connectionDroppedReported();
    void untrustedCertificateRejected();
    void stopDuringRequest();
};

void TestPortalSource::initTestCase()
{
    qRegisterMetaType<soc::FeedSource::State>();
}

void TestPortalSource::parseUrlAccepts_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QStringList>("periods");
    QTest::addColumn<int>("intervalSeconds");
    QTest::addColumn<int>("timeoutSeconds");

    QTest::newRow("defaults") << "https://dichvucong.gov.vn/api/v1/reporting/evaluation?root=abc-1"
                              << "https://dichvucong.gov.vn/api/v1/reporting/evaluation"
                              << QStringList() << 900 << 30;
    QTest::newRow("all options")
        << "http://127.0.0.1:8080/api/v1/reporting/evaluation/?root=r&period=2026-08,2026-Q3,2026"
           "&interval=10&timeout=1"
        << "http://127.0.0.1:8080/api/v1/reporting/evaluation"
        << QStringList{"2026-08", "2026-Q3", "2026"} << 10 << 1;
}

void TestPortalSource::parseUrlAccepts()
{
    QFETCH(QString, url);
    QFETCH(QString, base);
    QFETCH(QStringList, periods);
    QFETCH(int, intervalSeconds);
    QFETCH(int, timeoutSeconds);

    PortalSourceOptions options;
    QString error;
    QVERIFY2(PortalSource::parseUrl(url, &options, &error), qPrintable(error));
    QCOMPARE(options.baseUrl.toString(), base);
    QStringList parsedPeriods;
    for (const Period &period : std::as_const(options.periods))
        parsedPeriods.append(period.toString());
    QCOMPARE(parsedPeriods, periods);
    QCOMPARE(options.intervalMs, intervalSeconds * 1000);
    QCOMPARE(options.timeoutMs, timeoutSeconds * 1000);
}

void TestPortalSource::parseUrlRejects_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected");

    const QString base = QStringLiteral("https://portal.example/api/v1/reporting/evaluation");
    QTest::newRow("missing root") << base << "missing root";
    QTest::newRow("bad root") << base + "?root=a%20b"
                              << "invalid root 'a b'";
    QTest::newRow("no path") << "https://portal.example/?root=r"
                             << "missing path";
    QTest::newRow("credentials") << "https://user:secret@portal.example/api?root=r"
                                 << "user name or password";
    QTest::newRow("day period") << base + "?root=r&period=2026-08-01"
                                << "invalid period '2026-08-01'";
    QTest::newRow("bad period") << base + "?root=r&period=2026-Q5"
                                << "invalid period '2026-Q5'";
    QTest::newRow("short interval") << base + "?root=r&interval=5"
                                    << "invalid interval '5'";
    QTest::newRow("text interval") << base + "?root=r&interval=often"
                                   << "invalid interval 'often'";
    // The percent-encoded comma must not be taken for a placeholder of the message.
    QTest::newRow("encoded URL") << base + "?root=r&period=2026%2C2026-Q3&interval=5"
                                 << "2026%2C2026-Q3&interval=5'; give whole seconds from 10 to "
                                    "604800";
    QTest::newRow("zero timeout") << base + "?root=r&timeout=0"
                                  << "invalid timeout '0'";
    QTest::newRow("unknown option") << base + "?root=r&page=2"
                                    << "unknown option 'page'";
    QTest::newRow("repeated option") << base + "?root=r&root=s"
                                     << "option 'root' given more";
    QTest::newRow("empty option") << base + "?root=r&period="
                                  << "empty value of option 'period'";
}

void TestPortalSource::parseUrlRejects()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    PortalSourceOptions options;
    QString error;
    QVERIFY(!PortalSource::parseUrl(url, &options, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error));
}

void TestPortalSource::hubCreatesPortalSource()
{
    QString error;
    std::unique_ptr<FeedSource> source(soc::FeedHub::createSource(
        QStringLiteral("http://127.0.0.1:9/api/v1/reporting/evaluation?root=r"), {}, &error));
    QVERIFY2(source, qPrintable(error));
    QVERIFY(qobject_cast<PortalSource *>(source.get()));

    source.reset(soc::FeedHub::createSource(
        QStringLiteral("http://127.0.0.1:9/api/v1/reporting/evaluation"), {}, &error));
    QVERIFY(!source);
    QVERIFY2(error.contains(QLatin1String("missing root")), qPrintable(error));
}

void TestPortalSource::requestPayloads()
{
    const QJsonObject month = PortalSource::requestPayload(
        QStringLiteral("transparency"), Period::month(2026, 8), QStringLiteral("r"), 1);
    QCOMPARE(month.value("timeType").toString(), QStringLiteral("month"));
    QCOMPARE(month.value("year").toInt(), 2026);
    QCOMPARE(month.value("month").toInt(), 8);
    QCOMPARE(month.value("rootDepartmentId").toString(), QStringLiteral("r"));
    QCOMPARE(month.value("currentPage").toInt(), 1);
    QCOMPARE(month.value("pageSize").toInt(), PortalSource::PageSize);
    QCOMPARE(PortalReader::periodOfPayload(month), Period::month(2026, 8));

    const QJsonObject quarter = PortalSource::requestPayload(
        QStringLiteral("dvc-progress-tree"), Period::quarter(2026, 3), QStringLiteral("r"), 2);
    QCOMPARE(quarter.value("timeType").toString(), QStringLiteral("quarter"));
    QCOMPARE(quarter.value("quarter").toInt(), 3);
    QCOMPARE(quarter.value("currentPage").toInt(), 2);
    QCOMPARE(PortalReader::periodOfPayload(quarter), Period::quarter(2026, 3));

    const QJsonObject satisfaction = PortalSource::requestPayload(
        QStringLiteral("handling-satisfaction"), Period::quarter(2026, 3), QStringLiteral("r"), 1);
    QVERIFY(!satisfaction.contains("timeType"));
    QCOMPARE(satisfaction.value("fromDate").toString(), QStringLiteral("2026-07-01"));
    QCOMPARE(satisfaction.value("toDate").toString(), QStringLiteral("2026-09-30"));
    QCOMPARE(PortalReader::periodOfPayload(satisfaction), Period::quarter(2026, 3));

    const QVector<Period> current = PortalSource::periodsContaining(QDate(2026, 12, 4));
    QCOMPARE(current, (QVector<Period>{Period::month(2026, 12), Period::quarter(2026, 4),
                                       Period::year(2026)}));
}

void TestPortalSource::pollDeliversCatalogAndSamples()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    serveAllGroups(&server);
    auto source = makeSource(server);
    QSignalSpy envelopes(source.get(), &FeedSource::envelopeReceived);
    QSignalSpy rejections(source.get(), &FeedSource::messageRejected);
    QSignalSpy polls(source.get(), &PortalSource::pollFinished);
    QSignalSpy states(source.get(), &FeedSource::stateChanged);

    const qint64 startedAtMs = QDateTime::currentMSecsSinceEpoch();
    source->start();
    QCOMPARE(source->state(), ConnectionState::Connecting);
    QVERIFY(polls.wait(WaitMs));
    const qint64 finishedAtMs = QDateTime::currentMSecsSinceEpoch();

    QCOMPARE(polls.first().at(0).toInt(), 6);
    QCOMPARE(polls.first().at(1).toInt(), 6);
    QVERIFY2(rejections.isEmpty(), qPrintable(rejectionReasons(rejections).join('\n')));
    QCOMPARE(source->state(), ConnectionState::Connected);
    QCOMPARE(states.last().at(0).value<FeedSource::State>(), ConnectionState::Connected);

    // The tree groups go first, and every request names the quarter of the URL.
    const QVector<HttpTestServer::Request> requests = server.requests();
    QCOMPARE(requests.size(), 6);
    QCOMPARE(requests.at(0).path, PathPrefix + "dvc-progress-tree");
    QCOMPARE(requests.at(1).path, PathPrefix + "provide-online-tree");
    QCOMPARE(requests.at(2).path, PathPrefix + "formality-online-payment-tree");
    for (const HttpTestServer::Request &request : requests) {
        QCOMPARE(request.method, QByteArray("POST"));
        QVERIFY(request.contentType.startsWith("application/json"));
        const QJsonObject payload = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(payload.value("rootDepartmentId").toString(), QStringLiteral("root-id"));
        QCOMPARE(PortalReader::periodOfPayload(payload), Period::quarter(2026, 3));
    }

    const QVector<DecodedEnvelope> decoded = decodeAll(envelopes);
    QVERIFY(!decoded.isEmpty());
    QCOMPARE(decoded.first().body, DecodedEnvelope::Body::UnitCatalog);
    QStringList codes;
    for (const soc::Unit &unit : decoded.first().units)
        codes.append(unit.code);
    QCOMPARE(codes, (QStringList{"T01", "T01.01", "T01.101", "T01.102"}));
    for (const QList<QVariant> &arguments : std::as_const(envelopes))
        QCOMPARE(arguments.at(1).toString(), QStringLiteral("dvcqg"));

    const Sample *onTime = findSample(decoded, QStringLiteral("T01"), QStringLiteral("on_time"));
    QVERIFY(onTime);
    QCOMPARE(onTime->numerator, 270.0);
    QCOMPARE(onTime->denominator, 300.0);
    QCOMPARE(onTime->period, Period::quarter(2026, 3));
    QVERIFY(onTime->observedAtMs >= startedAtMs);
    QVERIFY(onTime->observedAtMs <= finishedAtMs);

    const Sample *eResult =
        findSample(decoded, QStringLiteral("T01.01"), QStringLiteral("e_result"));
    QVERIFY(eResult);
    QCOMPARE(eResult->numerator, 40.0);
    QCOMPARE(eResult->denominator, 80.0);
    const Sample *payment =
        findSample(decoded, QStringLiteral("T01"), QStringLiteral("online_payment"));
    QVERIFY(payment);
    QCOMPARE(payment->numerator, 80.0);
    QCOMPARE(payment->denominator, 100.0);
    const Sample *services =
        findSample(decoded, QStringLiteral("T01.01"), QStringLiteral("score_online_services"));
    QVERIFY(services);
    QCOMPARE(services->value, 6.0);

    for (int i = 0; i < decoded.size(); ++i) {
        QCOMPARE(decoded.at(i).source, QStringLiteral("dvcqg"));
        QCOMPARE(decoded.at(i).sequence, quint64(i + 1));
    }
    source->stop();
    QCOMPARE(source->state(), ConnectionState::Stopped);
}

void TestPortalSource::satisfactionIdsMappedToCodes()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    serveAllGroups(&server);
    auto source = makeSource(server);
    QSignalSpy envelopes(source.get(), &FeedSource::envelopeReceived);
    QSignalSpy polls(source.get(), &PortalSource::pollFinished);
    source->start();
    QVERIFY(polls.wait(WaitMs));

    // Satisfaction and transparency rows carry only department ids; the tree response of the
    // same poll maps root-id to T01 and dept-a to T01.01.
    const QVector<DecodedEnvelope> decoded = decodeAll(envelopes);
    const Sample *petitions =
        findSample(decoded, QStringLiteral("T01.01"), QStringLiteral("petition_satisfaction"));
    QVERIFY(petitions);
    QCOMPARE(petitions->numerator, 1.0);
    QCOMPARE(petitions->denominator, 2.0);
    const Sample *dossiers =
        findSample(decoded, QStringLiteral("T01"), QStringLiteral("satisfaction"));
    QVERIFY(dossiers);
    QCOMPARE(dossiers->numerator, 290.0);
    const Sample *published =
        findSample(decoded, QStringLiteral("T01.01"), QStringLiteral("publish_on_time"));
    QVERIFY(published);
    QCOMPARE(published->numerator, 10.0);
    QVERIFY(!findSample(decoded, QStringLiteral("dept-a"), QStringLiteral("satisfaction")));
    QVERIFY(!findSample(decoded, QStringLiteral("root-id"), QStringLiteral("satisfaction")));
    // An id that no tree response lists stays an id, as the reader documents.
    QVERIFY(findSample(decoded, QStringLiteral("unmapped-id"), QStringLiteral("satisfaction")));
}

void TestPortalSource::sequencesContinueAcrossPolls()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    serveAllGroups(&server);
    auto source = makeSource(server, 300);
    QSignalSpy envelopes(source.get(), &FeedSource::envelopeReceived);
    QSignalSpy polls(source.get(), &PortalSource::pollFinished);
    source->start();
    while (polls.count() < 2)
        QVERIFY(polls.wait(WaitMs));
    source->stop();

    QVERIFY(server.requests().size() >= 12);
    const QVector<DecodedEnvelope> decoded = decodeAll(envelopes);
    QVERIFY(decoded.size() >= 2 * 6);
    for (int i = 0; i < decoded.size(); ++i)
        QCOMPARE(decoded.at(i).sequence, quint64(i + 1));
    // The second poll is observed later than the first.
    QVERIFY(decoded.last().sentAtMs > decoded.first().sentAtMs);
}

void TestPortalSource::currentPeriodsWithoutPeriod()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    serveAllGroups(&server);
    const QString url = server.baseUrl() + ApiPath + QStringLiteral("?root=root-id");
    PortalSourceOptions options;
    QString error;
    QVERIFY2(PortalSource::parseUrl(url, &options, &error), qPrintable(error));
    QVERIFY(options.periods.isEmpty());
    PortalSource source(url, options);
    QSignalSpy polls(&source, &PortalSource::pollFinished);
    source.start();
    QVERIFY(polls.wait(WaitMs));

    // Six groups for each of the month, quarter and year of today in Vietnam (UTC+7).
    QCOMPARE(polls.first().at(1).toInt(), 18);
    const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
    const QVector<Period> expected = PortalSource::periodsContaining(today);
    const QVector<HttpTestServer::Request> trees =
        server.requestsTo(PathPrefix + "dvc-progress-tree");
    QCOMPARE(trees.size(), 3);
    for (int i = 0; i < trees.size(); ++i) {
        const QJsonObject payload = QJsonDocument::fromJson(trees.at(i).body).object();
        QCOMPARE(PortalReader::periodOfPayload(payload), expected.at(i));
    }
    // Every tree request goes before the first request of another group.
    QCOMPARE(server.requests().at(8).path, PathPrefix + "formality-online-payment-tree");
    QCOMPARE(server.requests().at(9).path, PathPrefix + "dossier-digitized");
}

void TestPortalSource::furtherPagesRequested()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    serveAllGroups(&server);
    QByteArray first = fixture("overview-transparency.json");
    first.replace("\"totalPages\":1", "\"totalPages\":2");
    QByteArray second = fixture("overview-transparency.json");
    second.replace("\"departmentId\":\"dept-a\"", "\"departmentId\":\"ward-b\"");
    second.replace("\"currentPage\":1", "\"currentPage\":2");
    server.setReplies(PathPrefix + "transparency", {answerWith(first), answerWith(second)});
    auto source = makeSource(server);
    QSignalSpy envelopes(source.get(), &FeedSource::envelopeReceived);
    QSignalSpy polls(source.get(), &PortalSource::pollFinished);
    source->start();
    QVERIFY(polls.wait(WaitMs));

    QCOMPARE(polls.first().at(0).toInt(), 7);
    QCOMPARE(polls.first().at(1).toInt(), 7);
    const QVector<HttpTestServer::Request> pages = server.requestsTo(PathPrefix + "transparency");
    QCOMPARE(pages.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(pages.at(0).body).object().value("currentPage").toInt(), 1);
    QCOMPARE(QJsonDocument::fromJson(pages.at(1).body).object().value("currentPage").toInt(), 2);
    // The second page's row is a ward that the tree response mapped to T01.101.
    const QVector<DecodedEnvelope> decoded = decodeAll(envelopes);
    QVERIFY(findSample(decoded, QStringLiteral("T01.01"), QStringLiteral("publish_on_time")));
    QVERIFY(findSample(decoded, QStringLiteral("T01.101"), QStringLiteral("publish_on_time")));
}

void TestPortalSource::httpErrorReportedAndRecovered_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("500") << 500 << QByteArray("Internal Server Error");
    QTest::newRow("404") << 404 << QByteArray("Not Found");
}

void TestPortalSource::httpErrorReportedAndRecovered()
{
    QFETCH(int, status);
    QFETCH(QByteArray, reason);
    HttpTestServer server;
    QVERIFY(server.listen());
    serveAllGroups(&server);
    server.setReply(PathPrefix + "transparency",
                    {HttpTestServer::Behavior::Answer, status, reason, "{}"});
    auto source = makeSource(server);
    QSignalSpy envelopes(source.get(), &FeedSource::envelopeReceived);
    QSignalSpy rejections(source.get(), &FeedSource::messageRejected);
    QSignalSpy polls(source.get(), &PortalSource::pollFinished);
    QSignalSpy states(source.get(), &FeedSource::stateChanged);
    source->start();
    QVERIFY(polls.wait(WaitMs));

    const QString expected =
        QStringLiteral("HTTP %1 %2").arg(status).arg(QString::fromLatin1(reason));
    QVERIFY(!rejections.isEmpty());
    const QString rejection = rejections.first().at(1).toString();
    QVERIFY2(rejection.contains(expected), qPrintable(rejection));
    QVERIFY2(rejection.contains(server.baseUrl() + ApiPath + "/transparency"),
             qPrintable(rejection));
    QCOMPARE(rejections.first().at(0).toString(), QStringLiteral("dvcqg"));
    QCOMPARE(polls.first().at(0).toInt(), 5);
    // The other groups responded, so the source is connected, and the detail names the error.
    QCOMPARE(source->state(), ConnectionState::Connected);
    QVERIFY2(states.last().at(1).toString().contains(expected),
             qPrintable(states.last().at(1).toString()));
    QVERIFY(!findSample(decodeAll(envelopes), QStringLiteral("T01"),
                        QStringLiteral("publish_on_time")));

    // The server responds again: the retry delivers the missing group in the same poll.
    server.setReply(PathPrefix + "transparency", answerWith(fixture("overview-transparency.json")));
    while (
        !findSample(decodeAll(envelopes), QStringLiteral("T01"), QStringLiteral("publish_on_time")))
        QVERIFY(envelopes.wait(WaitMs));
    QVERIFY(server.requestsTo(PathPrefix + "transparency").size() >= 2);
    QCOMPARE(source->state(), ConnectionState::Connected);
    QVERIFY2(states.last().at(1).toString().contains(QLatin1String("All 6")),
             qPrintable(states.last().at(1).toString()));
}

void TestPortalSource::silentServerTimesOut()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    serveAllGroups(&server);
    server.setReply(PathPrefix + "provide-online-tree",
                    behaving(HttpTestServer::Behavior::NoAnswer));

    // timeout=1 through the URL, as a user would give it.
    const QString url =
        server.baseUrl() + ApiPath + QStringLiteral("?root=root-id&period=2026-Q3&timeout=1");
    PortalSourceOptions options;
    QString error;
    QVERIFY2(PortalSource::parseUrl(url, &options, &error), qPrintable(error));
    PortalSource source(url, options);
    QSignalSpy rejections(&source, &FeedSource::messageRejected);
    QSignalSpy polls(&source, &PortalSource::pollFinished);
    source.start();
    QVERIFY(polls.wait(WaitMs));

    QCOMPARE(polls.first().at(0).toInt(), 5);
    QVERIFY(waitForRejection(&rejections, QStringLiteral("timed out")));
    const QStringList reasons = rejectionReasons(rejections);
    QVERIFY2(anyContains(reasons, QStringLiteral("provide-online-tree (2026-Q3): timed out, no "
                                                 "data for 1")),
             qPrintable(reasons.join('\n')));
    QCOMPARE(source.state(), ConnectionState::Connected);
}

void TestPortalSource::badBodyReported_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("malformed") << "malformed.json"
                               << "invalid JSON at byte 62 (line 2, column 49)";
    QTest::newRow("truncated") << "truncated.json"
                               << "invalid JSON at byte 96 (line 1, column 97)";
    QTest::newRow("portal error") << "portal-error.json"
                                  << "the portal answered code 'ERR_RATE_LIMIT': Too many requests";
}

void TestPortalSource::badBodyReported()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    HttpTestServer server;
    QVERIFY(server.listen());
    serveAllGroups(&server);
    server.setReply(PathPrefix + "dossier-digitized", answerWith(fixture(file)));
    auto source = makeSource(server);
    QSignalSpy rejections(source.get(), &FeedSource::messageRejected);
    QSignalSpy polls(source.get(), &PortalSource::pollFinished);
    QSignalSpy states(source.get(), &FeedSource::stateChanged);
    source->start();
    QVERIFY(polls.wait(WaitMs));

    QCOMPARE(polls.first().at(0).toInt(), 5);
    QVERIFY(!rejections.isEmpty());
    const QString reason = rejections.first().at(1).toString();
    QVERIFY2(reason.contains(expected), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("dossier-digitized (2026-Q3)")), qPrintable(reason));
    QVERIFY2(states.last().at(1).toString().contains(expected),
             qPrintable(states.last().at(1).toString()));
}

void TestPortalSource::oversizeReplyRejected_data()
{
    QTest::addColumn<int>("behavior");
    QTest::newRow("announced length")
        << static_cast<int>(HttpTestServer::Behavior::AnnounceOversize);
    QTest::newRow("streamed without length")
        << static_cast<int>(HttpTestServer::Behavior::StreamOversize);
}

void TestPortalSource::oversizeReplyRejected()
{
    QFETCH(int, behavior);
    HttpTestServer server;
    QVERIFY(server.listen());
    serveAllGroups(&server);
    server.setOversizeBytes(PortalReader::MaxResponseBytes + 1);
    server.setReply(PathPrefix + "transparency",
                    behaving(static_cast<HttpTestServer::Behavior>(behavior)));
    auto source = makeSource(server);
    QSignalSpy rejections(source.get(), &FeedSource::messageRejected);
    QSignalSpy polls(source.get(), &PortalSource::pollFinished);
    source->start();
    QVERIFY(polls.wait(WaitMs));

    QCOMPARE(polls.first().at(0).toInt(), 5);
    QVERIFY(!rejections.isEmpty());
    const QString reason = rejections.first().at(1).toString();
    QVERIFY2(reason.contains(QStringLiteral("transparency (2026-Q3): the reply is larger than the "
                                            "limit of %1 bytes")
                                 .arg(PortalReader::MaxResponseBytes)),
             qPrintable(reason));
}

void TestPortalSource::serverClosedReported()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    serveAllGroups(&server);
    auto source = makeSource(server, 500);
    QSignalSpy rejections(source.get(), &FeedSource::messageRejected);
    QSignalSpy polls(source.get(), &PortalSource::pollFinished);
    QSignalSpy states(source.get(), &FeedSource::stateChanged);
    source->start();
    QVERIFY(polls.wait(WaitMs));
    QCOMPARE(source->state(), ConnectionState::Connected);

    server.stop();
    while (source->state() != ConnectionState::Failed)
        QVERIFY(states.wait(WaitMs));
    QVERIFY(!rejections.isEmpty());
    const QString reason = rejections.last().at(1).toString();
    QVERIFY2(reason.contains(QLatin1String("refused")), qPrintable(reason));
    QVERIFY2(states.last().at(1).toString().contains(QLatin1String("None of 6")),
             qPrintable(states.last().at(1).toString()));

    // The server is back on the same port: the next poll connects again.
    QVERIFY(server.listen());
    while (source->state() != ConnectionState::Connected)
        QVERIFY(states.wait(WaitMs));
}

void TestPortalSource::connectionDroppedReported()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    serveAllGroups(&server);
    server.setReply(PathPrefix + "handling-satisfaction",
                    behaving(HttpTestServer::Behavior::Close));
    auto source = makeSource(server);
    QSignalSpy rejections(source.get(), &FeedSource::messageRejected);
    QSignalSpy polls(source.get(), &PortalSource::pollFinished);
    source->start();
    QVERIFY(polls.wait(WaitMs));

    QCOMPARE(polls.first().at(0).toInt(), 5);
    QVERIFY(!rejections.isEmpty());
    const QString reason = rejections.first().at(1).toString();
    QVERIFY2(reason.contains(QLatin1String("handling-satisfaction (2026-Q3): ")),
             qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("closed")), qPrintable(reason));
}

void TestPortalSource::untrustedCertificateRejected()
{
    // A server with a self-signed certificate that no system CA vouches for.
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    QProcess openssl;
    openssl.setWorkingDirectory(folder.path());
    openssl.start(QStringLiteral("openssl"),
                  {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out",
                   "cert.pem", "-days", "1", "-subj", "/CN=127.0.0.1", "-addext",
                   "subjectAltName=IP:127.0.0.1"});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile certificateFile(folder.filePath("cert.pem"));
    QFile keyFile(folder.filePath("key.pem"));
    QVERIFY(certificateFile.open(QIODevice::ReadOnly));
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(QSslCertificate(certificateFile.readAll(), QSsl::Pem));
    configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
    QSslServer server;
    server.setSslConfiguration(configuration);
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    int requestBytes = 0;
    connect(&server, &QSslServer::pendingConnectionAvailable, &server, [&server, &requestBytes] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, socket,
                    [socket, &requestBytes] { requestBytes += socket->readAll().size(); });
    });

    const QString url = QStringLiteral("https://127.0.0.1:%1%2?root=r&period=2026-Q3")
                            .arg(QString::number(server.serverPort()), ApiPath);
    PortalSourceOptions options;
    QString error;
    QVERIFY2(PortalSource::parseUrl(url, &options, &error), qPrintable(error));
    PortalSource source(url, options);
    QSignalSpy envelopes(&source, &FeedSource::envelopeReceived);
    QSignalSpy rejections(&source, &FeedSource::messageRejected);
    QSignalSpy polls(&source, &PortalSource::pollFinished);
    source.start();
    QVERIFY(polls.wait(WaitMs));

    QCOMPARE(polls.first().at(0).toInt(), 0);
    QCOMPARE(source.state(), ConnectionState::Failed);
    QVERIFY(envelopes.isEmpty());
    QVERIFY(!rejections.isEmpty());
    const QString reason = rejections.first().at(1).toString();
    QVERIFY2(reason.contains(QLatin1String("dvc-progress-tree (2026-Q3): SSL handshake failed")),
             qPrintable(reason));
    // The request body never left the client.
    QCOMPARE(requestBytes, 0);
}

void TestPortalSource::stopDuringRequest()
{
    HttpTestServer server;
    QVERIFY(server.listen());
    serveAllGroups(&server);
    server.setReply(PathPrefix + "dvc-progress-tree", behaving(HttpTestServer::Behavior::NoAnswer));
    auto source = makeSource(server, 300);
    QSignalSpy envelopes(source.get(), &FeedSource::envelopeReceived);
    QSignalSpy rejections(source.get(), &FeedSource::messageRejected);
    source->start();
    QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 1, WaitMs);

    // The request in flight is dropped without a rejection, and no poll follows.
    source->stop();
    QCOMPARE(source->state(), ConnectionState::Stopped);
    QTest::qWait(1000);
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(rejections.isEmpty());
    QVERIFY(envelopes.isEmpty());

    // A start after a stop polls again.
    server.setReply(PathPrefix + "dvc-progress-tree", answerWith(fixture("tree-timeliness.json")));
    QSignalSpy polls(source.get(), &PortalSource::pollFinished);
    source->start();
    QVERIFY(polls.wait(WaitMs));
    QCOMPARE(polls.first().at(0).toInt(), 6);
    source.reset();
}

QTEST_GUILESS_MAIN(TestPortalSource)
#include "test_portal_source.moc"
