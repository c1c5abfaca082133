#include "core/kpi_store.h"

#include <QTest>

using soc::KpiStore;
using soc::Period;
using soc::Sample;

namespace {

Sample ratioSample(qint64 observedAtMs, double numerator, double denominator,
                   const QString &period = QStringLiteral("2026-12"),
                   const QString &source = QStringLiteral("tthc"))
{
    Sample sample;
    sample.unit = QStringLiteral("760");
    sample.indicator = QStringLiteral("e_result");
    sample.period = Period::parse(period);
    sample.observedAtMs = observedAtMs;
    sample.hasRatio = true;
    sample.numerator = numerator;
    sample.denominator = denominator;
    sample.source = source;
    return sample;
}

Sample countSample(qint64 observedAtMs, double value,
                   const QString &period = QStringLiteral("2026-12-04"))
{
    Sample sample;
    sample.unit = QStringLiteral("760");
    sample.indicator = QStringLiteral("overdue_backlog");
    sample.period = Period::parse(period);
    sample.observedAtMs = observedAtMs;
    sample.value = value;
    sample.source = QStringLiteral("tthc");
    return sample;
}

} // namespace

Q_DECLARE_METATYPE(soc::Sample)

class TestKpiStore : public QObject
{
    Q_OBJECT

private slots:
    void firstSampleInserted();
    void arrivalOrderIrrelevant_data();
    void arrivalOrderIrrelevant();
    void olderSampleArrivingLate();
    void sameSampleTwiceUnchanged();
    void periodsKeptApart();
    void latestPeriod_data();
    void latestPeriod();
    void latestPeriodWithoutSamples();
    void clearEmptiesStore();
};

void TestKpiStore::firstSampleInserted()
{
    KpiStore store;
    QCOMPARE(store.revision(), quint64(0));
    QCOMPARE(store.apply(ratioSample(1000, 10, 20)), KpiStore::ApplyResult::Inserted);
    QCOMPARE(store.size(), 1);
    QCOMPARE(store.revision(), quint64(1));

    const Sample *stored = store.find("760", "e_result", Period::parse("2026-12"));
    QVERIFY(stored);
    QCOMPARE(stored->numerator, 10.0);
    QCOMPARE(stored->denominator, 20.0);
    QCOMPARE(stored->observedAtMs, qint64(1000));
    QCOMPARE(store.units(), QStringList{"760"});
    QCOMPARE(store.indicators("760"), QStringList{"e_result"});
    QVERIFY(!store.find("760", "e_result", Period::parse("2026-11")));
    QVERIFY(!store.find("761", "e_result", Period::parse("2026-12")));
}

void TestKpiStore::arrivalOrderIrrelevant_data()
{
    QTest::addColumn<Sample>("first");
    QTest::addColumn<Sample>("second");
    QTest::addColumn<bool>("secondWins");

    QTest::newRow("ratio observed later")
        << ratioSample(1000, 10, 20) << ratioSample(2000, 15, 30) << true;
    QTest::newRow("ratio observed earlier")
        << ratioSample(2000, 15, 30) << ratioSample(1000, 10, 20) << false;
    QTest::newRow("later count is lower") << countSample(1000, 50) << countSample(2000, 3) << true;
    QTest::newRow("same time, other figures")
        << ratioSample(1000, 10, 20) << ratioSample(1000, 11, 20) << true;
    QTest::newRow("same time, other source")
        << ratioSample(1000, 10, 20, "2026-12", "tthc")
        << ratioSample(1000, 12, 20, "2026-12", "dvcqg") << false;
}

void TestKpiStore::arrivalOrderIrrelevant()
{
    QFETCH(Sample, first);
    QFETCH(Sample, second);
    QFETCH(bool, secondWins);
    const Sample &winner = secondWins ? second : first;

    KpiStore inOrder;
    QCOMPARE(inOrder.apply(first), KpiStore::ApplyResult::Inserted);
    QCOMPARE(inOrder.apply(second),
             secondWins ? KpiStore::ApplyResult::Replaced : KpiStore::ApplyResult::Outdated);

    KpiStore reversed;
    QCOMPARE(reversed.apply(second), KpiStore::ApplyResult::Inserted);
    QCOMPARE(reversed.apply(first),
             secondWins ? KpiStore::ApplyResult::Outdated : KpiStore::ApplyResult::Replaced);

    const Sample *fromInOrder = inOrder.find(first.unit, first.indicator, first.period);
    const Sample *fromReversed = reversed.find(first.unit, first.indicator, first.period);
    QVERIFY(fromInOrder);
    QVERIFY(fromReversed);
    QCOMPARE(fromInOrder->observedAtMs, winner.observedAtMs);
    QVERIFY(fromInOrder->sameFigures(winner));
    QCOMPARE(fromReversed->observedAtMs, fromInOrder->observedAtMs);
    QVERIFY(fromReversed->sameFigures(*fromInOrder));
}

void TestKpiStore::olderSampleArrivingLate()
{
    KpiStore store;
    QCOMPARE(store.apply(countSample(5000, 7)), KpiStore::ApplyResult::Inserted);
    const quint64 revision = store.revision();

    QCOMPARE(store.apply(countSample(4000, 99)), KpiStore::ApplyResult::Outdated);
    QCOMPARE(store.revision(), revision);
    QCOMPARE(store.size(), 1);
    const Sample *stored = store.find("760", "overdue_backlog", Period::parse("2026-12-04"));
    QVERIFY(stored);
    QCOMPARE(stored->value, 7.0);
    QCOMPARE(stored->observedAtMs, qint64(5000));
}

void TestKpiStore::sameSampleTwiceUnchanged()
{
    KpiStore store;
    const Sample sample = ratioSample(1000, 10, 20);
    QCOMPARE(store.apply(sample), KpiStore::ApplyResult::Inserted);
    const quint64 revision = store.revision();

    QCOMPARE(store.apply(sample), KpiStore::ApplyResult::Unchanged);
    QCOMPARE(store.revision(), revision);
    QCOMPARE(store.size(), 1);

    QCOMPARE(store.apply(ratioSample(2000, 12, 22)), KpiStore::ApplyResult::Replaced);
    QCOMPARE(store.revision(), revision + 1);
}

void TestKpiStore::periodsKeptApart()
{
    KpiStore store;
    QCOMPARE(store.apply(ratioSample(2000, 1, 2, "2026-12")), KpiStore::ApplyResult::Inserted);
    QCOMPARE(store.apply(ratioSample(1000, 3, 4, "2026-11")), KpiStore::ApplyResult::Inserted);
    QCOMPARE(store.apply(ratioSample(1000, 5, 6, "2026-Q4")), KpiStore::ApplyResult::Inserted);
    QCOMPARE(store.size(), 3);
    QCOMPARE(store.periods("760", "e_result").size(), 3);
    QCOMPARE(store.find("760", "e_result", Period::parse("2026-11"))->numerator, 3.0);
    QCOMPARE(store.indicators("760"), QStringList{"e_result"});
}

void TestKpiStore::latestPeriod_data()
{
    QTest::addColumn<QStringList>("periods");
    QTest::addColumn<QString>("latest");

    QTest::newRow("single") << QStringList{"2026-12"} << "2026-12";
    QTest::newRow("day over month and quarter")
        << QStringList{"2026-Q4", "2026-12-03", "2026-12"} << "2026-12-03";
    QTest::newRow("month over quarter and year")
        << QStringList{"2026", "2026-12", "2026-Q4"} << "2026-12";
    QTest::newRow("later month over earlier day")
        << QStringList{"2026-12", "2026-11-30"} << "2026-12";
    QTest::newRow("new year over old days")
        << QStringList{"2026-12-31", "2027", "2026-12-30"} << "2027";
}

void TestKpiStore::latestPeriod()
{
    QFETCH(QStringList, periods);
    QFETCH(QString, latest);

    KpiStore store;
    qint64 observedAt = 1000;
    for (const QString &period : periods)
        QCOMPARE(store.apply(ratioSample(observedAt++, 1, 2, period)),
                 KpiStore::ApplyResult::Inserted);

    const std::optional<Period> found = store.latestPeriod("760", "e_result");
    QVERIFY(found.has_value());
    QCOMPARE(found->toString(), latest);
}

void TestKpiStore::latestPeriodWithoutSamples()
{
    KpiStore store;
    QVERIFY(!store.latestPeriod("760", "e_result").has_value());
    store.apply(ratioSample(1000, 1, 2, "2026-12"));
    QVERIFY(!store.latestPeriod("760", "on_time").has_value());
    QVERIFY(!store.latestPeriod("761", "e_result").has_value());
}

void TestKpiStore::clearEmptiesStore()
{
    KpiStore store;
    store.apply(ratioSample(1000, 1, 2));
    const quint64 revision = store.revision();
    store.clear();
    QCOMPARE(store.size(), 0);
    QVERIFY(store.revision() > revision);
    QVERIFY(store.units().isEmpty());
    QVERIFY(!store.latestPeriod("760", "e_result").has_value());
    QCOMPARE(store.apply(ratioSample(1000, 1, 2)), KpiStore::ApplyResult::Inserted);
}

QTEST_GUILESS_MAIN(TestKpiStore)
#include "test_kpi_store.moc"
