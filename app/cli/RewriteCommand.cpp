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

#include <algorithm>
#include <optional>

namespace {

class RewriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(RewriteCommand)

public:
    explicit RewriteCommand(CliContext &cli)
        : m_cli(cli)
        , m_context(QStringLiteral("context"),
                    tr("Rewrite context NAME (repeat for several); NAME=FQDN gives that context "
                       "its own proxy (then --fqdn is the proxy of the others, if any)."),
                    QStringLiteral("NAME[=FQDN]"))
        , m_all(QStringLiteral("all"),
                tr("Rewrite every context that can go through a noauth proxy (those already "
                   "pointing at it are left alone; local clusters and client-certificate-only "
                   "users are skipped and listed)."))
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
                     "(client-certificate-only users, local clusters), and accept a short "
                     "--fqdn."))
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
    // `option` is how the name was given: "--fqdn " or "--context NAME=".
    int refuseShortName(const QString &option, const QString &name);
    void printSkipped(const RewritePlan &plan, QTextStream &stream);
    void printNothingToChange(const RewritePlan &plan);
    std::optional<int> splitContexts();
    QString serverFor(const QString &context) const;
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
    const bool ownProxies = !contexts.isEmpty() &&
                            std::all_of(contexts.cbegin(), contexts.cend(), [](const QString &c) {
                                return c.contains(QLatin1Char('='));
                            });
    if (contexts.isEmpty() && !m_parser.isSet(m_all))
        return m_cli.usageError(tr("choose the contexts to rewrite: --context NAME (repeatable) "
                                   "or --all"));
    if (!contexts.isEmpty() && m_parser.isSet(m_all))
        return m_cli.usageError(tr("--context and --all exclude each other"));
    if (!m_parser.isSet(m_fqdn) && !m_parser.isSet(m_hostname) && !ownProxies)
        return m_cli.usageError(tr("say where the proxy is: --fqdn FQDN, or --hostname H "
                                   "[--tailnet SUFFIX], or --context NAME=FQDN for each context"));
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

// --context NAME=FQDN: the context's own proxy. The FQDN follows the last '='; a name that
// itself contains '=' is given with a trailing '=' (--context 'a=b=').
std::optional<int> RewriteCommand::splitContexts()
{
    for (const QString &value : m_parser.values(m_context)) {
        const qsizetype at = value.lastIndexOf(QLatin1Char('='));
        if (at < 0) {
            m_options.contexts << value;
            continue;
        }
        const QString name = value.left(at);
        const QString proxy = value.mid(at + 1).trimmed();
        if (proxy.isEmpty()) {
            m_options.contexts << name;
            continue;
        }
        if (name.isEmpty())
            return m_cli.usageError(
                tr("--context %1: name the context before '=' (--context NAME=FQDN)").arg(value));
        const Result<QString> normalized = FqdnValidator::normalize(proxy);
        if (!normalized)
            return m_cli.usageError(tr("--context %1: %2").arg(name, normalized.error()));
        if (FqdnValidator::isShortName(normalized.value()) && !m_parser.isSet(m_force))
            return refuseShortName(QStringLiteral("--context %1=").arg(name), normalized.value());
        const QString earlier = m_options.fqdnByContext.value(name);
        if (!earlier.isEmpty() && earlier != normalized.value())
            return m_cli.usageError(tr("--context %1 is given two proxies: %2 and %3")
                                        .arg(name, earlier, normalized.value()));
        m_options.contexts << name;
        m_options.fqdnByContext.insert(name, normalized.value());
    }
    return std::nullopt;
}

QString RewriteCommand::serverFor(const QString &context) const
{
    const QString own = m_options.fqdnByContext.value(context);
    return ProxyServerUrl::forHost(own.isEmpty() ? m_options.fqdn : own);
}

// Sets m_options.fqdn from --fqdn, or from --hostname and the tailnet's suffix.
std::optional<int> RewriteCommand::resolveFqdn()
{
    if (!m_parser.isSet(m_fqdn) && !m_parser.isSet(m_hostname))
        return std::nullopt; // every context has its own (checkOptions)
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
    if (FqdnValidator::isShortName(m_options.fqdn) && !m_parser.isSet(m_force))
        return refuseShortName(QStringLiteral("--fqdn "), m_options.fqdn);
    return std::nullopt;
}

// A short name gets a certificate error from kubectl: refused, with the full name when
// `tailscale status` knows the tailnet.
int RewriteCommand::refuseShortName(const QString &option, const QString &name)
{
    QString suggestion;
    const TailnetDiscoveryResult discovered = TailnetDiscovery::discoverBlocking(QString(), 2000);
    if (discovered.ok() && !discovered.suffix().isEmpty())
        suggestion = name + QLatin1Char('.') + discovered.suffix();
    const QString what = tr("%1%2 is not a full name: the proxy's TLS certificate is issued "
                            "for its full MagicDNS name, so kubectl would refuse it")
                             .arg(option, name);
    if (!suggestion.isEmpty())
        return m_cli.usageError(tr("%1. Use %2%3 (tailnet %4, from tailscale status), or "
                                   "--force to write the short name anyway")
                                    .arg(what, option, suggestion, discovered.suffix()));
    return m_cli.usageError(tr("%1. Give the full name, e.g. %2%3.tail1234.ts.net, or "
                               "--hostname %3 to take the tailnet from tailscale status; "
                               "--force writes the short name anyway")
                                .arg(what, option, name));
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
    QJsonArray skipped;
    for (const RewritePlan::Skipped &skip : plan.skippedContexts()) {
        skipped.append(QJsonObject{{QStringLiteral("context"), skip.context},
                                   {QStringLiteral("code"), skip.code},
                                   {QStringLiteral("reason"), skip.reason}});
    }
    QJsonObject proxies;
    for (auto it = m_options.fqdnByContext.cbegin(); it != m_options.fqdnByContext.cend(); ++it)
        proxies.insert(it.key(), it.value());
    return QJsonObject{
        {QStringLiteral("fqdn"), m_options.fqdn},
        {QStringLiteral("skippedContexts"), skipped},
        {QStringLiteral("server"),
         m_options.fqdn.isEmpty() ? QString() : ProxyServerUrl::forHost(m_options.fqdn)},
        {QStringLiteral("fqdnByContext"), proxies},
        {QStringLiteral("mode"), m_options.mode == RewriteOptions::Mode::InPlace
                                     ? QStringLiteral("in-place")
                                     : QStringLiteral("new-context")},
        {QStringLiteral("changedContexts"), QJsonArray::fromStringList(plan.changedContexts())},
        {QStringLiteral("unchangedContexts"), QJsonArray::fromStringList(plan.unchangedContexts())},
        {QStringLiteral("warnings"), warnings},
        {QStringLiteral("dryRun"), m_parser.isSet(m_dryRun)},
    };
}

// The contexts --all left alone, each with why: "Skipped 2 contexts ...:\n  kind-dev: ...".
void RewriteCommand::printSkipped(const RewritePlan &plan, QTextStream &stream)
{
    const QList<RewritePlan::Skipped> skipped = plan.skippedContexts();
    if (skipped.isEmpty())
        return;
    stream << tr("Skipped %n context(s) that cannot go through a noauth proxy:", nullptr,
                 int(skipped.size()))
           << '\n';
    for (const RewritePlan::Skipped &skip : skipped)
        stream << "  " << skip.context << ": " << skip.reason << '\n';
}

void RewriteCommand::printNothingToChange(const RewritePlan &plan)
{
    if (plan.changedContexts().isEmpty() && plan.unchangedContexts().isEmpty() &&
        !plan.skippedContexts().isEmpty())
        m_cli.out() << tr("Nothing to change: no context can go through a noauth proxy.") << '\n';
    else
        m_cli.out() << tr("Nothing to change: the chosen contexts already go through %1.")
                           .arg(m_options.fqdn.isEmpty() ? tr("their proxies")
                                                         : ProxyServerUrl::forHost(m_options.fqdn))
                    << '\n';
    printSkipped(plan, m_cli.out());
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
    QTextStream &out = m_cli.out();
    const int count = int(plan.changedContexts().size());
    if (!m_options.fqdnByContext.isEmpty()) {
        out << (m_options.mode == RewriteOptions::Mode::InPlace
                    ? tr("Rewrote %1 context(s), each to go through its proxy:").arg(count)
                    : tr("Added %1 context(s), each going through its proxy:").arg(count))
            << '\n';
        for (const QString &context : plan.changedContexts()) {
            QString source = context;
            if (m_options.mode == RewriteOptions::Mode::NewContext &&
                source.endsWith(QLatin1String("-tailnet")) &&
                !m_options.fqdnByContext.contains(source))
                source.chop(8);
            out << "  " << tr("%1 -> %2").arg(context, serverFor(source)) << '\n';
        }
        printSkipped(plan, out);
        WriteSummary::print(out, report);
        return CliContext::Success;
    }
    const QString server = ProxyServerUrl::forHost(m_options.fqdn);
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
    printSkipped(plan, out);
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

    if (const std::optional<int> done = splitContexts())
        return *done;
    m_options.all = m_parser.isSet(m_all);
    m_options.mode = m_parser.isSet(m_newContext) ? RewriteOptions::Mode::NewContext
                                                  : RewriteOptions::Mode::InPlace;
    m_options.newContextName = m_parser.value(m_newContext);
    m_options.keepCa = m_parser.isSet(m_keepCa);
    m_options.setCurrent = m_parser.isSet(m_setCurrent);
    m_options.force = m_parser.isSet(m_force);
    // --all is a batch: what a noauth proxy cannot carry is skipped and listed, not refused.
    m_options.skipIneligible = m_options.all;

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
            printNothingToChange(plan);
        } else {
            m_cli.out() << plan.diff();
            printSkipped(plan, m_cli.err());
        }
        return CliContext::Success;
    }
    if (!output.isEmpty())
        return writeOutputFile(plan, output);
    if (plan.isEmpty()) {
        if (m_parser.isSet(m_json))
            printJson(planJson(plan));
        else
            printNothingToChange(plan);
        return CliContext::Success;
    }
    return apply(plan);
}

} // namespace

int runRewriteCommand(CliContext &cli)
{
    return RewriteCommand(cli).run();
}
