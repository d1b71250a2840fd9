#include "AuthMethod.h"

#include <QCoreApplication>

QString authMethodName(AuthMethod method)
{
    switch (method) {
    case AuthMethod::ExecPlugin:
        return QCoreApplication::translate("AuthMethod", "exec plugin");
    case AuthMethod::ClientCertificate:
        return QCoreApplication::translate("AuthMethod", "client certificate");
    case AuthMethod::Token:
        return QCoreApplication::translate("AuthMethod", "token");
    case AuthMethod::AuthProvider:
        return QCoreApplication::translate("AuthMethod", "auth-provider");
    case AuthMethod::Basic:
        return QCoreApplication::translate("AuthMethod", "basic");
    case AuthMethod::None:
        break;
    }
    return QCoreApplication::translate("AuthMethod", "none");
}

QString authMethodId(AuthMethod method)
{
    switch (method) {
    case AuthMethod::ExecPlugin:
        return QStringLiteral("exec");
    case AuthMethod::ClientCertificate:
        return QStringLiteral("client-certificate");
    case AuthMethod::Token:
        return QStringLiteral("token");
    case AuthMethod::AuthProvider:
        return QStringLiteral("auth-provider");
    case AuthMethod::Basic:
        return QStringLiteral("basic");
    case AuthMethod::None:
        break;
    }
    return QStringLiteral("none");
}
