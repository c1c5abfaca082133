#include "soc/feed/v1/envelope.pb.h"
#include "storage/recording.h"
#include "tools/commands.h"
#include "tools/envelope_publisher.h"
#include "tools/recording_tool_support.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>

#include <cmath>
#include <cstdio>

namespace soc {

namespace {

constexpr qint64 ProgressIntervalMs = 2000;

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

struct ExportRun
{
    explicit ExportRun(QFile &file) : out(file) {}

    QFile &out;
    bool csv = false;
    quint64 total = 0;
    quint64 exported = 0;
    quint64 skipped = 0;
    QString writeError;
    QElapsedTimer clock;
    qint64 lastProgressMs = 0;

    bool write(const RecordedEnvelope &envelope)
    {
        if (interrupted())
            return false;
        QByteArray text;
        QString error;
        feed::v1::Envelope message;
        const bool parsed = !envelope.payload.isEmpty() &&
                            message.ParseFromArray(envelope.payload.constData(),
                                                   static_cast<int>(envelope.payload.size()));
        if (parsed)
            text = csv ? csvRows(envelope, message) : envelopeToJsonLine(envelope.payload, &error);
        if (!parsed || (!csv && text.isEmpty())) {
            ++skipped;
            std::fprintf(stderr, "soc-feed: envelope %lld received at %s is not a valid "
                                 "envelope (%lld bytes), skipped\n",
                         static_cast<long long>(envelope.id),
                         qPrintable(isoUtc(envelope.receivedAtMs)),
                         static_cast<long long>(envelope.payloadBytes));
        } else {
            if (!csv)
                text.append('\n');
            if (out.write(text) != text.size()) {
                writeError = out.errorString();
                return false;
            }
            ++exported;
        }
        reportProgress();
        return true;
    }

    void reportProgress()
    {
        if (clock.elapsed() - lastProgressMs < ProgressIntervalMs)
            return;
        lastProgressMs = clock.elapsed();
        const quint64 done = exported + skipped;
        std::fprintf(stderr, "soc-feed: exported %llu of %llu envelopes (%.0f%%)\n",
                     static_cast<unsigned long long>(done), static_cast<unsigned long long>(total),
                     total > 0 ? 100.0 * static_cast<double>(done) / static_cast<double>(total)
                               : 100.0);
    }
};

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Exports a recording: as JSON Lines, one envelope a line in the protobuf JSON mapping "
        "(what soc-feed import and publish read), or as CSV, one row per KPI sample."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A recording."));
    const QCommandLineOption formatOption(QStringLiteral("format"),
                                          QStringLiteral("jsonl or csv (default jsonl)."),
                                          QStringLiteral("FORMAT"), QStringLiteral("jsonl"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QStringLiteral("Output file; - for standard output (default -)."),
        QStringLiteral("FILE"), QStringLiteral("-"));
    parser.addOptions({formatOption, outOption});
    parser.process(arguments);

    if (parser.positionalArguments().size() != 1)
        return failWith(QStringLiteral("give one recording; see soc-feed export --help"), 2);
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("jsonl") && format != QLatin1String("csv"))
        return failWith(QStringLiteral("invalid --format '%1'; give jsonl or csv").arg(format), 2);

    RecordingReader reader;
    QString error;
    if (!reader.open(parser.positionalArguments().first(), &error))
        return failWith(error, 1);

    const QString outPath = parser.value(outOption);
    QFile out;
    const bool opened = outPath == QLatin1String("-")
                            ? out.open(stdout, QIODevice::WriteOnly)
                            : (out.setFileName(outPath), out.open(QIODevice::WriteOnly));
    if (!opened)
        return failWith(QStringLiteral("cannot write %1: %2").arg(outPath, out.errorString()), 1);

    ExportRun run(out);
    run.csv = format == QLatin1String("csv");
    run.total = reader.envelopeCount();
    run.clock.start();
    if (run.csv) {
        out.write("received_at,source,sequence,unit,indicator,period,observed_at,numerator,"
                  "denominator,value\n");
    }
    catchInterrupts();
    const bool read = reader.forEachEnvelopeAfter(
        0, std::numeric_limits<qint64>::max(),
        [&run](const RecordedEnvelope &envelope) { return run.write(envelope); }, &error);
    out.flush();
    if (!read)
        return failWith(error, 1);
    if (!run.writeError.isEmpty())
        return failWith(QStringLiteral("writing %1 failed: %2").arg(outPath, run.writeError), 1);
    if (interrupted()) {
        return failWith(QStringLiteral("interrupted after %1 of %2 envelopes; %3 is incomplete")
                            .arg(run.exported + run.skipped)
                            .arg(run.total)
                            .arg(outPath),
                        130);
    }
    std::fprintf(stderr, "soc-feed: exported %llu envelopes, skipped %llu invalid ones\n",
                 static_cast<unsigned long long>(run.exported),
                 static_cast<unsigned long long>(run.skipped));
    return 0;
}

} // namespace soc
