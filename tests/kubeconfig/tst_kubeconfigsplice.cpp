// Surgical edits: the bytes an edit writes are the original bytes with only the lines the
// edit needs changed. One row per file layout and edit, with the exact expected file; the
// real kubectl then reads the written file exactly as it reads the intended tree.
#include "kubeconfig/KubeconfigDocument.h"
#include "kubeconfig/KubeconfigSet.h"
#include "kubeconfig/KubeconfigSplicer.h"
#include "kubeconfig/RewritePlan.h"
#include "kubeconfig/yaml/YamlWriter.h"
#include "tests/support/KubectlConfigView.h"
#include "tests/support/KubectlRunner.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using Section = KubeconfigDocument::Section;
using Method = KubeconfigSplicer::Method;

namespace {

const QString Proxy = QStringLiteral("https://tailscale-operator.tail1234.ts.net:443");

// What RewritePlan does to a cluster body.
YamlNode rewritten(YamlNode body)
{
    body.insert(QStringLiteral("server"), YamlNode::string(Proxy));
    for (const char *key : {"certificate-authority-data", "certificate-authority",
                            "insecure-skip-tls-verify", "tls-server-name"})
        body.remove(QString::fromLatin1(key));
    return body;
}

// Each edit as the plans and ContextEditor make it through KubeconfigDocument.
void edit(KubeconfigDocument &doc, const QString &op, const QString &name, const QByteArray &source)
{
    if (op == QLatin1String("rewrite")) {
        YamlNode *body = doc.mutableBody(Section::Clusters, name);
        QVERIFY(body);
        *body = rewritten(*body);
    } else if (op == QLatin1String("sibling")) {
        const YamlNode *context = doc.body(Section::Contexts, name);
        QVERIFY(context);
        const QString cluster = context->stringValue(QStringLiteral("cluster"));
        const QString tailnet = cluster + QStringLiteral("-tailnet");
        doc.setBody(Section::Clusters, tailnet, rewritten(*doc.body(Section::Clusters, cluster)));
        YamlNode newContext = *context;
        newContext.insert(QStringLiteral("cluster"), YamlNode::string(tailnet));
        doc.setBody(Section::Contexts, name + QStringLiteral("-tailnet"), newContext);
    } else if (op == QLatin1String("undo")) {
        const Result<KubeconfigDocument> before = KubeconfigDocument::fromBytes(source, {});
        QVERIFY2(before.ok(), qPrintable(before.error()));
        doc.setBody(Section::Clusters, name, *before.value().body(Section::Clusters, name));
    } else if (op == QLatin1String("use")) {
        doc.setCurrentContext(name);
    } else if (op == QLatin1String("rename")) {
        QVERIFY(doc.renameEntry(Section::Contexts, name, name + QStringLiteral("-renamed")));
    } else if (op == QLatin1String("delete")) {
        const QString cluster =
            doc.body(Section::Contexts, name)->stringValue(QStringLiteral("cluster"));
        QVERIFY(doc.removeEntry(Section::Contexts, name));
        QVERIFY(doc.removeEntry(Section::Clusters, cluster));
    } else if (op == QLatin1String("local")) {
        const QString user = doc.body(Section::Contexts, name)->stringValue(QStringLiteral("user"));
        const QString local = name + QStringLiteral("-local");
        YamlNode cluster = YamlNode::map();
        cluster.insert(QStringLiteral("certificate-authority-data"),
                       YamlNode::string(QStringLiteral("TE9DQUw=")));
        cluster.insert(QStringLiteral("server"),
                       YamlNode::string(QStringLiteral("https://127.0.0.1:8443")));
        YamlNode context = YamlNode::map();
        context.insert(QStringLiteral("cluster"), YamlNode::string(local));
        context.insert(QStringLiteral("user"), YamlNode::string(user));
        doc.setBody(Section::Clusters, local, cluster);
        doc.setBody(Section::Contexts, local, context);
    } else if (op == QLatin1String("import")) {
        // As ContextEditor::importFile adds an entry taken from another file.
        const Result<KubeconfigDocument> other = KubeconfigDocument::fromBytes(
            "users:\n- name: x\n  user: {token: abc}\n", QStringLiteral("other"));
        QVERIFY2(other.ok(), qPrintable(other.error()));
        doc.appendEntry(Section::Users, name,
                        *other.value().entry(Section::Users, QStringLiteral("x")));
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown edit ") + op));
    }
}

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(KUBETAILOR_FIXTURES_DIR "/kubeconfigs/splice/") +
               QString::fromLatin1(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return file.readAll();
}

QByteArray crlfWithBom(QByteArray text)
{
    return "\xEF\xBB\xBF" + text.replace("\n", "\r\n");
}

const QByteArray Commented = fixture("commented.yaml");
const QByteArray CommentedRewritten = fixture("commented-rewritten.yaml");
const QByteArray EksFlow = fixture("eks-flow-args.yaml");
const QByteArray Quoted = fixture("quoted.yaml");
const QByteArray OddIndent = fixture("odd-indent.yaml");
const QByteArray Anchors = fixture("anchors.yaml");
const QByteArray Json = fixture("kubeconfig.json");
const QByteArray TwoDocuments = fixture("two-documents.yaml");
const QByteArray FlowItems = fixture("flow-items.yaml");
// anchors.yaml after `rewrite base`, written whole in kubectl's layout (the merge is expanded).
const QByteArray AnchorsBaseWrittenWhole =
    "apiVersion: v1\nkind: Config\nclusters:\n- name: base\n  cluster:\n    server: " +
    Proxy.toUtf8() +
    "\n- name: edge\n  cluster:\n    certificate-authority-data: QkFTRQ==\n    server: "
    "https://10.0.0.2\ncontexts:\n- name: edge\n  context:\n    cluster: edge\n    user: "
    "admin\nusers:\n- name: admin\n  user:\n    token: abc\n";
const QByteArray SecondDocument = "---\n# notes kept here\nkind: Notes\ntext: \"x\"\n...\n";
QByteArray replaced(QByteArray text, const QByteArray &from, const QByteArray &to)
{
    if (!text.contains(from))
        qFatal("test data: %s not found", from.constData());
    return text.replace(from, to);
}

} // namespace

class TestKubeconfigSplice : public QObject
{
    Q_OBJECT

private slots:
    void onlyTheEditedLinesChange_data();
    void onlyTheEditedLinesChange();
    void previewOfARewriteIsTheServerLineAndTheCaLines_data();
    void previewOfARewriteIsTheServerLineAndTheCaLines();
    void previewSaysWhichEntryIsWrittenWhole();
};

namespace {

QString writeFile(const QTemporaryDir &dir, const QByteArray &content)
{
    const QString path = dir.filePath(QStringLiteral("config"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

Result<RewritePlan> planRewrite(const QString &file, const QString &context)
{
    const Result<KubeconfigSet> set = KubeconfigSet::load({file});
    if (!set)
        return Result<RewritePlan>::failure(set.error());
    RewriteOptions options;
    options.contexts = {context};
    options.fqdn = QStringLiteral("tailscale-operator.tail1234.ts.net");
    options.force = true;
    options.pluginExists = [](const QString &, const QString &) {
        return true;
    };
    return RewritePlan::build(set.value(), options);
}

} // namespace

void TestKubeconfigSplice::onlyTheEditedLinesChange_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("source"); // undo: the file the body comes back from
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<int>("method");
    const int spliced = int(Method::Spliced);

    QTest::newRow("comments: rewrite in place keeps every comment, replaces server, drops CA")
        << Commented << "rewrite"
        << "prod" << QByteArray() << CommentedRewritten << spliced;
    QTest::newRow("comments: undo puts the CA line back before server")
        << CommentedRewritten << "undo"
        << "prod" << Commented << replaced(Commented, " # the CA\n", "\n") << spliced;
    QTest::newRow("comments: sibling context appended after the last entries, blank line kept")
        << Commented << "sibling"
        << "prod" << QByteArray()
        << replaced(replaced(Commented, "  name: dev\n\ncontexts:",
                             "  name: dev\n- cluster:\n    server: " + Proxy.toUtf8() +
                                 "\n  name: prod-tailnet\n\ncontexts:"),
                    "  name: dev\ncurrent-context:",
                    "  name: dev\n- context:\n    cluster: prod-tailnet\n    user: gke\n"
                    "  name: prod-tailnet\ncurrent-context:")
        << spliced;
    QTest::newRow("comments: use replaces only current-context's value")
        << Commented << "use"
        << "dev" << QByteArray()
        << replaced(Commented, "current-context: prod", "current-context: dev") << spliced;
    QTest::newRow("comments: rename replaces only the name")
        << Commented << "rename"
        << "dev" << QByteArray()
        << replaced(Commented, "    user: gke\n  name: dev\n",
                    "    user: gke\n  name: dev-renamed\n")
        << spliced;
    QTest::newRow("comments: rename of the first entry keeps its place and layout")
        << Commented << "rename"
        << "prod" << QByteArray()
        << replaced(Commented, "    user: gke   # shared user\n  name: prod\n",
                    "    user: gke   # shared user\n  name: prod-renamed\n")
        << spliced;
    QTest::newRow("flow items: rename inside a one-line entry")
        << FlowItems << "rename"
        << "edge" << QByteArray()
        << replaced(FlowItems, "- {name: edge, context:", "- {name: edge-renamed, context:")
        << spliced;
    QTest::newRow("comments: delete removes the entries' lines, comments before them stay")
        << Commented << "delete"
        << "dev" << QByteArray()
        << replaced(replaced(Commented,
                             "- cluster:\n    certificate-authority-data: T1RIRVI=\n    server: "
                             "https://34.9.9.9\n  name: dev\n",
                             ""),
                    "- context:\n    cluster: dev\n    user: gke\n  name: dev\n", "")
        << spliced;
    QTest::newRow("comments: -local context with its own CA appended")
        << Commented << "local"
        << "prod" << QByteArray()
        << replaced(replaced(Commented, "  name: dev\n\ncontexts:",
                             "  name: dev\n- cluster:\n    certificate-authority-data: TE9DQUw=\n"
                             "    server: https://127.0.0.1:8443\n  name: prod-local\n\ncontexts:"),
                    "  name: dev\ncurrent-context:",
                    "  name: dev\n- context:\n    cluster: prod-local\n    user: gke\n"
                    "  name: prod-local\ncurrent-context:")
        << spliced;

    QTest::newRow("comments: an imported user appended at the end of the file")
        << Commented << "import"
        << "imported" << QByteArray() << Commented + "- name: imported\n  user:\n    token: abc\n"
        << spliced;
    QTest::newRow("odd indentation: an imported user appended at the list's column")
        << OddIndent << "import"
        << "imported" << QByteArray()
        << OddIndent + "    - name: imported\n      user:\n        token: abc\n"
        << spliced;

    const QByteArray eksRewritten =
        replaced(replaced(EksFlow, "    certificate-authority-data: RUtTQ0E=\n", ""),
                 "https://ABCD.gr7.eu-west-1.eks.amazonaws.com", Proxy.toUtf8());
    QTest::newRow("flow args: rewrite leaves the one-line args alone")
        << EksFlow << "rewrite"
        << "arn:aws:eks:eu-west-1:111:cluster/prod" << QByteArray() << eksRewritten << spliced;
    QTest::newRow("flow args: undo restores the file byte for byte")
        << eksRewritten << "undo"
        << "arn:aws:eks:eu-west-1:111:cluster/prod" << EksFlow << EksFlow << spliced;

    QTest::newRow("quoted: a quoted server replaced, insecure and tls-server-name lines removed")
        << Quoted << "rewrite"
        << "k3s" << QByteArray()
        << replaced(Quoted,
                    "      server: \"https://127.0.0.1:6443\"\n      insecure-skip-tls-verify: "
                    "true\n      tls-server-name: 'k3s.local'\n",
                    "      server: " + Proxy.toUtf8() + "\n")
        << spliced;
    QTest::newRow("quoted: use replaces an empty quoted current-context")
        << Quoted << "use"
        << "k3s" << QByteArray()
        << replaced(Quoted, "current-context: \"\"", "current-context: k3s") << spliced;
    QTest::newRow("quoted: sibling context from a flow context keeps the quoted namespace")
        << Quoted << "sibling"
        << "k3s" << QByteArray()
        << replaced(replaced(Quoted, "      tls-server-name: 'k3s.local'\n",
                             "      tls-server-name: 'k3s.local'\n  - cluster:\n      server: " +
                                 Proxy.toUtf8() + "\n    name: k3s-tailnet\n"),
                    "namespace: \"0123\"}\n",
                    "namespace: \"0123\"}\n  - context:\n      cluster: k3s-tailnet\n"
                    "      user: k3s\n      namespace: \"0123\"\n    name: k3s-tailnet\n")
        << spliced;

    QTest::newRow("odd indentation: rewrite keeps four-space maps")
        << OddIndent << "rewrite"
        << "prod" << QByteArray()
        << replaced(OddIndent,
                    "            server: https://10.0.0.1\n            certificate-authority-data: "
                    "UFJPRA==\n",
                    "            server: " + Proxy.toUtf8() + "\n")
        << spliced;
    QTest::newRow("odd indentation: delete removes the whole items")
        << OddIndent << "delete"
        << "prod" << QByteArray()
        << replaced(replaced(OddIndent,
                             "clusters:\n    -   name: prod\n        cluster:\n            server: "
                             "https://10.0.0.1\n            certificate-authority-data: "
                             "UFJPRA==\n",
                             "clusters: []\n"),
                    "contexts:\n    -   name: prod\n        context:\n            cluster: "
                    "prod\n            user: admin\n",
                    "contexts: []\n")
        << int(Method::Spliced);

    QTest::newRow("anchors: a cluster with merged fields is written whole, the anchor stays")
        << Anchors << "rewrite"
        << "edge" << QByteArray()
        << replaced(Anchors,
                    "- name: edge\n  cluster:\n    <<: *base\n    server: https://10.0.0.2 # edge "
                    "endpoint\n",
                    "- name: edge\n  cluster:\n    server: " + Proxy.toUtf8() + "\n")
        << int(Method::EntriesRewritten);
    QTest::newRow("anchors: editing the anchor others merge falls back to the whole file")
        << Anchors << "rewrite"
        << "base" << QByteArray() << AnchorsBaseWrittenWhole << int(Method::WholeFile);
    // The whole-file fallback used to write the first document only: a second one (which
    // kubectl ignores, but the user put there) was lost.
    QTest::newRow("anchors: the whole-file fallback keeps a second document byte for byte")
        << Anchors + SecondDocument << "rewrite"
        << "base" << QByteArray() << AnchorsBaseWrittenWhole + SecondDocument
        << int(Method::WholeFile);
    QTest::newRow("anchors: a leading --- and comment are not a second document")
        << QByteArray("%YAML 1.1\n---\n# header\n") + Anchors << "rewrite"
        << "base" << QByteArray() << AnchorsBaseWrittenWhole << int(Method::WholeFile);
    QTest::newRow("anchors: use on an anchored file is still a one-line change")
        << Anchors << "use"
        << "edge" << QByteArray()
        << replaced(Anchors, "  user: {token: abc}\n",
                    "  user: {token: abc}\ncurrent-context: edge\n")
        << spliced;

    QTest::newRow("flow items: rewrite inside a one-line entry, plain stays plain, the comma "
                  "before CA removed")
        << FlowItems << "rewrite"
        << "plain" << QByteArray()
        << replaced(FlowItems,
                    "cluster: {server: https://10.0.0.3, certificate-authority-data: UExBSU4=}}",
                    "cluster: {server: " + Proxy.toUtf8() + "}}")
        << spliced;
    QTest::newRow("flow items: an entry with a merge key written whole as a block item")
        << FlowItems << "rewrite"
        << "edge" << QByteArray()
        << replaced(FlowItems, "- {name: edge, cluster: {<<: *base, server: https://10.0.0.2}}\n",
                    "- name: edge\n  cluster:\n    server: " + Proxy.toUtf8() + "\n")
        << int(Method::EntriesRewritten);

    const QByteArray jsonRewritten =
        replaced(Json,
                 "        \"certificate-authority-data\": \"UFJPRA==\",\n        \"server\": "
                 "\"https://10.0.0.1\"\n",
                 "        \"server\": \"" + Proxy.toUtf8() + "\"\n");
    QTest::newRow("json: rewrite spliced, commas right")
        << Json << "rewrite"
        << "prod" << QByteArray() << jsonRewritten << spliced;
    QTest::newRow("json: rewrite removing the last key takes the comma before it")
        << Json << "rewrite"
        << "dev" << QByteArray()
        << replaced(Json,
                    "        \"server\": \"https://10.0.0.2\",\n        "
                    "\"insecure-skip-tls-verify\": true\n",
                    "        \"server\": \"" + Proxy.toUtf8() + "\"\n")
        << spliced;
    QTest::newRow("json: undo restores the file byte for byte")
        << jsonRewritten << "undo"
        << "prod" << Json << Json << spliced;
    QTest::newRow("json: delete removes the objects and their commas")
        << Json << "delete"
        << "dev" << QByteArray()
        << replaced(
               replaced(Json,
                        "    },\n    {\n      \"name\": \"dev\",\n      \"cluster\": {\n        "
                        "\"server\": \"https://10.0.0.2\",\n        "
                        "\"insecure-skip-tls-verify\": true\n      }\n    }\n",
                        "    }\n"),
               "    },\n    {\n      \"name\": \"dev\",\n      \"context\": {\n        "
               "\"cluster\": \"dev\",\n        \"user\": \"admin\"\n      }\n    }\n",
               "    }\n")
        << spliced;
    QTest::newRow("json: sibling appended as JSON in the list's indentation")
        << Json << "sibling"
        << "prod" << QByteArray()
        << replaced(replaced(Json, "        \"insecure-skip-tls-verify\": true\n      }\n    }\n",
                             "        \"insecure-skip-tls-verify\": true\n      }\n    },\n    {\n"
                             "      \"cluster\": {\n        \"server\": \"" +
                                 Proxy.toUtf8() +
                                 "\"\n      },\n      \"name\": \"prod-tailnet\"\n    }\n"),
                    "        \"cluster\": \"dev\",\n        \"user\": \"admin\"\n      }\n    }\n",
                    "        \"cluster\": \"dev\",\n        \"user\": \"admin\"\n      }\n    },\n"
                    "    {\n      \"context\": {\n        \"cluster\": \"prod-tailnet\",\n        "
                    "\"user\": \"admin\"\n      },\n      \"name\": \"prod-tailnet\"\n    }\n")
        << spliced;
    QTest::newRow("json: use replaces the quoted value")
        << Json << "use"
        << "dev" << QByteArray()
        << replaced(Json, "\"current-context\": \"prod\"", "\"current-context\": \"dev\"")
        << spliced;

    QTest::newRow("crlf + bom: rewrite keeps both")
        << crlfWithBom(Commented) << "rewrite"
        << "prod" << QByteArray() << crlfWithBom(CommentedRewritten) << spliced;
    QTest::newRow("crlf + bom: sibling lines end in CRLF too")
        << crlfWithBom(EksFlow) << "sibling"
        << "prod" << QByteArray()
        << crlfWithBom(replaced(
               replaced(EksFlow, "  name: arn:aws:eks:eu-west-1:111:cluster/prod\ncontexts:",
                        "  name: arn:aws:eks:eu-west-1:111:cluster/prod\n- cluster:\n    server: " +
                            Proxy.toUtf8() +
                            "\n  name: arn:aws:eks:eu-west-1:111:cluster/prod-tailnet\ncontexts:"),
               "  name: prod\ncurrent-context:",
               "  name: prod\n- context:\n    cluster: "
               "arn:aws:eks:eu-west-1:111:cluster/prod-tailnet\n    user: "
               "arn:aws:eks:eu-west-1:111:cluster/prod\n  name: prod-tailnet\ncurrent-context:"))
        << spliced;

    QTest::newRow("two documents: the second one stays")
        << TwoDocuments << "rewrite"
        << "c" << QByteArray()
        << replaced(replaced(TwoDocuments, "    certificate-authority-data: QUJD\n", ""),
                    "https://1.2.3.4", Proxy.toUtf8())
        << spliced;
    QTest::newRow("two documents: the last entry of the first one removed up to the ---")
        << TwoDocuments << "delete"
        << "c" << QByteArray()
        << replaced(replaced(TwoDocuments,
                             "clusters:\n- cluster:\n    certificate-authority-data: QUJD\n    "
                             "server: https://1.2.3.4\n  name: c\n",
                             "clusters: []\n"),
                    "contexts:\n- context:\n    cluster: c\n    user: u\n  name: c\n",
                    "contexts: []\n")
        << spliced;
}

void TestKubeconfigSplice::onlyTheEditedLinesChange()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, op);
    QFETCH(QString, name);
    QFETCH(QByteArray, source);
    QFETCH(QByteArray, expected);
    QFETCH(int, method);

    Result<KubeconfigDocument> loaded =
        KubeconfigDocument::fromBytes(input, QStringLiteral("config"));
    QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
    KubeconfigDocument doc = loaded.takeValue();
    edit(doc, op, name, source);
    if (QTest::currentTestFailed())
        return;
    const KubeconfigSplicer::Outcome written = doc.serializeWithReport();
    QCOMPARE(QString::fromUtf8(written.text), QString::fromUtf8(expected));
    QCOMPARE(written.text, expected);
    QCOMPARE(int(written.method), method);

    // kubectl reads the spliced file as it reads the intended tree written whole.
    KubectlRunner kubectl;
    if (!kubectl.isAvailable())
        QSKIP("no kubectl to judge the written file ($KUBECTL)");
    QTemporaryDir dir;
    const QString splicedFile = dir.filePath(QStringLiteral("spliced"));
    const QString intendedFile = dir.filePath(QStringLiteral("intended"));
    QFile spliced(splicedFile);
    QFile intended(intendedFile);
    QVERIFY(spliced.open(QIODevice::WriteOnly) &&
            spliced.write(written.text) == written.text.size());
    QVERIFY(intended.open(QIODevice::WriteOnly));
    intended.write(YamlWriter::toYaml(doc.root()));
    spliced.close();
    intended.close();
    QString error;
    const QJsonObject read = KubectlConfigView::read(kubectl, splicedFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QJsonObject meant = KubectlConfigView::read(kubectl, intendedFile, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(read, meant);
}

void TestKubeconfigSplice::previewOfARewriteIsTheServerLineAndTheCaLines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QStringList>("removed");
    QTest::newRow("commented gcloud file")
        << Commented << "prod"
        << QStringList{QStringLiteral("    certificate-authority-data: Q0FEQVRB # the CA"),
                       QStringLiteral("    server: https://34.1.2.3 # public endpoint")};
    QTest::newRow("EKS with flow args")
        << EksFlow << "prod"
        << QStringList{QStringLiteral("    certificate-authority-data: RUtTQ0E="),
                       QStringLiteral("    server: https://ABCD.gr7.eu-west-1.eks.amazonaws.com")};
    QTest::newRow("k3s, quoted scalars, insecure + tls-server-name")
        << Quoted << "k3s"
        << QStringList{QStringLiteral("      server: \"https://127.0.0.1:6443\""),
                       QStringLiteral("      insecure-skip-tls-verify: true"),
                       QStringLiteral("      tls-server-name: 'k3s.local'")};
}

// The user previews a rewrite: the diff is the server line replaced and the CA lines
// removed, nothing else, and kubectl then reads the written file with that change only.
void TestKubeconfigSplice::previewOfARewriteIsTheServerLineAndTheCaLines()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, context);
    QFETCH(QStringList, removed);
    QTemporaryDir dir;
    const QString file = writeFile(dir, input);
    const Result<RewritePlan> plan = planRewrite(file, context);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));

    const QStringList lines = plan.value().diff().split(QLatin1Char('\n'));
    QStringList minus;
    QStringList plus;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char('-')) && !line.startsWith(QLatin1String("---")))
            minus << line.mid(1);
        else if (line.startsWith(QLatin1Char('+')) && !line.startsWith(QLatin1String("+++")))
            plus << line.mid(1);
    }
    QCOMPARE(minus, removed);
    QCOMPARE(plus.size(), 1);
    QVERIFY2(plus.first().trimmed().startsWith(QStringLiteral("server: ") + Proxy),
             qPrintable(plus.first()));
    QVERIFY(lines.contains(QStringLiteral("+++ %1 (after)").arg(file)));

    KubectlRunner kubectl;
    if (!kubectl.isAvailable())
        QSKIP("no kubectl to judge the written file ($KUBECTL)");
    const QJsonObject before = KubectlConfigView::read(kubectl, file);
    QVERIFY2(plan.value().apply(nullptr).ok(), "apply failed");
    QJsonObject expected = before;
    QJsonObject after = KubectlConfigView::read(kubectl, file);
    const QString cluster =
        KubectlConfigView::namedEntry(before, QStringLiteral("contexts"), context)
            .value(QStringLiteral("cluster"))
            .toString();
    const QJsonObject rewrittenCluster =
        KubectlConfigView::namedEntry(after, QStringLiteral("clusters"), cluster);
    QCOMPARE(rewrittenCluster.value(QStringLiteral("server")).toString(), Proxy);
    QVERIFY(!rewrittenCluster.contains(QStringLiteral("certificate-authority-data")));
    QVERIFY(!rewrittenCluster.contains(QStringLiteral("insecure-skip-tls-verify")));
    // Everything but that cluster reads as before.
    for (const char *section : {"contexts", "users"})
        QCOMPARE(after.value(QLatin1String(section)), before.value(QLatin1String(section)));
    QCOMPARE(after.value(QStringLiteral("current-context")),
             before.value(QStringLiteral("current-context")));
}

// A cluster whose fields come from a merge key cannot be edited in its own lines: the
// preview says it is written whole, and only that entry changes.
void TestKubeconfigSplice::previewSaysWhichEntryIsWrittenWhole()
{
    QTemporaryDir dir;
    const QString file = writeFile(dir, Anchors);
    const Result<RewritePlan> plan = planRewrite(file, QStringLiteral("edge"));
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const QString diff = plan.value().diff();
    QVERIFY2(
        diff.contains(QStringLiteral("+++ %1 (after; written whole: clusters/edge)\n").arg(file)),
        qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("\n-    <<: *base\n")), qPrintable(diff));
    QVERIFY2(!diff.contains(QStringLiteral("\n-  cluster: &base")), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TestKubeconfigSplice)
#include "tst_kubeconfigsplice.moc"
