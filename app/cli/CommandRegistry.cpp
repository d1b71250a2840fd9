#include "CommandRegistry.h"

// Each subcommand's handler lives in its own file pair under cli/ (ContextsCommand,
// RewriteCommand, ...). A null handler means the command is not in this version yet;
// `kubetailor --help` marks it so and running it says so.
QList<CliCommand> CommandRegistry::commands()
{
    static const QList<CliCommand> list = {
        {QStringLiteral("contexts"), QStringLiteral("[--kubeconfig F] [--json]"),
         tr("List every context with its provider, auth method and server"), nullptr},
        {QStringLiteral("rewrite"),
         QStringLiteral("[--kubeconfig F] (--context NAME... | --all) (--fqdn FQDN | --hostname H "
                        "[--tailnet SUFFIX]) [--in-place | --new-context[=NAME]] [--keep-ca] "
                        "[--set-current] [--force] [-o FILE|-] [--dry-run] [--json]"),
         tr("Route contexts through the tailnet's noauth API server proxy"), nullptr},
        {QStringLiteral("undo"), QStringLiteral("[--kubeconfig F]"),
         tr("Restore the kubeconfig from the latest backup"), nullptr},
        {QStringLiteral("import"), QStringLiteral("FILE [--into F]"),
         tr("Merge a cloud-generated kubeconfig, renaming clashing names"), nullptr},
        {QStringLiteral("use"), QStringLiteral("CONTEXT"), tr("Switch current-context"), nullptr},
        {QStringLiteral("rename"), QStringLiteral("OLD NEW"), tr("Rename a context"), nullptr},
        {QStringLiteral("delete"), QStringLiteral("CONTEXT"),
         tr("Delete a context, and its cluster and user when nothing else uses them"), nullptr},
        {QStringLiteral("proxy"),
         QStringLiteral("(--context NAME [--kubeconfig F] | --upstream URL) [--listen "
                        "127.0.0.1:8443] [--ca-file F] [--passthrough] [--allow-remote]"),
         tr("Run the local noauth forwarder on loopback"), nullptr},
        {QStringLiteral("doctor"), QStringLiteral("[--kubeconfig F] [--context NAME] [--json]"),
         tr("Check DNS, TCP, TLS, the API server and the exec plugin for a context"), nullptr},
        {QStringLiteral("manifests"), QStringLiteral("(helm | static | proxygroup | acl) [options]"),
         tr("Print the operator's noauth setup: Helm, manifest, ProxyGroup, ACL"), nullptr},
    };
    return list;
}

const CliCommand *CommandRegistry::find(const QString &name)
{
    static const QList<CliCommand> list = commands();
    for (const CliCommand &command : list) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}
