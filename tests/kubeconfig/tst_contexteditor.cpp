#include "kubeconfig/BackupStore.h"
#include "kubeconfig/ContextEditor.h"
#include "kubeconfig/KubeconfigSet.h"
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlConfigView.h"
#include "tests/support/KubectlRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using Section = KubeconfigDocument::Section;

// use / rename / delete / import / the forwarder's local context, checked with kubectl.
class TestContextEditor : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void setCurrentContextGoesWhereClientGoWritesIt();
    void renameContext();
    void renameErrors_data();
    void renameErrors();
    void deleteKeepsSharedEntries();
    void deleteRemovesUnusedClusterAndUser();
    void importRenamesClashesAndSkipsDuplicates();
    void importMakesRelativePathsAbsolute();
    void upsertLocalContext();
    void upsertLocalContextKeepsInsecureOnlyWithoutCa();
    void unknownContext_data();
    void unknownContext();

private:
    QString write(const QString &name, const QByteArray &content);
    static QByteArray read(const QString &file);
    ContextEditor editorFor(const QStringList &files);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BackupStore> m_backups;
    KubectlRunner m_kubectl;
};

void TestContextEditor::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_backups = std::make_unique<BackupStore>(m_dir->filePath(QStringLiteral("backups")));
}

QString TestContextEditor::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

QByteArray TestContextEditor::read(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

ContextEditor TestContextEditor::editorFor(const QStringList &files)
{
    const Result<KubeconfigSet> set = KubeconfigSet::load(files);
    if (!set)
        qFatal("%s", qPrintable(set.error()));
    return ContextEditor(set.value());
}

void TestContextEditor::setCurrentContextGoesWhereClientGoWritesIt()
{
    const QString a = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("eks.yaml"));
    const QString b = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("gke.yaml"));
    // Only the second file sets current-context; client-go still writes it to the first
    // existing file (which then wins the merge), and the second keeps its value.
    write(QStringLiteral("eks.yaml"),
          read(a).replace("current-context: arn:aws:eks:us-west-2:123456789012:cluster/orders\n",
                          ""));
    const QByteArray bBefore = read(b);
    ContextEditor editor = editorFor({a, b});
    QVERIFY(
        editor
            .setCurrentContext(QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders"))
            .ok());
    QCOMPARE(editor.changes().size(), 1);
    QCOMPARE(editor.changes().constFirst().path, a);
    QVERIFY(editor.apply(m_backups.get()).ok());
    QCOMPARE(read(b), bBefore);
    if (m_kubectl.isAvailable()) {
        QString error;
        const QJsonObject merged = KubectlConfigView::readMerged(m_kubectl, {a, b}, &error);
        QVERIFY2(!merged.isEmpty(), qPrintable(error));
        QCOMPARE(merged.value(QStringLiteral("current-context")).toString(),
                 QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders"));
    }
}

void TestContextEditor::renameContext()
{
    const QString file = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("gke.yaml"));
    const QString old = QStringLiteral("gke_acme-prod_us-central1_payments");
    ContextEditor editor = editorFor({file});
    QVERIFY(editor.renameContext(old, QStringLiteral("payments")).ok());
    QVERIFY(editor.apply(m_backups.get()).ok());
    const KubeconfigSet set = KubeconfigSet::load({file}).value();
    QCOMPARE(set.contextNames(), QStringList{QStringLiteral("payments")});
    QCOMPARE(set.currentContext(), QStringLiteral("payments"));
    QCOMPARE(set.context(QStringLiteral("payments"))->clusterName, old);
    QCOMPARE(set.context(QStringLiteral("payments"))->userName, old);
    if (m_kubectl.isAvailable()) {
        const QJsonObject view = KubectlConfigView::read(m_kubectl, file);
        QCOMPARE(KubectlConfigView::names(view, QStringLiteral("contexts")),
                 QStringList{QStringLiteral("payments")});
        QCOMPARE(view.value(QStringLiteral("current-context")).toString(),
                 QStringLiteral("payments"));
    }
}

void TestContextEditor::renameErrors_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown context") << QStringLiteral("nope") << QStringLiteral("x")
                                     << QStringLiteral("no context named \"nope\" in ");
    QTest::newRow("name taken") << QStringLiteral("corp") << QStringLiteral("billing")
                                << QStringLiteral(": a context named \"billing\" exists already");
    QTest::newRow("empty new name") << QStringLiteral("corp") << QString()
                                    << QStringLiteral("the new name of context \"corp\" is empty");
}

void TestContextEditor::renameErrors()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, error);
    ContextEditor editor =
        editorFor({FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("mixed-auth.yaml"))});
    const Status status = editor.renameContext(from, to);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(error), qPrintable(status.error()));
    QVERIFY(!editor.hasChanges());
}

void TestContextEditor::deleteKeepsSharedEntries()
{
    const QString file =
        FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("mixed-auth.yaml"));
    ContextEditor editor = editorFor({file});
    // billing shares its cluster with the GKE context; its user is its own.
    QVERIFY(editor.deleteContext(QStringLiteral("billing")).ok());
    QVERIFY(editor.apply(m_backups.get()).ok());
    const KubeconfigDocument doc = KubeconfigDocument::load(file).value();
    QVERIFY(!doc.contains(Section::Contexts, QStringLiteral("billing")));
    QVERIFY(doc.contains(Section::Clusters, QStringLiteral("gke_acme-prod_us-central1_payments")));
    QVERIFY(!doc.contains(Section::Users, QStringLiteral("legacy-gcp")));
    QVERIFY(doc.contains(Section::Users, QStringLiteral("token-user")));
}

void TestContextEditor::deleteRemovesUnusedClusterAndUser()
{
    const QString file = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("gke.yaml"));
    ContextEditor editor = editorFor({file});
    QVERIFY(editor.deleteContext(QStringLiteral("gke_acme-prod_us-central1_payments")).ok());
    QVERIFY(editor.apply(m_backups.get()).ok());
    const KubeconfigDocument doc = KubeconfigDocument::load(file).value();
    QVERIFY(doc.names(Section::Contexts).isEmpty());
    QVERIFY(doc.names(Section::Clusters).isEmpty());
    QVERIFY(doc.names(Section::Users).isEmpty());
    QCOMPARE(doc.currentContext(), QString());
    if (m_kubectl.isAvailable()) {
        QString error;
        const QJsonObject view = KubectlConfigView::read(m_kubectl, file, &error);
        QVERIFY2(!view.isEmpty(), qPrintable(error));
        QVERIFY(KubectlConfigView::names(view, QStringLiteral("contexts")).isEmpty());
    }
}

void TestContextEditor::importRenamesClashesAndSkipsDuplicates()
{
    const QString into = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("gke.yaml"),
                                                      QStringLiteral("home/config"));
    // Same names, different content (another project) + an identical copy of the user.
    QByteArray other = read(QStringLiteral(KUBETAILOR_FIXTURES_DIR "/kubeconfigs/gke.yaml"));
    other.replace("server: https://34.118.10.20", "server: https://35.9.9.9");
    const QString source = write(QStringLiteral("downloads/other.yaml"), other);
    ContextEditor editor = editorFor({into});
    const Result<QList<ContextEditor::Rename>> renames = editor.importFile(source, into);
    QVERIFY2(renames.ok(), qPrintable(renames.error()));
    const QString name = QStringLiteral("gke_acme-prod_us-central1_payments");
    QCOMPARE(renames.value().size(), 2); // cluster and context; the identical user is shared
    QCOMPARE(renames.value().at(0).section, Section::Clusters);
    QCOMPARE(renames.value().at(0).to, name + QStringLiteral("-2"));
    QCOMPARE(renames.value().at(1).section, Section::Contexts);
    QVERIFY(editor.apply(m_backups.get()).ok());

    const KubeconfigSet set = KubeconfigSet::load({into}).value();
    QCOMPARE(set.contextNames(), (QStringList{name, name + QStringLiteral("-2")}));
    const ContextInfo imported = *set.context(name + QStringLiteral("-2"));
    QCOMPARE(imported.server, QStringLiteral("https://35.9.9.9"));
    QCOMPARE(imported.clusterName, name + QStringLiteral("-2"));
    QCOMPARE(imported.userName, name);
    QCOMPARE(set.context(name)->server, QStringLiteral("https://34.118.10.20"));
    QCOMPARE(KubeconfigDocument::load(into).value().names(Section::Users), QStringList{name});

    // Importing the same file again adds nothing.
    ContextEditor again = editorFor({into});
    const Result<QList<ContextEditor::Rename>> second = again.importFile(source, into);
    QVERIFY(second.ok());
    QVERIFY2(!again.hasChanges(), qPrintable(again.diff()));
}

void TestContextEditor::importMakesRelativePathsAbsolute()
{
    const QString into = write(QStringLiteral("home/config"), "apiVersion: v1\nkind: Config\n");
    const QString source = FixtureKubeconfigs::copyInto(
        m_dir->path(), QStringLiteral("mixed-auth.yaml"), QStringLiteral("kubeadm/admin.conf"));
    ContextEditor editor = editorFor({into});
    QVERIFY(editor.importFile(source, into).ok());
    QVERIFY(editor.apply(m_backups.get()).ok());
    const KubeconfigDocument doc = KubeconfigDocument::load(into).value();
    const QString folder = QFileInfo(source).absolutePath();
    QCOMPARE(doc.body(Section::Clusters, QStringLiteral("kubernetes"))
                 ->stringValue(QStringLiteral("certificate-authority")),
             folder + QStringLiteral("/certs/ca.crt"));
    QCOMPARE(doc.body(Section::Users, QStringLiteral("kubernetes-admin"))
                 ->stringValue(QStringLiteral("client-key")),
             folder + QStringLiteral("/certs/admin.key"));
    // A bare command stays a PATH lookup.
    QCOMPARE(doc.body(Section::Users, QStringLiteral("gke_acme-prod_us-central1_payments"))
                 ->find(QStringLiteral("exec"))
                 ->stringValue(QStringLiteral("command")),
             QStringLiteral("gke-gcloud-auth-plugin"));
}

void TestContextEditor::upsertLocalContext()
{
    const QString file = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("eks.yaml"));
    const QString source = QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders");
    const QByteArray pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    ContextEditor editor = editorFor({file});
    const Result<QString> name =
        editor.upsertLocalContext(source, QString(), QStringLiteral("https://127.0.0.1:8443"), pem);
    QVERIFY2(name.ok(), qPrintable(name.error()));
    QCOMPARE(name.value(), source + QStringLiteral("-local"));
    QVERIFY(editor.apply(m_backups.get()).ok());
    if (m_kubectl.isAvailable()) {
        const QJsonObject view = KubectlConfigView::read(m_kubectl, file);
        const QJsonObject cluster =
            KubectlConfigView::namedEntry(view, QStringLiteral("clusters"), name.value());
        QCOMPARE(cluster.value(QStringLiteral("server")).toString(),
                 QStringLiteral("https://127.0.0.1:8443"));
        QCOMPARE(
            QByteArray::fromBase64(
                cluster.value(QStringLiteral("certificate-authority-data")).toString().toLatin1()),
            pem);
        const QJsonObject context =
            KubectlConfigView::namedEntry(view, QStringLiteral("contexts"), name.value());
        QCOMPARE(context.value(QStringLiteral("user")).toString(), source);
        QCOMPARE(KubectlConfigView::names(view, QStringLiteral("users")), QStringList{source});
    }
    // Again with another port: updated in place, not duplicated.
    ContextEditor again = editorFor({file});
    QVERIFY(
        again.upsertLocalContext(source, QString(), QStringLiteral("https://127.0.0.1:9443"), pem)
            .ok());
    QVERIFY(again.apply(m_backups.get()).ok());
    const KubeconfigSet set = KubeconfigSet::load({file}).value();
    QCOMPARE(set.contextNames().size(), 2);
    QCOMPARE(set.context(source + QStringLiteral("-local"))->server,
             QStringLiteral("https://127.0.0.1:9443"));
    // The same values a third time: nothing to write.
    ContextEditor same = editorFor({file});
    QVERIFY(
        same.upsertLocalContext(source, QString(), QStringLiteral("https://127.0.0.1:9443"), pem)
            .ok());
    QVERIFY(!same.hasChanges());
}

void TestContextEditor::upsertLocalContextKeepsInsecureOnlyWithoutCa()
{
    // Passthrough for a cluster that skips verification and has no CA: the local entry keeps
    // insecure-skip-tls-verify as a real boolean kubectl accepts; with CA data it is left out
    // (kubectl refuses the two together).
    const QString file = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("eks.yaml"));
    const QString source = QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders");
    const QByteArray pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    ContextEditor editor = editorFor({file});
    QVERIFY(editor
                .upsertLocalContext(source, QStringLiteral("insecure-local"),
                                    QStringLiteral("https://127.0.0.1:8443"), QByteArray(),
                                    QStringLiteral("orders.example"), true)
                .ok());
    QVERIFY(editor
                .upsertLocalContext(source, QStringLiteral("verified-local"),
                                    QStringLiteral("https://127.0.0.1:8444"), pem,
                                    QStringLiteral("orders.example"), true)
                .ok());
    QVERIFY(editor.apply(m_backups.get()).ok());
    const KubeconfigSet set = KubeconfigSet::load({file}).value();
    QVERIFY(set.context(QStringLiteral("insecure-local"))->insecureSkipTlsVerify);
    QVERIFY(!set.context(QStringLiteral("verified-local"))->insecureSkipTlsVerify);
    if (m_kubectl.isAvailable()) {
        const QJsonObject view = KubectlConfigView::read(m_kubectl, file);
        const QJsonObject insecure = KubectlConfigView::namedEntry(
            view, QStringLiteral("clusters"), QStringLiteral("insecure-local"));
        QCOMPARE(insecure.value(QStringLiteral("insecure-skip-tls-verify")), QJsonValue(true));
        QCOMPARE(insecure.value(QStringLiteral("tls-server-name")).toString(),
                 QStringLiteral("orders.example"));
        const QJsonObject verified = KubectlConfigView::namedEntry(
            view, QStringLiteral("clusters"), QStringLiteral("verified-local"));
        QVERIFY(!verified.contains(QStringLiteral("insecure-skip-tls-verify")));
    }
}

void TestContextEditor::unknownContext_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("use") << QStringLiteral("use");
    QTest::newRow("delete") << QStringLiteral("delete");
    QTest::newRow("local context") << QStringLiteral("local");
}

void TestContextEditor::unknownContext()
{
    QFETCH(QString, operation);
    const QString file = FixtureKubeconfigs::copyInto(m_dir->path(), QStringLiteral("gke.yaml"));
    ContextEditor editor = editorFor({file});
    QString error;
    if (operation == QLatin1String("use"))
        error = editor.setCurrentContext(QStringLiteral("nope")).error();
    else if (operation == QLatin1String("delete"))
        error = editor.deleteContext(QStringLiteral("nope")).error();
    else
        error = editor
                    .upsertLocalContext(QStringLiteral("nope"), QString(),
                                        QStringLiteral("https://127.0.0.1:1"), {})
                    .error();
    QCOMPARE(error,
             QStringLiteral("no context named \"nope\" in %1; `kubetailor contexts` lists them")
                 .arg(file));
    QVERIFY(!editor.hasChanges());
}

QTEST_GUILESS_MAIN(TestContextEditor)
#include "tst_contexteditor.moc"
