#include "core/aggregation.h"

#include <QTest>

using soc::Aggregator;
using soc::IndicatorCatalog;
using soc::KpiStore;
using soc::Period;
using soc::Sample;
using soc::UnitCatalog;
using soc::UnitFigure;

namespace {

// City C with districts A, B and D. A has wards A1 and A2. D never reports.
const QString TreeCsv = QStringLiteral("code,parent,level,name_vi\n"
                                       "C,,city,Thành phố\n"
                                       "A,C,district,Quận A\n"
                                       "B,C,district,Quận B\n"
                                       "D,C,district,Quận D\n"
                                       "A1,A,ward,Phường A1\n"
                                       "A2,A,ward,Phường A2\n");

const Period December = Period::month(2026, 12);
const Period Today = Period::day(QDate(2026, 12, 4));

Sample ratio(const QString &unit, double numerator, double denominator,
             const Period &period = December, qint64 observedAtMs = 1000)
{
    Sample sample;
    sample.unit = unit;
    sample.indicator = QStringLiteral("e_result");
    sample.period = period;
    sample.observedAtMs = observedAtMs;
    sample.hasRatio = true;
    sample.numerator = numerator;
    sample.denominator = denominator;
    sample.source = QStringLiteral("tthc");
    return sample;
}

Sample valueSample(const QString &unit, const QString &indicator, double value,
                   qint64 observedAtMs = 1000)
{
    Sample sample;
    sample.unit = unit;
    sample.indicator = indicator;
    sample.period = Today;
    sample.observedAtMs = observedAtMs;
    sample.value = value;
    sample.source = QStringLiteral("test");
    return sample;
}

UnitCatalog loadUnits(const QString &csv)
{
    UnitCatalog units;
    QString error;
    if (!units.loadCsvText(csv, QStringLiteral("test units"), QString(), &error))
        qFatal("test unit catalog is invalid: %s", qPrintable(error));
    return units;
}

} // namespace

class TestAggregation : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void ratioSumsFigures();
    void ratioSumsThroughLevels();
    void countSumsValues();
    void gaugeLowerIsBetterTakesMax();
    void gaugeHigherIsBetterTakesMin();
    void zeroDenominatorIsNoData();
    void noReportsIsNoData();
    void ownFigureWinsOverSum();
    void leafOwnFigureHasNoCoverage();
    void onlySamePeriodSummed();
    void latestPeriodFromDescendants();
    void unknownIndicatorIsEmpty();
    void longChainAggregates();

private:
    UnitCatalog m_units;
    IndicatorCatalog m_indicators = IndicatorCatalog::builtIn();
    KpiStore m_store;
};

void TestAggregation::init()
{
    m_units = loadUnits(TreeCsv);
    m_store.clear();
}

void TestAggregation::ratioSumsFigures()
{
    m_store.apply(ratio("B", 1, 2, December, 1000));
    m_store.apply(ratio("D", 90, 100, December, 3000));
    // A and its wards report nothing, so two of the city's three districts contribute.
    const Aggregator aggregator(m_store, m_units, m_indicators);

    const UnitFigure city = aggregator.figure("C", "e_result", December);
    QVERIFY(!city.own.has_value());
    QVERIFY(city.childrenSum.has_value());
    QVERIFY(!city.shown.isOwn);
    QCOMPARE(city.shown.numerator, 91.0);
    QCOMPARE(city.shown.denominator, 102.0);
    QVERIFY(city.shown.value.has_value());
    // 91/102 = 89.2%, where the mean of 50% and 90% would be 70%.
    QCOMPARE(*city.shown.value, 100.0 * 91.0 / 102.0);
    QVERIFY(qAbs(*city.shown.value - 70.0) > 19.0);
    QCOMPARE(city.shown.coverage.reporting, 2);
    QCOMPARE(city.shown.coverage.total, 3);
    QCOMPARE(city.shown.observedAtMs, qint64(3000));
    QCOMPARE(city.shown.period, December);
}

void TestAggregation::ratioSumsThroughLevels()
{
    m_store.apply(ratio("A1", 1, 2));
    m_store.apply(ratio("A2", 90, 100));
    m_store.apply(ratio("B", 9, 10));
    const Aggregator aggregator(m_store, m_units, m_indicators);

    const UnitFigure district = aggregator.figure("A", "e_result", December);
    QCOMPARE(district.shown.numerator, 91.0);
    QCOMPARE(district.shown.denominator, 102.0);
    QCOMPARE(district.shown.coverage.reporting, 2);
    QCOMPARE(district.shown.coverage.total, 2);

    const UnitFigure city = aggregator.figure("C", "e_result", December);
    QCOMPARE(city.shown.numerator, 100.0);
    QCOMPARE(city.shown.denominator, 112.0);
    QCOMPARE(*city.shown.value, 100.0 * 100.0 / 112.0);
    QCOMPARE(city.shown.coverage.reporting, 2); // A (through its wards) and B, not D
    QCOMPARE(city.shown.coverage.total, 3);
}

void TestAggregation::countSumsValues()
{
    m_store.apply(valueSample("A", "overdue_backlog", 5));
    m_store.apply(valueSample("B", "overdue_backlog", 7));
    m_store.apply(valueSample("D", "overdue_backlog", 0));
    const Aggregator aggregator(m_store, m_units, m_indicators);

    const UnitFigure city = aggregator.figure("C", "overdue_backlog", Today);
    QVERIFY(city.shown.value.has_value());
    QCOMPARE(*city.shown.value, 12.0);
    // A zero count is data, unlike a zero denominator.
    QCOMPARE(city.shown.coverage.reporting, 3);
    QCOMPARE(city.shown.coverage.total, 3);
}

void TestAggregation::gaugeLowerIsBetterTakesMax()
{
    m_store.apply(valueSample("A", "business_sync_lag", 30));
    m_store.apply(valueSample("B", "business_sync_lag", 900));
    m_store.apply(valueSample("D", "business_sync_lag", 45));
    const Aggregator aggregator(m_store, m_units, m_indicators);

    const UnitFigure city = aggregator.figure("C", "business_sync_lag", Today);
    QVERIFY(city.shown.value.has_value());
    QCOMPARE(*city.shown.value, 900.0);
    QCOMPARE(city.shown.coverage.reporting, 3);
}

void TestAggregation::gaugeHigherIsBetterTakesMin()
{
    IndicatorCatalog indicators;
    QString error;
    const QByteArray json = R"({"indicators": [{"id": "uptime", "kind": "gauge",
        "direction": "higher", "cadence_s": 60, "name_vi": "Thời gian hoạt động",
        "name_en": "Uptime"}]})";
    QVERIFY2(indicators.loadJson(json, "uptime.json", &error), qPrintable(error));

    m_store.apply(valueSample("A", "uptime", 99.5));
    m_store.apply(valueSample("B", "uptime", 97.0));
    m_store.apply(valueSample("D", "uptime", 99.9));
    const Aggregator aggregator(m_store, m_units, indicators);

    const UnitFigure city = aggregator.figure("C", "uptime", Today);
    QVERIFY(city.shown.value.has_value());
    QCOMPARE(*city.shown.value, 97.0);
}

void TestAggregation::zeroDenominatorIsNoData()
{
    m_store.apply(ratio("B", 0, 0));
    m_store.apply(ratio("D", 3, 4));
    const Aggregator aggregator(m_store, m_units, m_indicators);

    const UnitFigure district = aggregator.figure("B", "e_result", December);
    QVERIFY(district.own.has_value());
    QVERIFY(!district.shown.value.has_value());
    QVERIFY(!district.shown.hasData());

    const UnitFigure city = aggregator.figure("C", "e_result", December);
    QCOMPARE(city.shown.coverage.reporting, 1);
    QCOMPARE(city.shown.coverage.total, 3);
    QCOMPARE(city.shown.numerator, 3.0);
    QCOMPARE(city.shown.denominator, 4.0);
    QCOMPARE(*city.shown.value, 75.0);
}

void TestAggregation::noReportsIsNoData()
{
    m_store.apply(ratio("B", 0, 0));
    const Aggregator aggregator(m_store, m_units, m_indicators);

    const UnitFigure city = aggregator.figure("C", "e_result", December);
    QVERIFY(city.childrenSum.has_value());
    QVERIFY(!city.shown.hasData());
    QCOMPARE(city.shown.coverage.reporting, 0);
    QCOMPARE(city.shown.coverage.total, 3);
}

void TestAggregation::ownFigureWinsOverSum()
{
    m_store.apply(ratio("C", 50, 100, December, 500));
    m_store.apply(ratio("B", 1, 2));
    m_store.apply(ratio("D", 90, 100));
    const Aggregator aggregator(m_store, m_units, m_indicators);

    const UnitFigure city = aggregator.figure("C", "e_result", December);
    QVERIFY(city.own.has_value());
    QVERIFY(city.shown.isOwn);
    QCOMPARE(*city.shown.value, 50.0);
    QCOMPARE(city.shown.observedAtMs, qint64(500));

    QVERIFY(city.childrenSum.has_value());
    QVERIFY(!city.childrenSum->isOwn);
    QCOMPARE(city.childrenSum->numerator, 91.0);
    QCOMPARE(city.childrenSum->denominator, 102.0);
    QCOMPARE(city.childrenSum->coverage.reporting, 2);
}

void TestAggregation::leafOwnFigureHasNoCoverage()
{
    m_store.apply(ratio("B", 9, 10));
    const Aggregator aggregator(m_store, m_units, m_indicators);

    const UnitFigure district = aggregator.figure("B", "e_result", December);
    QVERIFY(district.shown.isOwn);
    QVERIFY(!district.childrenSum.has_value());
    QCOMPARE(*district.shown.value, 90.0);
    QCOMPARE(district.shown.coverage.reporting, 0);
    QCOMPARE(district.shown.coverage.total, 0);
}

void TestAggregation::onlySamePeriodSummed()
{
    const Period november = Period::month(2026, 11);
    m_store.apply(ratio("B", 1, 2, December));
    m_store.apply(ratio("D", 90, 100, november));
    m_store.apply(ratio("A1", 5, 10, Period::quarter(2026, 4)));
    const Aggregator aggregator(m_store, m_units, m_indicators);

    const UnitFigure december = aggregator.figure("C", "e_result", December);
    QCOMPARE(december.shown.numerator, 1.0);
    QCOMPARE(december.shown.denominator, 2.0);
    QCOMPARE(december.shown.coverage.reporting, 1);

    const UnitFigure previous = aggregator.figure("C", "e_result", november);
    QCOMPARE(previous.shown.numerator, 90.0);
    QCOMPARE(previous.shown.denominator, 100.0);
    QCOMPARE(previous.shown.coverage.reporting, 1);
}

void TestAggregation::latestPeriodFromDescendants()
{
    m_store.apply(ratio("C", 1, 2, Period::month(2026, 11)));
    m_store.apply(ratio("B", 1, 2, Period::month(2026, 10)));
    m_store.apply(ratio("A2", 3, 4, December));
    const Aggregator aggregator(m_store, m_units, m_indicators);

    const std::optional<Period> latest = aggregator.latestPeriod("C", "e_result");
    QVERIFY(latest.has_value());
    QCOMPARE(*latest, December);

    const UnitFigure city = aggregator.latestFigure("C", "e_result");
    QCOMPARE(city.shown.period, December);
    QVERIFY(!city.own.has_value()); // the city's own figure is for November
    QCOMPARE(city.shown.numerator, 3.0);
    QCOMPARE(city.shown.denominator, 4.0);

    QVERIFY(!aggregator.latestPeriod("D", "e_result").has_value());
    const UnitFigure silent = aggregator.latestFigure("D", "e_result");
    QVERIFY(!silent.own.has_value());
    QVERIFY(!silent.childrenSum.has_value());
}

void TestAggregation::unknownIndicatorIsEmpty()
{
    m_store.apply(ratio("B", 1, 2));
    const Aggregator aggregator(m_store, m_units, m_indicators);

    const UnitFigure figure = aggregator.figure("C", "no_such_indicator", December);
    QVERIFY(!figure.own.has_value());
    QVERIFY(!figure.childrenSum.has_value());
    QVERIFY(!figure.shown.hasData());
}

void TestAggregation::longChainAggregates()
{
    // The catalog refuses cycles, so the depth guard only matters for a catalog built some
    // other way; a long chain still aggregates through every level below the guard.
    QString csv = QStringLiteral("code,parent,level,name_vi\nL0,,city,Gốc\n");
    for (int level = 1; level <= 8; ++level)
        csv += QStringLiteral("L%1,L%2,district,Cấp %1\n").arg(level).arg(level - 1);
    const UnitCatalog chain = loadUnits(csv);
    m_store.apply(ratio("L8", 3, 4));
    const Aggregator aggregator(m_store, chain, m_indicators);

    const UnitFigure root = aggregator.figure("L0", "e_result", December);
    QVERIFY(root.shown.hasData());
    QCOMPARE(*root.shown.value, 75.0);
    QCOMPARE(root.shown.denominator, 4.0);
}

QTEST_GUILESS_MAIN(TestAggregation)
#include "test_aggregation.moc"
