#pragma once

#include "app/transfer_runner.h"
#include "widgets/replay_page.h"

#include <QObject>

class QAction;

namespace soc {

class MainWindow;

// The File menu's work on recording files: opening one for replay, importing JSON Lines into a
// new recording and exporting a recording as JSON Lines or CSV. Each runs on a thread of its
// own behind a progress dialog that can cancel it (TransferRunner), and each result goes to the
// window's status bar. Adds its actions to the window's File menu. Lives on the UI thread.
class RecordingActions : public QObject
{
    Q_OBJECT

public:
    explicit RecordingActions(MainWindow *window, QObject *parent = nullptr);

    // Checks and summarizes the recording, then emits recordingOpened, unless it fails (the
    // message goes to the status bar) or the user cancels.
    void openRecording(const QString &path);
    void importJsonLines(const QString &inPath, const QString &outPath);
    void exportRecording(const QString &inPath, const QString &outPath, ExportFormat format);
    TransferRunner *runner() { return &m_runner; }

signals:
    void recordingOpened(const QString &path, const soc::RecordingOverview &overview);
    // A job ended: the translated outcome, for the status bar.
    void finished(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void askImport();
    void askExport();
    void retranslate();
    void report(const QString &message);

    MainWindow *m_window;
    TransferRunner m_runner;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
};

} // namespace soc
