#include "models/score766_model.h"
#include "support/demo_state.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace soc;

class TestScore766Model : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void scoreModelRows();
    void testerAcceptsUpdates();
    void unknownUnitScoresNothing();
};

void TestScore766Model::scoreModelRows()
{
    Score766Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setState(test::demoState());
    model.setUnit(QStringLiteral("760"));
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.score().maxPoints, 22.0);
    QVERIFY(model.score().points <= 20.0);
    const QModelIndex copies = model.index(6, Score766Model::RatioColumn);
    QCOMPARE(copies.data(Score766Model::IndicatorIdRole).toString(),
             QStringLiteral("e_certified_copy"));
    QCOMPARE(copies.data().toString(), QStringLiteral("not reported"));
    QCOMPARE(
        model.index(6, Score766Model::LostColumn).data(Score766Model::LostPointsRole).toDouble(),
        2.0);
}

void TestScore766Model::testerAcceptsUpdates()
{
    Score766Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUnit(QStringLiteral("760"));
    model.setState(test::demoState());
    model.setState(test::demoState(test::demoMoment() + 600000));
    model.setUnit(QStringLiteral("79"));
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    model.refresh();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    model.refresh();
    model.setState(nullptr);
    QCOMPARE(model.columnCount(), int(Score766Model::ColumnCount));
}

void TestScore766Model::unknownUnitScoresNothing()
{
    Score766Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setState(test::demoState());
    model.setUnit(QStringLiteral("no-such-unit"));
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.score().points, 0.0);
    QCOMPARE(model.score().lostPoints(), model.score().maxPoints);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex ratio = model.index(row, Score766Model::RatioColumn);
        QCOMPARE(ratio.data().toString(), QStringLiteral("not reported"));
    }
}

QTEST_MAIN(TestScore766Model)
#include "test_score766_model.moc"
