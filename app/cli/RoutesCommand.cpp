#include "RoutesCommand.h"

#include "app/cli/CliContext.h"
#include "app/cli/KubeconfigOptions.h"
#include "app/cli/TextTable.h"
#include "app/cli/WriteSummary.h"
#include "app/routes/RouteReapply.h"
#include "app/routes/RouteStatus.h"
#include "app/routes/RouteStore.h"
#include "kubeconfig/RewritePlan.h"
#include "kubeconfig/tailnet/ProxyServerUrl.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>
#include <optional>

namespace {

class RoutesCommand
{
    Q_DECLARE_TR_FUNCTIONS(RoutesCommand)

public:
    explicit RoutesCommand(CliContext &cli)
        : m_cli(cli)
        , m_json(QStringLiteral("json"), tr("Print one JSON document (list)."))
        , m_dryRun(QStringLiteral("dry-run"), tr("Print the diff and write nothing (apply)."))
    {}

    int run();

private:
    int list();
    int apply();
    int forget(const QString &context);
    std::optional<KubeconfigSet> load();
    void noteLeftAlone(const QList<Route> &routes, const KubeconfigSet &set);

    CliContext &m_cli;
    QCommandLineParser m_parser;
    KubeconfigOptions m_kubeconfig;
    QCommandLineOption m_json, m_dryRun;
    RouteStore m_store;
};

std::optional<KubeconfigSet> RoutesCommand::load()
{
    return KubeconfigOptions::load(m_kubeconfig.files(m_parser), m_cli);
}

int RoutesCommand::list()
{
    const QList<Route> routes = m_store.routes();
    const bool asJson = m_parser.isSet(m_json);
    if (routes.isEmpty() && !asJson) {
        m_cli.out() << tr("No routes remembered yet: `kubetailor rewrite` (or Apply in the "
                          "window) remembers one per context it routes through a proxy.")
                    << '\n';
        return CliContext::Success;
    }
    // No kubeconfig at all: every routed context is gone.
    const QStringList files = m_kubeconfig.files(m_parser);
    KubeconfigSet set;
    if (KubeconfigOptions::missingMessage(files).isEmpty()) {
        const std::optional<KubeconfigSet> loaded = load();
        if (!loaded)
            return CliContext::Failure;
        set = *loaded;
    }
    if (asJson) {
        QJsonArray array;
        for (const Route &route : routes) {
            QJsonObject object = route.toJson();
            const RouteStatus::State state = RouteStatus::of(route, set);
            object.insert(QStringLiteral("routedContext"), route.routedContext());
            object.insert(QStringLiteral("server"), ProxyServerUrl::forHost(route.fqdn));
            object.insert(QStringLiteral("state"), RouteStatus::id(state));
            object.insert(QStringLiteral("stateText"), RouteStatus::text(state));
            array.append(object);
        }
        const QJsonObject document{{QStringLiteral("files"), QJsonArray::fromStringList(files)},
                                   {QStringLiteral("routes"), array}};
        m_cli.out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
        return CliContext::Success;
    }
    TextTable table({tr("CONTEXT"), tr("PROXY"), tr("MODE"), tr("STATE")});
    table.setShrinkable(1, 20);
    for (const Route &route : routes) {
        table.addRow({route.routedContext(), route.fqdn,
                      route.mode == Route::Mode::InPlace ? tr("in place") : tr("new context"),
                      RouteStatus::text(RouteStatus::of(route, set))});
    }
    const int width = TextTable::terminalColumns();
    m_cli.out() << table.render(width > 0 ? width : std::numeric_limits<int>::max());
    return CliContext::Success;
}

// Routes `apply` does not write: the user changed them, or the context is gone.
void RoutesCommand::noteLeftAlone(const QList<Route> &routes, const KubeconfigSet &set)
{
    for (const Route &route : routes) {
        const RouteStatus::State state = RouteStatus::of(route, set);
        if (state == RouteStatus::State::ChangedByHand) {
            m_cli.err() << "kubetailor routes: "
                        << tr("note: %1 was changed by hand (its server is neither the proxy nor "
                              "the one the route replaced): left alone; `kubetailor rewrite "
                              "--context %1 --fqdn %2` routes it again, `kubetailor routes "
                              "forget %1` drops the route")
                               .arg(route.routedContext(), route.fqdn)
                        << '\n';
        } else if (state == RouteStatus::State::ContextGone) {
            m_cli.err() << "kubetailor routes: "
                        << tr("note: %1 is not in the kubeconfig any more: left alone; "
                              "`kubetailor routes forget %1` drops the route")
                               .arg(route.routedContext())
                        << '\n';
        }
    }
}

int RoutesCommand::apply()
{
    std::optional<KubeconfigSet> set = load();
    if (!set)
        return CliContext::Failure;
    const QList<Route> routes = m_store.routes();
    noteLeftAlone(routes, *set);
    const QList<Route> reverted = RouteReapply::reverted(routes, *set);
    if (reverted.isEmpty()) {
        m_cli.out() << (routes.isEmpty()
                            ? tr("No routes remembered yet: nothing to apply.")
                            : tr("Nothing to apply: no route was reverted by another program."))
                    << '\n';
        return CliContext::Success;
    }
    for (const RewriteOptions &options : RouteReapply::rewrites(reverted)) {
        const Result<RewritePlan> plan = RewritePlan::build(*set, options);
        if (!plan)
            return m_cli.fail(plan.error());
        if (m_parser.isSet(m_dryRun)) {
            m_cli.out() << plan.value().diff();
            continue;
        }
        const Result<ApplyReport> applied = plan.value().apply();
        if (!applied)
            return m_cli.fail(applied.error());
        m_cli.out() << tr("Applied the route again: %1 goes through %2")
                           .arg(options.contexts.join(QStringLiteral(", ")),
                                ProxyServerUrl::forHost(options.fqdn))
                    << '\n';
        WriteSummary::print(m_cli.out(), applied.value());
        set = load(); // the next proxy's plan starts from what was just written
        if (!set)
            return CliContext::Failure;
    }
    return CliContext::Success;
}

int RoutesCommand::forget(const QString &context)
{
    if (!m_store.forget(context))
        return m_cli.fail(
            tr("no route for context \"%1\"; `kubetailor routes` lists them").arg(context));
    m_cli.out()
        << tr("Forgot the route of %1; its kubeconfig entries stay as they are.").arg(context)
        << '\n';
    return CliContext::Success;
}

int RoutesCommand::run()
{
    m_parser.setApplicationDescription(
        tr("The routes kubetailor remembers (one per context it rewrote) and their state:\n"
           "in effect, reverted by another program (a cloud CLI wrote the entry again),\n"
           "context gone, changed by hand.\n"
           "  routes [list] [--json]    list them\n"
           "  routes apply [--dry-run]  apply the reverted ones again (after get-credentials)\n"
           "  routes forget CONTEXT     stop keeping a context's route"));
    m_kubeconfig.addTo(m_parser);
    m_parser.addOptions({m_json, m_dryRun});
    m_parser.addPositionalArgument(QStringLiteral("action"), tr("list, apply or forget"),
                                   QStringLiteral("[list | apply | forget CONTEXT]"));
    if (const std::optional<int> done = m_cli.parse(m_parser))
        return *done;
    const QStringList positional = m_parser.positionalArguments();
    const QString action = positional.value(0, QStringLiteral("list"));
    const int expected = action == QLatin1String("forget") ? 2 : 1;
    if (action != QLatin1String("list") && action != QLatin1String("apply") &&
        action != QLatin1String("forget"))
        return m_cli.usageError(tr("unknown action '%1' (use list, apply or forget)").arg(action));
    if (action == QLatin1String("forget") && positional.size() < 2)
        return m_cli.usageError(tr("forget needs the CONTEXT whose route to forget"));
    if (positional.size() > expected)
        return m_cli.usageError(tr("unexpected argument '%1'").arg(positional.at(expected)));
    if (m_parser.isSet(m_dryRun) && action != QLatin1String("apply"))
        return m_cli.usageError(tr("--dry-run goes with apply"));
    if (m_parser.isSet(m_json) && action != QLatin1String("list"))
        return m_cli.usageError(tr("--json goes with list"));
    if (action == QLatin1String("apply"))
        return apply();
    if (action == QLatin1String("forget"))
        return forget(positional.at(1));
    return list();
}

} // namespace

int runRoutesCommand(CliContext &cli)
{
    return RoutesCommand(cli).run();
}
