#include "models/feeds_model.h"
#include "support/demo_state.h"
#include "widgets/feeds_page.h"

#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace soc;

class TestFeedsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void listsEverySource();
    void summaryCountsRejections();
};

void TestFeedsPage::listsEverySource()
{
    FeedsPage page;
    page.resize(1600, 900);
    page.setState(test::demoState());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("sourcesTable"));
    QVERIFY(table);
    QStringList sources;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        sources << table->model()->index(row, 0).data(FeedsModel::SourceIdRole).toString();
    QCOMPARE(sources, (QStringList{"citizen-app", "dkkd", "dvcqg", "forms", "justice", "tthc"}));
}

void TestFeedsPage::summaryCountsRejections()
{
    FeedWorker worker;
    worker.ingest(QByteArrayLiteral("\x0a\xff"), QStringLiteral("dkkd"), test::demoMoment());
    FeedsPage page;
    page.setState(worker.buildState(test::demoMoment()));
    QStringList texts;
    for (const QLabel *label : page.findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.join('|').contains("rejected messages: 1"), qPrintable(texts.join('|')));
    QCOMPARE(page.feedsModel()->rowCount(), 1);
    QCOMPARE(page.feedsModel()->index(0, FeedsModel::RejectedColumn).data().toString(), "1");
}

QTEST_MAIN(TestFeedsPage)
#include "test_feeds_page.moc"
