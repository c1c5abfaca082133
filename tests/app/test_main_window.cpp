#include "app/localizer.h"
#include "app/main_window.h"
#include "models/ranking_model.h"
#include "support/demo_state.h"
#include "feed/feed_hub.h"
#include "widgets/overview_page.h"
#include "widgets/ranking_page.h"
#include "widgets/unit_detail_page.h"
#include "widgets/stale_banner.h"
#include "widgets/tile_map_widget.h"

#include <QAccessible>
#include <QAction>
#include <QProcess>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>

#include "soc/feed/v1/envelope.pb.h"

#include <QAbstractItemView>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QTabBar>
#include <QTemporaryDir>
#include <QMenuBar>
#include <QStatusBar>
#include <QTest>
#include <QTextDocument>

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
    void toolbarBackAndForward();
    void altArrowsGoBackAndForward();
    void mouseButtonsGoBackAndForward();
    void remembersTimeRange();
    void invalidSavedRangeReported();
    void everyTableExportsCsv();
    void reportHasChosenUnits();
    void focusableWidgetsNamed();
    void feedTextShownAsPlainText();
};

namespace {

QString overviewTitle(const MainWindow &window)
{
    // The first label of the overview page is its title.
    return window.overviewPage()->findChildren<QLabel *>().first()->text();
}

QByteArray serialize(const feed::v1::Envelope &envelope)
{
    const std::string bytes = envelope.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

// The text that a user sees for a tooltip: Qt renders a tooltip as rich text when
// Qt::mightBeRichText() finds markup in it.
QString renderedTooltip(const QString &tooltip)
{
    if (!Qt::mightBeRichText(tooltip))
        return tooltip;
    QTextDocument document;
    document.setHtml(tooltip);
    return document.toPlainText();
}

// Appends the tooltips of every item of `model` under `parent`, children included.
void collectTooltips(const QAbstractItemModel *model, const QModelIndex &parent,
                     QStringList *tooltips)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            const QString tooltip = model->data(index, Qt::ToolTipRole).toString();
            if (!tooltip.isEmpty())
                tooltips->append(tooltip);
            if (column == 0)
                collectTooltips(model, index, tooltips);
        }
    }
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

namespace {

QString currentPage(const MainWindow &window)
{
    const auto *tabs = window.findChild<QTabBar *>(QStringLiteral("pageTabs"));
    return MainWindow::pageNames().value(tabs ? tabs->currentIndex() : -1);
}

QToolButton *toolbarButton(const MainWindow &window, const char *actionName)
{
    auto *action = window.findChild<QAction *>(QString::fromLatin1(actionName));
    if (!action)
        return nullptr;
    return qobject_cast<QToolButton *>(window.navigationBar()->widgetForAction(action));
}

// Opens the overview, then District 8 from its tile, then District 1 from the ranking table
// with the keyboard: three places to go back through.
void drillDown(MainWindow *window)
{
    window->showPage(QStringLiteral("overview"));
    TileMapWidget *map = window->overviewPage()->tileMap();
    const QPoint district8 = map->tileRect(QStringLiteral("776")).center().toPoint();
    QTest::mouseClick(map, Qt::LeftButton, {}, district8);
    auto *table =
        window->rankingPage()->findChild<QTableView *>(QStringLiteral("rankingPageTable"));
    window->showPage(QStringLiteral("ranking"));
    const QModelIndexList rows = table->model()->match(
        table->model()->index(0, RankingModel::UnitColumn), RankingModel::UnitCodeRole,
        QStringLiteral("760"));
    table->setFocus();
    table->setCurrentIndex(rows.value(0));
    QTest::keyClick(table, Qt::Key_Return);
}

// Rows of a model with the rows under them, as a tree view shows them expanded.
int rowsInTree(const QAbstractItemModel &model, const QModelIndex &parent)
{
    int rows = model.rowCount(parent);
    for (int row = 0; row < model.rowCount(parent); ++row)
        rows += rowsInTree(model, model.index(row, 0, parent));
    return rows;
}

QString pdfText(const QString &path)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QStringLiteral("pdftotext")),
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    process.waitForFinished(30000);
    // NFKC turns the fonts' "fi" and "fl" ligatures back into letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

} // namespace

void TestMainWindow::toolbarBackAndForward()
{
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    MainWindow window(&localizer, false);
    window.applyState(test::demoState());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QToolButton *back = toolbarButton(window, "backAction");
    QToolButton *forward = toolbarButton(window, "forwardAction");
    QVERIFY(back);
    QVERIFY(forward);
    QVERIFY(!back->isEnabled());

    drillDown(&window);
    QCOMPARE(currentPage(window), "unit");
    QCOMPARE(window.unitDetailPage()->unit(), "760");

    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(currentPage(window), "ranking");
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(currentPage(window), "unit");
    QCOMPARE(window.unitDetailPage()->unit(), "776");
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(currentPage(window), "overview");
    QVERIFY(!back->isEnabled());

    QVERIFY(forward->isEnabled());
    QTest::mouseClick(forward, Qt::LeftButton);
    QCOMPARE(currentPage(window), "unit");
    QCOMPARE(window.unitDetailPage()->unit(), "776");
    // A new place drops the forward entries.
    window.showPage(QStringLiteral("feeds"));
    QVERIFY(!forward->isEnabled());
    QTest::mouseClick(back, Qt::LeftButton);
    QCOMPARE(window.unitDetailPage()->unit(), "776");
}

void TestMainWindow::altArrowsGoBackAndForward()
{
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    MainWindow window(&localizer, false);
    window.applyState(test::demoState());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    drillDown(&window);

    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(currentPage(window), "ranking");
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(window.unitDetailPage()->unit(), "776");
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(currentPage(window), "ranking");
    // Ctrl+5 opens the fifth tab, Feeds, and going back returns to the ranking.
    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(currentPage(window), "feeds");
    QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(currentPage(window), "ranking");
}

void TestMainWindow::mouseButtonsGoBackAndForward()
{
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    MainWindow window(&localizer, false);
    window.applyState(test::demoState());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    drillDown(&window);

    // The buttons act over any child, here the unit page's table.
    auto *table =
        window.unitDetailPage()->findChild<QTableView *>(QStringLiteral("unitDetailTable"));
    QVERIFY(table);
    QTest::mouseClick(table->viewport(), Qt::BackButton);
    QCOMPARE(currentPage(window), "ranking");
    QTest::mouseClick(window.rankingPage(), Qt::BackButton);
    QCOMPARE(window.unitDetailPage()->unit(), "776");
    QTest::mouseClick(window.unitDetailPage(), Qt::ForwardButton);
    QCOMPARE(currentPage(window), "ranking");
}

void TestMainWindow::remembersTimeRange()
{
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    {
        MainWindow window(&localizer);
        window.applyState(test::demoState());
        auto *button = window.unitDetailPage()->findChild<QAbstractButton *>(
            QStringLiteral("range30Days"));
        QVERIFY(button);
        button->click();
    }
    {
        MainWindow restarted(&localizer);
        QCOMPARE(restarted.timeRange(), TimeRange::preset(TimeRange::Kind::Last30Days));
        const auto custom = TimeRange::custom(test::demoMoment() - 3 * 24 * 3600 * 1000LL,
                                              test::demoMoment());
        QVERIFY(custom);
        restarted.setTimeRange(*custom);
    }
    MainWindow again(&localizer);
    QCOMPARE(again.timeRange().kind(), TimeRange::Kind::Custom);
    QCOMPARE(again.timeRange().fromMs(0), test::demoMoment() - 3 * 24 * 3600 * 1000LL);
    QCOMPARE(again.unitDetailPage()->timeRange(), again.timeRange());
}

void TestMainWindow::invalidSavedRangeReported()
{
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    QSettings().setValue(QStringLiteral("ui/timeRange"), QStringLiteral("fortnight"));
    MainWindow window(&localizer);
    QCOMPARE(window.timeRange(), TimeRange());
    const QString message = window.statusBar()->currentMessage();
    QVERIFY2(message.contains(QStringLiteral("'fortnight'")), qPrintable(message));
}

void TestMainWindow::everyTableExportsCsv()
{
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    MainWindow window(&localizer, false);
    window.applyState(test::demoState());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showUnit(QStringLiteral("760"));
    QTemporaryDir dir;
    int exported = 0;
    for (const QString &page : MainWindow::pageNames()) {
        QVERIFY(window.showPage(page));
        const QList<QAbstractItemView *> tables = window.currentTables();
        QVERIFY2(!tables.isEmpty(), qPrintable(page));
        for (QAbstractItemView *table : tables) {
            // Each table offers the export in its context menu.
            QCOMPARE(table->contextMenuPolicy(), Qt::ActionsContextMenu);
            QCOMPARE(table->actions().size(), 1);
            const QString path = dir.filePath(table->objectName() + QStringLiteral(".csv"));
            QString error;
            QVERIFY2(window.exportTableCsv(*table->model(), path, &error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QStringList lines = QString::fromUtf8(file.readAll())
                                          .split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), rowsInTree(*table->model(), QModelIndex()) + 1);
            const QString firstHeader =
                table->model()->headerData(0, Qt::Horizontal).toString();
            QVERIFY2(lines.first().startsWith(firstHeader), qPrintable(lines.first()));
            ++exported;
        }
    }
    // Ranking twice (overview and ranking page), unit detail and score, alerts, the two tables
    // of the Feeds page and the two of the Replay page.
    QCOMPARE(exported, 9);
}

void TestMainWindow::reportHasChosenUnits()
{
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    MainWindow window(&localizer, false);
    window.applyState(test::demoState());
    window.setTimeRange(TimeRange::preset(TimeRange::Kind::ThisMonth));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    QString error;
    QVERIFY2(window.exportReport(path, {QStringLiteral("776")}, &error), qPrintable(error));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Unit: District 8 (776)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("This month: 01/12/2026 00:00")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Unit: District 1")), qPrintable(text));

    MainWindow empty(&localizer, false);
    QVERIFY(!empty.exportReport(path, {}, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

// Walks the keyboard focus chain of every page, as Tab does, and checks that each stop has a
// name that a screen reader can read out.
void TestMainWindow::focusableWidgetsNamed()
{
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::Vietnamese));
    MainWindow window(&localizer, false);
    window.applyState(test::demoState());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const QString &page : MainWindow::pageNames()) {
        QVERIFY(window.showPage(page));
        QStringList unnamed;
        int stops = 0;
        QWidget *widget = &window;
        do {
            widget = widget->nextInFocusChain();
            if (!widget->isVisible() || !widget->isEnabled() ||
                !(widget->focusPolicy() & Qt::TabFocus))
                continue;
            ++stops;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            const QString name = accessible ? accessible->text(QAccessible::Name) : QString();
            if (name.trimmed().isEmpty())
                unnamed << QStringLiteral("%1 %2").arg(QString::fromLatin1(
                                                           widget->metaObject()->className()),
                                                       widget->objectName());
        } while (widget != &window);
        // At least the page tabs, even on the Replay page without a recording.
        QVERIFY2(stops >= 1, qPrintable(page));
        QVERIFY2(unnamed.isEmpty(), qPrintable(page + QStringLiteral(": ") + unnamed.join(", ")));
    }
}

void TestMainWindow::feedTextShownAsPlainText()
{
    // A unit name, a unit code and an alert text from a feed that hold HTML. Each must show as
    // the characters it contains, never as formatting or a loaded image.
    const std::string markup = "<b>Bad</b><img src=\"x.png\">";
    const QString shown = QString::fromStdString(markup);
    const qint64 atMs = test::demoMoment();
    FeedWorker worker;
    DemoFeed demo;
    for (const QByteArray &payload : demo.picture(atMs))
        worker.ingest(payload, QString(), atMs);

    feed::v1::Envelope catalog;
    // A source of its own, so that no demo envelope with the same sequence makes these
    // duplicates.
    catalog.set_source("markup-test");
    catalog.set_sequence(1);
    catalog.set_sent_at(atMs);
    feed::v1::Unit *unit = catalog.mutable_unit_catalog()->add_units();
    unit->set_code("760");
    unit->set_parent("79");
    unit->set_level("district");
    unit->set_name_vi(markup);
    unit->set_name_en(markup);
    worker.ingest(serialize(catalog), QString(), atMs);

    feed::v1::Envelope alert;
    alert.set_source("markup-test");
    alert.set_sequence(2);
    alert.set_sent_at(atMs);
    alert.mutable_alert()->set_id("markup");
    alert.mutable_alert()->set_unit("760");
    alert.mutable_alert()->set_indicator("special_id_unverified");
    alert.mutable_alert()->set_severity("critical");
    alert.mutable_alert()->set_active(true);
    alert.mutable_alert()->set_text_vi(markup);
    alert.mutable_alert()->set_text_en(markup);
    worker.ingest(serialize(alert), QString(), atMs);

    feed::v1::Envelope batch;
    batch.set_source("markup-test");
    batch.set_sequence(3);
    batch.set_sent_at(atMs);
    feed::v1::Sample *sample = batch.mutable_kpi_batch()->add_samples();
    sample->set_unit("<i>999</i>");
    sample->set_indicator("e_result");
    sample->set_period("2026-12");
    sample->set_observed_at(atMs);
    sample->set_numerator(1);
    sample->set_denominator(2);
    worker.ingest(serialize(batch), QString(), atMs);

    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    MainWindow window(&localizer, false);
    window.applyState(worker.buildState(atMs));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    int labelsWithMarkup = 0;
    QStringList tooltips;
    const auto inspect = [&](const QString &page) {
        for (const QLabel *label : window.findChildren<QLabel *>()) {
            if (!label->text().contains(QStringLiteral("<b>Bad</b>")))
                continue;
            ++labelsWithMarkup;
            QVERIFY2(label->textFormat() == Qt::PlainText,
                     qPrintable(page + QStringLiteral(": ") + label->text()));
        }
        for (const QAbstractItemView *view : window.findChildren<QAbstractItemView *>()) {
            if (view->model())
                collectTooltips(view->model(), QModelIndex(), &tooltips);
        }
    };
    for (const QString &page : MainWindow::pageNames()) {
        QVERIFY(window.showPage(page));
        QCoreApplication::processEvents();
        inspect(page);
    }
    window.showUnit(QStringLiteral("760"));
    QCoreApplication::processEvents();
    inspect(QStringLiteral("unit 760"));

    // The unit detail title, at least, shows the unit name.
    QVERIFY2(labelsWithMarkup >= 1, qPrintable(QString::number(labelsWithMarkup)));
    int tooltipsWithMarkup = 0;
    for (const QString &tooltip : std::as_const(tooltips)) {
        if (!tooltip.contains(QStringLiteral("Bad")) && !tooltip.contains(QStringLiteral("999")))
            continue;
        ++tooltipsWithMarkup;
        const QString rendered = renderedTooltip(tooltip);
        QVERIFY2(rendered.contains(shown) || rendered.contains(QStringLiteral("<i>999</i>")),
                 qPrintable(tooltip));
    }
    // The alert row and the unknown unit codes on the Feeds page, at least.
    QVERIFY2(tooltipsWithMarkup >= 2, qPrintable(tooltips.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
