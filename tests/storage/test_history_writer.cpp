#include "storage/history_writer.h"

#include "feed/feed_worker.h"

#include "soc/feed/v1/envelope.pb.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

namespace pb = soc::feed::v1;

using soc::FeedWorker;
using soc::HistoryError;
using soc::HistoryRetention;
using soc::HistoryStore;
using soc::HistoryWriter;
using soc::Period;
using soc::Sample;
using soc::TrendQuery;

namespace {

constexpr qint64 StartMs = 1796353200000; // 2026-12-04T03:00:00Z
constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 HourMs = 60 * MinuteMs;
constexpr qint64 DayMs = 24 * HourMs;
constexpr int WaitMs = 10000;

Sample ratio(qint64 observedAtMs, double numerator)
{
    Sample sample;
    sample.unit = QStringLiteral("760");
    sample.indicator = QStringLiteral("e_result");
    sample.period = Period::parse(QStringLiteral("2026-12"));
    sample.observedAtMs = observedAtMs;
    sample.hasRatio = true;
    sample.numerator = numerator;
    sample.denominator = 200;
    return sample;
}

TrendQuery eResult(qint64 fromMs, qint64 toMs)
{
    TrendQuery query;
    query.unit = QStringLiteral("760");
    query.indicator = QStringLiteral("e_result");
    query.fromMs = fromMs;
    query.toMs = toMs;
    return query;
}

QByteArray envelope(quint64 sequence, const QVector<std::pair<qint64, double>> &samples)
{
    pb::Envelope message;
    message.set_source("tthc");
    message.set_sequence(sequence);
    message.set_sent_at(StartMs + HourMs);
    for (const auto &[observedAtMs, numerator] : samples) {
        pb::Sample *sample = message.mutable_kpi_batch()->add_samples();
        sample->set_unit("760");
        sample->set_indicator("e_result");
        sample->set_period("2026-12");
        sample->set_observed_at(observedAtMs);
        sample->set_numerator(numerator);
        sample->set_denominator(200);
    }
    const std::string bytes = message.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

} // namespace

// Receives the writer's signals on the test thread, so that QSignalSpy records them there.
class WriterEvents : public QObject
{
    Q_OBJECT

signals:
    void opened(const QString &path);
    void batchWritten(int points, int inserted);
    void pruneFinished(int thinned, int deleted);
    void errorOccurred(const QString &message);
    void warningOccurred(const QString &message);
};

// A HistoryWriter on its own thread, as the dashboard runs it.
class WriterThread
{
public:
    explicit WriterThread(const QString &path) : m_writer(new HistoryWriter(path))
    {
        m_writer->setPruneIntervalMs(0);
        m_thread.setObjectName(QStringLiteral("soc.history"));
        QObject::connect(m_writer, &HistoryWriter::opened, &events, &WriterEvents::opened);
        QObject::connect(m_writer, &HistoryWriter::batchWritten, &events,
                         &WriterEvents::batchWritten);
        QObject::connect(m_writer, &HistoryWriter::pruneFinished, &events,
                         &WriterEvents::pruneFinished);
        QObject::connect(m_writer, &HistoryWriter::errorOccurred, &events,
                         &WriterEvents::errorOccurred);
        QObject::connect(m_writer, &HistoryWriter::warningOccurred, &events,
                         &WriterEvents::warningOccurred);
    }

    ~WriterThread()
    {
        if (m_thread.isRunning()) {
            QMetaObject::invokeMethod(m_writer, &HistoryWriter::close,
                                      Qt::BlockingQueuedConnection);
            m_thread.quit();
            m_thread.wait();
        } else {
            delete m_writer;
        }
    }

    // Configures the writer before its thread starts.
    HistoryWriter *writer() { return m_writer; }

    void start()
    {
        m_writer->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
        QObject::connect(&m_thread, &QThread::started, m_writer, &HistoryWriter::open);
        m_thread.start();
    }

    void append(const QVector<Sample> &samples)
    {
        HistoryWriter *writer = m_writer;
        QMetaObject::invokeMethod(writer, [writer, samples] { writer->append(samples); });
    }
    void flush() { QMetaObject::invokeMethod(m_writer, &HistoryWriter::flush); }
    void prune() { QMetaObject::invokeMethod(m_writer, &HistoryWriter::prune); }
    qint64 droppedPoints()
    {
        qint64 dropped = 0;
        HistoryWriter *writer = m_writer;
        QMetaObject::invokeMethod(
            writer, [writer, &dropped] { dropped = writer->droppedPoints(); },
            Qt::BlockingQueuedConnection);
        return dropped;
    }

    WriterEvents events;

private:
    QThread m_thread;
    HistoryWriter *m_writer; // moves to m_thread in start(), deleted there
};

class TestHistoryWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void writtenPointsComeBackInOrder();
    void sameSampleTwiceInsertsOnce();
    void fullBatchWrittenAtOnce();
    void trendSurvivesRestart();
    void retentionFollowsClock();
    void unwritableFolderReported();
    void corruptFileMovedAside();
    void feedWorkerHookFeedsHistory();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestHistoryWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(QStringLiteral("history.sqlite"));
}

void TestHistoryWriter::writtenPointsComeBackInOrder()
{
    WriterThread thread(m_path);
    QSignalSpy opened(&thread.events, &WriterEvents::opened);
    QSignalSpy written(&thread.events, &WriterEvents::batchWritten);
    thread.writer()->setFlushIntervalMs(50);
    thread.start();
    QVERIFY(opened.wait(WaitMs));
    QCOMPARE(opened.first().first().toString(), m_path);

    thread.append({ratio(StartMs + 2 * MinuteMs, 3), ratio(StartMs, 1)});
    thread.append({ratio(StartMs + MinuteMs, 2)});
    QVERIFY(written.wait(WaitMs));
    QCOMPARE(written.size(), 1); // both calls went into one batch
    QCOMPARE(written.first().at(0).toInt(), 3);
    QCOMPARE(written.first().at(1).toInt(), 3);

    HistoryStore reader;
    HistoryError error;
    QVERIFY2(reader.open(m_path, &error), qPrintable(error.detail));
    const QVector<Sample> points = reader.trend(eResult(StartMs, StartMs + HourMs), &error);
    QCOMPARE(points.size(), 3);
    QCOMPARE(points[0].observedAtMs, StartMs);
    QCOMPARE(points[1].observedAtMs, StartMs + MinuteMs);
    QCOMPARE(points[2].observedAtMs, StartMs + 2 * MinuteMs);
    QCOMPARE(points[2].numerator, 3.0);
}

void TestHistoryWriter::sameSampleTwiceInsertsOnce()
{
    WriterThread thread(m_path);
    QSignalSpy written(&thread.events, &WriterEvents::batchWritten);
    thread.writer()->setFlushIntervalMs(60000);
    thread.start();

    thread.append({ratio(StartMs, 1)});
    thread.flush();
    QVERIFY(written.wait(WaitMs));
    thread.append({ratio(StartMs, 1)});
    thread.flush();
    QVERIFY(written.size() == 2 || written.wait(WaitMs));
    QCOMPARE(written.at(0).at(1).toInt(), 1);
    QCOMPARE(written.at(1).at(1).toInt(), 0);
}

void TestHistoryWriter::fullBatchWrittenAtOnce()
{
    WriterThread thread(m_path);
    QSignalSpy written(&thread.events, &WriterEvents::batchWritten);
    thread.writer()->setFlushIntervalMs(60000); // longer than the wait below
    thread.writer()->setMaxBatchPoints(10);
    thread.start();

    QVector<Sample> batch;
    for (int minute = 0; minute < 10; ++minute)
        batch.append(ratio(StartMs + minute * MinuteMs, minute));
    thread.append(batch);
    QVERIFY(written.wait(WaitMs));
    QCOMPARE(written.first().at(1).toInt(), 10);
}

void TestHistoryWriter::trendSurvivesRestart()
{
    {
        WriterThread thread(m_path);
        QSignalSpy opened(&thread.events, &WriterEvents::opened);
        thread.start();
        QVERIFY(opened.wait(WaitMs));
        thread.append({ratio(StartMs, 1), ratio(StartMs + MinuteMs, 2)});
        // Closing writes what is pending, as the dashboard does when it quits.
    }
    WriterThread restarted(m_path);
    QSignalSpy opened(&restarted.events, &WriterEvents::opened);
    QSignalSpy written(&restarted.events, &WriterEvents::batchWritten);
    restarted.writer()->setFlushIntervalMs(50);
    restarted.start();
    QVERIFY(opened.wait(WaitMs));
    restarted.append({ratio(StartMs + 2 * MinuteMs, 3)});
    QVERIFY(written.wait(WaitMs));

    HistoryStore reader;
    HistoryError error;
    QVERIFY2(reader.open(m_path, &error), qPrintable(error.detail));
    QCOMPARE(reader.trend(eResult(StartMs, StartMs + HourMs), &error).size(), 3);
}

void TestHistoryWriter::retentionFollowsClock()
{
    std::atomic<qint64> nowMs{StartMs};
    WriterThread thread(m_path);
    QSignalSpy written(&thread.events, &WriterEvents::batchWritten);
    QSignalSpy pruned(&thread.events, &WriterEvents::pruneFinished);
    thread.writer()->setClock([&nowMs] { return nowMs.load(); });
    HistoryRetention retention;
    retention.rawDays = 1;
    retention.hourlyDays = 2;
    retention.dailyDays = 3;
    thread.writer()->setRetention(retention);
    thread.writer()->setFlushIntervalMs(10);
    thread.start();

    // Four points in each of two hours of one local day.
    QVector<Sample> batch;
    for (qint64 t = StartMs; t < StartMs + 2 * HourMs; t += 15 * MinuteMs)
        batch.append(ratio(t, double(t / MinuteMs % 1000)));
    thread.append(batch);
    QVERIFY(written.wait(WaitMs));

    HistoryStore reader;
    HistoryError error;
    QVERIFY2(reader.open(m_path, &error), qPrintable(error.detail));
    const TrendQuery all = eResult(0, StartMs + DayMs);

    const auto pruneAt = [&](qint64 at) {
        nowMs = at;
        pruned.clear();
        thread.prune();
        return pruned.wait(WaitMs);
    };
    QVERIFY(pruneAt(StartMs + HourMs)); // still raw
    QCOMPARE(reader.trend(all, &error).size(), 8);
    QVERIFY(pruneAt(StartMs + 30 * HourMs)); // older than a day: hourly
    QCOMPARE(reader.trend(all, &error).size(), 2);
    QCOMPARE(pruned.first().at(0).toInt(), 6);
    QVERIFY(pruneAt(StartMs + 3 * DayMs - HourMs)); // older than two days: daily
    const QVector<Sample> daily = reader.trend(all, &error);
    QCOMPARE(daily.size(), 1);
    QCOMPARE(daily.first().observedAtMs, StartMs + HourMs + 45 * MinuteMs);
    QVERIFY(pruneAt(StartMs + 4 * DayMs)); // older than three days: deleted
    QVERIFY(reader.trend(all, &error).isEmpty());
    QCOMPARE(pruned.first().at(1).toInt(), 1);
}

void TestHistoryWriter::unwritableFolderReported()
{
    QFile blocker(m_dir->filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    WriterThread thread(blocker.fileName() + QStringLiteral("/history.sqlite"));
    QSignalSpy errors(&thread.events, &WriterEvents::errorOccurred);
    QSignalSpy opened(&thread.events, &WriterEvents::opened);
    thread.start();
    QVERIFY(errors.wait(WaitMs));
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("cannot be written")));
    QVERIFY(opened.isEmpty());

    // Later samples are dropped and counted, and the writer keeps running.
    thread.append({ratio(StartMs, 1), ratio(StartMs + 1, 2)});
    QCOMPARE(thread.droppedPoints(), 2);
}

void TestHistoryWriter::corruptFileMovedAside()
{
    QFile file(m_path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();

    WriterThread thread(m_path);
    QSignalSpy warnings(&thread.events, &WriterEvents::warningOccurred);
    QSignalSpy opened(&thread.events, &WriterEvents::opened);
    QSignalSpy written(&thread.events, &WriterEvents::batchWritten);
    thread.writer()->setClock([] { return StartMs; });
    thread.writer()->setFlushIntervalMs(10);
    thread.start();
    QVERIFY(opened.wait(WaitMs));
    QCOMPARE(warnings.size(), 1);
    const QString keptAs = m_path + QStringLiteral(".corrupt-20261204T030000Z");
    QVERIFY(warnings.first().first().toString().contains(QDir::toNativeSeparators(keptAs)));
    QVERIFY(QFile::exists(keptAs));
    QCOMPARE(QFile(keptAs).size(), 8192);

    thread.append({ratio(StartMs, 1)});
    QVERIFY(written.wait(WaitMs));
    QCOMPARE(written.first().at(1).toInt(), 1);
}

void TestHistoryWriter::feedWorkerHookFeedsHistory()
{
    WriterThread thread(m_path);
    QSignalSpy written(&thread.events, &WriterEvents::batchWritten);
    thread.writer()->setFlushIntervalMs(60000);
    thread.start();

    FeedWorker worker;
    int handedOn = 0;
    worker.setSampleSink([&](const QVector<Sample> &samples) {
        handedOn += samples.size();
        thread.append(samples);
    });
    worker.ingest(envelope(1, {{StartMs, 140}, {StartMs + MinuteMs, 150}}), {}, StartMs + HourMs);
    worker.ingest(envelope(2, {{StartMs, 140}}), {}, StartMs + HourMs); // older: not stored
    worker.ingest(envelope(2, {{StartMs + 2 * MinuteMs, 160}}), {},
                  StartMs + HourMs); // duplicate envelope: dropped
    worker.ingest(envelope(3, {{StartMs + 3 * MinuteMs, 170}}), {}, StartMs + HourMs);
    // The first envelope inserts, then replaces; the older sample and the duplicate do nothing.
    QCOMPARE(handedOn, 3);

    thread.flush();
    QVERIFY(written.wait(WaitMs));
    QCOMPARE(written.first().at(0).toInt(), 3);

    HistoryStore reader;
    HistoryError error;
    QVERIFY2(reader.open(m_path, &error), qPrintable(error.detail));
    const QVector<Sample> points = reader.trend(eResult(StartMs, StartMs + HourMs), &error);
    QCOMPARE(points.size(), 3);
    QCOMPARE(points[0].observedAtMs, StartMs);
    QCOMPARE(points[1].observedAtMs, StartMs + MinuteMs);
    QCOMPARE(points[1].numerator, 150.0);
    QCOMPARE(points[2].observedAtMs, StartMs + 3 * MinuteMs);
}

QTEST_GUILESS_MAIN(TestHistoryWriter)
#include "test_history_writer.moc"
