#include "feed/feed_worker.h"
#include "models/alerts_model.h"
#include "soc/feed/v1/envelope.pb.h"
#include "widgets/alerts_page.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTreeView>
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
    void floodExpandsToUnits();
    void floodModelPassesTester();
    void floodFilterKeepsMatchingUnit();
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

// The tthc source raises (or clears) its overdue alert on each of the units at once, which
// rolls up into one flood from five units on.
void setSourceAlerts(FeedWorker *worker, const QStringList &units, bool active, int *sequence)
{
    worker->setClock([] { return Now; });
    for (const QString &unit : units) {
        soc::feed::v1::Envelope envelope;
        envelope.set_source("tthc");
        envelope.set_sequence(++*sequence);
        envelope.set_sent_at(Now);
        auto *alert = envelope.mutable_alert();
        alert->set_id(("overdue-" + unit).toStdString());
        alert->set_unit(unit.toStdString());
        alert->set_indicator("overdue_backlog");
        alert->set_severity("warning");
        alert->set_active(active);
        alert->set_text_vi("Hồ sơ quá hạn tăng");
        alert->set_text_en("Overdue dossiers rising");
        const std::string bytes = envelope.SerializeAsString();
        worker->ingest(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())), QString(),
                       Now);
    }
}

const QStringList FloodUnits = {QStringLiteral("760"), QStringLiteral("761"),
                                QStringLiteral("764"), QStringLiteral("765"),
                                QStringLiteral("766"), QStringLiteral("770")};

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
    auto *table = page.findChild<QTreeView *>(QStringLiteral("alertsTable"));
    auto *button = page.findChild<QPushButton *>(QStringLiteral("acknowledgeButton"));
    QVERIFY(table);
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    table->setCurrentIndex(page.filteredModel()->index(0, 0));
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

void TestAlertsPage::floodExpandsToUnits()
{
    FeedWorker worker;
    int sequence = 0;
    setSourceAlerts(&worker, FloodUnits, true, &sequence);
    AlertsModel model;
    model.setState(worker.buildState(Now));

    QCOMPARE(model.rowCount(), 1);
    const QModelIndex flood = model.index(0, 0);
    QCOMPARE(model.index(0, AlertsModel::UnitColumn).data().toString(), "District 1 and 5 more");
    QCOMPARE(model.index(0, 0).data(AlertsModel::AlertIdsRole).toStringList().size(), 6);
    QCOMPARE(model.rowCount(flood), 6);
    QCOMPARE(model.parent(model.index(2, 0, flood)), flood);

    // Each child is one unit's alert, which an operator can act on alone.
    QStringList units;
    for (int row = 0; row < model.rowCount(flood); ++row) {
        const QModelIndex child = model.index(row, AlertsModel::UnitColumn, flood);
        units << child.data().toString();
        QCOMPARE(model.rowCount(child.siblingAtColumn(0)), 0);
        const QStringList ids = child.data(AlertsModel::AlertIdsRole).toStringList();
        QCOMPARE(ids.size(), 1);
        QVERIFY(ids.first().startsWith(QLatin1String("source:")));
    }
    QVERIFY(units.contains(QStringLiteral("District 1")));
    QVERIFY(units.contains(QStringLiteral("District 3")));
    QVERIFY(!units.first().contains(QLatin1String("more")));
}

void TestAlertsPage::floodModelPassesTester()
{
    FeedWorker worker;
    int sequence = 0;
    raiseAlerts(&worker);
    AlertsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Single rows, then a flood appears, grows, shrinks below the roll-up size and goes.
    model.setState(worker.buildState(Now));
    sequence = 2;
    setSourceAlerts(&worker, FloodUnits.mid(2), true, &sequence);
    model.setState(worker.buildState(Now));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.index(0, 0)), 6);
    setSourceAlerts(&worker, {QStringLiteral("771"), QStringLiteral("772")}, true, &sequence);
    model.setState(worker.buildState(Now));
    QCOMPARE(model.rowCount(model.index(0, 0)), 8);
    // Cleared and acknowledged alerts return to normal and leave the flood.
    setSourceAlerts(&worker, FloodUnits.mid(1), false, &sequence);
    model.setState(worker.buildState(Now));
    QCOMPARE(model.rowCount(), 1);
    for (const QString &unit : FloodUnits.mid(1)) {
        QString error;
        QVERIFY2(worker.acknowledgeAlert(QStringLiteral("source:%1:overdue_backlog").arg(unit),
                                         QStringLiteral("tester"), QString(), &error),
                 qPrintable(error));
    }
    model.setState(worker.buildState(Now));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    setSourceAlerts(&worker, FloodUnits, false, &sequence);
    setSourceAlerts(&worker, {QStringLiteral("771"), QStringLiteral("772")}, false, &sequence);
    model.setState(worker.buildState(Now));
    model.setState(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestAlertsPage::floodFilterKeepsMatchingUnit()
{
    FeedWorker worker;
    int sequence = 0;
    setSourceAlerts(&worker, FloodUnits, true, &sequence);
    AlertsPage page;
    page.setState(worker.buildState(Now));
    auto *text = page.findChild<QLineEdit *>(QStringLiteral("alertTextFilter"));
    QVERIFY(text);
    // District 3 is a child of the flood that District 1 heads.
    text->setText(QStringLiteral("District 3"));
    QCOMPARE(page.filteredModel()->rowCount(), 1);
    const QModelIndex flood = page.filteredModel()->index(0, 0);
    QCOMPARE(page.filteredModel()->rowCount(flood), 1);
    QCOMPARE(page.filteredModel()->index(0, AlertsModel::UnitColumn, flood).data().toString(),
             "District 3");
}

QTEST_MAIN(TestAlertsPage)
#include "test_alerts_page.moc"
