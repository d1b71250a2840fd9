// `kubetailor contexts`, `import`, `use`, `rename`, `delete` and `undo`, run as a user runs
// them over the provider fixtures; what they write is read back with the real kubectl.
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlConfigView.h"
#include "tests/support/KubectlRunner.h"
#include "tests/support/KubetailorProcess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace {
const QString gkeContext = QStringLiteral("gke_acme-prod_us-central1_payments");
const QString eksContext = QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders");
} // namespace

class TestCliContextCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void contextsTable_data();
    void contextsTable();
    void contextsNamesAreNeverCutWhenPiped();
    void contextsTableFitsTheTerminal();
    void contextsWide();
    void contextsJson();
    void importRenamesClashes();
    void useSwitchesCurrentContext();
    void renameFollowsCurrentContext();
    void deleteRemovesUnusedClusterAndUser();
    void deleteAcrossFilesSaysWhatTakesEffect();
    void contextNamedEmptyIsImportedListedAndDeleted();
    void undoStepsBack();
    void errors_data();
    void errors();

private:
    QJsonObject kubectlView(const QString &path);
    QStringList contextNames(const QString &path);
    static QString standardList();
    KubetailorProcess::Result kubetailor(const QStringList &args) { return m_process.run(args); }

    KubectlRunner m_kubectl;
    KubetailorProcess m_process;
    QString m_config;
};

void TestCliContextCommands::initTestCase()
{
    QVERIFY2(m_process.isValid(), "KUBETAILOR_EXE must point at the built kubetailor");
    if (!m_kubectl.isAvailable())
        QSKIP("no kubectl ($KUBECTL) to read the written files back");
}

void TestCliContextCommands::init()
{
    QDir(QDir::homePath() + QStringLiteral("/.local/state/kubetailor")).removeRecursively();
    QDir(FixtureKubeconfigs::kubeDir()).removeRecursively();
    // The default kubeconfig (~/.kube/config) is the GKE fixture; commands run without
    // --kubeconfig, as a user types them.
    m_config = FixtureKubeconfigs::kubeDir() + QStringLiteral("/config");
    QVERIFY(FixtureKubeconfigs::install(QStringLiteral("gke.yaml"), m_config));
}

QJsonObject TestCliContextCommands::kubectlView(const QString &path)
{
    const KubectlRunner::Result r = m_kubectl.run(
        {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"),
         QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--kubeconfig"), path});
    return r.exitCode == 0 ? QJsonDocument::fromJson(r.out).object() : QJsonObject();
}

QStringList TestCliContextCommands::contextNames(const QString &path)
{
    QStringList names;
    for (const QJsonValue &item : kubectlView(path).value(QStringLiteral("contexts")).toArray())
        names << item[QStringLiteral("name")].toString();
    return names;
}

QString TestCliContextCommands::standardList()
{
    QStringList files;
    for (const char *name : {"gke.yaml", "eks.yaml", "aks.yaml", "k3s.yaml"})
        files << FixtureKubeconfigs::fixturePath(QLatin1String(name));
    return files.join(QLatin1Char(':'));
}

void TestCliContextCommands::contextsTable_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("row");

    QTest::newRow("gke") << "gke.yaml"
                         << "*  gke_acme-prod_us-central1_payments  GKE       "
                            "gke-gcloud-auth-plugin  34.118.10.20  direct";
    QTest::newRow("aks") << "aks.yaml"
                         << "*  inventory  AKS       kubelogin  "
                            "inventory-dns-5f3a9c1e.hcp.westeurope.azmk8s.io:443  direct";
    QTest::newRow("k3s")
        << "k3s.yaml"
        << "*  default  k3s/kubeadm  client certificate  127.0.0.1:6443  local cluster";
}

void TestCliContextCommands::contextsTable()
{
    QFETCH(QString, fixture);
    QFETCH(QString, row);
    const KubetailorProcess::Result r =
        kubetailor({QStringLiteral("contexts"), QStringLiteral("--kubeconfig"),
                    FixtureKubeconfigs::fixturePath(fixture)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("   NAME")), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), row);
}

// Piped (a script, `| grep`, a file): every name whole, whatever its length, and the
// columns still line up.
void TestCliContextCommands::contextsNamesAreNeverCutWhenPiped()
{
    m_process.environment().insert(QStringLiteral("KUBECONFIG"), standardList());
    m_process.environment().insert(QStringLiteral("COLUMNS"), QStringLiteral("60"));
    const KubetailorProcess::Result r = kubetailor({QStringLiteral("contexts")});
    m_process.environment().remove(QStringLiteral("KUBECONFIG"));
    m_process.environment().remove(QStringLiteral("COLUMNS"));
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY2(!r.out.contains(QChar(0x2026)), qPrintable(r.out));
    QVERIFY2(
        lines.at(2).contains(QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders ")),
        qPrintable(lines.at(2)));
    const int provider = int(lines.at(0).indexOf(QStringLiteral("PROVIDER")));
    QVERIFY(lines.at(1).mid(provider).startsWith(QStringLiteral("GKE ")));
    QVERIFY(lines.at(2).mid(provider).startsWith(QStringLiteral("EKS ")));
    QVERIFY(lines.at(4).mid(provider).startsWith(QStringLiteral("k3s/kubeadm ")));
    QVERIFY(lines.at(1).startsWith(QStringLiteral("*  gke_acme-prod_us-central1_payments ")));
}

// On a terminal the table fits its width by cutting SERVER and AUTH, never NAME (a table
// of long names may stay wider than a narrow terminal). `script`
// gives kubetailor a pseudo-terminal whose width comes from $COLUMNS.
void TestCliContextCommands::contextsTableFitsTheTerminal()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("no `script` (util-linux) to give kubetailor a terminal");
    QProcess process;
    QProcessEnvironment env = m_process.environment();
    env.insert(QStringLiteral("KUBECONFIG"), standardList());
    env.insert(QStringLiteral("COLUMNS"), QStringLiteral("120"));
    process.setProcessEnvironment(env);
    process.start(script, {QStringLiteral("-qec"),
                           KubetailorProcess::executable() + QStringLiteral(" contexts"),
                           QStringLiteral("/dev/null")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString out =
        QString::fromUtf8(process.readAllStandardOutput()).remove(QLatin1Char('\r'));
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    for (const QString &line : lines)
        QVERIFY2(line.size() <= 120, qPrintable(line));
    QVERIFY2(
        lines.at(2).contains(QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders ")),
        qPrintable(lines.at(2)));
    QVERIFY2(out.contains(QChar(0x2026)), qPrintable(out)); // something else gave way
}

// -o wide: every column, nothing cut, even on a narrow terminal.
void TestCliContextCommands::contextsWide()
{
    m_process.environment().insert(QStringLiteral("KUBECONFIG"), standardList());
    const KubetailorProcess::Result r =
        kubetailor({QStringLiteral("contexts"), QStringLiteral("-o"), QStringLiteral("wide")});
    m_process.environment().remove(QStringLiteral("KUBECONFIG"));
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(0).contains(QStringLiteral("CLUSTER")) &&
                 lines.at(0).contains(QStringLiteral("FILE")),
             qPrintable(lines.at(0)));
    QVERIFY2(
        lines.at(3).contains(QStringLiteral("inventory-dns-5f3a9c1e.hcp.westeurope.azmk8s.io:443")),
        qPrintable(lines.at(3)));
    QVERIFY2(lines.at(3).endsWith(FixtureKubeconfigs::fixturePath(QStringLiteral("aks.yaml"))),
             qPrintable(lines.at(3)));
    const KubetailorProcess::Result bad =
        kubetailor({QStringLiteral("contexts"), QStringLiteral("-o"), QStringLiteral("yaml")});
    QCOMPARE(bad.exitCode, 2);
}

void TestCliContextCommands::contextsJson()
{
    m_process.environment().insert(QStringLiteral("KUBECONFIG"),
                                   m_config + QLatin1Char(':') +
                                       FixtureKubeconfigs::fixturePath(QStringLiteral("eks.yaml")));
    const KubetailorProcess::Result r =
        kubetailor({QStringLiteral("contexts"), QStringLiteral("--json")});
    m_process.environment().remove(QStringLiteral("KUBECONFIG"));
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(r.outBytes, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("currentContext")).toString(), gkeContext);
    const QJsonArray contexts = json.value(QStringLiteral("contexts")).toArray();
    QCOMPARE(contexts.size(), 2);
    const QJsonObject eks = contexts.at(1).toObject();
    QCOMPARE(eks.value(QStringLiteral("name")).toString(), eksContext);
    QCOMPARE(eks.value(QStringLiteral("provider")).toString(), QStringLiteral("eks"));
    QCOMPARE(eks.value(QStringLiteral("auth")).toString(), QStringLiteral("exec"));
    QCOMPARE(eks.value(QStringLiteral("execCommand")).toString(), QStringLiteral("aws"));
    QCOMPARE(eks.value(QStringLiteral("viaTailnet")).toBool(), false);
    QCOMPARE(eks.value(QStringLiteral("current")).toBool(), false);
    QCOMPARE(contexts.at(0).toObject().value(QStringLiteral("current")).toBool(), true);
}

void TestCliContextCommands::importRenamesClashes()
{
    // A second GKE file whose context has the same name but another server: a clash.
    QByteArray other =
        FixtureKubeconfigs::read(FixtureKubeconfigs::fixturePath(QStringLiteral("gke.yaml")));
    other.replace("https://34.118.10.20", "https://35.200.1.1");
    const QString otherPath = FixtureKubeconfigs::kubeDir() + QStringLiteral("/other-gke.yaml");
    QVERIFY(FixtureKubeconfigs::write(otherPath, other));
    const QString eks = FixtureKubeconfigs::kubeDir() + QStringLiteral("/eks.yaml");
    QVERIFY(FixtureKubeconfigs::install(QStringLiteral("eks.yaml"), eks));

    const KubetailorProcess::Result r1 = kubetailor({QStringLiteral("import"), eks});
    QCOMPARE(r1.exitCode, 0);
    QVERIFY2(
        r1.out.startsWith(QStringLiteral("Imported ") + eks + QStringLiteral(" into ") + m_config),
        qPrintable(r1.out));
    QVERIFY2(r1.out.contains(QStringLiteral("Undo: kubetailor undo\n")), qPrintable(r1.out));

    const KubetailorProcess::Result r2 = kubetailor({QStringLiteral("import"), otherPath});
    QCOMPARE(r2.exitCode, 0);
    QVERIFY2(r2.out.contains(QStringLiteral("context \"") + gkeContext +
                             QStringLiteral("\" renamed \"") + gkeContext + QStringLiteral("-2\"")),
             qPrintable(r2.out));
    QStringList names = contextNames(m_config);
    names.sort(); // kubectl lists them sorted
    QCOMPARE(names, (QStringList{eksContext, gkeContext, gkeContext + QStringLiteral("-2")}));
    // The renamed context points at the imported cluster, not the original one.
    const QJsonObject view = kubectlView(m_config);
    QString importedCluster;
    for (const QJsonValue &c : view.value(QStringLiteral("contexts")).toArray())
        if (c[QStringLiteral("name")].toString() == gkeContext + QStringLiteral("-2"))
            importedCluster = c[QStringLiteral("context")][QStringLiteral("cluster")].toString();
    for (const QJsonValue &c : view.value(QStringLiteral("clusters")).toArray())
        if (c[QStringLiteral("name")].toString() == importedCluster)
            QCOMPARE(c[QStringLiteral("cluster")][QStringLiteral("server")].toString(),
                     QStringLiteral("https://35.200.1.1"));
    QVERIFY(!importedCluster.isEmpty());

    // Importing the same file again changes nothing.
    const QByteArray before = FixtureKubeconfigs::read(m_config);
    const KubetailorProcess::Result again = kubetailor({QStringLiteral("import"), eks});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.startsWith(QStringLiteral("Nothing to import")), qPrintable(again.out));
    QCOMPARE(FixtureKubeconfigs::read(m_config), before);
}

void TestCliContextCommands::useSwitchesCurrentContext()
{
    const QString eks = FixtureKubeconfigs::kubeDir() + QStringLiteral("/eks.yaml");
    QVERIFY(FixtureKubeconfigs::install(QStringLiteral("eks.yaml"), eks));
    QCOMPARE(kubetailor({QStringLiteral("import"), eks}).exitCode, 0);

    const KubetailorProcess::Result r = kubetailor({QStringLiteral("use"), eksContext});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Switched to context \"") + eksContext +
                              QStringLiteral("\".\n")),
             qPrintable(r.out));
    QCOMPARE(kubectlView(m_config).value(QStringLiteral("current-context")).toString(), eksContext);

    const QByteArray before = FixtureKubeconfigs::read(m_config);
    const KubetailorProcess::Result again = kubetailor({QStringLiteral("use"), eksContext});
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.startsWith(QStringLiteral("Already using")), qPrintable(again.out));
    QCOMPARE(FixtureKubeconfigs::read(m_config), before);
}

void TestCliContextCommands::renameFollowsCurrentContext()
{
    const QJsonObject before = kubectlView(m_config);
    const KubetailorProcess::Result r =
        kubetailor({QStringLiteral("rename"), gkeContext, QStringLiteral("payments")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Renamed context")), qPrintable(r.out));
    const QJsonObject after = kubectlView(m_config);
    QCOMPARE(after.value(QStringLiteral("current-context")).toString(), QStringLiteral("payments"));
    QCOMPARE(contextNames(m_config), QStringList{QStringLiteral("payments")});
    // Only the context's name changed: its cluster, user and the entries themselves stay.
    QCOMPARE(after.value(QStringLiteral("clusters")), before.value(QStringLiteral("clusters")));
    QCOMPARE(after.value(QStringLiteral("users")), before.value(QStringLiteral("users")));
    QCOMPARE(after.value(QStringLiteral("contexts")).toArray().at(0)[QStringLiteral("context")],
             before.value(QStringLiteral("contexts")).toArray().at(0)[QStringLiteral("context")]);
}

void TestCliContextCommands::deleteRemovesUnusedClusterAndUser()
{
    const QString eks = FixtureKubeconfigs::kubeDir() + QStringLiteral("/eks.yaml");
    QVERIFY(FixtureKubeconfigs::install(QStringLiteral("eks.yaml"), eks));
    QCOMPARE(kubetailor({QStringLiteral("import"), eks}).exitCode, 0);

    const KubetailorProcess::Result r = kubetailor({QStringLiteral("delete"), eksContext});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QStringLiteral("Also removed cluster")), qPrintable(r.out));
    const QJsonObject after = kubectlView(m_config);
    QCOMPARE(after, kubectlView(FixtureKubeconfigs::fixturePath(QStringLiteral("gke.yaml"))));
}

// KUBECONFIG=a:b, both define context x (b's is shadowed), x is current: `delete x` removes
// the entry kubectl reads (a's), as kubectl's delete-context does, and says that b's x now
// takes its place and which context is current now.
void TestCliContextCommands::deleteAcrossFilesSaysWhatTakesEffect()
{
    const QString dir = FixtureKubeconfigs::kubeDir();
    const QString a = dir + QStringLiteral("/a.yaml");
    const QString b = dir + QStringLiteral("/b.yaml");
    const auto file = [](const char *server, const QByteArray &more) -> QByteArray {
        return QByteArray("apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n"
                          "    server: ") +
               server + "\ncontexts:\n- name: x\n  context:\n    cluster: c\n    user: u\n" + more +
               "users:\n- name: u\n  user:\n    token: t\n";
    };
    QVERIFY(FixtureKubeconfigs::write(a, file("https://a", "") + "current-context: x\n"));
    QVERIFY(FixtureKubeconfigs::write(
        b, file("https://b", "- name: z\n  context:\n    cluster: c\n    user: u\n") +
               "current-context: z\n"));
    KubetailorProcess process;
    process.environment().insert(QStringLiteral("KUBECONFIG"), a + QLatin1Char(':') + b);
    const KubetailorProcess::Result r =
        process.run({QStringLiteral("delete"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Deleted context \"x\" from ") + a + QLatin1Char('.')),
             qPrintable(r.out));
    QVERIFY2(
        r.out.contains(QStringLiteral("The context \"x\" of ") + b +
                       QStringLiteral(", which the deleted one shadowed, now takes its place")),
        qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("It was the current context: \"z\" is current now")),
             qPrintable(r.out));
    // What kubectl reads now agrees with what was said.
    const KubectlRunner::Result view = m_kubectl.run(
        {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"),
         QStringLiteral("-o"), QStringLiteral("json"), QStringLiteral("--kubeconfig"), a});
    QCOMPARE(QJsonDocument::fromJson(view.out).object().value(QStringLiteral("contexts")).toArray(),
             QJsonArray());
    QCOMPARE(contextNames(b), (QStringList{QStringLiteral("x"), QStringLiteral("z")}));
}

// kubectl lists, merges and deletes a context, cluster and user named "": so does kubetailor.
void TestCliContextCommands::contextNamedEmptyIsImportedListedAndDeleted()
{
    const QString source = FixtureKubeconfigs::kubeDir() + QStringLiteral("/empty-names.yaml");
    QVERIFY(FixtureKubeconfigs::write(
        source, "apiVersion: v1\nkind: Config\nclusters:\n- name: \"\"\n  cluster:\n"
                "    server: https://1.2.3.4\ncontexts:\n- name: \"\"\n  context:\n"
                "    cluster: \"\"\n    user: \"\"\nusers:\n- name: \"\"\n  user:\n"
                "    token: abc\n"));
    const QJsonObject before = kubectlView(m_config);
    QCOMPARE(kubetailor({QStringLiteral("import"), source}).exitCode, 0);
    const QJsonObject imported = kubectlView(m_config);
    QVERIFY(KubectlConfigView::names(imported, QStringLiteral("contexts")).contains(QString()));
    QVERIFY(KubectlConfigView::names(imported, QStringLiteral("clusters")).contains(QString()));
    QVERIFY(KubectlConfigView::names(imported, QStringLiteral("users")).contains(QString()));

    const KubetailorProcess::Result list =
        kubetailor({QStringLiteral("contexts"), QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QStringList listed;
    for (const QJsonValue &item : QJsonDocument::fromJson(list.out.toUtf8())
                                      .object()
                                      .value(QStringLiteral("contexts"))
                                      .toArray())
        listed << item[QStringLiteral("name")].toString();
    QVERIFY2(listed.contains(QString()), qPrintable(list.out));

    const KubetailorProcess::Result r = kubetailor({QStringLiteral("delete"), QString()});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Deleted context \"\" from ")), qPrintable(r.out));
    // The context went; the rest is as imported (a context's `cluster: ""` names no cluster
    // for client-go, so the cluster named "" is not "its" cluster), no current-context added.
    QJsonObject expected = imported;
    QJsonArray contexts;
    for (const QJsonValue &item : imported.value(QStringLiteral("contexts")).toArray()) {
        if (!item[QStringLiteral("name")].toString().isEmpty())
            contexts.append(item);
    }
    expected.insert(QStringLiteral("contexts"), contexts);
    QCOMPARE(kubectlView(m_config), expected);
    QCOMPARE(kubectlView(m_config).value(QStringLiteral("current-context")),
             before.value(QStringLiteral("current-context")));
}

void TestCliContextCommands::undoStepsBack()
{
    const QByteArray original = FixtureKubeconfigs::read(m_config);
    QCOMPARE(kubetailor({QStringLiteral("rename"), gkeContext, QStringLiteral("a")}).exitCode, 0);
    const QByteArray afterFirst = FixtureKubeconfigs::read(m_config);
    QCOMPARE(
        kubetailor({QStringLiteral("rename"), QStringLiteral("a"), QStringLiteral("b")}).exitCode,
        0);

    const KubetailorProcess::Result one = kubetailor({QStringLiteral("undo")});
    QCOMPARE(one.exitCode, 0);
    QVERIFY2(one.out.contains(QStringLiteral("\n-  name: b\n")) &&
                 one.out.contains(QStringLiteral("\n+  name: a\n")),
             qPrintable(one.out));
    QCOMPARE(FixtureKubeconfigs::read(m_config), afterFirst);
    QCOMPARE(kubetailor({QStringLiteral("undo")}).exitCode, 0);
    QCOMPARE(FixtureKubeconfigs::read(m_config), original);
}

void TestCliContextCommands::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("use: unknown context")
        << QStringList{QStringLiteral("use"), QStringLiteral("nope")} << 1 << "\"nope\"";
    QTest::newRow("use: no name") << QStringList{QStringLiteral("use")} << 2 << "missing CONTEXT";
    QTest::newRow("rename: unknown")
        << QStringList{QStringLiteral("rename"), QStringLiteral("nope"), QStringLiteral("x")} << 1
        << "\"nope\"";
    QTest::newRow("rename: one name")
        << QStringList{QStringLiteral("rename"), QStringLiteral("x")} << 2 << "missing NEW";
    QTest::newRow("delete: unknown")
        << QStringList{QStringLiteral("delete"), QStringLiteral("nope")} << 1 << "\"nope\"";
    QTest::newRow("delete: two names")
        << QStringList{QStringLiteral("delete"), QStringLiteral("a"), QStringLiteral("b")} << 2
        << "unexpected argument 'b'";
    QTest::newRow("import: missing file")
        << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent/kubeconfig")} << 1
        << "/nonexistent/kubeconfig: no such file";
    QTest::newRow("import: malformed file")
        << QStringList{QStringLiteral("import"),
                       QStringLiteral(KUBETAILOR_FIXTURES_DIR "/cli/malformed.yaml")}
        << 1 << "malformed.yaml:11:9";
    QTest::newRow("import: no file")
        << QStringList{QStringLiteral("import")} << 2 << "missing FILE";
    QTest::newRow("undo: no backup") << QStringList{QStringLiteral("undo")} << 1 << "no backup of";
    QTest::newRow("contexts: stray argument")
        << QStringList{QStringLiteral("contexts"), QStringLiteral("x")} << 2
        << "unexpected argument 'x'";
}

void TestCliContextCommands::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    const QByteArray before = FixtureKubeconfigs::read(m_config);
    const KubetailorProcess::Result r = kubetailor(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.errLines().constFirst().startsWith(QStringLiteral("kubetailor ") +
                                                  args.constFirst() + QStringLiteral(": ")),
             qPrintable(r.err));
    QVERIFY2(r.errLines().constFirst().contains(stderrContains), qPrintable(r.err));
    QCOMPARE(r.errLines().size(), exitCode == 2 ? 2 : 1); // usage errors add the --help hint
    QVERIFY(r.out.isEmpty());
    QCOMPARE(FixtureKubeconfigs::read(m_config), before);
}

QTEST_GUILESS_MAIN(TestCliContextCommands)
#include "tst_clicontextcommands.moc"
