// The main window as a user drives it (offscreen): the contexts table, the rewrite preview,
// Apply (read back with the real kubectl), Undo (byte-identical), the client-certificate
// confirmation, the reload when a file changes on disk, import by drop, shortcuts and
// accessible names.
#include "app/AppSettings.h"
#include "app/ContextsModel.h"
#include "app/ForwarderController.h"
#include "app/KubeconfigService.h"
#include "app/gui/ContextsPanel.h"
#include "app/gui/DiffView.h"
#include "app/gui/DoctorDialog.h"
#include "app/gui/FileDialogSeam.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBoxSeam.h"
#include "app/gui/RewritePanel.h"
#include "tests/support/FixtureKubeconfigs.h"
#include "tests/support/KubectlRunner.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

namespace {
const QString kGke = QStringLiteral("gke_acme-prod_us-central1_payments");
const QString kFqdn = QStringLiteral("tailscale-operator.tail1234.ts.net");
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tableShowsTheFixtures();
    void filterWithCtrlF();
    void previewShowsTheFqdnChange();
    void applyWritesWhatKubectlReadsAndUndoRestoresBytes();
    void ctrlZUndoes();
    void severalContextsAtOnce();
    void clientCertificateNeedsConfirmation();
    void tableReloadsWhenFileChangesOnDisk();
    void dropImportsWithRenames();
    void dropKeepSeparateLoadsAlongside();
    void closeKeepsRunningInTrayOnlyWhereThereIsOne();
    void everyControlHasAnAccessibleName();
    void checkConnectionAndOperatorSetupAreReachable();

private:
    template <class T> T *child(const char *name) const
    {
        T *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    void select(const QStringList &names);

    QStringList m_files;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<KubeconfigService> m_service;
    std::unique_ptr<ForwarderController> m_forwarder;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    MessageBoxSeam::setTestMode(true);
    FileDialogSeam::setTestMode(true);
}

void TestMainWindow::init()
{
    MessageBoxSeam::clear();
    FileDialogSeam::clear();
    m_files = FixtureKubeconfigs::installStandardSet();
    QDir(BackupStore::defaultRoot()).removeRecursively();
    m_settings = std::make_unique<AppSettings>();
    m_settings->setLastHostname(QString());
    m_settings->setLastTailnet(QString());
    m_service = std::make_unique<KubeconfigService>();
    m_service->setFiles(m_files);
    m_service->reload();
    m_forwarder = std::make_unique<ForwarderController>(m_service.get());
    m_window = std::make_unique<MainWindow>(m_service.get(), m_forwarder.get(), m_settings.get());
    m_window->setTrayAvailable(true);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_forwarder.reset();
    m_service.reset();
    m_settings.reset();
}

void TestMainWindow::select(const QStringList &names)
{
    m_window->contextsPanel()->selectContexts(names);
    QCOMPARE(m_window->contextsPanel()->selectedContexts(), names);
}

void TestMainWindow::tableShowsTheFixtures()
{
    auto *view = child<QTableView>("contextsView");
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 4);
    // The current context starts selected, so both panels show something at once.
    QCOMPARE(m_window->contextsPanel()->selectedContexts(), QStringList{kGke});
    QVERIFY2(m_window->statusText().contains(QStringLiteral("4 contexts from ~/.kube/config")),
             qPrintable(m_window->statusText()));
}

void TestMainWindow::filterWithCtrlF()
{
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *filter = child<QLineEdit>("filterEdit");
    QTRY_VERIFY(filter->hasFocus());
    QTest::keyClicks(filter, QStringLiteral("kubelogin"));
    auto *view = child<QTableView>("contextsView");
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, ContextsModel::NameColumn).data().toString(),
             QStringLiteral("inventory"));
}

void TestMainWindow::previewShowsTheFqdnChange()
{
    select({kGke});
    RewritePanel *panel = m_window->rewritePanel();
    auto *apply = child<QPushButton>("applyButton");
    QVERIFY(!apply->isEnabled()); // no proxy name yet
    QTest::keyClicks(child<QComboBox>("hostnameCombo")->lineEdit(),
                     QStringLiteral("tailscale-operator"));
    QTest::keyClicks(child<QComboBox>("tailnetCombo")->lineEdit(),
                     QStringLiteral("tail1234.ts.net"));
    QCOMPARE(panel->fqdn(), kFqdn);
    const QString diff = child<DiffView>("diffView")->diff();
    QVERIFY2(diff.contains(
                 QStringLiteral("+    server: https://tailscale-operator.tail1234.ts.net:443")),
             qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("-    server: https://34.118.10.20")), qPrintable(diff));
    QVERIFY2(diff.contains(QStringLiteral("-    certificate-authority-data:")), qPrintable(diff));
    QVERIFY(
        !diff.contains(QStringLiteral("gke-gcloud-auth-plugin"))); // the user entry is untouched
    QVERIFY(apply->isEnabled());
    QVERIFY(child<QLabel>("fqdnLabel")
                ->text()
                .contains(QStringLiteral("https://") + kFqdn + QStringLiteral(":443")));
    // Nothing was written by the preview.
    QCOMPARE(FixtureKubeconfigs::read(m_files.first()),
             FixtureKubeconfigs::read(FixtureKubeconfigs::fixturePath(QStringLiteral("gke.yaml"))));
}

void TestMainWindow::applyWritesWhatKubectlReadsAndUndoRestoresBytes()
{
    const QByteArray before = FixtureKubeconfigs::read(m_files.first());
    select({kGke});
    m_window->rewritePanel()->setHostname(QStringLiteral("tailscale-operator"));
    m_window->rewritePanel()->setTailnet(QStringLiteral("tail1234.ts.net"));
    QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);

    QVERIFY(FixtureKubeconfigs::read(m_files.first()) != before);
    QVERIFY2(m_window->statusText().contains(
                 QStringLiteral("Rewrote 1 context in ~/.kube/config \u2014 backup saved")),
             qPrintable(m_window->statusText()));
    auto *statusUndo = child<QPushButton>("statusUndoButton");
    QVERIFY(statusUndo->isVisible());
    // The table shows the new route at once.
    const int row = m_service->model()->rowOf(kGke);
    QCOMPARE(m_service->model()->index(row, ContextsModel::TailnetColumn).data().toString(),
             QStringLiteral("via tailnet"));

    KubectlRunner kubectl;
    if (!kubectl.isAvailable())
        QSKIP("no kubectl to read the file back ($KUBECTL)");
    kubectl.setKubeconfig(m_files.first());
    const KubectlRunner::Result r =
        kubectl.run({QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"),
                     QStringLiteral("-o"), QStringLiteral("json")});
    QVERIFY2(r.finished && r.exitCode == 0, r.err.constData());
    const QJsonObject view = QJsonDocument::fromJson(r.out).object();
    const auto named = [&view](const char *section, const QString &name) {
        const QJsonArray entries = view.value(QLatin1String(section)).toArray();
        for (const QJsonValue &entry : entries) {
            if (entry.toObject().value(QStringLiteral("name")).toString() == name)
                return entry.toObject().value(QLatin1String(section).chopped(1)).toObject();
        }
        return QJsonObject();
    };
    const QJsonObject cluster = named("clusters", kGke);
    QCOMPARE(cluster.value(QStringLiteral("server")).toString(),
             QStringLiteral("https://tailscale-operator.tail1234.ts.net:443"));
    QVERIFY(!cluster.contains(QStringLiteral("certificate-authority-data")));
    const QJsonObject user = named("users", kGke);
    QCOMPARE(
        user.value(QStringLiteral("exec")).toObject().value(QStringLiteral("command")).toString(),
        QStringLiteral("gke-gcloud-auth-plugin"));

    QTest::mouseClick(statusUndo, Qt::LeftButton);
    QCOMPARE(FixtureKubeconfigs::read(m_files.first()), before);
    QVERIFY2(m_window->statusText().startsWith(QStringLiteral("Restored ~/.kube/config")),
             qPrintable(m_window->statusText()));
    QCOMPARE(m_service->model()->index(row, ContextsModel::TailnetColumn).data().toString(),
             QStringLiteral("direct"));
}

void TestMainWindow::ctrlZUndoes()
{
    const QByteArray before = FixtureKubeconfigs::read(m_files.first());
    select({kGke});
    m_window->rewritePanel()->setHostname(kFqdn); // a full name typed in the host field
    QVERIFY(m_window->rewritePanel()->apply());
    QVERIFY(FixtureKubeconfigs::read(m_files.first()) != before);
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(FixtureKubeconfigs::read(m_files.first()), before);
}

void TestMainWindow::severalContextsAtOnce()
{
    const QString eks = QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders");
    select({kGke, eks, QStringLiteral("inventory")});
    m_window->rewritePanel()->setHostname(kFqdn);
    QTest::mouseClick(child<QPushButton>("applyButton"), Qt::LeftButton);
    QVERIFY2(m_window->statusText().contains(QStringLiteral("Rewrote 3 contexts in ")),
             qPrintable(m_window->statusText()));
    for (const QString &name : {kGke, eks, QStringLiteral("inventory")}) {
        const int row = m_service->model()->rowOf(name);
        QCOMPARE(m_service->model()->index(row, ContextsModel::ServerColumn).data().toString(),
                 QStringLiteral("https://tailscale-operator.tail1234.ts.net:443"));
    }
    // Each context was rewritten in the file it came from; undo restores all three files.
    m_window->undo();
    QCOMPARE(FixtureKubeconfigs::read(m_files.at(1)),
             FixtureKubeconfigs::read(FixtureKubeconfigs::fixturePath(QStringLiteral("eks.yaml"))));
    QCOMPARE(FixtureKubeconfigs::read(m_files.at(2)),
             FixtureKubeconfigs::read(FixtureKubeconfigs::fixturePath(QStringLiteral("aks.yaml"))));
}

void TestMainWindow::clientCertificateNeedsConfirmation()
{
    const QByteArray before = FixtureKubeconfigs::read(m_files.at(3));
    select({QStringLiteral("default")});
    m_window->rewritePanel()->setHostname(kFqdn);
    auto *warnings = child<QListWidget>("warningsList");
    QStringList codes;
    QString text;
    for (int i = 0; i < warnings->count(); ++i) {
        codes.append(warnings->item(i)->data(Qt::UserRole).toString());
        text += warnings->item(i)->text() + QLatin1Char('\n');
    }
    QVERIFY2(codes.contains(QStringLiteral("client-certificate-only")),
             qPrintable(codes.join(QLatin1Char(','))));
    QVERIFY2(text.contains(QStringLiteral("auth mode")), qPrintable(text));
    auto *apply = child<QPushButton>("applyButton");
    auto *anyway = child<QCheckBox>("applyAnywayCheck");
    QVERIFY(!apply->isEnabled());
    QVERIFY(anyway->isVisible());
    QVERIFY(!m_window->rewritePanel()->apply()); // not even programmatically
    QCOMPARE(FixtureKubeconfigs::read(m_files.at(3)), before);

    anyway->setChecked(true);
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(FixtureKubeconfigs::read(m_files.at(3))
                .contains("server: https://tailscale-operator.tail1234.ts.net:443"));
    // The confirmation does not carry over to another selection.
    select({kGke});
    select({QStringLiteral("default")});
    QVERIFY(!anyway->isChecked());
}

void TestMainWindow::tableReloadsWhenFileChangesOnDisk()
{
    auto *view = child<QTableView>("contextsView");
    QByteArray content = FixtureKubeconfigs::read(m_files.at(2));
    content.replace("name: inventory\n", "name: inventory-renamed\n");
    content.replace("current-context: inventory", "current-context: inventory-renamed");
    QVERIFY(FixtureKubeconfigs::replaceAtomically(m_files.at(2), content));
    QTRY_COMPARE_WITH_TIMEOUT(m_service->model()->rowOf(QStringLiteral("inventory-renamed")) >= 0,
                              true, 5000);
    QCOMPARE(view->model()->rowCount(), 4);
    // The selection survives the reload.
    QCOMPARE(m_window->contextsPanel()->selectedContexts(), QStringList{kGke});
}

void TestMainWindow::dropImportsWithRenames()
{
    // A cloud-generated file whose context name exists already with another server.
    QByteArray aks =
        FixtureKubeconfigs::read(FixtureKubeconfigs::fixturePath(QStringLiteral("aks.yaml")));
    aks.replace("inventory-dns-5f3a9c1e", "inventory-dns-0000aaaa");
    const QString dropped =
        QDir::homePath() + QStringLiteral("/Downloads/kubeconfig-inventory.yaml");
    QVERIFY(FixtureKubeconfigs::write(dropped, aks));

    MessageBoxSeam::setNextAnswer(QMessageBox::Yes); // merge into ~/.kube/config
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(dropped)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window.get(), &drop);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->statusText().startsWith(QStringLiteral("Imported")), 5000);
    QVERIFY2(m_window->statusText().contains(QStringLiteral("inventory \u2192 inventory-2")),
             qPrintable(m_window->statusText()));
    QVERIFY(MessageBoxSeam::lastText().contains(QStringLiteral("inventory-2")));
    QVERIFY(FixtureKubeconfigs::read(m_files.first()).contains("inventory-dns-0000aaaa"));
    QVERIFY(m_service->model()->rowOf(QStringLiteral("inventory-2")) >= 0);
}

void TestMainWindow::dropKeepSeparateLoadsAlongside()
{
    QByteArray other =
        FixtureKubeconfigs::read(FixtureKubeconfigs::fixturePath(QStringLiteral("eks.yaml")));
    other.replace("cluster/orders", "cluster/billing");
    const QString path = QDir::homePath() + QStringLiteral("/billing.yaml");
    QVERIFY(FixtureKubeconfigs::write(path, other));
    const QByteArray configBefore = FixtureKubeconfigs::read(m_files.first());
    MessageBoxSeam::setNextAnswer(QMessageBox::No);
    m_window->importFiles({path});
    QCOMPARE(m_service->model()->rowCount(), 5);
    QVERIFY(m_service->files().contains(path));
    QCOMPARE(FixtureKubeconfigs::read(m_files.first()), configBefore);
}

void TestMainWindow::closeKeepsRunningInTrayOnlyWhereThereIsOne()
{
    m_window->close();
    QVERIFY(!m_window->isVisible()); // hidden, still running in the tray
    m_window->bringToFront();
    QVERIFY(m_window->isVisible());

    m_window->setTrayAvailable(false);
    QVERIFY2(m_window->statusText().contains(QStringLiteral("No system tray was found")),
             qPrintable(m_window->statusText()));
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    QStringList unnamed;
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        const bool control =
            qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget) ||
            qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QSpinBox *>(widget) ||
            (qobject_cast<QLineEdit *>(widget) && !qobject_cast<QComboBox *>(widget->parent()) &&
             !qobject_cast<QAbstractSpinBox *>(widget->parent()));
        if (!control || widget->focusPolicy() == Qt::NoFocus ||
            widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        bool insideCombo = false; // a combo box's popup list belongs to the named combo box
        for (QObject *up = widget->parent(); up; up = up->parent())
            insideCombo = insideCombo || qobject_cast<QComboBox *>(up);
        if (insideCombo)
            continue;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed.append(QStringLiteral("%1 (%2)").arg(
                QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMainWindow::checkConnectionAndOperatorSetupAreReachable()
{
    select({QStringLiteral("default")});
    auto *check = m_window->findChild<QAction *>(QStringLiteral("checkConnectionAction"));
    QVERIFY(check);
    QCOMPARE(check->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    check->trigger();
    QVERIFY(m_window->doctorDialog());
    QVERIFY(m_window->doctorDialog()->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_window->doctorDialog()->stepList()->topLevelItemCount() > 0, 5000);
    QVERIFY2(m_window->doctorDialog()->reportText().contains(QStringLiteral("default")),
             qPrintable(m_window->doctorDialog()->reportText()));
    m_window->doctorDialog()->close();

    QTabWidget *tabs = m_window->tabs();
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles.append(tabs->tabText(i));
    QCOMPARE(titles,
             (QStringList{QStringLiteral("&Route through tailnet"), QStringLiteral("&Local proxy"),
                          QStringLiteral("Operator set&up")}));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
