#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace soc {

// The address of a direct stream, `tcp://HOST:PORT` or `tls://HOST:PORT?OPTION=VALUE&...`, as
// both the client (StreamSource) and the server (StreamServerPublisher) read it.
struct StreamUrl
{
    QString host;
    quint16 port = 0;
    bool tls = false;
    QUrlQuery options;
};

// Parses a stream URL. Rejects, with a message that names the bad part, another scheme, a
// missing host or port, a path, and any option that is not in `knownOptions`. Port 0 is
// accepted only when `allowPortZero` is set (a server that picks a free port).
bool parseStreamUrl(const QString &url, const QStringList &knownOptions, bool allowPortZero,
                    StreamUrl *parsed, QString *error);

// Reads PEM certificates from a file: one for a certificate option, several for a CA bundle.
// `option` names the URL option in the error message.
bool loadCertificates(const QString &path, const QString &option,
                      QList<QSslCertificate> *certificates, QString *error);
// Reads an unencrypted PEM private key (RSA or EC) from a file.
bool loadPrivateKey(const QString &path, QSslKey *key, QString *error);

} // namespace soc
