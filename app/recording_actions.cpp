#include "app/recording_actions.h"

#include "app/main_window.h"
#include "app/recording_overview.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>

#include <memory>

namespace soc {

RecordingActions::RecordingActions(MainWindow *window, QObject *parent)
    : QObject(parent), m_window(window), m_runner(window)
{
    QMenu *menu = window->fileMenu();
    // Before the separator that precedes Quit.
    const QList<QAction *> actions = menu->actions();
    QAction *before = actions.size() >= 2 ? actions.at(actions.size() - 2) : nullptr;
    m_importAction = new QAction(this);
    m_exportAction = new QAction(this);
    menu->insertAction(before, m_importAction);
    menu->insertAction(before, m_exportAction);
    connect(m_importAction, &QAction::triggered, this, &RecordingActions::askImport);
    connect(m_exportAction, &QAction::triggered, this, &RecordingActions::askExport);
    connect(this, &RecordingActions::finished, window, &MainWindow::showStatusMessage);
    window->installEventFilter(this);
    retranslate();
}

bool RecordingActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void RecordingActions::retranslate()
{
    m_importAction->setText(tr("&Import JSON Lines…"));
    m_exportAction->setText(tr("E&xport a recording…"));
}

void RecordingActions::report(const QString &message)
{
    emit finished(message);
}

void RecordingActions::openRecording(const QString &path)
{
    auto overview = std::make_shared<RecordingOverview>();
    auto error = std::make_shared<QString>();
    auto loaded = std::make_shared<bool>(false);
    const bool started = m_runner.start(
        tr("Opening %1…").arg(QFileInfo(path).fileName()),
        [path, overview, error, loaded](const TransferProgress &progress) {
            *loaded = loadRecordingOverview(path, overview.get(), error.get(), progress);
        },
        [this, path, overview, error, loaded](bool cancelled) {
            if (cancelled)
                report(tr("Opening %1 was cancelled.").arg(path));
            else if (!*loaded)
                report(*error);
            else
                emit recordingOpened(path, *overview);
        });
    if (!started)
        report(tr("Another file operation is running; wait for it or cancel it."));
}

void RecordingActions::importJsonLines(const QString &inPath, const QString &outPath)
{
    auto result = std::make_shared<ImportReport>();
    auto imported = std::make_shared<bool>(false);
    const bool started = m_runner.start(
        tr("Importing %1…").arg(QFileInfo(inPath).fileName()),
        [inPath, outPath, result, imported](const TransferProgress &progress) {
            *imported = soc::importJsonLines(inPath, outPath, progress, {}, result.get());
        },
        [this, outPath, result, imported](bool) {
            if (!*imported) {
                report(tr("Import failed: %1").arg(result->error));
            } else if (result->cancelled) {
                report(tr("Import cancelled; %1 holds the first %2 envelopes.")
                           .arg(outPath)
                           .arg(result->imported));
            } else {
                report(tr("Imported %1 envelopes into %2; %3 invalid lines skipped.")
                           .arg(result->imported)
                           .arg(outPath)
                           .arg(result->invalid));
            }
        });
    if (!started)
        report(tr("Another file operation is running; wait for it or cancel it."));
}

void RecordingActions::exportRecording(const QString &inPath, const QString &outPath,
                                       ExportFormat format)
{
    auto result = std::make_shared<ExportReport>();
    auto exported = std::make_shared<bool>(false);
    const bool started = m_runner.start(
        tr("Exporting %1…").arg(QFileInfo(inPath).fileName()),
        [inPath, outPath, format, result, exported](const TransferProgress &progress) {
            *exported = soc::exportRecording(inPath, outPath, format, progress, {}, result.get());
        },
        [this, outPath, result, exported](bool) {
            if (!*exported) {
                report(tr("Export failed: %1").arg(result->error));
            } else if (result->cancelled) {
                report(tr("Export cancelled; %1 is incomplete with %2 of %3 envelopes.")
                           .arg(outPath)
                           .arg(result->exported)
                           .arg(result->total));
            } else {
                report(tr("Exported %1 envelopes to %2; %3 invalid ones skipped.")
                           .arg(result->exported)
                           .arg(outPath)
                           .arg(result->skipped));
            }
        });
    if (!started)
        report(tr("Another file operation is running; wait for it or cancel it."));
}

void RecordingActions::askImport()
{
    const QString inPath = QFileDialog::getOpenFileName(
        m_window, tr("Import JSON Lines"), QString(), tr("JSON Lines (*.jsonl);;All files (*)"));
    if (inPath.isEmpty())
        return;
    QString outPath = QFileDialog::getSaveFileName(m_window, tr("Save the imported recording"),
                                                   QString(), tr("Recordings (*.socrec)"));
    if (outPath.isEmpty())
        return;
    if (!outPath.endsWith(QLatin1String(".socrec")))
        outPath += QStringLiteral(".socrec");
    if (QFileInfo::exists(outPath)) {
        report(tr("Cannot import into %1: the file already exists. Choose a new file name.")
                   .arg(outPath));
        return;
    }
    importJsonLines(inPath, outPath);
}

void RecordingActions::askExport()
{
    const QString inPath = QFileDialog::getOpenFileName(
        m_window, tr("Export a recording"), QString(), tr("Recordings (*.socrec)"));
    if (inPath.isEmpty())
        return;
    const QString jsonLines = tr("JSON Lines, one envelope a line (*.jsonl)");
    const QString csv = tr("CSV, one row per KPI sample (*.csv)");
    QString filter = jsonLines;
    QString outPath = QFileDialog::getSaveFileName(m_window, tr("Export to"), QString(),
                                                   jsonLines + QStringLiteral(";;") + csv,
                                                   &filter);
    if (outPath.isEmpty())
        return;
    const bool asCsv = filter == csv || outPath.endsWith(QLatin1String(".csv"));
    const QString suffix = asCsv ? QStringLiteral(".csv") : QStringLiteral(".jsonl");
    if (!outPath.endsWith(suffix))
        outPath += suffix;
    exportRecording(inPath, outPath, asCsv ? ExportFormat::Csv : ExportFormat::JsonLines);
}

} // namespace soc
