#include "kubeconfig/KubeconfigDocument.h"
#include "kubeconfig/yaml/YamlNode.h"
#include "kubeconfig/yaml/YamlReader.h"
#include "kubeconfig/yaml/YamlScalarResolver.h"
#include "kubeconfig/yaml/YamlWriter.h"

#include <QFile>
#include <QTest>

using Section = KubeconfigDocument::Section;

// Fidelity: what kubetailor writes back reads as exactly what it read, and an unedited
// kubectl/gcloud/aws/az file comes out byte for byte.
class TestKubeconfigRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void fixturesByteIdentical_data();
    void fixturesByteIdentical();
    void quotedLookingStringsStayStrings_data();
    void quotedLookingStringsStayStrings();
    void plainScalarsStayPlain_data();
    void plainScalarsStayPlain();
    void envNullKept();
    void blockScalarKept();
    void aliasesClonedBeforeEdit();
    void jsonStaysJson();
    void crlfAndBomKept();
    void emptyFileIsEmptyConfig();
    void unknownFieldsAndKeyOrderKept();
};

static QByteArray readFixture(const QString &name)
{
    QFile file(QStringLiteral(KUBETAILOR_FIXTURES_DIR "/kubeconfigs/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

// Serializes the tree as if edited (the writer runs even without edits).
static QByteArray rewritten(const QByteArray &input)
{
    const Result<YamlNode> parsed = YamlReader::parse(input, QStringLiteral("input.yaml"));
    if (!parsed)
        return "PARSE ERROR: " + parsed.error().toUtf8();
    return YamlWriter::toYaml(parsed.value());
}

void TestKubeconfigRoundTrip::fixturesByteIdentical_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("gcloud get-credentials (GKE)") << QStringLiteral("gke.yaml");
    QTest::newRow("aws eks update-kubeconfig (EKS)") << QStringLiteral("eks.yaml");
    QTest::newRow("az aks + kubelogin (AKS, env: null, |2 block)") << QStringLiteral("aks.yaml");
    QTest::newRow("k3s (client certificate)") << QStringLiteral("k3s.yaml");
    QTest::newRow("quoted-looking strings") << QStringLiteral("quoted-strings.yaml");
    QTest::newRow("mixed auth") << QStringLiteral("mixed-auth.yaml");
}

void TestKubeconfigRoundTrip::fixturesByteIdentical()
{
    QFETCH(QString, fixture);
    const QByteArray input = readFixture(fixture);
    QCOMPARE(QString::fromUtf8(rewritten(input)), QString::fromUtf8(input));
}

void TestKubeconfigRoundTrip::quotedLookingStringsStayStrings_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("expectedYaml");
    QTest::newRow("true") << QStringLiteral("true") << QByteArray("v: \"true\"\n");
    QTest::newRow("True") << QStringLiteral("True") << QByteArray("v: \"True\"\n");
    QTest::newRow("yes (YAML 1.1 bool)") << QStringLiteral("yes") << QByteArray("v: \"yes\"\n");
    QTest::newRow("on") << QStringLiteral("on") << QByteArray("v: \"on\"\n");
    QTest::newRow("0123 (octal)") << QStringLiteral("0123") << QByteArray("v: \"0123\"\n");
    QTest::newRow("1.30 (float)") << QStringLiteral("1.30") << QByteArray("v: \"1.30\"\n");
    QTest::newRow("empty") << QString() << QByteArray("v: \"\"\n");
    QTest::newRow("null") << QStringLiteral("null") << QByteArray("v: \"null\"\n");
    QTest::newRow("~") << QStringLiteral("~") << QByteArray("v: \"~\"\n");
    QTest::newRow("0x1F") << QStringLiteral("0x1F") << QByteArray("v: \"0x1F\"\n");
    QTest::newRow("1_000") << QStringLiteral("1_000") << QByteArray("v: \"1_000\"\n");
    QTest::newRow("12:30 (sexagesimal)") << QStringLiteral("12:30") << QByteArray("v: \"12:30\"\n");
    QTest::newRow(".inf") << QStringLiteral(".inf") << QByteArray("v: \".inf\"\n");
    QTest::newRow("date") << QStringLiteral("2026-11-28") << QByteArray("v: \"2026-11-28\"\n");
    QTest::newRow("colon space") << QStringLiteral("a: b") << QByteArray("v: 'a: b'\n");
    QTest::newRow("leading dash space") << QStringLiteral("- x") << QByteArray("v: '- x'\n");
    QTest::newRow("comment") << QStringLiteral("# x") << QByteArray("v: '# x'\n");
    QTest::newRow("quote inside") << QStringLiteral("'q'") << QByteArray("v: '''q'''\n");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QByteArray("v: \"a\\tb\"\n");
    QTest::newRow("plain word") << QStringLiteral("v1") << QByteArray("v: v1\n");
    QTest::newRow("flag") << QStringLiteral("--login") << QByteArray("v: --login\n");
    QTest::newRow("url") << QStringLiteral("https://a.b:443") << QByteArray("v: https://a.b:443\n");
    QTest::newRow("multi-line") << QStringLiteral("a\nb\n") << QByteArray("v: |\n  a\n  b\n");
    QTest::newRow("multi-line, no final newline")
        << QStringLiteral("a\nb") << QByteArray("v: |-\n  a\n  b\n");
}

void TestKubeconfigRoundTrip::quotedLookingStringsStayStrings()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, expectedYaml);
    YamlNode root = YamlNode::map();
    root.insert(QStringLiteral("v"), YamlNode::string(value));
    const QByteArray yaml = YamlWriter::toYaml(root);
    QCOMPARE(yaml, expectedYaml);

    // Reads back as the same string, with yaml-cpp and per the resolver kubectl uses.
    const Result<YamlNode> back = YamlReader::parse(yaml, QStringLiteral("t.yaml"));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    const YamlNode *v = back.value().find(QStringLiteral("v"));
    QVERIFY(v);
    QVERIFY(v->isString());
    QCOMPARE(v->text(), value);
}

void TestKubeconfigRoundTrip::plainScalarsStayPlain_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("bool") << QByteArray("insecure-skip-tls-verify: true\n");
    QTest::newRow("yes stays a YAML 1.1 bool") << QByteArray("x: yes\n");
    QTest::newRow("int") << QByteArray("x: 0123\n");
    QTest::newRow("float") << QByteArray("x: 1.30\n");
    QTest::newRow("tilde null") << QByteArray("x: ~\n");
    QTest::newRow("empty null") << QByteArray("x:\n");
    QTest::newRow("Null") << QByteArray("x: Null\n");
}

void TestKubeconfigRoundTrip::plainScalarsStayPlain()
{
    QFETCH(QByteArray, input);
    QCOMPARE(rewritten(input), input);
}

void TestKubeconfigRoundTrip::envNullKept()
{
    Result<KubeconfigDocument> doc = KubeconfigDocument::fromBytes(
        readFixture(QStringLiteral("aks.yaml")), QStringLiteral("aks.yaml"));
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    const QString user = QStringLiteral("clusterUser_rg-inventory_inventory");
    // An edit elsewhere in the entry: spliced in, the env: null line untouched.
    YamlNode *body = doc.value().mutableBody(Section::Users, user);
    QVERIFY(body);
    body->find(QStringLiteral("exec"))
        ->insert(QStringLiteral("interactiveMode"), YamlNode::string(QStringLiteral("Never")));
    const QByteArray out = doc.value().serialize();
    QVERIFY2(out.contains("      env: null\n"), out.constData());
    QVERIFY(out.contains("      interactiveMode: Never\n"));
}

void TestKubeconfigRoundTrip::blockScalarKept()
{
    const QByteArray input = readFixture(QStringLiteral("aks.yaml"));
    const Result<YamlNode> parsed = YamlReader::parse(input, QStringLiteral("aks.yaml"));
    QVERIFY(parsed.ok());
    const YamlNode &exec = *parsed.value()
                                .find(QStringLiteral("users"))
                                ->at(0)
                                .find(QStringLiteral("user"))
                                ->find(QStringLiteral("exec"));
    const QString hint = exec.stringValue(QStringLiteral("installHint"));
    QCOMPARE(hint, QStringLiteral("\nkubelogin is not installed which is required to connect to "
                                  "AAD enabled cluster.\n\nTo learn more, please go to "
                                  "https://aka.ms/aks/kubelogin\n"));
    const QByteArray out = YamlWriter::toYaml(parsed.value());
    const Result<YamlNode> again = YamlReader::parse(out, QStringLiteral("again.yaml"));
    QVERIFY(again.ok());
    QVERIFY(again.value().sameContent(parsed.value()));
}

void TestKubeconfigRoundTrip::aliasesClonedBeforeEdit()
{
    Result<KubeconfigDocument> doc = KubeconfigDocument::fromBytes(
        readFixture(QStringLiteral("aliases.yaml")), QStringLiteral("aliases.yaml"));
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QCOMPARE(doc.value()
                 .body(Section::Clusters, QStringLiteral("second"))
                 ->stringValue(QStringLiteral("server")),
             QStringLiteral("https://10.0.0.1:6443"));
    doc.value()
        .mutableBody(Section::Clusters, QStringLiteral("first"))
        ->insert(QStringLiteral("server"), YamlNode::string(QStringLiteral("https://changed:443")));
    QCOMPARE(doc.value()
                 .body(Section::Clusters, QStringLiteral("second"))
                 ->stringValue(QStringLiteral("server")),
             QStringLiteral("https://10.0.0.1:6443"));

    const Result<KubeconfigDocument> back =
        KubeconfigDocument::fromBytes(doc.value().serialize(), QStringLiteral("back.yaml"));
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back.value()
                 .body(Section::Clusters, QStringLiteral("first"))
                 ->stringValue(QStringLiteral("server")),
             QStringLiteral("https://changed:443"));
    QCOMPARE(back.value()
                 .body(Section::Clusters, QStringLiteral("second"))
                 ->stringValue(QStringLiteral("server")),
             QStringLiteral("https://10.0.0.1:6443"));
}

void TestKubeconfigRoundTrip::jsonStaysJson()
{
    const QByteArray json = R"({
  "apiVersion": "v1",
  "clusters": [
    {
      "cluster": {
        "server": "https://1.2.3.4",
        "insecure-skip-tls-verify": true
      },
      "name": "j"
    }
  ],
  "contexts": [],
  "current-context": "",
  "kind": "Config",
  "users": [
    {
      "name": "u",
      "user": {
        "token": "0123"
      }
    }
  ]
}
)";
    Result<KubeconfigDocument> doc = KubeconfigDocument::fromBytes(json, QStringLiteral("c.json"));
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    QVERIFY(doc.value().isJson());
    QCOMPARE(doc.value().names(Section::Clusters), QStringList{QStringLiteral("j")});
    QCOMPARE(YamlWriter::toJson(doc.value().root()), json);
    doc.value()
        .mutableBody(Section::Clusters, QStringLiteral("j"))
        ->insert(QStringLiteral("server"),
                 YamlNode::string(QStringLiteral("https://x.ts.net:443")));
    const QByteArray out = doc.value().serialize();
    QVERIFY2(out.startsWith("{\n"), out.constData());
    QVERIFY(out.contains("\"server\": \"https://x.ts.net:443\""));
    QVERIFY(out.contains("\"insecure-skip-tls-verify\": true"));
    QVERIFY(out.contains("\"token\": \"0123\""));
}

void TestKubeconfigRoundTrip::crlfAndBomKept()
{
    QByteArray input = readFixture(QStringLiteral("gke.yaml"));
    input.replace("\n", "\r\n");
    input.prepend("\xEF\xBB\xBF");
    Result<KubeconfigDocument> doc =
        KubeconfigDocument::fromBytes(input, QStringLiteral("crlf.yaml"));
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    const QString name = QStringLiteral("gke_acme-prod_us-central1_payments");
    QCOMPARE(doc.value().currentContext(), name);
    QCOMPARE(doc.value().body(Section::Clusters, name)->stringValue(QStringLiteral("server")),
             QStringLiteral("https://34.118.10.20"));
    doc.value().setCurrentContext(QStringLiteral("other"));
    doc.value().setCurrentContext(name);              // an edit that changes nothing in the end
    doc.value().mutableBody(Section::Clusters, name); // forces the writer
    QCOMPARE(doc.value().serialize(), input);
}

void TestKubeconfigRoundTrip::emptyFileIsEmptyConfig()
{
    for (const QByteArray &input :
         {QByteArray(), QByteArray("\n"), QByteArray("# only a comment\n"), QByteArray("---\n")}) {
        Result<KubeconfigDocument> doc =
            KubeconfigDocument::fromBytes(input, QStringLiteral("e.yaml"));
        QVERIFY2(doc.ok(), qPrintable(doc.error()));
        QVERIFY(doc.value().names(Section::Contexts).isEmpty());
        QCOMPARE(doc.value().serialize(), input);
        doc.value().setCurrentContext(QStringLiteral("x"));
        const Result<KubeconfigDocument> back =
            KubeconfigDocument::fromBytes(doc.value().serialize(), QStringLiteral("e.yaml"));
        QVERIFY(back.ok());
        QCOMPARE(back.value().currentContext(), QStringLiteral("x"));
    }
}

void TestKubeconfigRoundTrip::unknownFieldsAndKeyOrderKept()
{
    const QByteArray input = "kind: Config\n"
                             "zzz-first: 1\n"
                             "clusters:\n"
                             "- name: c\n"
                             "  cluster:\n"
                             "    server: https://a\n"
                             "    extensions:\n"
                             "    - name: x\n"
                             "      extension:\n"
                             "        nested:\n"
                             "          deep: [1, 2]\n"
                             "apiVersion: v1\n";
    Result<KubeconfigDocument> doc = KubeconfigDocument::fromBytes(input, QStringLiteral("o.yaml"));
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    doc.value()
        .mutableBody(Section::Clusters, QStringLiteral("c"))
        ->insert(QStringLiteral("server"), YamlNode::string(QStringLiteral("https://b")));
    const QByteArray expected = "kind: Config\n"
                                "zzz-first: 1\n"
                                "clusters:\n"
                                "- name: c\n"
                                "  cluster:\n"
                                "    server: https://b\n"
                                "    extensions:\n"
                                "    - name: x\n"
                                "      extension:\n"
                                "        nested:\n"
                                "          deep: [1, 2]\n" // spliced: the flow list stays
                                "apiVersion: v1\n";
    QCOMPARE(QString::fromUtf8(doc.value().serialize()), QString::fromUtf8(expected));
}

QTEST_GUILESS_MAIN(TestKubeconfigRoundTrip)
#include "tst_kubeconfigroundtrip.moc"
