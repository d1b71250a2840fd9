#pragma once

#include <QByteArray>
#include <QString>

struct x509_store_st;

// The forwarder's upstream trust (UpstreamTrust's rules: Go's system store, SSL_CERT_FILE,
// SSL_CERT_DIR, a CA file, certificate-authority-data) put into the one OpenSSL store of the
// upstream TLS context, without a Qt certificate in between. Where the system folder is hashed
// (c_rehash names, as update-ca-certificates keeps /etc/ssl/certs on Debian and Ubuntu), the
// folder becomes a lookup: OpenSSL reads a CA from it only when a verification asks for that
// subject, instead of the whole store (about 140 certificates, ~6 MiB of heap) being parsed at
// start. A bundle file (SSL_CERT_FILE, or the system's where no hashed folder stands in for it)
// is read whole, but only the first time a verification asks for a subject the store does not
// hold: an upstream verified by its own CA never reads it. A plain folder SSL_CERT_DIR names is
// read at once, as Go does. Lookups run on the thread that uses the store.
class UpstreamTrustStore
{
public:
    // Fails (with `error`) as UpstreamTrust::extraCertificates does; the system part only warns.
    static bool fill(x509_store_st *store, const QString &caFile, const QByteArray &caPem,
                     QString *error);
};
