#include "tools/stream_server_publisher.h"

#include "feed/envelope_decoder.h"
#include "feed/frame_codec.h"
#include "feed/stream_url.h"
#include "soc/feed/v1/envelope.pb.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

namespace soc {

Q_LOGGING_CATEGORY(lcStreamServer, "soc.feed.stream.server", QtWarningMsg)

namespace {

const int MaxEnvelopeBytes = DecodeLimits{}.maxEnvelopeBytes;

QString peerName(const QTcpSocket *socket)
{
    return QStringLiteral("%1:%2").arg(socket->peerAddress().toString()).arg(socket->peerPort());
}

QByteArray serialize(const feed::v1::Envelope &message)
{
    const std::string bytes = message.SerializeAsString();
    return QByteArray(bytes.data(), static_cast<qsizetype>(bytes.size()));
}

// Builds the TLS settings of a listening server from the URL's cert, key and optional ca.
bool loadServerTls(const QString &url, const QUrlQuery &query, QSslConfiguration *config,
                   QString *error)
{
    const QString cert = query.queryItemValue(QStringLiteral("cert"), QUrl::FullyDecoded);
    const QString key = query.queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded);
    const QString ca = query.queryItemValue(QStringLiteral("ca"), QUrl::FullyDecoded);
    if (cert.isEmpty() || key.isEmpty()) {
        *error = QStringLiteral("missing cert or key in '%1'; a TLS listener needs "
                                "tls://HOST:PORT?cert=FILE&key=FILE")
                     .arg(url);
        return false;
    }
    if (!QSslSocket::supportsSsl()) {
        *error = QStringLiteral("TLS is not available in this build of Qt (no TLS backend); "
                                "listen on tcp:// or install the OpenSSL backend");
        return false;
    }

    QList<QSslCertificate> chain;
    QSslKey privateKey;
    if (!loadCertificates(cert, QStringLiteral("cert"), &chain, error) ||
        !loadPrivateKey(key, &privateKey, error))
        return false;
    *config = QSslConfiguration::defaultConfiguration();
    config->setLocalCertificateChain(chain);
    config->setPrivateKey(privateKey);
    config->setPeerVerifyMode(QSslSocket::VerifyNone);
    if (!ca.isEmpty()) {
        QList<QSslCertificate> authorities;
        if (!loadCertificates(ca, QStringLiteral("ca"), &authorities, error))
            return false;
        config->setCaCertificates(authorities);
        config->setPeerVerifyMode(QSslSocket::VerifyPeer);
    }
    return true;
}

} // namespace

StreamServerPublisher::StreamServerPublisher(QString url, QObject *parent)
    : QObject(parent), m_url(std::move(url))
{
}

StreamServerPublisher::~StreamServerPublisher()
{
    for (QTcpSocket *socket : std::as_const(m_clients)) {
        disconnect(socket, nullptr, this, nullptr);
        socket->abort();
    }
}

bool StreamServerPublisher::open(QString *error)
{
    StreamUrl parsed;
    const QStringList known = {QStringLiteral("cert"), QStringLiteral("key"), QStringLiteral("ca")};
    if (!parseStreamUrl(m_url, known, true, &parsed, error))
        return false;
    const QHostAddress address(parsed.host);
    if (address.isNull()) {
        *error = QStringLiteral("invalid listen address '%1' in '%2'; give an IP address such as "
                                "127.0.0.1")
                     .arg(parsed.host, m_url);
        return false;
    }

    if (parsed.tls) {
        QSslConfiguration config;
        if (!loadServerTls(m_url, parsed.options, &config, error))
            return false;
        auto server = std::make_unique<QSslServer>();
        server->setSslConfiguration(config);
        server->setHandshakeTimeout(10000);
        connect(server.get(), &QSslServer::errorOccurred, this,
                [](QSslSocket *socket, QAbstractSocket::SocketError) {
                    qCWarning(lcStreamServer).noquote()
                        << "client" << peerName(socket) << "failed:" << socket->errorString();
                });
        m_server = std::move(server);
    } else if (parsed.options.hasQueryItem(QStringLiteral("cert")) ||
               parsed.options.hasQueryItem(QStringLiteral("key")) ||
               parsed.options.hasQueryItem(QStringLiteral("ca"))) {
        *error = QStringLiteral("options cert, key and ca need tls:// in '%1'").arg(m_url);
        return false;
    } else {
        m_server = std::make_unique<QTcpServer>();
    }

    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &StreamServerPublisher::acceptClients);
    if (!m_server->listen(address, parsed.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3; choose another port or stop the "
                                "program that uses it")
                     .arg(parsed.host)
                     .arg(parsed.port)
                     .arg(m_server->errorString());
        m_server.reset();
        return false;
    }
    qCInfo(lcStreamServer).noquote() << "listening on" << parsed.host << "port" << serverPort()
                                     << (parsed.tls ? "with TLS" : "without TLS");
    return true;
}

quint16 StreamServerPublisher::serverPort() const
{
    return m_server ? m_server->serverPort() : 0;
}

int StreamServerPublisher::snapshotSize() const
{
    return static_cast<int>(m_catalogs.size() + m_samples.size() + m_alerts.size());
}

void StreamServerPublisher::acceptClients()
{
    while (m_server && m_server->hasPendingConnections())
        addClient(m_server->nextPendingConnection());
}

void StreamServerPublisher::addClient(QTcpSocket *socket)
{
    socket->setParent(this);
    m_clients.append(socket);
    qCInfo(lcStreamServer).noquote()
        << "client" << peerName(socket) << "connected;" << m_clients.size() << "clients";
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] { removeClient(socket); });
    // Clients send nothing in this protocol. Any bytes they send are read and discarded so
    // that they do not pile up.
    connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    sendSnapshot(socket);
    emit clientConnected();
}

void StreamServerPublisher::removeClient(QTcpSocket *socket)
{
    if (!m_clients.removeOne(socket))
        return;
    qCInfo(lcStreamServer).noquote()
        << "client" << peerName(socket) << "disconnected;" << m_clients.size() << "clients";
    disconnect(socket, nullptr, this, nullptr);
    socket->deleteLater();
    emit clientDisconnected();
}

void StreamServerPublisher::sendSnapshot(QTcpSocket *socket)
{
    int frames = 0;
    for (const QHash<QString, CachedEnvelope> *cache : {&m_catalogs, &m_samples, &m_alerts}) {
        for (const CachedEnvelope &entry : *cache) {
            socket->write(encodeFrame(entry.bytes, true, MaxEnvelopeBytes));
            ++frames;
        }
    }
    qCDebug(lcStreamServer).noquote()
        << "sent" << frames << "snapshot frames to" << peerName(socket);
}

bool StreamServerPublisher::sendFrame(QTcpSocket *socket, const QByteArray &frame)
{
    socket->write(frame);
    if (socket->bytesToWrite() <= m_maxClientBufferBytes)
        return true;
    qCWarning(lcStreamServer).noquote()
        << "client" << peerName(socket) << "is too slow:" << socket->bytesToWrite()
        << "bytes unsent, above the limit of" << m_maxClientBufferBytes << "; disconnecting it";
    socket->abort();
    removeClient(socket);
    return false;
}

bool StreamServerPublisher::publish(const QByteArray &envelope, QString *error)
{
    if (!m_server) {
        *error = QStringLiteral("publishing to %1 before it listens").arg(m_url);
        return false;
    }
    const QByteArray frame = encodeFrame(envelope, false, MaxEnvelopeBytes);
    if (frame.isEmpty()) {
        *error = QStringLiteral("envelope of %1 bytes cannot be framed; the stream carries 1 to "
                                "%2 bytes per envelope")
                     .arg(envelope.size())
                     .arg(MaxEnvelopeBytes);
        return false;
    }

    feed::v1::Envelope message;
    if (message.ParseFromArray(envelope.constData(), static_cast<int>(envelope.size())))
        remember(message, envelope);
    else
        qCWarning(lcStreamServer) << "sending an unparsable envelope of" << envelope.size()
                                  << "bytes live only; it is not kept for the snapshot";

    // A copy, because sendFrame() may remove a client from the list.
    const QList<QTcpSocket *> clients = m_clients;
    for (QTcpSocket *socket : clients)
        sendFrame(socket, frame);
    return true;
}

void StreamServerPublisher::remember(const feed::v1::Envelope &message, const QByteArray &bytes)
{
    const QString source = QString::fromStdString(message.source());
    switch (message.body_case()) {
    case feed::v1::Envelope::kUnitCatalog:
        store(&m_catalogs, source, {bytes, 0});
        break;
    case feed::v1::Envelope::kKpiBatch:
        rememberSamples(message, bytes);
        break;
    case feed::v1::Envelope::kAlert:
        store(&m_alerts,
              source + QLatin1Char('\x1f') + QString::fromStdString(message.alert().id()),
              {bytes, 0});
        break;
    default:
        break; // heartbeats and unknown bodies are live only
    }
}

// Splits a batch into one envelope per sample, with the batch's source, sequence and send
// time, so that the snapshot keeps each (unit, indicator) whatever batches it arrived in.
void StreamServerPublisher::rememberSamples(const feed::v1::Envelope &message,
                                            const QByteArray &bytes)
{
    const QString source = QString::fromStdString(message.source());
    const auto &samples = message.kpi_batch().samples();
    feed::v1::Envelope single;
    if (samples.size() > 1) {
        single.set_source(message.source());
        single.set_sequence(message.sequence());
        single.set_sent_at(message.sent_at());
    }
    for (const feed::v1::Sample &sample : samples) {
        const QString key = source + QLatin1Char('\x1f') + QString::fromStdString(sample.unit()) +
                            QLatin1Char('\x1f') + QString::fromStdString(sample.indicator());
        if (samples.size() == 1) {
            store(&m_samples, key, {bytes, sample.observed_at()});
            continue;
        }
        *single.mutable_kpi_batch()->add_samples() = sample;
        store(&m_samples, key, {serialize(single), sample.observed_at()});
        single.mutable_kpi_batch()->clear_samples();
    }
}

// Keeps the entry unless the cached one was observed later, so that a late, older sample does
// not replace a newer one in the picture, as the dashboard's own store would not.
void StreamServerPublisher::store(QHash<QString, CachedEnvelope> *cache, const QString &key,
                                  CachedEnvelope entry)
{
    auto existing = cache->find(key);
    if (existing != cache->end()) {
        if (existing->observedAtMs <= entry.observedAtMs)
            *existing = std::move(entry);
        return;
    }
    if (snapshotSize() >= MaxSnapshotKeys) {
        if (!m_warnedSnapshotFull)
            qCWarning(lcStreamServer) << "snapshot holds" << MaxSnapshotKeys
                                      << "keys; new keys are sent live but not kept";
        m_warnedSnapshotFull = true;
        return;
    }
    cache->insert(key, std::move(entry));
}

bool StreamServerPublisher::close(int timeoutMs, QString *error)
{
    QElapsedTimer clock;
    clock.start();
    qint64 unsent = 0;
    int late = 0;
    const QList<QTcpSocket *> clients = m_clients;
    for (QTcpSocket *socket : clients) {
        while (socket->bytesToWrite() > 0) {
            const qint64 left = timeoutMs - clock.elapsed();
            if (left <= 0 || !socket->waitForBytesWritten(static_cast<int>(left)))
                break;
        }
        if (socket->bytesToWrite() > 0) {
            unsent += socket->bytesToWrite();
            ++late;
        }
        disconnect(socket, nullptr, this, nullptr);
        socket->disconnectFromHost();
    }
    m_clients.clear();
    if (m_server)
        m_server->close();
    if (late > 0) {
        *error = QStringLiteral("%1 bytes to %2 clients were not sent within %3 ms")
                     .arg(unsent)
                     .arg(late)
                     .arg(timeoutMs);
        return false;
    }
    return true;
}

} // namespace soc
