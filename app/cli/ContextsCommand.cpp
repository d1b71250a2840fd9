#include "ContextsCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/KubeconfigOptions.h"
#include "app/cli/TextTable.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

class ContextsCommand
{
    Q_DECLARE_TR_FUNCTIONS(ContextsCommand)

public:
    static QJsonObject toJson(const ContextInfo &info)
    {
        QJsonObject o;
        o.insert(QStringLiteral("name"), info.name);
        o.insert(QStringLiteral("current"), info.isCurrent);
        o.insert(QStringLiteral("cluster"), info.clusterName);
        o.insert(QStringLiteral("user"), info.userName);
        o.insert(QStringLiteral("namespace"), info.namespace_);
        o.insert(QStringLiteral("server"), info.server);
        o.insert(QStringLiteral("provider"), providerId(info.provider));
        o.insert(QStringLiteral("auth"), authMethodId(info.authMethod));
        o.insert(QStringLiteral("authSummary"), info.authSummary);
        o.insert(QStringLiteral("execCommand"), info.execCommand);
        o.insert(QStringLiteral("viaTailnet"), info.viaTailnet);
        o.insert(QStringLiteral("hasCertificateAuthority"), info.hasCertificateAuthority);
        o.insert(QStringLiteral("proxyUrl"), info.proxyUrl);
        o.insert(QStringLiteral("file"), info.originFile);
        o.insert(QStringLiteral("broken"), info.broken);
        o.insert(QStringLiteral("problem"), info.problem);
        return o;
    }

    static QString table(const QList<ContextInfo> &contexts)
    {
        TextTable table(
            {QString(), tr("NAME"), tr("PROVIDER"), tr("AUTH"), tr("SERVER"), tr("TAILNET")});
        // Names are what --context takes: they are cut last.
        table.setShrinkable(1, 28);
        table.setShrinkable(3, 16);
        table.setShrinkable(4, 20);
        for (const ContextInfo &info : contexts) {
            // https:// is what nearly every server says; the column is better spent on the host.
            QString server = info.server;
            if (server.startsWith(QLatin1String("https://")))
                server.remove(0, 8);
            if (info.broken)
                server = tr("(broken: %1)").arg(info.problem);
            // The plugin's name says more than "exec:" in a narrow column.
            const QString auth =
                info.authMethod == AuthMethod::ExecPlugin && !info.execCommand.isEmpty()
                    ? QFileInfo(info.execCommand).fileName()
                    : info.authSummary;
            table.addRow({info.isCurrent ? QStringLiteral("*") : QString(), info.name,
                          providerName(info.provider), auth, server,
                          info.viaTailnet ? tr("yes") : tr("no")});
        }
        return table.render(100);
    }
};

} // namespace

int runContextsCommand(CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ContextsCommand::tr("List every context of the kubeconfig: provider, auth method, "
                            "server, and whether it already goes through the tailnet (* marks "
                            "the current context)."));
    KubeconfigOptions kubeconfig;
    kubeconfig.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  ContextsCommand::tr("Print one JSON document instead."));
    parser.addOption(json);
    int rc = CliContext::Success;
    if (!cli.parse(parser, &rc))
        return rc;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(ContextsCommand::tr("unexpected argument '%1'")
                                  .arg(parser.positionalArguments().constFirst()));

    // No kubeconfig yet is not a failure of `contexts`: there is nothing to list, and the
    // user learns how to get one (--json lists no contexts, as for an empty file).
    const QString missing = KubeconfigOptions::missingMessage(kubeconfig.files(parser));
    if (!missing.isEmpty() && !parser.isSet(json)) {
        cli.out() << ContextsCommand::tr("No kubeconfig: %1.").arg(missing) << '\n';
        return CliContext::Success;
    }
    const std::optional<KubeconfigSet> set =
        KubeconfigOptions::load(kubeconfig.files(parser), cli, &rc);
    if (!set)
        return rc;
    const QList<ContextInfo> contexts = set->contexts();

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const ContextInfo &info : contexts)
            list.append(ContextsCommand::toJson(info));
        QJsonObject document;
        document.insert(QStringLiteral("files"), QJsonArray::fromStringList(set->files()));
        document.insert(QStringLiteral("currentContext"), set->currentContext());
        document.insert(QStringLiteral("contexts"), list);
        cli.out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return CliContext::Success;
    }

    if (contexts.isEmpty()) {
        cli.out() << ContextsCommand::tr("No contexts in %1: add a cluster with your cloud's CLI "
                                         "(%2) or merge a file with `kubetailor import FILE`.")
                         .arg(set->files().join(QStringLiteral(", ")),
                              KubeconfigOptions::cloudCommands())
                  << '\n';
        return CliContext::Success;
    }
    cli.out() << ContextsCommand::table(contexts);
    return CliContext::Success;
}
