#include "CliRunner.h"

#include "app/AppLogging.h"
#include "app/AppSetup.h"
#include "app/cli/CliContext.h"
#include "app/cli/CommandRegistry.h"

#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>
#include <cstring>

bool CliRunner::wantsCli(int argc, char **argv)
{
    // The GUI takes only --minimized (and Qt's own -platform style options); anything else
    // is the command-line tool's to answer, with a usage error where it is unknown.
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strcmp(arg, "--minimized") == 0)
            continue;
        if (std::strcmp(arg, "-platform") == 0 || std::strcmp(arg, "-display") == 0) {
            ++i;
            continue;
        }
        return true;
    }
    return false;
}

int CliRunner::exec(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    // A command says what it did on stdout and at most one line on stderr: the libraries'
    // info logging ("wrote ...", "backup saved ...") stays off. QT_LOGGING_RULES (which
    // takes precedence over this) turns it back on, e.g. "kubetailor.*=true".
    QLoggingCategory::setFilterRules(QStringLiteral("kubetailor.*.info=false"));
    AppSetup::configureApplication();
    AppSetup::installTranslations(&app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int rc = run(app.arguments(), out, err);
    out.flush();
    err.flush();
    return rc;
}

QString CliRunner::versionText()
{
    return QStringLiteral("kubetailor %1 (Qt %2)\n")
        .arg(QStringLiteral(KUBETAILOR_VERSION), QString::fromLatin1(qVersion()));
}

QString CliRunner::helpText()
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage: kubetailor [--minimized]            start the desktop app (window and tray)")
      << '\n'
      << tr("       kubetailor COMMAND [OPTIONS]        run a command without a window") << "\n\n"
      << tr("Routes kubectl through the Tailscale Kubernetes Operator's API server proxy in\n"
            "noauth mode: the kubeconfig's server becomes the proxy's MagicDNS name, the old\n"
            "CA goes, and the cloud's exec plugin keeps authenticating.")
      << "\n\n"
      << tr("Commands:") << '\n';
    for (const CliCommand &command : CommandRegistry::commands()) {
        s << "  " << command.name.leftJustified(10) << ' ' << command.summary;
        if (!command.run)
            s << ' ' << tr("(not available in this version yet)");
        s << '\n';
    }
    s << '\n'
      << tr("Options:") << '\n'
      << "  --minimized  " << tr("start the desktop app in the tray") << '\n'
      << "  -h, --help   " << tr("show this help; 'kubetailor COMMAND --help' for a command")
      << '\n'
      << "  --version    " << tr("show the version") << "\n\n"
      << tr("Exit status: 0 done, 1 failed (one line on stderr says what and where), 2 usage "
            "error.")
      << '\n';
    return text;
}

int CliRunner::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v") ||
        first == QLatin1String("version")) {
        out << versionText();
        return CliContext::Success;
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        if (first == QLatin1String("help") && arguments.size() > 2)
            return run({arguments.at(0), arguments.at(2), QStringLiteral("--help")}, out, err);
        out << helpText();
        return CliContext::Success;
    }

    const CliCommand *command = CommandRegistry::find(first);
    if (!command) {
        err << tr("kubetailor: unknown command or option '%1'. Try 'kubetailor --help'.").arg(first)
            << '\n';
        return CliContext::UsageError;
    }

    QStringList rest = arguments.mid(2);
    rest.prepend(QStringLiteral("kubetailor ") + command->name);
    CliContext context(command->name, rest, out, err);
    if (!command->run) {
        if (rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h"))) {
            out << "Usage: kubetailor " << command->name << ' ' << command->synopsis << '\n'
                << command->summary << '\n'
                << tr("This command is not available in this version yet.") << '\n';
            return CliContext::Success;
        }
        return context.fail(tr("this command is not available in this version yet"));
    }
    qCDebug(lcCli) << "running" << command->name;
    return command->run(context);
}
