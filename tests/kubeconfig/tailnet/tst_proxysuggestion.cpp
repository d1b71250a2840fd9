// ProxySuggestion: shared word with the cluster's name, else last used, else default operator.
#include "kubeconfig/tailnet/ProxySuggestion.h"

#include <QTest>

class TestProxySuggestion : public QObject
{
    Q_OBJECT

private slots:
    void suggest_data();
    void suggest();
    void words_data();
    void words();
};

namespace {

QList<ProxyCandidate> tailnet()
{
    return ProxyCandidates::merge({{QStringLiteral("prod-apiserver-0.tail1.ts.net"),
                                    QStringLiteral("prod-apiserver-0"),
                                    true,
                                    QStringLiteral("replica"),
                                    {QStringLiteral("tag:k8s")}},
                                   {QStringLiteral("staging-eu.tail1.ts.net"),
                                    QStringLiteral("staging-eu"),
                                    true,
                                    QStringLiteral("replica"),
                                    {QStringLiteral("tag:k8s")}},
                                   {QStringLiteral("tailscale-operator.tail1.ts.net"),
                                    QStringLiteral("tailscale-operator"),
                                    true,
                                    QStringLiteral("tagged"),
                                    {QStringLiteral("tag:k8s-operator")}}},
                                  {});
}

} // namespace

void TestProxySuggestion::suggest_data()
{
    QTest::addColumn<QString>("cluster");
    QTest::addColumn<QString>("lastChoice");
    QTest::addColumn<bool>("withCandidates");
    QTest::addColumn<QString>("fqdn");
    QTest::addColumn<int>("reason");

    const int shared = int(ProxySuggestion::Reason::SharedWord);
    const int last = int(ProxySuggestion::Reason::LastUsed);
    const int fallback = int(ProxySuggestion::Reason::DefaultOperator);
    QTest::newRow("EKS ARN shares prod")
        << QStringLiteral("arn:aws:eks:us-east-1:123456789012:cluster/prod") << QString() << true
        << QStringLiteral("prod-apiserver-0.tail1.ts.net") << shared;
    QTest::newRow("shared word beats last used")
        << QStringLiteral("gke_proj_europe-west1_staging") << QStringLiteral("x.tail1.ts.net")
        << true << QStringLiteral("staging-eu.tail1.ts.net") << shared;
    QTest::newRow("common words do not count")
        << QStringLiteral("kubernetes-cluster-api") << QString() << true
        << QStringLiteral("tailscale-operator.tail1.ts.net") << fallback;
    QTest::newRow("no shared word: last used")
        << QStringLiteral("dev") << QStringLiteral("mine.tail1.ts.net") << true
        << QStringLiteral("mine.tail1.ts.net") << last;
    QTest::newRow("no shared word, none used: the operator, not the first alphabetically")
        << QStringLiteral("kind-kind") << QString() << true
        << QStringLiteral("tailscale-operator.tail1.ts.net") << fallback;
    QTest::newRow("nothing known") << QStringLiteral("dev") << QString() << false << QString()
                                   << int(ProxySuggestion::Reason::None);
    QTest::newRow("nothing discovered: last used")
        << QStringLiteral("prod") << QStringLiteral("p.tail1.ts.net") << false
        << QStringLiteral("p.tail1.ts.net") << last;
}

void TestProxySuggestion::suggest()
{
    QFETCH(QString, cluster);
    QFETCH(QString, lastChoice);
    QFETCH(bool, withCandidates);
    QFETCH(QString, fqdn);
    QFETCH(int, reason);

    const ProxySuggestion suggestion = ProxySuggestion::suggest(
        cluster, withCandidates ? tailnet() : QList<ProxyCandidate>(), lastChoice);
    QCOMPARE(suggestion.fqdn, fqdn);
    QCOMPARE(int(suggestion.reason), reason);
    QCOMPARE(suggestion.isEmpty(), fqdn.isEmpty());
}

void TestProxySuggestion::words_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("arn") << QStringLiteral("arn:aws:eks:us-east-1:1234:cluster/Prod-Blue")
                         << QStringList{QStringLiteral("prod"), QStringLiteral("blue")};
    QTest::newRow("replica") << QStringLiteral("prod-apiserver-0")
                             << QStringList{QStringLiteral("prod")};
    QTest::newRow("empty") << QString() << QStringList();
}

void TestProxySuggestion::words()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);
    QCOMPARE(ProxySuggestion::words(name), expected);
}

QTEST_APPLESS_MAIN(TestProxySuggestion)
#include "tst_proxysuggestion.moc"
