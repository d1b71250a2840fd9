#include "ContextsCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/KubeconfigOptions.h"
#include "app/cli/TextTable.h"
#include "kubeconfig/ContextRoute.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

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
        const ContextRoute route = ContextRoute::classify(info);
        o.insert(QStringLiteral("route"), route.id());
        o.insert(QStringLiteral("routeReason"), route.reason());
        o.insert(QStringLiteral("hasCertificateAuthority"), info.hasCertificateAuthority);
        o.insert(QStringLiteral("proxyUrl"), info.proxyUrl);
        o.insert(QStringLiteral("file"), info.originFile);
        o.insert(QStringLiteral("broken"), info.broken);
        o.insert(QStringLiteral("problem"), info.problem);
        return o;
    }

    // `maxWidth` 0: nothing is cut. A name is what a user copies into --context: it is
    // never cut; on a narrow terminal SERVER and AUTH give way. `wide` adds the cluster,
    // user, namespace and file columns.
    static QString table(const QList<ContextInfo> &contexts, int maxWidth, bool wide)
    {
        QStringList headers{QString(),  tr("NAME"),   tr("PROVIDER"),
                            tr("AUTH"), tr("SERVER"), tr("ROUTE")};
        if (wide)
            headers << tr("CLUSTER") << tr("USER") << tr("NAMESPACE") << tr("FILE");
        TextTable table(headers);
        table.setShrinkable(3, 16);
        table.setShrinkable(4, 20);
        table.setShrinkable(5, 13);
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
            QStringList row{info.isCurrent ? QStringLiteral("*") : QString(),
                            info.name,
                            providerName(info.provider),
                            auth,
                            server,
                            ContextRoute::classify(info).label()};
            if (wide)
                row << info.clusterName << info.userName << info.namespace_ << info.originFile;
            table.addRow(row);
        }
        return table.render(maxWidth > 0 ? maxWidth : std::numeric_limits<int>::max());
    }
};

} // namespace

int runContextsCommand(CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ContextsCommand::tr(
        "List every context of the kubeconfig: provider, auth method, "
        "server, and its route: via tailnet, direct (a noauth proxy can carry it), "
        "direct with a client certificate (needs the operator's auth mode) or "
        "local cluster (* marks the current context)."));
    KubeconfigOptions kubeconfig;
    kubeconfig.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"),
                                  ContextsCommand::tr("Print one JSON document instead."));
    parser.addOption(json);
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        ContextsCommand::tr("Output format: wide (every column, nothing cut) or json."),
        QStringLiteral("FORMAT"));
    parser.addOption(output);
    if (const std::optional<int> done = cli.parse(parser))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(ContextsCommand::tr("unexpected argument '%1'")
                                  .arg(parser.positionalArguments().constFirst()));

    const QString format = parser.value(output);
    if (!format.isEmpty() && format != QLatin1String("wide") && format != QLatin1String("json"))
        return cli.usageError(
            ContextsCommand::tr("unknown output format '%1' (use wide or json)").arg(format));
    const bool wide = format == QLatin1String("wide");
    const bool asJson = parser.isSet(json) || format == QLatin1String("json");

    // No kubeconfig yet is not a failure of `contexts`: there is nothing to list, and the
    // user learns how to get one (--json lists no contexts, as for an empty file).
    const QString missing = KubeconfigOptions::missingMessage(kubeconfig.files(parser));
    if (!missing.isEmpty() && !asJson) {
        cli.out() << ContextsCommand::tr("No kubeconfig: %1.").arg(missing) << '\n';
        return CliContext::Success;
    }
    const std::optional<KubeconfigSet> set = KubeconfigOptions::load(kubeconfig.files(parser), cli);
    if (!set)
        return CliContext::Failure;
    const QList<ContextInfo> contexts = set->contexts();

    if (asJson) {
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
    cli.out() << ContextsCommand::table(contexts, wide ? 0 : TextTable::terminalColumns(), wide);
    return CliContext::Success;
}
