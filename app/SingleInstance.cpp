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

SingleInstance::Role SingleInstance::start(QString *error, int timeoutMs)
{
    if (!QDir().mkpath(m_dir)) {
        *error = tr("cannot create the runtime folder %1; check its permissions").arg(m_dir);
        return Role::Failed;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (true) {
        m_lock = std::make_unique<QLockFile>(lockFilePath());
        // A lock left by a crashed instance is taken over: QLockFile checks that its
        // process is gone.
        if (m_lock->tryLock(0))
            return listen(error) ? Role::Primary : Role::Failed;
        if (m_lock->error() != QLockFile::LockFailedError) {
            *error = tr("cannot create the lock file %1; check the folder's permissions")
                         .arg(lockFilePath());
            return Role::Failed;
        }
        QString askError;
        if (askPrimaryToRaise(qMax(100, int(deadline.remainingTime())), &askError))
            return Role::Secondary;
        if (deadline.hasExpired()) {
            *error = tr("another kubetailor holds %1 but does not answer on %2 (%3); if it "
                        "hangs, end it and start again")
                         .arg(lockFilePath(), socketPath(), askError);
            return Role::Failed;
        }
        QThread::msleep(100); // the first instance may still be starting
    }
}

bool SingleInstance::listen(QString *error)
{
    QLocalServer::removeServer(socketPath()); // a socket file left by a crash
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(socketPath())) {
        *error = tr("cannot listen on %1: %2").arg(socketPath(), m_server->errorString());
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    qCDebug(lcGui) << "single instance listening on" << socketPath();
    return true;
}

bool SingleInstance::askPrimaryToRaise(int timeoutMs, QString *error)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath());
    if (!socket.waitForConnected(qMin(timeoutMs, 1000))) {
        *error = socket.errorString();
        return false;
    }
    socket.write(kRaise);
    if (!socket.waitForBytesWritten(timeoutMs)) {
        *error = socket.errorString();
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    while (!socket.canReadLine() && !deadline.hasExpired()) {
        if (!socket.waitForReadyRead(int(deadline.remainingTime())))
            break;
    }
    if (socket.readLine() != kDone) {
        *error = tr("no answer");
        return false;
    }
    return true;
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
