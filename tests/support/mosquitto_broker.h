#pragma once

#include <QFile>
#include <QProcess>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

namespace soc::test {

// A real Mosquitto broker for integration tests, listening on 127.0.0.1 only. Its
// configuration, persistence file, log and certificates live in a temporary directory. With
// persistence saved on every change, sessions and queued QoS 1 messages survive kill() and a
// start() on the same port. Not thread-safe; use from the test thread.
class MosquittoBroker
{
public:
    MosquittoBroker() = default;
    MosquittoBroker(const MosquittoBroker &) = delete;
    MosquittoBroker &operator=(const MosquittoBroker &) = delete;
    ~MosquittoBroker() { kill(); }

    // Generates a CA, a server certificate for IP 127.0.0.1 and a client certificate with the
    // openssl command, plus an unrelated CA, and adds a TLS listener. Call before start().
    bool enableTls(QString *error)
    {
        if (!run(QStringLiteral("openssl"), caArguments(QStringLiteral("ca")), error) ||
            !run(QStringLiteral("openssl"), caArguments(QStringLiteral("other-ca")), error) ||
            !signCertificate(QStringLiteral("server"),
                             QStringLiteral("subjectAltName=IP:127.0.0.1"), error) ||
            !signCertificate(QStringLiteral("client"),
                             QStringLiteral("extendedKeyUsage=clientAuth"), error))
            return false;
        m_tlsPort = freePort();
        return true;
    }

    // Requires this user name and password from every client. Call before start().
    bool requirePassword(const QString &user, const QString &password, QString *error)
    {
        m_passwordFile = path(QStringLiteral("passwords"));
        return run(QStringLiteral("mosquitto_passwd"),
                   {QStringLiteral("-c"), QStringLiteral("-b"), m_passwordFile, user, password},
                   error);
    }

    // Starts the broker, on the same ports as before after a kill(), and waits until it
    // accepts connections.
    bool start(QString *error)
    {
        if (!m_dir.isValid()) {
            *error = QStringLiteral("cannot create a temporary directory");
            return false;
        }
        if (m_port == 0)
            m_port = freePort();
        if (!writeConfig(error))
            return false;
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.setStandardOutputFile(path(QStringLiteral("mosquitto.out")), QIODevice::Append);
        m_process.start(QStringLiteral("/usr/sbin/mosquitto"),
                        {QStringLiteral("-c"), path(QStringLiteral("mosquitto.conf"))});
        if (!m_process.waitForStarted(5000)) {
            *error =
                QStringLiteral("cannot start /usr/sbin/mosquitto: %1").arg(m_process.errorString());
            return false;
        }
        for (int attempt = 0; attempt < 100; ++attempt) {
            if (accepts(m_port) && (m_tlsPort == 0 || accepts(m_tlsPort)))
                return true;
            if (m_process.state() != QProcess::Running)
                break;
            QThread::msleep(50);
        }
        *error = QStringLiteral("mosquitto did not accept connections on 127.0.0.1:%1; log: %2")
                     .arg(m_port)
                     .arg(QString::fromUtf8(log()));
        return false;
    }

    // Kills the broker with SIGKILL, as a crash would, and waits for it to exit.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    // Picks the port that start() will listen on, so that a client can be pointed at a broker
    // that is not running yet. The port is free when picked, but another process may take it
    // before start().
    quint16 reservePort()
    {
        if (m_port == 0)
            m_port = freePort();
        return m_port;
    }

    quint16 port() const { return m_port; }
    quint16 tlsPort() const { return m_tlsPort; }
    QString url() const { return QStringLiteral("mqtt://127.0.0.1:%1").arg(m_port); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray log() const
    {
        QFile file(path(QStringLiteral("mosquitto.log")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private:
    static quint16 freePort()
    {
        QTcpServer server;
        server.listen(QHostAddress::LocalHost, 0);
        return server.serverPort();
    }

    static bool accepts(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        return socket.waitForConnected(200);
    }

    QStringList caArguments(const QString &name) const
    {
        return {QStringLiteral("req"),
                QStringLiteral("-x509"),
                QStringLiteral("-newkey"),
                QStringLiteral("ec"),
                QStringLiteral("-pkeyopt"),
                QStringLiteral("ec_paramgen_curve:prime256v1"),
                QStringLiteral("-nodes"),
                QStringLiteral("-days"),
                QStringLiteral("2"),
                QStringLiteral("-subj"),
                QStringLiteral("/CN=SOC test %1").arg(name),
                QStringLiteral("-keyout"),
                path(name + QStringLiteral(".key")),
                QStringLiteral("-out"),
                path(name + QStringLiteral(".crt"))};
    }

    bool signCertificate(const QString &name, const QString &extension, QString *error) const
    {
        const QString extensionFile = path(name + QStringLiteral(".ext"));
        QFile file(extensionFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(extension.toUtf8() + '\n') < 0) {
            *error = QStringLiteral("cannot write %1").arg(extensionFile);
            return false;
        }
        file.close();
        const QString csr = path(name + QStringLiteral(".csr"));
        return run(QStringLiteral("openssl"),
                   {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                    QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                    QStringLiteral("-nodes"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
                    path(name + QStringLiteral(".key")), QStringLiteral("-out"), csr},
                   error) &&
               run(QStringLiteral("openssl"),
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                    QStringLiteral("-CA"), path(QStringLiteral("ca.crt")), QStringLiteral("-CAkey"),
                    path(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                    extensionFile, QStringLiteral("-out"), path(name + QStringLiteral(".crt"))},
                   error);
    }

    static bool run(const QString &program, const QStringList &arguments, QString *error)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(20000) || process.exitCode() != 0) {
            *error = QStringLiteral("%1 %2 failed: %3 %4")
                         .arg(program, arguments.join(QLatin1Char(' ')), process.errorString(),
                              QString::fromUtf8(process.readAll()));
            return false;
        }
        return true;
    }

    bool writeConfig(QString *error) const
    {
        QStringList lines{
            // Only applies when the tests run as root: keeps the user that owns the directory.
            QStringLiteral("user %1").arg(qEnvironmentVariable("USER", QStringLiteral("root"))),
            QStringLiteral("persistence true"),
            QStringLiteral("persistence_location %1/").arg(m_dir.path()),
            QStringLiteral("autosave_on_changes true"),
            QStringLiteral("autosave_interval 1"),
            QStringLiteral("max_queued_messages 0"),
            QStringLiteral("log_dest file %1").arg(path(QStringLiteral("mosquitto.log"))),
            QStringLiteral("log_type error"),
            QStringLiteral("log_type warning"),
            QStringLiteral("log_type notice"),
            QStringLiteral("listener %1 127.0.0.1").arg(m_port),
        };
        lines.append(m_passwordFile.isEmpty()
                         ? QStringLiteral("allow_anonymous true")
                         : QStringLiteral("password_file %1").arg(m_passwordFile));
        if (m_tlsPort != 0) {
            lines += {QStringLiteral("listener %1 127.0.0.1").arg(m_tlsPort),
                      QStringLiteral("cafile %1").arg(path(QStringLiteral("ca.crt"))),
                      QStringLiteral("certfile %1").arg(path(QStringLiteral("server.crt"))),
                      QStringLiteral("keyfile %1").arg(path(QStringLiteral("server.key")))};
        }
        QFile file(path(QStringLiteral("mosquitto.conf")));
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n') < 0) {
            *error = QStringLiteral("cannot write %1").arg(file.fileName());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    quint16 m_tlsPort = 0;
    QString m_passwordFile;
};

} // namespace soc::test
