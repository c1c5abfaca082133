#include "models/score766_model.h"
#include "support/demo_state.h"
#include "widgets/unit_detail_page.h"

#include <qcustomplot.h>

#include "widgets/time_range_dialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QTimeZone>
#include <QToolTip>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace soc;

class TestUnitDetailPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void selectingIndicatorRequestsTrend();
    void pointsDrawGraph();
    void outdatedSeriesIgnored();
    void rangeButtonsChangeRange();
    void customRangeFromDialog();
    void hoverShowsPointOnBothPlots();
    void denseSeriesDrawsLineOnly();
    void scoreShowsLostPoints();
    void scoreGroupChangesAndRanks();
    void parentButtonGoesUp();
    void grabPage_data();
    void grabPage();
};

namespace {

TrendSeries seriesFor(const QList<QVariant> &request, int count)
{
    TrendSeries series;
    series.unit = request.at(0).toString();
    series.indicator = request.at(1).toString();
    series.fromMs = request.at(2).toLongLong();
    series.toMs = request.at(3).toLongLong();
    for (int i = 0; i < count; ++i) {
        const qint64 at = series.fromMs + (series.toMs - series.fromMs) * i / count;
        series.points.append({at, 60.0 + i % 30});
    }
    return series;
}

} // namespace

void TestUnitDetailPage::selectingIndicatorRequestsTrend()
{
    UnitDetailPage page;
    page.resize(1920, 1080);
    page.setUnit(QStringLiteral("760"));
    page.setState(test::demoState());
    QSignalSpy requested(&page, &UnitDetailPage::trendRequested);
    auto *table = page.findChild<QTableView *>(QStringLiteral("unitDetailTable"));
    QVERIFY(table);
    const int row = page.findChild<QTableView *>(QStringLiteral("unitDetailTable"))
                        ->model()
                        ->match(table->model()->index(0, 0), Qt::UserRole + 1,
                                QStringLiteral("on_time"))
                        .value(0)
                        .row();
    table->setCurrentIndex(table->model()->index(row, 0));
    QCOMPARE(page.selectedIndicator(), QStringLiteral("on_time"));
    QVERIFY(requested.size() >= 1);
    const QList<QVariant> first = requested.first();
    QCOMPARE(first.at(0).toString(), QStringLiteral("760"));
    QCOMPARE(first.at(1).toString(), QStringLiteral("on_time"));
    QCOMPARE(first.at(3).toLongLong() - first.at(2).toLongLong(), 7 * 24 * 3600 * 1000LL);
    QVERIFY(first.at(4).toInt() >= 100);
}

void TestUnitDetailPage::pointsDrawGraph()
{
    UnitDetailPage page;
    page.resize(1920, 1080);
    QSignalSpy requested(&page, &UnitDetailPage::trendRequested);
    page.setUnit(QStringLiteral("760"));
    page.setState(test::demoState());
    QVERIFY(!requested.isEmpty());
    page.setTrend(seriesFor(requested.first(), 48));
    QCOMPARE(page.trendPlot()->graph(0)->dataCount(), 48);
    // The target of e_result, 80%, as a dashed line across the range.
    QCOMPARE(page.trendPlot()->graph(1)->dataCount(), 2);
    QCOMPARE(page.trendPlot()->graph(1)->data()->at(0)->value, 80.0);
    QCOMPARE(page.trendPlot()->graph(1)->pen().style(), Qt::DashLine);

    QCOMPARE(requested.size(), 2);
    QCOMPARE(requested.at(1).at(1).toString(), QStringLiteral("overdue_backlog"));
    page.setTrend(seriesFor(requested.at(1), 10));
    QCOMPARE(page.backlogPlot()->graph(0)->dataCount(), 10);
}

void TestUnitDetailPage::outdatedSeriesIgnored()
{
    UnitDetailPage page;
    QSignalSpy requested(&page, &UnitDetailPage::trendRequested);
    page.setUnit(QStringLiteral("760"));
    page.setState(test::demoState());
    const QList<QVariant> old = requested.first();
    page.setSelectedIndicator(QStringLiteral("on_time"));
    page.setTrend(seriesFor(old, 12)); // answers the e_result request
    QCOMPARE(page.trendPlot()->graph(0)->dataCount(), 0);
    page.setUnit(QStringLiteral("761"));
    TrendSeries otherUnit = seriesFor(requested.last(), 5);
    otherUnit.unit = QStringLiteral("760");
    page.setTrend(otherUnit);
    QCOMPARE(page.trendPlot()->graph(0)->dataCount(), 0);
}

void TestUnitDetailPage::rangeButtonsChangeRange()
{
    UnitDetailPage page;
    page.setUnit(QStringLiteral("760"));
    page.setState(test::demoState());
    QSignalSpy requested(&page, &UnitDetailPage::trendRequested);

    auto *day = page.findChild<QAbstractButton *>(QStringLiteral("range24Hours"));
    QVERIFY(day);
    day->click();
    QCOMPARE(page.timeRange(), TimeRange::preset(TimeRange::Kind::Last24Hours));
    QVERIFY(!requested.isEmpty());
    QCOMPARE(requested.last().at(3).toLongLong() - requested.last().at(2).toLongLong(),
             24 * 3600 * 1000LL);

    auto *month = page.findChild<QAbstractButton *>(QStringLiteral("rangeThisMonth"));
    QVERIFY(month);
    month->click();
    // The demo moment is 2026-12-04 10:00 in the city, so the month began on 1 December at
    // midnight UTC+7.
    const qint64 monthStart =
        QDateTime::fromString(QStringLiteral("2026-11-30T17:00:00Z"), Qt::ISODate)
            .toMSecsSinceEpoch();
    QCOMPARE(requested.last().at(2).toLongLong(), monthStart);

    auto *year = page.findChild<QAbstractButton *>(QStringLiteral("rangeThisYear"));
    year->click();
    const qint64 yearStart =
        QDateTime::fromString(QStringLiteral("2025-12-31T17:00:00Z"), Qt::ISODate)
            .toMSecsSinceEpoch();
    QCOMPARE(requested.last().at(2).toLongLong(), yearStart);
}

void TestUnitDetailPage::customRangeFromDialog()
{
    UnitDetailPage page;
    page.setUnit(QStringLiteral("760"));
    page.setState(test::demoState());
    page.show();
    QSignalSpy requested(&page, &UnitDetailPage::trendRequested);
    QSignalSpy changed(&page, &UnitDetailPage::timeRangeChanged);
    auto *custom = page.findChild<QAbstractButton *>(QStringLiteral("rangeCustom"));
    QVERIFY(custom);
    custom->click();
    TimeRangeDialog *dialog = page.rangeDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // The dialog starts from the range on screen, the last 7 days, in city time.
    QCOMPARE(dialog->toEdit()->dateTime().toString(Qt::ISODate),
             QStringLiteral("2026-12-04T10:00:00Z"));
    dialog->fromEdit()->setDateTime(QDateTime::fromString("2026-11-01T00:00:00Z", Qt::ISODate));
    dialog->toEdit()->setDateTime(QDateTime::fromString("2026-11-15T12:00:00Z", Qt::ISODate));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    buttons->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(changed.size(), 1);
    QCOMPARE(page.timeRange().kind(), TimeRange::Kind::Custom);
    QVERIFY(custom->isChecked());
    QVERIFY(!requested.isEmpty());
    // 1 November 00:00 in the city is 31 October 17:00 UTC.
    QCOMPARE(requested.last().at(2).toLongLong(),
             QDateTime::fromString("2026-10-31T17:00:00Z", Qt::ISODate).toMSecsSinceEpoch());
    QCOMPARE(requested.last().at(3).toLongLong(),
             QDateTime::fromString("2026-11-15T05:00:00Z", Qt::ISODate).toMSecsSinceEpoch());
    QTRY_VERIFY(!page.rangeDialog());
}

void TestUnitDetailPage::hoverShowsPointOnBothPlots()
{
    UnitDetailPage page;
    page.resize(1920, 1080);
    QSignalSpy requested(&page, &UnitDetailPage::trendRequested);
    page.setUnit(QStringLiteral("760"));
    page.setState(test::demoState());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(requested.size(), 2);
    const TrendSeries trend = seriesFor(requested.at(0), 48);
    const TrendSeries backlog = seriesFor(requested.at(1), 10);
    page.setTrend(trend);
    page.setTrend(backlog);

    struct Case
    {
        QCustomPlot *plot;
        TrendPoint point;
        QString value;
    };
    // Point 5 of the trend is 65%; backlog point 3 is 63 dossiers.
    const Case cases[] = {{page.trendPlot(), trend.points.at(5), QStringLiteral("65.0%")},
                          {page.backlogPlot(), backlog.points.at(3), QStringLiteral("63")}};
    for (const Case &c : cases) {
        const double x = c.plot->xAxis->coordToPixel(c.point.atMs / 1000.0);
        const double y = c.plot->yAxis->coordToPixel(c.point.value);
        const QPointF at(x + 1, y);
        QMouseEvent move(QEvent::MouseMove, at, c.plot->mapToGlobal(at), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(c.plot, &move);
        const QDateTime city = QDateTime::fromMSecsSinceEpoch(c.point.atMs, QTimeZone(7 * 3600));
        const QString time = city.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        QTRY_VERIFY(QToolTip::isVisible());
        const QString text = QToolTip::text();
        QVERIFY2(text.contains(c.value + QStringLiteral(" at ") + time), qPrintable(text));
    }
}

void TestUnitDetailPage::denseSeriesDrawsLineOnly()
{
    UnitDetailPage page;
    page.resize(1920, 1080);
    QSignalSpy requested(&page, &UnitDetailPage::trendRequested);
    page.setUnit(QStringLiteral("760"));
    page.setState(test::demoState());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setTrend(seriesFor(requested.at(0), 48));
    QCOMPARE(page.trendPlot()->graph(0)->scatterStyle().shape(), QCPScatterStyle::ssDisc);
    QCOMPARE(page.trendPlot()->graph(0)->pen().width(), 2);
    // 30 days of one-minute points: far more than one per pixel.
    page.setTrend(seriesFor(requested.at(0), 43200));
    QCOMPARE(page.trendPlot()->graph(0)->dataCount(), 43200);
    QCOMPARE(page.trendPlot()->graph(0)->scatterStyle().shape(), QCPScatterStyle::ssNone);
    QCOMPARE(page.trendPlot()->graph(0)->lineStyle(), QCPGraph::lsLine);
    QVERIFY(page.trendPlot()->graph(0)->pen().isCosmetic());
    QCOMPARE(page.trendPlot()->graph(0)->pen().width(), 1);
}

void TestUnitDetailPage::scoreShowsLostPoints()
{
    UnitDetailPage page;
    page.setUnit(QStringLiteral("760"));
    page.setState(test::demoState());
    auto *table = page.findChild<QTableView *>(QStringLiteral("score766Table"));
    QVERIFY(table);
    QCOMPARE(table->model()->rowCount(), 7);
    const Score766 &score = page.scoreModel()->score();
    double lost = 0;
    for (int row = 0; row < 7; ++row) {
        const QModelIndex index = table->model()->index(row, Score766Model::LostColumn);
        const double rowLost = index.data(Score766Model::LostPointsRole).toDouble();
        if (rowLost > 0.005)
            QVERIFY2(index.data().toString().startsWith(QStringLiteral("−")),
                     qPrintable(index.data().toString()));
        lost += rowLost;
    }
    QVERIFY(qFuzzyCompare(lost, score.lostPoints()));
    QVERIFY(lost >= 2.0); // electronic certified copies are never reported
}

void TestUnitDetailPage::scoreGroupChangesAndRanks()
{
    UnitDetailPage page;
    page.resize(1920, 1080);
    page.setUnit(QStringLiteral("760"));
    page.setState(test::demoState());
    QComboBox *groups = page.scoreGroupBox();
    QCOMPARE(groups->count(), 6);
    QCOMPARE(groups->currentData().toString(), QStringLiteral("digitization"));
    // The demo simulates dossier satisfaction but no transparency figures.
    QVERIFY2(groups->itemText(5).startsWith(QStringLiteral("Satisfaction: ")) &&
                 groups->itemText(5).endsWith(QStringLiteral(" / 18.00")),
             qPrintable(groups->itemText(5)));
    QCOMPARE(groups->itemText(0), QStringLiteral("Transparency: no data / 18.00"));

    const int satisfaction = groups->findData(QStringLiteral("satisfaction"));
    groups->setCurrentIndex(satisfaction);
    emit groups->activated(satisfaction);
    QCOMPARE(page.scoreModel()->group(), QStringLiteral("satisfaction"));
    QCOMPARE(page.findChild<QTableView *>(QStringLiteral("score766Table"))->model()->rowCount(),
             3);

    QSignalSpy ranking(&page, &UnitDetailPage::rankingRequested);
    auto *rank = page.findChild<QPushButton *>(QStringLiteral("rankScoreButton"));
    QVERIFY(rank);
    QTest::mouseClick(rank, Qt::LeftButton);
    QCOMPARE(ranking.size(), 1);
    QCOMPARE(ranking.first().at(0).toString(), QStringLiteral("score_satisfaction"));
}

void TestUnitDetailPage::parentButtonGoesUp()
{
    UnitDetailPage page;
    page.setUnit(QStringLiteral("760"));
    page.setState(test::demoState());
    QSignalSpy activated(&page, &UnitDetailPage::unitActivated);
    auto *up = page.findChild<QAbstractButton *>(QStringLiteral("parentUnitButton"));
    QVERIFY(up);
    up->click();
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().toString(), QStringLiteral("79"));
}

void TestUnitDetailPage::grabPage_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("locale");
    QTest::newRow("1080p English") << QSize(1920, 1080) << QStringLiteral("en_US");
    QTest::newRow("4K Vietnamese") << QSize(3840, 2160) << QStringLiteral("vi_VN");
}

// Renders the page with trends; set SOC_GRAB_DIR to keep the images for a visual check.
void TestUnitDetailPage::grabPage()
{
    QFETCH(QSize, size);
    QFETCH(QString, locale);
    QLocale::setDefault(QLocale(locale));
    UnitDetailPage page;
    page.resize(size);
    QSignalSpy requested(&page, &UnitDetailPage::trendRequested);
    page.setUnit(QStringLiteral("760"));
    page.setState(test::demoState());
    for (const QList<QVariant> &request : requested)
        page.setTrend(seriesFor(request, 96));
    const QImage image = page.grab().toImage();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(image.size(), size);
    const QString folder = qEnvironmentVariable("SOC_GRAB_DIR");
    if (!folder.isEmpty())
        QVERIFY(image.save(folder + QStringLiteral("/unit_detail_%1x%2_%3.png")
                                        .arg(size.width())
                                        .arg(size.height())
                                        .arg(locale)));
}

QTEST_MAIN(TestUnitDetailPage)
#include "test_unit_detail_page.moc"
