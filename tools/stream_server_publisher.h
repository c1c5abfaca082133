#pragma once

#include "tools/envelope_publisher.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSslConfiguration>

#include <memory>

class QTcpServer;
class QTcpSocket;

namespace soc::feed::v1 {
class Envelope;
}

namespace soc {

// The server side of the direct stream: listens at `tcp://HOST:PORT` or
// `tls://HOST:PORT?cert=FILE&key=FILE[&ca=FILE]` and sends every published envelope as a live
// frame to every connected client. With `ca`, a TLS client must present a certificate that a
// CA in that file signed.
//
// It keeps the latest envelope of each key: per source, the unit catalog; each (source, unit,
// indicator) of the KPI samples, splitting a batch into one envelope per sample; each (source,
// alert id). A client that connects first receives these as snapshot frames (catalogs, then
// samples, then alerts) and then the live frames, so a dashboard gets the whole current picture
// at once. A client whose unsent data grows past maxClientBufferBytes is disconnected with a
// warning, so a slow client cannot grow memory without limit.
//
// Threading: lives on the thread that publishes, which must run a Qt event loop (or process
// events) so that clients are accepted and served. It owns the server and the client sockets.
class StreamServerPublisher : public QObject, public EnvelopePublisher
{
    Q_OBJECT

public:
    static constexpr qint64 DefaultMaxClientBufferBytes = 64 * 1024 * 1024;
    // Keys kept for the snapshot; beyond it, new keys are sent live but not kept.
    static constexpr int MaxSnapshotKeys = 500000;

    explicit StreamServerPublisher(QString url, QObject *parent = nullptr);
    ~StreamServerPublisher() override;

    bool open(QString *error) override;
    bool publish(const QByteArray &envelope, QString *error) override;
    bool close(int timeoutMs, QString *error) override;

    void setMaxClientBufferBytes(qint64 bytes) { m_maxClientBufferBytes = bytes; }
    // The port listened on, useful after listening on port 0; 0 before open().
    quint16 serverPort() const;
    int clientCount() const { return static_cast<int>(m_clients.size()); }
    int snapshotSize() const;

signals:
    void clientConnected();
    void clientDisconnected();

private:
    struct CachedEnvelope
    {
        QByteArray bytes;
        qint64 observedAtMs = 0; // of the sample; 0 for catalogs and alerts
    };

    void acceptClients();
    void addClient(QTcpSocket *socket);
    void removeClient(QTcpSocket *socket);
    bool sendFrame(QTcpSocket *socket, const QByteArray &frame);
    void sendSnapshot(QTcpSocket *socket);
    void remember(const feed::v1::Envelope &message, const QByteArray &bytes);
    void rememberSamples(const feed::v1::Envelope &message, const QByteArray &bytes);
    void store(QHash<QString, CachedEnvelope> *cache, const QString &key, CachedEnvelope entry);

    QString m_url;
    std::unique_ptr<QTcpServer> m_server;
    QList<QTcpSocket *> m_clients; // children of this publisher
    QHash<QString, CachedEnvelope> m_catalogs;
    QHash<QString, CachedEnvelope> m_samples;
    QHash<QString, CachedEnvelope> m_alerts;
    qint64 m_maxClientBufferBytes = DefaultMaxClientBufferBytes;
    bool m_warnedSnapshotFull = false;
};

} // namespace soc
