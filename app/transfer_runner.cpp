#include "app/transfer_runner.h"

#include <QLoggingCategory>
#include <QProgressDialog>
#include <QThread>

namespace soc {

Q_LOGGING_CATEGORY(lcTransfer, "soc.app.transfer", QtWarningMsg)

namespace {

constexpr int PollIntervalMs = 100;
// QProgressDialog counts in int, so large totals are shown in thousandths.
constexpr int DialogSteps = 1000;

} // namespace

TransferRunner::TransferRunner(QWidget *window, QObject *parent)
    : QObject(parent), m_window(window)
{
    m_poll.setInterval(PollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &TransferRunner::updateDialog);
}

TransferRunner::~TransferRunner()
{
    if (!m_thread)
        return;
    m_cancelled.storeRelaxed(1);
    m_thread->wait();
    delete m_thread;
    delete m_dialog;
}

bool TransferRunner::start(const QString &label, Job job, std::function<void(bool)> done)
{
    if (m_thread)
        return false;
    m_done64.storeRelaxed(0);
    m_total64.storeRelaxed(0);
    m_cancelled.storeRelaxed(0);
    m_done = std::move(done);

    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_dialog->setObjectName(QStringLiteral("transferProgress"));
    m_dialog->setWindowTitle(tr("SOC Dashboard"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(0);
    connect(m_dialog, &QProgressDialog::canceled, this, &TransferRunner::cancel);

    TransferProgress progress = [this](qint64 doneUnits, qint64 totalUnits) {
        m_done64.storeRelaxed(doneUnits);
        m_total64.storeRelaxed(totalUnits);
        return m_cancelled.loadRelaxed() == 0;
    };
    m_thread = QThread::create([job = std::move(job), progress] { job(progress); });
    m_thread->setObjectName(QStringLiteral("soc.transfer"));
    connect(m_thread, &QThread::finished, this, &TransferRunner::finish);
    m_thread->start();
    m_poll.start();
    m_dialog->show();
    qCInfo(lcTransfer).noquote() << "started:" << label;
    return true;
}

void TransferRunner::cancel()
{
    if (!m_thread)
        return;
    qCInfo(lcTransfer) << "cancel requested";
    m_cancelled.storeRelaxed(1);
    if (m_dialog)
        m_dialog->setLabelText(tr("Cancelling…"));
}

void TransferRunner::updateDialog()
{
    if (!m_dialog)
        return;
    const qint64 total = m_total64.loadRelaxed();
    if (total <= 0)
        return; // busy indicator until the job reports its size
    const qint64 done = std::clamp<qint64>(m_done64.loadRelaxed(), 0, total);
    m_dialog->setMaximum(DialogSteps);
    m_dialog->setValue(static_cast<int>(done * DialogSteps / total));
}

void TransferRunner::finish()
{
    m_poll.stop();
    updateDialog();
    const bool cancelled = m_cancelled.loadRelaxed() != 0;
    m_thread->deleteLater();
    m_thread = nullptr;
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    qCInfo(lcTransfer) << "finished" << (cancelled ? "after a cancel" : "");
    if (m_done) {
        std::function<void(bool)> done = std::move(m_done);
        m_done = nullptr;
        done(cancelled);
    }
    emit finished(cancelled);
}

} // namespace soc
