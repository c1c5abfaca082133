#include "feed/mqtt_options.h"

#include <QFileInfo>
#include <QHostInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrlQuery>

namespace soc {

namespace {

bool parseEndpoint(const QString &text, quint16 defaultPort, MqttEndpoint *endpoint, QString *error)
{
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        // An IPv6 literal: [::1]:1883
        const int close = text.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = QStringLiteral("invalid broker address '%1': missing ']'").arg(text);
            return false;
        }
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':'))) {
            *error = QStringLiteral("invalid broker address '%1'; use [ADDRESS]:PORT").arg(text);
            return false;
        }
        port = rest.mid(1);
    } else if (text.contains(QLatin1Char(':'))) {
        host = text.section(QLatin1Char(':'), 0, 0);
        port = text.section(QLatin1Char(':'), 1);
    }
    if (host.isEmpty()) {
        *error = QStringLiteral("missing broker host in '%1'; use HOST:PORT").arg(text);
        return false;
    }
    endpoint->host = host;
    endpoint->port = defaultPort;
    if (port.isEmpty())
        return true;
    bool ok = false;
    const uint value = port.toUInt(&ok);
    if (!ok || value == 0 || value > 65535) {
        *error = QStringLiteral("invalid broker port '%1' in '%2'; use 1 to 65535").arg(port, text);
        return false;
    }
    endpoint->port = static_cast<quint16>(value);
    return true;
}

bool checkReadableFile(const QString &option, const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        *error = QStringLiteral("%1 file '%2' is missing or unreadable; give a readable PEM file")
                     .arg(option, path);
        return false;
    }
    return true;
}

bool applyOption(const QString &key, const QString &value, MqttOptions *options, QString *error)
{
    if (key == QLatin1String("version")) {
        if (value == QLatin1String("311") || value == QLatin1String("3.1.1"))
            options->protocolVersion = 311;
        else if (value == QLatin1String("5"))
            options->protocolVersion = 5;
        else {
            *error = QStringLiteral("invalid MQTT version '%1'; use version=311 or version=5")
                         .arg(value);
            return false;
        }
        return true;
    }
    if (key == QLatin1String("client_id")) {
        if (value.isEmpty() || value.size() > 128) {
            *error = QStringLiteral("invalid client_id '%1'; give 1 to 128 characters").arg(value);
            return false;
        }
        options->clientId = value;
        return true;
    }
    const bool tlsOption =
        key == QLatin1String("ca") || key == QLatin1String("cert") || key == QLatin1String("key");
    if (tlsOption && !options->tls) {
        *error = QStringLiteral("option %1 needs an mqtts:// URL").arg(key);
        return false;
    }
    if (key == QLatin1String("ca")) {
        if (value == QLatin1String("system")) {
            options->useSystemCertificates = true;
            return true;
        }
        options->caFile = value;
        return checkReadableFile(key, value, error);
    }
    if (key == QLatin1String("cert")) {
        options->certFile = value;
        return checkReadableFile(key, value, error);
    }
    if (key == QLatin1String("key")) {
        options->keyFile = value;
        return checkReadableFile(key, value, error);
    }
    *error = QStringLiteral("unknown MQTT option '%1'; the options are version, client_id, and "
                            "for mqtts:// ca, cert and key")
                 .arg(key);
    return false;
}

QString defaultClientId(const QString &prefix)
{
    QString host = QHostInfo::localHostName();
    if (host.isEmpty())
        host = QStringLiteral("localhost");
    return QStringLiteral("%1-%2").arg(prefix, host);
}

} // namespace

bool parseMqttUrl(const QString &url, const QString &clientIdPrefix, MqttOptions *options,
                  QString *error)
{
    *options = MqttOptions();
    QString rest;
    if (url.startsWith(QLatin1String("mqtt://"))) {
        rest = url.mid(7);
    } else if (url.startsWith(QLatin1String("mqtts://"))) {
        options->tls = true;
        rest = url.mid(8);
    } else {
        *error = QStringLiteral("'%1' is not an MQTT URL; use mqtt://HOST:PORT or "
                                "mqtts://HOST:PORT")
                     .arg(url);
        return false;
    }

    const QString query = rest.section(QLatin1Char('?'), 1);
    QString authority = rest.section(QLatin1Char('?'), 0, 0);
    if (authority.endsWith(QLatin1Char('/')))
        authority.chop(1);
    if (authority.contains(QLatin1Char('@'))) {
        *error = QStringLiteral("MQTT URLs do not carry credentials; set SOC_MQTT_USERNAME and "
                                "SOC_MQTT_PASSWORD or the [mqtt] group of %1")
                     .arg(mqttConfigFilePath());
        return false;
    }
    if (authority.contains(QLatin1Char('/'))) {
        *error = QStringLiteral("invalid MQTT URL '%1': a path is not supported; the topics are "
                                "fixed under soc/v1/")
                     .arg(url);
        return false;
    }
    const quint16 defaultPort = options->tls ? 8883 : 1883;
    for (const QString &part : authority.split(QLatin1Char(','))) {
        MqttEndpoint endpoint;
        if (!parseEndpoint(part.trimmed(), defaultPort, &endpoint, error))
            return false;
        options->endpoints.append(endpoint);
    }

    const QUrlQuery items(query);
    for (const auto &[key, value] : items.queryItems(QUrl::FullyDecoded)) {
        if (!applyOption(key, value, options, error))
            return false;
    }
    if (options->tls && options->caFile.isEmpty() && !options->useSystemCertificates) {
        *error = QStringLiteral("mqtts URL '%1' needs ca=FILE with the CA that signed the "
                                "broker certificate, or ca=system to trust the system store")
                     .arg(url);
        return false;
    }
    if (options->certFile.isEmpty() != options->keyFile.isEmpty()) {
        *error = QStringLiteral("a client certificate needs both cert=FILE and key=FILE");
        return false;
    }
    if (options->clientId.isEmpty())
        options->clientId = defaultClientId(clientIdPrefix);
    return true;
}

QString mqttConfigFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/soc-dashboard/soc-dashboard.conf");
}

bool loadMqttCredentials(MqttOptions *options, QString *error)
{
    const QString username = qEnvironmentVariable("SOC_MQTT_USERNAME");
    if (!username.isEmpty()) {
        options->username = username;
        options->password = qEnvironmentVariable("SOC_MQTT_PASSWORD");
        return true;
    }

    const QString path = mqttConfigFilePath();
    if (!QFileInfo::exists(path))
        return true;
    QSettings settings(path, QSettings::IniFormat);
    settings.beginGroup(QStringLiteral("mqtt"));
    if (settings.contains(QStringLiteral("password"))) {
        const QFile::Permissions permissions = QFileInfo(path).permissions();
        const QFile::Permissions others = QFile::ReadGroup | QFile::ReadOther;
        if (permissions & others) {
            *error = QStringLiteral("%1 contains an MQTT password and other users can read it; "
                                    "run chmod 600 %1")
                         .arg(path);
            return false;
        }
    }
    options->username = settings.value(QStringLiteral("username")).toString();
    options->password = settings.value(QStringLiteral("password")).toString();
    return true;
}

} // namespace soc
