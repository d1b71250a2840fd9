#pragma once

#include <QByteArray>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

// Tells when one of the loaded kubeconfig files changed on disk. Watches each file and its
// folder: an atomic replace (write a temporary file, rename it over the old one, as
// kubectl, the cloud CLIs and our own SafeWriter do) gives the file a new inode, which a
// watch on the file alone misses. Bursts (lock file, temporary file, rename) are debounced,
// and `changed` is emitted only when a file's content really differs from what was seen.
class KubeconfigWatcher : public QObject
{
    Q_OBJECT

public:
    explicit KubeconfigWatcher(QObject *parent = nullptr);

    void setFiles(const QStringList &files);
    QStringList files() const { return m_files; }

    void setDebounceInterval(int ms);
    int debounceInterval() const;

    // Takes the current contents as "seen" (after the app itself reloaded).
    void resetBaseline();

signals:
    // One or more of the files were created, changed or removed.
    void changed(const QStringList &files);

private:
    void onPathChanged();
    void checkNow();
    void rewatch();
    static QByteArray fingerprint(const QString &file);

    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
    QStringList m_files;
    QHash<QString, QByteArray> m_seen;
};
