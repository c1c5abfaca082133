#include "models/target_status.h"
#include "support/demo_state.h"
#include "widgets/tile_map_widget.h"

#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace soc;

class TestTileMapWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void init();
    void cleanup() { delete m_map; }
    void placesEveryDistrict();
    void tilesDoNotOverlap();
    void tilesFollowGeography();
    void tileColourShowsTargetStatus();
    void staleGreysTiles();
    void clickActivatesUnit();
    void arrowKeysMoveAndEnterOpens();
    void tooltipShowsExactFigures();
    void gridWithoutPositions();

private:
    TileMapWidget *m_map = nullptr;
    DashboardStatePtr m_state;
};

void TestTileMapWidget::init()
{
    m_state = test::demoState();
    m_map = new TileMapWidget;
    m_map->resize(900, 900);
    m_map->setState(m_state);
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map));
}

void TestTileMapWidget::placesEveryDistrict()
{
    for (const QString &code : m_state->units->children(QStringLiteral("79"))) {
        const QRectF rect = m_map->tileRect(code);
        QVERIFY2(!rect.isEmpty(), qPrintable(code));
        QCOMPARE(m_map->unitAt(rect.center()), code);
    }
}

void TestTileMapWidget::tilesDoNotOverlap()
{
    const QStringList codes = m_state->units->children(QStringLiteral("79"));
    QCOMPARE(codes.size(), 22);
    for (int i = 0; i < codes.size(); ++i) {
        for (int j = i + 1; j < codes.size(); ++j) {
            QVERIFY2(!m_map->tileRect(codes.at(i)).intersects(m_map->tileRect(codes.at(j))),
                     qPrintable(codes.at(i) + QLatin1Char('/') + codes.at(j)));
        }
    }
}

void TestTileMapWidget::tilesFollowGeography()
{
    // Củ Chi lies north of District 1, Cần Giờ south-east of it, Bình Chánh to its west.
    const QPointF district1 = m_map->tileRect(QStringLiteral("760")).center();
    QVERIFY(m_map->tileRect(QStringLiteral("783")).center().y() < district1.y());
    QVERIFY(m_map->tileRect(QStringLiteral("787")).center().y() > district1.y());
    QVERIFY(m_map->tileRect(QStringLiteral("785")).center().x() < district1.x());
}

void TestTileMapWidget::tileColourShowsTargetStatus()
{
    const Indicator &indicator = *m_state->indicators->find(QStringLiteral("e_result"));
    const QImage image = m_map->grab().toImage();
    for (const QString &code : {QStringLiteral("760"), QStringLiteral("787")}) {
        const QRectF rect = m_map->tileRect(code);
        const QPoint inside = (rect.topLeft() + QPointF(rect.width() * 0.1, rect.height() * 0.45))
                                  .toPoint();
        const TargetStatus status =
            targetStatus(indicator, m_state->figure(code, indicator.id)->shown.value);
        QCOMPARE(image.pixelColor(inside), statusColor(status));
    }
}

void TestTileMapWidget::staleGreysTiles()
{
    const Indicator &indicator = *m_state->indicators->find(QStringLiteral("e_result"));
    m_map->setStale(true);
    const QImage image = m_map->grab().toImage();
    const QRectF rect = m_map->tileRect(QStringLiteral("760"));
    const QPoint inside = (rect.topLeft() + QPointF(rect.width() * 0.1, rect.height() * 0.45))
                              .toPoint();
    const TargetStatus status =
        targetStatus(indicator, m_state->figure(QStringLiteral("760"), indicator.id)->shown.value);
    QCOMPARE(image.pixelColor(inside).rgb(), greyed(statusColor(status)).rgb());
    QVERIFY(image.pixelColor(inside).hslSaturationF() < 0.15);
}

void TestTileMapWidget::clickActivatesUnit()
{
    QSignalSpy activated(m_map, &TileMapWidget::unitActivated);
    const QPoint center = m_map->tileRect(QStringLiteral("769")).center().toPoint();
    QTest::mouseClick(m_map, Qt::LeftButton, {}, center);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), "769");
}

void TestTileMapWidget::arrowKeysMoveAndEnterOpens()
{
    QSignalSpy activated(m_map, &TileMapWidget::unitActivated);
    QSignalSpy hovered(m_map, &TileMapWidget::unitHovered);
    // Start from District 3 (row 3, column 4), under the pointer.
    const QPointF center = m_map->tileRect(QStringLiteral("770")).center();
    QMouseEvent move(QEvent::MouseMove, center, m_map->mapToGlobal(center), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(m_map, &move);
    QCOMPARE(hovered.last().first().toString(), "770");

    QTest::keyClick(m_map, Qt::Key_Right);
    QCOMPARE(hovered.last().first().toString(), "760"); // District 1, column 5
    QTest::keyClick(m_map, Qt::Key_Left);
    QCOMPARE(hovered.last().first().toString(), "770");
    QTest::keyClick(m_map, Qt::Key_Up);
    QCOMPARE(hovered.last().first().toString(), "768"); // Phu Nhuan, row 2
    QVERIFY(activated.isEmpty());
    QTest::keyClick(m_map, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toString(), "768");
}

void TestTileMapWidget::tooltipShowsExactFigures()
{
    const QRectF rect = m_map->tileRect(QStringLiteral("760"));
    const QPoint local = rect.center().toPoint();
    QHelpEvent help(QEvent::ToolTip, local, m_map->mapToGlobal(local));
    QApplication::sendEvent(m_map, &help);
    const QString text = QToolTip::text();
    const Figure &figure = m_state->figure(QStringLiteral("760"), QStringLiteral("e_result"))->shown;
    QVERIFY2(text.contains(QStringLiteral("District 1")), qPrintable(text));
    QVERIFY2(text.contains(QLocale().toString(figure.denominator, 'f', 0)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("04/12/2026 10:00")), qPrintable(text));
}

void TestTileMapWidget::gridWithoutPositions()
{
    // A catalog without tile positions gets a grid in code order, with no overlaps.
    auto units = std::make_shared<UnitCatalog>();
    QString error;
    QVERIFY(units->loadCsvText(QStringLiteral("code,name_vi,parent\n79,TP,\n1,A,79\n2,B,79\n"
                                              "3,C,79\n4,D,79\n5,E,79\n"),
                               QStringLiteral("inline"), QString(), &error));
    auto state = std::make_shared<DashboardState>(*m_state);
    state->units = units;
    m_map->setState(state);
    QVERIFY(!m_map->tileRect(QStringLiteral("1")).isEmpty());
    QVERIFY(m_map->tileRect(QStringLiteral("1")).center().x() <
            m_map->tileRect(QStringLiteral("2")).center().x());
    QVERIFY(!m_map->tileRect(QStringLiteral("1")).intersects(m_map->tileRect(QStringLiteral("5"))));
}

QTEST_MAIN(TestTileMapWidget)
#include "test_tile_map_widget.moc"
