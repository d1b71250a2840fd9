#pragma once

#include <QByteArray>
#include <QList>

// The certificates in PEM text, taken as kubectl takes a certificate-authority file or
// certificate-authority-data (Go's CertPool.AppendCertsFromPEM): every block named exactly
// CERTIFICATE, without headers, whose bytes are one whole X.509 certificate; any other block
// (a key, TRUSTED CERTIFICATE, a damaged one) is passed over, not an error. Read with OpenSSL's
// PEM reader, so neither Qt's TLS backend nor its memory is needed for it.
class PemCertificateReader
{
public:
    // The DER bytes of each certificate, in order.
    static QList<QByteArray> derCertificates(const QByteArray &pem);
};
