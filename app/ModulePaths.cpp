#include "ModulePaths.h"

#include "app/AppLogging.h"

#include <QDir>
#include <QFileInfo>
#include <QLibrary>

// Set by app/CMakeLists.txt from the targets and the install layout.
#ifndef KUBETAILOR_GUI_MODULE_NAME
#define KUBETAILOR_GUI_MODULE_NAME "libkubetailor-gui.so"
#endif
#ifndef KUBETAILOR_KEYCHAIN_MODULE_NAME
#define KUBETAILOR_KEYCHAIN_MODULE_NAME "libkubetailor-keychain.so"
#endif
#ifndef KUBETAILOR_MODULE_RELDIR
#define KUBETAILOR_MODULE_RELDIR "../lib/kubetailor/modules"
#endif

QStringList ModulePaths::candidates(const QString &executablePath, const QString &fileName)
{
    const QDir dir = QFileInfo(executablePath).absoluteDir();
    return {dir.absoluteFilePath(fileName),
            QDir::cleanPath(dir.absoluteFilePath(QStringLiteral(KUBETAILOR_MODULE_RELDIR)) +
                            QLatin1Char('/') + fileName)};
}

QFunctionPointer ModulePaths::resolve(const QString &executablePath, const QString &fileName,
                                      const char *symbol, QStringList *errors)
{
    for (const QString &path : candidates(executablePath, fileName)) {
        if (!QFileInfo::exists(path))
            continue;
        qCDebug(lcApp) << "loading the module" << path;
        QLibrary library(path);
        // Never unloaded: its code runs, or may call back, until the process ends.
        const QFunctionPointer entry = library.load() ? library.resolve(symbol) : nullptr;
        if (entry)
            return entry;
        *errors << library.errorString();
    }
    return nullptr;
}

QString ModulePaths::whyNotLoaded(const QStringList &errors, const QString &executablePath,
                                  const QString &fileName)
{
    if (!errors.isEmpty())
        return errors.join(QLatin1String("; "));
    return tr("not found in %1")
        .arg(candidates(executablePath, fileName).join(QLatin1String(", ")));
}

QString ModulePaths::guiModuleName()
{
    return QStringLiteral(KUBETAILOR_GUI_MODULE_NAME);
}

QString ModulePaths::keychainModuleName()
{
    return QStringLiteral(KUBETAILOR_KEYCHAIN_MODULE_NAME);
}
