#include "kubeconfig/KubeconfigPaths.h"

#include <QDir>
#include <QTest>

class TestKubeconfigPaths : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();
    void fromEnvironmentUsesKubeconfig();
};

void TestKubeconfigPaths::resolve_data()
{
    QTest::addColumn<QString>("explicitFile");
    QTest::addColumn<QString>("env");
    QTest::addColumn<QStringList>("expected");

    const QString sep = KubeconfigPaths::listSeparator();
    QTest::newRow("nothing set: ~/.kube/config")
        << QString() << QString() << QStringList{QStringLiteral("/home/u/.kube/config")};
    QTest::newRow("--kubeconfig wins over KUBECONFIG")
        << QStringLiteral("/tmp/a.yaml") << QStringLiteral("/tmp/b.yaml")
        << QStringList{QStringLiteral("/tmp/a.yaml")};
    QTest::newRow("KUBECONFIG list kept in order")
        << QString() << (QStringLiteral("/tmp/b.yaml") + sep + QStringLiteral("/tmp/a.yaml"))
        << QStringList{QStringLiteral("/tmp/b.yaml"), QStringLiteral("/tmp/a.yaml")};
    QTest::newRow("empty entries dropped")
        << QString() << (sep + QStringLiteral("/tmp/a.yaml") + sep + sep)
        << QStringList{QStringLiteral("/tmp/a.yaml")};
    QTest::newRow("repeated entry kept once, first place")
        << QString()
        << (QStringLiteral("/tmp/a.yaml") + sep + QStringLiteral("/tmp/b.yaml") + sep +
            QStringLiteral("/tmp/a.yaml"))
        << QStringList{QStringLiteral("/tmp/a.yaml"), QStringLiteral("/tmp/b.yaml")};
    QTest::newRow("only separators: default file")
        << QString() << (sep + sep) << QStringList{QStringLiteral("/home/u/.kube/config")};
    QTest::newRow("relative path made absolute")
        << QString() << QStringLiteral("rel/config")
        << QStringList{QDir::current().absoluteFilePath(QStringLiteral("rel/config"))};
}

void TestKubeconfigPaths::resolve()
{
    QFETCH(QString, explicitFile);
    QFETCH(QString, env);
    QFETCH(QStringList, expected);
    QCOMPARE(KubeconfigPaths::resolve(explicitFile, env, QStringLiteral("/home/u")), expected);
}

void TestKubeconfigPaths::fromEnvironmentUsesKubeconfig()
{
    qputenv("KUBECONFIG", "/tmp/x.yaml");
    QCOMPARE(KubeconfigPaths::fromEnvironment(), QStringList{QStringLiteral("/tmp/x.yaml")});
    qunsetenv("KUBECONFIG");
    QCOMPARE(KubeconfigPaths::fromEnvironment(),
             QStringList{QDir::home().filePath(QStringLiteral(".kube/config"))});
}

QTEST_GUILESS_MAIN(TestKubeconfigPaths)
#include "tst_kubeconfigpaths.moc"
