// The window at 800x500, every page: the contexts table still shows five rows, the Helm
// form's fields keep their height (the page scrolls instead), a tall warning is reachable
// by scrolling, and an EKS ARN is elided in the middle (the cluster's name at its end stays)
// with the full name in the tooltip.
#include "app/AppSettings.h"
#include "app/ContextsModel.h"
#include "app/ForwarderController.h"
#include "app/KubeconfigService.h"
#include "app/gui/ContextsPanel.h"
#include "app/gui/FileDialogSeam.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBoxSeam.h"
#include "tests/support/FixtureKubeconfigs.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace {
const QString Eks = QStringLiteral("arn:aws:eks:us-west-2:123456789012:cluster/orders");
const QSize Small(800, 500);
} // namespace

class TestSmallWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theTableShowsFiveRows();
    void everyPageKeepsItsFields_data();
    void everyPageKeepsItsFields();
    void aTallWarningIsReachable();
    void theArnIsElidedInTheMiddle();

private:
    template <class T> T *child(const char *name) const
    {
        return m_window->findChild<T *>(QLatin1String(name));
    }

    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<KubeconfigService> m_service;
    std::unique_ptr<ForwarderController> m_forwarder;
    std::unique_ptr<MainWindow> m_window;
};

void TestSmallWindow::initTestCase()
{
    MessageBoxSeam::setTestMode(true);
    FileDialogSeam::setTestMode(true);
}

void TestSmallWindow::init()
{
    {
        QSettings settings;
        settings.clear();
    }
    const QStringList files = FixtureKubeconfigs::installStandardSet();
    m_settings = std::make_unique<AppSettings>();
    m_service = std::make_unique<KubeconfigService>();
    m_service->setFiles(files);
    QVERIFY(m_service->reload());
    m_forwarder = std::make_unique<ForwarderController>(m_service.get());
    m_window = std::make_unique<MainWindow>(m_service.get(), m_forwarder.get(), m_settings.get());
    m_window->setTrayAvailable(true);
    m_window->resize(Small);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_COMPARE(m_window->size(), Small);
}

void TestSmallWindow::cleanup()
{
    m_window.reset();
    m_forwarder.reset();
    m_service.reset();
    m_settings.reset();
}

void TestSmallWindow::theTableShowsFiveRows()
{
    auto *view = child<QTableView>("contextsView");
    QVERIFY(view);
    QVERIFY2(view->viewport()->height() >= 5 * view->verticalHeader()->defaultSectionSize(),
             qPrintable(QStringLiteral("%1 px for rows of %2 px")
                            .arg(view->viewport()->height())
                            .arg(view->verticalHeader()->defaultSectionSize())));
}

void TestSmallWindow::everyPageKeepsItsFields_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<int>("operatorTab"); // the Operator setup page's own tab, or -1
    QTest::newRow("Route through tailnet") << 0 << -1;
    QTest::newRow("Local proxy") << 1 << -1;
    QTest::newRow("Operator setup: Helm") << 2 << 0;
    QTest::newRow("Operator setup: static manifests") << 2 << 1;
    QTest::newRow("Operator setup: ProxyGroup") << 2 << 2;
    QTest::newRow("Operator setup: ACL") << 2 << 3;
}

void TestSmallWindow::everyPageKeepsItsFields()
{
    QFETCH(int, tab);
    QFETCH(int, operatorTab);
    auto *tabs = child<QTabWidget>("panelTabs");
    tabs->setCurrentIndex(tab);
    if (operatorTab >= 0)
        child<QTabWidget>("operatorTabs")->setCurrentIndex(operatorTab);
    QCoreApplication::processEvents();
    QWidget *page = tabs->currentWidget();
    QVERIFY(qobject_cast<QScrollArea *>(page)); // scrolls rather than squeezes

    int checked = 0;
    const auto fields = page->findChildren<QWidget *>();
    for (QWidget *field : fields) {
        if (!field->isVisibleTo(page))
            continue;
        if (qobject_cast<QLineEdit *>(field) || qobject_cast<QComboBox *>(field)) {
            if (qobject_cast<QComboBox *>(field->parentWidget()) ||
                qobject_cast<QAbstractSpinBox *>(field->parentWidget()))
                continue; // a combo or spin box's own line edit
            QVERIFY2(field->height() >= field->sizeHint().height(),
                     qPrintable(QStringLiteral("%1: %2 px, needs %3")
                                    .arg(field->objectName())
                                    .arg(field->height())
                                    .arg(field->sizeHint().height())));
            ++checked;
        } else if (auto *text = qobject_cast<QPlainTextEdit *>(field)) {
            QVERIFY2(text->height() >= 3 * text->fontMetrics().lineSpacing(),
                     qPrintable(
                         QStringLiteral("%1: %2 px").arg(text->objectName()).arg(text->height())));
            ++checked;
        }
    }
    QVERIFY(checked > 0);
}

void TestSmallWindow::aTallWarningIsReachable()
{
    // k3s signs in with a client certificate: a long blocking warning.
    m_window->contextsPanel()->selectContexts({QStringLiteral("default")});
    child<QTabWidget>("panelTabs")->setCurrentIndex(0);
    auto *warnings = child<QListWidget>("warningsList");
    QVERIFY(warnings);
    QTRY_VERIFY(warnings->count() > 0);
    QVERIFY(warnings->height() >= 3 * warnings->fontMetrics().lineSpacing());
    QCOMPARE(warnings->verticalScrollMode(), QAbstractItemView::ScrollPerPixel);
    for (int i = 0; i < warnings->count(); ++i) {
        const int itemHeight = warnings->visualItemRect(warnings->item(i)).height();
        const int hidden = itemHeight - warnings->viewport()->height();
        QVERIFY2(hidden <= 0 || warnings->verticalScrollBar()->maximum() >= hidden,
                 qPrintable(QStringLiteral("item %1: %2 px in a %3 px list, scrolls %4 px")
                                .arg(i)
                                .arg(itemHeight)
                                .arg(warnings->viewport()->height())
                                .arg(warnings->verticalScrollBar()->maximum())));
    }
}

void TestSmallWindow::theArnIsElidedInTheMiddle()
{
    m_window->contextsPanel()->selectContexts({Eks});
    child<QTabWidget>("panelTabs")->setCurrentIndex(0);
    QCoreApplication::processEvents();
    auto *label = child<QLabel>("selectionLabel");
    QVERIFY(label);
    auto *page = child<QScrollArea>("rewriteScroll");
    QVERIFY2(label->text().contains(QChar(0x2026)),
             qPrintable(label->text() + QStringLiteral(" label %1 px, page %2 px in %3 px")
                                            .arg(label->width())
                                            .arg(page->widget()->width())
                                            .arg(page->viewport()->width())));
    QVERIFY2(label->text().endsWith(QLatin1String("/orders")), qPrintable(label->text()));
    QVERIFY(label->toolTip().contains(Eks));
    QVERIFY(label->fontMetrics().horizontalAdvance(label->text()) <= label->width());

    auto *view = child<QTableView>("contextsView");
    QCOMPARE(view->textElideMode(), Qt::ElideMiddle);
    const int row = m_service->model()->rowOf(Eks);
    QVERIFY(m_service->model()
                ->index(row, ContextsModel::NameColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(Eks));
}

QTEST_MAIN(TestSmallWindow)
#include "tst_smallwindow.moc"
