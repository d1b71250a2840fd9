#include "CommandRegistry.h"

#include "app/cli/ContextsCommand.h"
#include "app/cli/DeleteCommand.h"
#include "app/cli/DoctorCommand.h"
#include "app/cli/ImportCommand.h"
#include "app/cli/ManifestsCommand.h"
#include "app/cli/ProxyCommand.h"
#include "app/cli/RenameCommand.h"
#include "app/cli/RewriteCommand.h"
#include "app/cli/RoutesCommand.h"
#include "app/cli/UndoCommand.h"
#include "app/cli/UseCommand.h"

// Each subcommand's handler lives in its own file pair under cli/ (ContextsCommand,
// RewriteCommand, ...). A null handler means the command is not in this version yet;
// `kubetailor --help` marks it so and running it says so.
QList<CliCommand> CommandRegistry::commands()
{
    static const QList<CliCommand> list = {
        {QStringLiteral("contexts"), QStringLiteral("[--kubeconfig F] [--json]"),
         tr("List every context with its provider, auth method and server"), runContextsCommand},
        {QStringLiteral("rewrite"),
         QStringLiteral(
             "[--kubeconfig F] (--context NAME... | --all) (--fqdn FQDN | --hostname H "
             "[--tailnet SUFFIX]) [--in-place | --new-context[=NAME]] [--keep-ca] "
             "[--set-current] [--force] [-o FILE|-] [--dry-run] [--json] [--no-remember]"),
         tr("Route contexts through the tailnet's noauth API server proxy"), runRewriteCommand},
        {QStringLiteral("routes"),
         QStringLiteral("[list] [--kubeconfig F] [--json] | apply [--kubeconfig F] [--dry-run] | "
                        "forget CONTEXT"),
         tr("List the remembered routes, apply reverted ones again, or forget one"),
         runRoutesCommand},
        {QStringLiteral("undo"), QStringLiteral("[--kubeconfig F] [--force]"),
         tr("Undo kubetailor's last change, keeping what other programs wrote since"),
         runUndoCommand},
        {QStringLiteral("import"), QStringLiteral("FILE [--into F]"),
         tr("Merge a cloud-generated kubeconfig, renaming clashing names"), runImportCommand},
        {QStringLiteral("use"), QStringLiteral("CONTEXT"), tr("Switch current-context"),
         runUseCommand},
        {QStringLiteral("rename"), QStringLiteral("OLD NEW"), tr("Rename a context"),
         runRenameCommand},
        {QStringLiteral("delete"), QStringLiteral("CONTEXT"),
         tr("Delete a context, and its cluster and user when nothing else uses them"),
         runDeleteCommand},
        {QStringLiteral("proxy"),
         QStringLiteral("(--context NAME [--kubeconfig F] | --upstream URL) [--listen "
                        "127.0.0.1:8443] [--ca-file F] [--passthrough] [--allow-remote]"),
         tr("Run the local noauth forwarder on loopback"), runProxyCommand},
        {QStringLiteral("doctor"),
         QStringLiteral("[--kubeconfig F] [--context NAME] [--json] [--run-plugin] [--timeout S] "
                        "[--tailscale PATH]"),
         tr("Check DNS, TCP, TLS, the API server and the exec plugin for a context"),
         runDoctorCommand},
        {QStringLiteral("manifests"),
         QStringLiteral("(helm | static | proxygroup | acl) [options]"),
         tr("Print the operator's noauth setup: Helm, manifest, ProxyGroup, ACL"),
         runManifestsCommand},
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
