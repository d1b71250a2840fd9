#pragma once

#include <QString>

// How a kubeconfig user entry authenticates, by the field that wins in client-go.
enum class AuthMethod {
    ExecPlugin,        // users[].user.exec
    ClientCertificate, // client-certificate(-data) + client-key(-data), nothing else
    Token,             // token or tokenFile
    AuthProvider,      // legacy auth-provider (gcp, azure, oidc)
    Basic,             // username + password
    None
};

// "exec plugin", "client certificate", "token", "auth-provider", "basic", "none"
QString authMethodName(AuthMethod method);
// "exec", "client-certificate", "token", "auth-provider", "basic", "none" (for --json)
QString authMethodId(AuthMethod method);
