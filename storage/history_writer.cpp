#include "storage/history_writer.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>

namespace soc {

Q_LOGGING_CATEGORY(lcHistory, "soc.storage.history", QtWarningMsg)

HistoryWriter::HistoryWriter(QString path, QObject *parent)
    : QObject(parent), m_path(std::move(path)), m_clock(&QDateTime::currentMSecsSinceEpoch),
      m_flushTimer(this), m_pruneTimer(this), m_sliceTimer(this)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(1000);
    connect(&m_flushTimer, &QTimer::timeout, this, &HistoryWriter::flush);
    connect(&m_pruneTimer, &QTimer::timeout, this, &HistoryWriter::prune);
    // A zero-interval single shot returns to the event loop between slices, so queued samples
    // and flushes run in between.
    m_sliceTimer.setSingleShot(true);
    m_sliceTimer.setInterval(0);
    connect(&m_sliceTimer, &QTimer::timeout, this, &HistoryWriter::pruneNextSlice);
}

HistoryWriter::~HistoryWriter()
{
    close();
}

void HistoryWriter::open()
{
    if (m_path.isEmpty())
        m_path = HistoryStore::defaultPath();
    if (!openStore())
        return;
    qCInfo(lcHistory).noquote() << "history opened at" << m_path;
    emit opened(m_path);
    if (m_pruneIntervalMs > 0) {
        m_pruneTimer.start(m_pruneIntervalMs);
        prune();
    }
}

bool HistoryWriter::openStore()
{
    HistoryError error;
    if (m_store.open(m_path, &error))
        return true;
    if (error.kind == HistoryError::Kind::Corrupt)
        return recoverFromCorruption(error);
    disable(error);
    return false;
}

// Keeps the damaged file for inspection and starts an empty one in its place.
bool HistoryWriter::recoverFromCorruption(const HistoryError &error)
{
    m_store.close();
    QString renameError;
    const QString keptAs = HistoryStore::moveAside(m_path, m_clock(), &renameError);
    if (keptAs.isEmpty()) {
        disable({HistoryError::Kind::Corrupt,
                 QStringLiteral("%1; moving it aside failed: %2").arg(error.detail, renameError)});
        return false;
    }
    qCWarning(lcHistory).noquote() << "history file is corrupt:" << error.detail << "; kept as"
                                   << keptAs << "and starting a new file";

    HistoryError reopenError;
    if (!m_store.open(m_path, &reopenError)) {
        disable(reopenError);
        return false;
    }
    emit warningOccurred(tr("The KPI history file was damaged. It was kept as %1, and a new "
                            "history was started.")
                             .arg(QDir::toNativeSeparators(keptAs)));
    return true;
}

void HistoryWriter::append(const QVector<Sample> &samples)
{
    if (m_disabled) {
        m_dropped += samples.size();
        return;
    }
    const qsizetype room = MaxPendingPoints - m_pending.size();
    if (samples.size() > room) {
        if (m_dropped == 0)
            qCCritical(lcHistory) << "history writes lag behind the feed; dropping samples above"
                                  << MaxPendingPoints << "pending";
        m_dropped += samples.size() - std::max<qsizetype>(room, 0);
    }
    m_pending.append(samples.mid(0, std::max<qsizetype>(room, 0)));

    if (m_pending.size() >= m_maxBatchPoints)
        flush();
    else if (!m_pending.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
}

void HistoryWriter::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() || !m_store.isOpen())
        return;
    const QVector<Sample> batch = std::exchange(m_pending, {});

    HistoryError error;
    const int inserted = m_store.insert(batch, &error);
    if (inserted < 0) {
        m_dropped += batch.size();
        handleFailure(error);
        return;
    }
    m_diskFullReported = false;
    qCDebug(lcHistory) << "history batch of" << batch.size() << "samples," << inserted << "new";
    emit batchWritten(static_cast<int>(batch.size()), inserted);
}

void HistoryWriter::handleFailure(const HistoryError &error)
{
    switch (error.kind) {
    case HistoryError::Kind::Corrupt:
        recoverFromCorruption(error);
        return;
    case HistoryError::Kind::DiskFull:
        // Reported once until a batch succeeds again, so that a full disk logs one line rather
        // than one per second.
        if (!m_diskFullReported) {
            m_diskFullReported = true;
            qCCritical(lcHistory).noquote() << "history batch lost, disk full:" << error.detail;
            emit errorOccurred(userMessage(error));
        }
        return;
    default:
        disable(error);
        return;
    }
}

void HistoryWriter::disable(const HistoryError &error)
{
    m_store.close();
    m_disabled = true;
    m_dropped += m_pending.size();
    m_pending.clear();
    m_flushTimer.stop();
    m_pruneTimer.stop();
    m_sliceTimer.stop();
    m_pruning = false;
    qCCritical(lcHistory).noquote() << "history is off:" << error.detail;
    emit errorOccurred(userMessage(error));
}

QString HistoryWriter::userMessage(const HistoryError &error) const
{
    const QString path = QDir::toNativeSeparators(m_path);
    switch (error.kind) {
    case HistoryError::Kind::Unwritable:
        if (path.isEmpty())
            return tr("KPI history is off because the data folder cannot be created. The "
                      "dashboard goes on without history.");
        return tr("KPI history is off because %1 cannot be written. The dashboard goes on "
                  "without history.")
            .arg(path);
    case HistoryError::Kind::DiskFull:
        return tr("The disk that holds the KPI history is full, so recent figures are missing "
                  "from it. Free some space; writing resumes by itself.");
    case HistoryError::Kind::Corrupt:
        return tr("KPI history is off because %1 is damaged and could not be replaced. The "
                  "dashboard goes on without history.")
            .arg(path);
    case HistoryError::Kind::TooNew:
        return tr("KPI history is off because %1 was written by a newer version of SOC "
                  "Dashboard. The dashboard goes on without history.")
            .arg(path);
    case HistoryError::Kind::None:
    case HistoryError::Kind::Other:
        break;
    }
    return tr("KPI history is off because of a database error; the log has the details. The "
              "dashboard goes on without history.");
}

void HistoryWriter::prune()
{
    if (m_pruning || !m_store.isOpen())
        return;
    m_pruning = true;
    m_prunedThinned = 0;
    m_prunedDeleted = 0;
    m_sliceTimer.start();
}

void HistoryWriter::pruneNextSlice()
{
    if (!m_store.isOpen()) {
        m_pruning = false;
        return;
    }
    HistoryError error;
    const PruneResult result = m_store.pruneSlice(m_retention, m_clock(), PruneSliceRows, &error);
    m_prunedThinned += result.thinned;
    m_prunedDeleted += result.deleted;
    if (error.isError()) {
        m_pruning = false;
        handleFailure(error);
        return;
    }
    if (!result.done) {
        m_sliceTimer.start();
        return;
    }
    m_pruning = false;
    if (m_prunedThinned > 0 || m_prunedDeleted > 0)
        qCInfo(lcHistory) << "history retention thinned" << m_prunedThinned << "and deleted"
                          << m_prunedDeleted << "points";
    emit pruneFinished(m_prunedThinned, m_prunedDeleted);
}

void HistoryWriter::close()
{
    flush();
    m_pruneTimer.stop();
    m_sliceTimer.stop();
    m_pruning = false;
    if (m_store.isOpen())
        qCInfo(lcHistory).noquote() << "history closed at" << m_path;
    m_store.close();
}

} // namespace soc
