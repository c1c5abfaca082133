#include "feed/stream_source.h"

#include "feed/envelope_decoder.h"
#include "feed/stream_url.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QSslSocket>

namespace soc {

Q_LOGGING_CATEGORY(lcStream, "soc.feed.stream", QtWarningMsg)

namespace {

constexpr int MaxIdleSeconds = 3600;

bool parseIdle(const QString &url, const QString &text, int *idleTimeoutMs, QString *error)
{
    bool ok = false;
    const int seconds = text.toInt(&ok);
    if (!ok || seconds < 1 || seconds > MaxIdleSeconds) {
        *error = QStringLiteral("invalid idle '%1' in '%2'; give whole seconds from 1 to %3, "
                                "above the server's heartbeat interval")
                     .arg(text, url)
                     .arg(MaxIdleSeconds);
        return false;
    }
    *idleTimeoutMs = seconds * 1000;
    return true;
}

bool loadTlsOptions(const QString &url, const QUrlQuery &query, StreamSourceOptions *options,
                    QString *error)
{
    const QString ca = query.queryItemValue(QStringLiteral("ca"), QUrl::FullyDecoded);
    const QString cert = query.queryItemValue(QStringLiteral("cert"), QUrl::FullyDecoded);
    const QString key = query.queryItemValue(QStringLiteral("key"), QUrl::FullyDecoded);
    if (!options->tls && !(ca.isEmpty() && cert.isEmpty() && key.isEmpty())) {
        *error = QStringLiteral("options ca, cert and key need tls:// in '%1'").arg(url);
        return false;
    }
    if (cert.isEmpty() != key.isEmpty()) {
        *error = QStringLiteral("give both cert and key for a client certificate in '%1'").arg(url);
        return false;
    }
    if (options->tls && !QSslSocket::supportsSsl()) {
        *error = QStringLiteral("TLS is not available in this build of Qt (no TLS backend); "
                                "use tcp:// or install the OpenSSL backend");
        return false;
    }
    if (!ca.isEmpty() &&
        !loadCertificates(ca, QStringLiteral("ca"), &options->caCertificates, error))
        return false;
    if (!cert.isEmpty()) {
        if (!loadCertificates(cert, QStringLiteral("cert"), &options->clientCertificateChain,
                              error))
            return false;
        if (!loadPrivateKey(key, &options->clientKey, error))
            return false;
    }
    return true;
}

QString formatSeconds(int milliseconds)
{
    return QLocale().toString(milliseconds / 1000.0, 'f', 1);
}

} // namespace

StreamSource::StreamSource(const QString &url, StreamSourceOptions options, QObject *parent)
    : FeedSource(url, parent), m_options(std::move(options)),
      m_reader(DecodeLimits{}.maxEnvelopeBytes), m_reconnectTimer(this), m_idleTimer(this)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &StreamSource::connectToServer);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_options.idleTimeoutMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &StreamSource::handleIdleTimeout);
}

StreamSource::~StreamSource()
{
    stop();
}

bool StreamSource::parseUrl(const QString &url, StreamSourceOptions *options, QString *error)
{
    StreamUrl parsed;
    const QStringList known = {QStringLiteral("ca"), QStringLiteral("cert"), QStringLiteral("key"),
                               QStringLiteral("idle")};
    if (!parseStreamUrl(url, known, false, &parsed, error))
        return false;
    options->host = parsed.host;
    options->port = parsed.port;
    options->tls = parsed.tls;

    const QString idle = parsed.options.queryItemValue(QStringLiteral("idle"));
    if (!idle.isEmpty() && !parseIdle(url, idle, &options->idleTimeoutMs, error))
        return false;
    return loadTlsOptions(url, parsed.options, options, error);
}

void StreamSource::start()
{
    if (m_running)
        return;
    m_running = true;
    m_backoff.reset();
    connectToServer();
}

void StreamSource::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_idleTimer.stop();
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    setState(State::Stopped);
}

QString StreamSource::endpoint() const
{
    return QStringLiteral("%1:%2").arg(m_options.host).arg(m_options.port);
}

void StreamSource::connectToServer()
{
    if (!m_running)
        return;
    m_reader.reset();
    m_sslErrors.clear();
    m_socket = new QSslSocket(this);
    connect(m_socket, &QSslSocket::readyRead, this, &StreamSource::readFrames);
    connect(m_socket, &QSslSocket::disconnected, this, &StreamSource::handleRemoteClose);
    connect(m_socket, &QSslSocket::errorOccurred, this, &StreamSource::handleSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors)
            texts.append(error.errorString());
        m_sslErrors = texts.join(QLatin1String("; "));
        qCWarning(lcStream).noquote() << url() << "rejected the server certificate:" << m_sslErrors;
    });

    // The idle timer also bounds the TCP connect and the TLS handshake.
    m_idleTimer.start();
    setState(State::Connecting, tr("Connecting to %1").arg(endpoint()));
    qCDebug(lcStream).noquote() << url() << "connecting, attempt" << m_backoff.attempt() + 1;
    if (m_options.tls) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        if (!m_options.caCertificates.isEmpty())
            config.setCaCertificates(m_options.caCertificates);
        if (!m_options.clientCertificateChain.isEmpty()) {
            config.setLocalCertificateChain(m_options.clientCertificateChain);
            config.setPrivateKey(m_options.clientKey);
        }
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        m_socket->setSslConfiguration(config);
        connect(m_socket, &QSslSocket::encrypted, this, &StreamSource::handleConnected);
        m_socket->connectToHostEncrypted(m_options.host, m_options.port);
    } else {
        connect(m_socket, &QSslSocket::connected, this, &StreamSource::handleConnected);
        m_socket->connectToHost(m_options.host, m_options.port);
    }
}

void StreamSource::handleConnected()
{
    m_idleTimer.start();
    qCInfo(lcStream).noquote() << url() << "connected" << (m_options.tls ? "with TLS" : "");
    setState(State::Connected, m_options.tls ? tr("Connected to %1, encrypted").arg(endpoint())
                                             : tr("Connected to %1").arg(endpoint()));
}

void StreamSource::handleSocketError()
{
    if (!m_sslErrors.isEmpty()) {
        dropConnection(QStringLiteral("certificate rejected: %1").arg(m_sslErrors),
                       tr("The certificate of %1 was rejected: %2. Check that the ca file of "
                          "the feed URL holds the CA that signed the server's certificate.")
                           .arg(endpoint(), m_sslErrors));
        return;
    }
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        handleRemoteClose();
        return;
    }
    dropConnection(m_socket->errorString(),
                   tr("Connection to %1 failed: %2.").arg(endpoint(), m_socket->errorString()));
}

void StreamSource::handleRemoteClose()
{
    dropConnection(QStringLiteral("the server closed the connection"),
                   tr("%1 closed the connection.").arg(endpoint()));
}

void StreamSource::handleIdleTimeout()
{
    const bool connected = state() == State::Connected;
    dropConnection(QStringLiteral("no byte for %1 ms while %2")
                       .arg(m_options.idleTimeoutMs)
                       .arg(connected ? "connected" : "connecting"),
                   connected ? tr("No data from %1 for %2 s, so the connection is presumed dead.")
                                   .arg(endpoint(), formatSeconds(m_options.idleTimeoutMs))
                             : tr("No connection to %1 within %2 s.")
                                   .arg(endpoint(), formatSeconds(m_options.idleTimeoutMs)));
}

void StreamSource::readFrames()
{
    m_idleTimer.start();
    m_reader.append(m_socket->readAll());
    const qint64 receivedAtMs = QDateTime::currentMSecsSinceEpoch();

    StreamFrame frame;
    QString error;
    while (m_socket) {
        const FrameReader::Status status = m_reader.next(&frame, &error);
        if (status == FrameReader::Status::NeedMoreData)
            return;
        if (status == FrameReader::Status::ProtocolError) {
            ++m_protocolErrors;
            dropConnection(QStringLiteral("protocol error %1: %2").arg(m_protocolErrors).arg(error),
                           tr("Invalid framing from %1, protocol error %2 on this feed: a frame "
                              "header announced an empty or oversized envelope.")
                               .arg(endpoint())
                               .arg(m_protocolErrors));
            return;
        }
        // A complete frame shows that the server works, so a later failure starts the
        // backoff afresh.
        m_backoff.reset();
        if (frame.snapshot)
            emit snapshotEnvelopeReceived(frame.envelope, QString(), receivedAtMs);
        else
            emit envelopeReceived(frame.envelope, QString(), receivedAtMs);
    }
}

void StreamSource::dropConnection(const QString &logReason, const QString &detail)
{
    m_idleTimer.stop();
    if (m_socket) {
        // Disconnected first, so that abort() does not call back into this source.
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_reader.reset();
    if (!m_running)
        return;

    const int delayMs = m_backoff.nextDelayMs();
    qCWarning(lcStream).noquote() << url() << "connection dropped, reconnecting in" << delayMs
                                  << "ms:" << logReason;
    setState(State::Failed, tr("%1 Reconnecting in %2 s.").arg(detail, formatSeconds(delayMs)));
    m_reconnectTimer.start(delayMs);
}

} // namespace soc
