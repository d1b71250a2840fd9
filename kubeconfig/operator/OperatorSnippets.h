#pragma once

#include "kubeconfig/Result.h"
#include "kubeconfig/operator/ShellQuoting.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

// What the Tailscale Kubernetes Operator's documentation for the API server proxy in noauth
// mode asks the user to run or apply, filled in and ready to paste: the Helm command, the
// static-manifest change, a ProxyGroup, and the tailnet policy that lets people reach it.
// Each generator returns the text, or a failure saying what to change.
class OperatorSnippets
{
    Q_DECLARE_TR_FUNCTIONS(OperatorSnippets)

public:
    // How the OAuth client secret appears in the Helm command.
    enum class SecretDisplay {
        Reveal,      // the real secret, quoted
        Mask,        // HelmOptions::secretMask instead of the secret
        Placeholder, // <oauth-client-secret>, as the documentation shows it
    };

    struct HelmOptions
    {
        std::optional<QString> clientId;     // none: the placeholder <oauth-client-id>
        std::optional<QString> clientSecret; // none: the placeholder <oauth-client-secret>
        ShellQuoting::Shell shell = ShellQuoting::Shell::Posix;
        SecretDisplay secretDisplay = SecretDisplay::Mask;
        QString secretMask = QStringLiteral("<secret from keychain>");
    };

    struct ProxyGroupOptions
    {
        QString name = QStringLiteral("kube-apiserver");
        int replicas = 2;
        QString hostname; // empty: the proxy takes the ProxyGroup's name
    };

    struct AclOptions
    {
        QStringList sources = {QStringLiteral("autogroup:member")};
        QString tag = QStringLiteral("tag:k8s-operator");
    };

    static QString clientIdPlaceholder() { return QStringLiteral("<oauth-client-id>"); }
    static QString clientSecretPlaceholder() { return QStringLiteral("<oauth-client-secret>"); }
    static QString defaultProxyHostname() { return QStringLiteral("tailscale-operator"); }

    // `helm upgrade --install tailscale-operator ...` over several lines with the shell's
    // line continuation. Refuses an empty client ID or secret (a missing one is a
    // placeholder instead).
    static Result<QString> helmCommand(const HelmOptions &options);
    // What to do before and after the Helm command (chart repository, OAuth client scopes).
    static QStringList helmNotes();

    // The env entry for the operator Deployment's container, as YAML.
    static QString staticEnvYaml();
    // The same change made with kubectl on a running operator.
    static QString kubectlSetEnvCommand();

    // A tailscale.com/v1alpha1 ProxyGroup of type kube-apiserver in noauth mode.
    static Result<QString> proxyGroupYaml(const ProxyGroupOptions &options);

    // A tailnet policy fragment (JSON, which is valid HuJSON): tagOwners for the tag and a
    // grant from the sources to the tag on tcp:443.
    static Result<QString> aclPolicy(const AclOptions &options);
    static QStringList aclNotes();

    // Checks "tag:name" the way the tailnet policy accepts tags.
    static Status checkTag(const QString &tag);
    // Checks one grant source: autogroup:..., group:..., tag:..., a user, *, an address.
    static Status checkSource(const QString &source);

    // The next step after installing: point a kubeconfig at the proxy. `tailnet` is the
    // MagicDNS suffix ("tail1234.ts.net"); empty: the placeholder <tailnet>.ts.net.
    static QString afterInstallHint(const QString &proxyHostname, const QString &tailnet = {});

    // A value as Helm's --set/--set-string parser reads it back unchanged: '\' and ','
    // escaped, and a leading '{' (a list) escaped.
    static QString helmSetValue(const QString &value);
};
