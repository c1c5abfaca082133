#include "app/localizer.h"
#include "app/main_window.h"
#include "models/ranking_model.h"
#include "support/demo_state.h"
#include "feed/feed_hub.h"
#include "widgets/overview_page.h"
#include "widgets/ranking_page.h"
#include "widgets/unit_detail_page.h"
#include "widgets/stale_banner.h"

#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>

using namespace soc;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    // Settings persist between runs, and each test starts from none.
    void init() { QSettings().clear(); }
    void switchesLanguageWithoutRestart();
    void numbersFollowLanguage();
    void statusBarCountsRejections();
    void staleBannerWhenFeedsDown();
    void exportsPngAndCsv();
    void remembersPageAndIndicator();
    void drillDownOpensUnit();
};

namespace {

QString overviewTitle(const MainWindow &window)
{
    // The first label of the overview page is its title.
    return window.overviewPage()->findChildren<QLabel *>().first()->text();
}

} // namespace

void TestMainWindow::switchesLanguageWithoutRestart()
{
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    MainWindow window(&localizer);
    window.applyState(test::demoState());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), "SOC Dashboard · Ho Chi Minh City");
    QCOMPARE(overviewTitle(window), "City Overview · Ho Chi Minh City");
    QCOMPARE(window.menuBar()->actions().first()->text(), "&File");

    // Qt posts LanguageChange to the windows, so the switch shows after the event loop runs.
    QVERIFY(localizer.setLanguage(Language::Vietnamese));
    QTRY_COMPARE(window.windowTitle(), "SOC Dashboard · Thành phố Hồ Chí Minh");
    QCOMPARE(overviewTitle(window), "Tổng quan thành phố · Thành phố Hồ Chí Minh");
    QCOMPARE(window.menuBar()->actions().first()->text(), "&Tệp");
    const QAbstractItemModel *model = window.overviewPage()->rankingModel();
    QCOMPARE(model->headerData(RankingModel::UnitColumn, Qt::Horizontal).toString(), "Đơn vị");

    QVERIFY(localizer.setLanguage(Language::English));
    QTRY_COMPARE(overviewTitle(window), "City Overview · Ho Chi Minh City");
}

void TestMainWindow::numbersFollowLanguage()
{
    Localizer localizer;
    MainWindow window(&localizer);
    window.applyState(test::demoState());
    const QAbstractItemModel *model = window.overviewPage()->rankingModel();
    const QModelIndex value = model->index(0, RankingModel::ValueColumn);

    QVERIFY(localizer.setLanguage(Language::Vietnamese));
    QCoreApplication::processEvents();
    QVERIFY2(value.data().toString().contains(QLatin1Char(',')), qPrintable(value.data().toString()));
    QVERIFY(localizer.setLanguage(Language::English));
    QVERIFY2(value.data().toString().contains(QLatin1Char('.')), qPrintable(value.data().toString()));
}

void TestMainWindow::statusBarCountsRejections()
{
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    FeedWorker worker;
    worker.ingest(QByteArrayLiteral("\xff\xff not protobuf"), QStringLiteral("tthc"), 1);
    MainWindow window(&localizer);
    window.applyState(worker.buildState());
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.contains(QStringLiteral("Rejected messages: 1")), qPrintable(texts.join('|')));
}

void TestMainWindow::staleBannerWhenFeedsDown()
{
    // A direct-stream feed to a port where nothing listens fails, and no other feed is live.
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    FeedHub hub;
    DashboardStatePtr failed;
    connect(&hub, &FeedHub::stateReady, this, [&](DashboardStatePtr state) {
        if (!state->connections.isEmpty() &&
            state->connections.first().state == ConnectionState::Failed)
            failed = state;
    });
    QString error;
    QVERIFY2(hub.start({QStringLiteral("tcp://127.0.0.1:9")}, QString(), &error),
             qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(failed != nullptr, 10000);
    hub.stop();

    MainWindow window(&localizer);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<StaleBanner *>(QStringLiteral("staleBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    window.applyState(failed);
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(QStringLiteral("NO LIVE DATA")), qPrintable(banner->text()));

    auto recovered = std::make_shared<DashboardState>(*failed);
    recovered->connections.first().state = ConnectionState::Connected;
    window.applyState(recovered);
    QVERIFY(!banner->isVisible());
}

void TestMainWindow::exportsPngAndCsv()
{
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    MainWindow window(&localizer);
    window.resize(1600, 900);
    window.applyState(test::demoState());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QTemporaryDir dir;
    QString error;
    const QString png = dir.filePath(QStringLiteral("page.png"));
    QVERIFY2(window.exportPagePng(png, &error), qPrintable(error));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 1000);

    const QString csv = dir.filePath(QStringLiteral("ranking.csv"));
    QVERIFY2(window.exportRankingCsv(csv, &error), qPrintable(error));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"),
                                                                       Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 23);
    QVERIFY2(lines.first().startsWith(QStringLiteral("Rank,Unit,Value")), qPrintable(lines.first()));
    // Figures such as "2,076 / 2,764" hold commas, so they are quoted.
    const QString all = lines.join(QLatin1Char('\n'));
    static const QRegularExpression quotedFigures(QStringLiteral(",\"[0-9,]+ / [0-9,]+\","));
    QVERIFY2(all.contains(quotedFigures), qPrintable(all));

    QVERIFY(!window.exportPagePng(QStringLiteral("/nonexistent/folder/x.png"), &error));
    QVERIFY2(error.contains(QStringLiteral("/nonexistent/folder/x.png")), qPrintable(error));
}

void TestMainWindow::remembersPageAndIndicator()
{
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    {
        MainWindow window(&localizer);
        window.applyState(test::demoState());
        QVERIFY(window.showPage(QStringLiteral("ranking")));
        window.chooseIndicator(QStringLiteral("on_time"));
    }
    MainWindow restarted(&localizer);
    restarted.applyState(test::demoState());
    QCOMPARE(restarted.overviewPage()->indicator(), "on_time");
    QCOMPARE(restarted.rankingPage()->indicator(), "on_time");
    auto *tabs = restarted.findChild<QTabBar *>(QStringLiteral("pageTabs"));
    QVERIFY(tabs);
    QCOMPARE(tabs->currentIndex(), 1);
}

void TestMainWindow::drillDownOpensUnit()
{
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    MainWindow window(&localizer, false);
    window.applyState(test::demoState());
    auto *tabs = window.findChild<QTabBar *>(QStringLiteral("pageTabs"));
    QVERIFY(tabs);
    emit window.overviewPage()->unitActivated(QStringLiteral("776"));
    QCOMPARE(tabs->currentIndex(), MainWindow::pageNames().indexOf(QStringLiteral("unit")));
    QStringList texts;
    for (const QLabel *label : window.unitDetailPage()->findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.join('|').contains(QStringLiteral("District 8")), qPrintable(texts.join('|')));
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
