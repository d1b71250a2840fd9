#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QString>

// The certificates the forwarder trusts for its upstream, as Go (kubectl) chooses them: the
// system store, where SSL_CERT_FILE replaces the default bundle file and SSL_CERT_DIR the
// default folders (an unreadable one is a warning), plus a CA file the user named and the
// context's certificate-authority-data.
class UpstreamTrust
{
    Q_DECLARE_TR_FUNCTIONS(UpstreamTrust)

public:
    // Fails when caFile cannot be read or holds no certificate, or caPem holds none.
    static bool build(const QString &caFile, const QByteArray &caPem,
                      QList<QSslCertificate> *certificates, QString *error);

    // Client configuration verifying the peer against `certificates`.
    static QSslConfiguration clientConfiguration(const QList<QSslCertificate> &certificates);
};
