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

    // The certificates a CA file the user named and the context's certificate-authority-data
    // add; fails when the file cannot be read or either holds no certificate.
    // They are read as kubectl reads them (PemCertificateReader).
    static bool extraCertificates(const QString &caFile, const QByteArray &caPem,
                                  QList<QSslCertificate> *certificates, QString *error);
    // The same as DER bytes, without starting Qt's TLS backend (the forwarder's path).
    static bool extraCertificatesDer(const QString &caFile, const QByteArray &caPem,
                                     QList<QByteArray> *certificates, QString *error);

    // Where Go (kubectl) takes the system part from on Linux: bundle files to try in order
    // (the first readable one counts) and folders. SSL_CERT_FILE replaces the files and
    // SSL_CERT_DIR (':'-separated) the folders; what a variable named and cannot be read is a
    // warning.
    struct SystemSources
    {
        QStringList files;
        QStringList dirs;
        bool fileFromEnvironment = false;
        bool dirsFromEnvironment = false;
    };
    static SystemSources systemSources();

    // Client configuration verifying the peer against `certificates`.
    static QSslConfiguration clientConfiguration(const QList<QSslCertificate> &certificates);
};
