#pragma once

#include <QString>

// The one place that says where kubectl reaches the operator's API server proxy: the
// cluster `server` a rewrite writes, and what the CLI prints, are https://<fqdn>:443.
class ProxyServerUrl
{
public:
    // "tailscale-operator.tail1234.ts.net" -> "https://tailscale-operator.tail1234.ts.net:443".
    // `fqdn` is taken as given (FqdnValidator::normalize() checks it first).
    static QString forHost(const QString &fqdn);
};
