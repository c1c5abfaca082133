#include "core/score766.h"

#include <QHash>
#include <QTest>

using namespace soc;

class TestScore766 : public QObject
{
    Q_OBJECT

private slots:
    void criterionPoints_data();
    void criterionPoints();
    void sixGroupsWorth100();
    void fullRatiosScore22();
    void missingCriteriaNotReported();
    void lostPointsPerCriterion();
    void zeroDenominatorRules_data();
    void zeroDenominatorRules();
    void valueOnlyRatioScores();
    void paymentCappedAtMaximum();
    void paymentMatchesPortalRow();
    void onlineServicesUsesReportedPoints();
};

namespace {

// A figure with counts, as a unit reports a ratio.
Figure ratioFigure(double numerator, double denominator)
{
    Figure figure;
    figure.numerator = numerator;
    figure.denominator = denominator;
    if (denominator > 0)
        figure.value = 100.0 * numerator / denominator;
    return figure;
}

Figure percentFigure(double percent)
{
    Figure figure;
    figure.value = percent;
    return figure;
}

Score766 scoreOf(const QString &group, const QHash<QString, Figure> &figures)
{
    return computeScore766(*findScore766Group(group),
                           [&figures](const QString &id) -> std::optional<Figure> {
                               const auto it = figures.find(id);
                               if (it == figures.end())
                                   return std::nullopt;
                               return *it;
                           });
}

const Score766Item *itemOf(const Score766 &score, const QString &indicator)
{
    for (const Score766Item &item : score.items) {
        if (item.indicator == indicator)
            return &item;
    }
    return nullptr;
}

} // namespace

void TestScore766::criterionPoints_data()
{
    QTest::addColumn<double>("maxPoints");
    QTest::addColumn<double>("fullPointsRatio");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<double>("expected");
    QTest::newRow("half of e-result") << 6.0 << 100.0 << 50.0 << 3.0;
    QTest::newRow("full e-result") << 6.0 << 100.0 << 100.0 << 6.0;
    QTest::newRow("data reused at 80%") << 2.0 << 80.0 << 80.0 << 2.0;
    QTest::newRow("data reused above 80%") << 2.0 << 80.0 << 95.0 << 2.0;
    QTest::newRow("data reused at 40%") << 2.0 << 80.0 << 40.0 << 1.0;
    QTest::newRow("zero ratio") << 4.0 << 100.0 << 0.0 << 0.0;
    QTest::newRow("negative ratio") << 4.0 << 100.0 << -5.0 << 0.0;
    QTest::newRow("ratio above 100") << 4.0 << 100.0 << 120.0 << 4.0;
    QTest::newRow("rounded half up") << 6.0 << 100.0 << 71.98327642552971 << 4.32;
    QTest::newRow("satisfaction at 90%") << 6.0 << 90.0 << 86.73653480992219 << 5.78;
}

void TestScore766::criterionPoints()
{
    QFETCH(double, maxPoints);
    QFETCH(double, fullPointsRatio);
    QFETCH(double, ratio);
    QFETCH(double, expected);
    QCOMPARE(score766Points(maxPoints, fullPointsRatio, ratio), expected);
}

void TestScore766::sixGroupsWorth100()
{
    double total = 0;
    for (const Score766Group &group : score766Groups()) {
        QVERIFY2(group.scoreIndicator == QStringLiteral("score_") + group.id,
                 qPrintable(group.id));
        total += group.maxPoints;
        QCOMPARE(findScore766GroupOfScore(group.scoreIndicator), &group);
    }
    // "satisfaction" is a group and an indicator; only its score indicator finds the group.
    QVERIFY(!findScore766GroupOfScore(QStringLiteral("satisfaction")));
    QCOMPARE(score766Groups().size(), 6);
    QCOMPARE(total, 100.0);
}

void TestScore766::fullRatiosScore22()
{
    const Score766 score = scoreOf(QStringLiteral("digitization"),
                                   {{"e_result", percentFigure(100)},
                                    {"dossier_digitized", percentFigure(100)},
                                    {"data_reused", percentFigure(80)},
                                    {"digitized_shared", percentFigure(100)},
                                    {"population_data_dossier", percentFigure(100)},
                                    {"population_data_procedure", percentFigure(100)},
                                    {"e_certified_copy", percentFigure(100)}});
    QCOMPARE(score.items.size(), 7);
    QCOMPARE(score.maxPoints, 22.0);
    QCOMPARE(score.points, 22.0);
    QCOMPARE(score.lostPoints(), 0.0);
    QVERIFY(score.hasData);
}

void TestScore766::missingCriteriaNotReported()
{
    const Score766 score =
        scoreOf(QStringLiteral("digitization"), {{"e_result", ratioFigure(50, 100)}});
    QCOMPARE(score.points, 3.0);
    const Score766Item *shared = itemOf(score, QStringLiteral("digitized_shared"));
    QVERIFY(shared);
    QVERIFY(!shared->isReported());
    QVERIFY(!shared->points);
    QCOMPARE(shared->lostPoints(), 4.0);

    const Score766 empty = scoreOf(QStringLiteral("digitization"), {});
    QVERIFY(!empty.hasData);
    QCOMPARE(empty.points, 0.0);
}

void TestScore766::lostPointsPerCriterion()
{
    const Score766 score = scoreOf(QStringLiteral("digitization"),
                                   {{"e_result", percentFigure(75)},
                                    {"dossier_digitized", percentFigure(90)},
                                    {"data_reused", percentFigure(60)},
                                    {"digitized_shared", percentFigure(100)},
                                    {"population_data_dossier", percentFigure(50)},
                                    {"population_data_procedure", percentFigure(100)}});
    QCOMPARE(itemOf(score, QStringLiteral("e_result"))->lostPoints(), 1.5);
    QCOMPARE(itemOf(score, QStringLiteral("dossier_digitized"))->lostPoints(), 0.4);
    QCOMPARE(itemOf(score, QStringLiteral("data_reused"))->lostPoints(), 0.5);
    QCOMPARE(itemOf(score, QStringLiteral("digitized_shared"))->lostPoints(), 0.0);
    QCOMPARE(itemOf(score, QStringLiteral("population_data_dossier"))->lostPoints(), 1.0);
    QCOMPARE(itemOf(score, QStringLiteral("e_certified_copy"))->lostPoints(), 2.0);
    QCOMPARE(score.points, 4.5 + 3.6 + 1.5 + 4.0 + 1.0 + 2.0);
}

void TestScore766::zeroDenominatorRules_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("indicator");
    QTest::addColumn<bool>("scored");
    QTest::addColumn<double>("points");
    QTest::newRow("transparency not scored")
        << "transparency" << "publish_on_time" << false << 0.0;
    QTest::newRow("no dossiers handled scores 0") << "timeliness" << "on_time" << true << 0.0;
    QTest::newRow("dossier satisfaction scores 0")
        << "satisfaction" << "satisfaction" << true << 0.0;
    QTest::newRow("no petitions keeps full points")
        << "satisfaction" << "petition_on_time" << true << 6.0;
    QTest::newRow("no fee dossiers scores 0")
        << "online_payment" << "online_payment" << true << 0.0;
}

void TestScore766::zeroDenominatorRules()
{
    QFETCH(QString, group);
    QFETCH(QString, indicator);
    QFETCH(bool, scored);
    QFETCH(double, points);
    const Score766 score = scoreOf(group, {{indicator, ratioFigure(0, 0)}});
    const Score766Item *item = itemOf(score, indicator);
    QVERIFY(item);
    QVERIFY(item->isReported());
    QVERIFY(!item->ratio);
    QCOMPARE(item->points.has_value(), scored);
    if (scored)
        QCOMPARE(*item->points, points);
    QCOMPARE(score.points, points);
}

void TestScore766::valueOnlyRatioScores()
{
    // The portal rates electronic certified copies 100% with null numerator and denominator.
    const Score766 score =
        scoreOf(QStringLiteral("digitization"), {{"e_certified_copy", percentFigure(100)}});
    const Score766Item *copies = itemOf(score, QStringLiteral("e_certified_copy"));
    QVERIFY(copies);
    QCOMPARE(*copies->ratio, 100.0);
    QCOMPARE(*copies->points, 2.0);
}

void TestScore766::paymentCappedAtMaximum()
{
    const Score766 score = scoreOf(QStringLiteral("online_payment"),
                                   {{"online_payment", percentFigure(100)},
                                    {"online_payment_procedures", percentFigure(100)},
                                    {"fee_procedures_with_dossiers", percentFigure(100)}});
    QCOMPARE(score.maxPoints, 10.0);
    QCOMPARE(score.points, 10.0);
}

void TestScore766::paymentMatchesPortalRow()
{
    // The province row of the portal's online payment group for quarter 3/2026: 6.67 points.
    const Score766 score =
        scoreOf(QStringLiteral("online_payment"),
                {{"online_payment", ratioFigure(233203, 268066)},
                 {"online_payment_procedures", ratioFigure(115, 311)},
                 {"fee_procedures_with_dossiers", ratioFigure(66, 311)}});
    QCOMPARE(itemOf(score, QStringLiteral("online_payment"))->points.value(), 5.22);
    QCOMPARE(itemOf(score, QStringLiteral("online_payment_procedures"))->points.value(), 0.92);
    QCOMPARE(itemOf(score, QStringLiteral("fee_procedures_with_dossiers"))->points.value(), 0.53);
    QCOMPARE(score.points, 6.67);
}

void TestScore766::onlineServicesUsesReportedPoints()
{
    const Score766 score = scoreOf(QStringLiteral("online_services"),
                                   {{"score_online_services", percentFigure(8.41)}});
    QCOMPARE(score.points, 8.41);
    QCOMPARE(score.maxPoints, 12.0);
}

QTEST_GUILESS_MAIN(TestScore766)
#include "test_score766.moc"
