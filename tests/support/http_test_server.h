#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QVector>

#include <algorithm>

#include <memory>

namespace soc::test {

// A minimal HTTP/1.1 server on 127.0.0.1 and a free port, for tests of HTTP clients. It reads
// one request per connection (headers and a Content-Length body), records it, sends the reply
// set for its path and closes the connection. Lives on the thread that creates it.
class HttpTestServer
{
public:
    enum class Behavior
    {
        Answer,           // status line, headers and body, then close
        NoAnswer,         // keep the connection open and send nothing
        Close,            // close the connection without a byte
        AnnounceOversize, // announce a Content-Length of `oversizeBytes`, send part, stay open
        StreamOversize,   // no Content-Length: `oversizeBytes` bytes, then close
    };

    struct Reply
    {
        Behavior behavior = Behavior::Answer;
        int status = 201;
        QByteArray reason = "Created";
        QByteArray body;
    };

    struct Request
    {
        QByteArray method;
        QByteArray path;
        QByteArray contentType;
        QByteArray body;
    };

    HttpTestServer() : m_server(std::make_unique<QTcpServer>())
    {
        QObject::connect(m_server.get(), &QTcpServer::newConnection, m_server.get(),
                         [this] { acceptConnections(); });
    }

    ~HttpTestServer() { stop(); }

    bool listen() { return m_server->listen(QHostAddress::LocalHost, m_port); }
    quint16 port() const { return m_server->serverPort(); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }

    // Stops listening and drops every open connection. listen() again reuses the port.
    void stop()
    {
        m_port = m_server->serverPort();
        m_server->close();
        for (const QPointer<QTcpSocket> &socket : std::as_const(m_sockets)) {
            if (socket)
                socket->abort();
        }
        m_sockets.clear();
    }

    void setReply(const QByteArray &path, const Reply &reply) { setReplies(path, {reply}); }
    // Replies to the requests to `path` in turn; the last one repeats.
    void setReplies(const QByteArray &path, const QVector<Reply> &replies)
    {
        m_replies.insert(path, replies);
        m_replyCounts.remove(path);
    }
    void setDefaultReply(const Reply &reply) { m_defaultReply = reply; }
    void setOversizeBytes(qint64 bytes) { m_oversizeBytes = bytes; }

    const QVector<Request> &requests() const { return m_requests; }
    QVector<Request> requestsTo(const QByteArray &path) const
    {
        QVector<Request> matching;
        for (const Request &request : m_requests) {
            if (request.path == path)
                matching.append(request);
        }
        return matching;
    }

private:
    struct Connection
    {
        QByteArray buffer;
        bool replied = false;
    };

    void acceptConnections()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_sockets.append(socket);
            auto connection = std::make_shared<Connection>();
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket, connection] { readRequest(socket, connection.get()); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    }

    void readRequest(QTcpSocket *socket, Connection *connection)
    {
        connection->buffer += socket->readAll();
        if (connection->replied)
            return;
        const qsizetype headerEnd = connection->buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = connection->buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        Request request;
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        qsizetype contentLength = 0;
        for (const QByteArray &line : lines.mid(1)) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length")
                contentLength = value.toLongLong();
            else if (name == "content-type")
                request.contentType = value;
        }
        if (connection->buffer.size() < headerEnd + 4 + contentLength)
            return;
        request.body = connection->buffer.mid(headerEnd + 4, contentLength);
        connection->replied = true;
        m_requests.append(request);
        answer(socket, nextReply(request.path));
    }

    Reply nextReply(const QByteArray &path)
    {
        const QVector<Reply> replies = m_replies.value(path);
        if (replies.isEmpty())
            return m_defaultReply;
        const int count = m_replyCounts.value(path);
        m_replyCounts.insert(path, count + 1);
        return replies.at(std::min<qsizetype>(count, replies.size() - 1));
    }

    void answer(QTcpSocket *socket, const Reply &reply)
    {
        const QByteArray statusLine =
            "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reply.reason + "\r\n";
        switch (reply.behavior) {
        case Behavior::Answer:
            socket->write(statusLine + "Content-Type: application/json; charset=utf-8\r\n" +
                          "Content-Length: " + QByteArray::number(reply.body.size()) +
                          "\r\nConnection: close\r\n\r\n" + reply.body);
            socket->disconnectFromHost();
            return;
        case Behavior::NoAnswer:
            return;
        case Behavior::Close:
            socket->abort();
            return;
        case Behavior::AnnounceOversize:
            socket->write(statusLine + "Content-Type: application/json\r\nContent-Length: " +
                          QByteArray::number(m_oversizeBytes) + "\r\n\r\n{\"code\":\"OK\"");
            return;
        case Behavior::StreamOversize:
            socket->write(statusLine +
                          "Content-Type: application/json\r\nConnection: close\r\n\r\n");
            socket->write(QByteArray(m_oversizeBytes, ' '));
            socket->disconnectFromHost();
            return;
        }
    }

    std::unique_ptr<QTcpServer> m_server;
    quint16 m_port = 0;
    QList<QPointer<QTcpSocket>> m_sockets;
    QHash<QByteArray, QVector<Reply>> m_replies;
    QHash<QByteArray, int> m_replyCounts;
    Reply m_defaultReply{Behavior::Answer, 404, "Not Found", "{\"message\":\"not found\"}"};
    qint64 m_oversizeBytes = 0;
    QVector<Request> m_requests;
};

} // namespace soc::test
