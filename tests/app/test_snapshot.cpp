#include <QColor>
#include <QImage>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "support/mosquitto_broker.h"

// Runs the installed-style binaries as a user would, offscreen.
class TestSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void rendersOverview_data();
    void rendersOverview();
    void languagesDiffer();
    void sameMomentSameImage();
    void invalidSizeIsRejected();
    void unknownFeedIsRejected();
    void simulateIsDeterministic();
    void badArgumentsRejected_data();
    void badArgumentsRejected();
    void noDisplayExplained();
    void feedsPageRenders();
    void indicatorChangesOverview();
    void wallRenders();
    void wallBadPlaylistKeepsDefault();
    void reportFromCommandLine_data();
    void reportFromCommandLine();
    void unknownUnitRejected_data();
    void unknownUnitRejected();
    void scaledSnapshotHasMorePixels();
    void mqttPasswordNotInLogFile();

private:
    QImage render(const QStringList &arguments);
    QTemporaryDir m_dir;
};

namespace {

int runProgram(const QString &program, const QStringList &arguments, QByteArray *errors = nullptr,
               QByteArray *output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000))
        return -1;
    if (errors)
        *errors = process.readAllStandardError();
    if (output)
        *output = process.readAllStandardOutput();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

// Pixels of exactly this colour: the DEMO DATA badge background.
int countColour(const QImage &image, QRgb colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            count += (line[x] & 0xffffff) == (colour & 0xffffff);
    }
    return count;
}

int countDistinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    return colours.size();
}

const QString At = QStringLiteral("2026-12-04T03:00:00Z");

} // namespace

QImage TestSnapshot::render(const QStringList &arguments)
{
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("snapshot-%1.png").arg(++counter));
    QByteArray errors;
    const int status = runProgram(QStringLiteral(SOC_DASHBOARD_BINARY),
                                  QStringList{QStringLiteral("--snapshot"), path} + arguments,
                                  &errors);
    if (status != 0)
        qWarning() << "soc-dashboard exited with" << status << errors;
    return QImage(path);
}

void TestSnapshot::rendersOverview_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::newRow("vi 1920x1080") << "vi" << QSize(1920, 1080);
    QTest::newRow("en 1920x1080") << "en" << QSize(1920, 1080);
    QTest::newRow("vi 3840x2160") << "vi" << QSize(3840, 2160);
    QTest::newRow("en 3840x2160") << "en" << QSize(3840, 2160);
}

void TestSnapshot::rendersOverview()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    const QImage image = render({QStringLiteral("--page"), QStringLiteral("overview"),
                                 QStringLiteral("--lang"), language, QStringLiteral("--size"),
                                 QStringLiteral("%1x%2").arg(size.width()).arg(size.height()),
                                 QStringLiteral("--at"), At});
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size);
    // The DEMO DATA badge is drawn, and the tiles and cards give the page many colours.
    QVERIFY2(countColour(image, qRgb(0xe6, 0x9f, 0x00)) > 100, "no DEMO DATA badge");
    QVERIFY2(countDistinctColours(image) > 50, "the page looks empty");
}

void TestSnapshot::languagesDiffer()
{
    const QStringList common = {QStringLiteral("--at"), At};
    const QImage vietnamese = render(common + QStringList{QStringLiteral("--lang"), QStringLiteral("vi")});
    const QImage english = render(common + QStringList{QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(!vietnamese.isNull());
    QVERIFY(!english.isNull());
    QVERIFY(vietnamese != english);
}

void TestSnapshot::sameMomentSameImage()
{
    const QStringList arguments = {QStringLiteral("--lang"), QStringLiteral("en"),
                                   QStringLiteral("--at"), At};
    const QImage first = render(arguments);
    const QImage second = render(arguments);
    QVERIFY(!first.isNull());
    QVERIFY(first == second);
}

void TestSnapshot::invalidSizeIsRejected()
{
    QByteArray errors;
    const int status = runProgram(QStringLiteral(SOC_DASHBOARD_BINARY),
                                  {QStringLiteral("--snapshot"), m_dir.filePath(QStringLiteral("x.png")),
                                   QStringLiteral("--lang"), QStringLiteral("en"),
                                   QStringLiteral("--size"), QStringLiteral("huge")},
                                  &errors);
    QCOMPARE(status, 2);
    QVERIFY2(errors.contains("invalid --size 'huge'"), errors.constData());
}

void TestSnapshot::unknownFeedIsRejected()
{
    QByteArray errors;
    const int status = runProgram(QStringLiteral(SOC_DASHBOARD_BINARY),
                                  {QStringLiteral("--snapshot"), m_dir.filePath(QStringLiteral("y.png")),
                                   QStringLiteral("--feed"), QStringLiteral("demo:?seed=abc")},
                                  &errors);
    QCOMPARE(status, 1);
    QVERIFY2(errors.contains("invalid demo seed 'abc'"), errors.constData());
}

void TestSnapshot::simulateIsDeterministic()
{
    const QStringList arguments = {QStringLiteral("simulate"), QStringLiteral("--seed"),
                                   QStringLiteral("7"), QStringLiteral("--duration"),
                                   QStringLiteral("30"), QStringLiteral("--start"), At};
    QByteArray first;
    QByteArray second;
    QCOMPARE(runProgram(QStringLiteral(SOC_FEED_BINARY), arguments, nullptr, &first), 0);
    QCOMPARE(runProgram(QStringLiteral(SOC_FEED_BINARY), arguments, nullptr, &second), 0);
    QVERIFY(first.count('\n') > 6);
    QCOMPARE(first, second);
    QVERIFY2(first.contains("\"sentAt\""), first.left(200).constData());
    QVERIFY(first.contains("\"kpiBatch\""));
}

void TestSnapshot::badArgumentsRejected_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty snapshot name") << QStringList{"--snapshot", ""} << QByteArray("invalid --snapshot ''");
    QTest::newRow("not png") << QStringList{"--snapshot", "x.jpg"} << QByteArray("ending in .png");
    QTest::newRow("year 1900") << QStringList{"--snapshot", "x.png", "--at", "1900-01-01T00:00:00Z"}
                               << QByteArray("between the years 2000 and 2099");
    QTest::newRow("stray argument") << QStringList{"--snapshot", "x.png", "extra"}
                                    << QByteArray("unexpected argument 'extra'");
    QTest::newRow("at with a live feed")
        << QStringList{"--snapshot", "x.png", "--feed", "tcp://127.0.0.1:9", "--at", "2026-12-04T03:00:00Z"}
        << QByteArray("--at applies to the demo feed only");
    QTest::newRow("wait zero") << QStringList{"--snapshot", "x.png", "--wait", "0"}
                               << QByteArray("invalid --wait '0'");
    QTest::newRow("unknown indicator") << QStringList{"--snapshot", "x.png", "--indicator", "speed"}
                                       << QByteArray("unknown --indicator 'speed'");
    QTest::newRow("unknown page") << QStringList{"--snapshot", "x.png", "--page", "trends"}
                                  << QByteArray("unknown --page 'trends'");
    QTest::newRow("screen without wall") << QStringList{"--snapshot", "x.png", "--screen", "1"}
                                         << QByteArray("apply to the wall display only; add --wall");
    QTest::newRow("page with wall")
        << QStringList{"--snapshot", "x.png", "--wall", "--page", "ranking"}
        << QByteArray("do not apply to --wall");
    QTest::newRow("screen not a number")
        << QStringList{"--snapshot", "x.png", "--wall", "--screen", "left"}
        << QByteArray("invalid --screen 'left'");
    QTest::newRow("report not pdf") << QStringList{"--report", "x.png"}
                                    << QByteArray("invalid --report 'x.png'");
    QTest::newRow("report and snapshot") << QStringList{"--report", "x.pdf", "--snapshot", "x.png"}
                                         << QByteArray("give one of them");
    QTest::newRow("unknown range") << QStringList{"--report", "x.pdf", "--range", "2w"}
                                   << QByteArray("invalid --range '2w'");
    QTest::newRow("reversed range")
        << QStringList{"--report", "x.pdf", "--range", "2026-12-01T00:00:00Z/2026-11-01T00:00:00Z"}
        << QByteArray("with TO after FROM");
}

void TestSnapshot::wallRenders()
{
    const QImage image = render({"--wall", "--lang", "en", "--size", "3840x2160", "--at", At});
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(3840, 2160));
    // The header's DEMO DATA mark, amber on black, is at least headline size.
    QVERIFY2(countColour(image, qRgb(0xff, 0xb0, 0x00)) > 20000, "no DEMO DATA mark");
    QVERIFY2(countDistinctColours(image) > 50, "the wall looks empty");
}

void TestSnapshot::wallBadPlaylistKeepsDefault()
{
    const QString playlist = m_dir.filePath(QStringLiteral("bad-playlist.json"));
    QFile file(playlist);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\n  \"version\": 1,\n  \"entries\": [{\"page\": \"map\"}]\n}\n");
    file.close();
    const QString path = m_dir.filePath(QStringLiteral("wall-bad-playlist.png"));
    QByteArray errors;
    const int status = runProgram(QStringLiteral(SOC_DASHBOARD_BINARY),
                                  {"--snapshot", path, "--wall", "--lang", "en", "--playlist",
                                   playlist, "--at", At},
                                  &errors);
    QCOMPARE(status, 0);
    QVERIFY2(errors.contains(QStringLiteral("%1:3: unknown page 'map'").arg(playlist).toUtf8()),
             errors.constData());
    QVERIFY2(errors.contains("the default one is shown"), errors.constData());
    QCOMPARE(QImage(path).size(), QSize(1920, 1080));
}

void TestSnapshot::badArgumentsRejected()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expected);
    QByteArray errors;
    const int status = runProgram(QStringLiteral(SOC_DASHBOARD_BINARY),
                                  arguments + QStringList{"--lang", "en"}, &errors);
    QCOMPARE(status, 2);
    QVERIFY2(errors.contains(expected), errors.constData());
}

void TestSnapshot::noDisplayExplained()
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SOC_DASHBOARD_BINARY), {QStringLiteral("--lang"), QStringLiteral("en")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(process.readAllStandardError().contains("no display found"), "no explanation");
}

void TestSnapshot::feedsPageRenders()
{
    const QImage image = render({QStringLiteral("--page"), QStringLiteral("feeds"),
                                 QStringLiteral("--lang"), QStringLiteral("vi"),
                                 QStringLiteral("--at"), At});
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1920, 1080));
    QVERIFY2(countDistinctColours(image) > 10, "the page looks empty");
}

void TestSnapshot::indicatorChangesOverview()
{
    const QStringList common = {QStringLiteral("--lang"), QStringLiteral("en"),
                                QStringLiteral("--at"), At};
    const QImage results = render(common);
    const QImage backlog =
        render(common + QStringList{QStringLiteral("--indicator"), QStringLiteral("overdue_backlog")});
    QVERIFY(!results.isNull());
    QVERIFY(!backlog.isNull());
    QVERIFY(results != backlog);
}

void TestSnapshot::reportFromCommandLine_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("vi") << "vi"
                        << QStringList{"Báo cáo SOC Dashboard", "30 ngày qua", "Quận 1 (760)",
                                       "Quận 3 (770)", "Nguồn dữ liệu", "demo:",
                                       "DỮ LIỆU MÔ PHỎNG"};
    QTest::newRow("en") << "en"
                        << QStringList{"SOC Dashboard report", "Last 30 days", "District 1 (760)",
                                       "District 3 (770)", "Data sources", "demo:",
                                       "DEMO DATA"};
}

void TestSnapshot::reportFromCommandLine()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(language));
    QByteArray errors;
    const int status =
        runProgram(QStringLiteral(SOC_DASHBOARD_BINARY),
                   {"--report", path, "--unit", "760", "--unit", "770", "--range", "30d",
                    "--lang", language, "--at", At},
                   &errors);
    QVERIFY2(status == 0, errors.constData());

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext not found; install poppler-utils");
    QByteArray text;
    QCOMPARE(runProgram(pdftotext, {"-enc", "UTF-8", path, "-"}, nullptr, &text), 0);
    // NFKC turns the fonts' "fi" and "fl" ligatures back into letters.
    const QString simplified =
        QString::fromUtf8(text).normalized(QString::NormalizationForm_KC).simplified();
    for (const QString &phrase : expected)
        QVERIFY2(simplified.contains(phrase), qPrintable(phrase + " not in: " + simplified));
}

void TestSnapshot::unknownUnitRejected_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("file");
    QTest::newRow("report") << "--report" << "unknown-unit.pdf";
    QTest::newRow("snapshot") << "--snapshot" << "unknown-unit.png";
}

void TestSnapshot::unknownUnitRejected()
{
    QFETCH(QString, option);
    QFETCH(QString, file);
    const QString path = m_dir.filePath(file);
    QByteArray errors;
    const int status = runProgram(QStringLiteral(SOC_DASHBOARD_BINARY),
                                  {option, path, "--page", "unit", "--unit", "999", "--lang", "en",
                                   "--at", At},
                                  &errors);
    QCOMPARE(status, 1);
    QVERIFY2(errors.contains("unknown --unit '999'"), errors.constData());
    QVERIFY(!QFile::exists(path));
}

void TestSnapshot::scaledSnapshotHasMorePixels()
{
    // At 200% display scaling the page lays out at 1920x1080 and renders twice the pixels.
    const QString path = m_dir.filePath(QStringLiteral("scaled.png"));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("2"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SOC_DASHBOARD_BINARY),
                  {"--snapshot", path, "--page", "unit", "--unit", "760", "--lang", "vi",
                   "--at", At});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QImage image(path);
    QCOMPARE(image.size(), QSize(3840, 2160));
    QVERIFY2(countDistinctColours(image) > 10, "the page looks empty");
}

void TestSnapshot::mqttPasswordNotInLogFile()
{
    // The dashboard connects once with the right password and once with a wrong one, with
    // every feed category at debug level, and neither password may reach its log file.
    const QString user = QStringLiteral("soc-log-operator");
    const QString password = QStringLiteral("Log-pa55-never-written");
    const QString wrongPassword = QStringLiteral("Log-wr0ng-never-written");
    soc::test::MosquittoBroker broker;
    QString error;
    QVERIFY2(broker.requirePassword(user, password, &error), qPrintable(error));
    QVERIFY2(broker.start(&error), qPrintable(error));

    QTemporaryDir state;
    QVERIFY(state.isValid());
    QByteArray errors;
    for (const QString &attempt : {password, wrongPassword}) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_STATE_HOME"), state.path());
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("soc.*.debug=true"));
        environment.insert(QStringLiteral("SOC_MQTT_USERNAME"), user);
        environment.insert(QStringLiteral("SOC_MQTT_PASSWORD"), attempt);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(SOC_DASHBOARD_BINARY),
                      {QStringLiteral("--snapshot"), m_dir.filePath(QStringLiteral("mqtt.png")),
                       QStringLiteral("--page"), QStringLiteral("feeds"), QStringLiteral("--feed"),
                       broker.url(), QStringLiteral("--wait"), QStringLiteral("2")});
        QVERIFY(process.waitForFinished(120000));
        errors += process.readAllStandardError();
    }

    QFile log(state.filePath(QStringLiteral("soc-dashboard/soc-dashboard.log")));
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
    const QByteArray written = log.readAll() + errors;
    // Both connection attempts are in the log, so the check below covers them.
    QVERIFY2(written.contains("soc.feed.mqtt"), written.constData());
    QVERIFY2(written.contains("refused"), written.constData());
    QVERIFY2(!written.contains(password.toUtf8()), written.constData());
    QVERIFY2(!written.contains(wrongPassword.toUtf8()), written.constData());
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "test_snapshot.moc"
