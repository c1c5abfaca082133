#include "app/recording_control.h"

#include "feed/feed_hub.h"
#include "feed/feed_worker.h"
#include "feed/recording_indexer.h"
#include "storage/recording.h"

#include <QDateTime>
#include <QFileInfo>
#include <QThread>

namespace soc {

RecordingControl::RecordingControl(FeedHub *hub, QObject *parent)
    : QObject(parent), m_hub(hub), m_units(UnitCatalog::hcmcDistricts())
{
}

RecordingControl::~RecordingControl()
{
    QString error;
    stop(&error);
}

QString RecordingControl::path() const
{
    return m_writer ? m_writer->path() : QString();
}

bool RecordingControl::start(const QString &path, QString *error)
{
    if (m_writer) {
        *error = tr("A recording to %1 is already running; stop it first.").arg(m_writer->path());
        return false;
    }
    FeedWorker *worker = m_hub->worker();
    if (!worker) {
        *error = tr("No feed is running, so there is nothing to record.");
        return false;
    }
    if (QFileInfo::exists(path)) {
        *error = tr("Cannot record to %1: the file already exists. Choose a new file name.")
                     .arg(path);
        return false;
    }

    m_writer = std::shared_ptr<RecordingWriter>(
        new RecordingWriter(path, std::make_unique<FeedRecordingIndexer>(m_units)),
        [](RecordingWriter *writer) { writer->deleteLater(); });
    std::shared_ptr<RecordingWriter> writer = m_writer;
    connect(writer.get(), &RecordingWriter::errorOccurred, this, [this](const QString &message) {
        emit errorOccurred(message);
        QString ignored;
        stop(&ignored);
    });

    // The picture and the connections are made in one step on the feed thread, so that every
    // envelope is either part of the picture or recorded after it, never both or neither.
    QByteArray picture;
    qint64 pictureAtMs = 0;
    auto attach = [&] {
        picture = worker->saveCheckpoint();
        pictureAtMs = QDateTime::currentMSecsSinceEpoch();
        connectWriter(worker, writer);
    };
    if (worker->thread() == QThread::currentThread())
        attach();
    else
        QMetaObject::invokeMethod(worker, attach, Qt::BlockingQueuedConnection);
    writer->setInitialPicture(pictureAtMs, picture);
    writer->start();
    emit recordingChanged(true, path);
    return true;
}

void RecordingControl::connectWriter(FeedWorker *worker,
                                     const std::shared_ptr<RecordingWriter> &writer)
{
    // Direct: append() is thread-safe, and the feed thread must not wait for the UI thread.
    m_connections = {
        connect(
            worker, &FeedWorker::envelopeArrived, writer.get(),
            [writer](const QByteArray &payload, const QString &hint, qint64 receivedAtMs,
                     FeedWorker::Delivery delivery) {
                writer->append({0, receivedAtMs, hint,
                                delivery == FeedWorker::Delivery::Snapshot, payload,
                                payload.size()});
            },
            Qt::DirectConnection),
        connect(
            worker, &FeedWorker::operatorActionTaken, writer.get(),
            [writer](const QByteArray &action, qint64 atMs) {
                writer->append({0, atMs, QString(), false, action, action.size(),
                                RecordedEnvelope::Kind::OperatorAction});
            },
            Qt::DirectConnection),
    };
}

bool RecordingControl::stop(QString *error)
{
    if (!m_writer)
        return true;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    const QString path = m_writer->path();
    const bool stopped = m_writer->stop();
    if (!stopped)
        *error = tr("The last envelopes of %1 could not be written.").arg(path);
    m_writer.reset();
    emit recordingChanged(false, path);
    return stopped;
}

} // namespace soc
