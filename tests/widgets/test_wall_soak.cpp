#include "support/demo_state.h"
#include "widgets/wall_window.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

#include <ctime>

using namespace soc;

namespace {

constexpr qint64 MinuteMs = 60 * 1000;
constexpr qint64 StepMs = 5 * MinuteMs;
constexpr qint64 DayMs = 24 * 60 * MinuteMs;
// The week starts at 10:00 on 4 December, so two days cover the first change of day, when the
// store takes its first daily figures of a new period, and a whole day of rotation after it.
constexpr qint64 WarmUpMs = 2 * DayMs;

// Resident set size of this process in KiB, from VmRSS in /proc/self/status; 0 if unknown.
qint64 residentKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    // Files in /proc report a size of 0, so read them whole rather than testing atEnd().
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

} // namespace

// A week of the demo feed pushed through a wall window at high speed, in steps of five simulated
// minutes: each step ingests one update of every indicator of every district, puts a new state
// on the wall and moves the rotation on by one page; every six simulated hours the window is
// painted.
// Memory at the end must stay within 10% of memory after the warm-up.
class TestWallSoak : public QObject
{
    Q_OBJECT

private slots:
    void weekOfFeedKeepsMemoryFlat();
};

void TestWallSoak::weekOfFeedKeepsMemoryFlat()
{
    if (QFile::exists(QStringLiteral("/proc/self/status")) == false)
        QSKIP("no /proc/self/status to read the resident set size from");

    qint64 now = test::demoMoment();
    FeedWorker worker;
    DemoFeed feed;
    for (const QByteArray &payload : feed.picture(now))
        worker.ingest(payload, QString(), now);

    WallWindow window(WallPlaylist::builtIn());
    window.setClock([&] { return now; });
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QElapsedTimer elapsed;
    elapsed.start();
    const qint64 start = now;
    qint64 afterWarmUpKib = 0;
    quint64 envelopes = 0;
    int statesApplied = 0;
    int paints = 0;
    for (qint64 step = 1; step <= 7 * DayMs / StepMs; ++step) {
        const qint64 previous = now;
        now = start + step * StepMs;
        for (const QByteArray &payload : feed.advance(previous, now)) {
            worker.ingest(payload, QString(), now);
            ++envelopes;
        }
        window.applyState(worker.buildState(now));
        ++statesApplied;
        window.poll();
        // The event loop deletes what deleteLater() queued, such as the chart items of the
        // ranking; without this turn, the test would count them as a leak.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (step % 72 == 0) {
            window.grab();
            ++paints;
            QCoreApplication::processEvents();
        }
        if ((now - start) % DayMs == 0) {
            qInfo("soak: day %lld after %lld ms (%.1f s of CPU), RSS %lld KiB",
                  (now - start) / DayMs, elapsed.elapsed(), double(std::clock()) / CLOCKS_PER_SEC,
                  residentKib());
        }
        if (now - start == WarmUpMs)
            afterWarmUpKib = residentKib();
    }
    const qint64 endKib = residentKib();
    qInfo("soak: %llu envelopes, %d states, %d paints in %lld ms; RSS after day 2: %lld KiB, "
          "after day 7: %lld KiB (%+.1f%%)",
          static_cast<unsigned long long>(envelopes), statesApplied, paints, elapsed.elapsed(),
          afterWarmUpKib, endKib, 100.0 * (endKib - afterWarmUpKib) / afterWarmUpKib);

    QVERIFY(afterWarmUpKib > 0);
    QVERIFY(envelopes > 10000);
    QVERIFY2(endKib <= afterWarmUpKib * 11 / 10,
             qPrintable(QStringLiteral("RSS grew from %1 KiB to %2 KiB over five simulated days")
                            .arg(afterWarmUpKib)
                            .arg(endKib)));
}

QTEST_MAIN(TestWallSoak)
#include "test_wall_soak.moc"
