#include "storage/alert_writer.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>

namespace soc {

Q_DECLARE_LOGGING_CATEGORY(lcAlertStore)

AlertWriter::AlertWriter(QString path, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_clock(&QDateTime::currentMSecsSinceEpoch),
      m_flushTimer(this), m_pruneTimer(this)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(500);
    connect(&m_flushTimer, &QTimer::timeout, this, &AlertWriter::flush);
    connect(&m_pruneTimer, &QTimer::timeout, this, &AlertWriter::prune);
}

AlertWriter::~AlertWriter()
{
    close();
}

QVector<AlertEvent> AlertWriter::open()
{
    if (m_path.isEmpty())
        m_path = AlertStore::defaultPath(false);
    if (!openStore())
        return {};
    prune();
    if (!m_store.isOpen())
        return {};

    AlertStoreError error;
    QVector<AlertEvent> events = m_store.loadAll(&error);
    if (error.isError()) {
        handleFailure(error, {});
        return {};
    }
    qCInfo(lcAlertStore).noquote() << "alert history opened at" << m_path << "with"
                                   << events.size() << "events";
    emit opened(m_path);
    if (m_pruneIntervalMs > 0)
        m_pruneTimer.start(m_pruneIntervalMs);
    return events;
}

bool AlertWriter::openStore()
{
    AlertStoreError error;
    if (m_store.open(m_path, &error))
        return true;
    if (error.kind == AlertStoreError::Kind::Corrupt)
        return recoverFromCorruption(error);
    disable(error);
    return false;
}

// Keeps the damaged file for inspection and starts an empty one in its place.
bool AlertWriter::recoverFromCorruption(const AlertStoreError &error)
{
    m_store.close();
    QString renameError;
    const QString keptAs = HistoryStore::moveAside(m_path, m_clock(), &renameError);
    if (keptAs.isEmpty()) {
        disable({AlertStoreError::Kind::Corrupt,
                 QStringLiteral("%1; moving it aside failed: %2").arg(error.detail, renameError)});
        return false;
    }
    qCWarning(lcAlertStore).noquote() << "alert history file is corrupt:" << error.detail
                                      << "; kept as" << keptAs << "and starting a new file";

    AlertStoreError reopenError;
    if (!m_store.open(m_path, &reopenError)) {
        disable(reopenError);
        return false;
    }
    emit warningOccurred(tr("The alert history file was damaged. It was kept as %1, and a new "
                            "alert history was started.")
                             .arg(QDir::toNativeSeparators(keptAs)));
    return true;
}

void AlertWriter::append(const QVector<AlertEvent> &events)
{
    if (m_disabled) {
        m_dropped += events.size();
        return;
    }
    const qsizetype room = std::max<qsizetype>(MaxPendingEvents - m_pending.size(), 0);
    if (events.size() > room) {
        if (m_dropped == 0)
            qCCritical(lcAlertStore) << "alert events cannot be written; dropping events above"
                                     << MaxPendingEvents << "pending";
        m_dropped += events.size() - room;
    }
    m_pending.append(events.mid(0, room));
    if (!m_pending.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void AlertWriter::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() || !m_store.isOpen())
        return;
    const QVector<AlertEvent> batch = std::exchange(m_pending, {});

    AlertStoreError error;
    if (!m_store.append(batch, &error)) {
        handleFailure(error, batch);
        return;
    }
    m_diskFullReported = false;
    qCDebug(lcAlertStore) << "alert history batch of" << batch.size() << "events";
    emit batchWritten(static_cast<int>(batch.size()));
}

// `batch` contains the events of the failed write. They go back to the front of the queue when
// writing can go on.
void AlertWriter::handleFailure(const AlertStoreError &error, const QVector<AlertEvent> &batch)
{
    switch (error.kind) {
    case AlertStoreError::Kind::Corrupt:
        // NOTE: the events stored before the damage stay in the file moved aside. The new file
        // starts with this batch, so a restart restores only the alerts changed since.
        if (recoverFromCorruption(error) && !batch.isEmpty()) {
            m_pending = batch + m_pending;
            m_flushTimer.start();
        } else {
            m_dropped += batch.size();
        }
        return;
    case AlertStoreError::Kind::DiskFull:
        m_pending = batch + m_pending;
        m_flushTimer.start();
        // Reported once until a batch succeeds again, so that a full disk logs one line rather
        // than one per flush.
        if (!m_diskFullReported) {
            m_diskFullReported = true;
            qCCritical(lcAlertStore).noquote() << "alert history write failed, disk full:"
                                               << error.detail;
            emit errorOccurred(userMessage(error));
        }
        return;
    default:
        m_dropped += batch.size();
        disable(error);
        return;
    }
}

void AlertWriter::disable(const AlertStoreError &error)
{
    m_store.close();
    m_disabled = true;
    m_dropped += m_pending.size();
    m_pending.clear();
    m_flushTimer.stop();
    m_pruneTimer.stop();
    qCCritical(lcAlertStore).noquote() << "alert history is off:" << error.detail;
    emit errorOccurred(userMessage(error));
}

QString AlertWriter::userMessage(const AlertStoreError &error) const
{
    const QString path = QDir::toNativeSeparators(m_path);
    switch (error.kind) {
    case AlertStoreError::Kind::Unwritable:
        if (path.isEmpty())
            return tr("Alert history is off because the data folder cannot be created. Alerts "
                      "and acknowledgements will be lost when the dashboard closes.");
        return tr("Alert history is off because %1 cannot be written. Alerts and "
                  "acknowledgements will be lost when the dashboard closes.")
            .arg(path);
    case AlertStoreError::Kind::DiskFull:
        return tr("The disk that holds the alert history is full. Alert changes are kept in "
                  "memory and written once space is freed.");
    case AlertStoreError::Kind::Corrupt:
        return tr("Alert history is off because %1 is damaged and could not be replaced. "
                  "Alerts and acknowledgements will be lost when the dashboard closes.")
            .arg(path);
    case AlertStoreError::Kind::TooNew:
        return tr("Alert history is off because %1 was written by a newer version of SOC "
                  "Dashboard. Alerts and acknowledgements will be lost when the dashboard "
                  "closes.")
            .arg(path);
    case AlertStoreError::Kind::None:
    case AlertStoreError::Kind::Other:
        break;
    }
    return tr("Alert history is off because of a database error; the log has the details. "
              "Alerts and acknowledgements will be lost when the dashboard closes.");
}

void AlertWriter::prune()
{
    if (!m_store.isOpen())
        return;
    AlertStoreError error;
    const int deleted = m_store.prune(m_clock(), m_retentionDays, &error);
    if (deleted < 0) {
        handleFailure(error, {});
        return;
    }
    if (deleted > 0)
        qCInfo(lcAlertStore) << "alert history retention deleted" << deleted << "events";
    emit pruneFinished(deleted);
}

void AlertWriter::close()
{
    flush();
    m_flushTimer.stop();
    m_pruneTimer.stop();
    if (m_store.isOpen())
        qCInfo(lcAlertStore).noquote() << "alert history closed at" << m_path;
    m_store.close();
}

} // namespace soc
