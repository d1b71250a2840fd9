#pragma once

#include "kubeconfig/Result.h"

#include <QCoreApplication>
#include <QString>

// Checks the host name the rewrite points kubectl at.
class FqdnValidator
{
    Q_DECLARE_TR_FUNCTIONS(FqdnValidator)

public:
    // A valid DNS name (labels of a-z, 0-9, '-', at most 63 characters, 253 in all), lower
    // cased, without a trailing dot. An `https://` prefix or a `:443` suffix is accepted
    // and stripped. Error: "tailscale_operator!: not a valid DNS name: ...".
    static Result<QString> normalize(const QString &fqdn);
    // No dot: "tailscale-operator".
    static bool isShortName(const QString &fqdn);
    // Ends in .ts.net.
    static bool isTailnetName(const QString &fqdn);
};
