#include "KubeconfigPaths.h"

#include <QDir>
#include <QFileInfo>

QChar KubeconfigPaths::listSeparator()
{
#ifdef Q_OS_WIN
    return QLatin1Char(';');
#else
    return QLatin1Char(':');
#endif
}

QString KubeconfigPaths::defaultFile(const QString &homeDir)
{
    return QDir(homeDir).filePath(QStringLiteral(".kube/config"));
}

QStringList KubeconfigPaths::resolve(const QString &explicitFile, const QString &kubeconfigEnv,
                                     const QString &homeDir)
{
    if (!explicitFile.isEmpty())
        return {QFileInfo(explicitFile).absoluteFilePath()};

    QStringList files;
    const QStringList entries = kubeconfigEnv.split(listSeparator(), Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QString path = QFileInfo(entry.trimmed()).absoluteFilePath();
        if (!entry.trimmed().isEmpty() && !files.contains(path))
            files << path;
    }
    if (files.isEmpty())
        files << defaultFile(homeDir);
    return files;
}

QStringList KubeconfigPaths::fromEnvironment(const QString &explicitFile)
{
    return resolve(explicitFile, qEnvironmentVariable("KUBECONFIG"), QDir::homePath());
}
