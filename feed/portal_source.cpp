#include "feed/portal_source.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>

namespace soc {

Q_LOGGING_CATEGORY(lcPortal, "soc.feed.portal", QtWarningMsg)

namespace {

const QString SourceId = QStringLiteral("dvcqg");
constexpr int MaxPages = PortalReader::MaxUnits / PortalSource::PageSize;
// The portal reports for Vietnam, which keeps UTC+7 all year, so the current month, quarter
// and year are taken in that time zone.
constexpr int PortalUtcOffsetSeconds = 7 * 3600;

QString formatSeconds(qint64 milliseconds)
{
    return QLocale().toString(milliseconds / 1000.0, 'f', 1);
}

// The number of pages that a response's data.pagination states, or 1 without it.
int totalPagesOf(const QByteArray &body)
{
    if (!body.contains("\"totalPages\""))
        return 1;
    const QJsonObject pagination = QJsonDocument::fromJson(body)
                                       .object()
                                       .value(QLatin1String("data"))
                                       .toObject()
                                       .value(QLatin1String("pagination"))
                                       .toObject();
    return std::max(1, pagination.value(QLatin1String("totalPages")).toInt(1));
}

} // namespace

PortalSource::PortalSource(const QString &url, PortalSourceOptions options, QObject *parent)
    : FeedSource(url, parent), m_options(std::move(options)), m_pollTimer(this), m_retryTimer(this)
{
    m_pollTimer.setInterval(m_options.intervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &PortalSource::startPoll);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &PortalSource::sendNext);
}

PortalSource::~PortalSource()
{
    stop();
}

bool PortalSource::parseUrl(const QString &url, PortalSourceOptions *options, QString *error)
{
    return parsePortalUrl(url, options, error);
}

QStringList PortalSource::groups()
{
    return {QStringLiteral("dvc-progress-tree"),
            QStringLiteral("provide-online-tree"),
            QStringLiteral("formality-online-payment-tree"),
            QStringLiteral("dossier-digitized"),
            QStringLiteral("transparency"),
            QStringLiteral("handling-satisfaction")};
}

QVector<Period> PortalSource::periodsContaining(QDate date)
{
    return {Period::month(date.year(), date.month()),
            Period::quarter(date.year(), (date.month() - 1) / 3 + 1), Period::year(date.year())};
}

QJsonObject PortalSource::requestPayload(const QString &group, const Period &period,
                                         const QString &rootDepartmentId, int page)
{
    QJsonObject payload;
    if (group == QLatin1String("handling-satisfaction")) {
        // This endpoint takes a date range instead of timeType.
        payload.insert(QStringLiteral("fromDate"), period.start().toString(Qt::ISODate));
        payload.insert(QStringLiteral("toDate"), period.end().toString(Qt::ISODate));
    } else {
        const QDate start = period.start();
        payload.insert(QStringLiteral("year"), start.year());
        switch (period.granularity()) {
        case Period::Granularity::Month:
            payload.insert(QStringLiteral("timeType"), QStringLiteral("month"));
            payload.insert(QStringLiteral("month"), start.month());
            break;
        case Period::Granularity::Quarter:
            payload.insert(QStringLiteral("timeType"), QStringLiteral("quarter"));
            payload.insert(QStringLiteral("quarter"), (start.month() - 1) / 3 + 1);
            break;
        case Period::Granularity::Year:
        case Period::Granularity::Day: // parseUrl rejects days; a day is requested as its year
            payload.insert(QStringLiteral("timeType"), QStringLiteral("year"));
            break;
        }
    }
    payload.insert(QStringLiteral("rootDepartmentId"), rootDepartmentId);
    payload.insert(QStringLiteral("currentPage"), page);
    payload.insert(QStringLiteral("pageSize"), PageSize);
    return payload;
}

void PortalSource::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    m_backoff.reset();
    setState(State::Connecting, tr("Polling the portal at %1.").arg(m_options.baseUrl.host()));
    startPoll();
    m_pollTimer.start();
}

void PortalSource::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_retryTimer.stop();
    m_queue.clear();
    if (m_reply) {
        // Disconnected first, so that abort() does not call back into this source.
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    setState(State::Stopped);
}

void PortalSource::startPoll()
{
    if (!m_running)
        return;
    const auto unsent = std::count_if(m_queue.cbegin(), m_queue.cend(),
                                      [](const PendingRequest &request) { return !request.retry; });
    if (unsent > 0)
        qCWarning(lcPortal).noquote() << url() << "poll" << m_poll << "overran the interval;"
                                      << unsent << "requests were not sent";
    ++m_poll;
    m_nextPollAtMs = QDateTime::currentMSecsSinceEpoch() + m_options.intervalMs;
    const QVector<Period> periods =
        m_options.periods.isEmpty()
            ? periodsContaining(
                  QDateTime::currentDateTimeUtc().addSecs(PortalUtcOffsetSeconds).date())
            : m_options.periods;

    // Group by group, so that every tree response, whatever its period, maps ids first.
    m_queue.clear();
    for (const QString &group : groups()) {
        for (const Period &period : periods)
            m_queue.append({group, period, 1, m_poll, false});
    }
    m_pollRequests = m_queue.size();
    m_pollSucceeded = 0;
    m_lastError.clear();
    m_firstPassRemaining = m_queue.size();
    m_retryTimer.stop();
    qCDebug(lcPortal).noquote() << url() << "poll" << m_poll << "with" << m_queue.size()
                                << "requests";
    sendNext();
}

void PortalSource::sendNext()
{
    if (!m_running || m_reply || m_queue.isEmpty())
        return;
    // Requests of the first pass go first. Retries go one at a time, each after the backoff
    // delay of the last failure, so that an outage is probed at a bounded rate.
    for (int i = 0; i < m_queue.size(); ++i) {
        if (!m_queue.at(i).retry) {
            send(m_queue.takeAt(i));
            return;
        }
    }
    const qint64 waitMs = m_retryAtMs - QDateTime::currentMSecsSinceEpoch();
    if (waitMs > 0) {
        m_retryTimer.start(static_cast<int>(waitMs));
        return;
    }
    send(m_queue.takeFirst());
}

QUrl PortalSource::requestUrl(const QString &group) const
{
    QUrl address = m_options.baseUrl;
    address.setPath(address.path() + QLatin1Char('/') + group);
    return address;
}

QString PortalSource::originOf(const PendingRequest &request) const
{
    if (request.page > 1)
        return QStringLiteral("%1 (%2, page %3)")
            .arg(request.group, request.period.toString(), QString::number(request.page));
    return QStringLiteral("%1 (%2)").arg(request.group, request.period.toString());
}

void PortalSource::send(const PendingRequest &request)
{
    QNetworkRequest httpRequest(requestUrl(request.group));
    httpRequest.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    httpRequest.setRawHeader("Accept", "application/json");
    httpRequest.setTransferTimeout(m_options.timeoutMs);
    const QByteArray body = QJsonDocument(requestPayload(request.group, request.period,
                                                         m_options.rootDepartmentId, request.page))
                                .toJson(QJsonDocument::Compact);

    m_current = request;
    m_replyTooLarge = false;
    qCDebug(lcPortal).noquote() << "POST" << originOf(request) << (request.retry ? "again" : "");
    m_reply = m_network->post(httpRequest, body);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &PortalSource::checkReplySize);
    connect(m_reply, &QNetworkReply::downloadProgress, this, &PortalSource::checkReplySize);
    connect(m_reply, &QNetworkReply::finished, this, &PortalSource::handleFinished);
}

// Aborts a reply whose announced length or received data exceeds the reader's limit, so that
// it is never buffered whole.
void PortalSource::checkReplySize()
{
    if (!m_reply || m_replyTooLarge)
        return;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
    const qint64 buffered = m_reply->bytesAvailable();
    if (announced <= PortalReader::MaxResponseBytes && buffered <= PortalReader::MaxResponseBytes)
        return;
    m_replyTooLarge = true;
    m_reply->abort();
}

void PortalSource::handleFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->deleteLater();
    disconnect(reply, nullptr, this, nullptr);
    const PendingRequest request = m_current;
    const QString origin = originOf(request);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    QString error;
    if (m_replyTooLarge) {
        error = QStringLiteral("%1: the reply is larger than the limit of %2 bytes for one "
                               "response, so it was aborted")
                    .arg(origin, QString::number(PortalReader::MaxResponseBytes));
    } else if (status >= 400) {
        error = QStringLiteral("%1: HTTP %2 %3")
                    .arg(origin, QString::number(status),
                         reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    } else if (reply->error() == QNetworkReply::OperationCanceledError ||
               reply->error() == QNetworkReply::TimeoutError) {
        // Besides the size check above, only the transfer timeout cancels a request, because
        // stop() disconnects the reply before it aborts it.
        error = QStringLiteral("%1: timed out, no data for %2 s; raise timeout= in the feed URL "
                               "if the portal is slow")
                    .arg(origin, QString::number(m_options.timeoutMs / 1000));
    } else if (reply->error() != QNetworkReply::NoError) {
        error = QStringLiteral("%1: %2").arg(origin, reply->errorString());
    } else if (status < 200 || status >= 300) {
        error = QStringLiteral("%1: unexpected HTTP status %2; expected 200 or 201")
                    .arg(origin, QString::number(status));
    } else {
        const QByteArray body = reply->readAll();
        if (readResponse(request, body, QDateTime::currentMSecsSinceEpoch(), &error))
            queueFurtherPages(request, body);
    }

    if (error.isEmpty()) {
        m_backoff.reset();
        countAttempt(request, true);
    } else {
        handleFailure(request, error);
    }
    // Queued, so that a reply aborted inside one of its own signals is not replaced there.
    QMetaObject::invokeMethod(this, &PortalSource::sendNext, Qt::QueuedConnection);
}

bool PortalSource::readResponse(const PendingRequest &request, const QByteArray &body,
                                qint64 respondedAtMs, QString *error)
{
    PortalReport report;
    const PortalRequest portalRequest{request.period, respondedAtMs};
    if (!PortalReader::read(body, originOf(request), portalRequest, &m_directory, &report, error))
        return false;
    if (!report.warnings.isEmpty())
        qCInfo(lcPortal).noquote()
            << originOf(request) << report.warnings.size()
            << "rows or metrics left out; the first:" << report.warnings.first();
    const std::vector<QByteArray> envelopes =
        portalEnvelopes(report, SourceId, respondedAtMs, &m_sequence);
    qCDebug(lcPortal).noquote() << originOf(request) << "responded:" << report.group << "group,"
                                << report.units.size() << "units," << report.samples.size()
                                << "samples," << envelopes.size() << "envelopes";
    for (const QByteArray &envelope : envelopes)
        emit envelopeReceived(envelope, SourceId, respondedAtMs);
    return true;
}

void PortalSource::queueFurtherPages(const PendingRequest &request, const QByteArray &body)
{
    if (request.page != 1)
        return;
    const int pages = std::min(totalPagesOf(body), MaxPages);
    if (pages <= 1)
        return;
    // Right after this request, so that its pages arrive together.
    for (int page = pages; page >= 2; --page)
        m_queue.prepend({request.group, request.period, page, request.poll, false});
    if (request.poll == m_poll) {
        m_pollRequests += pages - 1;
        m_firstPassRemaining += pages - 1;
    }
}

void PortalSource::handleFailure(const PendingRequest &request, const QString &reason)
{
    // The reason comes first, so that it stays visible where the Feeds page cuts long texts.
    const QString error =
        QStringLiteral("%1; POST %2").arg(reason, requestUrl(request.group).toDisplayString());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_lastError = error;
    emit messageRejected(SourceId, error, now);

    const int delayMs = m_backoff.nextDelayMs();
    const bool retry = m_running && request.poll == m_poll && now + delayMs < m_nextPollAtMs;
    if (retry) {
        PendingRequest again = request;
        again.retry = true;
        m_queue.append(again);
        m_retryAtMs = now + delayMs;
        qCWarning(lcPortal).noquote()
            << QStringLiteral("%1; retrying in %2 ms").arg(error, QString::number(delayMs));
    } else {
        qCWarning(lcPortal).noquote()
            << QStringLiteral("%1; not retried before the next poll").arg(error);
    }

    // During the first pass the detail names each failure. After it, the detail keeps the
    // poll's count of successful requests with the last error.
    if (!request.retry) {
        setState(state(), retry ? tr("A portal request failed, retrying in %1 s: %2")
                                      .arg(formatSeconds(delayMs), error)
                                : tr("A portal request failed, to be sent again at the next "
                                     "poll: %1")
                                      .arg(error));
    }
    countAttempt(request, false);
    if (request.retry && request.poll == m_poll && m_firstPassRemaining == 0)
        showPollState();
}

void PortalSource::countAttempt(const PendingRequest &request, bool succeeded)
{
    if (request.poll != m_poll)
        return;
    if (succeeded)
        ++m_pollSucceeded;
    if (!request.retry) {
        --m_firstPassRemaining;
        if (m_firstPassRemaining == 0) {
            showPollState();
            emit pollFinished(m_pollSucceeded, m_pollRequests);
        }
    } else if (succeeded && m_firstPassRemaining == 0) {
        showPollState();
    }
}

void PortalSource::showPollState()
{
    const QString host = m_options.baseUrl.host();
    if (m_pollSucceeded == 0) {
        qCWarning(lcPortal).noquote()
            << QStringLiteral("%1 poll %2: none of %3 requests succeeded")
                   .arg(url(), QString::number(m_poll), QString::number(m_pollRequests));
        setState(State::Failed, tr("None of %1 requests to the portal at %2 succeeded. "
                                   "Last error: %3")
                                    .arg(QString::number(m_pollRequests), host, m_lastError));
    } else if (m_pollSucceeded < m_pollRequests) {
        qCInfo(lcPortal).noquote()
            << QStringLiteral("%1 poll %2: %3 of %4 requests succeeded")
                   .arg(url(), QString::number(m_poll), QString::number(m_pollSucceeded),
                        QString::number(m_pollRequests));
        setState(State::Connected, tr("%1 of %2 requests to the portal at %3 succeeded. Last "
                                      "error: %4")
                                       .arg(QString::number(m_pollSucceeded),
                                            QString::number(m_pollRequests), host, m_lastError));
    } else {
        qCInfo(lcPortal).noquote()
            << QStringLiteral("%1 poll %2: all %3 requests succeeded")
                   .arg(url(), QString::number(m_poll), QString::number(m_pollRequests));
        setState(State::Connected, tr("All %1 requests to the portal at %2 succeeded; polling "
                                      "every %3 s.")
                                       .arg(QString::number(m_pollRequests), host,
                                            QString::number(m_options.intervalMs / 1000)));
    }
}

} // namespace soc
