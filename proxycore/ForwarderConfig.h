#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <QUrl>

// Everything the local forwarder needs to run. The defaults are the product's limits.
struct ForwarderConfig
{
    enum class Mode {
        Http,        // TLS on loopback, HTTP/1.1 reverse proxy, verified TLS upstream
        Passthrough, // TCP tunnel; TLS runs end to end between kubectl and the upstream
    };

    QUrl upstream; // https://tailscale-operator.tail1234.ts.net:443
    Mode mode = Mode::Http;
    QHostAddress listenAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 listenPort = 0; // 0: any free port
    bool allowRemote = false;

    // Extra trust for the upstream, besides the system store and SSL_CERT_FILE/SSL_CERT_DIR.
    QString caFile;
    QByteArray caPem; // e.g. the context's certificate-authority-data

    // Where the loopback certificate lives; empty: the application's data folder.
    QString certificateDir;

    int maxConnections = 128;
    qsizetype maxHeadBytes = 64 * 1024;
    qsizetype streamBufferBytes = 256 * 1024; // back-pressure bound per direction
    int headTimeoutMs = 30 * 1000;            // a request head must arrive within this
    int idleTimeoutMs = 90 * 1000;            // keep-alive, nothing in flight (kubectl's own)
    int handshakeTimeoutMs = 15 * 1000;       // TLS handshake, either side
    int connectTimeoutMs = 15 * 1000;         // TCP connect + TLS handshake upstream
    int upstreamIdleMs = 60 * 1000;           // pooled upstream connection kept this long

    QString upstreamHost() const { return upstream.host(); }
    quint16 upstreamPort() const { return quint16(upstream.port(443)); }
    // "host:port", with IPv6 literals bracketed, for messages and the Host field.
    QString upstreamAuthority() const;
};
