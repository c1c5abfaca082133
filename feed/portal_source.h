#pragma once

#include "core/period.h"
#include "feed/feed_source.h"
#include "feed/portal_reader.h"
#include "feed/portal_url.h"
#include "feed/reconnect_backoff.h"

#include <QJsonObject>
#include <QTimer>
#include <QVector>

class QNetworkAccessManager;
class QNetworkReply;

namespace soc {

// `http(s)://HOST[:PORT]/api/v1/reporting/evaluation?root=ID[&period=P][&interval=S][&timeout=S]`:
// polls the National Public Service Portal's Decision 766 reporting API and delivers what it
// reads as envelopes of the source `dvcqg`.
//
// One poll sends `POST BASE/GROUP` for each of the six groups and each period, one request at a
// time. The tree groups go first because their rows list department ids with codes, and one
// PortalDirectory kept across polls maps the ids of the other groups' rows to those codes. Each
// response becomes a unit catalog and KPI batches observed at the time of the response, with
// sequence numbers that continue across polls.
//
// A request fails on a network error, a timeout, an HTTP status of 400 or above, a reply over
// PortalReader::MaxResponseBytes, invalid JSON or an error code of the portal. Each failure is
// reported through messageRejected and the state detail. The request is then retried after a
// ReconnectBackoff delay until the next poll starts. TLS verifies the server's certificate and
// host name.
//
// Threading: constructed anywhere; start(), stop() and every signal run on the thread that owns
// the source (the feed thread), where start() creates the network access manager.
class PortalSource : public FeedSource
{
    Q_OBJECT

public:
    // Rows per page requested. The portal's captured responses of 163 units came in one page of
    // 200. A response whose pagination states more pages has them fetched in the same poll.
    static constexpr int PageSize = 200;

    PortalSource(const QString &url, PortalSourceOptions options, QObject *parent = nullptr);
    ~PortalSource() override;

    // Reads a portal URL. Returns false with a message that names the bad part and the fix.
    static bool parseUrl(const QString &url, PortalSourceOptions *options, QString *error);

    // The API groups in the order of a poll: the tree groups, which map ids to codes, first.
    static QStringList groups();
    // The month, quarter and year that contain `date`.
    static QVector<Period> periodsContaining(QDate date);
    // The JSON body of one request: timeType with year and month or quarter, or fromDate and
    // toDate for handling-satisfaction, with rootDepartmentId, currentPage and pageSize.
    static QJsonObject requestPayload(const QString &group, const Period &period,
                                      const QString &rootDepartmentId, int page);

    void start() override;
    void stop() override;

signals:
    // Every request of a poll has been tried once; `succeeded` of `requests` were read. Failed
    // requests may still be retried after this, until the next poll.
    void pollFinished(int succeeded, int requests);

private:
    struct PendingRequest
    {
        QString group;
        Period period;
        int page = 1;
        quint64 poll = 0;
        bool retry = false;
    };

    void startPoll();
    void sendNext();
    void send(const PendingRequest &request);
    void checkReplySize();
    void handleFinished();
    // Reads a response and emits its envelopes. Returns false with the reason.
    bool readResponse(const PendingRequest &request, const QByteArray &body, qint64 respondedAtMs,
                      QString *error);
    void queueFurtherPages(const PendingRequest &request, const QByteArray &body);
    void handleFailure(const PendingRequest &request, const QString &reason);
    void countAttempt(const PendingRequest &request, bool succeeded);
    // Shows how many requests of the current poll succeeded, as the state and its detail.
    void showPollState();
    QUrl requestUrl(const QString &group) const;
    QString originOf(const PendingRequest &request) const;

    PortalSourceOptions m_options;
    QNetworkAccessManager *m_network = nullptr; // a child, created by start()
    QNetworkReply *m_reply = nullptr;           // the request in flight, if any
    PendingRequest m_current;
    bool m_replyTooLarge = false;
    QVector<PendingRequest> m_queue;
    PortalDirectory m_directory;
    ReconnectBackoff m_backoff;
    QTimer m_pollTimer; // children, so that moveToThread() moves them along
    QTimer m_retryTimer;
    quint64 m_sequence = 0;
    quint64 m_poll = 0;
    qint64 m_nextPollAtMs = 0;
    qint64 m_retryAtMs = 0; // no retry is sent before this time
    int m_pollRequests = 0; // requests of the current poll, pages included
    int m_pollSucceeded = 0;
    int m_firstPassRemaining = 0;
    QString m_lastError;
    bool m_running = false;
};

} // namespace soc
