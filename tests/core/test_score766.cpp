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
    void fullRatiosScore20Of22();
    void missingRatiosNotReported();
    void lostPointsPerCriterion();
};

namespace {

Score766 scoreOf(const QHash<QString, double> &ratios)
{
    return computeScore766([&ratios](const QString &id) -> std::optional<double> {
        const auto it = ratios.find(id);
        if (it == ratios.end())
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
}

void TestScore766::criterionPoints()
{
    QFETCH(double, maxPoints);
    QFETCH(double, fullPointsRatio);
    QFETCH(double, ratio);
    QFETCH(double, expected);
    QCOMPARE(score766Points(maxPoints, fullPointsRatio, ratio), expected);
}

void TestScore766::fullRatiosScore20Of22()
{
    const Score766 score = scoreOf({{"e_result", 100},
                                    {"dossier_digitized", 100},
                                    {"data_reused", 80},
                                    {"digitized_shared", 100},
                                    {"population_data_dossier", 100},
                                    {"population_data_procedure", 100}});
    QCOMPARE(score.items.size(), 7);
    QCOMPARE(score.maxPoints, 22.0);
    QCOMPARE(score.reportedMaxPoints, 20.0);
    QCOMPARE(score.points, 20.0);
    QCOMPARE(score.lostPoints(), 2.0);
}

void TestScore766::missingRatiosNotReported()
{
    const Score766 score = scoreOf({{"e_result", 50}});
    QCOMPARE(score.points, 3.0);
    QCOMPARE(score.reportedMaxPoints, 6.0);
    const Score766Item *copies = itemOf(score, QStringLiteral("e_certified_copy"));
    QVERIFY(copies);
    QVERIFY(!copies->inCatalog);
    QVERIFY(!copies->isReported());
    QCOMPARE(copies->lostPoints(), 2.0);
    const Score766Item *shared = itemOf(score, QStringLiteral("digitized_shared"));
    QVERIFY(shared);
    QVERIFY(!shared->isReported());
    QCOMPARE(shared->points, 0.0);
}

void TestScore766::lostPointsPerCriterion()
{
    const Score766 score = scoreOf({{"e_result", 75},
                                    {"dossier_digitized", 90},
                                    {"data_reused", 60},
                                    {"digitized_shared", 100},
                                    {"population_data_dossier", 50},
                                    {"population_data_procedure", 100}});
    QCOMPARE(itemOf(score, QStringLiteral("e_result"))->lostPoints(), 1.5);
    QCOMPARE(itemOf(score, QStringLiteral("dossier_digitized"))->lostPoints(), 0.4);
    QCOMPARE(itemOf(score, QStringLiteral("data_reused"))->lostPoints(), 0.5);
    QCOMPARE(itemOf(score, QStringLiteral("digitized_shared"))->lostPoints(), 0.0);
    QCOMPARE(itemOf(score, QStringLiteral("population_data_dossier"))->lostPoints(), 1.0);
    QCOMPARE(score.points, 4.5 + 3.6 + 1.5 + 4.0 + 1.0 + 2.0);
}

QTEST_GUILESS_MAIN(TestScore766)
#include "test_score766.moc"
