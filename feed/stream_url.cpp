#include "feed/stream_url.h"

#include <QFile>
#include <QUrl>

namespace soc {

bool parseStreamUrl(const QString &url, const QStringList &knownOptions, bool allowPortZero,
                    StreamUrl *parsed, QString *error)
{
    const QUrl address(url, QUrl::StrictMode);
    const QString scheme = address.scheme().toLower();
    if (!address.isValid() || (scheme != QLatin1String("tcp") && scheme != QLatin1String("tls"))) {
        *error = QStringLiteral("invalid stream URL '%1'; use tcp://HOST:PORT or "
                                "tls://HOST:PORT?ca=FILE")
                     .arg(url);
        return false;
    }
    if (address.host().isEmpty()) {
        *error = QStringLiteral("missing host in '%1'; use tcp://HOST:PORT, such as "
                                "tcp://127.0.0.1:7070")
                     .arg(url);
        return false;
    }
    const int port = address.port(-1);
    if (port < 0 || (port == 0 && !allowPortZero)) {
        *error =
            QStringLiteral("missing or invalid port in '%1'; give a port from 1 to 65535").arg(url);
        return false;
    }
    if (!address.path().isEmpty() && address.path() != QLatin1String("/")) {
        *error = QStringLiteral("unexpected path '%1' in '%2'; a stream URL has only a host, a "
                                "port and options")
                     .arg(address.path(), url);
        return false;
    }

    const QUrlQuery options(address);
    for (const auto &[key, value] : options.queryItems(QUrl::FullyDecoded)) {
        if (!knownOptions.contains(key)) {
            *error = QStringLiteral("unknown option '%1' in '%2'; known options: %3")
                         .arg(key, url, knownOptions.join(QLatin1String(", ")));
            return false;
        }
        if (value.isEmpty()) {
            *error = QStringLiteral("empty value of option '%1' in '%2'").arg(key, url);
            return false;
        }
    }

    parsed->host = address.host();
    parsed->port = static_cast<quint16>(port);
    parsed->tls = scheme == QLatin1String("tls");
    parsed->options = options;
    return true;
}

bool loadCertificates(const QString &path, const QString &option,
                      QList<QSslCertificate> *certificates, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1 file %2: %3").arg(option, path, file.errorString());
        return false;
    }
    *certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates->isEmpty()) {
        *error = QStringLiteral("no PEM certificate in %1 file %2; give a file with "
                                "-----BEGIN CERTIFICATE----- blocks")
                     .arg(option, path);
        return false;
    }
    return true;
}

bool loadPrivateKey(const QString &path, QSslKey *key, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read key file %1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray pem = file.readAll();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        const QSslKey candidate(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!candidate.isNull()) {
            *key = candidate;
            return true;
        }
    }
    *error = QStringLiteral("no unencrypted PEM RSA or EC private key in key file %1").arg(path);
    return false;
}

} // namespace soc
