// The window driven with the keyboard only: Tab moves between controls (it is not trapped in
// the contexts table, where it used to walk cells and silently change the selected context),
// arrows move in the table, every page's mnemonics are unique and no label shows a stray
// `&`, and File → Quit answers Ctrl+Q.
#include "app/AppSettings.h"
#include "app/ForwarderController.h"
#include "app/KubeconfigService.h"
#include "app/gui/ContextsPanel.h"
#include "app/gui/FileDialogSeam.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MessageBoxSeam.h"
#include "kubeconfig/BackupStore.h"
#include "tests/support/FixtureKubeconfigs.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

class TestKeyboardJourney : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tabLeavesTheContextsTable();
    void arrowsMoveInTheTable();
    void mnemonicsAreUniqueOnEveryPage_data();
    void mnemonicsAreUniqueOnEveryPage();
    void quitHasCtrlQ();

private:
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<KubeconfigService> m_service;
    std::unique_ptr<ForwarderController> m_forwarder;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

// The mnemonic letter of a text ("&Route" → 'r'), or a null QChar; `&&` is a literal `&`.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return QChar();
}

struct Mnemonic
{
    QChar key;
    QString owner; // "button Apply", "tab Local proxy", ...
};

// Every mnemonic a user can press on the window as it is shown now, and the labels whose
// `&` would be shown as a character (a QLabel only takes a mnemonic when it has a buddy).
void collect(QMainWindow *window, QList<Mnemonic> *mnemonics, QStringList *stray)
{
    for (QAction *menu : window->menuBar()->actions()) {
        if (const QChar key = mnemonicOf(menu->text()); !key.isNull())
            mnemonics->append({key, QStringLiteral("menu ") + menu->text()});
    }
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || !widget->isEnabled())
            continue;
        QString text;
        QString kind;
        if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            text = button->text();
            kind = QStringLiteral("button ");
        } else if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->textFormat() == Qt::RichText ||
                (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text())))
                continue;
            if (!label->buddy()) {
                if (!mnemonicOf(label->text()).isNull())
                    stray->append(label->text());
                continue;
            }
            text = label->text();
            kind = QStringLiteral("label ");
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            if (!box->isCheckable())
                continue;
            text = box->title();
            kind = QStringLiteral("group ");
        } else if (auto *bar = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < bar->count(); ++i) {
                if (const QChar key = mnemonicOf(bar->tabText(i)); !key.isNull())
                    mnemonics->append({key, QStringLiteral("tab ") + bar->tabText(i)});
            }
            continue;
        } else {
            continue;
        }
        if (const QChar key = mnemonicOf(text); !key.isNull())
            mnemonics->append({key, kind + text});
    }
}

} // namespace

void TestKeyboardJourney::initTestCase()
{
    MessageBoxSeam::setTestMode(true);
    FileDialogSeam::setTestMode(true);
}

void TestKeyboardJourney::init()
{
    const QStringList files = FixtureKubeconfigs::installStandardSet();
    QDir(BackupStore::defaultRoot()).removeRecursively();
    m_settings = std::make_unique<AppSettings>();
    m_service = std::make_unique<KubeconfigService>();
    m_service->setFiles(files);
    m_service->reload();
    m_forwarder = std::make_unique<ForwarderController>(m_service.get());
    m_window = std::make_unique<MainWindow>(m_service.get(), m_forwarder.get(), m_settings.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QTRY_VERIFY_WITH_TIMEOUT(QApplication::activeWindow() == m_window.get(), 5000);
}

void TestKeyboardJourney::cleanup()
{
    m_window.reset();
    m_forwarder.reset();
    m_service.reset();
    m_settings.reset();
}

void TestKeyboardJourney::tabLeavesTheContextsTable()
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("contextsView"));
    QVERIFY(view);
    view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFocus(), 5000);
    const QStringList selected = m_window->contextsPanel()->selectedContexts();
    QCOMPARE(selected.size(), 1);

    QTest::keyClick(view, Qt::Key_Tab);
    QTRY_VERIFY_WITH_TIMEOUT(!view->hasFocus(), 2000);
    QCOMPARE(m_window->contextsPanel()->selectedContexts(), selected);

    // Back with Shift+Tab: focus returns to the table, the selection is still the same.
    QWidget *next = QApplication::focusWidget();
    QVERIFY(next);
    QTest::keyClick(next, Qt::Key_Backtab, Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFocus(), 2000);
    QCOMPARE(m_window->contextsPanel()->selectedContexts(), selected);
}

void TestKeyboardJourney::arrowsMoveInTheTable()
{
    auto *view = m_window->findChild<QTableView *>(QStringLiteral("contextsView"));
    QVERIFY(view);
    view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFocus(), 5000);
    const QStringList before = m_window->contextsPanel()->selectedContexts();
    QTest::keyClick(view, Qt::Key_Down);
    const QStringList after = m_window->contextsPanel()->selectedContexts();
    QCOMPARE(after.size(), 1);
    QVERIFY2(after != before, qPrintable(after.join(QLatin1Char(','))));
    QVERIFY(view->hasFocus());
}

void TestKeyboardJourney::mnemonicsAreUniqueOnEveryPage_data()
{
    QTest::addColumn<QString>("page"); // the tab's text without its '&'
    for (const char *page : {"Route through tailnet", "Local proxy", "Operator setup"})
        QTest::newRow(page) << QString::fromLatin1(page);
}

// Each page with each of its own inner tabs shown in turn: what a user can press there.
void TestKeyboardJourney::mnemonicsAreUniqueOnEveryPage()
{
    QFETCH(QString, page);
    QTabWidget *tabs = m_window->tabs();
    int index = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        if (tabs->tabText(i).remove(QLatin1Char('&')) == page)
            index = i;
    }
    QVERIFY2(index >= 0, qPrintable(page));
    tabs->setCurrentIndex(index);
    QList<QTabWidget *> inner = tabs->widget(index)->findChildren<QTabWidget *>();
    QList<QPair<QTabWidget *, int>> views{{nullptr, -1}};
    for (QTabWidget *innerTabs : inner) {
        for (int i = 0; i < innerTabs->count(); ++i)
            views.append({innerTabs, i});
    }

    QStringList problems;
    for (const auto &[innerTabs, innerIndex] : views) {
        if (innerTabs)
            innerTabs->setCurrentIndex(innerIndex);
        QCoreApplication::processEvents();
        const QString where =
            innerTabs ? page + QStringLiteral(" / ") + innerTabs->tabText(innerIndex) : page;
        QList<Mnemonic> mnemonics;
        QStringList stray;
        collect(m_window.get(), &mnemonics, &stray);
        for (const QString &label : stray)
            problems
                << QStringLiteral("%1: label \"%2\" would show a literal '&'").arg(where, label);
        for (int i = 0; i < mnemonics.size(); ++i) {
            for (int k = i + 1; k < mnemonics.size(); ++k) {
                if (mnemonics.at(i).key == mnemonics.at(k).key)
                    problems << QStringLiteral("%1: Alt+%2 is %3 and %4")
                                    .arg(where, mnemonics.at(i).key.toUpper(),
                                         mnemonics.at(i).owner, mnemonics.at(k).owner);
            }
        }
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n"))));
}

void TestKeyboardJourney::quitHasCtrlQ()
{
    QAction *quit = nullptr;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == QLatin1String("Quit"))
            quit = action;
    }
    QVERIFY(quit);
    QVERIFY2(quit->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)),
             qPrintable(quit->shortcut().toString()));
}

QTEST_MAIN(TestKeyboardJourney)
#include "tst_keyboardjourney.moc"
