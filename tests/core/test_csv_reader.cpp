#include "core/csv_reader.h"

#include <QTest>

using soc::CsvTable;

class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void parseRecords_data();
    void parseRecords();
    void recordLineNumbers();
    void fieldTrimsAndBounds();
    void unterminatedQuoteNamesLine_data();
    void unterminatedQuoteNamesLine();
};

void TestCsvReader::parseRecords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<QStringList>>("rows");

    const QStringList ab = {"a", "b"};

    QTest::newRow("plain") << "a,b\n1,2\n" << ab << QList<QStringList>{{"1", "2"}};
    QTest::newRow("quoted comma") << "a,b\n\"x, y\",2\n" << ab << QList<QStringList>{{"x, y", "2"}};
    QTest::newRow("doubled quotes") << "a,b\n\"say \"\"hi\"\"\",2\n"
                                    << ab << QList<QStringList>{{"say \"hi\"", "2"}};
    QTest::newRow("only a doubled quote") << "a,b\n\"\"\"\",2\n"
                                          << ab << QList<QStringList>{{"\"", "2"}};
    QTest::newRow("quoted line break") << "a,b\n\"two\nlines\",2\n"
                                       << ab << QList<QStringList>{{"two\nlines", "2"}};
    QTest::newRow("empty quoted field") << "a,b\n\"\",2\n" << ab << QList<QStringList>{{"", "2"}};
    QTest::newRow("empty fields") << "a,b,c\n,,\n"
                                  << QStringList{"a", "b", "c"} << QList<QStringList>{{"", "", ""}};
    QTest::newRow("CRLF") << "a,b\r\n1,2\r\n3,4\r\n"
                          << ab << QList<QStringList>{{"1", "2"}, {"3", "4"}};
    QTest::newRow("BOM") << QString(QChar(0xFEFF)) + "a,b\n1,2\n"
                         << ab << QList<QStringList>{{"1", "2"}};
    QTest::newRow("BOM and CRLF") << QString(QChar(0xFEFF)) + "a,b\r\n1,2\r\n"
                                  << ab << QList<QStringList>{{"1", "2"}};
    QTest::newRow("no final line break") << "a,b\n1,2" << ab << QList<QStringList>{{"1", "2"}};
    QTest::newRow("blank lines skipped") << "a,b\n\n1,2\n\n\n3,4\n"
                                         << ab << QList<QStringList>{{"1", "2"}, {"3", "4"}};
    QTest::newRow("header trimmed") << " a , b \n1,2\n" << ab << QList<QStringList>{{"1", "2"}};
    QTest::newRow("header only") << "a,b\n" << ab << QList<QStringList>{};
    QTest::newRow("Vietnamese text")
        << QStringLiteral("code,name\n769,Thành phố Thủ Đức\n") << QStringList{"code", "name"}
        << QList<QStringList>{{"769", QStringLiteral("Thành phố Thủ Đức")}};
}

void TestCsvReader::parseRecords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, header);
    QFETCH(QList<QStringList>, rows);

    CsvTable table;
    QString error;
    QVERIFY2(soc::parseCsv(text, &table, &error), qPrintable(error));
    QCOMPARE(table.header, header);
    QCOMPARE(table.rows, rows);
    QCOMPARE(table.lineNumbers.size(), rows.size());
}

void TestCsvReader::recordLineNumbers()
{
    const QString text = "a,b\n1,2\n\"x\ny\",3\n\n4,5\r\n";
    CsvTable table;
    QString error;
    QVERIFY2(soc::parseCsv(text, &table, &error), qPrintable(error));
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.lineNumbers.at(0), 2);
    QCOMPARE(table.lineNumbers.at(1), 3);
    QCOMPARE(table.lineNumbers.at(2), 6);
}

void TestCsvReader::fieldTrimsAndBounds()
{
    CsvTable table;
    QString error;
    QVERIFY2(soc::parseCsv("code,name\n 760 ,\"  Quận 1 \"\n761\n", &table, &error),
             qPrintable(error));
    const int code = table.column("code");
    const int name = table.column("name");
    QCOMPARE(code, 0);
    QCOMPARE(name, 1);
    QCOMPARE(table.column("missing"), -1);
    QCOMPARE(table.field(0, code), QString("760"));
    QCOMPARE(table.field(0, name), QStringLiteral("Quận 1"));
    QCOMPARE(table.field(1, code), QString("761"));
    QCOMPARE(table.field(1, name), QString()); // short record
    QCOMPARE(table.field(0, -1), QString());
    QCOMPARE(table.field(2, code), QString());
    QCOMPARE(table.field(-1, code), QString());
}

void TestCsvReader::unterminatedQuoteNamesLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("line");

    QTest::newRow("in header") << "a,\"b\n1,2\n"
                               << "line 1:";
    QTest::newRow("in third line") << "a,b\n1,2\n3,\"open\n4,5\n"
                                   << "line 3:";
    QTest::newRow("after multi-line field") << "a\n\"x\ny\"\n\"open\n"
                                            << "line 4:";
    QTest::newRow("at end of text") << "a,b\r\n1,\""
                                    << "line 2:";
}

void TestCsvReader::unterminatedQuoteNamesLine()
{
    QFETCH(QString, text);
    QFETCH(QString, line);

    CsvTable table;
    QString error;
    QVERIFY(!soc::parseCsv(text, &table, &error));
    QVERIFY2(error.startsWith(line), qPrintable(error));
    QVERIFY2(error.contains("not closed"), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
