#pragma once

#include <QString>
#include <QVector>

namespace soc {

// One broker address of an MQTT URL.
struct MqttEndpoint
{
    QString host;
    quint16 port = 0;
};

// Connection settings of an mqtt:// or mqtts:// URL, plus the credentials that come from the
// environment or the configuration file (never from the URL, so that URLs can be logged).
struct MqttOptions
{
    bool tls = false;
    QVector<MqttEndpoint> endpoints; // brokers of one cluster, tried in turn
    int protocolVersion = 311;       // 311 (MQTT 3.1.1) or 5
    QString clientId;
    QString caFile; // empty with useSystemCertificates
    bool useSystemCertificates = false;
    QString certFile; // client certificate, with keyFile
    QString keyFile;
    QString username; // empty: connect without credentials
    QString password;
    int keepAliveSeconds = 30;
};

// Parses `mqtt://HOST:PORT[,HOST:PORT...][?version=311|5&client_id=ID]` and, for mqtts://,
// `ca=FILE|system`, `cert=FILE` and `key=FILE`. `clientIdPrefix` makes the default client id
// `<prefix>-<hostname>`. Returns false with a message that names the bad value and the fix.
bool parseMqttUrl(const QString &url, const QString &clientIdPrefix, MqttOptions *options,
                  QString *error);

// Fills username and password from SOC_MQTT_USERNAME and SOC_MQTT_PASSWORD, or else from the
// [mqtt] group of $XDG_CONFIG_HOME/soc-dashboard/soc-dashboard.conf. Rejects a configuration
// file with a password that users other than its owner can read.
bool loadMqttCredentials(MqttOptions *options, QString *error);

// The path of the configuration file that loadMqttCredentials() reads.
QString mqttConfigFilePath();

} // namespace soc
