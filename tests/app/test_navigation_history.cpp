#include "app/navigation_history.h"

#include <QTest>

using namespace soc;

class TestNavigationHistory : public QObject
{
    Q_OBJECT

private slots:
    void startsWithNowhereToGo();
    void backThenForward();
    void visitDropsForward();
    void sameLocationRecordedOnce();
    void oldestEntriesDropped();
};

namespace {

Location page(const char *name)
{
    return {QString::fromLatin1(name), QString()};
}

Location unit(const char *code)
{
    return {QStringLiteral("unit"), QString::fromLatin1(code)};
}

} // namespace

void TestNavigationHistory::startsWithNowhereToGo()
{
    NavigationHistory history;
    history.reset(page("overview"));
    QVERIFY(!history.canGoBack());
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.goBack(), page("overview"));
    QCOMPARE(history.goForward(), page("overview"));
}

void TestNavigationHistory::backThenForward()
{
    NavigationHistory history;
    history.reset(page("overview"));
    history.visit(unit("760"));
    history.visit(unit("776"));
    QCOMPARE(history.goBack(), unit("760"));
    QCOMPARE(history.goBack(), page("overview"));
    QVERIFY(!history.canGoBack());
    QVERIFY(history.canGoForward());
    QCOMPARE(history.goForward(), unit("760"));
    QCOMPARE(history.goForward(), unit("776"));
    QVERIFY(!history.canGoForward());
}

void TestNavigationHistory::visitDropsForward()
{
    NavigationHistory history;
    history.reset(page("overview"));
    history.visit(page("ranking"));
    history.visit(unit("760"));
    history.goBack();
    history.visit(page("feeds"));
    QVERIFY(!history.canGoForward());
    QCOMPARE(history.goBack(), page("ranking"));
}

void TestNavigationHistory::sameLocationRecordedOnce()
{
    NavigationHistory history;
    history.reset(page("overview"));
    history.visit(unit("760"));
    history.visit(unit("760"));
    QCOMPARE(history.goBack(), page("overview"));
    QVERIFY(!history.canGoBack());
}

void TestNavigationHistory::oldestEntriesDropped()
{
    NavigationHistory history;
    history.reset(unit("0"));
    for (int i = 1; i <= NavigationHistory::MaxEntries + 20; ++i)
        history.visit({QStringLiteral("unit"), QString::number(i)});
    int steps = 0;
    while (history.canGoBack()) {
        history.goBack();
        ++steps;
    }
    QCOMPARE(steps, NavigationHistory::MaxEntries);
    QCOMPARE(history.current().unit, QStringLiteral("20"));
}

QTEST_APPLESS_MAIN(TestNavigationHistory)
#include "test_navigation_history.moc"
