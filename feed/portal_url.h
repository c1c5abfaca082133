#pragma once

#include "core/period.h"

#include <QString>
#include <QUrl>
#include <QVector>

namespace soc {

// Polling settings of the portal, read from its URL by parsePortalUrl.
struct PortalSourceOptions
{
    static constexpr int DefaultIntervalSeconds = 900;
    static constexpr int MinIntervalSeconds = 10;
    static constexpr int MaxIntervalSeconds = 7 * 24 * 3600;
    static constexpr int DefaultTimeoutSeconds = 30;
    static constexpr int MaxTimeoutSeconds = 600;
    static constexpr int MaxPeriods = 12;

    QUrl baseUrl;             // scheme, host, port and path of the API, without the query
    QString rootDepartmentId; // the province's id, sent as rootDepartmentId
    QVector<Period> periods;  // empty: the current month, quarter and year at each poll
    int intervalMs = DefaultIntervalSeconds * 1000;
    int timeoutMs =
        DefaultTimeoutSeconds * 1000; // without a byte received for this long, a request fails
};

// Reads `http(s)://HOST[:PORT]/PATH?root=ID[&period=P][&interval=S][&timeout=S]`. Returns false
// with a message that names the bad part and the fix.
bool parsePortalUrl(const QString &url, PortalSourceOptions *options, QString *error);

} // namespace soc
