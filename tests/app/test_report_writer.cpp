#include "app/localizer.h"
#include "app/report_writer.h"
#include "support/demo_state.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;

class TestReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void reportTextInLanguage_data();
    void reportTextInLanguage();
    void feedTextNotMarkup();
    void unwritablePathNamed();
};

namespace {

// The text of a PDF as pdftotext (poppler-utils) extracts it, in UTF-8.
QString pdfText(const QString &path)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (tool.isEmpty())
        return QStringLiteral("pdftotext not found; install poppler-utils");
    QProcess process;
    process.start(tool,
                  {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") +
               QString::fromUtf8(process.readAllStandardError());
    // The PDF's fonts draw "fi" and "fl" as ligatures, which NFKC turns back into letters.
    return QString::fromUtf8(process.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC);
}

} // namespace

void TestReportWriter::reportTextInLanguage_data()
{
    QTest::addColumn<int>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("Vietnamese") << int(Language::Vietnamese)
                                << QStringList{QStringLiteral("Báo cáo SOC Dashboard"),
                                               QStringLiteral("Thành phố Hồ Chí Minh"),
                                               QStringLiteral("Ngày lập báo cáo"),
                                               QStringLiteral("7 ngày qua"),
                                               QStringLiteral("27/11/2026 10:00"),
                                               QStringLiteral("Nguồn dữ liệu"),
                                               QStringLiteral("tthc"),
                                               QStringLiteral("Quận 1 (760)"),
                                               QStringLiteral("Quận 8 (776)"),
                                               QStringLiteral("Quyết định 766")};
    QTest::newRow("English") << int(Language::English)
                             << QStringList{QStringLiteral("SOC Dashboard report"),
                                            QStringLiteral("Ho Chi Minh City"),
                                            QStringLiteral("Report date"),
                                            QStringLiteral("Last 7 days"),
                                            QStringLiteral("27/11/2026 10:00"),
                                            QStringLiteral("Data sources"),
                                            QStringLiteral("tthc"),
                                            QStringLiteral("District 1 (760)"),
                                            QStringLiteral("District 8 (776)"),
                                            QStringLiteral("Decision 766"),
                                            QStringLiteral("City figures")};
}

void TestReportWriter::reportTextInLanguage()
{
    QFETCH(int, language);
    QFETCH(QStringList, expected);
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language(language)));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ReportContent content;
    content.units = {QStringLiteral("760"), QStringLiteral("776")};
    content.range = TimeRange::preset(TimeRange::Kind::Last7Days);
    content.map = QImage(400, 300, QImage::Format_RGB32);
    content.map.fill(Qt::darkBlue);
    QString error;
    QVERIFY2(writeReport(path, *test::demoState(), content, &error), qPrintable(error));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    // pdftotext lays table cells out with runs of spaces and line breaks; one space each.
    const QString text = pdfText(path).simplified();
    for (const QString &phrase : expected)
        QVERIFY2(text.contains(phrase), qPrintable(phrase + QStringLiteral(" not in: ") + text));
}

void TestReportWriter::feedTextNotMarkup()
{
    // A unit code from a feed that looks like markup is printed as it is.
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    ReportContent content;
    content.units = {QStringLiteral("<b>x</b>")};
    QString error;
    QVERIFY2(writeReport(path, *test::demoState(), content, &error), qPrintable(error));
    QVERIFY2(pdfText(path).contains(QStringLiteral("Unit: <b>x</b>")), qPrintable(pdfText(path)));
}

void TestReportWriter::unwritablePathNamed()
{
    Localizer localizer;
    QVERIFY(localizer.setLanguage(Language::English));
    const QString path = QStringLiteral("/nonexistent/folder/report.pdf");
    QString error;
    QVERIFY(!writeReport(path, *test::demoState(), ReportContent{}, &error));
    QVERIFY2(error.contains(path), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestReportWriter)
#include "test_report_writer.moc"
