// ContextEntryCheck: the doctor's kubeconfig-entry, exec-plugin and auth-method lines.
#include "kubeconfig/doctor/ContextEntryCheck.h"
#include "kubeconfig/doctor/ExecPluginLocator.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Outcome = CheckResult::Outcome;

class TestContextEntryCheck : public QObject
{
    Q_OBJECT

private slots:
    void entry_data();
    void entry();
    void execPlugin_data();
    void execPlugin();
    void auth_data();
    void auth();
    void windowWords_data();
    void windowWords();
    void clientCertificateFixNamesThePanel();
};

static ContextInfo routed()
{
    ContextInfo context;
    context.name = QStringLiteral("gke_demo");
    context.clusterName = QStringLiteral("gke_demo");
    context.userName = QStringLiteral("gke_demo");
    context.server = QStringLiteral("https://tailscale-operator.tail1234.ts.net:443");
    context.serverHost = QStringLiteral("tailscale-operator.tail1234.ts.net");
    context.viaTailnet = true;
    context.authMethod = AuthMethod::ExecPlugin;
    context.authSummary = QStringLiteral("exec: gke-gcloud-auth-plugin");
    context.execCommand = QStringLiteral("gke-gcloud-auth-plugin");
    return context;
}

void TestContextEntryCheck::entry_data()
{
    QTest::addColumn<ContextInfo>("context");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("summaryContains");
    QTest::addColumn<QString>("fixContains");

    QTest::newRow("routed, clean")
        << routed() << int(Outcome::Pass) << QStringLiteral("is a tailnet FQDN; no leftover CA")
        << QString();
    ContextInfo c = routed();
    c.hasCertificateAuthority = true;
    c.certificateAuthorityData = "pem";
    QTest::newRow("old CA data left")
        << c << int(Outcome::Fail)
        << QStringLiteral("the old CA is still in the cluster entry (certificate-authority-data)")
        << QStringLiteral("remove certificate-authority(-data)");
    c = routed();
    c.tlsServerName = QStringLiteral("kubernetes.default");
    QTest::newRow("tls-server-name left")
        << c << int(Outcome::Fail) << QStringLiteral("tls-server-name kubernetes.default is set")
        << QStringLiteral("remove tls-server-name");
    c = routed();
    c.insecureSkipTlsVerify = true;
    QTest::newRow("insecure-skip-tls-verify")
        << c << int(Outcome::Warn) << QStringLiteral("insecure-skip-tls-verify is set")
        << QStringLiteral("publicly trusted");
    c = routed();
    c.server = QStringLiteral("https://tailscale-operator");
    c.viaTailnet = false;
    QTest::newRow("short name")
        << c << int(Outcome::Fail)
        << QStringLiteral(
               "tailscale-operator is a short name; TLS certificates are issued for the full name")
        << QStringLiteral("--hostname tailscale-operator");
    c = routed();
    c.server = QStringLiteral("https://34.118.10.20");
    c.viaTailnet = false;
    c.hasCertificateAuthority = true;
    QTest::newRow("IP address: not routed, CA fine")
        << c << int(Outcome::Warn)
        << QStringLiteral("is an IP address: not routed through the tailnet proxy")
        << QStringLiteral("kubetailor rewrite --context gke_demo");
    c.server = QStringLiteral("https://[2001:db8::1]:6443");
    QTest::newRow("IPv6 address") << c << int(Outcome::Warn) << QStringLiteral("is an IP address")
                                  << QString();
    c.server = QStringLiteral("https://api.example.com");
    QTest::newRow("other DNS name")
        << c << int(Outcome::Warn)
        << QStringLiteral("is not a .ts.net name: not routed through the tailnet proxy")
        << QStringLiteral("--fqdn");
    c = routed();
    c.server = QStringLiteral("http://tailscale-operator.tail1234.ts.net");
    QTest::newRow("http://") << c << int(Outcome::Fail)
                             << QStringLiteral("kubectl sends no credentials")
                             << QStringLiteral(
                                    "use https://tailscale-operator.tail1234.ts.net:443");
    c = routed();
    c.proxyUrl = QStringLiteral("http://proxy.corp:3128");
    QTest::newRow("proxy-url") << c << int(Outcome::Warn)
                               << QStringLiteral("proxy-url http://proxy.corp:3128 is set")
                               << QStringLiteral("remove proxy-url");
    c = routed();
    c.broken = true;
    c.problem = QStringLiteral("context gke_demo names user gke_demo, which is not defined");
    QTest::newRow("broken context")
        << c << int(Outcome::Fail) << QStringLiteral("which is not defined")
        << QStringLiteral("fix the context's entries");
}

void TestContextEntryCheck::entry()
{
    QFETCH(ContextInfo, context);
    QFETCH(int, outcome);
    QFETCH(QString, summaryContains);
    QFETCH(QString, fixContains);
    const CheckResult result = ContextEntryCheck::checkEntry(context);
    QCOMPARE(result.id, QStringLiteral("kubeconfig"));
    QCOMPARE(int(result.outcome), outcome);
    QVERIFY2(result.summary.contains(summaryContains), qPrintable(result.summary));
    QVERIFY2(result.fix.contains(fixContains), qPrintable(result.fix));
    if (outcome == int(Outcome::Pass))
        QVERIFY(result.fix.isEmpty());
}

void TestContextEntryCheck::execPlugin_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("installHint");
    QTest::addColumn<bool>("onPath");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("fixContains");

    QTest::newRow("on PATH") << QStringLiteral("plugin-x") << QString() << true
                             << int(Outcome::Pass) << QString();
    QTest::newRow("missing, install hint shown")
        << QStringLiteral("plugin-missing")
        << QStringLiteral("Install it with brew install plugin-missing") << false
        << int(Outcome::Fail) << QStringLiteral("brew install plugin-missing");
    QTest::newRow("missing, no hint")
        << QStringLiteral("plugin-missing") << QString() << false << int(Outcome::Fail)
        << QStringLiteral("install plugin-missing and put it on PATH");
}

void TestContextEntryCheck::execPlugin()
{
    QFETCH(QString, command);
    QFETCH(QString, installHint);
    QFETCH(bool, onPath);
    QFETCH(int, outcome);
    QFETCH(QString, fixContains);

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("plugin-x")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);

    ExecPluginLocator locator;
    locator.setSearchPath(onPath ? QStringList{dir.path()}
                                 : QStringList{dir.filePath(QStringLiteral("empty"))});
    locator.setHomeDir(dir.filePath(QStringLiteral("home")));
    locator.setLoginShell(QString());

    ContextInfo context = routed();
    context.execCommand = command;
    context.execInstallHint = installHint;
    const CheckResult result = ContextEntryCheck::checkExecPlugin(context, locator);
    QCOMPARE(int(result.outcome), outcome);
    QVERIFY2(result.fix.contains(fixContains), qPrintable(result.fix));
    if (outcome == int(Outcome::Fail))
        QVERIFY2(result.summary.contains(QStringLiteral("not found; looked in: ")),
                 qPrintable(result.summary));

    context.authMethod = AuthMethod::Token;
    QCOMPARE(ContextEntryCheck::checkExecPlugin(context, locator).outcome, Outcome::Skipped);
}

void TestContextEntryCheck::auth_data()
{
    QTest::addColumn<int>("method");
    QTest::addColumn<bool>("viaTailnet");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("summaryContains");

    QTest::newRow("exec plugin") << int(AuthMethod::ExecPlugin) << true << int(Outcome::Pass)
                                 << QStringLiteral("passes its token");
    QTest::newRow("token") << int(AuthMethod::Token) << true << int(Outcome::Pass)
                           << QStringLiteral("bearer token");
    QTest::newRow("client certificate through the proxy")
        << int(AuthMethod::ClientCertificate) << true << int(Outcome::Fail)
        << QStringLiteral("noauth cannot carry client certificates");
    QTest::newRow("client certificate, direct")
        << int(AuthMethod::ClientCertificate) << false << int(Outcome::Warn)
        << QStringLiteral("noauth cannot carry client certificates");
    QTest::newRow("auth-provider") << int(AuthMethod::AuthProvider) << true << int(Outcome::Warn)
                                   << QStringLiteral("removed from kubectl since 1.26");
    QTest::newRow("no credentials")
        << int(AuthMethod::None) << true << int(Outcome::Warn) << QStringLiteral("anonymous");
}

void TestContextEntryCheck::auth()
{
    QFETCH(int, method);
    QFETCH(bool, viaTailnet);
    QFETCH(int, outcome);
    QFETCH(QString, summaryContains);
    ContextInfo context = routed();
    context.authMethod = AuthMethod(method);
    context.viaTailnet = viaTailnet;
    const CheckResult result = ContextEntryCheck::checkAuth(context);
    QCOMPARE(int(result.outcome), outcome);
    QVERIFY2(result.summary.contains(summaryContains), qPrintable(result.summary));
}

void TestContextEntryCheck::windowWords_data()
{
    QTest::addColumn<ContextInfo>("context");
    QTest::addColumn<bool>("offersRoute"); // the window's Route through tailnet button

    QTest::newRow("routed, clean: nothing to do") << routed() << false;
    ContextInfo c = routed();
    c.hasCertificateAuthority = true;
    QTest::newRow("old CA left: routing again removes it") << c << true;
    c = routed();
    c.server = QStringLiteral("https://tailscale-operator");
    QTest::newRow("short name") << c << true;
    c.server = QStringLiteral("https://34.118.10.20");
    QTest::newRow("IP address: goes direct") << c << true;
    c.server = QStringLiteral("https://api.example.com");
    QTest::newRow("other DNS name: goes direct") << c << true;
    c = routed();
    c.tlsServerName = QStringLiteral("kubernetes.default");
    QTest::newRow("tls-server-name left: a field to remove, no button") << c << false;
    c = routed();
    c.server = QStringLiteral("http://tailscale-operator.tail1234.ts.net");
    QTest::newRow("http://: no button") << c << false;
}

void TestContextEntryCheck::windowWords()
{
    QFETCH(ContextInfo, context);
    QFETCH(bool, offersRoute);
    const CheckResult result = ContextEntryCheck::checkEntry(context);
    QCOMPARE(result.action == CheckResult::routeThroughTailnet(), offersRoute);
    if (!offersRoute) {
        QVERIFY(result.action.isEmpty());
        QVERIFY(result.windowFix.isEmpty()); // the fix reads the same in the window
        return;
    }
    QVERIFY2(result.windowFix.contains(QStringLiteral("Route through tailnet button")),
             qPrintable(result.windowFix));
    QVERIFY2(!result.windowFix.contains(QStringLiteral("--")), qPrintable(result.windowFix));
    QVERIFY2(!result.windowFix.contains(QStringLiteral("kubetailor ")),
             qPrintable(result.windowFix));
    // The CLI's words stay as they were.
    QVERIFY2(result.fix.contains(QStringLiteral("kubetailor rewrite")), qPrintable(result.fix));
}

void TestContextEntryCheck::clientCertificateFixNamesThePanel()
{
    ContextInfo context = routed();
    context.authMethod = AuthMethod::ClientCertificate;
    const CheckResult result = ContextEntryCheck::checkAuth(context);
    QVERIFY2(result.fix.contains(QStringLiteral("--passthrough")), qPrintable(result.fix));
    QVERIFY2(result.windowFix.contains(QStringLiteral("Local proxy panel with TCP passthrough")),
             qPrintable(result.windowFix));
    QVERIFY(!result.windowFix.contains(QStringLiteral("--")));
}

QTEST_GUILESS_MAIN(TestContextEntryCheck)
#include "tst_contextentrycheck.moc"
