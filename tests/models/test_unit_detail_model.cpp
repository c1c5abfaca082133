#include "models/unit_detail_model.h"
#include "support/demo_state.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace soc;

class TestUnitDetailModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void testerAcceptsUpdates();
    void everyIndicatorListed();
    void districtRowMatchesFigure();
    void coverageOnlyForParents();
    void ownFigureShowsSumOfUnits();
};

void TestUnitDetailModel::testerAcceptsUpdates()
{
    UnitDetailModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setState(test::demoState());
    model.setUnit(QStringLiteral("760"));
    model.setState(test::demoState(test::demoMoment() + 600000));
    model.setUnit(QStringLiteral("79"));
    model.setState(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestUnitDetailModel::everyIndicatorListed()
{
    const DashboardStatePtr state = test::demoState();
    UnitDetailModel model;
    model.setState(state);
    model.setUnit(QStringLiteral("760"));
    QCOMPARE(model.rowCount(), state->indicators->size());
    QCOMPARE(model.indicatorAt(0), state->indicators->indicators().first().id);
    QVERIFY(model.rowOf(QStringLiteral("overdue_backlog")) >= 0);
}

void TestUnitDetailModel::districtRowMatchesFigure()
{
    const DashboardStatePtr state = test::demoState();
    UnitDetailModel model;
    model.setState(state);
    model.setUnit(QStringLiteral("760"));
    const int row = model.rowOf(QStringLiteral("e_result"));
    const UnitFigure *figure = state->figure(QStringLiteral("760"), QStringLiteral("e_result"));
    QVERIFY(figure);
    QVERIFY(figure->shown.hasData());
    QCOMPARE(model.index(row, UnitDetailModel::ValueColumn)
                 .data(UnitDetailModel::SortValueRole)
                 .toDouble(),
             *figure->shown.value);
    QCOMPARE(model.index(row, UnitDetailModel::IndicatorColumn).data().toString(),
             QStringLiteral("E-results"));
    QCOMPARE(model.index(row, UnitDetailModel::TargetColumn).data().toString(),
             QStringLiteral("80%"));
    QVERIFY(model.index(row, UnitDetailModel::ValueColumn).data().toString().endsWith('%'));
    QVERIFY(model.index(row, UnitDetailModel::FiguresColumn).data().toString().contains('/'));
    QCOMPARE(model.index(row, UnitDetailModel::PeriodColumn).data().toString(),
             figure->shown.period.toString());
    QVERIFY(!model.index(row, UnitDetailModel::StatusColumn).data().toString().isEmpty());
}

void TestUnitDetailModel::coverageOnlyForParents()
{
    UnitDetailModel model;
    model.setState(test::demoState());
    model.setUnit(QStringLiteral("760"));
    QVERIFY(!model.hasChildren());
    const int row = model.rowOf(QStringLiteral("e_result"));
    QCOMPARE(model.index(row, UnitDetailModel::CoverageColumn).data().toString(),
             QStringLiteral("–"));
    model.setUnit(QStringLiteral("79"));
    QVERIFY(model.hasChildren());
    const QString coverage = model.index(row, UnitDetailModel::CoverageColumn).data().toString();
    QVERIFY2(coverage.endsWith(QStringLiteral("/ 22")) || coverage == QStringLiteral("–"),
             qPrintable(coverage));
}

void TestUnitDetailModel::ownFigureShowsSumOfUnits()
{
    // A province that counts each procedure once, and communes that count a shared one again.
    auto units = std::make_shared<UnitCatalog>();
    units->upsert({QStringLiteral("H44"), QString(), UnitLevel::City, QStringLiteral("Tỉnh")});
    units->upsert({QStringLiteral("H44.100"), QStringLiteral("H44"), UnitLevel::Ward,
                   QStringLiteral("Xã A")});
    units->upsert({QStringLiteral("H44.101"), QStringLiteral("H44"), UnitLevel::Ward,
                   QStringLiteral("Xã B")});
    auto indicators = std::make_shared<IndicatorCatalog>(IndicatorCatalog::builtIn());
    KpiStore store;
    const auto ratio = [&store](const char *unit, double numerator, double denominator) {
        Sample sample;
        sample.unit = QString::fromLatin1(unit);
        sample.indicator = QStringLiteral("population_data_procedure");
        sample.period = Period::quarter(2026, 3);
        sample.observedAtMs = test::demoMoment();
        sample.hasRatio = true;
        sample.numerator = numerator;
        sample.denominator = denominator;
        store.apply(sample);
    };
    ratio("H44", 342, 1300);
    ratio("H44.100", 20, 100);
    ratio("H44.101", 0, 300);

    UnitDetailModel model;
    model.setState(buildDashboardState(store, units, indicators, test::demoMoment()));
    model.setUnit(QStringLiteral("H44"));
    const int row = model.rowOf(QStringLiteral("population_data_procedure"));
    QCOMPARE(model.index(row, UnitDetailModel::ValueColumn).data().toString(),
             QStringLiteral("26.3%"));
    QCOMPARE(model.index(row, UnitDetailModel::CoverageColumn).data().toString(),
             QStringLiteral("sum of units 5.0% (2 / 2)"));
}

QTEST_MAIN(TestUnitDetailModel)
#include "test_unit_detail_model.moc"
