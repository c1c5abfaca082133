#include "models/ranking_model.h"
#include "support/demo_state.h"
#include "widgets/kpi_card.h"
#include "widgets/overview_page.h"
#include "widgets/tile_map_widget.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace soc;

class TestOverviewPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup() { delete m_page; }
    void cardShowsCityAggregate();
    void cardClickSelectsIndicator();
    void indicatorBoxSelectsIndicator();
    void demoBadgeFollowsState();
    void rankingRowActivatesUnit();

private:
    OverviewPage *m_page = nullptr;
};

void TestOverviewPage::init()
{
    m_page = new OverviewPage;
    m_page->resize(1600, 900);
    m_page->setState(test::demoState());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestOverviewPage::cardShowsCityAggregate()
{
    auto *card = m_page->findChild<KpiCard *>(QStringLiteral("card_e_result"));
    QVERIFY(card);
    QVERIFY(card->isChecked());
    QCOMPARE(card->accessibleName(), "Electronic settlement results");
    QVERIFY2(card->accessibleDescription().contains(QStringLiteral("22 of 22 units reporting")),
             qPrintable(card->accessibleDescription()));
}

void TestOverviewPage::cardClickSelectsIndicator()
{
    QSignalSpy changed(m_page, &OverviewPage::indicatorChanged);
    auto *card = m_page->findChild<KpiCard *>(QStringLiteral("card_overdue_backlog"));
    QVERIFY(card);
    QTest::mouseClick(card, Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_page->indicator(), "overdue_backlog");
    QCOMPARE(m_page->rankingModel()->indicator(), "overdue_backlog");
    QVERIFY(card->isChecked());
    QVERIFY(!m_page->findChild<KpiCard *>(QStringLiteral("card_e_result"))->isChecked());
    auto *box = m_page->findChild<QComboBox *>(QStringLiteral("indicatorBox"));
    QCOMPARE(box->currentData().toString(), "overdue_backlog");
}

void TestOverviewPage::indicatorBoxSelectsIndicator()
{
    auto *box = m_page->findChild<QComboBox *>(QStringLiteral("indicatorBox"));
    QVERIFY(box);
    QCOMPARE(box->count(), IndicatorCatalog::builtIn().size());
    const int satisfaction = box->findData(QStringLiteral("satisfaction"));
    QVERIFY(satisfaction >= 0);
    box->setFocus();
    box->setCurrentIndex(satisfaction);
    emit box->activated(satisfaction);
    QCOMPARE(m_page->indicator(), "satisfaction");
    QCOMPARE(m_page->rankingModel()->indicator(), "satisfaction");
}

void TestOverviewPage::demoBadgeFollowsState()
{
    auto *badge = m_page->findChild<QLabel *>(QStringLiteral("demoBadge"));
    QVERIFY(badge);
    auto state = std::make_shared<DashboardState>(*test::demoState());
    state->demo = true;
    m_page->setState(state);
    QVERIFY(badge->isVisible());
    QCOMPARE(badge->text(), "DEMO DATA");

    auto live = std::make_shared<DashboardState>(*state);
    live->demo = false;
    m_page->setState(live);
    QVERIFY(!badge->isVisible());
}

void TestOverviewPage::rankingRowActivatesUnit()
{
    QSignalSpy activated(m_page, &OverviewPage::unitActivated);
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("rankingTable"));
    QVERIFY(table);
    const QModelIndex first = table->model()->index(0, 1);
    emit table->activated(first);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), m_page->rankingModel()->unitAt(0));
}

QTEST_MAIN(TestOverviewPage)
#include "test_overview_page.moc"
