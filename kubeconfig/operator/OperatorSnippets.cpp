#include "OperatorSnippets.h"

#include "kubeconfig/operator/Dns1123.h"
#include "kubeconfig/yaml/YamlScalarResolver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

using Shell = ShellQuoting::Shell;

QString jsonString(const QString &value)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

// A DNS label such as "123" or "true" is valid but would read back as a number or bool;
// a JSON string is also a YAML double-quoted scalar.
QString yamlString(const QString &value)
{
    return YamlScalarResolver::canWritePlain(value) ? value : jsonString(value);
}

QString jsonStringList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted << jsonString(value);
    return QLatin1Char('[') + quoted.join(QLatin1String(", ")) + QLatin1Char(']');
}

bool isBlank(const QString &value)
{
    return value.trimmed().isEmpty();
}

// Words of a tag or group name: letters, digits and '-', starting with a letter.
bool isPolicyName(const QString &name)
{
    if (name.isEmpty() || !name.front().isLetter() || name.front().unicode() > 0x7f)
        return false;
    for (const QChar c : name) {
        const bool ascii = c.unicode() <= 0x7f;
        if (!ascii || !(c.isLetterOrNumber() || c == QLatin1Char('-')))
            return false;
    }
    return true;
}

} // namespace

QString OperatorSnippets::helmSetValue(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (int i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') || c == QLatin1Char(',') || (i == 0 && c == QLatin1Char('{')))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

Result<QString> OperatorSnippets::helmCommand(const HelmOptions &options)
{
    if (options.clientId && isBlank(*options.clientId)) {
        return Result<QString>::failure(
            tr("the OAuth client ID is empty; give the ID of the OAuth client you created for "
               "the operator (admin console, Settings > OAuth clients)"));
    }
    if (options.clientSecret && isBlank(*options.clientSecret) &&
        options.secretDisplay != SecretDisplay::Placeholder) {
        return Result<QString>::failure(
            tr("the OAuth client secret is empty; give the secret shown when the OAuth client "
               "was created, or leave it out for a placeholder"));
    }

    const Shell shell = options.shell;
    const QString clientId =
        options.clientId ? helmSetValue(*options.clientId) : clientIdPlaceholder();
    QString clientSecret = clientSecretPlaceholder();
    if (options.clientSecret) {
        switch (options.secretDisplay) {
        case SecretDisplay::Reveal:
            clientSecret = helmSetValue(*options.clientSecret);
            break;
        case SecretDisplay::Mask:
            clientSecret = options.secretMask;
            break;
        case SecretDisplay::Placeholder:
            break;
        }
    }

    // The documentation quotes "noauth"; POSIX shells drop those quotes, PowerShell 7 keeps
    // the argument as one word either way, so the plain form is used there.
    const QString mode = shell == Shell::PowerShell
                             ? QStringLiteral("apiServerProxyConfig.mode=noauth")
                             : QStringLiteral("apiServerProxyConfig.mode=\"noauth\"");
    const QStringList words = {
        QStringLiteral("--install"),
        QStringLiteral("tailscale-operator"),
        QStringLiteral("tailscale/tailscale-operator"),
        QStringLiteral("--namespace=tailscale"),
        QStringLiteral("--create-namespace"),
        QStringLiteral("--set-string ") +
            ShellQuoting::quote(shell, QStringLiteral("oauth.clientId=") + clientId),
        QStringLiteral("--set-string ") +
            ShellQuoting::quote(shell, QStringLiteral("oauth.clientSecret=") + clientSecret),
        QStringLiteral("--set-string ") + mode,
        QStringLiteral("--wait"),
    };
    const QString continuation =
        QLatin1Char(' ') + ShellQuoting::lineContinuation(shell) + QLatin1String("\n  ");
    return Result<QString>::ok(QStringLiteral("helm upgrade") + continuation +
                               words.join(continuation) + QLatin1Char('\n'));
}

QStringList OperatorSnippets::helmNotes()
{
    return {
        tr("Before: add the chart repository once: helm repo add tailscale "
           "https://pkgs.tailscale.com/helmcharts && helm repo update"),
        tr("The OAuth client needs the Devices Core, Auth Keys and Services write scopes and "
           "the tag tag:k8s-operator (admin console, Settings > OAuth clients)."),
    };
}

QString OperatorSnippets::staticEnvYaml()
{
    return QStringLiteral(
        "# Deployment \"operator\" in namespace \"tailscale\", container \"operator\", env:\n"
        "- name: APISERVER_PROXY\n"
        "  value: \"noauth\"\n");
}

QString OperatorSnippets::kubectlSetEnvCommand()
{
    return QStringLiteral("kubectl set env deployment/operator -n tailscale "
                          "APISERVER_PROXY=noauth\n");
}

Result<QString> OperatorSnippets::proxyGroupYaml(const ProxyGroupOptions &options)
{
    if (const Status name = Dns1123::checkLabel(options.name, tr("The ProxyGroup name")); !name)
        return Result<QString>::failure(name.error());
    if (options.replicas < 1) {
        return Result<QString>::failure(tr("replicas is %1; a ProxyGroup needs at least 1 replica "
                                           "(2 or more for high availability)")
                                            .arg(options.replicas));
    }
    if (!options.hostname.isEmpty()) {
        if (const Status hostname = Dns1123::checkLabel(options.hostname, tr("The proxy hostname"));
            !hostname)
            return Result<QString>::failure(hostname.error());
    }

    QString yaml = QStringLiteral("apiVersion: tailscale.com/v1alpha1\n"
                                  "kind: ProxyGroup\n"
                                  "metadata:\n"
                                  "  name: %1\n"
                                  "spec:\n"
                                  "  type: kube-apiserver\n"
                                  "  replicas: %2\n"
                                  "  kubeAPIServer:\n"
                                  "    mode: noauth\n")
                       .arg(yamlString(options.name))
                       .arg(options.replicas);
    if (!options.hostname.isEmpty())
        yaml += QStringLiteral("    hostname: ") + yamlString(options.hostname) + QLatin1Char('\n');
    return Result<QString>::ok(yaml);
}

Status OperatorSnippets::checkTag(const QString &tag)
{
    const QLatin1String prefix("tag:");
    if (!tag.startsWith(prefix))
        return Status::failure(tr("'%1' is not a tag; tags look like tag:k8s-operator").arg(tag));
    if (!isPolicyName(tag.mid(prefix.size())))
        return Status::failure(tr("tag '%1': after 'tag:' use letters, digits and '-', starting "
                                  "with a letter, e.g. tag:k8s-operator")
                                   .arg(tag));
    return Status::success();
}

Status OperatorSnippets::checkSource(const QString &source)
{
    if (isBlank(source))
        return Status::failure(tr("an empty source; use e.g. autogroup:member, group:sre or "
                                  "alice@example.com"));
    for (const QChar c : source) {
        if (c.isSpace() || c == QLatin1Char('"') || c == QLatin1Char('\'') ||
            c == QLatin1Char(',') || c.category() == QChar::Other_Control)
            return Status::failure(tr("source '%1' contains '%2'; give one user, group, tag or "
                                      "address per --src")
                                       .arg(source, QString(c)));
    }
    if (source.startsWith(QLatin1String("tag:")))
        return checkTag(source);
    for (const QLatin1String prefix : {QLatin1String("group:"), QLatin1String("autogroup:")}) {
        if (source.startsWith(prefix) && source.size() == prefix.size())
            return Status::failure(tr("source '%1' has no name after '%2'").arg(source, prefix));
    }
    return Status::success();
}

Result<QString> OperatorSnippets::aclPolicy(const AclOptions &options)
{
    if (const Status tag = checkTag(options.tag); !tag)
        return Result<QString>::failure(tag.error());
    if (options.sources.isEmpty()) {
        return Result<QString>::failure(
            tr("no sources; name who may reach the proxy, e.g. autogroup:member"));
    }
    for (const QString &source : options.sources) {
        if (const Status valid = checkSource(source); !valid)
            return Result<QString>::failure(valid.error());
    }
    const QString operatorTag = QStringLiteral("tag:k8s-operator");
    QString owners = QStringLiteral("    %1: []").arg(jsonString(operatorTag));
    // The operator tags the proxies it creates; it must own any other tag it uses.
    if (options.tag != operatorTag)
        owners +=
            QStringLiteral(",\n    %1: [%2]").arg(jsonString(options.tag), jsonString(operatorTag));
    return Result<QString>::ok(
        QStringLiteral("{\n"
                       "  \"tagOwners\": {\n"
                       "%1\n"
                       "  },\n"
                       "  \"grants\": [\n"
                       "    {\n"
                       "      \"src\": %2,\n"
                       "      \"dst\": [%3],\n"
                       "      \"ip\": [\"tcp:443\"]\n"
                       "    }\n"
                       "  ]\n"
                       "}\n")
            .arg(owners, jsonStringList(options.sources), jsonString(options.tag)));
}

QStringList OperatorSnippets::aclNotes()
{
    return {
        tr("Merge these entries into your tailnet policy file (admin console > Access "
           "controls); keep your existing tagOwners, grants and acls."),
        tr("Enable HTTPS for the tailnet (admin console > DNS > HTTPS Certificates, with "
           "MagicDNS on): the proxy serves a MagicDNS certificate for its full name."),
    };
}

QString OperatorSnippets::afterInstallHint(const QString &proxyHostname, const QString &tailnet)
{
    const QString suffix = tailnet.isEmpty() ? QStringLiteral("<tailnet>.ts.net") : tailnet;
    const QString host = proxyHostname.isEmpty() ? defaultProxyHostname() : proxyHostname;
    return tr("Next: route a kubeconfig context through the proxy: kubetailor rewrite "
              "--context <context> --fqdn %1.%2")
        .arg(host, suffix);
}
