// ProxyCandidates: discovered operator proxies and typed names merged, ordered, tagged.
#include "kubeconfig/tailnet/ProxyCandidates.h"

#include <QTest>

class TestProxyCandidates : public QObject
{
    Q_OBJECT

private slots:
    void merge_data();
    void merge();
    void labels();
};

namespace {

OperatorCandidate peer(const QString &fqdn, bool online, const QStringList &tags)
{
    return {fqdn, fqdn.section(QLatin1Char('.'), 0, 0), online, QStringLiteral("test"), tags};
}

const QString kOperator = QStringLiteral("tag:k8s-operator");

} // namespace

void TestProxyCandidates::merge_data()
{
    QTest::addColumn<QList<OperatorCandidate>>("discovered");
    QTest::addColumn<QStringList>("typed");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<int>("defaultIndex");

    const QList<OperatorCandidate> replicaAndOperator = {
        peer(QStringLiteral("prod-apiserver-0.tail1.ts.net"), true, {QStringLiteral("tag:k8s")}),
        peer(QStringLiteral("tailscale-operator.tail1.ts.net"), true, {kOperator})};
    QTest::newRow("operator-tagged before an alphabetically earlier replica")
        << replicaAndOperator << QStringList()
        << QStringList{QStringLiteral("tailscale-operator.tail1.ts.net"),
                       QStringLiteral("prod-apiserver-0.tail1.ts.net")}
        << 0;
    QTest::newRow("online before offline among the untagged")
        << QList<OperatorCandidate>{peer(QStringLiteral("a-apiserver-0.tail1.ts.net"), false,
                                         {QStringLiteral("tag:k8s")}),
                                    peer(QStringLiteral("b-apiserver-0.tail1.ts.net"), true,
                                         {QStringLiteral("tag:k8s")})}
        << QStringList()
        << QStringList{QStringLiteral("b-apiserver-0.tail1.ts.net"),
                       QStringLiteral("a-apiserver-0.tail1.ts.net")}
        << 0;
    QTest::newRow("typed names after discovered ones, completed with the suffix, once")
        << replicaAndOperator
        << QStringList{QStringLiteral("staging-proxy"),
                       QStringLiteral("TAILSCALE-operator.tail1.ts.net"),
                       QStringLiteral("other.tail2.ts.net."), QString()}
        << QStringList{QStringLiteral("tailscale-operator.tail1.ts.net"),
                       QStringLiteral("prod-apiserver-0.tail1.ts.net"),
                       QStringLiteral("staging-proxy.tail1.ts.net"),
                       QStringLiteral("other.tail2.ts.net")}
        << 0;
    QTest::newRow("several operators: the default host name first, then by name")
        << QList<OperatorCandidate>{peer(QStringLiteral("orders-operator.tail1.ts.net"), true,
                                         {kOperator}),
                                    peer(QStringLiteral("tailscale-operator.tail1.ts.net"), true,
                                         {kOperator}),
                                    peer(QStringLiteral("billing-operator.tail1.ts.net"), true,
                                         {kOperator})}
        << QStringList()
        << QStringList{QStringLiteral("tailscale-operator.tail1.ts.net"),
                       QStringLiteral("billing-operator.tail1.ts.net"),
                       QStringLiteral("orders-operator.tail1.ts.net")}
        << 0;
    QTest::newRow("only typed: the first is the default")
        << QList<OperatorCandidate>() << QStringList{QStringLiteral("x.tail1.ts.net")}
        << QStringList{QStringLiteral("x.tail1.ts.net")} << 0;
    QTest::newRow("nothing") << QList<OperatorCandidate>() << QStringList() << QStringList() << -1;
}

void TestProxyCandidates::merge()
{
    QFETCH(QList<OperatorCandidate>, discovered);
    QFETCH(QStringList, typed);
    QFETCH(QStringList, expected);
    QFETCH(int, defaultIndex);

    const QList<ProxyCandidate> merged =
        ProxyCandidates::merge(discovered, typed, QStringLiteral("tail1.ts.net"));
    QStringList names;
    for (const ProxyCandidate &candidate : merged)
        names << candidate.fqdn;
    QCOMPARE(names, expected);
    QCOMPARE(ProxyCandidates::defaultIndex(merged), defaultIndex);
}

void TestProxyCandidates::labels()
{
    const QList<ProxyCandidate> merged =
        ProxyCandidates::merge({peer(QStringLiteral("tailscale-operator.tail1.ts.net"), true,
                                     {kOperator, QStringLiteral("tag:prod")})},
                               {QStringLiteral("mine.tail1.ts.net")});
    QCOMPARE(merged.size(), 2);
    QVERIFY(merged.at(0).operatorTagged);
    QCOMPARE(merged.at(0).tags, QStringList({kOperator, QStringLiteral("tag:prod")}));
    QVERIFY(ProxyCandidates::label(merged.at(0)).contains(QLatin1String("tag:k8s-operator")));
    QVERIFY(ProxyCandidates::label(merged.at(0)).contains(QLatin1String("tag:prod")));
    QVERIFY(merged.at(1).typed);
    QCOMPARE(ProxyCandidates::indexOf(merged, QStringLiteral("MINE.tail1.ts.net")), 1);
}

QTEST_APPLESS_MAIN(TestProxyCandidates)
#include "tst_proxycandidates.moc"
