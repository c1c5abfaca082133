#include "models/time_range.h"

#include <QDateTime>
#include <QTest>

using namespace soc;

class TestTimeRange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void presetBounds_data();
    void presetBounds();
    void customBounds();
    void customRejectsEmptyRange();
    void settingsRoundTrip_data();
    void settingsRoundTrip();
    void parseRejectsInvalid_data();
    void parseRejectsInvalid();
    void describeNamesBounds();
};

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

// 2026-12-04 10:00 in Ho Chi Minh City.
const qint64 Now = utc("2026-12-04T03:00:00Z");

} // namespace

void TestTimeRange::presetBounds_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("from");
    QTest::newRow("24 hours") << int(TimeRange::Kind::Last24Hours) << utc("2026-12-03T03:00:00Z");
    QTest::newRow("7 days") << int(TimeRange::Kind::Last7Days) << utc("2026-11-27T03:00:00Z");
    QTest::newRow("30 days") << int(TimeRange::Kind::Last30Days) << utc("2026-11-04T03:00:00Z");
    // Month and year start at midnight in the city, 17:00 UTC the day before.
    QTest::newRow("this month") << int(TimeRange::Kind::ThisMonth) << utc("2026-11-30T17:00:00Z");
    QTest::newRow("this year") << int(TimeRange::Kind::ThisYear) << utc("2025-12-31T17:00:00Z");
}

void TestTimeRange::presetBounds()
{
    QFETCH(int, kind);
    QFETCH(qint64, from);
    const TimeRange range = TimeRange::preset(TimeRange::Kind(kind));
    QCOMPARE(range.fromMs(Now), from);
    QCOMPARE(range.toMs(Now), Now);
}

void TestTimeRange::customBounds()
{
    const auto range = TimeRange::custom(utc("2026-10-01T00:00:00Z"), utc("2026-10-15T00:00:00Z"));
    QVERIFY(range);
    QCOMPARE(range->kind(), TimeRange::Kind::Custom);
    QCOMPARE(range->fromMs(Now), utc("2026-10-01T00:00:00Z"));
    QCOMPARE(range->toMs(Now), utc("2026-10-15T00:00:00Z"));
    // 07:00 in the city, which the label shows.
    QCOMPARE(range->label(), QStringLiteral("01/10/2026 07:00 – 15/10/2026 07:00"));
}

void TestTimeRange::customRejectsEmptyRange()
{
    QVERIFY(!TimeRange::custom(Now, Now));
    QVERIFY(!TimeRange::custom(Now, Now - 1));
}

void TestTimeRange::settingsRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("24h") << QStringLiteral("24h");
    QTest::newRow("7d") << QStringLiteral("7d");
    QTest::newRow("30d") << QStringLiteral("30d");
    QTest::newRow("month") << QStringLiteral("month");
    QTest::newRow("year") << QStringLiteral("year");
    QTest::newRow("custom") << QStringLiteral("custom:1790000000000:1790086400000");
}

void TestTimeRange::settingsRoundTrip()
{
    QFETCH(QString, value);
    const std::optional<TimeRange> range = TimeRange::parse(value);
    QVERIFY(range);
    QCOMPARE(range->toSettingsValue(), value);
}

void TestTimeRange::parseRejectsInvalid_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("empty") << QString();
    QTest::newRow("unknown preset") << QStringLiteral("2w");
    QTest::newRow("custom without end") << QStringLiteral("custom:1790000000000");
    QTest::newRow("custom not numbers") << QStringLiteral("custom:a:b");
    QTest::newRow("custom reversed") << QStringLiteral("custom:1790086400000:1790000000000");
}

void TestTimeRange::parseRejectsInvalid()
{
    QFETCH(QString, value);
    QVERIFY(!TimeRange::parse(value));
}

void TestTimeRange::describeNamesBounds()
{
    const QString text = TimeRange::preset(TimeRange::Kind::Last7Days).describe(Now);
    QCOMPARE(text, QStringLiteral("Last 7 days: 27/11/2026 10:00 – 04/12/2026 10:00 (UTC+7)"));
}

QTEST_MAIN(TestTimeRange)
#include "test_time_range.moc"
