#include "AutostartEntryFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

Status AutostartEntryFile::write(const QString &path, const QByteArray &content,
                                 const QString &writeFailed)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return Status::failure(tr("cannot create the folder %1; check its permissions").arg(dir));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Status::failure(writeFailed.arg(path, file.errorString()));
    return Status::success();
}

Status AutostartEntryFile::remove(const QString &path, const QString &removeFailed)
{
    QFile file(path);
    if (!file.exists() || file.remove())
        return Status::success();
    return Status::failure(removeFailed.arg(path, file.errorString()));
}
