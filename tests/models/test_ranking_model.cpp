#include "models/ranking_model.h"
#include "support/demo_state.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace soc;

class TestRankingModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void passesModelTester();
    void listsEveryDistrict();
    void ranksBestFirst_data();
    void ranksBestFirst();
    void unitsWithoutDataComeLast();
    void indicatorChangeResets();
};

void TestRankingModel::passesModelTester()
{
    RankingModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setState(test::demoState());
    model.setIndicator(QStringLiteral("overdue_backlog"));
    model.setParentUnit(QStringLiteral("760"));
    model.setParentUnit(QStringLiteral("79"));
    model.setState(test::demoState(test::demoMoment() + 3600 * 1000));
    model.refresh();
    QCOMPARE(model.rowCount(), 22);
}

void TestRankingModel::listsEveryDistrict()
{
    RankingModel model;
    model.setState(test::demoState());
    QCOMPARE(model.rowCount(), 22);
    QCOMPARE(model.columnCount(), int(RankingModel::ColumnCount));
    QStringList codes;
    for (int row = 0; row < model.rowCount(); ++row)
        codes << model.unitAt(row);
    codes.sort();
    QCOMPARE(codes.first(), "760");
    QCOMPARE(codes.last(), "787");
}

void TestRankingModel::ranksBestFirst_data()
{
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<bool>("higherIsBetter");
    QTest::newRow("ratio, higher is better") << "e_result" << true;
    QTest::newRow("count, lower is better") << "overdue_backlog" << false;
}

void TestRankingModel::ranksBestFirst()
{
    QFETCH(QString, indicator);
    QFETCH(bool, higherIsBetter);
    RankingModel model;
    model.setState(test::demoState());
    model.setIndicator(indicator);

    for (int row = 1; row < model.rowCount(); ++row) {
        const double previous =
            model.index(row - 1, 0).data(RankingModel::SortValueRole).toDouble();
        const double current = model.index(row, 0).data(RankingModel::SortValueRole).toDouble();
        if (higherIsBetter)
            QVERIFY2(previous >= current, qPrintable(QStringLiteral("row %1").arg(row)));
        else
            QVERIFY2(previous <= current, qPrintable(QStringLiteral("row %1").arg(row)));
    }
    QCOMPARE(model.index(0, RankingModel::RankColumn).data().toString(), "1");
}

void TestRankingModel::unitsWithoutDataComeLast()
{
    // Two districts report; the other twenty follow them with no rank number.
    auto units = std::make_shared<UnitCatalog>(UnitCatalog::hcmcDistricts());
    auto indicators = std::make_shared<IndicatorCatalog>(IndicatorCatalog::builtIn());
    KpiStore store;
    for (const auto &[unit, numerator] : {std::pair{QStringLiteral("760"), 40.0},
                                          std::pair{QStringLiteral("787"), 90.0}}) {
        Sample sample;
        sample.unit = unit;
        sample.indicator = QStringLiteral("e_result");
        sample.period = Period::parse(QStringLiteral("2026-12"));
        sample.observedAtMs = test::demoMoment();
        sample.hasRatio = true;
        sample.numerator = numerator;
        sample.denominator = 100;
        store.apply(sample);
    }
    RankingModel model;
    model.setState(buildDashboardState(store, units, indicators, test::demoMoment()));

    QCOMPARE(model.rowCount(), 22);
    QCOMPARE(model.unitAt(0), "787");
    QCOMPARE(model.unitAt(1), "760");
    QCOMPARE(model.index(1, RankingModel::RankColumn).data().toString(), "2");
    QCOMPARE(model.index(2, RankingModel::RankColumn).data().toString(), "–");
    QCOMPARE(model.index(2, RankingModel::ValueColumn).data().toString(), "No data");
}

void TestRankingModel::indicatorChangeResets()
{
    RankingModel model;
    model.setState(test::demoState());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setIndicator(QStringLiteral("on_time"));
    QCOMPARE(resets.count(), 1);
    model.setIndicator(QStringLiteral("on_time"));
    QCOMPARE(resets.count(), 1);
    QCOMPARE(model.indicator(), "on_time");
}

QTEST_GUILESS_MAIN(TestRankingModel)
#include "test_ranking_model.moc"
