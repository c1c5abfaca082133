#include "app/trend_loader.h"

#include <QFileInfo>
#include <QLoggingCategory>

namespace soc {

namespace {

Q_LOGGING_CATEGORY(lcTrends, "soc.app.trends", QtWarningMsg)

// A query runs for milliseconds, so the thread stops within this time on shutdown.
constexpr int ShutdownWaitMs = 5000;

} // namespace

void TrendWorker::open()
{
    if (!QFileInfo::exists(m_path)) {
        qCInfo(lcTrends) << "no history file at" << m_path << "; trends stay empty";
        return;
    }
    HistoryError error;
    m_opened = m_store.open(m_path, &error);
    if (!m_opened)
        qCWarning(lcTrends) << "opening history for trends failed:" << error.detail;
}

void TrendWorker::query(quint64 requestId, const TrendSeries &request, int maxPoints)
{
    TrendSeries series = request;
    series.points.clear();
    // The file may appear after the loader started, when the writer creates it.
    if (!m_opened)
        open();
    if (!m_opened) {
        series.error = QStringLiteral("history file not available: %1").arg(m_path);
        emit loaded(requestId, series);
        return;
    }

    TrendQuery query;
    query.unit = request.unit;
    query.indicator = request.indicator;
    query.fromMs = request.fromMs;
    query.toMs = request.toMs;
    query.maxPoints = maxPoints;
    HistoryError error;
    const QVector<Sample> samples = m_store.trend(query, &error);
    if (error.isError()) {
        qCWarning(lcTrends) << "trend query failed for" << request.unit << request.indicator
                            << ":" << error.detail;
        series.error = error.detail;
    }
    series.points.reserve(samples.size());
    for (const Sample &sample : samples) {
        if (const auto value = sample.displayValue())
            series.points.append({sample.observedAtMs, *value});
    }
    emit loaded(requestId, series);
}

TrendLoader::TrendLoader(const QString &historyPath, QObject *parent) : QObject(parent)
{
    m_worker = new TrendWorker(historyPath.isEmpty() ? HistoryStore::defaultPath() : historyPath);
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("soc-trends"));
    connect(&m_thread, &QThread::started, m_worker, &TrendWorker::open);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TrendWorker::loaded, this, &TrendLoader::deliver, Qt::QueuedConnection);
    m_thread.start();
}

TrendLoader::~TrendLoader()
{
    TrendWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker] { worker->close(); });
    m_thread.quit();
    if (!m_thread.wait(ShutdownWaitMs))
        qCWarning(lcTrends) << "trend thread did not stop within" << ShutdownWaitMs << "ms";
}

void TrendLoader::request(const QString &unit, const QString &indicator, qint64 fromMs,
                          qint64 toMs, int maxPoints)
{
    const quint64 id = m_nextRequestId++;
    m_latestUnit = unit;
    m_latestByIndicator.insert(indicator, id);
    TrendSeries request;
    request.unit = unit;
    request.indicator = indicator;
    request.fromMs = fromMs;
    request.toMs = toMs;
    TrendWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, id, request, maxPoints] {
        worker->query(id, request, maxPoints);
    });
}

void TrendLoader::deliver(quint64 requestId, const TrendSeries &series)
{
    if (series.unit != m_latestUnit || m_latestByIndicator.value(series.indicator) != requestId)
        return; // a newer request replaced this one
    emit trendLoaded(series);
}

} // namespace soc
