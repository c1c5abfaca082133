#include "soc/feed/v1/envelope.pb.h"
#include "storage/recording.h"
#include "tools/stream_server_publisher.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

namespace pb = soc::feed::v1;

namespace {

constexpr qint64 StartMs = 1796353200000; // 2026-12-04T03:00:00Z

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Result runSocFeed(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(SOC_FEED_BINARY), arguments);
    process.waitForFinished(30000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QByteArray heartbeat(quint64 sequence, qint64 sentAtMs)
{
    pb::Envelope envelope;
    envelope.set_source("tthc");
    envelope.set_sequence(sequence);
    envelope.set_sent_at(sentAtMs);
    envelope.mutable_heartbeat();
    const std::string bytes = envelope.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

} // namespace

class TestRecordingCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonLinesRoundTrip();
    void stateHasDashboardShape();
    void inspectReportsDamage();
    void killedRecordingKeepsCommittedData();
    void overlongLineSkipped();
    void statePeriodWithoutFigures();
    void helpNamesSubcommand_data();
    void helpNamesSubcommand();

private:
    QTemporaryDir m_dir;
    QString m_jsonl;
    QString m_recording;
};

void TestRecordingCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_jsonl = m_dir.filePath(QStringLiteral("demo.jsonl"));
    m_recording = m_dir.filePath(QStringLiteral("demo.socrec"));
    const Result simulated =
        runSocFeed({QStringLiteral("simulate"), QStringLiteral("--to"), m_jsonl,
                    QStringLiteral("--duration"), QStringLiteral("900"), QStringLiteral("--start"),
                    QStringLiteral("2026-12-04T03:00:00Z")});
    QVERIFY2(simulated.exitCode == 0, simulated.err.constData());
    const Result imported =
        runSocFeed({QStringLiteral("import"), m_jsonl, QStringLiteral("--out"), m_recording});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
}

void TestRecordingCommands::jsonLinesRoundTrip()
{
    const QString exported = m_dir.filePath(QStringLiteral("exported.jsonl"));
    const Result result = runSocFeed(
        {QStringLiteral("export"), m_recording, QStringLiteral("--out"), exported});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QFile original(m_jsonl);
    QFile copy(exported);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QVERIFY(copy.open(QIODevice::ReadOnly));
    const QList<QByteArray> originalLines = original.readAll().split('\n');
    const QList<QByteArray> copiedLines = copy.readAll().split('\n');
    QVERIFY(originalLines.size() > 100);
    QCOMPARE(copiedLines.size(), originalLines.size());
    for (int i = 0; i < originalLines.size(); ++i)
        QCOMPARE(copiedLines.at(i), originalLines.at(i));

    const Result csv = runSocFeed({QStringLiteral("export"), m_recording,
                                   QStringLiteral("--format"), QStringLiteral("csv")});
    QCOMPARE(csv.exitCode, 0);
    QVERIFY(csv.out.startsWith("received_at,source,sequence,unit,indicator,period,observed_at,"));
    QVERIFY(csv.out.contains(",tthc,"));
}

void TestRecordingCommands::stateHasDashboardShape()
{
    const Result result = runSocFeed({QStringLiteral("state"), m_recording, QStringLiteral("--at"),
                                      QStringLiteral("2026-12-04T03:10:00Z")});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QJsonObject state = QJsonDocument::fromJson(result.out).object();
    QCOMPARE(state.value(QStringLiteral("at")).toString(),
             QStringLiteral("2026-12-04T03:10:00Z"));
    const QJsonObject own = state.value(QStringLiteral("units"))
                                .toObject()
                                .value(QStringLiteral("760"))
                                .toObject()
                                .value(QStringLiteral("e_result"))
                                .toObject();
    QVERIFY(own.value(QStringLiteral("value")).isDouble());
    const double percent = own.value(QStringLiteral("value")).toDouble();
    QVERIFY(percent > 0 && percent <= 100);
    QCOMPARE(percent, 100 * own.value(QStringLiteral("numerator")).toDouble() /
                          own.value(QStringLiteral("denominator")).toDouble());
    QCOMPARE(own.value(QStringLiteral("period")).toString(), QStringLiteral("2026-12"));
    QVERIFY(own.value(QStringLiteral("observed_at")).toString().endsWith(QLatin1Char('Z')));
    QCOMPARE(own.value(QStringLiteral("freshness")).toString(), QStringLiteral("on_time"));

    const QJsonObject city = state.value(QStringLiteral("aggregates"))
                                 .toObject()
                                 .value(QStringLiteral("79"))
                                 .toObject()
                                 .value(QStringLiteral("e_result"))
                                 .toObject();
    const QJsonObject coverage = city.value(QStringLiteral("coverage")).toObject();
    QCOMPARE(coverage.value(QStringLiteral("total")).toInt(), 22);
    QVERIFY(coverage.value(QStringLiteral("reporting")).toInt() > 0);
    QVERIFY(state.value(QStringLiteral("alerts")).isArray());
    const QJsonObject tthc =
        state.value(QStringLiteral("feeds")).toObject().value(QStringLiteral("tthc")).toObject();
    QVERIFY(tthc.value(QStringLiteral("received")).toInt() > 0);
    QCOMPARE(tthc.value(QStringLiteral("gaps")).toInt(), 0);
    QVERIFY(tthc.value(QStringLiteral("last_seen")).toString() <=
            QStringLiteral("2026-12-04T03:10:00Z"));
}

void TestRecordingCommands::inspectReportsDamage()
{
    const Result good = runSocFeed({QStringLiteral("inspect"), m_recording});
    QVERIFY2(good.exitCode == 0, good.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(good.out).object();
    QCOMPARE(summary.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    QVERIFY(summary.value(QStringLiteral("keyframes")).toInt() >= 2);
    QCOMPARE(summary.value(QStringLiteral("start")).toString(),
             QStringLiteral("2026-12-04T03:00:00Z"));

    const QString damaged = m_dir.filePath(QStringLiteral("damaged.socrec"));
    QVERIFY(QFile::copy(m_recording, damaged));
    QFile file(damaged);
    QVERIFY(file.resize(file.size() / 2));
    const Result bad = runSocFeed({QStringLiteral("inspect"), damaged});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(damaged.toUtf8()), bad.err.constData());
    QVERIFY(QJsonDocument::fromJson(bad.out).object().value(QStringLiteral("integrity")) !=
            QStringLiteral("ok"));
}

// A `soc-feed record` child killed with SIGKILL keeps every envelope that arrived more than a
// second before the kill.
void TestRecordingCommands::killedRecordingKeepsCommittedData()
{
    soc::StreamServerPublisher server(QStringLiteral("tcp://127.0.0.1:0"));
    QString error;
    QVERIFY2(server.open(&error), qPrintable(error));
    QSignalSpy connected(&server, &soc::StreamServerPublisher::clientConnected);

    const QString path = m_dir.filePath(QStringLiteral("killed.socrec"));
    QProcess recorder;
    recorder.start(QStringLiteral(SOC_FEED_BINARY),
                   {QStringLiteral("record"), QStringLiteral("--from"),
                    QStringLiteral("tcp://127.0.0.1:%1").arg(server.serverPort()),
                    QStringLiteral("--out"), path});
    QVERIFY(recorder.waitForStarted(5000));
    QVERIFY(connected.wait(10000));

    // One heartbeat every 10 ms; the sequence sent at each moment is kept to judge the file.
    QElapsedTimer clock;
    clock.start();
    QVector<qint64> sentAtElapsed{0}; // index: sequence
    QTimer sender;
    sender.setInterval(10);
    connect(&sender, &QTimer::timeout, &server, [&] {
        const quint64 sequence = static_cast<quint64>(sentAtElapsed.size());
        QString publishError;
        QVERIFY(server.publish(heartbeat(sequence, StartMs + clock.elapsed()), &publishError));
        sentAtElapsed.append(clock.elapsed());
    });
    sender.start();
    QTRY_VERIFY_WITH_TIMEOUT(sentAtElapsed.size() > 250, 20000); // 2.5 s of stream
    sender.stop();
    const qint64 killedAt = clock.elapsed();
    ::kill(static_cast<pid_t>(recorder.processId()), SIGKILL);
    QVERIFY(recorder.waitForFinished(5000));
    QCOMPARE(recorder.exitStatus(), QProcess::CrashExit);

    quint64 mustHave = 0; // the last sequence sent at least a second before the kill
    for (qsizetype sequence = 1; sequence < sentAtElapsed.size(); ++sequence) {
        if (sentAtElapsed.at(sequence) <= killedAt - 1000)
            mustHave = static_cast<quint64>(sequence);
    }
    QVERIFY(mustHave > 50);

    soc::RecordingReader reader;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    soc::RecordingSummary summary;
    QVERIFY2(reader.summarize(&summary, &error), qPrintable(error));
    const soc::RecordedSource tthc = summary.sources.value(QStringLiteral("tthc"));
    QCOMPARE(tthc.firstSequence, quint64(1));
    QCOMPARE(tthc.missing, quint64(0));
    QVERIFY2(tthc.lastSequence >= mustHave,
             qPrintable(QStringLiteral("recorded up to %1, sent %2 a second before the kill")
                            .arg(tthc.lastSequence)
                            .arg(mustHave)));
}

void TestRecordingCommands::overlongLineSkipped()
{
    // One line a little over the 16 MiB line limit between two valid lines: the import reads
    // it in two parts, skips both as invalid, and keeps the lines around it.
    const QString input = m_dir.filePath(QStringLiteral("overlong.jsonl"));
    {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"source":"tthc","sequence":"1","sentAt":"1796353200000","heartbeat":{}})"
                   "\n");
        file.write(QByteArray(16 * 1024 * 1024 + 100, 'x'));
        file.write("\n");
        file.write(R"({"source":"tthc","sequence":"2","sentAt":"1796353201000","heartbeat":{}})"
                   "\n");
    }
    const QString output = m_dir.filePath(QStringLiteral("overlong.socrec"));
    const Result result =
        runSocFeed({QStringLiteral("import"), input, QStringLiteral("--out"), output});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains("overlong.jsonl:2: invalid envelope"), result.err.constData());
    QVERIFY2(result.err.contains("imported 2 envelopes"), result.err.constData());
    QVERIFY2(result.err.contains("skipped 2 invalid lines"), result.err.constData());
}

void TestRecordingCommands::statePeriodWithoutFigures()
{
    const Result empty =
        runSocFeed({QStringLiteral("state"), m_recording, QStringLiteral("--period"),
                    QStringLiteral("2019")});
    QCOMPARE(empty.exitCode, 0);
    QVERIFY2(empty.err.contains("no unit of"), empty.err.constData());
    QVERIFY2(empty.err.contains("period 2019"), empty.err.constData());
    QVERIFY(QJsonDocument::fromJson(empty.out).isObject());

    const Result today =
        runSocFeed({QStringLiteral("state"), m_recording, QStringLiteral("--period"),
                    QStringLiteral("2026-12-04")});
    QCOMPARE(today.exitCode, 0);
    QVERIFY2(today.err.isEmpty(), today.err.constData());
}

void TestRecordingCommands::helpNamesSubcommand_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("usage");
    QTest::newRow("record") << "record" << "Usage: soc-feed record [options]\n";
    QTest::newRow("state") << "state" << "Usage: soc-feed state [options] FILE\n";
    QTest::newRow("serve") << "serve" << "Usage: soc-feed serve [options]\n";
}

void TestRecordingCommands::helpNamesSubcommand()
{
    QFETCH(QString, command);
    QFETCH(QString, usage);
    const Result result = runSocFeed({command, QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(usage.toUtf8()), result.out.constData());
    QVERIFY2(result.out.contains("--help"), result.out.constData());
}

QTEST_GUILESS_MAIN(TestRecordingCommands)
#include "test_recording_commands.moc"
