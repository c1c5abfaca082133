#include "storage/recording.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace soc {

Q_DECLARE_LOGGING_CATEGORY(lcRecording)

namespace {

QString nextReaderConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("soc.recording.reader.%1").arg(++counter);
}


RecordedEnvelope envelopeFromRow(const QSqlQuery &query)
{
    RecordedEnvelope envelope;
    envelope.id = query.value(0).toLongLong();
    envelope.receivedAtMs = query.value(1).toLongLong();
    envelope.sourceHint = query.value(2).toString().left(recording::MaxSourceHintLength);
    envelope.snapshot = query.value(3).toInt() != 0;
    envelope.payloadBytes = query.value(4).toLongLong();
    envelope.payload = query.value(5).toByteArray();
    envelope.kind = query.value(6).toInt() == 1 ? RecordedEnvelope::Kind::OperatorAction
                                                : RecordedEnvelope::Kind::Envelope;
    return envelope;
}

} // namespace

RecordingReader::RecordingReader() = default;

RecordingReader::~RecordingReader()
{
    close();
}

bool RecordingReader::isOpen() const
{
    return !m_connectionName.isEmpty();
}

void RecordingReader::close()
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

QString RecordingReader::failure(const QString &what, const QString &sqlError) const
{
    qCWarning(lcRecording).noquote() << "recording" << m_path << ":" << what << "-" << sqlError;
    return tr("Cannot read the recording %1: %2 (%3).").arg(m_path, what, sqlError);
}

bool RecordingReader::open(const QString &path, QString *error)
{
    close();
    m_path = path;
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("The recording %1 does not exist. Check the path.").arg(path);
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        *error = tr("The recording %1 is not a readable file. Check its permissions.").arg(path);
        return false;
    }

    m_connectionName = nextReaderConnectionName();
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        opened = db.open();
        if (!opened)
            *error = failure(tr("SQLite cannot open it"), db.lastError().text());
    }
    if (!opened || !check(error)) {
        close();
        return false;
    }
    return true;
}

bool RecordingReader::check(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")) || !query.next()) {
        *error = failure(tr("it is not a recording or it is damaged"),
                         query.lastError().isValid() ? query.lastError().text()
                                                     : QStringLiteral("no schema version"));
        return false;
    }
    m_schemaVersion = query.value(0).toInt();
    if (m_schemaVersion > recording::SchemaVersion) {
        *error = tr("The recording %1 has format version %2, newer than this program reads (%3). "
                    "Open it with a newer SOC Dashboard.")
                     .arg(m_path)
                     .arg(m_schemaVersion)
                     .arg(recording::SchemaVersion);
        return false;
    }
    if (m_schemaVersion < 1) {
        *error = failure(tr("its format version is invalid"), QString::number(m_schemaVersion));
        return false;
    }

    // quick_check verifies the b-tree pages and the record formats without the slower index
    // cross-checks of integrity_check (https://www.sqlite.org/pragma.html#pragma_quick_check).
    if (!query.exec(QStringLiteral("PRAGMA quick_check(10)"))) {
        *error = failure(tr("the integrity check failed"), query.lastError().text());
        return false;
    }
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    if (problems != QStringList{QStringLiteral("ok")}) {
        *error = failure(tr("the file is damaged"), problems.join(QStringLiteral("; ")));
        return false;
    }

    query.finish();
    return readRange(error);
}

bool RecordingReader::readRange(QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(QStringLiteral(
            "SELECT min(received_at), max(received_at), count(*) FROM envelopes")) ||
        !query.next()) {
        *error = failure(tr("the envelope table cannot be read"), query.lastError().text());
        return false;
    }
    m_firstMs = query.value(0).toLongLong();
    m_lastMs = query.value(1).toLongLong();
    m_count = query.value(2).toULongLong();
    return true;
}

bool RecordingReader::refresh(QString *error)
{
    return isOpen() && readRange(error);
}

QString RecordingReader::envelopeColumns() const
{
    // A payload above MaxPayloadBytes is not read; its size is. Schema version 1 has no kind.
    return QStringLiteral("SELECT id, received_at, source_hint, snapshot, length(payload),"
                          " CASE WHEN length(payload) <= %1 THEN payload END, %2"
                          " FROM envelopes ")
        .arg(recording::MaxPayloadBytes)
        .arg(m_schemaVersion >= 2 ? QStringLiteral("kind") : QStringLiteral("0"));
}

bool RecordingReader::alertMarks(QVector<RecordedAlertMark> *marks, QString *error) const
{
    marks->clear();
    if (m_schemaVersion < 2)
        return true;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT at, alert_id, event, severity FROM alert_marks ORDER BY at, id"))) {
        *error = failure(tr("the alert marks cannot be read"), query.lastError().text());
        return false;
    }
    while (query.next()) {
        marks->append({query.value(0).toLongLong(), query.value(1).toString(),
                       query.value(2).toString(), query.value(3).toString()});
    }
    if (query.lastError().isValid()) {
        *error = failure(tr("the alert marks cannot be read"), query.lastError().text());
        return false;
    }
    return true;
}

bool RecordingReader::summarize(RecordingSummary *summary, QString *error,
                                const ScanProgress &progress) const
{
    *summary = {};
    summary->firstReceivedMs = m_firstMs;
    summary->lastReceivedMs = m_lastMs;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM keyframes")) || !query.next()) {
        *error = failure(tr("the keyframe table cannot be read"), query.lastError().text());
        return false;
    }
    summary->keyframes = query.value(0).toULongLong();
    if (m_schemaVersion >= 2) {
        if (!query.exec(QStringLiteral("SELECT count(*) FROM alert_marks")) || !query.next()) {
            *error = failure(tr("the alert marks cannot be read"), query.lastError().text());
            return false;
        }
        summary->alertMarks = query.value(0).toULongLong();
    }

    const QString kind = m_schemaVersion >= 2 ? QStringLiteral("kind") : QStringLiteral("0");
    if (!query.exec(QStringLiteral("SELECT source, sequence, snapshot, %1 FROM envelopes "
                                   "ORDER BY id")
                        .arg(kind))) {
        *error = failure(tr("the envelope index cannot be read"), query.lastError().text());
        return false;
    }
    // Progress goes out every this many rows, which keeps its cost out of the scan.
    constexpr quint64 ProgressRows = 4096;
    quint64 rows = 0;
    while (query.next()) {
        if (progress && ++rows % ProgressRows == 0 && !progress(rows, m_count)) {
            *error = tr("Reading the recording %1 was cancelled.").arg(m_path);
            return false;
        }
        if (query.value(3).toInt() == static_cast<int>(RecordedEnvelope::Kind::OperatorAction)) {
            ++summary->operatorActions;
            continue;
        }
        ++summary->envelopes;
        if (query.value(0).isNull()) {
            ++summary->unidentified;
            continue;
        }
        const QString source = query.value(0).toString();
        RecordedSource &entry = summary->sources[source];
        entry.source = source;
        ++entry.envelopes;
        if (query.value(2).toInt() != 0) {
            ++entry.snapshots;
            continue;
        }
        // NOTE: a number that arrives after a later one still counts as missing here, unlike
        // the live Feeds page, which takes a late arrival off its gap count.
        const quint64 sequence = query.value(1).toULongLong();
        if (entry.firstSequence == 0) {
            entry.firstSequence = sequence;
        } else if (sequence == 1 && entry.lastSequence != 0) {
            ++entry.restarts;
        } else if (sequence > entry.lastSequence + 1) {
            entry.missing += sequence - entry.lastSequence - 1;
            if (entry.gaps.size() < RecordedSource::MaxListedGaps)
                entry.gaps.append({entry.lastSequence + 1, sequence - 1});
        } else if (sequence <= entry.lastSequence) {
            continue; // a duplicate or a late arrival
        }
        entry.lastSequence = sequence;
    }
    if (query.lastError().isValid()) {
        *error = failure(tr("the envelope index cannot be read"), query.lastError().text());
        return false;
    }
    return true;
}

bool RecordingReader::runVisit(const QString &sql, const QVariantList &bindings,
                               const EnvelopeVisitor &visit, QString *error) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(envelopeColumns() + sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = failure(tr("the envelopes cannot be read"), query.lastError().text());
        return false;
    }
    while (query.next()) {
        if (!visit(envelopeFromRow(query)))
            return true;
    }
    if (query.lastError().isValid()) {
        *error = failure(tr("the envelopes cannot be read"), query.lastError().text());
        return false;
    }
    return true;
}

bool RecordingReader::forEachEnvelope(qint64 fromMs, qint64 toMs, const EnvelopeVisitor &visit,
                                      QString *error) const
{
    return runVisit(QStringLiteral("WHERE received_at >= ? AND received_at <= ? ORDER BY id"),
                    {fromMs, toMs}, visit, error);
}

bool RecordingReader::forEachEnvelopeAfter(qint64 afterId, qint64 toMs,
                                           const EnvelopeVisitor &visit, QString *error) const
{
    return runVisit(QStringLiteral("WHERE id > ? AND received_at <= ? ORDER BY id"),
                    {afterId, toMs}, visit, error);
}

bool RecordingReader::readAfter(qint64 afterId, int limit, QVector<RecordedEnvelope> *envelopes,
                                QString *error) const
{
    envelopes->clear();
    return runVisit(QStringLiteral("WHERE id > ? ORDER BY id LIMIT ?"), {afterId, limit},
                    [envelopes](const RecordedEnvelope &envelope) {
                        envelopes->append(envelope);
                        return true;
                    },
                    error);
}

bool RecordingReader::keyframeAtOrBefore(qint64 atMs, std::optional<RecordingKeyframe> *keyframe,
                                         QString *error) const
{
    keyframe->reset();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT at, last_envelope_id, length(data), CASE WHEN "
                                 "length(data) <= ? THEN data END FROM keyframes WHERE at <= ? "
                                 "ORDER BY at DESC, id DESC LIMIT 1"));
    query.addBindValue(recording::MaxKeyframeBytes);
    query.addBindValue(atMs);
    if (!query.exec()) {
        *error = failure(tr("the keyframes cannot be read"), query.lastError().text());
        return false;
    }
    if (!query.next())
        return true;
    if (query.value(2).toLongLong() > recording::MaxKeyframeBytes) {
        *error = failure(tr("a keyframe is larger than the limit"),
                         QStringLiteral("%1 bytes").arg(query.value(2).toLongLong()));
        return false;
    }
    *keyframe = RecordingKeyframe{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                  query.value(3).toByteArray()};
    return true;
}

} // namespace soc
