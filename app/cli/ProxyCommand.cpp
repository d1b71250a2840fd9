#include "ProxyCommand.h"

#include "app/AppLogging.h"
#include "app/ForwarderLocalContext.h"
#include "app/cli/CliContext.h"
#include "app/cli/KubeconfigOptions.h"
#include "app/cli/TerminationSignals.h"
#include "kubeconfig/ContextEditor.h"
#include "kubeconfig/operator/ShellQuoting.h"
#include "proxycore/ForwarderService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csignal>

namespace {

class ProxyCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProxyCommand)

public:
    // "127.0.0.1:8443", "[::1]:8443", "0.0.0.0:8443" or just "8443" (loopback).
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port)
    {
        QString host = QStringLiteral("127.0.0.1");
        QString portText = text;
        const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0) {
            host = text.left(colon);
            portText = text.mid(colon + 1);
            if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
                host = host.mid(1, host.size() - 2);
            if (host == QLatin1String("localhost"))
                host = QStringLiteral("127.0.0.1");
        }
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        *address = QHostAddress(host);
        *port = quint16(value);
        return ok && value <= 65535 && !address->isNull();
    }
};

} // namespace

int runProxyCommand(CliContext &cli)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ProxyCommand::tr(
        "Run the local noauth forwarder: kubectl talks TLS to a loopback address, the forwarder "
        "sends each request unchanged (its credentials included, nothing added) over verified "
        "TLS to the upstream. Stop with Ctrl+C."));
    const QCommandLineOption context(QStringLiteral("context"),
                                     ProxyCommand::tr("Forward to this context's server and add "
                                                      "a context NAME-local for the forwarder."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption upstream(QStringLiteral("upstream"),
                                      ProxyCommand::tr("Forward to this https:// URL."),
                                      QStringLiteral("URL"));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    ProxyCommand::tr("Listen here (default 127.0.0.1:8443; port 0 "
                                                     "picks a free one)."),
                                    QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8443"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
                                    ProxyCommand::tr("Also trust the CA certificates in F for the "
                                                     "upstream."),
                                    QStringLiteral("F"));
    const QCommandLineOption passthrough(
        QStringLiteral("passthrough"),
        ProxyCommand::tr("Tunnel TCP instead: TLS runs end to end (client certificates work)."));
    const QCommandLineOption allowRemote(
        QStringLiteral("allow-remote"),
        ProxyCommand::tr("Allow a non-loopback listen address (others could use your "
                         "credentials' requests)."));
    const QCommandLineOption maxConnections(
        QStringLiteral("max-connections"),
        ProxyCommand::tr("Serve at most N client connections at once (default 128; each open "
                         "watch or logs -f holds one)."),
        QStringLiteral("N"), QStringLiteral("128"));
    const QCommandLineOption keepContext(
        QStringLiteral("keep-context"),
        ProxyCommand::tr("Keep the NAME-local context when the proxy exits (by default it is "
                         "removed: it would point at a closed port)."));
    KubeconfigOptions kubeconfig;
    parser.addOptions(
        {context, upstream, listen, caFile, passthrough, allowRemote, maxConnections, keepContext});
    kubeconfig.addTo(parser);
    if (const std::optional<int> done = cli.parse(parser))
        return *done;
    if (!parser.positionalArguments().isEmpty())
        return cli.usageError(ProxyCommand::tr("unexpected argument '%1'")
                                  .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(context) == parser.isSet(upstream))
        return cli.usageError(ProxyCommand::tr("give either --context NAME or --upstream URL"));
    if (parser.isSet(keepContext) && !parser.isSet(context))
        return cli.usageError(ProxyCommand::tr("--keep-context goes with --context"));
    if (parser.isSet(upstream) && !kubeconfig.explicitFile(parser).isEmpty())
        return cli.usageError(ProxyCommand::tr("--kubeconfig goes with --context"));

    ForwarderConfig config;
    if (!ProxyCommand::parseListen(parser.value(listen), &config.listenAddress, &config.listenPort))
        return cli.usageError(ProxyCommand::tr("--listen takes ADDR:PORT, e.g. 127.0.0.1:8443 "
                                               "(got '%1')")
                                  .arg(parser.value(listen)));
    config.allowRemote = parser.isSet(allowRemote);
    bool countOk = false;
    config.maxConnections = parser.value(maxConnections).toInt(&countOk);
    if (!countOk || config.maxConnections < 1 || config.maxConnections > 100000)
        return cli.usageError(ProxyCommand::tr("--max-connections takes a number from 1 to "
                                               "100000 (got '%1')")
                                  .arg(parser.value(maxConnections)));
    config.mode = parser.isSet(passthrough) ? ForwarderConfig::Mode::Passthrough
                                            : ForwarderConfig::Mode::Http;
    config.caFile = parser.value(caFile);

    std::optional<KubeconfigSet> set;
    std::optional<ContextInfo> info;
    if (parser.isSet(context)) {
        set = kubeconfig.load(parser, cli);
        if (!set)
            return CliContext::Failure;
        info = set->context(parser.value(context));
        if (!info) {
            return cli.fail(
                ProxyCommand::tr("no context named \"%1\" in %2; `kubetailor "
                                 "contexts` lists them")
                    .arg(parser.value(context), set->files().join(QDir::listSeparator())));
        }
        ForwarderLocalContext::configureUpstream(*info, &config);
    } else {
        config.upstream = QUrl(parser.value(upstream));
    }
    if (config.upstream.scheme() != QLatin1String("https") || config.upstream.host().isEmpty()) {
        const QString where =
            info ? ProxyCommand::tr("context \"%1\" in %2: ").arg(info->name, info->clusterFile)
                 : QString();
        return cli.fail(where +
                        ProxyCommand::tr("the upstream must be an https:// URL with a host, "
                                         "e.g. https://tailscale-operator.tail1234.ts.net:443 "
                                         "(got '%1')")
                            .arg(config.upstream.toString()));
    }

    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return cli.fail(ProxyCommand::tr("internal error: no application event loop"));

    ForwarderService service;
    QString error;
    if (!service.start(config, &error))
        return cli.fail(error);

    const bool http = config.mode == ForwarderConfig::Mode::Http;
    const QString local = service.localUrl().toString();
    cli.out() << ProxyCommand::tr("Forwarding %1 to %2 (%3).")
                     .arg(local, config.upstream.toString(QUrl::RemoveUserInfo),
                          http ? ProxyCommand::tr("http mode: TLS on loopback, requests sent "
                                                  "unchanged, no credentials added")
                               : ProxyCommand::tr("passthrough mode: TLS end to end"))
              << '\n';

    const QString upstreamHost = config.upstreamHost();
    QString localContext;
    if (info) {
        const ForwarderLocalContext entry = ForwarderLocalContext::describe(*info, config, service);
        ContextEditor editor(*set);
        const Result<QString> name = editor.upsertLocalContext(
            info->name, QString(), entry.server, entry.certificateAuthorityPem, entry.tlsServerName,
            entry.insecureSkipTlsVerify);
        if (!name) {
            service.stop();
            return cli.fail(name.error());
        }
        const Result<ApplyReport> written = editor.apply();
        if (!written) {
            service.stop();
            return cli.fail(written.error());
        }
        localContext = name.value();
        cli.out() << ProxyCommand::tr("Context \"%1\" in %2 points at the forwarder (same user "
                                      "entry \"%3\").")
                         .arg(name.value(), info->originFile, info->userName)
                  << '\n'
                  << "  kubectl --context " << ShellQuoting::posix(name.value()) << " get pods\n";
    } else if (http) {
        const QString ca =
            QDir(service.certificateDir()).filePath(QStringLiteral("loopback-ca.pem"));
        cli.out() << "  kubectl --server " << local << " --certificate-authority "
                  << ShellQuoting::posix(ca) << " get pods\n";
    } else {
        cli.out() << "  kubectl --server " << local << " --tls-server-name "
                  << ShellQuoting::posix(upstreamHost) << " get pods\n";
    }
    cli.out() << ProxyCommand::tr("Each request is logged on stderr. Stop with Ctrl+C.") << '\n';
    cli.out().flush();

    QObject::connect(&service, &ForwarderService::requestFinished, &service,
                     [&cli](const ForwarderRequestRecord &record) {
                         cli.err() << record.summary() << '\n';
                         cli.err().flush();
                     });
    TerminationSignals signals_;
    QObject::connect(&signals_, &TerminationSignals::received, &service, [&](int number) {
        cli.err() << ProxyCommand::tr("kubetailor proxy: stopping (%1)")
                         .arg(number == SIGINT ? QStringLiteral("SIGINT")
                                               : QStringLiteral("SIGTERM"))
                  << '\n';
        cli.err().flush();
        service.stop();
        QCoreApplication::exit(CliContext::Success);
    });
    const int exitCode = app->exec();
    service.stop();
    if (!localContext.isEmpty() && !parser.isSet(keepContext)) {
        // The -local context would point at a closed port: it goes with the forwarder.
        std::optional<KubeconfigSet> now = kubeconfig.load(parser, cli);
        if (now && now->context(localContext)) {
            ContextEditor editor(*now);
            Status removed = editor.deleteContext(localContext);
            if (removed) {
                const Result<ApplyReport> written = editor.apply();
                if (!written)
                    removed = Status::failure(written.error());
            }
            if (!removed)
                return cli.fail(ProxyCommand::tr("cannot remove the context \"%1\": %2; delete "
                                                 "it with `kubetailor delete %1`")
                                    .arg(localContext, removed.error()));
            cli.err()
                << ProxyCommand::tr("kubetailor proxy: context \"%1\" removed").arg(localContext)
                << '\n';
            cli.err().flush();
        }
    }
    return exitCode;
}
