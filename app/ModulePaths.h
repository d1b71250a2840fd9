#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Where the kubetailor executable finds the modules it loads on demand (Linux): the desktop
// app (libkubetailor-gui.so, GuiModule) and the keychain (libkubetailor-keychain.so,
// KeychainStore). In order: beside the executable (the build tree), then the install layout's
// private library folder relative to the executable (bin -> lib/kubetailor/modules).
class ModulePaths
{
    Q_DECLARE_TR_FUNCTIONS(ModulePaths)

public:
    static QStringList candidates(const QString &executablePath, const QString &fileName);
    // Loads the first candidate that exists and loads, never to unload it, and resolves
    // `symbol` in it; nullptr when none does, with the loader's errors in `errors`.
    static QFunctionPointer resolve(const QString &executablePath, const QString &fileName,
                                    const char *symbol, QStringList *errors);
    // Why resolve() found nothing, in words (translated when called: after the translator is
    // installed): its errors, or where the module was looked for.
    static QString whyNotLoaded(const QStringList &errors, const QString &executablePath,
                                const QString &fileName);
    static QString guiModuleName();
    static QString keychainModuleName();
};
