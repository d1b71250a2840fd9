#include "AutostartEntryFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

bool AutostartEntryFile::write(const QString &path, const QByteArray &content,
                               const QString &writeFailed, QString *error)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = tr("cannot create the folder %1; check its permissions").arg(dir);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit()) {
        if (error)
            *error = writeFailed.arg(path, file.errorString());
        return false;
    }
    return true;
}

bool AutostartEntryFile::remove(const QString &path, const QString &removeFailed, QString *error)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return true;
    if (error)
        *error = removeFailed.arg(path, file.errorString());
    return false;
}
