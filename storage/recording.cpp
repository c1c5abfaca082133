#include "storage/recording.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QVariant>

#include <sys/stat.h>

namespace soc {

Q_LOGGING_CATEGORY(lcRecording, "soc.storage.recording", QtWarningMsg)

namespace {

// SQLite's primary result code for a write that found no space (disk, quota or
// max_page_count), https://www.sqlite.org/rescode.html#full.
const QString SqliteFull = QStringLiteral("13");
const QString SqliteFullText = QStringLiteral("database or disk is full"); // sqlite3_errstr(13)

QString nextConnectionName(const char *role)
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("soc.recording.%1.%2").arg(QLatin1String(role)).arg(++counter);
}

// Schema steps, applied in order inside one transaction: step i takes a file from version i to
// version i + 1. A new file runs them all.
const QVector<QStringList> &migrations()
{
    static const QVector<QStringList> steps = {
        {
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE envelopes ("
                           " id INTEGER PRIMARY KEY,"
                           " received_at INTEGER NOT NULL,"
                           " source_hint TEXT NOT NULL,"
                           " snapshot INTEGER NOT NULL,"
                           " source TEXT,"
                           " sequence INTEGER,"
                           " payload BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX envelopes_received_at ON envelopes (received_at)"),
            QStringLiteral("CREATE TABLE keyframes ("
                           " id INTEGER PRIMARY KEY,"
                           " at INTEGER NOT NULL,"
                           " last_envelope_id INTEGER NOT NULL,"
                           " data BLOB NOT NULL)"),
            QStringLiteral("CREATE INDEX keyframes_at ON keyframes (at)"),
        },
        {
            // Operator actions share the receive order of the envelopes; alert marks index the
            // alert changes for jumping between them.
            QStringLiteral("ALTER TABLE envelopes ADD COLUMN kind INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE alert_marks ("
                           " id INTEGER PRIMARY KEY,"
                           " at INTEGER NOT NULL,"
                           " envelope_id INTEGER NOT NULL,"
                           " alert_id TEXT NOT NULL,"
                           " event TEXT NOT NULL,"
                           " severity TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX alert_marks_at ON alert_marks (at)"),
        },
    };
    return steps;
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    *error = QStringLiteral("%1: %2").arg(sql.section(QLatin1Char(' '), 0, 2),
                                          query.lastError().text());
    return false;
}

} // namespace

// The part of RecordingWriter that lives on its thread and owns the SQLite connection.
class RecordingWriterWorker : public QObject
{
public:
    RecordingWriterWorker(RecordingWriter *writer, std::unique_ptr<RecordingIndexer> indexer)
        : m_writer(writer), m_indexer(std::move(indexer)), m_commitTimer(this)
    {
        m_commitTimer.setInterval(RecordingWriter::CommitIntervalMs);
        QObject::connect(&m_commitTimer, &QTimer::timeout, this, [this] { commitQueued(); });
    }

    void open();
    bool openDatabase(const QString &path, QString *error, QSqlError *sqlError);
    void commitQueued();
    void finish();
    bool hasFailed() const { return m_failed; }

private:
    bool createSchema(QString *error);
    bool writeBatch(std::deque<RecordedEnvelope> &batch, QString *error, QSqlError *sqlError);
    bool insert(RecordedEnvelope &envelope, QSqlQuery &insertEnvelope, QSqlQuery &insertMark,
                QString *error);
    bool writeInitialPicture(QString *error);
    bool insertKeyframe(qint64 atMs, QString *error);
    bool fileStillAtPath() const;
    void fail(const QString &technical, const QSqlError &sqlError);
    void failReplaced();
    void closeDatabase();

    RecordingWriter *m_writer;
    std::unique_ptr<RecordingIndexer> m_indexer;
    QTimer m_commitTimer;
    QString m_connectionName;
    bool m_failed = false;
    // The file that was created, so that a file deleted or replaced under the writer is noticed
    // instead of filling an inode that no path reaches any more.
    dev_t m_device = 0;
    ino_t m_inode = 0;
    qint64 m_lastId = 0;
    qint64 m_lastReceivedMs = 0;
    qint64 m_nextKeyframeMs = 0;
    quint64 m_clampedTimes = 0;
};

bool RecordingWriterWorker::openDatabase(const QString &path, QString *error,
                                         QSqlError *sqlError)
{
    m_connectionName = nextConnectionName("writer");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = QStringLiteral("cannot open");
        *sqlError = db.lastError();
        return false;
    }
    QSqlQuery query(db);
    // WAL with synchronous=NORMAL: a committed transaction survives the process being killed;
    // only a power loss can undo the last commits (https://www.sqlite.org/wal.html).
    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next() ||
        query.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
        *error = QStringLiteral("cannot switch to WAL journal");
        *sqlError = query.lastError();
        return false;
    }
    query.finish();
    if (!exec(db, QStringLiteral("PRAGMA synchronous=NORMAL"), error) || !createSchema(error)) {
        *sqlError = db.lastError();
        return false;
    }
    return true;
}

void RecordingWriterWorker::open()
{
    const QString path = m_writer->path();
    if (QFileInfo::exists(path)) {
        m_failed = true;
        qCWarning(lcRecording).noquote() << "not recording: file exists:" << path;
        m_writer->markFailed(RecordingWriter::tr("Cannot record to %1: the file already exists. "
                                                 "Choose a new file name.")
                                 .arg(path));
        return;
    }
    QString error;
    QSqlError sqlError;
    if (!openDatabase(path, &error, &sqlError))
        return fail(error, sqlError); // after openDatabase, so that no handle is left open
    struct stat created = {};
    if (::stat(QFile::encodeName(path).constData(), &created) == 0) {
        m_device = created.st_dev;
        m_inode = created.st_ino;
    }
    if (!writeInitialPicture(&error))
        return fail(error, QSqlDatabase::database(m_connectionName, false).lastError());
    qCInfo(lcRecording).noquote() << "recording to" << path;
    m_commitTimer.start();
}

bool RecordingWriterWorker::writeInitialPicture(QString *error)
{
    const std::optional<RecordingKeyframe> picture = m_writer->initialPicture();
    if (!picture)
        return true;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("INSERT INTO keyframes (at, last_envelope_id, data) VALUES (?, 0, ?)"));
    query.addBindValue(picture->atMs);
    query.addBindValue(picture->data);
    if (!query.exec()) {
        *error = QStringLiteral("cannot insert the initial picture: %1")
                     .arg(query.lastError().text());
        return false;
    }
    if (m_indexer)
        m_indexer->restore(picture->data);
    // Envelopes received before the picture was taken are already part of it.
    m_lastReceivedMs = picture->atMs;
    return true;
}

bool RecordingWriterWorker::createSchema(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        *error = QStringLiteral("begin: %1").arg(db.lastError().text());
        return false;
    }
    const QVector<QStringList> &steps = migrations();
    for (int version = 0; version < steps.size(); ++version) {
        for (const QString &sql : steps.at(version)) {
            if (!exec(db, sql, error)) {
                db.rollback();
                return false;
            }
        }
        const QString bump =
            QStringLiteral("UPDATE schema_version SET version = %1").arg(version + 1);
        if (!exec(db, bump, error)) {
            db.rollback();
            return false;
        }
    }
    QSqlQuery meta(db);
    meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('writer', ?)"));
    meta.addBindValue(QStringLiteral("soc-dashboard " SOC_VERSION));
    if (!meta.exec() || !db.commit()) {
        *error = QStringLiteral("schema: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    return true;
}

void RecordingWriterWorker::commitQueued()
{
    if (m_failed || m_connectionName.isEmpty())
        return;
    if (!fileStillAtPath())
        return failReplaced();
    std::deque<RecordedEnvelope> batch = m_writer->takeQueued();
    if (batch.empty())
        return;

    QString error;
    QSqlError sqlError;
    if (!writeBatch(batch, &error, &sqlError))
        return fail(error, sqlError); // after writeBatch, so that no query is left open
    m_writer->addWritten(batch.size());
}

bool RecordingWriterWorker::writeBatch(std::deque<RecordedEnvelope> &batch, QString *error,
                                       QSqlError *sqlError)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        *error = QStringLiteral("cannot begin a transaction");
        *sqlError = db.lastError();
        return false;
    }
    QSqlQuery insertEnvelope(db);
    insertEnvelope.prepare(
        QStringLiteral("INSERT INTO envelopes (id, received_at, source_hint, snapshot, source,"
                       " sequence, payload, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery insertMark(db);
    insertMark.prepare(QStringLiteral("INSERT INTO alert_marks (at, envelope_id, alert_id, event,"
                                      " severity) VALUES (?, ?, ?, ?, ?)"));
    for (RecordedEnvelope &envelope : batch) {
        if (!insert(envelope, insertEnvelope, insertMark, error)) {
            if (insertEnvelope.lastError().isValid())
                *sqlError = insertEnvelope.lastError();
            else if (insertMark.lastError().isValid())
                *sqlError = insertMark.lastError();
            else
                *sqlError = db.lastError();
            insertEnvelope.finish();
            insertMark.finish();
            db.rollback();
            return false;
        }
    }
    insertEnvelope.finish();
    insertMark.finish();
    if (!db.commit()) {
        *error = QStringLiteral("commit failed");
        *sqlError = db.lastError();
        db.rollback();
        return false;
    }
    return true;
}

bool RecordingWriterWorker::insert(RecordedEnvelope &envelope, QSqlQuery &insertEnvelope,
                                   QSqlQuery &insertMark, QString *error)
{
    // Receive order is id order, and seeking relies on receive times that never decrease, so a
    // clock stepping back is flattened to the previous time.
    if (envelope.receivedAtMs < m_lastReceivedMs) {
        if (m_clampedTimes++ == 0) {
            qCWarning(lcRecording) << "receive time" << envelope.receivedAtMs << "is before"
                                   << m_lastReceivedMs << "; stored as the later time";
        }
        envelope.receivedAtMs = m_lastReceivedMs;
    }

    const qint64 interval = recording::KeyframeIntervalMs;
    const qint64 boundary = envelope.receivedAtMs - envelope.receivedAtMs % interval;
    if (m_indexer && m_lastId > 0 && envelope.receivedAtMs >= m_nextKeyframeMs) {
        if (!insertKeyframe(boundary, error))
            return false;
    }
    if (m_lastId == 0 || envelope.receivedAtMs >= m_nextKeyframeMs)
        m_nextKeyframeMs = boundary + interval;

    envelope.id = ++m_lastId;
    m_lastReceivedMs = envelope.receivedAtMs;
    RecordingIndexer::Identity identity;
    if (m_indexer)
        identity = m_indexer->apply(envelope);

    insertEnvelope.addBindValue(envelope.id);
    insertEnvelope.addBindValue(envelope.receivedAtMs);
    // A null QString binds as SQL NULL, so an absent hint is stored as an empty text.
    const QString hint = envelope.sourceHint.left(recording::MaxSourceHintLength);
    insertEnvelope.addBindValue(hint.isNull() ? QStringLiteral("") : hint);
    insertEnvelope.addBindValue(envelope.snapshot ? 1 : 0);
    insertEnvelope.addBindValue(identity.source.isEmpty() ? QVariant() : identity.source);
    insertEnvelope.addBindValue(identity.source.isEmpty()
                                    ? QVariant()
                                    : QVariant(static_cast<qint64>(identity.sequence)));
    insertEnvelope.addBindValue(envelope.payload);
    insertEnvelope.addBindValue(static_cast<int>(envelope.kind));
    if (!insertEnvelope.exec()) {
        *error = QStringLiteral("cannot insert envelope %1").arg(envelope.id);
        return false;
    }
    for (const RecordedAlertMark &mark : std::as_const(identity.alertMarks)) {
        insertMark.addBindValue(envelope.receivedAtMs);
        insertMark.addBindValue(envelope.id);
        insertMark.addBindValue(mark.alertId);
        insertMark.addBindValue(mark.event);
        insertMark.addBindValue(mark.severity.isNull() ? QStringLiteral("") : mark.severity);
        if (!insertMark.exec()) {
            *error = QStringLiteral("cannot insert an alert mark of envelope %1").arg(envelope.id);
            return false;
        }
    }
    return true;
}

bool RecordingWriterWorker::insertKeyframe(qint64 atMs, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(
        QStringLiteral("INSERT INTO keyframes (at, last_envelope_id, data) VALUES (?, ?, ?)"));
    query.addBindValue(atMs);
    query.addBindValue(m_lastId);
    query.addBindValue(m_indexer->keyframe());
    if (query.exec())
        return true;
    *error = QStringLiteral("cannot insert keyframe at %1: %2")
                 .arg(atMs)
                 .arg(query.lastError().text());
    return false;
}

void RecordingWriterWorker::finish()
{
    commitQueued();
    m_commitTimer.stop();
    if (m_clampedTimes > 0) {
        qCWarning(lcRecording) << m_clampedTimes
                               << "envelopes arrived with a receive time before the previous one";
    }
    closeDatabase();
}

void RecordingWriterWorker::fail(const QString &technical, const QSqlError &sqlError)
{
    m_failed = true;
    m_commitTimer.stop();
    const QString path = m_writer->path();
    qCCritical(lcRecording).noquote() << "recording to" << path << "stopped:" << technical << "-"
                                      << sqlError.text();
    // With Qt 6.4, the error of a failed COMMIT has SQLite's text but no result code, so the
    // text of SQLITE_FULL counts as well (test_recording::fullDiskStopsRecording).
    const bool full = sqlError.nativeErrorCode() == SqliteFull ||
                      sqlError.databaseText().contains(SqliteFullText);
    const QString message =
        full ? RecordingWriter::tr("Recording to %1 stopped: the disk is full. Free some space "
                                   "and start a new recording.")
                   .arg(path)
             : RecordingWriter::tr("Recording to %1 stopped: the file cannot be written (%2). "
                                   "Check that the folder exists and is writable.")
                   .arg(path, sqlError.text());
    closeDatabase();
    m_writer->markFailed(message);
}

bool RecordingWriterWorker::fileStillAtPath() const
{
    struct stat current = {};
    if (::stat(QFile::encodeName(m_writer->path()).constData(), &current) != 0)
        return false;
    return current.st_dev == m_device && current.st_ino == m_inode;
}

void RecordingWriterWorker::failReplaced()
{
    m_failed = true;
    m_commitTimer.stop();
    const QString path = m_writer->path();
    qCCritical(lcRecording).noquote()
        << "recording to" << path << "stopped: the file was deleted or replaced";
    closeDatabase();
    m_writer->markFailed(RecordingWriter::tr("Recording to %1 stopped: the file was deleted or "
                                             "replaced while recording. Start a new recording.")
                             .arg(path));
}

void RecordingWriterWorker::closeDatabase()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

RecordingWriter::RecordingWriter(QString path, std::unique_ptr<RecordingIndexer> indexer,
                                 QObject *parent)
    : QObject(parent), m_path(std::move(path))
{
    m_thread.setObjectName(QStringLiteral("soc.recording"));
    m_worker = new RecordingWriterWorker(this, std::move(indexer));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
}

RecordingWriter::~RecordingWriter()
{
    stop();
    if (!m_thread.isRunning() && !m_thread.isFinished())
        delete m_worker; // never started, so it never ran on the thread
}

void RecordingWriter::start()
{
    if (m_thread.isRunning())
        return;
    RecordingWriterWorker *worker = m_worker;
    connect(&m_thread, &QThread::started, worker, [worker] { worker->open(); });
    m_thread.start();
}

bool RecordingWriter::stop(int timeoutMs)
{
    {
        QMutexLocker locker(&m_mutex);
        m_closed = true;
        m_queueDrained.wakeAll();
    }
    if (!m_thread.isRunning())
        return !hasFailed();
    RecordingWriterWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->finish();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    if (!m_thread.wait(timeoutMs)) {
        qCCritical(lcRecording).noquote()
            << "recording thread for" << m_path << "did not stop within" << timeoutMs << "ms";
        return false;
    }
    return !hasFailed();
}

bool RecordingWriter::append(RecordedEnvelope envelope)
{
    QMutexLocker locker(&m_mutex);
    while (m_blockWhenFull && !m_failed && !m_closed &&
           m_queue.size() >= static_cast<size_t>(MaxQueued))
        m_queueDrained.wait(&m_mutex);
    if (m_failed || m_closed)
        return false;
    if (m_queue.size() >= static_cast<size_t>(MaxQueued)) {
        if (m_dropped++ % 10000 == 0) {
            qCCritical(lcRecording).noquote()
                << "recording queue for" << m_path << "is full; dropped" << m_dropped
                << "envelopes so far";
        }
        return true;
    }
    m_queue.push_back(std::move(envelope));
    return true;
}

void RecordingWriter::setInitialPicture(qint64 atMs, const QByteArray &keyframe)
{
    QMutexLocker locker(&m_mutex);
    m_initialPicture = RecordingKeyframe{atMs, 0, keyframe};
}

std::optional<RecordingKeyframe> RecordingWriter::initialPicture() const
{
    QMutexLocker locker(&m_mutex);
    return m_initialPicture;
}

void RecordingWriter::setBlockWhenFull(bool block)
{
    QMutexLocker locker(&m_mutex);
    m_blockWhenFull = block;
}

bool RecordingWriter::hasFailed() const
{
    QMutexLocker locker(&m_mutex);
    return m_failed;
}

quint64 RecordingWriter::dropped() const
{
    QMutexLocker locker(&m_mutex);
    return m_dropped;
}

quint64 RecordingWriter::written() const
{
    QMutexLocker locker(&m_mutex);
    return m_written;
}

std::deque<RecordedEnvelope> RecordingWriter::takeQueued()
{
    QMutexLocker locker(&m_mutex);
    std::deque<RecordedEnvelope> batch;
    batch.swap(m_queue);
    m_queueDrained.wakeAll();
    return batch;
}

void RecordingWriter::markFailed(const QString &message)
{
    {
        QMutexLocker locker(&m_mutex);
        m_failed = true;
        m_queue.clear();
        m_queueDrained.wakeAll();
    }
    // Emitted on the writer thread; receivers on other threads get it queued.
    emit errorOccurred(message);
}

void RecordingWriter::addWritten(quint64 count)
{
    QMutexLocker locker(&m_mutex);
    m_written += count;
}

} // namespace soc
