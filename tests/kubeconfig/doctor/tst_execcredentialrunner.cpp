// ExecCredentialRunner: runs a stand-in plugin as client-go does and judges its output,
// never handing out the token.
#include "kubeconfig/doctor/ExecCredentialRunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Outcome = CheckResult::Outcome;

class TestExecCredentialRunner : public QObject
{
    Q_OBJECT

private slots:
    void judge_data();
    void judge();
    void execInfo();
    void runsWithEnvAndExecInfo();
    void timeoutIsBounded();

private:
    QString script(const QString &body);
    QTemporaryDir m_dir;
};

static ExecPluginSpec spec()
{
    ExecPluginSpec s;
    s.command = QStringLiteral("gke-gcloud-auth-plugin");
    s.apiVersion = QStringLiteral("client.authentication.k8s.io/v1beta1");
    s.server = QStringLiteral("https://tailscale-operator.tail1234.ts.net:443");
    return s;
}

QString TestExecCredentialRunner::script(const QString &body)
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("plugin-%1").arg(++n));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("#!/bin/sh\n" + body.toUtf8() + "\n");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    return path;
}

void TestExecCredentialRunner::judge_data()
{
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::addColumn<int>("outcome");
    QTest::addColumn<QString>("summaryContains");

    QTest::newRow("token")
        << 0
        << QByteArray(
               R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","status":{"token":"s3cret","expirationTimestamp":"2099-01-01T00:00:00Z"}})")
        << QByteArray() << int(Outcome::Pass) << QStringLiteral("with a token (not shown)");
    QTest::newRow("expired token")
        << 0
        << QByteArray(
               R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","status":{"token":"s3cret","expirationTimestamp":"2001-01-01T00:00:00Z"}})")
        << QByteArray() << int(Outcome::Warn) << QStringLiteral("expired at 2001-01-01");
    QTest::newRow("wrong apiVersion")
        << 0
        << QByteArray(
               R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","status":{"token":"s3cret"}})")
        << QByteArray() << int(Outcome::Fail) << QStringLiteral("kubectl refuses that");
    QTest::newRow("client certificate")
        << 0
        << QByteArray(
               R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","status":{"clientCertificateData":"c","clientKeyData":"k"}})")
        << QByteArray() << int(Outcome::Fail)
        << QStringLiteral("noauth cannot carry client certificates");
    QTest::newRow("no token")
        << 0
        << QByteArray(
               R"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1beta1","status":{}})")
        << QByteArray() << int(Outcome::Fail) << QStringLiteral("without a token");
    QTest::newRow("not JSON") << 0 << QByteArray("hello") << QByteArray() << int(Outcome::Fail)
                              << QStringLiteral("printed no ExecCredential");
    QTest::newRow("login needed")
        << 1 << QByteArray()
        << QByteArray(
               "ERROR: (gcloud.auth) You do not currently have an active account selected.\n")
        << int(Outcome::Fail)
        << QStringLiteral("failed (exit code 1): ERROR: (gcloud.auth) You do not currently have an "
                          "active account");
}

void TestExecCredentialRunner::judge()
{
    QFETCH(int, exitCode);
    QFETCH(QByteArray, out);
    QFETCH(QByteArray, err);
    QFETCH(int, outcome);
    QFETCH(QString, summaryContains);
    const CheckResult result = ExecCredentialRunner::judge(spec(), exitCode, out, err);
    QCOMPARE(int(result.outcome), outcome);
    QVERIFY2(result.summary.contains(summaryContains), qPrintable(result.summary));
    QVERIFY(!result.summary.contains(QStringLiteral("s3cret")));
    QVERIFY(!result.details.join(QLatin1Char(' ')).contains(QStringLiteral("s3cret")));
}

void TestExecCredentialRunner::execInfo()
{
    ExecPluginSpec s = spec();
    QJsonObject info = QJsonDocument::fromJson(ExecCredentialRunner::execInfo(s)).object();
    QCOMPARE(info.value(QLatin1String("kind")).toString(), QStringLiteral("ExecCredential"));
    QCOMPARE(info.value(QLatin1String("apiVersion")).toString(), s.apiVersion);
    QCOMPARE(info.value(QLatin1String("spec"))
                 .toObject()
                 .value(QLatin1String("interactive"))
                 .toBool(true),
             false);
    QVERIFY(!info.value(QLatin1String("spec")).toObject().contains(QLatin1String("cluster")));

    s.provideClusterInfo = true;
    s.certificateAuthorityData = "PEM";
    info = QJsonDocument::fromJson(ExecCredentialRunner::execInfo(s)).object();
    const QJsonObject cluster =
        info.value(QLatin1String("spec")).toObject().value(QLatin1String("cluster")).toObject();
    QCOMPARE(cluster.value(QLatin1String("server")).toString(), s.server);
    QCOMPARE(cluster.value(QLatin1String("certificate-authority-data")).toString(),
             QStringLiteral("UEVN"));
}

void TestExecCredentialRunner::runsWithEnvAndExecInfo()
{
    // Prints a credential only when the stanza's env and KUBERNETES_EXEC_INFO arrived.
    const QString plugin = script(QStringLiteral(
        "[ \"$1\" = --cluster ] || exit 3\n"
        "[ \"$REGION\" = eu-west-1 ] || exit 4\n"
        "case \"$KUBERNETES_EXEC_INFO\" in *'\"interactive\":false'*) ;; *) exit 5 ;; esac\n"
        "printf "
        "'{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/v1beta1\","
        "\"status\":{\"token\":\"s3cret\"}}'"));
    ExecPluginSpec s = spec();
    s.args = {QStringLiteral("--cluster"), QStringLiteral("demo")};
    s.env = {{QStringLiteral("REGION"), QStringLiteral("eu-west-1")}};
    const CheckResult result = ExecCredentialRunner::run(s, plugin, 5000);
    QVERIFY2(result.outcome == Outcome::Pass, qPrintable(result.summary));
    QVERIFY(!result.summary.contains(QStringLiteral("s3cret")));
}

void TestExecCredentialRunner::timeoutIsBounded()
{
    const QString plugin = script(QStringLiteral("sleep 20"));
    QElapsedTimer clock;
    clock.start();
    const CheckResult result = ExecCredentialRunner::run(spec(), plugin, 400);
    QVERIFY(clock.elapsed() < 5000);
    QCOMPARE(result.outcome, Outcome::Fail);
    QVERIFY2(result.fix.contains(QStringLiteral("waiting for a login")), qPrintable(result.fix));

    ExecPluginSpec interactive = spec();
    interactive.interactiveMode = QStringLiteral("Always");
    QCOMPARE(ExecCredentialRunner::run(interactive, plugin, 400).outcome, Outcome::Skipped);
}

QTEST_GUILESS_MAIN(TestExecCredentialRunner)
#include "tst_execcredentialrunner.moc"
