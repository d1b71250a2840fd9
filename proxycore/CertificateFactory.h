#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

// What a certificate should say. notBefore/notAfter may lie in the past (tests need expired
// certificates); a null notBefore means "now", a null notAfter means notBefore + 1 year.
struct CertificateRequest
{
    QString commonName;
    QStringList dnsNames;
    QList<QHostAddress> ipAddresses;
    QDateTime notBefore;
    QDateTime notAfter;
    bool certificateAuthority = false;
};

// A certificate and its private key, both PEM (the key unencrypted, PKCS#8).
struct IssuedCertificate
{
    QByteArray certificatePem;
    QByteArray privateKeyPem;

    bool isNull() const { return certificatePem.isEmpty() || privateKeyPem.isEmpty(); }
    QSslCertificate certificate() const;
    QSslKey privateKey() const;

    // The certificate is written 0644, the key 0600 (readable by the user only), each
    // atomically. An empty path skips that file.
    bool writeFiles(const QString &certificatePath, const QString &privateKeyPath,
                    QString *error) const;
};

// Creates EC P-256 certificates with OpenSSL's C API: self-signed authorities, and leaf
// certificates for servers signed by such an authority (or self-signed).
class CertificateFactory
{
    Q_DECLARE_TR_FUNCTIONS(CertificateFactory)

public:
    // `issuer` null: self-signed. On failure returns a null certificate and sets `error`.
    static IssuedCertificate create(const CertificateRequest &request,
                                    const IssuedCertificate *issuer, QString *error);

    // A self-signed authority valid from an hour ago for `validDays`.
    static IssuedCertificate createAuthority(const QString &commonName, int validDays,
                                             QString *error);

    // A server certificate for `hosts` (each a DNS name or an IP address literal), valid from
    // an hour ago for `validDays`, signed by `issuer` (self-signed when null).
    static IssuedCertificate createServer(const QStringList &hosts, int validDays,
                                          const IssuedCertificate *issuer, QString *error);

    // True when `privateKeyPem` is the private half of the key in `certificatePem`.
    static bool keyMatchesCertificate(const QByteArray &certificatePem,
                                      const QByteArray &privateKeyPem);

    // Writes `data` atomically to `path` with owner-only permissions when `privateFile`.
    static bool writePemFile(const QString &path, const QByteArray &data, bool privateFile,
                             QString *error);
};
