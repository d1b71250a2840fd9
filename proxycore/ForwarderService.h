#pragma once

#include "proxycore/ForwarderConfig.h"
#include "proxycore/ForwarderRequestRecord.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class ForwarderServer;

// The local noauth forwarder as the GUI and the CLI use it: start() with a configuration,
// stop(), its state, the port it listens on, the certificate authority kubectl must trust,
// and one requestFinished() per request (no secrets in it).
class ForwarderService : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Running, Failed };
    Q_ENUM(State)

    explicit ForwarderService(QObject *parent = nullptr);
    ~ForwarderService() override;

    // Creates the loopback certificate if needed, loads the upstream trust and listens.
    // On failure the state is Failed and `error` says what and where.
    bool start(const ForwarderConfig &config, QString *error = nullptr);
    // Closes the listener and every connection (streams included); the port is free after.
    void stop();

    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    const ForwarderConfig &config() const { return m_config; }
    quint16 port() const;
    // https://127.0.0.1:<port> (http mode) — what the kubeconfig's server becomes.
    QUrl localUrl() const;
    // The PEM kubectl trusts for localUrl(): the forwarder's own authority in http mode.
    QByteArray certificateAuthorityPem() const { return m_authorityPem; }
    QString certificateDir() const { return m_certificateDir; }
    int connectionCount() const;

signals:
    void stateChanged(ForwarderService::State state);
    void requestFinished(const ForwarderRequestRecord &record);

private:
    void setState(State state);

    ForwarderConfig m_config;
    QPointer<ForwarderServer> m_server;
    State m_state = State::Stopped;
    QString m_lastError;
    QByteArray m_authorityPem;
    QString m_certificateDir;
};
