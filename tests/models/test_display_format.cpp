#include "models/display_format.h"

#include <QDateTime>
#include <QTest>

using namespace soc;

class TestDisplayFormat : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void ratioFollowsLocale_data();
    void ratioFollowsLocale();
    void countHasGroupSeparators_data();
    void countHasGroupSeparators();
    void missingValueIsNoData();
    void timeIsCityTime();
    void targetDropsNeedlessDecimals();
    void tooltipEscapesFeedText();
    void languageFollowsDefaultLocale();
};

namespace {

const Indicator &indicator(const QString &id)
{
    static const IndicatorCatalog catalog = IndicatorCatalog::builtIn();
    return *catalog.find(id);
}

} // namespace

void TestDisplayFormat::ratioFollowsLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("vietnamese") << QLocale(QLocale::Vietnamese, QLocale::Vietnam) << "87,5%";
    QTest::newRow("english") << QLocale(QLocale::English, QLocale::UnitedStates) << "87.5%";
}

void TestDisplayFormat::ratioFollowsLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QLocale::setDefault(locale);
    QCOMPARE(formatValue(indicator(QStringLiteral("e_result")), 87.5), expected);
}

void TestDisplayFormat::countHasGroupSeparators_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("vietnamese") << QLocale(QLocale::Vietnamese, QLocale::Vietnam) << "12.345";
    QTest::newRow("english") << QLocale(QLocale::English, QLocale::UnitedStates) << "12,345";
}

void TestDisplayFormat::countHasGroupSeparators()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    QLocale::setDefault(locale);
    QCOMPARE(formatValue(indicator(QStringLiteral("overdue_backlog")), 12345.0), expected);
}

void TestDisplayFormat::missingValueIsNoData()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(formatValue(indicator(QStringLiteral("e_result")), std::nullopt), "No data");
    QCOMPARE(formatValue(indicator(QStringLiteral("e_result")), qQNaN()), "No data");
}

void TestDisplayFormat::timeIsCityTime()
{
    const qint64 at = QDateTime::fromString(QStringLiteral("2026-12-04T02:14:00Z"), Qt::ISODate)
                          .toMSecsSinceEpoch();
    QCOMPARE(formatDateTime(at), "04/12/2026 09:14");
    QCOMPARE(formatTime(at), "09:14");
}

void TestDisplayFormat::targetDropsNeedlessDecimals()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(formatTarget(indicator(QStringLiteral("e_result"))), "80%");
    QCOMPARE(formatTarget(indicator(QStringLiteral("overdue_backlog"))), QString());
}

void TestDisplayFormat::tooltipEscapesFeedText()
{
    const QString html = tooltipHtml(QStringLiteral("<img src=x>Quận 1"), QStringLiteral("a\n<b>"));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(html.contains(QStringLiteral("&lt;img src=x&gt;Quận 1")));
    QVERIFY(html.contains(QStringLiteral("a<br>&lt;b&gt;")));
}

void TestDisplayFormat::languageFollowsDefaultLocale()
{
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    QCOMPARE(currentLanguage(), Language::Vietnamese);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(currentLanguage(), Language::English);
}

QTEST_GUILESS_MAIN(TestDisplayFormat)
#include "test_display_format.moc"
