#include "tools/recording_transfer.h"

#include "feed/recording_indexer.h"
#include "soc/feed/v1/envelope.pb.h"
#include "storage/recording.h"
#include "tools/envelope_publisher.h"
#include "tools/recording_tool_support.h"

#include <QElapsedTimer>
#include <QFile>

#include <limits>

namespace soc {

namespace {

// The callback runs at most this often, so that a fast transfer is not slowed by its reports.
constexpr qint64 ProgressIntervalMs = 100;

// Calls the progress callback at most every ProgressIntervalMs; returns false once cancelled.
class ProgressThrottle
{
public:
    explicit ProgressThrottle(const TransferProgress &progress) : m_progress(progress)
    {
        m_clock.start();
    }

    bool report(qint64 done, qint64 total, bool force = false)
    {
        if (!m_progress || m_cancelled)
            return !m_cancelled;
        if (!force && m_clock.elapsed() - m_lastMs < ProgressIntervalMs)
            return true;
        m_lastMs = m_clock.elapsed();
        m_cancelled = !m_progress(done, total);
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }

private:
    const TransferProgress &m_progress;
    QElapsedTimer m_clock;
    qint64 m_lastMs = -ProgressIntervalMs;
    bool m_cancelled = false;
};

QByteArray csvField(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') &&
        !bytes.contains('\r'))
        return bytes;
    bytes.replace('"', "\"\"");
    return '"' + bytes + '"';
}

QByteArray csvNumber(bool present, double value)
{
    return present ? QByteArray::number(value, 'g', 17) : QByteArray();
}

// One CSV row per sample of a KPI batch; other bodies give no rows.
QByteArray csvRows(const RecordedEnvelope &envelope, const feed::v1::Envelope &message)
{
    QByteArray rows;
    if (message.body_case() != feed::v1::Envelope::kKpiBatch)
        return rows;
    const QByteArray prefix = csvField(isoUtc(envelope.receivedAtMs)) + ',' +
                              csvField(QString::fromStdString(message.source())) + ',' +
                              QByteArray::number(static_cast<qulonglong>(message.sequence()));
    for (const feed::v1::Sample &sample : message.kpi_batch().samples()) {
        rows += prefix + ',' + csvField(QString::fromStdString(sample.unit())) + ',' +
                csvField(QString::fromStdString(sample.indicator())) + ',' +
                csvField(QString::fromStdString(sample.period())) + ',' +
                csvField(isoUtc(sample.observed_at())) + ',' +
                csvNumber(sample.has_numerator(), sample.numerator()) + ',' +
                csvNumber(sample.has_denominator(), sample.denominator()) + ',' +
                csvNumber(sample.has_value(), sample.value()) + '\n';
    }
    return rows;
}

// Reads the JSON Lines file into the writer until its end, a cancel or a writer failure.
void importLines(QFile &in, RecordingWriter &writer, ProgressThrottle &throttle,
                 const TransferWarning &warn, ImportReport *report)
{
    const qint64 total = std::max<qint64>(1, in.size());
    for (qint64 lineNumber = 1; !in.atEnd(); ++lineNumber) {
        if (!throttle.report(in.pos(), total))
            return;
        const QByteArray line = in.readLine(MaxJsonLineBytes).trimmed();
        if (line.isEmpty())
            continue;
        QByteArray envelope;
        QString error;
        feed::v1::Envelope message;
        if (!envelopeFromJsonLine(line, &envelope, &error) ||
            !message.ParseFromArray(envelope.constData(), static_cast<int>(envelope.size()))) {
            ++report->invalid;
            if (warn) {
                warn(QStringLiteral("%1:%2: invalid envelope, skipped: %3")
                         .arg(in.fileName())
                         .arg(lineNumber)
                         .arg(error));
            }
            continue;
        }
        if (!writer.append({0, message.sent_at(), QString(), false, envelope, envelope.size()}))
            return;
        ++report->imported;
    }
    throttle.report(total, total, true);
}

} // namespace

bool importJsonLines(const QString &inPath, const QString &outPath,
                     const TransferProgress &progress, const TransferWarning &warn,
                     ImportReport *report)
{
    *report = {};
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly)) {
        report->error = QStringLiteral("cannot read %1: %2").arg(inPath, in.errorString());
        return false;
    }

    RecordingWriter writer(outPath, std::make_unique<FeedRecordingIndexer>());
    writer.setBlockWhenFull(true); // an import must lose nothing
    QString writerError;
    QObject::connect(&writer, &RecordingWriter::errorOccurred, &writer,
                     [&writerError](const QString &message) { writerError = message; },
                     Qt::DirectConnection);
    writer.start();
    ProgressThrottle throttle(progress);
    importLines(in, writer, throttle, warn, report);
    report->cancelled = throttle.cancelled();
    const bool closed = writer.stop(60000);
    // The writer reports from its own thread; the direct connection has stored the message.
    if (!closed || writer.hasFailed()) {
        report->error = writerError.isEmpty()
                            ? QStringLiteral("writing %1 did not finish").arg(writer.path())
                            : writerError;
        return false;
    }
    return true;
}

bool exportRecording(const QString &inPath, const QString &outPath, ExportFormat format,
                     const TransferProgress &progress, const TransferWarning &warn,
                     ExportReport *report)
{
    *report = {};
    RecordingReader reader;
    if (!reader.open(inPath, &report->error))
        return false;

    QFile out;
    const bool opened = outPath == QLatin1String("-")
                            ? out.open(stdout, QIODevice::WriteOnly)
                            : (out.setFileName(outPath), out.open(QIODevice::WriteOnly));
    if (!opened) {
        report->error = QStringLiteral("cannot write %1: %2").arg(outPath, out.errorString());
        return false;
    }

    const bool csv = format == ExportFormat::Csv;
    report->total = reader.envelopeCount();
    if (csv) {
        out.write("received_at,source,sequence,unit,indicator,period,observed_at,numerator,"
                  "denominator,value\n");
    }
    ProgressThrottle throttle(progress);
    QString writeError;
    auto write = [&](const RecordedEnvelope &envelope) {
        const quint64 done = report->exported + report->skipped + report->operatorActions;
        if (!throttle.report(static_cast<qint64>(done), static_cast<qint64>(report->total)))
            return false;
        // NOTE: JSON Lines and CSV hold envelopes only, so operator actions on alerts stay in
        // the recording; the report counts them.
        if (envelope.kind == RecordedEnvelope::Kind::OperatorAction) {
            ++report->operatorActions;
            return true;
        }
        QByteArray text;
        QString error;
        feed::v1::Envelope message;
        const bool parsed = !envelope.payload.isEmpty() &&
                            message.ParseFromArray(envelope.payload.constData(),
                                                   static_cast<int>(envelope.payload.size()));
        if (parsed)
            text = csv ? csvRows(envelope, message) : envelopeToJsonLine(envelope.payload, &error);
        if (!parsed || (!csv && text.isEmpty())) {
            ++report->skipped;
            if (warn) {
                warn(QStringLiteral("envelope %1 received at %2 is not a valid envelope (%3 "
                                    "bytes), skipped")
                         .arg(envelope.id)
                         .arg(isoUtc(envelope.receivedAtMs))
                         .arg(envelope.payloadBytes));
            }
            return true;
        }
        if (!csv)
            text.append('\n');
        if (out.write(text) != text.size()) {
            writeError = out.errorString();
            return false;
        }
        ++report->exported;
        return true;
    };
    const bool read = reader.forEachEnvelopeAfter(0, std::numeric_limits<qint64>::max(), write,
                                                  &report->error);
    out.flush();
    report->cancelled = throttle.cancelled();
    if (!read)
        return false;
    if (!writeError.isEmpty()) {
        report->error = QStringLiteral("writing %1 failed: %2").arg(outPath, writeError);
        return false;
    }
    if (!report->cancelled)
        throttle.report(static_cast<qint64>(report->total), static_cast<qint64>(report->total),
                        true);
    return true;
}

} // namespace soc
