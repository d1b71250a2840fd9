// ContextsModel over the real fixtures, through KubeconfigService (no widgets): what the
// table shows for each provider, the current-context marker, the filter, and the reload
// when a file changes on disk.
#include "app/ContextsFilterModel.h"
#include "app/ContextsModel.h"
#include "app/KubeconfigService.h"
#include "tests/support/FixtureKubeconfigs.h"

#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

class TestContextsModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void rowsInFileOrder();
    void columns_data();
    void columns();
    void currentContextMarker();
    void filter_data();
    void filter();
    void reloadsWhenFileIsReplacedOnDisk();
    void brokenFileKeepsRowsAndSaysWhere();

private:
    QString cell(const QString &context, int column, int role = Qt::DisplayRole) const;

    QStringList m_files;
    std::unique_ptr<KubeconfigService> m_service;
};

void TestContextsModel::init()
{
    m_files = FixtureKubeconfigs::installStandardSet();
    m_service = std::make_unique<KubeconfigService>();
    m_service->setFiles(m_files);
    QVERIFY2(m_service->reload(), qPrintable(m_service->loadError()));
}

QString TestContextsModel::cell(const QString &context, int column, int role) const
{
    ContextsModel *model = m_service->model();
    const int row = model->rowOf(context);
    return row < 0 ? QStringLiteral("<no row>") : model->index(row, column).data(role).toString();
}

void TestContextsModel::rowsInFileOrder()
{
    ContextsModel *model = m_service->model();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->columnCount(), int(ContextsModel::ColumnCount));
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.append(model->index(row, ContextsModel::NameColumn).data().toString());
    QCOMPARE(names,
             (QStringList{QStringLiteral("gke_acme-prod_us-central1_payments"),
                          QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders"),
                          QStringLiteral("inventory"), QStringLiteral("default")}));
    QCOMPARE(model->headerData(ContextsModel::ServerColumn, Qt::Horizontal).toString(),
             QStringLiteral("Server"));
}

void TestContextsModel::columns_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("auth");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QString>("route");

    QTest::newRow("gke exec plugin")
        << QStringLiteral("gke_acme-prod_us-central1_payments") << QStringLiteral("GKE")
        << QStringLiteral("exec: gke-gcloud-auth-plugin") << QStringLiteral("https://34.118.10.20")
        << QStringLiteral("direct");
    QTest::newRow("eks aws cli")
        << QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders")
        << QStringLiteral("EKS") << QStringLiteral("exec: aws")
        << QStringLiteral(
               "https://4F2B1C9E0D7A6B5C4D3E2F1A0B9C8D7E.gr7.us-west-2.eks.amazonaws.com")
        << QStringLiteral("direct");
    QTest::newRow("aks kubelogin")
        << QStringLiteral("inventory") << QStringLiteral("AKS") << QStringLiteral("exec: kubelogin")
        << QStringLiteral("https://inventory-dns-5f3a9c1e.hcp.westeurope.azmk8s.io:443")
        << QStringLiteral("direct");
    QTest::newRow("k3s client certificate")
        << QStringLiteral("default") << QStringLiteral("k3s/kubeadm")
        << QStringLiteral("client certificate") << QStringLiteral("https://127.0.0.1:6443")
        << QStringLiteral("local cluster");
}

void TestContextsModel::columns()
{
    QFETCH(QString, context);
    QFETCH(QString, provider);
    QFETCH(QString, auth);
    QFETCH(QString, server);
    QFETCH(QString, route);
    QCOMPARE(cell(context, ContextsModel::ProviderColumn), provider);
    QCOMPARE(cell(context, ContextsModel::AuthColumn), auth);
    QCOMPARE(cell(context, ContextsModel::ServerColumn), server);
    QCOMPARE(cell(context, ContextsModel::TailnetColumn), route);
    const int row = m_service->model()->rowOf(context);
    const QVariant icon =
        m_service->model()->index(row, ContextsModel::ProviderColumn).data(Qt::DecorationRole);
    QVERIFY2(!icon.value<QIcon>().pixmap(16, 16).isNull(), "the provider icon must render");
}

void TestContextsModel::currentContextMarker()
{
    ContextsModel *model = m_service->model();
    QCOMPARE(model->currentContext(), QStringLiteral("gke_acme-prod_us-central1_payments"));
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool current = model->index(row, 0).data(ContextsModel::IsCurrentRole).toBool();
        const QString marker = model->index(row, ContextsModel::CurrentColumn).data().toString();
        QCOMPARE(marker.isEmpty(), !current);
        QCOMPARE(
            model->index(row, ContextsModel::CurrentColumn).data(Qt::AccessibleTextRole).toString(),
            current ? QStringLiteral("current context") : QStringLiteral("not current"));
    }
}

void TestContextsModel::filter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("by name, any case")
        << QStringLiteral("INVENT") << QStringList{QStringLiteral("inventory")};
    QTest::newRow("by provider") << QStringLiteral("eks")
                                 << QStringList{QStringLiteral(
                                        "arn:aws:eks:us-west-2:123456789012:cluster/orders")};
    QTest::newRow("by server host")
        << QStringLiteral("azmk8s") << QStringList{QStringLiteral("inventory")};
    QTest::newRow("by auth") << QStringLiteral("client certificate")
                             << QStringList{QStringLiteral("default")};
    QTest::newRow("pasted with spaces around")
        << QStringLiteral("  inventory ") << QStringList{QStringLiteral("inventory")};
    QTest::newRow("spaces inside still count")
        << QStringLiteral("client  certificate") << QStringList{};
    QTest::newRow("nothing") << QStringLiteral("no-such-cluster") << QStringList{};
}

void TestContextsModel::filter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ContextsFilterModel proxy(m_service->model());
    proxy.setFilterText(text);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, 0).data(ContextsModel::ContextNameRole).toString());
    QCOMPARE(shown, expected);
}

void TestContextsModel::reloadsWhenFileIsReplacedOnDisk()
{
    QSignalSpy resets(m_service->model(), &QAbstractItemModel::modelReset);
    const QString eks = m_files.at(1);
    QByteArray content = FixtureKubeconfigs::read(eks);
    content.replace("https://4F2B1C9E0D7A6B5C4D3E2F1A0B9C8D7E.gr7.us-west-2.eks.amazonaws.com",
                    "https://tailscale-operator.tail1234.ts.net:443");
    QVERIFY(FixtureKubeconfigs::replaceAtomically(eks, content));
    const QString name = QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders");
    QTRY_COMPARE_WITH_TIMEOUT(cell(name, ContextsModel::TailnetColumn),
                              QStringLiteral("via tailnet"), 5000);
    QCOMPARE(resets.count(), 1);

    // A second replace of the same file (a new inode) is seen too.
    content.replace("tail1234", "tail9999");
    QVERIFY(FixtureKubeconfigs::replaceAtomically(eks, content));
    QTRY_COMPARE_WITH_TIMEOUT(cell(name, ContextsModel::ServerColumn),
                              QStringLiteral("https://tailscale-operator.tail9999.ts.net:443"),
                              5000);
}

void TestContextsModel::brokenFileKeepsRowsAndSaysWhere()
{
    QSignalSpy failed(m_service.get(), &KubeconfigService::loadFailed);
    QVERIFY(FixtureKubeconfigs::write(m_files.at(2), "clusters: [\n  - name: x\n  cluster: {"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 5000);
    QVERIFY2(m_service->loadError().contains(m_files.at(2)), qPrintable(m_service->loadError()));
    QCOMPARE(m_service->model()->rowCount(), 4); // the last good view stays
}

QTEST_MAIN(TestContextsModel)
#include "tst_contextsmodel.moc"
