#include "models/csv_export.h"

#include <QBuffer>
#include <QStandardItemModel>
#include <QTest>

using namespace soc;

class TestCsvExport : public QObject
{
    Q_OBJECT

private slots:
    void quotesSpecialFields();
    void childrenFollowParent();
    void failingDeviceReported();
};

namespace {

QList<QStandardItem *> row(const QStringList &cells)
{
    QList<QStandardItem *> items;
    for (const QString &cell : cells)
        items << new QStandardItem(cell);
    return items;
}

QString csvOf(const QAbstractItemModel &model)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!writeCsv(model, &buffer))
        return QStringLiteral("write failed");
    return QString::fromUtf8(buffer.data());
}

} // namespace

void TestCsvExport::quotesSpecialFields()
{
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({QStringLiteral("Unit"), QStringLiteral("Figures")});
    model.appendRow(row({QStringLiteral("Quận 1"), QStringLiteral("1,307 / 2,014")}));
    model.appendRow(row({QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}));
    QCOMPARE(csvOf(model), QStringLiteral("Unit,Figures\r\n"
                                          "Quận 1,\"1,307 / 2,014\"\r\n"
                                          "\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));
}

void TestCsvExport::childrenFollowParent()
{
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({QStringLiteral("Alert"), QStringLiteral("Unit")});
    const QList<QStandardItem *> flood = row({QStringLiteral("flood"), QStringLiteral("3 units")});
    model.appendRow(flood);
    flood.first()->appendRow(row({QStringLiteral("backlog"), QStringLiteral("760")}));
    flood.first()->appendRow(row({QStringLiteral("backlog"), QStringLiteral("761")}));
    model.appendRow(row({QStringLiteral("lag"), QStringLiteral("783")}));
    QCOMPARE(csvOf(model), QStringLiteral("Alert,Unit\r\n"
                                          "flood,3 units\r\n"
                                          "backlog,760\r\n"
                                          "backlog,761\r\n"
                                          "lag,783\r\n"));
}

void TestCsvExport::failingDeviceReported()
{
    QStandardItemModel model;
    model.setHorizontalHeaderLabels({QStringLiteral("Unit")});
    QBuffer closed; // never opened, so every write fails
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
    QVERIFY(!writeCsv(model, &closed));
}

QTEST_MAIN(TestCsvExport)
#include "test_csv_export.moc"
