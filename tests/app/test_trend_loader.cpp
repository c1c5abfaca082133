#include "app/trend_loader.h"
#include "storage/history_writer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace soc;

class TestTrendLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pointsForUnitAndIndicator();
    void outdatedRequestDropped();
    void missingFileGivesEmptySeries();

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_startMs = 1796353200000; // 2026-12-04T03:00:00Z
};

namespace {

Sample ratioSample(const QString &unit, qint64 atMs, double numerator)
{
    Sample sample;
    sample.unit = unit;
    sample.indicator = QStringLiteral("e_result");
    sample.period = Period::parse(QStringLiteral("2026-12"));
    sample.observedAtMs = atMs;
    sample.hasRatio = true;
    sample.numerator = numerator;
    sample.denominator = 200;
    return sample;
}

} // namespace

void TestTrendLoader::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("history.sqlite"));
    HistoryWriter writer(m_path);
    writer.setPruneIntervalMs(0);
    QSignalSpy opened(&writer, &HistoryWriter::opened);
    QSignalSpy written(&writer, &HistoryWriter::batchWritten);
    writer.open();
    QCOMPARE(opened.size(), 1);
    QVector<Sample> samples;
    for (int i = 0; i < 10; ++i) {
        samples.append(ratioSample(QStringLiteral("760"), m_startMs + i * 60000, 100 + i));
        samples.append(ratioSample(QStringLiteral("761"), m_startMs + i * 60000, 50));
    }
    writer.append(samples);
    writer.flush();
    QCOMPARE(written.size(), 1);
    QCOMPARE(written.first().at(1).toInt(), 20);
    writer.close();
}

void TestTrendLoader::pointsForUnitAndIndicator()
{
    TrendLoader loader(m_path);
    // Written on the worker thread, possibly after trendLoaded() reached this thread.
    std::atomic<QThread *> queryThread = nullptr;
    connect(loader.worker(), &TrendWorker::loaded, this,
            [&queryThread] { queryThread.store(QThread::currentThread()); }, Qt::DirectConnection);
    QSignalSpy loaded(&loader, &TrendLoader::trendLoaded);
    loader.request(QStringLiteral("760"), QStringLiteral("e_result"), m_startMs,
                   m_startMs + 3600000, 0);
    QVERIFY(loaded.wait(5000));
    QCOMPARE(loaded.size(), 1);
    const auto series = loaded.first().first().value<TrendSeries>();
    QCOMPARE(series.unit, QStringLiteral("760"));
    QCOMPARE(series.indicator, QStringLiteral("e_result"));
    QVERIFY(series.error.isEmpty());
    QCOMPARE(series.points.size(), 10);
    QCOMPARE(series.points.first().atMs, m_startMs);
    QCOMPARE(series.points.first().value, 50.0);
    QCOMPARE(series.points.last().value, 54.5);
    QTRY_VERIFY_WITH_TIMEOUT(queryThread.load() != nullptr, 5000);
    QVERIFY(queryThread.load() != QThread::currentThread());
}

void TestTrendLoader::outdatedRequestDropped()
{
    TrendLoader loader(m_path);
    QSignalSpy loaded(&loader, &TrendLoader::trendLoaded);
    QSignalSpy answered(loader.worker(), &TrendWorker::loaded);
    loader.request(QStringLiteral("760"), QStringLiteral("e_result"), m_startMs,
                   m_startMs + 3600000, 0);
    loader.request(QStringLiteral("761"), QStringLiteral("e_result"), m_startMs,
                   m_startMs + 3600000, 0);
    QTRY_COMPARE_WITH_TIMEOUT(answered.size(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 5000);
    QTest::qWait(50);
    QCOMPARE(loaded.size(), 1);
    const auto series = loaded.first().first().value<TrendSeries>();
    QCOMPARE(series.unit, QStringLiteral("761"));
    QCOMPARE(series.points.size(), 10);
    QCOMPARE(series.points.first().value, 25.0);
}

void TestTrendLoader::missingFileGivesEmptySeries()
{
    const QString missing = m_dir.filePath(QStringLiteral("absent.sqlite"));
    TrendLoader loader(missing);
    QSignalSpy loaded(&loader, &TrendLoader::trendLoaded);
    loader.request(QStringLiteral("760"), QStringLiteral("e_result"), 0, m_startMs, 0);
    QVERIFY(loaded.wait(5000));
    const auto series = loaded.first().first().value<TrendSeries>();
    QVERIFY(series.points.isEmpty());
    QVERIFY(!series.error.isEmpty());
    QVERIFY(!QFile::exists(missing));
}

QTEST_GUILESS_MAIN(TestTrendLoader)
#include "test_trend_loader.moc"
