#include "tools/envelope_publisher.h"

#include "tools/mqtt_publisher.h"
#include "tools/stream_server_publisher.h"

#include "soc/feed/v1/envelope.pb.h"

#include <QFile>

#include <google/protobuf/util/json_util.h>

namespace soc {

namespace {

// Writes JSON Lines, one envelope a line, to a file or to standard output.
class JsonLinesPublisher : public EnvelopePublisher
{
public:
    explicit JsonLinesPublisher(QString path) : m_path(std::move(path)) {}

    bool open(QString *error) override
    {
        const bool opened = m_path == QLatin1String("-")
                                ? m_file.open(stdout, QIODevice::WriteOnly)
                                : (m_file.setFileName(m_path), m_file.open(QIODevice::WriteOnly));
        if (!opened)
            *error = QStringLiteral("cannot write %1: %2").arg(m_path, m_file.errorString());
        return opened;
    }

    bool publish(const QByteArray &envelope, QString *error) override
    {
        QByteArray line = envelopeToJsonLine(envelope, error);
        if (line.isEmpty())
            return false;
        line.append('\n');
        if (m_file.write(line) != line.size()) {
            *error = QStringLiteral("writing %1 failed: %2").arg(m_path, m_file.errorString());
            return false;
        }
        return true;
    }

    bool close(int, QString *error) override
    {
        const bool flushed = m_file.flush();
        if (!flushed)
            *error = QStringLiteral("writing %1 failed: %2").arg(m_path, m_file.errorString());
        m_file.close();
        return flushed;
    }

private:
    QString m_path;
    QFile m_file;
};

} // namespace

std::unique_ptr<EnvelopePublisher> createPublisher(const QString &url, QString *error)
{
    const QString scheme = url.section(QLatin1Char(':'), 0, 0).toLower();
    if (scheme == QLatin1String("mqtt") || scheme == QLatin1String("mqtts"))
        return std::make_unique<MqttPublisher>(url);
    if (scheme == QLatin1String("tcp") || scheme == QLatin1String("tls"))
        return std::make_unique<StreamServerPublisher>(url);
    if (url.contains(QLatin1String("://")) || url.startsWith(QLatin1String("demo:"))) {
        *error = QStringLiteral("unsupported destination '%1'; give a JSON Lines file path or - "
                                "for standard output")
                     .arg(url);
        Q_UNUSED(scheme);
        return nullptr;
    }
    return std::make_unique<JsonLinesPublisher>(url);
}

QByteArray envelopeToJsonLine(const QByteArray &envelope, QString *error)
{
    feed::v1::Envelope message;
    if (!message.ParseFromArray(envelope.constData(), static_cast<int>(envelope.size()))) {
        *error = QStringLiteral("not a soc.feed.v1.Envelope (%1 bytes)").arg(envelope.size());
        return {};
    }
    std::string json;
    google::protobuf::util::JsonPrintOptions options;
    const auto status = google::protobuf::util::MessageToJsonString(message, &json, options);
    if (!status.ok()) {
        *error = QString::fromStdString(status.ToString());
        return {};
    }
    return QByteArray(json.data(), static_cast<qsizetype>(json.size()));
}

bool envelopeFromJsonLine(const QByteArray &line, QByteArray *envelope, QString *error)
{
    feed::v1::Envelope message;
    const auto status = google::protobuf::util::JsonStringToMessage(
        std::string(line.constData(), static_cast<size_t>(line.size())), &message);
    if (!status.ok()) {
        *error = QString::fromStdString(std::string(status.message()));
        return false;
    }
    const std::string bytes = message.SerializeAsString();
    *envelope = QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
    return true;
}

} // namespace soc
