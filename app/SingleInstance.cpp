#include "SingleInstance.h"

#include "app/AppLogging.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

namespace {

const QByteArray kRaise = QByteArrayLiteral("raise\n");
const QByteArray kDone = QByteArrayLiteral("ok\n");

QString instanceName()
{
    return QStringLiteral("kubetailor");
}

} // namespace

SingleInstance::SingleInstance(const QString &runtimeDir, QObject *parent)
    : QObject(parent)
    , m_dir(runtimeDir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation)
                                 : runtimeDir)
{}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
}

QString SingleInstance::lockFilePath() const
{
    return QDir(m_dir).filePath(instanceName() + QStringLiteral(".lock"));
}

QString SingleInstance::socketPath() const
{
    return QDir(m_dir).filePath(instanceName() + QStringLiteral(".socket"));
}

Result<SingleInstance::Role> SingleInstance::start(int timeoutMs)
{
    using Started = Result<Role>;
    if (!QDir().mkpath(m_dir))
        return Started::failure(
            tr("cannot create the runtime folder %1; check its permissions").arg(m_dir));
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        m_lock = std::make_unique<QLockFile>(lockFilePath());
        // A lock left by a crashed instance is taken over: QLockFile checks that its
        // process is gone.
        if (m_lock->tryLock(0)) {
            const Status listening = listen();
            return listening ? Started::ok(Role::Primary) : Started::failure(listening.error());
        }
        if (m_lock->error() != QLockFile::LockFailedError)
            return Started::failure(
                tr("cannot create the lock file %1; check the folder's permissions")
                    .arg(lockFilePath()));
        const Status asked = askPrimaryToRaise(qMax(100, int(deadline.remainingTime())));
        if (asked)
            return Started::ok(Role::Secondary);
        if (deadline.hasExpired())
            return Started::failure(tr("another kubetailor holds %1 but does not answer on %2 "
                                       "(%3); if it hangs, end it and start again")
                                        .arg(lockFilePath(), socketPath(), asked.error()));
        QThread::msleep(100); // the first instance may still be starting
    }
}

Status SingleInstance::listen()
{
    QLocalServer::removeServer(socketPath()); // a socket file left by a crash
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketPath()))
        return Status::failure(
            tr("cannot listen on %1: %2").arg(socketPath(), m_server->errorString()));
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    qCDebug(lcGui) << "single instance listening on" << socketPath();
    return Status::success();
}

Status SingleInstance::askPrimaryToRaise(int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    if (!socket.waitForConnected(qMin(timeoutMs, 1000)))
        return Status::failure(socket.errorString());
    socket.write(kRaise);
    if (!socket.waitForBytesWritten(timeoutMs))
        return Status::failure(socket.errorString());
    const QDeadlineTimer deadline(timeoutMs);
    while (!socket.canReadLine() && !deadline.hasExpired()) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            break;
    }
    if (socket.readLine() != kDone)
        return Status::failure(tr("no answer"));
    return Status::success();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            if (socket->readLine() == kRaise) {
                qCInfo(lcGui) << "another launch asked to show the window";
                emit activationRequested();
                socket->write(kDone);
                socket->flush();
            }
            socket->disconnectFromServer();
        });
    }
}
