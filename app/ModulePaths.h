#pragma once

#include <QString>
#include <QStringList>

// Where the kubetailor executable finds the modules it loads on demand (Linux): the desktop
// app (libkubetailor-gui.so, GuiModule) and the keychain (libkubetailor-keychain.so,
// KeychainStore). In order: beside the executable (the build tree), then the install layout's
// private library folder relative to the executable (bin -> lib/kubetailor/modules).
class ModulePaths
{
public:
    static QStringList candidates(const QString &executablePath, const QString &fileName);
    static QString guiModuleName();
    static QString keychainModuleName();
};
