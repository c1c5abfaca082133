#include "support/demo_state.h"
#include "widgets/wall_board_view.h"
#include "widgets/wall_header.h"
#include "widgets/wall_scale.h"

#include <QApplication>
#include <QFontDatabase>
#include <QTest>

#include <cmath>

using namespace soc;

namespace {

// The cap height, in millimetres, that subtends 16 minutes of arc at `metres`.
double legibleCapMillimetres(double metres)
{
    return metres * 1000 * std::tan(16.0 / 60 * M_PI / 180);
}

WallBoard districtBoard(bool keepFirstAndLast)
{
    const DashboardStatePtr state = test::demoState();
    WallBoard board = keepFirstAndLast
                          ? WallBoards::ranking(*state, QString(), QStringLiteral("e_result"))
                          : WallBoards::overview(*state, QString(), QStringLiteral("e_result"));
    board.title = QStringLiteral("1/6 · ") + board.title;
    return board;
}

} // namespace

class TestWallBoardView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void typeSize_data();
    void typeSize();
    void typeMeetsRuleInTheFont();
    void givenWidthIsUsed();
    void largeWallShowsEveryRow_data();
    void largeWallShowsEveryRow();
    void smallPanelKeepsWorstRows();
    void rankingKeepsBestAndWorst();
    void headerFitsAges();
    void headerPutsStaleSourcesFirst();
};

void TestWallBoardView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    // As the dashboard's theme picks it.
    if (QFontDatabase::families().contains(QStringLiteral("Noto Sans")))
        QApplication::setFont(QFont(QStringLiteral("Noto Sans")));
}

void TestWallBoardView::typeSize_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<double>("widthMm");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<double>("metres");
    QTest::addColumn<int>("pixels");
    QTest::addColumn<bool>("legible");
    // 46.54 mm of cap height at 10 m, over 0.71 em and 0.634 mm per pixel: 103.4 px.
    QTest::newRow("55-inch 1080p at 10 m")
        << QSize(1920, 1080) << 1217.6 << 1.0 << 10.0 << 104 << true;
    QTest::newRow("no size, 4K as 2 by 2 panels")
        << QSize(3840, 2160) << 0.0 << 1.0 << 10.0 << 104 << true;
    QTest::newRow("55-inch 4K panel") << QSize(3840, 2160) << 1217.6 << 1.0 << 10.0 << 207 << true;
    QTest::newRow("55-inch 4K at ratio 2")
        << QSize(1920, 1080) << 1217.6 << 2.0 << 10.0 << 104 << true;
    QTest::newRow("near wall") << QSize(1920, 1080) << 1217.6 << 1.0 << 3.0 << 32 << true;
    QTest::newRow("desk screen, workstation floor")
        << QSize(1920, 1080) << 527.0 << 1.0 << 1.0 << 27 << true;
    QTest::newRow("small screen far away")
        << QSize(1920, 1080) << 600.0 << 1.0 << 10.0 << 108 << false;
    // Televisions often report their aspect ratio in centimetres instead of their size.
    QTest::newRow("aspect ratio as size")
        << QSize(1920, 1080) << 160.0 << 1.0 << 10.0 << 104 << true;
    QTest::newRow("virtual display at 96 dpi")
        << QSize(1920, 1080) << 508.0 << 1.0 << 10.0 << 104 << true;
}

void TestWallBoardView::typeSize()
{
    QFETCH(QSize, size);
    QFETCH(double, widthMm);
    QFETCH(double, ratio);
    QFETCH(double, metres);
    QFETCH(int, pixels);
    QFETCH(bool, legible);
    const WallTypeScale scale =
        wallTypeScale(size, QSizeF(widthMm, widthMm * 9 / 16), ratio, metres);
    QCOMPARE(scale.textPixels, pixels);
    QCOMPARE(scale.legibleFromMetres >= metres, legible);
    QCOMPARE(scale.sizeReported, widthMm / size.width() / ratio >= MinPlausiblePitch);
    if (!legible)
        QVERIFY(scale.legibleFromMetres < metres && scale.legibleFromMetres > metres / 2);
}

void TestWallBoardView::typeMeetsRuleInTheFont()
{
    // The rule assumes a cap height of 0.71 em; the font on this machine must reach it.
    const WallTypeScale scale = wallTypeScale(QSize(1920, 1080), QSizeF(1217.6, 684.9), 1, 10);
    QFont font = QApplication::font();
    font.setPixelSize(scale.textPixels);
    const double capMillimetres = QFontMetricsF(font).capHeight() * scale.millimetresPerPixel;
    QVERIFY2(
        capMillimetres >= legibleCapMillimetres(10) * 0.98,
        qPrintable(QStringLiteral("%1: cap height %2 mm").arg(font.family()).arg(capMillimetres)));
}

void TestWallBoardView::givenWidthIsUsed()
{
    // 1218 mm over 5760 pixels is finer than any wall the rule expects, but the playlist's
    // screen_width_mm is the installer's word for it.
    const QSize size(5760, 3240);
    const QSizeF given(1218, 1218.0 * 3240 / 5760);
    QVERIFY(!wallTypeScale(size, given, 1, 10).sizeReported);
    const WallTypeScale scale = wallTypeScale(size, given, 1, 10, true);
    QVERIFY(scale.sizeReported);
    QCOMPARE(scale.textPixels, 311);
    QVERIFY(scale.legibleFromMetres >= 10);
}

void TestWallBoardView::largeWallShowsEveryRow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("Vietnamese") << "vi";
}

void TestWallBoardView::largeWallShowsEveryRow()
{
    QFETCH(QString, language);
    QLocale::setDefault(QLocale(language));
    // 3840x2160 with no size reported: a wall of two by two 55-inch panels.
    WallBoardView view;
    view.setTextPixels(104);
    view.setBoard(districtBoard(false));
    view.resize(3840, 2160);
    view.grab();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(view.shownRows().size(), 22);
    QCOMPARE(view.hiddenRows(), 0);
    // The names and figures fit their columns whole.
    QCOMPARE(view.elidedTexts(), 0);
}

void TestWallBoardView::smallPanelKeepsWorstRows()
{
    WallBoardView view;
    view.setTextPixels(104);
    const WallBoard board = districtBoard(false);
    view.setBoard(board);
    view.resize(1920, 1080);
    view.grab();
    const QVector<int> visible = view.shownRows();
    QVERIFY(!visible.isEmpty());
    QVERIFY2(visible.size() < 5, qPrintable(QString::number(visible.size())));
    for (int i = 0; i < visible.size(); ++i)
        QCOMPARE(visible.at(i), i); // the worst ones, in order
    QCOMPARE(view.hiddenRows(), 22 - visible.size());
}

void TestWallBoardView::rankingKeepsBestAndWorst()
{
    WallBoardView view;
    view.setTextPixels(60);
    view.setBoard(districtBoard(true));
    view.resize(1920, 1080);
    view.grab();
    const QVector<int> visible = view.shownRows();
    QVERIFY2(visible.size() >= 4, qPrintable(QString::number(visible.size())));
    QVERIFY2(visible.size() < 22, qPrintable(QString::number(visible.size())));
    QCOMPARE(visible.first(), 0);
    QCOMPARE(visible.last(), 21);
    QCOMPARE(view.hiddenRows(), 22 - visible.size());
}

void TestWallBoardView::headerFitsAges()
{
    auto state = std::make_shared<DashboardState>(*test::demoState());
    state->demo = true;
    WallHeader header;
    header.setTextPixels(104);
    header.setState(state);
    header.setNow(test::demoMoment() + 10 * 1000);
    header.show();
    const int sources = int(state->sources.size());
    QVERIFY(sources >= 6);

    // A wall of three by two panels has room for every source beside the mark.
    header.resize(5760, 200);
    QCOMPARE(header.shownAgeTexts().size(), sources);
    QVERIFY(!header.agesOnSecondRow());

    // A 4K canvas shows some by name and counts the others.
    header.resize(3840, 200);
    QVERIFY(!header.agesOnSecondRow());
    const QStringList visible = header.shownAgeTexts();
    QVERIFY2(visible.size() >= 2 && visible.size() < sources, qPrintable(visible.join('|')));
    QVERIFY2(visible.last().contains(QStringLiteral("+%1 more").arg(sources - visible.size() + 1)),
             qPrintable(visible.join('|')));

    // One panel has room for a count of them beside the mark.
    header.resize(1920, 200);
    QVERIFY(!header.agesOnSecondRow());
    QCOMPARE(header.shownAgeTexts(), QStringList{QStringLiteral("%1 < 1 min").arg(sources)});

    // With a stale source and no room beside the mark, the ages take a second row.
    const int oneRow = header.height();
    state->sources[QStringLiteral("tthc")].lastSeenMs = test::demoMoment() - 20 * 60 * 1000;
    header.setState(state);
    header.resize(1700, 200);
    QVERIFY(header.agesOnSecondRow());
    QVERIFY(header.height() > oneRow);
    QVERIFY2(header.shownAgeTexts().value(0) == "tthc 20 min",
             qPrintable(header.shownAgeTexts().join('|') + " " + header.ageTexts().join('|') +
                        QString::number(header.width())));
}

void TestWallBoardView::headerPutsStaleSourcesFirst()
{
    auto state = std::make_shared<DashboardState>(*test::demoState());
    state->sources[QStringLiteral("tthc")].lastSeenMs = test::demoMoment() - 20 * 60 * 1000;
    WallHeader header;
    header.setTextPixels(104);
    header.setState(state);
    header.setNow(test::demoMoment() + 10 * 1000);
    header.show();
    header.resize(3840, 200);
    QVERIFY2(header.shownAgeTexts().value(0) == "tthc 20 min",
             qPrintable(header.shownAgeTexts().join('|')));
    QVERIFY2(header.ageTexts().value(0) == "⚠ tthc 20 min",
             qPrintable(header.ageTexts().join('|')));
}

QTEST_MAIN(TestWallBoardView)
#include "test_wall_board_view.moc"
