#pragma once

// Puts the kubeconfig fixtures (tests/fixtures/kubeconfigs) where a test's kubetailor reads
// them: copies under the temporary HOME that run-test.sh made, mode 0600 like a real one.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <QtGlobal>

namespace FixtureKubeconfigs {

inline QString fixturePath(const QString &name)
{
    return QStringLiteral(KUBETAILOR_FIXTURES_DIR "/kubeconfigs/") + name;
}

inline QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Writes `content` to `path` (replacing it), mode 0600.
inline bool write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size())
        return false;
    file.close();
    return file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

// Copies the fixture `name` (e.g. "gke.yaml") to `path`.
inline bool install(const QString &name, const QString &path)
{
    const QByteArray content = read(fixturePath(name));
    return !content.isEmpty() && write(path, content);
}

// Copies the fixture `name` into the folder `dir` as `as` (default: the same name) and
// returns its path. A fixture that cannot be copied stops the test program: every later
// assertion would be about a file that is not there.
inline QString copyInto(const QString &dir, const QString &name, const QString &as = QString())
{
    const QString path = dir + QLatin1Char('/') + (as.isEmpty() ? name : as);
    if (!install(name, path))
        qFatal("cannot copy the fixture %s to %s", qPrintable(name), qPrintable(path));
    return path;
}

inline QString kubeDir()
{
    return QDir::homePath() + QStringLiteral("/.kube");
}

// The GKE fixture as ~/.kube/config plus eks/aks/k3s beside it: the KUBECONFIG-style list
// [config, eks.yaml, aks.yaml, k3s.yaml] (current-context from config: the GKE context).
inline QStringList installStandardSet()
{
    const QString dir = kubeDir();
    QDir(dir).removeRecursively();
    QStringList files{dir + QStringLiteral("/config")};
    install(QStringLiteral("gke.yaml"), files.first());
    for (const char *name : {"eks.yaml", "aks.yaml", "k3s.yaml"}) {
        const QString path = dir + QLatin1Char('/') + QLatin1String(name);
        install(QLatin1String(name), path);
        files.append(path);
    }
    return files;
}

// Replaces `path` the way kubectl and the cloud CLIs do: a temporary file renamed over it.
inline bool replaceAtomically(const QString &path, const QByteArray &content)
{
    const QString temp = path + QStringLiteral(".tmp-test");
    if (!write(temp, content))
        return false;
    QFile::remove(path);
    return QFile::rename(temp, path);
}

} // namespace FixtureKubeconfigs
