#include "DoctorCommand.h"

#include "app/DoctorRunner.h"
#include "app/cli/CliContext.h"
#include "app/cli/KubeconfigOptions.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace {

class DoctorText
{
    Q_DECLARE_TR_FUNCTIONS(DoctorCommand)

public:
    static QString label(CheckResult::Outcome outcome)
    {
        switch (outcome) {
        case CheckResult::Outcome::Pass:
            return QStringLiteral("[pass]");
        case CheckResult::Outcome::Warn:
            return QStringLiteral("[warn]");
        case CheckResult::Outcome::Fail:
            return QStringLiteral("[FAIL]");
        case CheckResult::Outcome::Skipped:
            break;
        }
        return QStringLiteral("[skip]");
    }

    static void print(QTextStream &out, const CheckResult &result)
    {
        const QString indent(7, QLatin1Char(' '));
        out << label(result.outcome) << ' ' << result.title << ": " << result.summary << '\n';
        if (!result.fix.isEmpty())
            out << indent << tr("fix: %1").arg(result.fix) << '\n';
        if (result.outcome != CheckResult::Outcome::Skipped) {
            for (const QString &detail : result.details)
                out << indent << "- " << detail << '\n';
        }
        out.flush();
    }

    static QJsonObject toJson(const CheckResult &result)
    {
        return QJsonObject{
            {QStringLiteral("id"), result.id},
            {QStringLiteral("title"), result.title},
            {QStringLiteral("result"), CheckResult::outcomeId(result.outcome)},
            {QStringLiteral("summary"), result.summary},
            {QStringLiteral("fix"), result.fix},
            {QStringLiteral("details"), QJsonArray::fromStringList(result.details)},
        };
    }
};

} // namespace

int runDoctorCommand(CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        DoctorText::tr("Check a context's path through the tailnet: the kubeconfig entry, DNS, "
                       "TCP, TLS, GET /version, the exec plugin and the auth method."));
    KubeconfigOptions kubeconfig;
    kubeconfig.addTo(parser);
    const QCommandLineOption contextOption(
        QStringLiteral("context"), DoctorText::tr("Check NAME instead of the current context."),
        QStringLiteral("NAME"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        DoctorText::tr("Print one JSON document on stdout."));
    const QCommandLineOption runPluginOption(
        QStringLiteral("run-plugin"),
        DoctorText::tr("Also run the exec plugin and check that it prints a token (never shown)."));
    const QCommandLineOption timeoutOption(
        QStringLiteral("timeout"),
        DoctorText::tr("Seconds each network step may take (default 5)."), QStringLiteral("S"),
        QStringLiteral("5"));
    const QCommandLineOption tailscaleOption(
        QStringLiteral("tailscale"),
        DoctorText::tr("The tailscale binary asked why a .ts.net name does not resolve (default: "
                       "tailscale on PATH)."),
        QStringLiteral("PATH"));
    parser.addOptions({contextOption, jsonOption, runPluginOption, timeoutOption, tailscaleOption});

    if (const std::optional<int> done = cli.parse(parser))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(DoctorText::tr("unexpected argument '%1'")
                                  .arg(parser.positionalArguments().constFirst()));
    bool numeric = false;
    const double seconds = parser.value(timeoutOption).toDouble(&numeric);
    if (!numeric || seconds <= 0 || seconds > 600)
        return cli.usageError(DoctorText::tr("--timeout takes seconds between 0 and 600, not '%1'")
                                  .arg(parser.value(timeoutOption)));

    const std::optional<KubeconfigSet> set = kubeconfig.load(parser, cli);
    if (!set)
        return CliContext::Failure;

    DoctorOptions options;
    options.context = parser.value(contextOption);
    options.runPlugin = parser.isSet(runPluginOption);
    options.timeoutMs = int(seconds * 1000);
    options.tailscalePath = parser.value(tailscaleOption);
    const bool json = parser.isSet(jsonOption);

    DoctorRunner runner;
    QEventLoop loop;
    QObject::connect(&runner, &DoctorRunner::finished, &loop, &QEventLoop::quit);
    if (!json) {
        QObject::connect(
            &runner, &DoctorRunner::stepFinished, &loop,
            [&cli](const CheckResult &result) { DoctorText::print(cli.out(), result); });
    }
    const Status started = runner.start(*set, options);
    if (!started)
        return cli.fail(started.error());
    if (!json) {
        const ContextInfo context = runner.context();
        cli.out() << DoctorText::tr("Checking context %1 (server %2)")
                         .arg(context.name,
                              context.server.isEmpty() ? DoctorText::tr("none") : context.server)
                  << '\n';
        cli.out().flush();
    }
    // Every step is bounded; this only guards against a step that never reports.
    const int budgetMs = 5 * options.timeoutMs + options.pluginTimeoutMs + 15000;
    QTimer::singleShot(budgetMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (runner.isRunning())
        return cli.fail(
            DoctorText::tr("the checks did not finish within %1 s").arg(budgetMs / 1000));

    const QList<CheckResult> results = runner.results();
    int counts[4] = {0, 0, 0, 0};
    QStringList failed;
    for (const CheckResult &result : results) {
        ++counts[int(result.outcome)];
        if (result.outcome == CheckResult::Outcome::Fail)
            failed << result.title;
    }
    if (json) {
        QJsonArray steps;
        for (const CheckResult &result : results)
            steps.append(DoctorText::toJson(result));
        const ContextInfo context = runner.context();
        const QJsonObject document{
            {QStringLiteral("context"), context.name},
            {QStringLiteral("server"), context.server},
            {QStringLiteral("ok"), failed.isEmpty()},
            {QStringLiteral("counts"),
             QJsonObject{{QStringLiteral("pass"), counts[int(CheckResult::Outcome::Pass)]},
                         {QStringLiteral("warn"), counts[int(CheckResult::Outcome::Warn)]},
                         {QStringLiteral("fail"), counts[int(CheckResult::Outcome::Fail)]},
                         {QStringLiteral("skipped"), counts[int(CheckResult::Outcome::Skipped)]}}},
            {QStringLiteral("steps"), steps},
        };
        cli.out() << QJsonDocument(document).toJson(QJsonDocument::Indented);
    } else {
        cli.out() << DoctorText::tr("%1 passed, %2 warned, %3 failed, %4 skipped")
                         .arg(counts[int(CheckResult::Outcome::Pass)])
                         .arg(counts[int(CheckResult::Outcome::Warn)])
                         .arg(counts[int(CheckResult::Outcome::Fail)])
                         .arg(counts[int(CheckResult::Outcome::Skipped)])
                  << '\n';
    }
    cli.out().flush();
    if (!failed.isEmpty())
        return cli.fail(DoctorText::tr("context %1: %2 failed")
                            .arg(runner.context().name, failed.join(QStringLiteral(", "))));
    return CliContext::Success;
}
