#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QStringList>

// What the forwarder checks of a certificate it made itself (validity, names, issuer), read
// with OpenSSL's C API. Unlike QSslCertificate this does not start Qt's TLS backend, which
// costs `kubetailor proxy` about 3 MiB of resident memory (the plugin, Qt's OpenSSL symbol
// table and error strings) it otherwise never needs: its TLS is OpenSSL's own (TlsContext).
struct CertificateFacts
{
    bool valid = false;  // false: no parseable PEM certificate; the rest is empty
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    QStringList dnsNames;
    QList<QHostAddress> ipAddresses;
    QByteArray subjectDer; // the distinguished names, DER: equal bytes, equal names
    QByteArray issuerDer;

    // The first certificate in `pem`.
    static CertificateFacts fromPem(const QByteArray &pem);
};
