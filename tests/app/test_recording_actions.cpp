#include "app/localizer.h"
#include "app/main_window.h"
#include "app/recording_actions.h"
#include "soc/feed/v1/envelope.pb.h"
#include "storage/recording.h"
#include "tools/recording_transfer.h"

#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace soc;

namespace {

constexpr qint64 StartMs = 1796353200000; // 2026-12-04T03:00:00Z
// Large enough that opening, importing and exporting it take a noticeable time.
constexpr int EnvelopeCount = 200000;

QByteArray ratioEnvelope(quint64 sequence)
{
    soc::feed::v1::Envelope envelope;
    envelope.set_source("tthc");
    envelope.set_sequence(sequence);
    envelope.set_sent_at(StartMs + static_cast<qint64>(sequence) * 100);
    soc::feed::v1::Sample *sample = envelope.mutable_kpi_batch()->add_samples();
    sample->set_unit("760");
    sample->set_indicator("e_result");
    sample->set_period("2026-12");
    sample->set_observed_at(StartMs + static_cast<qint64>(sequence) * 100);
    sample->set_numerator(static_cast<double>(100 + sequence % 50));
    sample->set_denominator(200);
    return QByteArray::fromStdString(envelope.SerializeAsString());
}

qint64 lineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    qint64 lines = 0;
    while (!file.atEnd()) {
        file.readLine();
        ++lines;
    }
    return lines;
}

} // namespace

class TestRecordingActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void exportReportsProgress();
    void exportShowsDialogAndFinishes();
    void exportCancelledFromDialog();
    void importShowsDialogAndFinishes();
    void importCancelled();
    void openEmitsOverview();
    void openCancelled();
    void secondJobWaits();

private:
    QTemporaryDir m_dir;
    QString m_recording;
    std::unique_ptr<Localizer> m_localizer;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<RecordingActions> m_actions;
};

void TestRecordingActions::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_recording = m_dir.filePath(QStringLiteral("large.socrec"));
    RecordingWriter writer(m_recording, nullptr);
    writer.setBlockWhenFull(true);
    writer.start();
    for (int sequence = 1; sequence <= EnvelopeCount; ++sequence) {
        const QByteArray payload = ratioEnvelope(static_cast<quint64>(sequence));
        QVERIFY(writer.append({0, StartMs + sequence * 100LL, {}, false, payload, payload.size()}));
    }
    QVERIFY(writer.stop(120000));
}

void TestRecordingActions::init()
{
    QSettings().clear();
    m_localizer = std::make_unique<Localizer>();
    QVERIFY(m_localizer->setLanguage(Language::English));
    m_window = std::make_unique<MainWindow>(m_localizer.get(), false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_actions = std::make_unique<RecordingActions>(m_window.get());
}

void TestRecordingActions::cleanup()
{
    m_actions.reset();
    m_window.reset();
    m_localizer.reset();
}

void TestRecordingActions::exportReportsProgress()
{
    QList<std::pair<qint64, qint64>> reports;
    ExportReport report;
    const QString out = m_dir.filePath(QStringLiteral("progress.jsonl"));
    QVERIFY(exportRecording(
        m_recording, out, ExportFormat::JsonLines,
        [&reports](qint64 done, qint64 total) {
            reports.append({done, total});
            return true;
        },
        {}, &report));
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QVERIFY(reports.size() >= 2);
    for (int i = 1; i < reports.size(); ++i) {
        QCOMPARE(reports.at(i).second, qint64(EnvelopeCount));
        QVERIFY(reports.at(i).first >= reports.at(i - 1).first);
    }
    QCOMPARE(reports.last().first, qint64(EnvelopeCount));
    QCOMPARE(report.exported, quint64(EnvelopeCount));
}

void TestRecordingActions::exportShowsDialogAndFinishes()
{
    const QString out = m_dir.filePath(QStringLiteral("all.jsonl"));
    QSignalSpy finished(m_actions.get(), &RecordingActions::finished);
    m_actions->exportRecording(m_recording, out, ExportFormat::JsonLines);
    QProgressDialog *dialog = m_actions->runner()->dialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY2(dialog->labelText().contains(QLatin1String("large.socrec")),
             qPrintable(dialog->labelText()));

    QVERIFY(finished.wait(120000));
    const QString message = finished.first().first().toString();
    QVERIFY2(message.startsWith(QLatin1String("Exported 200000 envelopes")), qPrintable(message));
    QCOMPARE(m_window->statusBar()->currentMessage(), message);
    QVERIFY(!m_actions->runner()->isRunning());
    QCOMPARE(lineCount(out), qint64(EnvelopeCount));
}

void TestRecordingActions::exportCancelledFromDialog()
{
    const QString out = m_dir.filePath(QStringLiteral("cancelled.jsonl"));
    QSignalSpy finished(m_actions.get(), &RecordingActions::finished);
    m_actions->exportRecording(m_recording, out, ExportFormat::JsonLines);
    QProgressDialog *dialog = m_actions->runner()->dialog();
    QVERIFY(dialog);
    // The job reads the cancel at its next progress report, before it has written much.
    auto *cancel = dialog->findChild<QPushButton *>();
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(finished.wait(120000));
    const QString message = finished.first().first().toString();
    QVERIFY2(message.startsWith(QLatin1String("Export cancelled")), qPrintable(message));
    QVERIFY(lineCount(out) < EnvelopeCount);
}

void TestRecordingActions::importShowsDialogAndFinishes()
{
    const QString lines = m_dir.filePath(QStringLiteral("import.jsonl"));
    ExportReport exported;
    QVERIFY(exportRecording(m_recording, lines, ExportFormat::JsonLines, {}, {}, &exported));
    const QString out = m_dir.filePath(QStringLiteral("imported.socrec"));
    QSignalSpy finished(m_actions.get(), &RecordingActions::finished);
    m_actions->importJsonLines(lines, out);
    QVERIFY(m_actions->runner()->dialog());
    QVERIFY(finished.wait(300000));
    const QString message = finished.first().first().toString();
    QVERIFY2(message.startsWith(QLatin1String("Imported 200000 envelopes")), qPrintable(message));
    RecordingReader reader;
    QString error;
    QVERIFY2(reader.open(out, &error), qPrintable(error));
    QCOMPARE(reader.envelopeCount(), quint64(EnvelopeCount));
}

void TestRecordingActions::importCancelled()
{
    const QString lines = m_dir.filePath(QStringLiteral("import-cancel.jsonl"));
    ExportReport exported;
    QVERIFY(exportRecording(m_recording, lines, ExportFormat::JsonLines, {}, {}, &exported));
    const QString out = m_dir.filePath(QStringLiteral("import-cancel.socrec"));
    QSignalSpy finished(m_actions.get(), &RecordingActions::finished);
    m_actions->importJsonLines(lines, out);
    m_actions->runner()->cancel();
    QVERIFY(finished.wait(120000));
    const QString message = finished.first().first().toString();
    QVERIFY2(message.startsWith(QLatin1String("Import cancelled")), qPrintable(message));
    // The partial recording is a valid file with what was imported before the cancel.
    RecordingReader reader;
    QString error;
    QVERIFY2(reader.open(out, &error), qPrintable(error));
    QVERIFY(reader.envelopeCount() < quint64(EnvelopeCount));
}

void TestRecordingActions::openEmitsOverview()
{
    QSignalSpy opened(m_actions.get(), &RecordingActions::recordingOpened);
    m_actions->openRecording(m_recording);
    QVERIFY(m_actions->runner()->dialog());
    QVERIFY(opened.wait(120000));
    QCOMPARE(opened.first().first().toString(), m_recording);
    const auto overview = opened.first().at(1).value<RecordingOverview>();
    QCOMPARE(overview.envelopes, quint64(EnvelopeCount));
    QCOMPARE(overview.name, "large.socrec");
    QCOMPARE(overview.startMs, StartMs + 100);
    QCOMPARE(overview.endMs, StartMs + EnvelopeCount * 100LL);
}

void TestRecordingActions::openCancelled()
{
    QSignalSpy opened(m_actions.get(), &RecordingActions::recordingOpened);
    QSignalSpy finished(m_actions.get(), &RecordingActions::finished);
    m_actions->openRecording(m_recording);
    m_actions->runner()->cancel();
    QVERIFY(finished.wait(120000));
    QVERIFY2(finished.first().first().toString().contains(QLatin1String("cancelled")),
             qPrintable(finished.first().first().toString()));
    QCOMPARE(opened.count(), 0);
}

void TestRecordingActions::secondJobWaits()
{
    QSignalSpy finished(m_actions.get(), &RecordingActions::finished);
    QSignalSpy jobDone(m_actions->runner(), &TransferRunner::finished);
    m_actions->openRecording(m_recording);
    m_actions->exportRecording(m_recording, m_dir.filePath(QStringLiteral("second.jsonl")),
                               ExportFormat::Csv);
    // The second request is turned away at once; the first goes on.
    QCOMPARE(finished.count(), 1);
    QVERIFY2(finished.first().first().toString().startsWith(QLatin1String("Another file")),
             qPrintable(finished.first().first().toString()));
    QVERIFY(m_actions->runner()->isRunning());
    QVERIFY(jobDone.wait(120000));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("second.jsonl"))));
}

QTEST_MAIN(TestRecordingActions)
#include "test_recording_actions.moc"
