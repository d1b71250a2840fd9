#include "ManifestsCommand.h"

#include "app/KeychainStore.h"
#include "app/SecretKeys.h"
#include "app/cli/CliContext.h"
#include "kubeconfig/operator/OperatorSnippets.h"

#include <QCommandLineParser>

#include <chrono>

namespace {

class Manifests
{
    Q_DECLARE_TR_FUNCTIONS(ManifestsCommand)

public:
    explicit Manifests(CliContext &context)
        : m_context(context)
    {}

    int run();

private:
    int runHelm();
    int runStatic();
    int runProxyGroup();
    int runAcl();
    void note(const QString &line);
    KeychainStore &keychain();
    // Options that belong to another kind are a usage error, not silently ignored.
    std::optional<int> onlyOptionsOf(const QString &kind, const QStringList &allowed);

    CliContext &m_context;
    QCommandLineParser m_parser;
    std::unique_ptr<KeychainStore> m_keychain;

    const QCommandLineOption m_clientId{QStringLiteral("client-id"),
                                        tr("The OAuth client ID (default: the one in the "
                                           "keychain, else a placeholder)."),
                                        tr("ID")};
    const QCommandLineOption m_clientSecret{
        QStringLiteral("client-secret"),
        tr("The OAuth client secret; printed into the command (default: a placeholder)."),
        tr("SECRET")};
    const QCommandLineOption m_secretFromKeychain{
        QStringLiteral("secret-from-keychain"),
        tr("Take the OAuth client secret from the keychain (shown masked unless "
           "--show-secret).")};
    const QCommandLineOption m_storeSecret{
        QStringLiteral("store-secret"),
        tr("Store --client-id and --client-secret in the keychain for next time.")};
    const QCommandLineOption m_showSecret{QStringLiteral("show-secret"),
                                          tr("Print the secret from the keychain in clear.")};
    const QCommandLineOption m_shell{
        QStringLiteral("shell"),
        tr("Quote for this shell: posix or powershell (default: powershell on Windows, "
           "else posix)."),
        tr("SHELL")};
    const QCommandLineOption m_kubectl{QStringLiteral("kubectl"),
                                       tr("static: print only the kubectl set env command.")};
    const QCommandLineOption m_name{QStringLiteral("name"),
                                    tr("ProxyGroup name (default kube-apiserver)."), tr("NAME")};
    const QCommandLineOption m_replicas{QStringLiteral("replicas"),
                                        tr("ProxyGroup replicas (default 2)."), tr("N")};
    const QCommandLineOption m_hostname{QStringLiteral("hostname"),
                                        tr("The proxy's tailnet host name (default: the "
                                           "ProxyGroup name)."),
                                        tr("HOST")};
    const QCommandLineOption m_src{QStringLiteral("src"),
                                   tr("Who may reach the proxy; repeat for several "
                                      "(default autogroup:member)."),
                                   tr("GROUP")};
    const QCommandLineOption m_tag{QStringLiteral("tag"),
                                   tr("The proxy's tag (default tag:k8s-operator)."), tr("TAG")};
};

void Manifests::note(const QString &line)
{
    m_context.err() << "# " << line << '\n';
}

KeychainStore &Manifests::keychain()
{
    if (!m_keychain) {
        m_keychain = std::make_unique<KeychainStore>();
        bool ok = false;
        const int ms = qEnvironmentVariableIntValue("KUBETAILOR_KEYCHAIN_TIMEOUT_MS", &ok);
        if (ok && ms > 0)
            m_keychain->setTimeout(std::chrono::milliseconds(ms));
    }
    return *m_keychain;
}

std::optional<int> Manifests::onlyOptionsOf(const QString &kind, const QStringList &allowed)
{
    for (const QString &name : m_parser.optionNames()) {
        if (name == QLatin1String("h") || name == QLatin1String("help") || allowed.contains(name))
            continue;
        return m_context.usageError(tr("--%1 does not apply to 'manifests %2'").arg(name, kind));
    }
    return std::nullopt;
}

int Manifests::run()
{
    m_parser.setApplicationDescription(
        tr("Print the Tailscale Kubernetes Operator's setup for the API server proxy in "
           "noauth mode, filled in:\n"
           "  helm        the helm upgrade --install command\n"
           "  static      the APISERVER_PROXY env entry for the operator Deployment\n"
           "  proxygroup  a ProxyGroup of type kube-apiserver in noauth mode\n"
           "  acl         a tailnet policy grant to reach the proxy on tcp:443"));
    m_parser.addPositionalArgument(QStringLiteral("kind"), tr("helm, static, proxygroup or acl."),
                                   QStringLiteral("(helm | static | proxygroup | acl)"));
    m_parser.addOptions({m_clientId, m_clientSecret, m_secretFromKeychain, m_storeSecret,
                         m_showSecret, m_shell, m_kubectl, m_name, m_replicas, m_hostname, m_src,
                         m_tag});
    if (const std::optional<int> done = m_context.parse(m_parser))
        return *done;

    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 1)
        return m_context.usageError(
            positional.isEmpty() ? tr("say which: helm, static, proxygroup or acl")
                                 : tr("one kind at a time; unexpected '%1'").arg(positional.at(1)));
    struct Kind
    {
        QString name;
        QStringList options; // the options that apply to it
        int (Manifests::*run)();
    };
    const QList<Kind> kinds = {
        {QStringLiteral("helm"),
         {QStringLiteral("client-id"), QStringLiteral("client-secret"),
          QStringLiteral("secret-from-keychain"), QStringLiteral("store-secret"),
          QStringLiteral("show-secret"), QStringLiteral("shell")},
         &Manifests::runHelm},
        {QStringLiteral("static"), {QStringLiteral("kubectl")}, &Manifests::runStatic},
        {QStringLiteral("proxygroup"),
         {QStringLiteral("name"), QStringLiteral("replicas"), QStringLiteral("hostname")},
         &Manifests::runProxyGroup},
        {QStringLiteral("acl"), {QStringLiteral("src"), QStringLiteral("tag")}, &Manifests::runAcl},
    };
    const QString name = positional.first();
    for (const Kind &kind : kinds) {
        if (kind.name != name)
            continue;
        if (const std::optional<int> done = onlyOptionsOf(kind.name, kind.options))
            return *done;
        return (this->*kind.run)();
    }
    return m_context.usageError(
        tr("unknown kind '%1'; use helm, static, proxygroup or acl").arg(name));
}

int Manifests::runHelm()
{
    if (m_parser.isSet(m_clientSecret) && m_parser.isSet(m_secretFromKeychain))
        return m_context.usageError(
            tr("--client-secret and --secret-from-keychain exclude each other"));
    if (m_parser.isSet(m_storeSecret) && !m_parser.isSet(m_clientSecret) &&
        !m_parser.isSet(m_clientId))
        return m_context.usageError(tr("--store-secret needs --client-secret or --client-id"));

    OperatorSnippets::HelmOptions options;
#ifdef Q_OS_WIN
    const QString defaultShell = QStringLiteral("powershell");
#else
    const QString defaultShell = QStringLiteral("posix");
#endif
    const QString shell = m_parser.isSet(m_shell) ? m_parser.value(m_shell) : defaultShell;
    if (shell == QLatin1String("posix")) {
        options.shell = ShellQuoting::Shell::Posix;
    } else if (shell == QLatin1String("powershell")) {
        options.shell = ShellQuoting::Shell::PowerShell;
    } else {
        return m_context.usageError(tr("unknown shell '%1'; use posix or powershell").arg(shell));
    }

    // The secret first: when it was asked for and the keychain cannot answer, that is the
    // one error to report (and the only wait).
    if (m_parser.isSet(m_clientSecret)) {
        // The user's own terminal: the secret they typed goes into the command as it is.
        options.clientSecret = m_parser.value(m_clientSecret);
        options.secretDisplay = OperatorSnippets::SecretDisplay::Reveal;
    } else if (m_parser.isSet(m_secretFromKeychain)) {
        const KeychainStore::Reply reply = keychain().readSync(SecretKeys::operatorClientSecret());
        if (reply.outcome == KeychainStore::Outcome::NotFound)
            return m_context.fail(tr("no OAuth client secret is stored in the keychain; store "
                                     "one with 'kubetailor manifests helm --client-secret "
                                     "SECRET --store-secret'"));
        if (!reply.ok())
            return m_context.fail(reply.message);
        options.clientSecret = reply.value;
        options.secretDisplay = m_parser.isSet(m_showSecret)
                                    ? OperatorSnippets::SecretDisplay::Reveal
                                    : OperatorSnippets::SecretDisplay::Mask;
    } else {
        options.secretDisplay = OperatorSnippets::SecretDisplay::Placeholder;
    }

    if (m_parser.isSet(m_clientId)) {
        options.clientId = m_parser.value(m_clientId);
    } else {
        const KeychainStore::Reply reply = keychain().readSync(SecretKeys::operatorClientId());
        if (reply.ok())
            options.clientId = reply.value;
        else if (reply.outcome != KeychainStore::Outcome::NotFound)
            m_context.warn(tr("%1; using the placeholder %2")
                               .arg(reply.message, OperatorSnippets::clientIdPlaceholder()));
    }

    const Result<QString> command = OperatorSnippets::helmCommand(options);
    if (!command)
        return m_context.fail(command.error());

    if (m_parser.isSet(m_storeSecret)) {
        if (m_parser.isSet(m_clientId)) {
            const auto reply =
                keychain().writeSync(SecretKeys::operatorClientId(), *options.clientId);
            if (!reply.ok())
                return m_context.fail(reply.message);
        }
        if (m_parser.isSet(m_clientSecret)) {
            const auto reply =
                keychain().writeSync(SecretKeys::operatorClientSecret(), *options.clientSecret);
            if (!reply.ok())
                return m_context.fail(reply.message);
        }
    }

    m_context.out() << command.value();
    m_context.out().flush();
    for (const QString &line : OperatorSnippets::helmNotes())
        note(line);
    if (m_parser.isSet(m_storeSecret)) {
        note(tr("Stored in the keychain (service '%1'); next time: kubetailor manifests helm "
                "--secret-from-keychain")
                 .arg(keychain().service()));
    } else if (m_parser.isSet(m_clientSecret)) {
        note(tr("Add --store-secret once to keep the secret in the keychain; then "
                "--secret-from-keychain keeps it out of your shell history."));
    } else if (options.secretDisplay == OperatorSnippets::SecretDisplay::Mask) {
        note(tr("The secret is masked; add --show-secret to print it."));
    }
    note(OperatorSnippets::afterInstallHint(OperatorSnippets::defaultProxyHostname()));
    return CliContext::Success;
}

int Manifests::runStatic()
{
    if (m_parser.isSet(m_kubectl)) {
        m_context.out() << OperatorSnippets::kubectlSetEnvCommand();
    } else {
        m_context.out() << OperatorSnippets::staticEnvYaml() << "# "
                        << tr("Or, on a running operator (or: kubetailor manifests static "
                              "--kubectl):")
                        << "\n#   " << OperatorSnippets::kubectlSetEnvCommand();
    }
    m_context.out().flush();
    note(OperatorSnippets::afterInstallHint(OperatorSnippets::defaultProxyHostname()));
    return CliContext::Success;
}

int Manifests::runProxyGroup()
{
    OperatorSnippets::ProxyGroupOptions options;
    if (m_parser.isSet(m_name))
        options.name = m_parser.value(m_name);
    if (m_parser.isSet(m_replicas)) {
        bool ok = false;
        options.replicas = m_parser.value(m_replicas).toInt(&ok);
        if (!ok)
            return m_context.usageError(
                tr("--replicas '%1' is not a whole number").arg(m_parser.value(m_replicas)));
    }
    options.hostname = m_parser.value(m_hostname);
    const Result<QString> yaml = OperatorSnippets::proxyGroupYaml(options);
    if (!yaml)
        return m_context.fail(yaml.error());
    m_context.out() << yaml.value();
    m_context.out().flush();
    note(tr("Apply with: kubectl apply -f proxygroup.yaml (the operator must be installed "
            "first)."));
    note(OperatorSnippets::afterInstallHint(options.hostname.isEmpty() ? options.name
                                                                       : options.hostname));
    return CliContext::Success;
}

int Manifests::runAcl()
{
    OperatorSnippets::AclOptions options;
    if (m_parser.isSet(m_src))
        options.sources = m_parser.values(m_src);
    if (m_parser.isSet(m_tag))
        options.tag = m_parser.value(m_tag);
    const Result<QString> policy = OperatorSnippets::aclPolicy(options);
    if (!policy)
        return m_context.fail(policy.error());
    m_context.out() << policy.value();
    m_context.out().flush();
    for (const QString &line : OperatorSnippets::aclNotes())
        note(line);
    return CliContext::Success;
}

} // namespace

int runManifestsCommand(CliContext &context)
{
    Manifests manifests(context);
    return manifests.run();
}
