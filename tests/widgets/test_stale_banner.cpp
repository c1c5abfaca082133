#include "widgets/stale_banner.h"

#include <QTest>

using namespace soc;

class TestStaleBanner : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void showsWhenEveryLiveFeedIsDown();
    void hiddenWhileOneFeedIsConnected();
    void demoAloneNeverStale();
    void recoversWhenFeedReturns();
};

namespace {

const qint64 LastData = QDateTime::fromString(QStringLiteral("2026-12-04T02:14:00Z"), Qt::ISODate)
                            .toMSecsSinceEpoch();

DashboardStatePtr stateWith(QVector<ConnectionStatus> connections)
{
    auto state = std::make_shared<DashboardState>();
    state->connections = std::move(connections);
    state->lastReceivedMs = LastData;
    return state;
}

ConnectionStatus live(ConnectionState state)
{
    return {QStringLiteral("mqtt://127.0.0.1:1883"), state, {}, false, LastData};
}

} // namespace

void TestStaleBanner::showsWhenEveryLiveFeedIsDown()
{
    StaleBanner banner;
    banner.show();
    banner.setState(stateWith({live(ConnectionState::Failed), live(ConnectionState::Connecting)}));
    QVERIFY(banner.isVisible());
    QVERIFY2(banner.text().contains("stale since 04/12/2026 09:14"), qPrintable(banner.text()));
}

void TestStaleBanner::hiddenWhileOneFeedIsConnected()
{
    StaleBanner banner;
    banner.show();
    banner.setState(stateWith({live(ConnectionState::Failed), live(ConnectionState::Connected)}));
    QVERIFY(!banner.isVisible());
}

void TestStaleBanner::demoAloneNeverStale()
{
    StaleBanner banner;
    banner.show();
    ConnectionStatus demo{QStringLiteral("demo:"), ConnectionState::Stopped, {}, true, LastData};
    banner.setState(stateWith({demo}));
    QVERIFY(!banner.isVisible());
}

void TestStaleBanner::recoversWhenFeedReturns()
{
    StaleBanner banner;
    banner.show();
    banner.setState(stateWith({live(ConnectionState::Failed)}));
    QVERIFY(banner.isVisible());
    banner.setState(stateWith({live(ConnectionState::Connected)}));
    QVERIFY(!banner.isVisible());
}

QTEST_MAIN(TestStaleBanner)
#include "test_stale_banner.moc"
