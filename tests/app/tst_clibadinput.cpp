// Bad input and hostile environments for the kubeconfig commands: whatever goes wrong, the
// command exits 1 with ONE stderr line that says what and where, and the kubeconfig is
// byte for byte what it was (no lock file, no temporary file left behind).
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlRunner.h"
#include "tests/support/KubetailorProcess.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString fqdn = QStringLiteral("tailscale-operator.tail1234.ts.net");

QString cliFixture(const QString &name)
{
    return QStringLiteral(KUBETAILOR_FIXTURES_DIR "/cli/") + name;
}

// A kubeconfig nested deeper than any parser should follow.
QByteArray deeplyNested()
{
    return QByteArray("apiVersion: v1\nclusters: ") + QByteArray(5000, '[') +
           QByteArray(5000, ']') + '\n';
}

// A valid GKE kubeconfig padded with comment lines to 50 MB.
QByteArray fiftyMegabytes()
{
    QByteArray content =
        FixtureKubeconfigs::read(FixtureKubeconfigs::fixturePath(QStringLiteral("gke.yaml")));
    const QByteArray line = "# " + QByteArray(97, 'x') + '\n';
    content.reserve(50 * 1024 * 1024 + 4096);
    while (content.size() < 50 * 1024 * 1024)
        content += line;
    return content;
}

bool run(const QString &program, const QStringList &args, QString *error)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(20000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error = program + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ") +
                 QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        return false;
    }
    return true;
}

bool inPrivateMountNamespace()
{
    return qEnvironmentVariable("KUBETAILOR_TEST_NETNS") == QLatin1String("1");
}
} // namespace

class TestCliBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void badFiles_data();
    void badFiles();
    void brokenContextIsListedButNotRewritten();
    void environment_data();
    void environment();
    void noKubeconfigYet_data();
    void noKubeconfigYet();

private:
    void expectOneLineFailure(const KubetailorProcess::Result &r, const QString &command,
                              const QString &stderrContains);
    bool mountReadOnly(const QString &path, QString *error);
    bool mountTinyTmpfs(const QString &dir, QString *error);

    KubetailorProcess m_process;
    QTemporaryDir m_pluginDir;
    QString m_dir;
    QStringList m_mounts;
};

void TestCliBadInput::initTestCase()
{
    QVERIFY2(m_process.isValid(), "KUBETAILOR_EXE must point at the built kubetailor");
    // The fixtures' exec plugins (gke-gcloud-auth-plugin...) are stand-ins first on PATH:
    // on a machine without the Cloud SDK a rewrite would also warn that the plugin is not
    // installed, and the one-line assertions would depend on what happens to be installed.
    QVERIFY(m_pluginDir.isValid());
    KubectlRunner plugins;
    QString error;
    QVERIFY2(plugins.installStandInPlugins(m_pluginDir.path(), &error), qPrintable(error));
    m_process.environment().insert(QStringLiteral("PATH"),
                                   plugins.environment().value(QStringLiteral("PATH")));
}

void TestCliBadInput::init()
{
    m_dir = FixtureKubeconfigs::kubeDir() + QStringLiteral("/bad");
    QDir(m_dir).removeRecursively();
    QVERIFY(QDir().mkpath(m_dir));
}

void TestCliBadInput::cleanup()
{
    QString error;
    while (!m_mounts.isEmpty())
        run(QStringLiteral("umount"), {m_mounts.takeLast()}, &error);
}

void TestCliBadInput::expectOneLineFailure(const KubetailorProcess::Result &r,
                                           const QString &command, const QString &stderrContains)
{
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.err));
    QVERIFY2(r.err.startsWith(QStringLiteral("kubetailor ") + command + QStringLiteral(": ")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
}

void TestCliBadInput::badFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("stderrContains");

    const auto typed = [](const QByteArray &clusterBody) -> QByteArray {
        return "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n" + clusterBody +
               "contexts:\n- name: x\n  context:\n    cluster: c\n    user: u\nusers:\n- name: u\n"
               "  user:\n    token: abc\ncurrent-context: x\n";
    };
    const QByteArray deep = deeplyNested();
    const QByteArray big = fiftyMegabytes();
    struct Case
    {
        const char *row;
        QString name;
        QByteArray content;
        QString stderrContains;
    };
    const QList<Case> cases = {
        {"malformed YAML", QStringLiteral("malformed.yaml"),
         FixtureKubeconfigs::read(cliFixture(QStringLiteral("malformed.yaml"))),
         QStringLiteral("malformed.yaml:11:9: ")},
        {"clusters is a string", QStringLiteral("wrong-types.yaml"),
         FixtureKubeconfigs::read(cliFixture(QStringLiteral("wrong-types.yaml"))),
         QStringLiteral("wrong-types.yaml:2:11: expected a list of clusters")},
        {"a cluster defined twice", QStringLiteral("duplicate-names.yaml"),
         FixtureKubeconfigs::read(cliFixture(QStringLiteral("duplicate-names.yaml"))),
         QStringLiteral("duplicate-names.yaml:6:3: cluster \"twice\" is defined twice")},
        {"alias bomb", QStringLiteral("alias-bomb.yaml"),
         FixtureKubeconfigs::read(cliFixture(QStringLiteral("alias-bomb.yaml"))),
         QStringLiteral("alias-bomb.yaml:")},
        {"5000 levels deep", QStringLiteral("deep.yaml"), deep, QStringLiteral("deep.yaml:2:")},
        {"50 MB", QStringLiteral("big.yaml"), big, QStringLiteral("big.yaml: the file is 50 MB")},
        // Files kubectl refuses ("error loading config file"): refused the same way, one line
        // naming file:line:column and the field.
        {"server: 123", QStringLiteral("server-number.yaml"),
         typed("    server: 123\n    certificate-authority-data: Y2E=\n"),
         QStringLiteral("server-number.yaml:6:13: server must be a string, found a number (123)")},
        {"CA data not base64", QStringLiteral("bad-base64.yaml"),
         typed("    server: https://1.2.3.4\n    certificate-authority-data: not*base64!\n"),
         QStringLiteral("bad-base64.yaml:7:33: certificate-authority-data is not valid base64")},
        {"a context named yes", QStringLiteral("name-yes.yaml"),
         typed("    server: https://1.2.3.4\n").replace("- name: x", "- name: yes"),
         QStringLiteral("name-yes.yaml:8:9: the name of a context must be a string, found a "
                        "boolean (yes)")},
        {"exec.args a string", QStringLiteral("args-string.yaml"),
         typed("    server: https://1.2.3.4\n")
             .replace("    token: abc\n", "    exec:\n      command: aws\n      args: eks\n"),
         QStringLiteral("args-string.yaml:17:13: exec.args must be a list of strings, found a "
                        "string")},
        {"kind: Pod", QStringLiteral("kind-pod.yaml"),
         typed("    server: https://1.2.3.4\n").replace("kind: Config", "kind: Pod"),
         QStringLiteral("kind-pod.yaml:2:7: kind \"Pod\" is not a kubeconfig")},
    };
    for (const Case &c : cases) {
        QTest::addRow("contexts, %s", c.row) << c.name << c.content << c.stderrContains;
        QTest::addRow("rewrite, %s", c.row) << c.name << c.content << c.stderrContains;
    }
}

void TestCliBadInput::badFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, content);
    QFETCH(QString, stderrContains);
    QVERIFY(!content.isEmpty());
    const QString path = m_dir + QLatin1Char('/') + name;
    QVERIFY(FixtureKubeconfigs::write(path, content));

    const bool rewrite = QByteArray(QTest::currentDataTag()).startsWith("rewrite");
    const QStringList args =
        rewrite ? QStringList{QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path,
                              QStringLiteral("--all"),   QStringLiteral("--fqdn"),       fqdn}
                : QStringList{QStringLiteral("contexts"), QStringLiteral("--kubeconfig"), path};
    const KubetailorProcess::Result r = m_process.run(args);
    expectOneLineFailure(r, args.constFirst(), stderrContains);
    QVERIFY(FixtureKubeconfigs::read(path) == content);
    QCOMPARE(QDir(m_dir).entryList(QDir::Files | QDir::Hidden), QStringList{name});
}

void TestCliBadInput::brokenContextIsListedButNotRewritten()
{
    const QString path = m_dir + QStringLiteral("/missing-refs.yaml");
    QVERIFY(FixtureKubeconfigs::install(QStringLiteral("../cli/missing-refs.yaml"), path));
    const QByteArray bytes = FixtureKubeconfigs::read(path);

    const KubetailorProcess::Result list =
        m_process.run({QStringLiteral("contexts"), QStringLiteral("--kubeconfig"), path});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QStringLiteral("dangling")) &&
                 list.out.contains(QStringLiteral("broken")),
             qPrintable(list.out));

    const KubetailorProcess::Result r = m_process.run(
        {QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path,
         QStringLiteral("--context"), QStringLiteral("dangling"), QStringLiteral("--fqdn"), fqdn});
    expectOneLineFailure(r, QStringLiteral("rewrite"), QStringLiteral("absent-cluster"));
    QCOMPARE(FixtureKubeconfigs::read(path), bytes);
}

bool TestCliBadInput::mountReadOnly(const QString &path, QString *error)
{
    if (!run(QStringLiteral("mount"), {QStringLiteral("--bind"), path, path}, error))
        return false;
    m_mounts << path;
    return run(QStringLiteral("mount"),
               {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), path}, error);
}

bool TestCliBadInput::mountTinyTmpfs(const QString &dir, QString *error)
{
    if (!run(QStringLiteral("mount"),
             {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
              QStringLiteral("size=64k,mode=0700"), QStringLiteral("kubetailor-full"), dir},
             error))
        return false;
    m_mounts << dir;
    return true;
}

void TestCliBadInput::environment_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("unknown context") << "unknown-context"
                                     << "no-such-context";
    QTest::newRow("kubectl's lock file is there") << "locked"
                                                  << "config.lock";
    QTest::newRow("read-only file") << "read-only-file"
                                    << "config";
    QTest::newRow("read-only folder") << "read-only-folder"
                                      << "config";
    QTest::newRow("full disk") << "full-disk"
                               << "config";
}

void TestCliBadInput::environment()
{
    QFETCH(QString, situation);
    QFETCH(QString, stderrContains);
    const bool needsMounts =
        situation.startsWith(QLatin1String("read-only")) || situation == QLatin1String("full-disk");
    if (needsMounts && !inPrivateMountNamespace())
        QSKIP("needs a private mount namespace (run-test.sh --netns; unshare refused here) to "
              "mount a read-only or full file system");

    const QString folder = m_dir + QStringLiteral("/kube");
    QVERIFY(QDir().mkpath(folder));
    QString error;
    if (situation == QLatin1String("full-disk"))
        QVERIFY2(mountTinyTmpfs(folder, &error), qPrintable(error));
    const QString path = folder + QStringLiteral("/config");
    QVERIFY(FixtureKubeconfigs::install(QStringLiteral("gke.yaml"), path));
    const QByteArray bytes = FixtureKubeconfigs::read(path);

    QString context = QStringLiteral("gke_acme-prod_us-central1_payments");
    if (situation == QLatin1String("unknown-context"))
        context = QStringLiteral("no-such-context");
    if (situation == QLatin1String("locked"))
        QVERIFY(FixtureKubeconfigs::write(path + QStringLiteral(".lock"), QByteArray()));
    if (situation == QLatin1String("read-only-file"))
        QVERIFY2(mountReadOnly(path, &error), qPrintable(error));
    if (situation == QLatin1String("read-only-folder"))
        QVERIFY2(mountReadOnly(folder, &error), qPrintable(error));
    if (situation == QLatin1String("full-disk")) {
        // Fill the rest of the 64 KiB so the new content cannot be written.
        QFile filler(folder + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        filler.close();
    }

    const KubetailorProcess::Result r =
        m_process.run({QStringLiteral("rewrite"), QStringLiteral("--kubeconfig"), path,
                       QStringLiteral("--context"), context, QStringLiteral("--fqdn"), fqdn});
    // Qt 6.4's QSaveFile::commit() succeeds after a failed flush (ENOSPC): without
    // SafeWriter's own flush check this replaced the kubeconfig with an empty file.
    QCOMPARE(r.exitCode, 1);
    expectOneLineFailure(r, QStringLiteral("rewrite"), stderrContains);
    QCOMPARE(FixtureKubeconfigs::read(path), bytes);
    QStringList expected{QStringLiteral("config")};
    if (situation == QLatin1String("locked"))
        expected << QStringLiteral("config.lock"); // somebody else's: left alone
    if (situation == QLatin1String("full-disk"))
        expected << QStringLiteral("filler");
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name), expected);
}

void TestCliBadInput::noKubeconfigYet_data()
{
    QTest::addColumn<bool>("fileExists");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");

    const QStringList contexts{QStringLiteral("contexts")};
    const QStringList rewrite{QStringLiteral("rewrite"), QStringLiteral("--all"),
                              QStringLiteral("--fqdn"), fqdn};
    const QStringList use{QStringLiteral("use"), QStringLiteral("payments")};
    QTest::newRow("contexts without ~/.kube/config says it does not exist yet")
        << false << contexts << 0 << QStringLiteral("does not exist yet");
    QTest::newRow("contexts with an empty ~/.kube/config says it has no contexts")
        << true << contexts << 0 << QStringLiteral("No contexts in");
    QTest::newRow("rewrite without ~/.kube/config fails saying it does not exist yet")
        << false << rewrite << 1 << QStringLiteral("does not exist yet");
    QTest::newRow("use without ~/.kube/config fails saying it does not exist yet")
        << false << use << 1 << QStringLiteral("does not exist yet");
}

// A newcomer's first command, before any cloud CLI wrote a kubeconfig: the answer names
// the file, tells a missing file from an empty one, and says how to get contexts (the cloud
// CLIs' get-credentials, `kubetailor import`). Nothing is created on the way.
void TestCliBadInput::noKubeconfigYet()
{
    QFETCH(bool, fileExists);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    const QString home = m_dir + QStringLiteral("/home");
    const QString config = home + QStringLiteral("/.kube/config");
    QVERIFY(QDir().mkpath(home + QStringLiteral("/.kube")));
    if (fileExists)
        QVERIFY(FixtureKubeconfigs::write(config, QByteArray()));
    KubetailorProcess process = m_process;
    process.environment().insert(QStringLiteral("HOME"), home);

    const KubetailorProcess::Result r = process.run(args);
    const QString answer = exitCode == 0 ? r.out : r.err;
    if (exitCode == 0) {
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    } else {
        expectOneLineFailure(r, args.constFirst(), config);
    }
    QVERIFY2(answer.contains(says), qPrintable(answer));
    QVERIFY2(answer.contains(config), qPrintable(answer));
    QVERIFY2(answer.contains(QStringLiteral("get-credentials")), qPrintable(answer));
    QVERIFY2(answer.contains(QStringLiteral("kubetailor import")), qPrintable(answer));
    QCOMPARE(QFile::exists(config), fileExists);
}

QTEST_GUILESS_MAIN(TestCliBadInput)
#include "tst_clibadinput.moc"
