#include "KubeconfigWatcher.h"

#include "app/AppLogging.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

KubeconfigWatcher::KubeconfigWatcher(QObject *parent)
    : QObject(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &KubeconfigWatcher::checkNow);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &KubeconfigWatcher::onPathChanged);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &KubeconfigWatcher::onPathChanged);
}

void KubeconfigWatcher::setFiles(const QStringList &files)
{
    m_files.clear();
    for (const QString &file : files)
        m_files.append(QFileInfo(file).absoluteFilePath());
    m_files.removeDuplicates();
    const QStringList watched = m_watcher.files() + m_watcher.directories();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    rewatch();
    resetBaseline();
}

void KubeconfigWatcher::setDebounceInterval(int ms)
{
    m_debounce.setInterval(ms);
}

int KubeconfigWatcher::debounceInterval() const
{
    return m_debounce.interval();
}

void KubeconfigWatcher::resetBaseline()
{
    m_seen.clear();
    for (const QString &file : std::as_const(m_files))
        m_seen.insert(file, fingerprint(file));
}

void KubeconfigWatcher::onPathChanged()
{
    m_debounce.start();
}

void KubeconfigWatcher::rewatch()
{
    // A file replaced by rename drops out of the watcher; a file created later was never in
    // it. Add whatever exists now (adding a watched path again is a no-op).
    const QStringList watchedFiles = m_watcher.files();
    const QStringList watchedDirs = m_watcher.directories();
    QStringList add;
    for (const QString &file : std::as_const(m_files)) {
        const QFileInfo info(file);
        if (info.exists() && !watchedFiles.contains(file))
            add.append(file);
        const QString dir = info.absolutePath();
        if (QFileInfo(dir).isDir() && !watchedDirs.contains(dir) && !add.contains(dir))
            add.append(dir);
    }
    if (!add.isEmpty())
        m_watcher.addPaths(add);
}

void KubeconfigWatcher::checkNow()
{
    rewatch();
    QStringList changedFiles;
    for (const QString &file : std::as_const(m_files)) {
        const QByteArray now = fingerprint(file);
        if (now != m_seen.value(file)) {
            m_seen.insert(file, now);
            changedFiles.append(file);
        }
    }
    if (changedFiles.isEmpty())
        return;
    qCDebug(lcGui) << "kubeconfig changed on disk:" << changedFiles;
    emit changed(changedFiles);
}

QByteArray KubeconfigWatcher::fingerprint(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}
