#include "kubeconfig/KubeconfigSet.h"
#include "tests/support/KubectlRunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Section = KubeconfigDocument::Section;

// The merged view: client-go's merge rules, origins, provider and auth detection.
class TestKubeconfigSet : public QObject
{
    Q_OBJECT

private slots:
    void detection_data();
    void detection();
    void firstFileWinsAName();
    void currentContextFromFirstFileThatSetsIt();
    void currentContextWriteTarget_data();
    void currentContextWriteTarget();
    void brokenContextStillLoads();
    void sharedClusterUsers();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

static QString fixture(const QString &name)
{
    return QStringLiteral(KUBETAILOR_FIXTURES_DIR "/kubeconfigs/") + name;
}

QString TestKubeconfigSet::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestKubeconfigSet::detection_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("context");
    QTest::addColumn<Provider>("provider");
    QTest::addColumn<AuthMethod>("auth");
    QTest::addColumn<QString>("authSummary");
    QTest::addColumn<bool>("hasCa");

    QTest::newRow("GKE: IP server, gke_ names, gke-gcloud-auth-plugin")
        << QStringLiteral("gke.yaml") << QStringLiteral("gke_acme-prod_us-central1_payments")
        << Provider::Gke << AuthMethod::ExecPlugin << QStringLiteral("exec: gke-gcloud-auth-plugin")
        << true;
    QTest::newRow("EKS: eks.amazonaws.com, aws eks get-token")
        << QStringLiteral("eks.yaml")
        << QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders") << Provider::Eks
        << AuthMethod::ExecPlugin << QStringLiteral("exec: aws") << true;
    QTest::newRow("AKS: azmk8s.io, kubelogin")
        << QStringLiteral("aks.yaml") << QStringLiteral("inventory") << Provider::Aks
        << AuthMethod::ExecPlugin << QStringLiteral("exec: kubelogin") << true;
    QTest::newRow("k3s: 127.0.0.1:6443, client certificate")
        << QStringLiteral("k3s.yaml") << QStringLiteral("default") << Provider::K3s
        << AuthMethod::ClientCertificate << QStringLiteral("client certificate") << true;
    QTest::newRow("legacy auth-provider gcp")
        << QStringLiteral("mixed-auth.yaml") << QStringLiteral("billing") << Provider::Gke
        << AuthMethod::AuthProvider << QStringLiteral("auth-provider: gcp") << true;
    QTest::newRow("token, other provider")
        << QStringLiteral("mixed-auth.yaml") << QStringLiteral("corp") << Provider::Other
        << AuthMethod::Token << QStringLiteral("token") << false;
    QTest::newRow("kubeadm: kubernetes-admin, client certificate files")
        << QStringLiteral("mixed-auth.yaml") << QStringLiteral("kubernetes-admin@kubernetes")
        << Provider::K3s << AuthMethod::ClientCertificate << QStringLiteral("client certificate")
        << true;
}

void TestKubeconfigSet::detection()
{
    QFETCH(QString, file);
    QFETCH(QString, context);
    QFETCH(Provider, provider);
    QFETCH(AuthMethod, auth);
    QFETCH(QString, authSummary);
    QFETCH(bool, hasCa);
    const Result<KubeconfigSet> set = KubeconfigSet::load({fixture(file)});
    QVERIFY2(set.ok(), qPrintable(set.error()));
    const std::optional<ContextInfo> info = set.value().context(context);
    QVERIFY(info);
    QCOMPARE(providerName(info->provider), providerName(provider));
    QCOMPARE(authMethodName(info->authMethod), authMethodName(auth));
    QCOMPARE(info->authSummary, authSummary);
    QCOMPARE(info->hasCertificateAuthority, hasCa);
    QCOMPARE(info->originFile, fixture(file));
    QVERIFY(!info->broken);
    QVERIFY(!info->viaTailnet);
}

void TestKubeconfigSet::firstFileWinsAName()
{
    const QString a = write(QStringLiteral("a.yaml"),
                            "clusters:\n- name: c\n  cluster:\n    server: https://from-a\n"
                            "contexts:\n- name: x\n  context:\n    cluster: c\n    user: u\n");
    const QString b = write(QStringLiteral("b.yaml"),
                            "clusters:\n- name: c\n  cluster:\n    server: https://from-b\n"
                            "- name: only-b\n  cluster:\n    server: https://only-b\n"
                            "contexts:\n- name: x\n  context:\n    cluster: only-b\n    user: u\n"
                            "- name: \"y\"\n  context:\n    cluster: c\n    user: u\n"
                            "users:\n- name: u\n  user:\n    token: t\n");
    const Result<KubeconfigSet> set = KubeconfigSet::load({a, b});
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QCOMPARE(set.value().contextNames(), (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    const ContextInfo x = *set.value().context(QStringLiteral("x"));
    QCOMPARE(x.server, QStringLiteral("https://from-a"));
    QCOMPARE(x.originFile, a);
    QCOMPARE(x.clusterFile, a);
    QCOMPARE(x.userFile, b);
    const ContextInfo y = *set.value().context(QStringLiteral("y"));
    QCOMPARE(y.server, QStringLiteral("https://from-a")); // the cluster name resolves to a.yaml's
    QCOMPARE(y.originFile, b);
}

void TestKubeconfigSet::currentContextFromFirstFileThatSetsIt()
{
    const QString a = write(QStringLiteral("cc-a.yaml"), "current-context: \"\"\n");
    const QString b = write(QStringLiteral("cc-b.yaml"),
                            "current-context: from-b\ncontexts:\n- name: from-b\n  context:\n"
                            "    cluster: c\n");
    const QString c = write(QStringLiteral("cc-c.yaml"), "current-context: from-c\n");
    const Result<KubeconfigSet> set = KubeconfigSet::load({a, b, c});
    QVERIFY(set.ok());
    QCOMPARE(set.value().currentContext(), QStringLiteral("from-b"));
    QVERIFY(set.value().context(QStringLiteral("from-b"))->isCurrent);
    QCOMPARE(set.value().currentContextDocument(), 0); // a change goes to the first file
}

void TestKubeconfigSet::currentContextWriteTarget_data()
{
    QTest::addColumn<QStringList>("files"); // "-" for a missing file, else content
    QTest::addColumn<int>("expected");
    QTest::newRow("second file sets it: still the first file")
        << QStringList{QStringLiteral("kind: Config\n"), QStringLiteral("current-context: x\n")}
        << 0;
    QTest::newRow("first file missing, third sets it: the second")
        << QStringList{QStringLiteral("-"), QStringLiteral("kind: Config\n"),
                       QStringLiteral("current-context: x\n")}
        << 1;
    QTest::newRow("nobody sets it: first existing file")
        << QStringList{QStringLiteral("-"), QStringLiteral("kind: Config\n"),
                       QStringLiteral("kind: Config\n")}
        << 1;
    QTest::newRow("no file exists: the last one")
        << QStringList{QStringLiteral("-"), QStringLiteral("-")} << 1;
}

void TestKubeconfigSet::currentContextWriteTarget()
{
    QFETCH(QStringList, files);
    QFETCH(int, expected);
    QStringList paths;
    for (int i = 0; i < files.size(); ++i) {
        const QString name =
            QStringLiteral("%1-%2.yaml").arg(QLatin1String(QTest::currentDataTag()).size()).arg(i);
        if (files.at(i) == QLatin1String("-"))
            paths << m_dir.filePath(QStringLiteral("missing-") + name);
        else
            paths << write(name, files.at(i).toUtf8());
    }
    const Result<KubeconfigSet> set = KubeconfigSet::load(paths);
    QVERIFY(set.ok());
    QCOMPARE(set.value().currentContextDocument(), expected);

    // kubectl is the judge: the file its `config set current-context` writes.
    KubectlRunner kubectl;
    if (!kubectl.isAvailable())
        QSKIP("no kubectl to compare with ($KUBECTL)");
    kubectl.setKubeconfig(paths.join(QLatin1Char(':')));
    const KubectlRunner::Result r =
        kubectl.run({QStringLiteral("config"), QStringLiteral("set"),
                     QStringLiteral("current-context"), QStringLiteral("judge")});
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    int written = -1;
    for (int i = 0; i < paths.size(); ++i) {
        QFile file(paths.at(i));
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains("current-context: judge"))
            written = i;
    }
    QCOMPARE(written, expected);
}

void TestKubeconfigSet::brokenContextStillLoads()
{
    const Result<KubeconfigSet> set =
        KubeconfigSet::load({fixture(QStringLiteral("mixed-auth.yaml"))});
    QVERIFY2(set.ok(), qPrintable(set.error()));
    const ContextInfo broken = *set.value().context(QStringLiteral("broken"));
    QVERIFY(broken.broken);
    QCOMPARE(broken.problem,
             QStringLiteral("context \"broken\" refers to cluster \"missing-cluster\", "
                            "which no kubeconfig file defines"));
    QVERIFY(!set.value().context(QStringLiteral("corp"))->broken);
    QCOMPARE(set.value().context(QStringLiteral("corp"))->proxyUrl,
             QStringLiteral("http://proxy.corp.example:3128"));
}

void TestKubeconfigSet::sharedClusterUsers()
{
    const Result<KubeconfigSet> set =
        KubeconfigSet::load({fixture(QStringLiteral("mixed-auth.yaml"))});
    QVERIFY(set.ok());
    QCOMPARE(set.value().contextsUsingCluster(QStringLiteral("gke_acme-prod_us-central1_payments")),
             (QStringList{QStringLiteral("gke_acme-prod_us-central1_payments"),
                          QStringLiteral("billing")}));
}

QTEST_GUILESS_MAIN(TestKubeconfigSet)
#include "tst_kubeconfigset.moc"
