#include "feed/sequence_tracker.h"

#include <QTest>

using soc::SequenceTracker;
using Event = soc::SequenceTracker::Event;

namespace {

// The sequence number and send time of one envelope, as passed to SequenceTracker::observe().
struct Observation
{
    quint64 sequence;
    qint64 sentAtMs;
};

} // namespace

Q_DECLARE_METATYPE(QList<Observation>)
Q_DECLARE_METATYPE(QList<soc::SequenceTracker::Event>)

class TestSequenceTracker : public QObject
{
    Q_OBJECT

private slots:
    void observe_data();
    void observe();
    void duplicateLeavesLastSequence();
    void largeGapCounted();
};

void TestSequenceTracker::observe_data()
{
    QTest::addColumn<QList<Observation>>("observations");
    QTest::addColumn<QList<Event>>("events");
    QTest::addColumn<quint64>("lastSequence");
    QTest::addColumn<quint64>("gaps");
    QTest::addColumn<quint64>("duplicates");
    QTest::addColumn<quint64>("restarts");

    QTest::newRow("in order") << QList<Observation>{{1, 10}, {2, 20}, {3, 30}}
                              << QList<Event>{Event::First, Event::InOrder, Event::InOrder}
                              << quint64(3) << quint64(0) << quint64(0) << quint64(0);
    QTest::newRow("first above one")
        << QList<Observation>{{41, 10}, {42, 20}} << QList<Event>{Event::First, Event::InOrder}
        << quint64(42) << quint64(0) << quint64(0) << quint64(0);
    QTest::newRow("gap counted") << QList<Observation>{{1, 10}, {2, 20}, {5, 50}}
                                 << QList<Event>{Event::First, Event::InOrder, Event::Gap}
                                 << quint64(5) << quint64(2) << quint64(0) << quint64(0);
    QTest::newRow("late arrival fills gap") << QList<Observation>{{1, 10}, {4, 40}, {2, 20}}
                                            << QList<Event>{Event::First, Event::Gap, Event::Late}
                                            << quint64(4) << quint64(1) << quint64(0) << quint64(0);
    QTest::newRow("late arrivals fill all gaps")
        << QList<Observation>{{1, 10}, {4, 40}, {3, 30}, {2, 20}, {5, 50}}
        << QList<Event>{Event::First, Event::Gap, Event::Late, Event::Late, Event::InOrder}
        << quint64(5) << quint64(0) << quint64(0) << quint64(0);
    QTest::newRow("duplicate") << QList<Observation>{{1, 10}, {2, 20}, {2, 20}, {3, 30}}
                               << QList<Event>{Event::First, Event::InOrder, Event::Duplicate,
                                               Event::InOrder}
                               << quint64(3) << quint64(0) << quint64(1) << quint64(0);
    QTest::newRow("duplicate of late arrival")
        << QList<Observation>{{1, 10}, {3, 30}, {2, 20}, {2, 20}}
        << QList<Event>{Event::First, Event::Gap, Event::Late, Event::Duplicate} << quint64(3)
        << quint64(0) << quint64(1) << quint64(0);
    QTest::newRow("repeated first envelope")
        << QList<Observation>{{1, 10}, {2, 20}, {1, 10}}
        << QList<Event>{Event::First, Event::InOrder, Event::Duplicate} << quint64(2) << quint64(0)
        << quint64(1) << quint64(0);
    QTest::newRow("restart to one")
        << QList<Observation>{{1, 10}, {2, 20}, {3, 30}, {1, 100}, {2, 110}}
        << QList<Event>{Event::First, Event::InOrder, Event::InOrder, Event::Restart,
                        Event::InOrder}
        << quint64(2) << quint64(0) << quint64(0) << quint64(1);
    QTest::newRow("restart keeps earlier gaps")
        << QList<Observation>{{1, 10}, {4, 40}, {1, 100}, {2, 110}}
        << QList<Event>{Event::First, Event::Gap, Event::Restart, Event::InOrder} << quint64(2)
        << quint64(2) << quint64(0) << quint64(1);
    QTest::newRow("number reused with new send time")
        << QList<Observation>{{1, 10}, {2, 20}, {3, 30}, {2, 35}}
        << QList<Event>{Event::First, Event::InOrder, Event::InOrder, Event::Reused} << quint64(3)
        << quint64(0) << quint64(1) << quint64(0);
}

void TestSequenceTracker::observe()
{
    QFETCH(QList<Observation>, observations);
    QFETCH(QList<Event>, events);
    QFETCH(quint64, lastSequence);
    QFETCH(quint64, gaps);
    QFETCH(quint64, duplicates);
    QFETCH(quint64, restarts);
    QCOMPARE(observations.size(), events.size());

    SequenceTracker tracker;
    for (int i = 0; i < observations.size(); ++i) {
        const Observation &observation = observations.at(i);
        const Event event = tracker.observe(observation.sequence, observation.sentAtMs);
        QVERIFY2(event == events.at(i),
                 qPrintable(QStringLiteral("observation %1 (sequence %2): event %3, expected %4")
                                .arg(i)
                                .arg(observation.sequence)
                                .arg(static_cast<int>(event))
                                .arg(static_cast<int>(events.at(i)))));
    }
    QCOMPARE(tracker.lastSequence(), lastSequence);
    QCOMPARE(tracker.gaps(), gaps);
    QCOMPARE(tracker.duplicates(), duplicates);
    QCOMPARE(tracker.restarts(), restarts);
}

void TestSequenceTracker::duplicateLeavesLastSequence()
{
    SequenceTracker tracker;
    QCOMPARE(tracker.observe(1, 10), Event::First);
    QCOMPARE(tracker.observe(5, 50), Event::Gap);
    QCOMPARE(tracker.observe(5, 50), Event::Duplicate);
    QCOMPARE(tracker.lastSequence(), quint64(5));
    QCOMPARE(tracker.gaps(), quint64(3));
    QCOMPARE(tracker.observe(6, 60), Event::InOrder);
}

void TestSequenceTracker::largeGapCounted()
{
    // A jump far beyond the numbers the tracker keeps for late arrivals is still counted whole.
    SequenceTracker tracker;
    QCOMPARE(tracker.observe(1, 10), Event::First);
    QCOMPARE(tracker.observe(200002, 20), Event::Gap);
    QCOMPARE(tracker.gaps(), quint64(200000));
    QCOMPARE(tracker.observe(2, 30), Event::Late);
    QCOMPARE(tracker.gaps(), quint64(199999));
}

QTEST_GUILESS_MAIN(TestSequenceTracker)
#include "test_sequence_tracker.moc"
