#include "ModulePaths.h"

#include <QDir>
#include <QFileInfo>

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

QString ModulePaths::guiModuleName()
{
    return QStringLiteral(KUBETAILOR_GUI_MODULE_NAME);
}

QString ModulePaths::keychainModuleName()
{
    return QStringLiteral(KUBETAILOR_KEYCHAIN_MODULE_NAME);
}
