#include "models/feeds_model.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace soc;

class TestFeedsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void passesModelTester();
    void showsCounters();
    void offlineSourceIsMarked();
    void connectionsListed();
};

namespace {

constexpr qint64 Now = 1764817200000; // 2025-12-04T03:00:00Z

DashboardStatePtr stateWith(const QList<SourceStatus> &sources,
                            const QVector<ConnectionStatus> &connections = {})
{
    auto state = std::make_shared<DashboardState>();
    state->builtAtMs = Now;
    for (const SourceStatus &status : sources)
        state->sources.insert(status.source, status);
    state->connections = connections;
    return state;
}

SourceStatus source(const QString &id)
{
    SourceStatus status;
    status.source = id;
    status.received = 1200;
    status.lastSeenMs = Now - 2000;
    return status;
}

} // namespace

void TestFeedsModel::passesModelTester()
{
    FeedsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setState(stateWith({source("tthc")}));
    model.setState(stateWith({source("dkkd"), source("tthc"), source("forms")}));
    model.setState(stateWith({source("tthc")}));
    model.setState(stateWith({}));
    model.refresh();
    QCOMPARE(model.rowCount(), 0);

    ConnectionsModel connections;
    QAbstractItemModelTester connectionsTester(
        &connections, QAbstractItemModelTester::FailureReportingMode::QtTest);
    connections.setState(stateWith({}, {{QStringLiteral("demo:"), ConnectionState::Connected}}));
    connections.setState(stateWith({}));
    QCOMPARE(connections.rowCount(), 0);
}

void TestFeedsModel::showsCounters()
{
    SourceStatus status = source("dvcqg");
    status.gaps = 4;
    status.duplicates = 2;
    status.rejected = 3;
    status.rejectedSamples = 1;
    status.lastRejection = QStringLiteral("760/e_result: numerator 5 is above denominator 4");
    status.unknownUnits.insert(QStringLiteral("999"), 7);
    status.messagesPerSecond = 12.5;
    FeedsModel model;
    model.setState(stateWith({status}));

    auto text = [&](int column) { return model.index(0, column).data().toString(); };
    QCOMPARE(text(FeedsModel::SourceColumn), "dvcqg · National Public Service Portal");
    QCOMPARE(text(FeedsModel::ReceivedColumn), "1,200");
    QCOMPARE(text(FeedsModel::GapsColumn), "4");
    QCOMPARE(text(FeedsModel::DuplicatesColumn), "2");
    QCOMPARE(text(FeedsModel::RejectedColumn), "4");
    QCOMPARE(text(FeedsModel::RateColumn), "12.5/s");
    QCOMPARE(text(FeedsModel::LastRejectionColumn), status.lastRejection);
    QCOMPARE(text(FeedsModel::UnknownUnitsColumn), "999");
    QVERIFY2(text(FeedsModel::LastMessageColumn).contains("2 s ago"),
             qPrintable(text(FeedsModel::LastMessageColumn)));
    QVERIFY(model.index(0, FeedsModel::GapsColumn).data(Qt::ForegroundRole).isValid());
}

void TestFeedsModel::offlineSourceIsMarked()
{
    SourceStatus status = source("tthc");
    status.presence = SourceStatus::Presence::Offline;
    status.presenceChangedAtMs = Now - 60000;
    FeedsModel model;
    model.setState(stateWith({status}));
    const QModelIndex presence = model.index(0, FeedsModel::PresenceColumn);
    QCOMPARE(presence.data().toString(), "offline since 09:59");
    QVERIFY(presence.data(Qt::ForegroundRole).isValid());
}

void TestFeedsModel::connectionsListed()
{
    ConnectionsModel model;
    model.setState(stateWith({}, {{QStringLiteral("demo:"), ConnectionState::Connected, {}, true, Now},
                                  {QStringLiteral("mqtt://127.0.0.1:1883"), ConnectionState::Failed,
                                   QStringLiteral("the broker is unreachable"), false, Now}}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ConnectionsModel::UrlColumn).data().toString(), "demo: (simulated)");
    QCOMPARE(model.index(1, ConnectionsModel::StateColumn).data().toString(), "failed");
    QCOMPARE(model.index(1, ConnectionsModel::DetailColumn).data().toString(),
             "the broker is unreachable");
    QVERIFY(model.index(1, ConnectionsModel::StateColumn).data(Qt::ForegroundRole).isValid());
}

QTEST_GUILESS_MAIN(TestFeedsModel)
#include "test_feeds_model.moc"
