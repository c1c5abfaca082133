#include "soc/feed/v1/envelope.pb.h"
#include "tools/commands.h"
#include "tools/recording_tool_support.h"
#include "tools/envelope_publisher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>

#include <cstdio>

namespace soc {

namespace {

int fail(const QString &message, int status = 2)
{
    std::fprintf(stderr, "soc-feed: %s\n", qPrintable(message));
    return status;
}

// Waits until the moment an envelope is due, keeping the event loop running so that a stream
// listener serves its clients meanwhile.
void waitUntil(const QElapsedTimer &clock, qint64 dueMs)
{
    while (clock.elapsed() < dueMs) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        const qint64 left = dueMs - clock.elapsed();
        if (left > 0)
            QThread::msleep(static_cast<unsigned long>(std::min<qint64>(left, 5)));
    }
}

} // namespace

int runPublish(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Publishes a JSON Lines file of envelopes onto a destination, spaced as their sentAt "
        "times say."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QStringLiteral("JSON Lines file, one envelope a line."));
    const QCommandLineOption toOption(
        QStringLiteral("to"),
        QStringLiteral("Destination: mqtt://HOST:PORT, mqtts://HOST:PORT, tcp:// or tls:// to "
                       "listen on, or a JSON Lines file, - for standard output."),
        QStringLiteral("URL"));
    const QCommandLineOption speedOption(
        QStringLiteral("speed"),
        QStringLiteral("Playback speed: 1 keeps the recorded spacing, 10 is ten times faster, "
                       "0 sends without waiting (default 1)."),
        QStringLiteral("X"), QStringLiteral("1"));
    parser.addOptions({toOption, speedOption});
    parseCommandLine(parser, arguments);

    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("give one JSON Lines file; see soc-feed publish --help"));
    if (!parser.isSet(toOption))
        return fail(QStringLiteral("missing --to; give a destination such as "
                                   "mqtt://127.0.0.1:1883"));
    bool ok = false;
    const double speed = parser.value(speedOption).toDouble(&ok);
    if (!ok || speed < 0 || speed > 1e6)
        return fail(QStringLiteral("invalid --speed '%1'; give a factor from 0 to 1000000")
                        .arg(parser.value(speedOption)));

    const QString path = parser.positionalArguments().first();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()), 1);

    QString error;
    std::unique_ptr<EnvelopePublisher> publisher = createPublisher(parser.value(toOption), &error);
    if (!publisher)
        return fail(error);
    if (!publisher->open(&error))
        return fail(error, 1);

    QElapsedTimer clock;
    clock.start();
    qint64 firstSentAt = -1;
    qint64 published = 0;
    qint64 invalid = 0;
    for (int lineNumber = 1; !file.atEnd(); ++lineNumber) {
        const QByteArray line = file.readLine(MaxJsonLineBytes).trimmed();
        if (line.isEmpty())
            continue;
        QByteArray envelope;
        if (!envelopeFromJsonLine(line, &envelope, &error)) {
            ++invalid;
            std::fprintf(stderr, "soc-feed: %s:%d: invalid envelope, skipped: %s\n",
                         qPrintable(path), lineNumber, qPrintable(error));
            continue;
        }
        feed::v1::Envelope message;
        message.ParseFromArray(envelope.constData(), static_cast<int>(envelope.size()));
        if (speed > 0 && message.sent_at() > 0) {
            if (firstSentAt < 0)
                firstSentAt = message.sent_at();
            waitUntil(clock, static_cast<qint64>((message.sent_at() - firstSentAt) / speed));
        }
        if (!publisher->publish(envelope, &error))
            return fail(error, 1);
        ++published;
    }
    if (!publisher->close(10000, &error))
        return fail(error, 1);
    std::fprintf(stderr, "soc-feed: published %lld envelopes from %s, skipped %lld invalid lines\n",
                 static_cast<long long>(published), qPrintable(path),
                 static_cast<long long>(invalid));
    return invalid > 0 ? 1 : 0;
}

} // namespace soc
