#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The forwarder's own TLS identity on loopback. kubectl sends credentials only over TLS
// (client-go drops the whole user entry for an http:// server), so the forwarder serves
// https://127.0.0.1:<port> with a certificate for 127.0.0.1, ::1 and localhost, signed by a
// small authority of its own. The kubeconfig trusts that authority, so renewing the server
// certificate does not touch the kubeconfig. Both keys are readable by the user only.
// Everything here is PEM checked with OpenSSL (CertificateFacts): no Qt TLS type, so
// `kubetailor proxy` never starts Qt's TLS backend.
class LoopbackCertificate
{
    Q_DECLARE_TR_FUNCTIONS(LoopbackCertificate)

public:
    // Loads the certificate from `dir`, creating (or renewing, when it expires within
    // `renewDays`) what is missing, stale or does not match. Empty `dir`: defaultDir().
    static bool ensure(const QString &dir, LoopbackCertificate *out, QString *error,
                       int renewDays = 30);
    // <application data folder>/forwarder
    static QString defaultDir();
    static QStringList hosts();

    QByteArray authorityPem() const { return m_authorityPem; }
    QByteArray certificatePem() const { return m_certificatePem; }
    QByteArray privateKeyPem() const { return m_keyPem; }
    QString directory() const { return m_dir; }
    bool renewed() const { return m_renewed; }

private:
    QByteArray m_authorityPem;
    QByteArray m_certificatePem;
    QByteArray m_keyPem;
    QString m_dir;
    bool m_renewed = false;
};
