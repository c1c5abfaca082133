#include "feed/portal_url.h"

#include <QRegularExpression>
#include <QSslSocket>
#include <QUrlQuery>

namespace soc {

namespace {

const QStringList KnownOptions = {QStringLiteral("root"), QStringLiteral("period"),
                                  QStringLiteral("interval"), QStringLiteral("timeout")};

bool parseSeconds(const QString &url, const QString &name, const QString &text, int minimum,
                  int maximum, int *milliseconds, QString *error)
{
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds < minimum || seconds > maximum) {
        *error = QStringLiteral("invalid %1 '%2' in '%3'; give whole seconds from %4 to %5")
                     .arg(name, text, url, QString::number(minimum), QString::number(maximum));
        return false;
    }
    *milliseconds = seconds * 1000;
    return true;
}

bool parsePeriods(const QString &url, const QString &text, QVector<Period> *periods, QString *error)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() > PortalSourceOptions::MaxPeriods) {
        *error = QStringLiteral("%1 periods in '%2', more than the limit of %3")
                     .arg(QString::number(parts.size()), url,
                          QString::number(PortalSourceOptions::MaxPeriods));
        return false;
    }
    for (const QString &part : parts) {
        const Period period = Period::parse(part.trimmed());
        if (!period.isValid() || period.granularity() == Period::Granularity::Day) {
            *error = QStringLiteral("invalid period '%1' in '%2'; give a month (2026-08), a "
                                    "quarter (2026-Q3) or a year (2026), several separated by "
                                    "commas")
                         .arg(part, url);
            return false;
        }
        if (!periods->contains(period))
            periods->append(period);
    }
    return true;
}

bool checkOptions(const QString &url, const QUrlQuery &query, QString *error)
{
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!KnownOptions.contains(key)) {
            *error = QStringLiteral("unknown option '%1' in '%2'; known options: %3")
                         .arg(key, url, KnownOptions.join(QLatin1String(", ")));
            return false;
        }
        if (query.allQueryItemValues(key).size() > 1) {
            *error = QStringLiteral("option '%1' given more than once in '%2'").arg(key, url);
            return false;
        }
        if (value.isEmpty()) {
            *error = QStringLiteral("empty value of option '%1' in '%2'").arg(key, url);
            return false;
        }
    }
    return true;
}

bool checkAddress(const QString &url, const QUrl &address, QString *error)
{
    const QString scheme = address.scheme().toLower();
    if (!address.isValid() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        *error = QStringLiteral("invalid portal URL '%1'; use https://HOST/api/v1/reporting/"
                                "evaluation?root=ID")
                     .arg(url);
        return false;
    }
    if (address.host().isEmpty()) {
        *error = QStringLiteral("missing host in '%1'; use https://HOST/api/v1/reporting/"
                                "evaluation?root=ID")
                     .arg(url);
        return false;
    }
    if (!address.userInfo().isEmpty()) {
        *error = QStringLiteral("a user name or password in '%1' is not supported; the portal's "
                                "reporting API needs none")
                     .arg(address.toDisplayString(QUrl::RemoveUserInfo));
        return false;
    }
    if (address.path().isEmpty() || address.path() == QLatin1String("/")) {
        *error = QStringLiteral("missing path in '%1'; give the reporting API's path, such as "
                                "/api/v1/reporting/evaluation")
                     .arg(url);
        return false;
    }
    if (address.hasFragment()) {
        *error = QStringLiteral("unexpected fragment '#%1' in '%2'; remove it")
                     .arg(address.fragment(), url);
        return false;
    }
    if (scheme == QLatin1String("https") && !QSslSocket::supportsSsl()) {
        *error = QStringLiteral("TLS is not available in this build of Qt (no TLS backend); "
                                "install the OpenSSL backend to poll '%1'")
                     .arg(url);
        return false;
    }
    return true;
}

// The root department id goes into a JSON body, never into a path, but a typing error is
// easier to spot as a rejected URL than as an empty response.
bool checkRoot(const QString &url, const QString &root, QString *error)
{
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    if (root.isEmpty()) {
        *error = QStringLiteral("missing root in '%1'; give the province's department id, such "
                                "as ?root=019d2be3-6a88-732b-8b17-b68020c8553a")
                     .arg(url);
        return false;
    }
    if (!idPattern.match(root).hasMatch()) {
        *error = QStringLiteral("invalid root '%1' in '%2'; a department id has 1 to 64 "
                                "letters, digits, '-', '_' or '.'")
                     .arg(root, url);
        return false;
    }
    return true;
}

} // namespace

bool parsePortalUrl(const QString &url, PortalSourceOptions *options, QString *error)
{
    const QUrl address(url, QUrl::StrictMode);
    if (!checkAddress(url, address, error))
        return false;
    const QUrlQuery query(address);
    if (!checkOptions(url, query, error))
        return false;

    PortalSourceOptions parsed;
    parsed.rootDepartmentId = query.queryItemValue(QStringLiteral("root"), QUrl::FullyDecoded);
    if (!checkRoot(url, parsed.rootDepartmentId, error))
        return false;
    const QString period = query.queryItemValue(QStringLiteral("period"), QUrl::FullyDecoded);
    if (!period.isEmpty() && !parsePeriods(url, period, &parsed.periods, error))
        return false;
    const QString interval = query.queryItemValue(QStringLiteral("interval"));
    if (!interval.isEmpty() &&
        !parseSeconds(url, QStringLiteral("interval"), interval,
                      PortalSourceOptions::MinIntervalSeconds,
                      PortalSourceOptions::MaxIntervalSeconds, &parsed.intervalMs, error))
        return false;
    const QString timeout = query.queryItemValue(QStringLiteral("timeout"));
    if (!timeout.isEmpty() &&
        !parseSeconds(url, QStringLiteral("timeout"), timeout, 1,
                      PortalSourceOptions::MaxTimeoutSeconds, &parsed.timeoutMs, error))
        return false;

    QString path = address.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    parsed.baseUrl = address.adjusted(QUrl::RemoveQuery);
    parsed.baseUrl.setPath(path);
    *options = parsed;
    return true;
}

} // namespace soc
