#include "RewriteCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/KubeconfigOptions.h"
#include "app/cli/OptionalValueArguments.h"
#include "app/cli/WriteSummary.h"
#include "app/routes/RouteRecorder.h"
#include "app/routes/RouteStore.h"
#include "kubeconfig/MergedKubeconfig.h"
#include "kubeconfig/RewritePlan.h"
#include "kubeconfig/tailnet/FqdnValidator.h"
#include "kubeconfig/tailnet/ProxyServerUrl.h"
#include "kubeconfig/tailnet/TailnetDiscovery.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace {

class RewriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(RewriteCommand)

public:
    explicit RewriteCommand(CliContext &cli)
        : m_cli(cli)
        , m_context(QStringLiteral("context"), tr("Rewrite context NAME (repeat for several)."),
                    QStringLiteral("NAME"))
        , m_all(QStringLiteral("all"),
                tr("Rewrite every context (those already pointing at the proxy are left "
                   "alone)."))
        , m_fqdn(QStringLiteral("fqdn"),
                 tr("The proxy's full MagicDNS name, e.g. tailscale-operator.tail1234.ts.net."),
                 QStringLiteral("FQDN"))
        , m_hostname(QStringLiteral("hostname"),
                     tr("The proxy's machine name, e.g. tailscale-operator; the tailnet's "
                        "suffix comes from --tailnet or from `tailscale status`."),
                     QStringLiteral("H"))
        , m_tailnet(QStringLiteral("tailnet"),
                    tr("The tailnet's MagicDNS suffix, e.g. tail1234.ts.net (with --hostname)."),
                    QStringLiteral("SUFFIX"))
        , m_inPlace(QStringLiteral("in-place"),
                    tr("Change the contexts' clusters themselves (the default)."))
        , m_newContext(QStringLiteral("new-context"),
                       tr("Leave the contexts alone and add <context>-tailnet beside each "
                          "(--new-context NAME or --new-context=NAME names it, for one "
                          "context)."),
                       QStringLiteral("NAME"))
        , m_keepCa(QStringLiteral("keep-ca"),
                   tr("Keep certificate-authority(-data), e.g. for a proxy with a private CA."))
        , m_setCurrent(QStringLiteral("set-current"),
                       tr("Make the rewritten (or new) context the current one."))
        , m_force(QStringLiteral("force"),
                  tr("Rewrite even a context that cannot work through a noauth proxy "
                     "(client-certificate-only users)."))
        , m_output({QStringLiteral("o"), QStringLiteral("output")},
                   tr("Write the whole merged result to FILE instead of the kubeconfig files; "
                      "'-' prints it and touches no file."),
                   QStringLiteral("FILE"))
        , m_dryRun(QStringLiteral("dry-run"), tr("Print the diff and write nothing."))
        , m_json(QStringLiteral("json"), tr("Print one JSON document describing the result."))
        , m_noRemember(QStringLiteral("no-remember"),
                       tr("Do not remember the route: the running app and 'kubetailor routes "
                          "apply' then leave these contexts alone when a cloud CLI writes them "
                          "again."))
    {}

    int run();

private:
    std::optional<int> checkOptions();
    std::optional<int> resolveFqdn();
    void printWarnings(const RewritePlan &plan);
    int refuseBlocked(const RewritePlan &plan);
    int printOutput(const RewritePlan &plan);
    int writeOutputFile(const RewritePlan &plan, const QString &file);
    int apply(const RewritePlan &plan);
    QJsonObject planJson(const RewritePlan &plan) const;
    void printJson(const QJsonObject &object);

    CliContext &m_cli;
    QCommandLineParser m_parser;
    KubeconfigOptions m_kubeconfig;
    QCommandLineOption m_context, m_all, m_fqdn, m_hostname, m_tailnet, m_inPlace, m_newContext,
        m_keepCa, m_setCurrent, m_force, m_output, m_dryRun, m_json, m_noRemember;
    RewriteOptions m_options;
    std::optional<KubeconfigSet> m_set;
};

std::optional<int> RewriteCommand::checkOptions()
{
    const QStringList positional = m_parser.positionalArguments();
    if (!positional.isEmpty())
        return m_cli.usageError(tr("unexpected argument '%1' (give each context with its own "
                                   "--context)")
                                    .arg(positional.constFirst()));
    const QStringList contexts = m_parser.values(m_context);
    if (contexts.isEmpty() && !m_parser.isSet(m_all))
        return m_cli.usageError(tr("choose the contexts to rewrite: --context NAME (repeatable) "
                                   "or --all"));
    if (!contexts.isEmpty() && m_parser.isSet(m_all))
        return m_cli.usageError(tr("--context and --all exclude each other"));
    if (!m_parser.isSet(m_fqdn) && !m_parser.isSet(m_hostname))
        return m_cli.usageError(tr("say where the proxy is: --fqdn FQDN, or --hostname H "
                                   "[--tailnet SUFFIX]"));
    if (m_parser.isSet(m_fqdn) && m_parser.isSet(m_hostname))
        return m_cli.usageError(tr("--fqdn and --hostname exclude each other"));
    if (m_parser.isSet(m_tailnet) && !m_parser.isSet(m_hostname))
        return m_cli.usageError(tr("--tailnet goes with --hostname (--fqdn is the full name "
                                   "already)"));
    if (m_parser.isSet(m_inPlace) && m_parser.isSet(m_newContext))
        return m_cli.usageError(tr("--in-place and --new-context exclude each other"));
    if (!m_parser.value(m_newContext).isEmpty() && (m_parser.isSet(m_all) || contexts.size() > 1))
        return m_cli.usageError(tr("--new-context=NAME names the context added for ONE context; "
                                   "with several, each gets <context>-tailnet"));
    if (m_parser.isSet(m_setCurrent) && (m_parser.isSet(m_all) || contexts.size() > 1))
        return m_cli.usageError(tr("--set-current needs exactly one --context"));
    if (m_parser.isSet(m_output) && m_parser.isSet(m_dryRun))
        return m_cli.usageError(tr("-o and --dry-run exclude each other (--dry-run writes "
                                   "nothing and prints the diff)"));
    if (m_parser.value(m_output) == QLatin1String("-") && m_parser.isSet(m_json))
        return m_cli.usageError(tr("-o - and --json both print on stdout; choose one"));
    if (m_parser.values(m_output).size() > 1 || m_parser.values(m_fqdn).size() > 1 ||
        m_parser.values(m_hostname).size() > 1 || m_parser.values(m_tailnet).size() > 1)
        return m_cli.usageError(tr("-o, --fqdn, --hostname and --tailnet are given once"));
    return std::nullopt;
}

// Sets m_options.fqdn from --fqdn, or from --hostname and the tailnet's suffix.
std::optional<int> RewriteCommand::resolveFqdn()
{
    QString name = m_parser.value(m_fqdn);
    if (m_parser.isSet(m_hostname)) {
        const QString host = m_parser.value(m_hostname);
        if (host.isEmpty() || host.contains(QLatin1Char('.'))) {
            return m_cli.usageError(tr("--hostname takes the machine name only, e.g. "
                                       "tailscale-operator; give a full name with --fqdn"));
        }
        QString suffix = m_parser.value(m_tailnet);
        if (!m_parser.isSet(m_tailnet)) {
            const Result<QString> discovered = TailnetDiscovery::resolveSuffix(QString());
            if (!discovered) {
                // The discovery's error says what is missing and to pass --tailnet or --fqdn.
                return m_cli.fail(tr("--hostname %1: %2").arg(host, discovered.error()));
            }
            suffix = discovered.value();
        }
        while (suffix.startsWith(QLatin1Char('.')))
            suffix.remove(0, 1);
        if (suffix.isEmpty())
            return m_cli.usageError(tr("--tailnet needs the MagicDNS suffix, e.g. "
                                       "tail1234.ts.net"));
        name = host + QLatin1Char('.') + suffix;
    }
    const Result<QString> normalized = FqdnValidator::normalize(name);
    if (!normalized)
        return m_cli.usageError(normalized.error());
    m_options.fqdn = normalized.value();
    return std::nullopt;
}

void RewriteCommand::printWarnings(const RewritePlan &plan)
{
    for (const RewriteWarning &warning : plan.warnings()) {
        if (warning.severity == RewriteWarning::Severity::Blocking && !m_options.force)
            continue; // refuseBlocked() says it as the one error line
        const QString text = warning.context.isEmpty()
                                 ? warning.message
                                 : tr("%1: %2").arg(warning.context, warning.message);
        if (warning.severity == RewriteWarning::Severity::Info)
            m_cli.err() << "kubetailor rewrite: " << tr("note: %1").arg(text) << '\n';
        else
            m_cli.warn(text);
    }
    m_cli.err().flush();
}

int RewriteCommand::refuseBlocked(const RewritePlan &plan)
{
    QStringList reasons;
    for (const RewriteWarning &warning : plan.warnings()) {
        if (warning.severity == RewriteWarning::Severity::Blocking)
            reasons << (warning.context.isEmpty()
                            ? warning.message
                            : tr("%1: %2").arg(warning.context, warning.message));
    }
    return m_cli.fail(tr("refusing to rewrite (nothing written; --force rewrites anyway): %1")
                          .arg(reasons.join(QLatin1Char(' ')).simplified()));
}

QJsonObject RewriteCommand::planJson(const RewritePlan &plan) const
{
    QJsonArray warnings;
    for (const RewriteWarning &warning : plan.warnings()) {
        warnings.append(QJsonObject{
            {QStringLiteral("severity"), RewriteWarning::severityName(warning.severity)},
            {QStringLiteral("context"), warning.context},
            {QStringLiteral("code"), warning.code},
            {QStringLiteral("message"), warning.message}});
    }
    return QJsonObject{
        {QStringLiteral("fqdn"), m_options.fqdn},
        {QStringLiteral("server"), ProxyServerUrl::forHost(m_options.fqdn)},
        {QStringLiteral("mode"), m_options.mode == RewriteOptions::Mode::InPlace
                                     ? QStringLiteral("in-place")
                                     : QStringLiteral("new-context")},
        {QStringLiteral("changedContexts"), QJsonArray::fromStringList(plan.changedContexts())},
        {QStringLiteral("unchangedContexts"), QJsonArray::fromStringList(plan.unchangedContexts())},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("dryRun"), m_parser.isSet(m_dryRun)},
    };
}

void RewriteCommand::printJson(const QJsonObject &object)
{
    m_cli.out() << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

int RewriteCommand::printOutput(const RewritePlan &plan)
{
    const QByteArray bytes = MergedKubeconfig::serialize(plan.resultSet(), QString());
    m_cli.out().flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
        return m_cli.fail(tr("cannot write the result to stdout: %1").arg(out.errorString()));
    return CliContext::Success;
}

int RewriteCommand::writeOutputFile(const RewritePlan &plan, const QString &file)
{
    const QString path = QFileInfo(file).absoluteFilePath();
    const Result<ApplyReport> written = plan.applyTo(path);
    if (!written)
        return m_cli.fail(written.error());
    if (m_parser.isSet(m_json)) {
        QJsonObject object = planJson(plan);
        object.insert(QStringLiteral("files"), WriteSummary::toJson(written.value()));
        printJson(object);
        return CliContext::Success;
    }
    m_cli.out() << tr("Wrote the whole merged kubeconfig, %1 of its contexts rewritten, to %2")
                       .arg(plan.changedContexts().size())
                       .arg(path)
                << '\n';
    WriteSummary::print(m_cli.out(), written.value());
    m_cli.out() << tr("Use it: KUBECONFIG=%1 kubectl get pods").arg(path) << '\n';
    return CliContext::Success;
}

int RewriteCommand::apply(const RewritePlan &plan)
{
    const Result<ApplyReport> applied = plan.apply();
    if (!applied)
        return m_cli.fail(applied.error());
    if (!m_parser.isSet(m_noRemember)) {
        RouteStore store;
        RouteRecorder::record(store, *m_set, plan);
    }
    const ApplyReport &report = applied.value();
    if (m_parser.isSet(m_json)) {
        QJsonObject object = planJson(plan);
        object.insert(QStringLiteral("files"), WriteSummary::toJson(report));
        printJson(object);
        return CliContext::Success;
    }
    const QString server = ProxyServerUrl::forHost(m_options.fqdn);
    QTextStream &out = m_cli.out();
    const int count = int(plan.changedContexts().size());
    if (m_options.mode == RewriteOptions::Mode::InPlace)
        out << (count == 1 ? tr("Rewrote 1 context to go through %1:").arg(server)
                           : tr("Rewrote %1 contexts to go through %2:").arg(count).arg(server))
            << '\n';
    else
        out << (count == 1 ? tr("Added 1 context going through %1:").arg(server)
                           : tr("Added %1 contexts going through %2:").arg(count).arg(server))
            << '\n';
    for (const QString &context : plan.changedContexts())
        out << "  " << context << '\n';
    WriteSummary::print(out, report);
    return CliContext::Success;
}

int RewriteCommand::run()
{
    m_parser.setApplicationDescription(
        tr("Route contexts through the Tailscale operator's API server proxy in noauth mode:\n"
           "each cluster's server becomes https://<FQDN>:443 and its CA data goes (the proxy\n"
           "has a publicly trusted certificate); the user entry and its exec plugin stay as\n"
           "they are. Writes atomically, under kubectl's lock, with a backup\n"
           "('kubetailor undo' restores it)."));
    const QList<QCommandLineOption> options{
        m_context, m_all,        m_fqdn,  m_hostname, m_tailnet, m_inPlace, m_newContext,
        m_keepCa,  m_setCurrent, m_force, m_output,   m_dryRun,  m_json,    m_noRemember};
    m_kubeconfig.addTo(m_parser);
    m_parser.addOptions(options);
    // --new-context[=NAME] and --new-context NAME (rewrite takes no positional arguments,
    // so a word after it that is not an option can only be its NAME).
    const Result<QStringList> arguments =
        OptionalValueArguments(
            m_newContext.names().constFirst(),
            options + QList<QCommandLineOption>{m_kubeconfig.option(), CliContext::helpOption()})
            .normalize(m_cli.arguments());
    if (!arguments)
        return m_cli.usageError(arguments.error());
    CliContext cli(m_cli.command(), arguments.value(), m_cli.out(), m_cli.err());
    if (const std::optional<int> done = cli.parse(m_parser))
        return *done;
    if (const std::optional<int> done = checkOptions())
        return *done;
    if (const std::optional<int> done = resolveFqdn())
        return *done;
    const QString fqdn = m_options.fqdn;

    m_options.contexts = m_parser.values(m_context);
    m_options.all = m_parser.isSet(m_all);
    m_options.mode = m_parser.isSet(m_newContext) ? RewriteOptions::Mode::NewContext
                                                  : RewriteOptions::Mode::InPlace;
    m_options.newContextName = m_parser.value(m_newContext);
    m_options.keepCa = m_parser.isSet(m_keepCa);
    m_options.setCurrent = m_parser.isSet(m_setCurrent);
    m_options.force = m_parser.isSet(m_force);

    m_set = m_kubeconfig.load(m_parser, m_cli);
    if (!m_set)
        return CliContext::Failure;
    const Result<RewritePlan> built = RewritePlan::build(*m_set, m_options);
    if (!built)
        return m_cli.fail(built.error());
    const RewritePlan &plan = built.value();

    if (plan.blocked())
        return refuseBlocked(plan);
    printWarnings(plan);

    const QString output = m_parser.value(m_output);
    if (output == QLatin1String("-"))
        return printOutput(plan);
    if (m_parser.isSet(m_dryRun)) {
        if (m_parser.isSet(m_json)) {
            QJsonObject object = planJson(plan);
            object.insert(QStringLiteral("diff"), plan.diff());
            printJson(object);
        } else if (plan.isEmpty()) {
            m_cli.out() << tr("Nothing to change: the chosen contexts already go through %1.")
                               .arg(ProxyServerUrl::forHost(fqdn))
                        << '\n';
        } else {
            m_cli.out() << plan.diff();
        }
        return CliContext::Success;
    }
    if (!output.isEmpty())
        return writeOutputFile(plan, output);
    if (plan.isEmpty()) {
        if (m_parser.isSet(m_json))
            printJson(planJson(plan));
        else
            m_cli.out() << tr("Nothing to change: the chosen contexts already go through %1.")
                               .arg(ProxyServerUrl::forHost(fqdn))
                        << '\n';
        return CliContext::Success;
    }
    return apply(plan);
}

} // namespace

int runRewriteCommand(CliContext &cli)
{
    return RewriteCommand(cli).run();
}
