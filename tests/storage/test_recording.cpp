#include "feed/feed_worker.h"
#include "feed/recording_indexer.h"
#include "soc/feed/v1/envelope.pb.h"
#include "storage/recording.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace pb = soc::feed::v1;

using soc::FeedWorker;
using soc::RecordedEnvelope;
using soc::RecordingReader;
using soc::RecordingSummary;
using soc::RecordingWriter;

namespace {

constexpr qint64 StartMs = 1796353200000; // 2026-12-04T03:00:00Z

QByteArray ratioEnvelope(const std::string &source, quint64 sequence, double numerator)
{
    pb::Envelope envelope;
    envelope.set_source(source);
    envelope.set_sequence(sequence);
    envelope.set_sent_at(StartMs + static_cast<qint64>(sequence) * 1000);
    pb::Sample *sample = envelope.mutable_kpi_batch()->add_samples();
    sample->set_unit("760");
    sample->set_indicator("e_result");
    sample->set_period("2026-12");
    sample->set_observed_at(StartMs + static_cast<qint64>(sequence) * 1000);
    sample->set_numerator(numerator);
    sample->set_denominator(200);
    const std::string bytes = envelope.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

RecordedEnvelope recorded(qint64 receivedAtMs, const QByteArray &payload, bool snapshot = false,
                          const QString &hint = {})
{
    return RecordedEnvelope{0, receivedAtMs, hint, snapshot, payload, payload.size()};
}

// Writes the envelopes into a new recording with a feed indexer and waits for the last commit.
bool writeRecording(const QString &path, const QVector<RecordedEnvelope> &envelopes)
{
    RecordingWriter writer(path, std::make_unique<soc::FeedRecordingIndexer>());
    writer.setBlockWhenFull(true);
    writer.start();
    for (const RecordedEnvelope &envelope : envelopes)
        writer.append(envelope);
    return writer.stop();
}

// One envelope a second from tthc, sequences 1 to `count`, skipping those in `skipped`.
QVector<RecordedEnvelope> tthcSeries(int count, const QList<int> &skipped = {})
{
    QVector<RecordedEnvelope> envelopes;
    for (int sequence = 1; sequence <= count; ++sequence) {
        if (!skipped.contains(sequence))
            envelopes.append(recorded(StartMs + sequence * 1000LL,
                                      ratioEnvelope("tthc", sequence, 100 + sequence % 50)));
    }
    return envelopes;
}

// Feeds every envelope that the worker receives to the writer, as the dashboard's recorder does.
void recordFrom(FeedWorker *worker, RecordingWriter *writer)
{
    QObject::connect(worker, &FeedWorker::envelopeArrived, writer,
                     [writer](const QByteArray &payload, const QString &hint, qint64 atMs,
                              FeedWorker::Delivery delivery) {
                         writer->append({0, atMs, hint, delivery == FeedWorker::Delivery::Snapshot,
                                         payload, payload.size()});
                     },
                     Qt::DirectConnection);
}

// Lowers this process's file size limit (RLIMIT_FSIZE) until destroyed. SIGXFSZ is ignored
// meanwhile, so that a write beyond the limit fails with EFBIG instead of ending the process.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        m_previousHandler = std::signal(SIGXFSZ, SIG_IGN);
        if (getrlimit(RLIMIT_FSIZE, &m_previous) != 0)
            return;
        rlimit limited = m_previous;
        limited.rlim_cur = bytes;
        m_set = setrlimit(RLIMIT_FSIZE, &limited) == 0;
    }
    ~FileSizeLimit()
    {
        if (m_set)
            setrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, m_previousHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

    bool isSet() const { return m_set; }

private:
    rlimit m_previous{};
    void (*m_previousHandler)(int) = SIG_DFL;
    bool m_set = false;
};

// A valid KPI batch of about 16 kB from tthc: 400 samples for units outside the catalog.
QByteArray largeBatch(quint64 sequence)
{
    pb::Envelope envelope;
    envelope.set_source("tthc");
    envelope.set_sequence(sequence);
    envelope.set_sent_at(StartMs + static_cast<qint64>(sequence) * 1000);
    for (int i = 0; i < 400; ++i) {
        pb::Sample *sample = envelope.mutable_kpi_batch()->add_samples();
        sample->set_unit("unit-" + std::to_string(i));
        sample->set_indicator("e_result");
        sample->set_period("2026-12");
        sample->set_observed_at(StartMs + static_cast<qint64>(sequence) * 1000);
        sample->set_numerator(i);
        sample->set_denominator(1000);
    }
    const std::string bytes = envelope.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

quint64 receivedFrom(const FeedWorker &worker, const QString &source)
{
    return worker.buildState()->sources.value(source).received;
}

} // namespace

class TestRecording : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEveryField();
    void keyframesEveryFiveMinutes();
    void summaryCountsSourcesAndGaps();
    void timeRangeSelectsEnvelopes();
    void damagedFileGivesError_data();
    void damagedFileGivesError();
    void existingFileIsNotOverwritten();
    void unwritablePathReportsError();
    void fullDiskReportsError();
    void initialPictureIsFirstKeyframe();
    void fullDiskStopsRecording();
    void deletedFileStopsRecording();
};

void TestRecording::roundTripKeepsEveryField()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("round.socrec"));
    const QVector<RecordedEnvelope> written = {
        recorded(StartMs, ratioEnvelope("tthc", 1, 120), false, QStringLiteral("tthc")),
        recorded(StartMs + 10, QByteArray("\xff\x00 not protobuf", 16), false,
                 QStringLiteral("dkkd")),
        recorded(StartMs + 20, ratioEnvelope("tthc", 2, 130), true),
    };
    QVERIFY(writeRecording(path, written));

    RecordingReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QCOMPARE(reader.envelopeCount(), quint64(3));
    QCOMPARE(reader.firstReceivedMs(), StartMs);
    QCOMPARE(reader.lastReceivedMs(), StartMs + 20);

    QVector<RecordedEnvelope> read;
    QVERIFY(reader.forEachEnvelopeAfter(0, StartMs + 20, [&read](const RecordedEnvelope &e) {
        read.append(e);
        return true;
    }, &error));
    QCOMPARE(read.size(), written.size());
    for (int i = 0; i < read.size(); ++i) {
        QCOMPARE(read.at(i).id, qint64(i + 1));
        QCOMPARE(read.at(i).receivedAtMs, written.at(i).receivedAtMs);
        QCOMPARE(read.at(i).sourceHint, written.at(i).sourceHint);
        QCOMPARE(read.at(i).snapshot, written.at(i).snapshot);
        QCOMPARE(read.at(i).payload, written.at(i).payload);
    }
}

void TestRecording::keyframesEveryFiveMinutes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("keyframes.socrec"));
    QVERIFY(writeRecording(path, tthcSeries(20 * 60))); // 20 minutes, one a second

    RecordingReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    RecordingSummary summary;
    QVERIFY(reader.summarize(&summary, &error));
    QCOMPARE(summary.keyframes, quint64(4)); // at 03:05, 03:10, 03:15 and 03:20

    std::optional<soc::RecordingKeyframe> keyframe;
    QVERIFY(reader.keyframeAtOrBefore(StartMs + 12 * 60 * 1000, &keyframe, &error));
    QVERIFY(keyframe.has_value());
    QCOMPARE(keyframe->atMs, StartMs + 10 * 60 * 1000);
    QCOMPARE(keyframe->lastEnvelopeId, qint64(599)); // the envelope at 03:09:59

    FeedWorker worker;
    QVERIFY2(worker.restoreCheckpoint(keyframe->data, &error), qPrintable(error));
    QCOMPARE(worker.buildState(StartMs)->sources.value(QStringLiteral("tthc")).received,
             quint64(599));

    QVERIFY(reader.keyframeAtOrBefore(StartMs + 60 * 1000, &keyframe, &error));
    QVERIFY(!keyframe.has_value());
}

void TestRecording::summaryCountsSourcesAndGaps()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gaps.socrec"));
    QVector<RecordedEnvelope> envelopes = tthcSeries(30, {5, 6, 20});
    envelopes.append(recorded(StartMs + 40000, QByteArray("garbage")));
    QVERIFY(writeRecording(path, envelopes));

    RecordingReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    RecordingSummary summary;
    QVERIFY2(reader.summarize(&summary, &error), qPrintable(error));
    QCOMPARE(summary.envelopes, quint64(28));
    QCOMPARE(summary.unidentified, quint64(1));
    const soc::RecordedSource tthc = summary.sources.value(QStringLiteral("tthc"));
    QCOMPARE(tthc.envelopes, quint64(27));
    QCOMPARE(tthc.firstSequence, quint64(1));
    QCOMPARE(tthc.lastSequence, quint64(30));
    QCOMPARE(tthc.missing, quint64(3));
    QCOMPARE(tthc.gaps.size(), 2);
    QCOMPARE(tthc.gaps.at(0), std::make_pair(quint64(5), quint64(6)));
    QCOMPARE(tthc.gaps.at(1), std::make_pair(quint64(20), quint64(20)));
}

void TestRecording::timeRangeSelectsEnvelopes()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("range.socrec"));
    QVERIFY(writeRecording(path, tthcSeries(100)));

    RecordingReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QList<qint64> times;
    QVERIFY(reader.forEachEnvelope(StartMs + 10000, StartMs + 14000,
                                   [&times](const RecordedEnvelope &envelope) {
                                       times.append(envelope.receivedAtMs);
                                       return true;
                                   },
                                   &error));
    QCOMPARE(times, (QList<qint64>{StartMs + 10000, StartMs + 11000, StartMs + 12000,
                                   StartMs + 13000, StartMs + 14000}));
}

void TestRecording::damagedFileGivesError_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("not a database") << QStringLiteral("garbage");
    QTest::newRow("truncated to a third") << QStringLiteral("truncate");
    QTest::newRow("pages overwritten") << QStringLiteral("overwrite");
    QTest::newRow("empty file") << QStringLiteral("empty");
    QTest::newRow("missing file") << QStringLiteral("missing");
}

void TestRecording::damagedFileGivesError()
{
    QFETCH(QString, damage);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.socrec"));
    QVERIFY(writeRecording(path, tthcSeries(3000)));

    QFile file(path);
    if (damage == QLatin1String("garbage")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QByteArray(100000, 'x'));
    } else if (damage == QLatin1String("truncate")) {
        QVERIFY(file.resize(file.size() / 3));
    } else if (damage == QLatin1String("overwrite")) {
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 16 * 4096);
        file.seek(8 * 4096);
        file.write(QByteArray(6 * 4096, '\x5a'));
    } else if (damage == QLatin1String("empty")) {
        QVERIFY(file.resize(0));
    } else {
        QVERIFY(file.remove());
    }
    file.close();

    RecordingReader reader;
    QString error;
    bool readable = reader.open(path, &error);
    if (readable) {
        // Some damage passes quick_check; reading every envelope must then fail.
        RecordingSummary summary;
        readable = reader.summarize(&summary, &error) &&
                   reader.forEachEnvelope(0, std::numeric_limits<qint64>::max(),
                                          [](const RecordedEnvelope &) { return true; }, &error);
    }
    QVERIFY(!readable);
    QVERIFY2(error.contains(path), qPrintable(error));
}

void TestRecording::existingFileIsNotOverwritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.socrec"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();

    RecordingWriter writer(path, nullptr);
    QSignalSpy errors(&writer, &RecordingWriter::errorOccurred);
    writer.start();
    QVERIFY(errors.wait(5000));
    QVERIFY(errors.first().first().toString().contains(path));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("keep me"));
}

void TestRecording::unwritablePathReportsError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no-such-folder/live.socrec"));
    FeedWorker worker;
    RecordingWriter writer(path, std::make_unique<soc::FeedRecordingIndexer>());
    connect(&worker, &FeedWorker::envelopeArrived, &writer,
            [&writer](const QByteArray &payload, const QString &hint, qint64 atMs,
                      FeedWorker::Delivery delivery) {
                writer.append({0, atMs, hint, delivery == FeedWorker::Delivery::Snapshot,
                               payload, payload.size()});
            },
            Qt::DirectConnection);
    QSignalSpy errors(&writer, &RecordingWriter::errorOccurred);
    writer.start();
    worker.ingest(ratioEnvelope("tthc", 1, 110), {}, StartMs);
    QVERIFY(errors.wait(5000));
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(path),
             qPrintable(errors.first().first().toString()));
    QVERIFY(writer.hasFailed());

    // The live worker goes on without the recording.
    worker.ingest(ratioEnvelope("tthc", 2, 150), {}, StartMs + 1000);
    const soc::Sample *sample =
        worker.store().find(QStringLiteral("760"), QStringLiteral("e_result"),
                            soc::Period::parse(QStringLiteral("2026-12")));
    QVERIFY(sample);
    QCOMPARE(sample->numerator, 150.0);
    QCOMPARE(worker.buildState()->sources.value(QStringLiteral("tthc")).received, quint64(2));
    QVERIFY(!writer.append(recorded(StartMs + 2000, ratioEnvelope("tthc", 3, 160))));
    QVERIFY(!writer.stop());
}

void TestRecording::fullDiskReportsError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("full.socrec"));
    RecordingWriter writer(path, nullptr);
    QSignalSpy errors(&writer, &RecordingWriter::errorOccurred);
    const QByteArray payload(4096, 'x');
    {
        // A file size limit on this process replaces a full disk: writes beyond it fail
        // as they do on a full file system. Nothing else writes files while it is in force.
        const FileSizeLimit limit(256 * 1024);
        QVERIFY(limit.isSet());
        writer.start();
        for (int i = 0; i < 200; ++i)
            writer.append(recorded(StartMs + i, payload));
        QVERIFY(errors.wait(10000));
    }
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(path), qPrintable(message));
    // SQLite reports a write past the limit (EFBIG) as an I/O error and a full disk (ENOSPC)
    // as SQLITE_FULL. Either way the message states that recording stopped and why.
    QVERIFY2(message.contains(QLatin1String("stopped")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("disk is full")) ||
                 message.contains(QLatin1String("cannot be written")),
             qPrintable(message));
    QVERIFY(writer.hasFailed());
    QVERIFY(!writer.append(recorded(StartMs + 500, payload)));

    // What was committed before the limit stays readable.
    QVERIFY(!writer.stop());
    soc::RecordingReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
}

void TestRecording::initialPictureIsFirstKeyframe()
{
    FeedWorker live;
    live.ingest(ratioEnvelope("tthc", 1, 110), {}, StartMs);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("picture.socrec"));
    {
        RecordingWriter writer(path, std::make_unique<soc::FeedRecordingIndexer>());
        writer.setInitialPicture(StartMs + 1000, live.saveCheckpoint());
        writer.start();
        QVERIFY(writer.append(recorded(StartMs + 2000, ratioEnvelope("tthc", 2, 150))));
        QVERIFY(writer.stop());
    }
    soc::RecordingReader reader;
    QString error;
    QVERIFY2(reader.open(path, &error), qPrintable(error));
    QCOMPARE(reader.schemaVersion(), soc::recording::SchemaVersion);
    QCOMPARE(reader.envelopeCount(), quint64(1));
    std::optional<soc::RecordingKeyframe> keyframe;
    QVERIFY2(reader.keyframeAtOrBefore(StartMs + 2000, &keyframe, &error), qPrintable(error));
    QVERIFY(keyframe);
    QCOMPARE(keyframe->atMs, StartMs + 1000);
    QCOMPARE(keyframe->lastEnvelopeId, qint64(0));

    FeedWorker restored;
    QVERIFY2(restored.restoreCheckpoint(keyframe->data, &error), qPrintable(error));
    const soc::Sample *sample =
        restored.store().find(QStringLiteral("760"), QStringLiteral("e_result"),
                              soc::Period::parse(QStringLiteral("2026-12")));
    QVERIFY(sample);
    QCOMPARE(sample->numerator, 110.0);
}

void TestRecording::fullDiskStopsRecording()
{
    // The scenario needs a small filesystem. This process runs itself again, for this test
    // only, in a private user and mount namespace with a 256 kB tmpfs at SOC_TEST_SMALL_FS.
    const QString smallFolder = qEnvironmentVariable("SOC_TEST_SMALL_FS");
    if (smallFolder.isEmpty()) {
        QTemporaryDir mountPoint;
        QVERIFY(mountPoint.isValid());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("SOC_TEST_SMALL_FS"), mountPoint.path());
        QProcess child;
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::MergedChannels);
        const QString script = QStringLiteral(
            "mount -t tmpfs -o size=256k soc-test \"$SOC_TEST_SMALL_FS\" || exit 77; "
            "exec \"$0\" fullDiskStopsRecording");
        child.start(QStringLiteral("unshare"),
                    {QStringLiteral("--user"), QStringLiteral("--map-root-user"),
                     QStringLiteral("--mount"), QStringLiteral("sh"), QStringLiteral("-c"),
                     script, QCoreApplication::applicationFilePath()});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        if (child.exitCode() == 77 || output.contains("unshare failed"))
            QSKIP(qPrintable(QStringLiteral("cannot mount a small tmpfs here: %1")
                                 .arg(QString::fromLocal8Bit(output))));
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 output.constData());
        return;
    }

    const QString path = QDir(smallFolder).filePath(QStringLiteral("full.socrec"));
    FeedWorker worker;
    RecordingWriter writer(path, std::make_unique<soc::FeedRecordingIndexer>());
    recordFrom(&worker, &writer);
    QSignalSpy errors(&writer, &RecordingWriter::errorOccurred);
    writer.start();
    quint64 sequence = 0;
    for (int i = 0; i < 40 && errors.isEmpty(); ++i) {
        worker.ingest(largeBatch(++sequence), {}, StartMs + i * 10);
        QTest::qWait(RecordingWriter::CommitIntervalMs / 5);
    }
    QVERIFY(!errors.isEmpty() || errors.wait(5000));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("the disk is full")), qPrintable(message));
    QVERIFY(writer.hasFailed());

    // The live worker goes on without the recording.
    const quint64 before = receivedFrom(worker, QStringLiteral("tthc"));
    worker.ingest(ratioEnvelope("tthc", ++sequence, 150), {}, StartMs + 60000);
    QCOMPARE(receivedFrom(worker, QStringLiteral("tthc")), before + 1);
    QVERIFY(!writer.stop());
}

void TestRecording::deletedFileStopsRecording()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deleted.socrec"));
    FeedWorker worker;
    RecordingWriter writer(path, std::make_unique<soc::FeedRecordingIndexer>());
    recordFrom(&worker, &writer);
    QSignalSpy errors(&writer, &RecordingWriter::errorOccurred);
    writer.start();
    worker.ingest(ratioEnvelope("tthc", 1, 110), {}, StartMs);
    QTRY_COMPARE_WITH_TIMEOUT(writer.written(), quint64(1), 5000);

    // An operator or a clean-up job removes the file while the dashboard records into it.
    QVERIFY(QFile::remove(path));
    worker.ingest(ratioEnvelope("tthc", 2, 120), {}, StartMs + 1000);
    QVERIFY(errors.wait(5000));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().first().toString();
    QVERIFY2(message.contains(path), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("deleted")), qPrintable(message));
    QVERIFY(writer.hasFailed());
    QVERIFY(!writer.append(recorded(StartMs + 2000, ratioEnvelope("tthc", 3, 130))));

    // The live worker goes on, and the writer does not bring the file back.
    worker.ingest(ratioEnvelope("tthc", 4, 140), {}, StartMs + 3000);
    QCOMPARE(receivedFrom(worker, QStringLiteral("tthc")), quint64(3));
    QVERIFY(!writer.stop());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestRecording)
#include "test_recording.moc"
