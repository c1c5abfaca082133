#pragma once

#include "tools/recording_transfer.h"

#include <QAtomicInteger>
#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QTimer>

#include <functional>

class QThread;
class QWidget;

namespace soc {

// Runs one long job on the files (opening, importing or exporting a recording) on a thread of
// its own, and shows a progress dialog with a Cancel button over the window meanwhile, in
// response to the action the user took. The job reports through a TransferProgress, whose
// return value carries the cancel. The dialog reads the progress every 100 ms, so a fast job
// does not flood the UI thread. Lives on the UI thread.
class TransferRunner : public QObject
{
    Q_OBJECT

public:
    explicit TransferRunner(QWidget *window, QObject *parent = nullptr);
    // Cancels a running job and waits for its thread.
    ~TransferRunner() override;

    using Job = std::function<void(const TransferProgress &progress)>;
    // Starts `job` with a dialog showing `label`. `done` runs on this thread once the job has
    // returned, with whether the user cancelled. Returns false, starting nothing, while another
    // job runs.
    bool start(const QString &label, Job job, std::function<void(bool cancelled)> done);
    bool isRunning() const { return m_thread != nullptr; }
    // The dialog of the running job, or nullptr.
    QProgressDialog *dialog() const { return m_dialog; }
    void cancel();

signals:
    void finished(bool cancelled);

private:
    void updateDialog();
    void finish();

    QPointer<QWidget> m_window;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_dialog;
    QTimer m_poll;
    std::function<void(bool)> m_done;
    QAtomicInteger<qint64> m_done64 = 0;
    QAtomicInteger<qint64> m_total64 = 0;
    QAtomicInteger<int> m_cancelled = 0;
};

} // namespace soc
