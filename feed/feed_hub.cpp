#include "feed/feed_hub.h"

#include "feed/demo_source.h"
#include "feed/feed_worker.h"
#include "feed/mqtt_source.h"
#include "feed/stream_source.h"

#include <QLoggingCategory>

namespace soc {

Q_DECLARE_LOGGING_CATEGORY(lcFeed)

FeedHub::FeedHub(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<soc::DashboardStatePtr>("soc::DashboardStatePtr");
    m_thread.setObjectName(QStringLiteral("soc.feed"));
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
    *error = QStringLiteral("unsupported feed URL '%1'; this build reads demo: and demo:?seed=N")
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
    for (FeedSource *source : sources)
        m_worker->addSource(source);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &FeedWorker::stateReady, this, &FeedHub::stateReady,
            Qt::QueuedConnection);
    connect(&m_thread, &QThread::started, m_worker, &FeedWorker::start);
    m_thread.start();
    return true;
}

void FeedHub::stop()
{
    if (!m_thread.isRunning())
        return;
    QMetaObject::invokeMethod(m_worker, &FeedWorker::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    if (!m_thread.wait(5000))
        qCWarning(lcFeed) << "feed thread did not stop within 5 s";
    m_worker = nullptr;
}

} // namespace soc
