#pragma once

#include "feed/feed_source.h"
#include "feed/frame_codec.h"
#include "feed/reconnect_backoff.h"

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QTimer>

class QSslSocket;

namespace soc {

// Connection settings of a direct stream, read from its URL by StreamSource::parseUrl.
struct StreamSourceOptions
{
    QString host;
    quint16 port = 0;
    bool tls = false;
    QList<QSslCertificate> caCertificates; // empty: the system's trusted CAs
    QList<QSslCertificate> clientCertificateChain;
    QSslKey clientKey;
    int idleTimeoutMs = 30000;
};

// `tcp://HOST:PORT[?idle=SECONDS]` and `tls://HOST:PORT[?ca=FILE&cert=FILE&key=FILE&idle=S]`: a
// client of the direct stream (see frame_codec.h for the framing). Over TLS it verifies the
// server's certificate and host name against the CAs in `ca` (the system's CAs without it) and
// presents a client certificate when `cert` and `key` are given.
//
// Live frames go out through envelopeReceived and snapshot frames through
// snapshotEnvelopeReceived. After a disconnect, a socket or TLS error, a protocol error or
// `idle` seconds without a byte (a half-open connection), it drops the socket and reconnects
// after a ReconnectBackoff delay. Lives on the feed thread like every FeedSource and never
// blocks it; the socket is a child created for each attempt.
class StreamSource : public FeedSource
{
    Q_OBJECT

public:
    StreamSource(const QString &url, StreamSourceOptions options, QObject *parent = nullptr);
    ~StreamSource() override;

    // Reads a stream URL and the certificate and key files it names. Returns false with a
    // message that names the bad part.
    static bool parseUrl(const QString &url, StreamSourceOptions *options, QString *error);

    void start() override;
    void stop() override;

    // Streams dropped because of invalid framing, since construction. Each is also shown in
    // the connection detail.
    quint64 protocolErrors() const { return m_protocolErrors; }

private:
    void connectToServer();
    void handleConnected();
    void handleSocketError();
    void handleRemoteClose();
    void handleIdleTimeout();
    void readFrames();
    // Discards the socket and schedules the next attempt. `logReason` is the technical cause in
    // English for the log, `detail` the translated one for the user.
    void dropConnection(const QString &logReason, const QString &detail);
    QString endpoint() const;

    StreamSourceOptions m_options;
    QSslSocket *m_socket = nullptr; // a child of this source, replaced on every attempt
    FrameReader m_reader;
    ReconnectBackoff m_backoff;
    QTimer m_reconnectTimer; // children, so that moveToThread() moves them along
    QTimer m_idleTimer;
    QString m_sslErrors; // certificate errors of the current handshake, for the detail
    quint64 m_protocolErrors = 0;
    bool m_running = false;
};

} // namespace soc
