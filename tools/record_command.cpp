#include "feed/feed_hub.h"
#include "feed/feed_source.h"
#include "feed/feed_worker.h"
#include "feed/recording_indexer.h"
#include "storage/recording.h"
#include "tools/commands.h"
#include "tools/recording_tool_support.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <cstdio>

namespace soc {

namespace {

constexpr int StatusIntervalMs = 1000;
constexpr int StatusQuietMs = 30 * 1000; // between lines while nothing arrives

// Runs the sources on this thread's event loop and hands every envelope that reaches the
// worker to the writer, until the duration ends, an interrupt arrives or the writer fails.
int recordFeeds(FeedWorker &worker, RecordingWriter &writer, int durationSeconds)
{
    int status = 0;
    QObject::connect(&writer, &RecordingWriter::errorOccurred, &writer,
                     [&status](const QString &message) {
                         failWith(message, 1);
                         status = 1;
                         QCoreApplication::exit(1);
                     });
    // Direct: append() is thread-safe and must see every envelope before the worker decodes it.
    QObject::connect(&worker, &FeedWorker::envelopeArrived, &writer,
                     [&writer](const QByteArray &payload, const QString &hint, qint64 receivedAtMs,
                               FeedWorker::Delivery delivery) {
                         writer.append({0, receivedAtMs, hint,
                                        delivery == FeedWorker::Delivery::Snapshot, payload,
                                        payload.size()});
                     },
                     Qt::DirectConnection);

    QElapsedTimer clock;
    clock.start();
    qint64 lastStatusMs = 0;
    quint64 lastWritten = 0;
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (interrupted() || (durationSeconds > 0 && clock.elapsed() >= durationSeconds * 1000LL)) {
            QCoreApplication::exit(0);
            return;
        }
        // A line when the count moved, and at least every StatusQuietMs to show it is alive.
        const qint64 sinceStatus = clock.elapsed() - lastStatusMs;
        const bool moved = writer.written() != lastWritten;
        if ((moved && sinceStatus >= StatusIntervalMs) || sinceStatus >= StatusQuietMs) {
            lastStatusMs = clock.elapsed();
            lastWritten = writer.written();
            std::fprintf(stderr, "soc-feed: %llu envelopes written to %s\n",
                         static_cast<unsigned long long>(writer.written()),
                         qPrintable(writer.path()));
        }
    });

    writer.start();
    worker.start();
    poll.start();
    const int loopStatus = QCoreApplication::exec();
    worker.stop();
    if (!writer.stop())
        status = 1;
    std::fprintf(stderr, "soc-feed: recorded %llu envelopes to %s, dropped %llu\n",
                 static_cast<unsigned long long>(writer.written()), qPrintable(writer.path()),
                 static_cast<unsigned long long>(writer.dropped()));
    return status != 0 ? status : loopStatus;
}

} // namespace

int runRecord(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Records feeds into a new recording (.socrec): every envelope with its receive time, "
        "and a keyframe every 5 minutes of recorded time for seeking."));
    parser.addHelpOption();
    const QCommandLineOption fromOption(
        QStringLiteral("from"),
        QStringLiteral("Feed URL to record, as soc-dashboard --feed takes it: demo:, mqtt://, "
                       "mqtts://, tcp:// or tls://. Repeatable."),
        QStringLiteral("URL"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("The recording to create; must not exist."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"),
        QStringLiteral("Seconds to record; 0 records until interrupted (default 0)."),
        QStringLiteral("S"), QStringLiteral("0"));
    parser.addOptions({fromOption, outOption, durationOption});
    parseCommandLine(parser, arguments);

    const QStringList urls = parser.values(fromOption);
    if (urls.isEmpty())
        return failWith(QStringLiteral("missing --from; give a feed URL such as demo:"), 2);
    if (!parser.isSet(outOption))
        return failWith(QStringLiteral("missing --out; give the recording file to create"), 2);
    bool ok = false;
    const int durationSeconds = parser.value(durationOption).toInt(&ok);
    if (!ok || durationSeconds < 0)
        return failWith(QStringLiteral("invalid --duration '%1'; give whole seconds, 0 for no "
                                       "limit")
                            .arg(parser.value(durationOption)),
                        2);

    FeedWorker worker;
    for (const QString &url : urls) {
        QString error;
        FeedSource *source = FeedHub::createSource(url, worker.units(), &error);
        if (!source)
            return failWith(error, 2);
        // NOTE: a transport-level rejection (messageRejected, such as a message on an unknown
        // MQTT topic) and a presence change never reach FeedWorker::ingest, so they are not
        // recorded and a replay does not count them.
        worker.addSource(source);
    }

    RecordingWriter writer(parser.value(outOption),
                           std::make_unique<FeedRecordingIndexer>(worker.units()));
    catchInterrupts();
    return recordFeeds(worker, writer, durationSeconds);
}

} // namespace soc
