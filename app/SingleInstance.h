#pragma once

#include "kubeconfig/Result.h"

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

// One desktop app per user: the first instance holds a lock file and listens on a local
// socket in the runtime folder; a second launch finds the lock taken, asks the first one to
// raise its window through the socket, and exits.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Role {
        Primary,   // this process is the only instance and listens for others
        Secondary, // another instance runs and was asked to show its window
    };

    // `runtimeDir` empty: the user's runtime folder ($XDG_RUNTIME_DIR, or Qt's fallback).
    explicit SingleInstance(const QString &runtimeDir = QString(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // Waits at most `timeoutMs` for a starting first instance to begin listening. Fails
    // (saying why) when it is neither; the app then runs on its own.
    Result<Role> start(int timeoutMs = 3000);

    QString lockFilePath() const;
    QString socketPath() const;

signals:
    // Another launch asked this instance to show its window.
    void activationRequested();

private:
    Status listen();
    Status askPrimaryToRaise(int timeoutMs);
    void onNewConnection();

    QString m_dir;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer *m_server = nullptr;
};
