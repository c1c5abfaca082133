#include "feed/feed_hub.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace soc;

class TestFeedHub : public QObject
{
    Q_OBJECT

private slots:
    void demoStatesReachCallerThread();
    void demoKeepsMoving();
    void badUrlStartsNothing_data();
    void badUrlStartsNothing();
};

void TestFeedHub::demoStatesReachCallerThread()
{
    FeedHub hub;
    QThread *receiverThread = nullptr;
    DashboardStatePtr first;
    connect(&hub, &FeedHub::stateReady, this, [&](DashboardStatePtr state) {
        receiverThread = QThread::currentThread();
        if (!first)
            first = state;
    });
    QString error;
    QVERIFY2(hub.start({QStringLiteral("demo:?seed=3")}, QString(), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(first != nullptr, 5000);

    QCOMPARE(receiverThread, QThread::currentThread());
    QVERIFY(first->demo);
    QCOMPARE(first->connections.size(), 1);
    QCOMPARE(first->connections.first().state, ConnectionState::Connected);
    const UnitFigure *city = first->figure(QStringLiteral("79"), QStringLiteral("e_result"));
    QVERIFY(city);
    QCOMPARE(city->shown.coverage.reporting, 22);
    hub.stop();
}

void TestFeedHub::demoKeepsMoving()
{
    // The demo updates business_sync every 5 s, so a second state follows the first.
    FeedHub hub;
    QSignalSpy states(&hub, &FeedHub::stateReady);
    QString error;
    QVERIFY2(hub.start({QStringLiteral("demo:")}, QString(), &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(states.count() >= 2, 8000);
    hub.stop();

    const auto first = states.first().first().value<DashboardStatePtr>();
    const auto last = states.last().first().value<DashboardStatePtr>();
    QVERIFY(last->revision > first->revision);
}

void TestFeedHub::badUrlStartsNothing_data()
{
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown scheme") << QStringList{QStringLiteral("gopher://x")} << "unsupported feed URL";
    QTest::newRow("bad seed") << QStringList{QStringLiteral("demo:?seed=x")} << "invalid demo seed 'x'";
    QTest::newRow("second of two")
        << QStringList{QStringLiteral("demo:"), QStringLiteral("demo:?color=red")}
        << "unknown demo option 'color'";
    QTest::newRow("missing recording")
        << QStringList{QStringLiteral("file:/nonexistent/day.socrec")}
        << "recording '/nonexistent/day.socrec' not found";
}

void TestFeedHub::badUrlStartsNothing()
{
    QFETCH(QStringList, urls);
    QFETCH(QString, expected);
    FeedHub hub;
    QSignalSpy states(&hub, &FeedHub::stateReady);
    QString error;
    QVERIFY(!hub.start(urls, QString(), &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QTest::qWait(300);
    QCOMPARE(states.count(), 0);
}

QTEST_GUILESS_MAIN(TestFeedHub)
#include "test_feed_hub.moc"
