// ExecPluginLocator: where an exec plugin's command is found, and where the search looked.
#include "kubeconfig/doctor/ExecPluginLocator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Source = ExecPluginLocation::Source;

class TestExecPluginLocator : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void locate_data();
    void locate();
    void loginShellPath();
    void loginShellTimeoutIsBoundedAndCached();
    void describeSaysWhereItLooked();

private:
    static void makeExecutable(const QString &path);
    QString writeShell(const QString &body);

    QTemporaryDir m_dir;
};

void TestExecPluginLocator::makeExecutable(const QString &path)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nexit 0\n");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

QString TestExecPluginLocator::writeShell(const QString &body)
{
    // A fake login shell: `SHELL -lc CMD` runs CMD with the PATH its "profile" sets.
    const QString path = m_dir.filePath(QStringLiteral("fake-shell"));
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write("#!/bin/sh\n");
    file.write(body.toUtf8());
    file.write("\n[ \"$1\" = -lc ] || exit 9\nexec /bin/sh -c \"$2\"\n");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

void TestExecPluginLocator::init()
{
    QVERIFY(m_dir.isValid());
    ExecPluginLocator::clearLoginShellCache();
}

void TestExecPluginLocator::locate_data()
{
    QTest::addColumn<QStringList>("plugins"); // files to create, relative to the temp dir
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("kubeconfigDir"); // relative to the temp dir
    QTest::addColumn<QStringList>("pathDirs");  // relative to the temp dir
    QTest::addColumn<QString>("shellPathDirs"); // PATH the login shell sets, relative
    QTest::addColumn<int>("source");
    QTest::addColumn<QString>("expected"); // relative to the temp dir; empty: not found

    QTest::newRow("on PATH") << QStringList{QStringLiteral("p1/gke-gcloud-auth-plugin")}
                             << QStringLiteral("gke-gcloud-auth-plugin") << QString()
                             << QStringList{QStringLiteral("p0"), QStringLiteral("p1")} << QString()
                             << int(Source::Path) << QStringLiteral("p1/gke-gcloud-auth-plugin");
    QTest::newRow("first PATH entry wins")
        << QStringList{QStringLiteral("p0/aws"), QStringLiteral("p1/aws")} << QStringLiteral("aws")
        << QString() << QStringList{QStringLiteral("p0"), QStringLiteral("p1")} << QString()
        << int(Source::Path) << QStringLiteral("p0/aws");
    QTest::newRow("cloud SDK folder under home, not on PATH")
        << QStringList{QStringLiteral("home/google-cloud-sdk/bin/gke-gcloud-auth-plugin")}
        << QStringLiteral("gke-gcloud-auth-plugin") << QString()
        << QStringList{QStringLiteral("p0")} << QString() << int(Source::KnownFolder)
        << QStringLiteral("home/google-cloud-sdk/bin/gke-gcloud-auth-plugin");
    QTest::newRow("~/.azure-kubelogin")
        << QStringList{QStringLiteral("home/.azure-kubelogin/kubelogin")}
        << QStringLiteral("kubelogin") << QString() << QStringList() << QString()
        << int(Source::KnownFolder) << QStringLiteral("home/.azure-kubelogin/kubelogin");
    QTest::newRow("only on the login shell's PATH (GUI from a menu)")
        << QStringList{QStringLiteral("brew/kubelogin-x")} << QStringLiteral("kubelogin-x")
        << QString() << QStringList{QStringLiteral("p0")} << QStringLiteral("brew")
        << int(Source::LoginShellPath) << QStringLiteral("brew/kubelogin-x");
    QTest::newRow("relative path with a slash: the kubeconfig's folder")
        << QStringList{QStringLiteral("kube/bin/plugin")} << QStringLiteral("bin/plugin")
        << QStringLiteral("kube") << QStringList{QStringLiteral("p0")} << QString()
        << int(Source::ExplicitPath) << QStringLiteral("kube/bin/plugin");
    QTest::newRow("relative path is not searched on PATH")
        << QStringList{QStringLiteral("p0/bin/plugin")} << QStringLiteral("bin/plugin")
        << QStringLiteral("kube") << QStringList{QStringLiteral("p0")} << QString()
        << int(Source::NotFound) << QString();
    QTest::newRow("missing everywhere")
        << QStringList() << QStringLiteral("aws-iam-authenticator") << QString()
        << QStringList{QStringLiteral("p0")} << QStringLiteral("brew") << int(Source::NotFound)
        << QString();
}

void TestExecPluginLocator::locate()
{
    QFETCH(QStringList, plugins);
    QFETCH(QString, command);
    QFETCH(QString, kubeconfigDir);
    QFETCH(QStringList, pathDirs);
    QFETCH(QString, shellPathDirs);
    QFETCH(int, source);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    const QDir root(dir.path());
    for (const QString &plugin : plugins)
        makeExecutable(root.filePath(plugin));
    QStringList path;
    for (const QString &folder : pathDirs)
        path << root.filePath(folder);

    ExecPluginLocator locator;
    locator.setSearchPath(path);
    locator.setHomeDir(root.filePath(QStringLiteral("home")));
    locator.setLoginShell(writeShell(
        QStringLiteral("PATH=%1:/usr/bin:/bin; export PATH")
            .arg(root.filePath(shellPathDirs.isEmpty() ? QStringLiteral("none") : shellPathDirs))));
    const ExecPluginLocation location =
        locator.locate(command, kubeconfigDir.isEmpty() ? QString() : root.filePath(kubeconfigDir));
    QCOMPARE(int(location.source), source);
    QCOMPARE(location.found(), !expected.isEmpty());
    QCOMPARE(location.path, expected.isEmpty() ? QString() : root.filePath(expected));
    QVERIFY(!location.searched.isEmpty());
    if (source == int(Source::NotFound) && !command.contains(QLatin1Char('/'))) {
        // Every PATH folder and every known folder was looked in, and the login shell asked.
        for (const QString &folder : path)
            QVERIFY(location.searched.contains(folder));
        QVERIFY(
            location.searched.contains(root.filePath(QStringLiteral("home/google-cloud-sdk/bin"))));
        QVERIFY(location.searched.contains(QStringLiteral("/opt/homebrew/bin")));
        QVERIFY(location.loginShellAsked);
    }
}

void TestExecPluginLocator::loginShellPath()
{
    ExecPluginLocator locator;
    locator.setLoginShell(writeShell(
        QStringLiteral("echo 'Welcome to your shell'; PATH=/opt/a:/opt/b:/opt/a; export PATH")));
    QString problem;
    QCOMPARE(locator.loginShellPath(&problem),
             (QStringList{QStringLiteral("/opt/a"), QStringLiteral("/opt/b")}));
    QVERIFY(problem.isEmpty());
}

void TestExecPluginLocator::loginShellTimeoutIsBoundedAndCached()
{
    ExecPluginLocator locator;
    locator.setSearchPath({});
    locator.setHomeDir(m_dir.filePath(QStringLiteral("home")));
    locator.setLoginShell(writeShell(QStringLiteral("sleep 10")));
    locator.setLoginShellTimeout(300);
    QElapsedTimer clock;
    clock.start();
    ExecPluginLocation location = locator.locate(QStringLiteral("no-such-plugin"));
    QVERIFY2(clock.elapsed() < 3000, "the login shell's timeout must bound the search");
    QVERIFY(!location.found());
    QVERIFY2(location.loginShellProblem.contains(QStringLiteral("did not answer within 300 ms")),
             qPrintable(location.loginShellProblem));

    clock.restart();
    location = locator.locate(QStringLiteral("no-such-plugin"));
    QVERIFY2(clock.elapsed() < 250, "the login shell's answer is cached");
    QVERIFY(location.loginShellProblem.contains(QStringLiteral("did not answer")));
}

void TestExecPluginLocator::describeSaysWhereItLooked()
{
    ExecPluginLocator locator;
    locator.setSearchPath({QStringLiteral("/nonexistent/p0")});
    locator.setHomeDir(m_dir.filePath(QStringLiteral("home")));
    locator.setLoginShell(QString());
    const ExecPluginLocation location = locator.locate(QStringLiteral("kubetailor-no-such-plugin"));
    const QString text = ExecPluginLocator::describe(location);
    QVERIFY2(text.startsWith(QStringLiteral(
                 "kubetailor-no-such-plugin not found; looked in: /nonexistent/p0, ")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("/snap/bin")), qPrintable(text));

    ExecPluginLocation known;
    known.command = QStringLiteral("kubelogin");
    known.path = QStringLiteral("/home/u/.azure-kubelogin/kubelogin");
    known.source = Source::KnownFolder;
    QVERIFY(ExecPluginLocator::describe(known).contains(
        QStringLiteral("add /home/u/.azure-kubelogin to PATH")));
}

QTEST_GUILESS_MAIN(TestExecPluginLocator)
#include "tst_execpluginlocator.moc"
