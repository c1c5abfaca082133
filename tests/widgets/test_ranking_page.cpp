#include "models/ranking_model.h"
#include "support/demo_state.h"
#include "widgets/ranking_page.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace soc;

class TestRankingPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void barsFollowRanking();
    void targetLineAtTarget();
    void indicatorBoxChangesChart();
    void clickedBarActivatesUnit();
    void hoveredBarShowsFigures();
};

namespace {

QHorizontalStackedBarSeries *barSeries(const RankingPage &page)
{
    for (QAbstractSeries *series : page.chart()->series()) {
        if (auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series))
            return bars;
    }
    return nullptr;
}

} // namespace

void TestRankingPage::barsFollowRanking()
{
    RankingPage page;
    page.resize(1600, 900);
    page.setState(test::demoState());
    QHorizontalStackedBarSeries *bars = barSeries(page);
    QVERIFY(bars);
    QCOMPARE(bars->barSets().size(), 4);
    QCOMPARE(bars->barSets().first()->count(), 22);

    // The chart's last category is the top bar, the best unit: its value sits in one set only.
    double top = 0;
    for (QBarSet *set : bars->barSets())
        top += set->at(21);
    const double best =
        page.rankingModel()->index(0, 0).data(RankingModel::SortValueRole).toDouble();
    QCOMPARE(top, best);
}

void TestRankingPage::targetLineAtTarget()
{
    RankingPage page;
    page.setState(test::demoState());
    QLineSeries *target = nullptr;
    for (QAbstractSeries *series : page.chart()->series())
        target = target ? target : qobject_cast<QLineSeries *>(series);
    QVERIFY(target);
    QCOMPARE(target->count(), 2);
    QCOMPARE(target->at(0).x(), 80.0);
    QCOMPARE(target->at(1).x(), 80.0);
}

void TestRankingPage::indicatorBoxChangesChart()
{
    RankingPage page;
    page.setState(test::demoState());
    QSignalSpy changed(&page, &RankingPage::indicatorChanged);
    auto *box = page.findChild<QComboBox *>(QStringLiteral("rankingIndicatorBox"));
    QVERIFY(box);
    const int backlog = box->findData(QStringLiteral("overdue_backlog"));
    QVERIFY(backlog >= 0);
    box->setCurrentIndex(backlog);
    emit box->activated(backlog);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(page.indicator(), "overdue_backlog");
    // Counts have no target, so no line, and the bars use the no-target set only.
    for (QAbstractSeries *series : page.chart()->series())
        QVERIFY(!qobject_cast<QLineSeries *>(series));
    QHorizontalStackedBarSeries *bars = barSeries(page);
    QVERIFY(bars);
    QVERIFY(bars->barSets().at(3)->sum() > 0);
    QCOMPARE(bars->barSets().at(0)->sum(), 0.0);
}

void TestRankingPage::clickedBarActivatesUnit()
{
    RankingPage page;
    page.setState(test::demoState());
    QSignalSpy activated(&page, &RankingPage::unitActivated);
    QHorizontalStackedBarSeries *bars = barSeries(page);
    QVERIFY(bars);
    emit bars->clicked(21, bars->barSets().first());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), page.rankingModel()->unitAt(0));
}

void TestRankingPage::hoveredBarShowsFigures()
{
    RankingPage page;
    page.resize(1600, 900);
    const DashboardStatePtr state = test::demoState();
    page.setState(state);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QHorizontalStackedBarSeries *bars = barSeries(page);
    QVERIFY(bars);
    // The top bar is the best unit, the first row of the ranking.
    const QString best = page.rankingModel()->unitAt(0);
    const UnitFigure *figure = state->figure(best, QStringLiteral("e_result"));
    QVERIFY(figure);
    emit bars->hovered(true, 21, bars->barSets().first());
    QTRY_VERIFY(QToolTip::isVisible());
    const QString text = QToolTip::text();
    QVERIFY2(text.contains(state->units->find(best)->name(Language::English)), qPrintable(text));
    const QString value = QLocale().toString(*figure->shown.value, 'f', 1) + QLatin1Char('%');
    QVERIFY2(text.contains(value), qPrintable(text + " lacks " + value));
    QVERIFY2(text.contains(QStringLiteral("/")), qPrintable(text)); // numerator / denominator
    emit bars->hovered(false, 21, bars->barSets().first());
    QTRY_VERIFY(!QToolTip::isVisible());
}

QTEST_MAIN(TestRankingPage)
#include "test_ranking_page.moc"
