#pragma once

#include <QString>

// Where kubetailor's secrets live in the OS keychain: one service, namespaced keys.
namespace SecretKeys {

inline QString service()
{
    return QStringLiteral("kubetailor");
}

// The Tailscale OAuth client the operator is installed with (Helm's oauth.clientId and
// oauth.clientSecret).
inline QString operatorClientId()
{
    return QStringLiteral("operator/oauth-client-id");
}

inline QString operatorClientSecret()
{
    return QStringLiteral("operator/oauth-client-secret");
}

} // namespace SecretKeys
