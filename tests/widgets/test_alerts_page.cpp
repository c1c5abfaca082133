#include "feed/feed_worker.h"
#include "models/alerts_model.h"
#include "soc/feed/v1/envelope.pb.h"
#include "widgets/alerts_page.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace soc;

class TestAlertsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void sourceAlertListed();
    void acknowledgeFromPage();
    void severityFilter();
};

namespace {

constexpr qint64 Now = 1796378400000; // 2026-12-04T10:00:00Z

// A worker that received two source alerts from tthc: a critical one and a warning.
void raiseAlerts(FeedWorker *worker)
{
    worker->setClock([] { return Now; });
    int sequence = 0;
    for (const auto &[id, unit, severity] :
         {std::tuple{"overdue-760", "760", "critical"}, std::tuple{"overdue-761", "761", "warning"}}) {
        soc::feed::v1::Envelope envelope;
        envelope.set_source("tthc");
        envelope.set_sequence(++sequence);
        envelope.set_sent_at(Now);
        auto *alert = envelope.mutable_alert();
        alert->set_id(id);
        alert->set_unit(unit);
        alert->set_indicator("overdue_backlog");
        alert->set_severity(severity);
        alert->set_active(true);
        alert->set_text_vi("Hồ sơ quá hạn tăng");
        alert->set_text_en("Overdue dossiers rising");
        const std::string bytes = envelope.SerializeAsString();
        worker->ingest(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())), QString(),
                       Now);
    }
}

} // namespace

void TestAlertsPage::sourceAlertListed()
{
    FeedWorker worker;
    raiseAlerts(&worker);
    const DashboardStatePtr state = worker.buildState(Now);
    QCOMPARE(state->alerts.size(), 2);
    QVERIFY(state->hasUnackedCritical());
    QCOMPARE(state->activeAlerts(QStringLiteral("760")).size(), 1);

    AlertsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setState(state);
    QCOMPARE(model.rowCount(), 2);
    // Critical first, with the English line of the source's text.
    QCOMPARE(model.index(0, AlertsModel::SeverityColumn).data().toString(), "critical");
    QCOMPARE(model.index(0, AlertsModel::StateColumn).data().toString(), "active, unacknowledged");
    QCOMPARE(model.index(0, AlertsModel::UnitColumn).data().toString(), "District 1");
    QCOMPARE(model.index(0, AlertsModel::TextColumn).data().toString(), "Overdue dossiers rising");
    model.setState(worker.buildState(Now));
    model.setState(std::make_shared<DashboardState>());
    QCOMPARE(model.rowCount(), 0);
}

void TestAlertsPage::acknowledgeFromPage()
{
    FeedWorker worker;
    raiseAlerts(&worker);
    AlertsPage page;
    page.setState(worker.buildState(Now));
    QSignalSpy acknowledge(&page, &AlertsPage::acknowledgeRequested);
    auto *table = page.findChild<QTableView *>(QStringLiteral("alertsTable"));
    auto *button = page.findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
    QVERIFY(table);
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    table->selectRow(0);
    QVERIFY(button->isEnabled());
    button->click();
    QCOMPARE(acknowledge.count(), 1);
    const QStringList ids = acknowledge.first().first().toStringList();
    QCOMPARE(ids.size(), 1);

    QString error;
    QVERIFY2(worker.acknowledgeAlert(ids.first(), QStringLiteral("tester"), QString(), &error),
             qPrintable(error));
    const DashboardStatePtr after = worker.buildState(Now);
    QVERIFY(!after->hasUnackedCritical());
    page.setState(after);
    QCOMPARE(page.alertsModel()->index(1, AlertsModel::StateColumn).data().toString(),
             "active, acknowledged");
}

void TestAlertsPage::severityFilter()
{
    FeedWorker worker;
    raiseAlerts(&worker);
    AlertsPage page;
    page.setState(worker.buildState(Now));
    auto *severity = page.findChild<QComboBox *>(QStringLiteral("alertSeverityFilter"));
    QVERIFY(severity);
    const int critical = severity->findData(static_cast<int>(Severity::Critical));
    QVERIFY(critical > 0);
    severity->setCurrentIndex(critical);
    emit severity->activated(critical);
    QCOMPARE(page.filteredModel()->rowCount(), 1);
    QCOMPARE(page.filteredModel()->index(0, AlertsModel::UnitColumn).data().toString(),
             "District 1");
}

QTEST_MAIN(TestAlertsPage)
#include "test_alerts_page.moc"
