#pragma once

#include <QCoreApplication>
#include <QStringList>

// Which kubeconfig files a command reads, by client-go's rules: an explicit
// --kubeconfig FILE, else the KUBECONFIG path list, else ~/.kube/config.
class KubeconfigPaths
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigPaths)

public:
    // The separator of the KUBECONFIG list: ':' on Unix, ';' on Windows.
    static QChar listSeparator();

    // ~/.kube/config under the given home folder.
    static QString defaultFile(const QString &homeDir);

    // The files in precedence order (the first file wins a name defined twice). Empty
    // entries of the list are dropped and repeated ones kept once, at their first place,
    // as client-go does; paths are made absolute against the current folder.
    static QStringList resolve(const QString &explicitFile, const QString &kubeconfigEnv,
                               const QString &homeDir);

    // resolve() with this process's KUBECONFIG and home folder.
    static QStringList fromEnvironment(const QString &explicitFile = QString());
};
