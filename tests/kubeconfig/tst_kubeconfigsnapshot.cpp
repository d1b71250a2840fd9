#include "kubeconfig/KubeconfigSnapshot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// The app's small copy of the kubeconfig: rows and bytes kept, the parsed set released and
// parsed again from the same bytes (so the same set, whatever the files say now).
class TestKubeconfigSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void parsedAgainIsTheSameSet_data();
    void parsedAgainIsTheSameSet();
    void rowsHaveNoCaButItsDigest();
    void parsedAgainFromTheKeptBytesNotTheFile();
    void aMissingFileStaysMissing();
    void aHolderKeepsItsSetAfterRelease();
    void anEditNotWrittenIsNeverReleased();
    void aParserRunsApartFromItsSnapshot();

private:
    QString write(const QString &name, const QByteArray &content);
    static KubeconfigSnapshot load(const QStringList &files);
    QTemporaryDir m_dir;
};

static QByteArray fixtureBytes(const QString &name)
{
    QFile file(QStringLiteral(KUBETAILOR_FIXTURES_DIR "/kubeconfigs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(name));
    return file.readAll();
}

QString TestKubeconfigSnapshot::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

KubeconfigSnapshot TestKubeconfigSnapshot::load(const QStringList &files)
{
    Result<KubeconfigSet> set = KubeconfigSet::load(files);
    if (!set)
        qFatal("cannot load: %s", qPrintable(set.error()));
    return KubeconfigSnapshot(set.takeValue());
}

// Everything a reader of the set sees, as text: contexts with their CA, current context,
// each document's bytes as serialize() writes them.
static QString describe(const KubeconfigSet &set)
{
    QStringList lines;
    for (const ContextInfo &c : set.contexts()) {
        lines << QStringList{c.name,
                             c.clusterName,
                             c.userName,
                             c.namespace_,
                             c.server,
                             c.authSummary,
                             c.execArgs.join(QLatin1Char(' ')),
                             QString::fromLatin1(c.certificateAuthorityData.toBase64()),
                             c.tlsServerName,
                             c.proxyUrl,
                             c.problem}
                     .join(QLatin1Char('|'));
    }
    lines << set.currentContext() << set.files();
    for (const KubeconfigDocument &document : set.documents())
        lines << QString::fromLatin1(document.serialize().toBase64())
              << QString::number(document.exists());
    return lines.join(QLatin1Char('\n'));
}

void TestKubeconfigSnapshot::parsedAgainIsTheSameSet_data()
{
    QTest::addColumn<QByteArray>("content");
    // The shapes the cloud CLIs write, and the awkward ones: aliases (expanded at load),
    // quoted strings that look like numbers or booleans, JSON, CRLF and a BOM (written back
    // the way they came), a broken context (loads, marked broken).
    for (const char *name :
         {"gke.yaml", "eks.yaml", "aks.yaml", "k3s.yaml", "mixed-auth.yaml", "aliases.yaml",
          "quoted-strings.yaml", "batch.yaml", "splice/anchors.yaml", "splice/commented.yaml",
          "splice/kubeconfig.json", "splice/flow-items.yaml"})
        QTest::newRow(name) << fixtureBytes(QString::fromLatin1(name));
    QTest::newRow("JSON") << QByteArray(
        R"({"apiVersion":"v1","kind":"Config","current-context":"j",)"
        R"("clusters":[{"name":"c","cluster":{"server":"https://10.0.0.1"}}],)"
        R"("contexts":[{"name":"j","context":{"cluster":"c","user":"u"}}],)"
        R"("users":[{"name":"u","user":{"token":"t"}}]})");
    QTest::newRow("CRLF and a BOM")
        << QByteArray("\xEF\xBB\xBF"
                      "apiVersion: v1\r\nkind: Config\r\nclusters:\r\n- name: c\r\n  cluster:\r\n"
                      "    server: https://10.0.0.1\r\ncontexts:\r\n- name: x\r\n  context:\r\n"
                      "    cluster: c\r\n    user: u\r\nusers:\r\n- name: u\r\n  user: {}\r\n");
    QTest::newRow("a context whose cluster is missing")
        << QByteArray("contexts:\n- name: lost\n  context: {cluster: nowhere, user: u}\n"
                      "users:\n- name: u\n  user: {token: t}\n");
    QTest::newRow("empty file") << QByteArray();
}

void TestKubeconfigSnapshot::parsedAgainIsTheSameSet()
{
    QFETCH(QByteArray, content);
    const QString path = write(QStringLiteral("config"), content);
    const QString second =
        write(QStringLiteral("second"), fixtureBytes(QStringLiteral("eks.yaml")));
    KubeconfigSnapshot snapshot = load({path, second});
    QVERIFY(snapshot.isParsed());
    const QString before = describe(*snapshot.set());

    QVERIFY(snapshot.release());
    QVERIFY(!snapshot.isParsed());
    QVERIFY(!snapshot.release()); // nothing left to release
    const std::shared_ptr<const KubeconfigSet> again = snapshot.set();
    QVERIFY(snapshot.isParsed());
    QCOMPARE(describe(*again), before);
    for (const KubeconfigDocument &document : again->documents())
        QVERIFY(!document.isModified());
}

void TestKubeconfigSnapshot::rowsHaveNoCaButItsDigest()
{
    const QString path =
        write(QStringLiteral("config"), fixtureBytes(QStringLiteral("mixed-auth.yaml")));
    KubeconfigSnapshot snapshot = load({path});
    const QList<ContextInfo> full = snapshot.set()->contexts();
    QCOMPARE(snapshot.contexts().size(), full.size());
    QCOMPARE(snapshot.contextNames(), snapshot.set()->contextNames());
    bool sawCa = false;
    for (int i = 0; i < full.size(); ++i) {
        const ContextInfo &row = snapshot.contexts().at(i);
        QCOMPARE(row.name, full.at(i).name);
        QCOMPARE(row.server, full.at(i).server);
        QCOMPARE(row.hasCertificateAuthority, full.at(i).hasCertificateAuthority);
        QVERIFY(row.certificateAuthorityData.isEmpty());
        QCOMPARE(snapshot.context(row.name)->server, row.server);
        const QByteArray digest = snapshot.certificateAuthorityDigest(row.name);
        QCOMPARE(digest.isEmpty(), full.at(i).certificateAuthorityData.isEmpty());
        sawCa = sawCa || !digest.isEmpty();
    }
    QVERIFY2(sawCa, "the fixture has a context with certificate-authority-data");
    QVERIFY(!snapshot.context(QStringLiteral("no-such-context")));
    QVERIFY(snapshot.certificateAuthorityDigest(QStringLiteral("no-such-context")).isEmpty());
}

void TestKubeconfigSnapshot::parsedAgainFromTheKeptBytesNotTheFile()
{
    const QByteArray gke = fixtureBytes(QStringLiteral("gke.yaml"));
    const QString path = write(QStringLiteral("config"), gke);
    KubeconfigSnapshot snapshot = load({path});
    const QStringList names = snapshot.contextNames();
    QVERIFY(snapshot.release());
    // Another program writes the file (or deletes it): the rows the user sees and the set a
    // rewrite is planned from must not disagree; the watcher's reload brings the new file.
    write(QStringLiteral("config"), fixtureBytes(QStringLiteral("eks.yaml")));
    QCOMPARE(snapshot.set()->contextNames(), names);
    QCOMPARE(snapshot.set()->document(0).originalBytes(), gke);
    QVERIFY(snapshot.release());
    QVERIFY(QFile::remove(path));
    QCOMPARE(snapshot.set()->contextNames(), names);
}

void TestKubeconfigSnapshot::aMissingFileStaysMissing()
{
    const QString missing = m_dir.filePath(QStringLiteral("not-there-yet"));
    const QString path = write(QStringLiteral("config"), fixtureBytes(QStringLiteral("aks.yaml")));
    KubeconfigSnapshot snapshot = load({missing, path});
    // client-go writes a context switch to the first file that exists.
    QCOMPARE(snapshot.currentContextFile(), path);
    QCOMPARE(snapshot.files(), (QStringList{missing, path}));
    QVERIFY(snapshot.release());
    write(QStringLiteral("not-there-yet"), fixtureBytes(QStringLiteral("gke.yaml")));
    const std::shared_ptr<const KubeconfigSet> again = snapshot.set();
    QCOMPARE(again->files(), (QStringList{missing, path}));
    QVERIFY(!again->document(0).exists());
    QCOMPARE(again->currentContextDocument(), 1);
}

void TestKubeconfigSnapshot::aHolderKeepsItsSetAfterRelease()
{
    const QString path = write(QStringLiteral("config"), fixtureBytes(QStringLiteral("gke.yaml")));
    KubeconfigSnapshot snapshot = load({path});
    const std::shared_ptr<const KubeconfigSet> held = snapshot.set();
    QVERIFY(snapshot.release());
    QCOMPARE(held.use_count(), 1L);
    QCOMPARE(held->contextNames(), snapshot.contextNames());
}

void TestKubeconfigSnapshot::anEditNotWrittenIsNeverReleased()
{
    const QString path = write(QStringLiteral("config"), fixtureBytes(QStringLiteral("gke.yaml")));
    Result<KubeconfigSet> set = KubeconfigSet::load({path});
    QVERIFY(set);
    const QString first = set.value().contextNames().value(0);
    QVERIFY(set.value().mutableDocument(0).renameEntry(KubeconfigDocument::Section::Contexts, first,
                                                       QStringLiteral("renamed")));
    set.value().refresh();
    KubeconfigSnapshot snapshot(set.takeValue());
    QVERIFY(snapshot.contextNames().contains(QStringLiteral("renamed")));
    QVERIFY(!snapshot.release());
    QVERIFY(snapshot.isParsed());
    QVERIFY(snapshot.set()->contextNames().contains(QStringLiteral("renamed")));
}

// The window parses a large kubeconfig on a worker (KubeconfigService::parseInBackground):
// the parser holds the bytes it reads, so the snapshot may be replaced meanwhile, and the
// result is the set set() would give. adopt() takes it once, never over a parsed set.
void TestKubeconfigSnapshot::aParserRunsApartFromItsSnapshot()
{
    const QString path =
        write(QStringLiteral("apart"), fixtureBytes(QStringLiteral("mixed-auth.yaml")));
    KubeconfigSnapshot snapshot = load({path});
    const QString expected = describe(*snapshot.set());
    QVERIFY(snapshot.release());
    QVERIFY(snapshot.byteCount() > 0);

    std::shared_ptr<const KubeconfigSet> parsed;
    QThread *worker = QThread::create([&parsed, parse = snapshot.parser()] { parsed = parse(); });
    KubeconfigSnapshot kept = snapshot;
    snapshot = KubeconfigSnapshot(); // replaced while the worker reads
    worker->start();
    QVERIFY(worker->wait(10000));
    delete worker;
    QVERIFY(parsed);
    QCOMPARE(describe(*parsed), expected);

    QVERIFY(!kept.isParsed());
    kept.adopt(parsed);
    QVERIFY(kept.isParsed());
    QCOMPARE(kept.set(), parsed);
    kept.adopt(std::make_shared<const KubeconfigSet>()); // parsed already: kept as it is
    QCOMPARE(kept.set(), parsed);
}

QTEST_GUILESS_MAIN(TestKubeconfigSnapshot)
#include "tst_kubeconfigsnapshot.moc"
