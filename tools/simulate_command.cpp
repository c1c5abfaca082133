#include "feed/demo_feed.h"
#include "tools/commands.h"
#include "tools/recording_tool_support.h"
#include "tools/envelope_publisher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>
#include <QTimer>

#include <cstdio>
#include <deque>

namespace soc {

namespace {

int fail(const QString &message, int status = 2)
{
    std::fprintf(stderr, "soc-feed: %s\n", qPrintable(message));
    return status;
}

struct SimulateOptions
{
    QString destination;
    quint64 seed = DemoFeed::DefaultSeed;
    double rate = 0;  // envelopes per second; 0 follows the demo's own pace in real time
    int durationSeconds = 0; // 0 runs until interrupted
    qint64 startMs = 0;
};

// Publishes the demo feed. With a rate, the simulated clock runs as fast as needed to fill
// that many envelopes per second; without one, it follows the wall clock.
class SimulationRun
{
public:
    SimulationRun(const SimulateOptions &options, EnvelopePublisher *publisher)
        : m_options(options), m_publisher(publisher), m_feed(options.seed)
    {
        const QString scheme = options.destination.section(QLatin1Char(':'), 0, 0);
        m_feed.setOneSamplePerEnvelope(scheme.startsWith(QLatin1String("mqtt")));
        m_paced = options.destination.contains(QLatin1String("://"));
        m_simulatedMs = options.startMs;
    }

    int run()
    {
        QString error;
        if (!m_publisher->open(&error))
            return fail(error, 1);
        for (QByteArray &envelope : m_feed.picture(m_simulatedMs))
            m_queue.push_back(std::move(envelope));

        QTimer timer;
        timer.setInterval(10);
        QObject::connect(&timer, &QTimer::timeout, [this, &timer] {
            if (!step())
                timer.stop(), QCoreApplication::exit(m_failed ? 1 : 0);
        });
        m_clock.start();
        timer.start();
        const int status = QCoreApplication::exec();

        if (!m_publisher->close(10000, &error))
            return fail(error, 1);
        std::fprintf(stderr, "soc-feed: published %lld envelopes\n",
                     static_cast<long long>(m_published));
        return status;
    }

private:
    // Publishes what is due; returns false when the run is over.
    bool step()
    {
        if (!m_paced) {
            // A file gets the whole duration of simulated feed at once.
            const qint64 endMs = m_options.startMs + m_options.durationSeconds * 1000LL;
            while (m_simulatedMs < endMs)
                refill(m_simulatedMs + 1000);
            publishQueued(static_cast<qint64>(m_queue.size()));
            return false;
        }
        const qint64 elapsedMs = m_clock.elapsed();
        if (m_options.durationSeconds > 0 && elapsedMs >= m_options.durationSeconds * 1000LL)
            return false;

        if (m_options.rate <= 0) {
            const qint64 target = m_options.startMs + elapsedMs;
            if (target / 1000 > m_simulatedMs / 1000) {
                refill(target);
            }
            return publishQueued(static_cast<qint64>(m_queue.size()));
        }

        const qint64 allowed = static_cast<qint64>(m_options.rate * elapsedMs / 1000.0);
        while (m_published < allowed) {
            if (m_queue.empty())
                refill(m_simulatedMs + 1000);
            if (!publishQueued(1))
                return false;
        }
        return true;
    }

    void refill(qint64 toMs)
    {
        for (QByteArray &envelope : m_feed.advance(m_simulatedMs, toMs))
            m_queue.push_back(std::move(envelope));
        m_simulatedMs = toMs;
    }

    bool publishQueued(qint64 count)
    {
        QString error;
        for (qint64 i = 0; i < count && !m_queue.empty(); ++i) {
            if (!m_publisher->publish(m_queue.front(), &error)) {
                fail(error, 1);
                m_failed = true;
                return false;
            }
            m_queue.pop_front();
            ++m_published;
        }
        return true;
    }

    SimulateOptions m_options;
    EnvelopePublisher *m_publisher;
    DemoFeed m_feed;
    std::deque<QByteArray> m_queue;
    QElapsedTimer m_clock;
    qint64 m_simulatedMs = 0;
    qint64 m_published = 0;
    bool m_failed = false;
    bool m_paced = true; // live destinations follow the clock; files are written at once
};

bool parseStart(const QString &text, qint64 *startMs)
{
    QDateTime start = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (start.isValid() && start.timeSpec() == Qt::LocalTime)
        start.setTimeZone(QTimeZone::utc());
    if (!start.isValid())
        return false;
    *startMs = start.toMSecsSinceEpoch();
    return true;
}

int simulate(const QStringList &arguments, const QString &destinationFlag)
{
    const bool serving = destinationFlag == QLatin1String("listen");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        serving ? QStringLiteral("Serves the demo feed (all six sources) to every client that "
                                 "connects to a tcp:// or tls:// address.")
                : QStringLiteral("Publishes the demo feed (all six sources: unit catalog, KPI "
                                 "batches, heartbeats, source alerts) to a destination."));
    parser.addHelpOption();
    const QCommandLineOption destinationOption(
        destinationFlag,
        serving ? QStringLiteral("Address to listen on: tcp://127.0.0.1:PORT or "
                                 "tls://127.0.0.1:PORT?cert=FILE&key=FILE.")
                : QStringLiteral("Destination: a JSON Lines file, - for standard output, "
                                 "mqtt://HOST:PORT, mqtts://HOST:PORT, or tcp:// or tls:// to "
                                 "listen on (default -)."),
        QStringLiteral("URL"), serving ? QString() : QStringLiteral("-"));
    const QCommandLineOption rateOption(
        QStringLiteral("rate"),
        QStringLiteral("Envelopes per second; the simulated clock speeds up to fill them "
                       "(default 0: the demo's own pace in real time)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption durationOption(
        QStringLiteral("duration"),
        QStringLiteral("Seconds to run; 0 runs until interrupted. A file receives that many "
                       "seconds of simulated feed at once (default 60 for a file, else 0)."),
        QStringLiteral("S"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the simulation (default 2026)."),
                                        QStringLiteral("K"), QStringLiteral("2026"));
    const QCommandLineOption startOption(
        QStringLiteral("start"),
        QStringLiteral("Simulated start time, ISO 8601; without a zone, UTC (default: now)."),
        QStringLiteral("TIME"));
    parser.addOptions({destinationOption, rateOption, durationOption, seedOption, startOption});
    parseCommandLine(parser, arguments);

    SimulateOptions options;
    options.destination = parser.value(destinationOption);
    if (options.destination.isEmpty())
        return fail(QStringLiteral("missing --%1; give tcp://127.0.0.1:PORT").arg(destinationFlag));
    bool ok = false;
    options.rate = parser.value(rateOption).toDouble(&ok);
    if (!ok || options.rate < 0 || options.rate > 1e6)
        return fail(QStringLiteral("invalid --rate '%1'; give envelopes per second from 0 to "
                                   "1000000")
                        .arg(parser.value(rateOption)));
    const bool toFile = !options.destination.contains(QLatin1String("://"));
    const QString duration = parser.isSet(durationOption) ? parser.value(durationOption)
                             : toFile                     ? QStringLiteral("60")
                                                          : QStringLiteral("0");
    options.durationSeconds = duration.toInt(&ok);
    if (!ok || options.durationSeconds < 0 || (toFile && options.durationSeconds == 0))
        return fail(QStringLiteral("invalid --duration '%1'; give whole seconds (0, no limit, "
                                   "only for a live destination)")
                        .arg(duration));
    options.seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("invalid --seed '%1'; give a whole number")
                        .arg(parser.value(seedOption)));
    options.startMs = QDateTime::currentMSecsSinceEpoch();
    if (parser.isSet(startOption) && !parseStart(parser.value(startOption), &options.startMs))
        return fail(QStringLiteral("invalid --start '%1'; use ISO 8601 such as "
                                   "2026-12-04T02:00:00Z")
                        .arg(parser.value(startOption)));

    QString error;
    std::unique_ptr<EnvelopePublisher> publisher = createPublisher(options.destination, &error);
    if (!publisher)
        return fail(error);
    return SimulationRun(options, publisher.get()).run();
}

} // namespace

int runSimulate(const QStringList &arguments)
{
    return simulate(arguments, QStringLiteral("to"));
}

int runServe(const QStringList &arguments)
{
    return simulate(arguments, QStringLiteral("listen"));
}

} // namespace soc
