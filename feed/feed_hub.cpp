#include "feed/feed_hub.h"

#include "feed/demo_source.h"
#include "feed/feed_worker.h"
#include "feed/mqtt_source.h"
#include "feed/portal_source.h"
#include "feed/replay_source.h"
#include "feed/stream_source.h"
#include "storage/alert_writer.h"
#include "storage/app_paths.h"
#include "storage/history_writer.h"

#include <QFileInfo>
#include <QLoggingCategory>

namespace soc {

Q_DECLARE_LOGGING_CATEGORY(lcFeed)

FeedHub::FeedHub(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<soc::DashboardStatePtr>("soc::DashboardStatePtr");
    m_thread.setObjectName(QStringLiteral("soc.feed"));
    m_historyThread.setObjectName(QStringLiteral("soc.history"));
    m_alertThread.setObjectName(QStringLiteral("soc.alerts"));
}

FeedHub::~FeedHub()
{
    stop();
}

FeedSource *FeedHub::createSource(const QString &url, const UnitCatalog &units, QString *error)
{
    if (url.startsWith(QLatin1String("demo:"))) {
        quint64 seed = 0;
        if (!DemoSource::parseUrl(url, &seed, error))
            return nullptr;
        return new DemoSource(url, seed, units);
    }
    if (url.startsWith(QLatin1String("mqtt://")) || url.startsWith(QLatin1String("mqtts://")))
        return MqttSource::create(url, nullptr, error);
    if (url.startsWith(QLatin1String("tcp://")) || url.startsWith(QLatin1String("tls://"))) {
        StreamSourceOptions options;
        if (!StreamSource::parseUrl(url, &options, error))
            return nullptr;
        return new StreamSource(url, std::move(options));
    }
    if (url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://"))) {
        PortalSourceOptions options;
        if (!PortalSource::parseUrl(url, &options, error))
            return nullptr;
        return new PortalSource(url, std::move(options));
    }
    if (url.startsWith(QLatin1String("file:"))) {
        QString path;
        if (!ReplaySource::parseUrl(url, &path, error))
            return nullptr;
        if (!QFileInfo(path).isFile()) {
            *error = QStringLiteral("recording '%1' not found; give the path of a .socrec file, "
                                    "or import a JSON Lines file first with soc-feed import")
                         .arg(path);
            return nullptr;
        }
        return new ReplaySource(url, path);
    }
    *error = QStringLiteral("unsupported feed URL '%1'; give demo:, mqtt://, mqtts://, tcp://, "
                            "tls://, http://, https:// or file:PATH")
                 .arg(url);
    return nullptr;
}

bool FeedHub::start(const QStringList &urls, const QString &unitCatalogPath, QString *error)
{
    UnitCatalog units;
    if (!UnitCatalog::loadForDashboard(unitCatalogPath, &units, error))
        return false;

    std::vector<FeedSource *> sources;
    for (const QString &url : urls) {
        FeedSource *source = createSource(url, units, error);
        if (!source) {
            qDeleteAll(sources);
            return false;
        }
        sources.push_back(source);
    }

    m_worker = new FeedWorker;
    m_worker->setUnitCatalog(units);
    bool simulated = false;
    for (FeedSource *source : sources) {
        simulated = simulated || source->isSimulated();
        m_worker->addSource(source);
        if (auto *replay = qobject_cast<ReplaySource *>(source)) {
            // Freshness and data ages follow the replayed moment, not the wall clock. The clock
            // is read on the feed thread, where the source lives.
            m_replay = replay;
            m_worker->setClock([replay] { return replay->currentTimeMs(); });
        }
    }
    // A replay shows the past: it writes nothing into the KPI or alert history.
    if (m_replay) {
        m_historyEnabled = false;
        m_alertHistoryEnabled = false;
    }
    if (m_historyEnabled)
        startHistory(simulated);
    if (m_alertHistoryEnabled)
        startAlertHistory(simulated);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FeedWorker::stateReady, this, &FeedHub::stateReady,
            Qt::QueuedConnection);
    connect(&m_thread, &QThread::started, m_worker, &FeedWorker::start);
    m_thread.start();
    return true;
}

namespace {

QString operatorName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("operator") : user;
}

} // namespace

void FeedHub::acknowledgeAlerts(const QStringList &alertIds)
{
    if (!m_worker)
        return;
    FeedWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, alertIds, name = operatorName()] {
        for (const QString &id : alertIds) {
            QString error;
            if (!worker->acknowledgeAlert(id, name, QString(), &error))
                qCWarning(lcFeed).noquote() << "acknowledging alert" << id << "failed:" << error;
        }
    });
}

void FeedHub::shelveAlerts(const QStringList &alertIds, qint64 durationMs)
{
    if (!m_worker)
        return;
    FeedWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, alertIds, durationMs, name = operatorName()] {
        for (const QString &id : alertIds) {
            QString error;
            if (!worker->shelveAlert(id, durationMs, name, QString(), &error))
                qCWarning(lcFeed).noquote() << "shelving alert" << id << "failed:" << error;
        }
    });
}

void FeedHub::unshelveAlerts(const QStringList &alertIds)
{
    if (!m_worker)
        return;
    FeedWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, alertIds, name = operatorName()] {
        for (const QString &id : alertIds) {
            QString error;
            if (!worker->unshelveAlert(id, name, QString(), &error))
                qCWarning(lcFeed).noquote() << "unshelving alert" << id << "failed:" << error;
        }
    });
}

void FeedHub::stop()
{
    m_replay = nullptr;
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &FeedWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    if (!m_thread.wait(5000))
        qCWarning(lcFeed) << "feed thread did not stop within 5 s";
    m_worker = nullptr;
    // After the feed thread, so that every sample and alert event it handed on is queued
    // before close().
    stopHistory();
    stopAlertHistory();
}

void FeedHub::startHistory(bool simulated)
{
    QString path = m_historyPath;
    if (path.isEmpty() && simulated) {
        const QString folder = dataDirectory();
        if (!folder.isEmpty())
            path = folder + QStringLiteral("/history-demo.sqlite");
    }
    m_historyWriter = new HistoryWriter(path);
    m_historyWriter->moveToThread(&m_historyThread);
    connect(&m_historyThread, &QThread::finished, m_historyWriter, &QObject::deleteLater);
    connect(&m_historyThread, &QThread::started, m_historyWriter, &HistoryWriter::open);
    connect(m_historyWriter, &HistoryWriter::errorOccurred, this,
            &FeedHub::historyErrorOccurred, Qt::QueuedConnection);
    connect(m_historyWriter, &HistoryWriter::warningOccurred, this,
            &FeedHub::historyWarningOccurred, Qt::QueuedConnection);

    // The sink runs on the feed thread and only queues the batch for the history thread.
    HistoryWriter *writer = m_historyWriter;
    m_worker->setSampleSink([writer](const QVector<Sample> &samples) {
        QMetaObject::invokeMethod(
            writer, [writer, samples] { writer->append(samples); }, Qt::QueuedConnection);
    });
    m_historyThread.start();
}

void FeedHub::stopHistory()
{
    if (!m_historyThread.isRunning())
        return;
    QMetaObject::invokeMethod(m_historyWriter, &HistoryWriter::close,
                              Qt::BlockingQueuedConnection);
    m_historyThread.quit();
    if (!m_historyThread.wait(5000))
        qCWarning(lcFeed) << "history thread did not stop within 5 s";
    m_historyWriter = nullptr;
}

} // namespace soc

namespace soc {

// Runs while the worker is still on this thread: the stored events are loaded on the alert
// thread, which owns the SQL connection, and the UI thread waits for them, so that the alerts
// are back before the first envelope.
void FeedHub::startAlertHistory(bool simulated)
{
    QString path = m_alertHistoryPath;
    if (path.isEmpty())
        path = AlertStore::defaultPath(simulated);
    m_alertWriter = new AlertWriter(path);
    m_alertWriter->moveToThread(&m_alertThread);
    connect(&m_alertThread, &QThread::finished, m_alertWriter, &QObject::deleteLater);
    connect(m_alertWriter, &AlertWriter::errorOccurred, this,
            &FeedHub::alertHistoryErrorOccurred, Qt::QueuedConnection);
    connect(m_alertWriter, &AlertWriter::warningOccurred, this,
            &FeedHub::alertHistoryWarningOccurred, Qt::QueuedConnection);
    m_alertThread.start();

    AlertWriter *writer = m_alertWriter;
    QVector<AlertEvent> stored;
    QMetaObject::invokeMethod(
        writer, [writer, &stored] { stored = writer->open(); }, Qt::BlockingQueuedConnection);
    m_worker->restoreAlerts(stored);

    // The sink runs on the feed thread and only queues the events for the alert thread.
    m_worker->setAlertEventSink([writer](const QVector<AlertEvent> &events) {
        QMetaObject::invokeMethod(
            writer, [writer, events] { writer->append(events); }, Qt::QueuedConnection);
    });
}

void FeedHub::stopAlertHistory()
{
    if (!m_alertThread.isRunning())
        return;
    QMetaObject::invokeMethod(m_alertWriter, &AlertWriter::close, Qt::BlockingQueuedConnection);
    m_alertThread.quit();
    if (!m_alertThread.wait(5000))
        qCWarning(lcFeed) << "alert history thread did not stop within 5 s";
    m_alertWriter = nullptr;
}

} // namespace soc
