#include "core/period.h"

#include <QTest>

using soc::Period;

namespace soc {

// Prints a period in its textual form when a QCOMPARE fails.
char *toString(const Period &period)
{
    return QTest::toString(period.isValid() ? period.toString() : QStringLiteral("(invalid)"));
}

} // namespace soc

class TestPeriod : public QObject
{
    Q_OBJECT

private slots:
    void parseValidForms_data();
    void parseValidForms();
    void parseRejectsInvalid_data();
    void parseRejectsInvalid();
    void factoriesMatchParse();
    void containsDatesInRange();
    void isMoreRecentThan_data();
    void isMoreRecentThan();
    void equalPeriodsHashEqual();
};

void TestPeriod::parseValidForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Period::Granularity>("granularity");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("end");

    QTest::newRow("day") << "2026-12-04" << Period::Granularity::Day << QDate(2026, 12, 4)
                         << QDate(2026, 12, 4);
    QTest::newRow("month") << "2026-12" << Period::Granularity::Month << QDate(2026, 12, 1)
                           << QDate(2026, 12, 31);
    QTest::newRow("quarter") << "2026-Q4" << Period::Granularity::Quarter << QDate(2026, 10, 1)
                             << QDate(2026, 12, 31);
    QTest::newRow("year") << "2026" << Period::Granularity::Year << QDate(2026, 1, 1)
                          << QDate(2026, 12, 31);
    QTest::newRow("first quarter")
        << "2026-Q1" << Period::Granularity::Quarter << QDate(2026, 1, 1) << QDate(2026, 3, 31);
    QTest::newRow("30-day month") << "2026-11" << Period::Granularity::Month << QDate(2026, 11, 1)
                                  << QDate(2026, 11, 30);
    QTest::newRow("february") << "2026-02" << Period::Granularity::Month << QDate(2026, 2, 1)
                              << QDate(2026, 2, 28);
    QTest::newRow("leap february")
        << "2028-02" << Period::Granularity::Month << QDate(2028, 2, 1) << QDate(2028, 2, 29);
    QTest::newRow("leap day") << "2028-02-29" << Period::Granularity::Day << QDate(2028, 2, 29)
                              << QDate(2028, 2, 29);
}

void TestPeriod::parseValidForms()
{
    QFETCH(QString, text);
    QFETCH(Period::Granularity, granularity);
    QFETCH(QDate, start);
    QFETCH(QDate, end);

    const Period period = Period::parse(text);
    QVERIFY(period.isValid());
    QCOMPARE(period.granularity(), granularity);
    QCOMPARE(period.start(), start);
    QCOMPARE(period.end(), end);
    QCOMPARE(period.toString(), text);
}

void TestPeriod::parseRejectsInvalid_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << "";
    QTest::newRow("month 13") << "2026-13";
    QTest::newRow("month 00") << "2026-00";
    QTest::newRow("quarter 5") << "2026-Q5";
    QTest::newRow("quarter 0") << "2026-Q0";
    QTest::newRow("february 30") << "2026-02-30";
    QTest::newRow("february 29 outside leap year") << "2026-02-29";
    QTest::newRow("day 32") << "2026-01-32";
    QTest::newRow("one-digit month") << "2026-1";
    QTest::newRow("two-digit year") << "26";
    QTest::newRow("trailing space") << "2026-12 ";
    QTest::newRow("slashes") << "2026/12/04";
    QTest::newRow("quarter with day") << "2026-Q4-01";
    QTest::newRow("word") << "latest";
}

void TestPeriod::parseRejectsInvalid()
{
    QFETCH(QString, text);

    const Period period = Period::parse(text);
    QVERIFY(!period.isValid());
    QCOMPARE(period.toString(), QString());
}

void TestPeriod::factoriesMatchParse()
{
    QCOMPARE(Period::day(QDate(2026, 12, 4)), Period::parse("2026-12-04"));
    QCOMPARE(Period::month(2026, 12), Period::parse("2026-12"));
    QCOMPARE(Period::quarter(2026, 4), Period::parse("2026-Q4"));
    QCOMPARE(Period::year(2026), Period::parse("2026"));
    QVERIFY(!Period::quarter(2026, 5).isValid());
    QVERIFY(!Period::quarter(2026, 0).isValid());
    QVERIFY(!Period::month(2026, 13).isValid());
    QVERIFY(!Period::day(QDate()).isValid());
    QVERIFY(Period::month(2026, 12) != Period::quarter(2026, 4));
}

void TestPeriod::containsDatesInRange()
{
    const Period quarter = Period::parse("2026-Q4");
    QVERIFY(quarter.contains(QDate(2026, 10, 1)));
    QVERIFY(quarter.contains(QDate(2026, 12, 31)));
    QVERIFY(!quarter.contains(QDate(2026, 9, 30)));
    QVERIFY(!quarter.contains(QDate(2027, 1, 1)));
}

void TestPeriod::isMoreRecentThan_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("expected");

    QTest::newRow("day over its month") << "2026-12-04"
                                        << "2026-12" << true;
    QTest::newRow("month over its quarter") << "2026-12"
                                            << "2026-Q4" << true;
    QTest::newRow("quarter over its year") << "2026-Q4"
                                           << "2026" << true;
    QTest::newRow("year under its quarter") << "2026"
                                            << "2026-Q4" << false;
    QTest::newRow("month under its day") << "2026-12"
                                         << "2026-12-04" << false;
    QTest::newRow("first day over month of same start") << "2026-12-01"
                                                        << "2026-12" << true;
    QTest::newRow("later day") << "2026-12-05"
                               << "2026-12-04" << true;
    QTest::newRow("earlier day") << "2026-12-03"
                                 << "2026-12-04" << false;
    QTest::newRow("later month over earlier day") << "2026-12"
                                                  << "2026-11-30" << true;
    QTest::newRow("next year over last day") << "2027"
                                             << "2026-12-31" << true;
    QTest::newRow("same period") << "2026-12"
                                 << "2026-12" << false;
    QTest::newRow("valid over invalid") << "2026"
                                        << "" << true;
    QTest::newRow("invalid under valid") << ""
                                         << "2026" << false;
    QTest::newRow("invalid against invalid") << ""
                                             << "" << false;
}

void TestPeriod::isMoreRecentThan()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, expected);

    QCOMPARE(Period::parse(first).isMoreRecentThan(Period::parse(second)), expected);
}

void TestPeriod::equalPeriodsHashEqual()
{
    const Period first = Period::parse("2026-12");
    const Period second = Period::month(2026, 12);
    QCOMPARE(first, second);
    QCOMPARE(soc::qHash(first, 7), soc::qHash(second, 7));
}

QTEST_GUILESS_MAIN(TestPeriod)
#include "test_period.moc"
