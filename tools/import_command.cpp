#include "feed/recording_indexer.h"
#include "soc/feed/v1/envelope.pb.h"
#include "storage/recording.h"
#include "tools/commands.h"
#include "tools/envelope_publisher.h"
#include "tools/recording_tool_support.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

namespace soc {

namespace {

constexpr qint64 ProgressIntervalMs = 2000;
// A line longer than this cannot hold an envelope within the decoder's 4 MiB limit, even in
// the JSON mapping, which base64 numbers and quotes add to.
constexpr qint64 MaxLineBytes = 16 * 1024 * 1024;

struct ImportCounts
{
    quint64 imported = 0;
    quint64 invalid = 0;
};

// Reads the JSON Lines file into the writer until its end, an interrupt or a writer failure.
bool importLines(QFile &in, RecordingWriter &writer, ImportCounts *counts)
{
    QElapsedTimer clock;
    clock.start();
    qint64 lastProgressMs = 0;
    for (qint64 lineNumber = 1; !in.atEnd() && !interrupted(); ++lineNumber) {
        const QByteArray line = in.readLine(MaxLineBytes).trimmed();
        if (line.isEmpty())
            continue;
        QByteArray envelope;
        QString error;
        feed::v1::Envelope message;
        if (!envelopeFromJsonLine(line, &envelope, &error) ||
            !message.ParseFromArray(envelope.constData(), static_cast<int>(envelope.size()))) {
            ++counts->invalid;
            std::fprintf(stderr, "soc-feed: %s:%lld: invalid envelope, skipped: %s\n",
                         qPrintable(in.fileName()), static_cast<long long>(lineNumber),
                         qPrintable(error));
            continue;
        }
        if (!writer.append({0, message.sent_at(), QString(), false, envelope, envelope.size()}))
            return false;
        ++counts->imported;

        if (clock.elapsed() - lastProgressMs >= ProgressIntervalMs) {
            lastProgressMs = clock.elapsed();
            std::fprintf(stderr, "soc-feed: imported %llu envelopes (%.0f%% of %s)\n",
                         static_cast<unsigned long long>(counts->imported),
                         100.0 * static_cast<double>(in.pos()) /
                             static_cast<double>(std::max<qint64>(1, in.size())),
                         qPrintable(in.fileName()));
        }
    }
    return true;
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Imports a JSON Lines file of envelopes (one envelope a line, protobuf JSON mapping) "
        "into a new recording. Each envelope's sentAt becomes its receive time."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("JSON Lines file."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("The recording to create; must not exist."),
                                       QStringLiteral("REC"));
    parser.addOption(outOption);
    parser.process(arguments);

    if (parser.positionalArguments().size() != 1)
        return failWith(QStringLiteral("give one JSON Lines file; see soc-feed import --help"), 2);
    if (!parser.isSet(outOption))
        return failWith(QStringLiteral("missing --out; give the recording file to create"), 2);

    const QString inPath = parser.positionalArguments().first();
    QFile in(inPath);
    if (!in.open(QIODevice::ReadOnly))
        return failWith(QStringLiteral("cannot read %1: %2").arg(inPath, in.errorString()), 1);

    RecordingWriter writer(parser.value(outOption), std::make_unique<FeedRecordingIndexer>());
    writer.setBlockWhenFull(true); // an import must lose nothing
    QString writerError;
    QObject::connect(&writer, &RecordingWriter::errorOccurred, &writer,
                     [&writerError](const QString &message) { writerError = message; },
                     Qt::DirectConnection);
    catchInterrupts();
    writer.start();
    ImportCounts counts;
    importLines(in, writer, &counts);
    const bool closed = writer.stop(60000);
    // The writer reports from its own thread; the direct connection has stored the message.
    if (!closed || writer.hasFailed())
        return failWith(writerError.isEmpty() ? QStringLiteral("writing %1 did not finish")
                                                    .arg(writer.path())
                                              : writerError,
                        1);
    if (interrupted()) {
        return failWith(QStringLiteral("interrupted; %1 holds the first %2 envelopes")
                            .arg(writer.path())
                            .arg(counts.imported),
                        130);
    }
    std::fprintf(stderr, "soc-feed: imported %llu envelopes into %s, skipped %llu invalid lines\n",
                 static_cast<unsigned long long>(counts.imported), qPrintable(writer.path()),
                 static_cast<unsigned long long>(counts.invalid));
    return counts.invalid > 0 ? 1 : 0;
}

} // namespace soc
