// A user keeps a hand-edited kubeconfig (comments, flow lists, quoted values, two-space
// indented lists) and runs kubetailor's commands on it: each command changes only the lines
// it must, the preview shows exactly those, and the real kubectl reads every result.
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlRunner.h"
#include "tests/support/KubetailorProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {
const QByteArray Proxy = "https://tailscale-operator.tail1234.ts.net:443";

QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    if (!text.contains(from))
        qFatal("test data: %s not found", from.constData());
    return text.replace(from, to);
}
} // namespace

class TestCliSurgicalEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void handEditedFileKeepsEverythingButTheEditedLines();

private:
    QJsonObject kubectlView();
    KubetailorProcess::Result kubetailor(const QStringList &args) { return m_process.run(args); }

    KubectlRunner m_kubectl;
    KubetailorProcess m_process;
    QString m_config;
};

void TestCliSurgicalEdits::initTestCase()
{
    QVERIFY2(m_process.isValid(), "KUBETAILOR_EXE must point at the built kubetailor");
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl ($KUBECTL) to read the written files back");
    QDir(QDir::homePath() + QStringLiteral("/.local/state/kubetailor")).removeRecursively();
    m_config = FixtureKubeconfigs::kubeDir() + QStringLiteral("/config");
    QVERIFY(FixtureKubeconfigs::install(QStringLiteral("splice/hand-edited.yaml"), m_config));
    m_kubectl.setKubeconfig(m_config);
}

QJsonObject TestCliSurgicalEdits::kubectlView()
{
    const KubectlRunner::Result r =
        m_kubectl.run({QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"),
                       QStringLiteral("-o"), QStringLiteral("json")});
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
}

void TestCliSurgicalEdits::handEditedFileKeepsEverythingButTheEditedLines()
{
    const QByteArray original = FixtureKubeconfigs::read(m_config);
    const QStringList rewrite = {QStringLiteral("rewrite"), QStringLiteral("--context"),
                                 QStringLiteral("prod"), QStringLiteral("--fqdn"),
                                 QStringLiteral("tailscale-operator.tail1234.ts.net")};

    // The preview: the CA line and the server line go, the new server line comes.
    KubetailorProcess::Result run = kubetailor(rewrite + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList minus;
    QStringList plus;
    for (const QString &line : run.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char('-')) && !line.startsWith(QLatin1String("---")))
            minus << line;
        else if (line.startsWith(QLatin1Char('+')) && !line.startsWith(QLatin1String("+++")))
            plus << line;
    }
    QCOMPARE(minus,
             (QStringList{
                 QStringLiteral("-      certificate-authority-data: RUtTQ0E=   # from aws "
                                "eks describe-cluster"),
                 QStringLiteral("-      server: https://ABCD.gr7.eu-west-1.eks.amazonaws.com")}));
    QCOMPARE(plus, QStringList{QStringLiteral("+      server: ") + QString::fromUtf8(Proxy)});
    QCOMPARE(FixtureKubeconfigs::read(m_config), original);

    // Written: exactly what the preview showed.
    run = kubetailor(rewrite + QStringList{QStringLiteral("--in-place")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray rewritten =
        replaced(original,
                 "      certificate-authority-data: RUtTQ0E=   # from aws eks describe-cluster\n"
                 "      server: https://ABCD.gr7.eu-west-1.eks.amazonaws.com\n",
                 "      server: " + Proxy + "\n");
    QCOMPARE(QString::fromUtf8(FixtureKubeconfigs::read(m_config)), QString::fromUtf8(rewritten));

    run = kubetailor({QStringLiteral("use"), QStringLiteral("prod")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray used =
        replaced(rewritten, "current-context: dev\n", "current-context: prod\n");
    QCOMPARE(QString::fromUtf8(FixtureKubeconfigs::read(m_config)), QString::fromUtf8(used));

    run = kubetailor({QStringLiteral("rename"), QStringLiteral("dev"), QStringLiteral("staging")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray renamed =
        replaced(used, "  - name: dev\n    context:", "  - name: staging\n    context:");
    QCOMPARE(QString::fromUtf8(FixtureKubeconfigs::read(m_config)), QString::fromUtf8(renamed));
    const QJsonObject beforeDelete = kubectlView();

    run = kubetailor({QStringLiteral("delete"), QStringLiteral("staging")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray deleted = replaced(
        replaced(renamed,
                 "  - name: dev\n    cluster:\n      server: https://10.0.0.2\n"
                 "      insecure-skip-tls-verify: true\n",
                 ""),
        "  - name: staging\n    context: {cluster: dev, user: eks, namespace: \"0123\"}\n", "");
    QCOMPARE(QString::fromUtf8(FixtureKubeconfigs::read(m_config)), QString::fromUtf8(deleted));

    // Undo brings the deleted entries back; the rest of the file is still the user's.
    run = kubetailor({QStringLiteral("undo")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray undone = FixtureKubeconfigs::read(m_config);
    QCOMPARE(kubectlView(), beforeDelete);
    for (const QByteArray &kept :
         {QByteArray("# ~/.kube/config, kept by hand: do not let tools reflow it\n"),
          QByteArray("kind: Config # the kind\n"), QByteArray("  # production, EKS\n"),
          QByteArray("    context: {cluster: prod, user: eks}\n"),
          QByteArray("        args: [\"--region\", \"eu-west-1\", \"eks\", \"get-token\", "
                     "\"--cluster-name\", \"prod\", \"--output\", \"json\"]\n")})
        QVERIFY2(undone.contains(kept), undone.constData());

    // kubectl reads the flow args as the eight arguments they are.
    const QJsonArray args = kubectlView()
                                .value(QStringLiteral("users"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("user"))
                                .toObject()
                                .value(QStringLiteral("exec"))
                                .toObject()
                                .value(QStringLiteral("args"))
                                .toArray();
    QCOMPARE(args.size(), 8);
}

QTEST_GUILESS_MAIN(TestCliSurgicalEdits)
#include "tst_clisurgicaledits.moc"
