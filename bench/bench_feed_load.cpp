// The whole live path under load: a direct-stream server on 127.0.0.1 sends 20,000
// single-sample envelopes per second to a FeedHub, whose worker thread decodes and ingests
// them while the UI thread runs a 10 ms timer. Reports how late that timer fired (what a user
// would feel as a stall), the messages ingested per second, and the resident memory growth.
#include "feed/feed_hub.h"
#include "soc/feed/v1/envelope.pb.h"
#include "tools/stream_server_publisher.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QThread>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>

namespace {

constexpr int MessagesPerSecond = 20000;
constexpr int RunSeconds = 10;

double residentMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

// Publishes on its own thread at a steady rate: every millisecond, the messages due by then.
class LoadServer : public QObject
{
public:
    bool start(QString *error)
    {
        m_publisher = std::make_unique<soc::StreamServerPublisher>(
            QStringLiteral("tcp://127.0.0.1:0"));
        if (!m_publisher->open(error))
            return false;
        m_port = m_publisher->serverPort();
        m_timer = new QTimer(this);
        m_timer->setInterval(1);
        connect(m_timer, &QTimer::timeout, this, [this] { publishDue(); });
        return true;
    }
    void begin()
    {
        m_clock.start();
        m_timer->start();
    }
    void finish()
    {
        m_timer->stop();
        QString error;
        m_publisher->close(2000, &error);
        m_publisher.reset();
    }
    quint16 port() const { return m_port; }
    qint64 published() const { return m_sequence; }

private:
    void publishDue()
    {
        const qint64 due = m_clock.elapsed() * MessagesPerSecond / 1000;
        QString error;
        while (m_sequence < due) {
            ++m_sequence;
            soc::feed::v1::Envelope envelope;
            envelope.set_source("bench");
            envelope.set_sequence(static_cast<quint64>(m_sequence));
            envelope.set_sent_at(1764817200000 + m_sequence);
            auto *sample = envelope.mutable_kpi_batch()->add_samples();
            sample->set_unit(std::to_string(760 + m_sequence % 22));
            sample->set_indicator("e_result");
            sample->set_period("2025-12");
            sample->set_observed_at(1764817200000 + m_sequence);
            sample->set_numerator(static_cast<double>(m_sequence % 100));
            sample->set_denominator(100);
            const std::string bytes = envelope.SerializeAsString();
            m_publisher->publish(QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size())),
                                 &error);
        }
    }

    std::unique_ptr<soc::StreamServerPublisher> m_publisher;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_sequence = 0;
    quint16 m_port = 0;
};

void liveFeedUnderLoad(benchmark::State &state)
{
    for (auto _ : state) {
        // The server's sockets must belong to its thread, so it starts there.
        QThread serverThread;
        auto *server = new LoadServer;
        server->moveToThread(&serverThread);
        serverThread.start();
        QString error;
        bool started = false;
        QMetaObject::invokeMethod(
            server, [&] { started = server->start(&error); }, Qt::BlockingQueuedConnection);
        if (!started) {
            state.SkipWithError(qPrintable(error));
            return;
        }

        soc::FeedHub hub;
        // The load test must not write its figures into the user's KPI history.
        hub.setHistoryEnabled(false);
        soc::DashboardStatePtr last;
        int states = 0;
        QObject::connect(&hub, &soc::FeedHub::stateReady, [&](soc::DashboardStatePtr s) {
            last = std::move(s);
            ++states;
        });
        const QString url = QStringLiteral("tcp://127.0.0.1:%1").arg(server->port());
        if (!hub.start({url}, QString(), &error)) {
            state.SkipWithError(qPrintable(error));
            return;
        }
        QMetaObject::invokeMethod(server, [server] { server->begin(); });

        // The UI thread's view: a 10 ms timer, and how late each tick comes.
        QElapsedTimer clock;
        clock.start();
        qint64 previous = 0;
        qint64 worstLatenessMs = 0;
        double memoryAtTwoSeconds = 0;
        QTimer tick;
        tick.setInterval(10);
        QObject::connect(&tick, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            if (previous > 0)
                worstLatenessMs = std::max(worstLatenessMs, now - previous - 10);
            previous = now;
            if (memoryAtTwoSeconds == 0 && now >= 2000)
                memoryAtTwoSeconds = residentMegabytes();
            if (now >= RunSeconds * 1000)
                QCoreApplication::exit(0);
        });
        tick.start();
        QCoreApplication::exec();
        const double memoryAtEnd = residentMegabytes();

        QMetaObject::invokeMethod(server, [server] { server->finish(); },
                                  Qt::BlockingQueuedConnection);
        const qint64 published = server->published();
        hub.stop();
        serverThread.quit();
        serverThread.wait();
        delete server;

        const quint64 received = last ? last->sources.value(QStringLiteral("bench")).received : 0;
        state.SetIterationTime(RunSeconds);
        state.counters["published/s"] = static_cast<double>(published) / RunSeconds;
        state.counters["ingested/s"] = static_cast<double>(received) / RunSeconds;
        state.counters["ui_worst_late_ms"] = static_cast<double>(worstLatenessMs);
        state.counters["states/s"] = static_cast<double>(states) / RunSeconds;
        state.counters["rss_2s_MB"] = memoryAtTwoSeconds;
        state.counters["rss_end_MB"] = memoryAtEnd;
        state.counters["gaps"] =
            last ? static_cast<double>(last->sources.value(QStringLiteral("bench")).gaps) : 0;
    }
}
BENCHMARK(liveFeedUnderLoad)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
