#include "MainWindow.h"

#include "app/AppLogging.h"
#include "app/AppSettings.h"
#include "app/AutostartManager.h"
#include "app/ContextsModel.h"
#include "app/ForwarderController.h"
#include "app/KubeconfigService.h"
#include "app/gui/ContextsPanel.h"
#include "app/gui/DoctorDialog.h"
#include "app/gui/FileDialogSeam.h"
#include "app/gui/ForwarderPanel.h"
#include "app/gui/MessageBoxSeam.h"
#include "app/gui/OperatorSetupPage.h"
#include "app/gui/RewritePanel.h"
#include "app/routes/RouteStore.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

MainWindow::MainWindow(KubeconfigService *kubeconfig, ForwarderController *forwarder,
                       AppSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_kubeconfig(kubeconfig)
    , m_forwarder(forwarder)
    , m_settings(settings)
    , m_contexts(new ContextsPanel(kubeconfig->model(), this))
    , m_tabs(new QTabWidget(this))
    , m_rewrite(new RewritePanel(kubeconfig, settings, this))
    , m_forwarderPanel(new ForwarderPanel(forwarder, settings, this))
    , m_operatorPage(new OperatorSetupPage(nullptr, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_statusIcon(new QLabel(this))
    , m_statusLabel(new QLabel(this))
    , m_statusUndo(new QPushButton(tr("Undo"), this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("kubetailor"));
    setAcceptDrops(true);

    m_tabs->setObjectName(QStringLiteral("panelTabs"));
    m_tabs->setDocumentMode(true);
    // Each page scrolls when the window is too small for it (800x500), rather than
    // squeezing its fields below their height.
    const auto scrollable = [this](QWidget *page, const QString &name) {
        auto *area = new QScrollArea(this);
        area->setObjectName(name);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidgetResizable(true);
        area->setWidget(page);
        return area;
    };
    m_tabs->addTab(scrollable(m_rewrite, QStringLiteral("rewriteScroll")),
                   tr("&Route through tailnet"));
    m_tabs->addTab(scrollable(m_forwarderPanel, QStringLiteral("forwarderScroll")),
                   tr("&Local proxy"));
    m_tabs->setTabToolTip(0, tr("Point the selected contexts at the Tailscale operator's "
                                "noauth API server proxy"));
    m_tabs->addTab(scrollable(m_operatorPage, QStringLiteral("operatorScroll")),
                   tr("Operator set&up"));
    m_tabs->setTabToolTip(1, tr("Run a forwarder on 127.0.0.1 for the selected context"));
    m_tabs->setTabToolTip(2, tr("Install the Tailscale Kubernetes Operator with the API "
                                "server proxy in noauth mode"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_contexts);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_splitter);
    setCentralWidget(central);

    createMenus();
    createStatusBar();

    connect(m_contexts, &ContextsPanel::selectionChanged, this, &MainWindow::onSelectionChanged);
    connect(m_contexts, &ContextsPanel::makeCurrentRequested, this, &MainWindow::makeCurrent);
    connect(m_contexts, &ContextsPanel::importRequested, this, &MainWindow::chooseImportFiles);
    connect(m_kubeconfig, &KubeconfigService::reloaded, this, &MainWindow::updateEmptyState);
    connect(m_kubeconfig, &KubeconfigService::reloaded, this, &MainWindow::showFirstLoad);
    connect(m_kubeconfig, &KubeconfigService::loadingChanged, this,
            &MainWindow::updateLoadingState);
    connect(m_rewrite, &RewritePanel::statusMessage, this, &MainWindow::showStatus);
    connect(m_rewrite, &RewritePanel::errorMessage, this, &MainWindow::showError);
    connect(m_forwarderPanel, &ForwarderPanel::statusMessage, this, &MainWindow::showStatus);
    connect(m_forwarderPanel, &ForwarderPanel::errorMessage, this, &MainWindow::showError);
    connect(m_kubeconfig, &KubeconfigService::loadFailed, this, [this](const QString &error) {
        showError(tr("Could not read the kubeconfig: %1 \u2014 fix the file, then reload (F5)")
                      .arg(error));
    });
    connect(m_kubeconfig, &KubeconfigService::undoAvailableChanged, this, &MainWindow::updateUndo);
    connect(m_kubeconfig, &KubeconfigService::changedOnDisk, this, &MainWindow::showOutsideChange);

    setTabOrder(m_contexts->filterEdit(), m_contexts->view());
    setTabOrder(m_contexts->view(), m_tabs);

    restoreSettings();
    // The window shows at once; a large kubeconfig fills the table when it is read.
    if (!m_kubeconfig->isLoaded() && !m_kubeconfig->isLoading() &&
        m_kubeconfig->loadError().isEmpty())
        m_kubeconfig->reloadInBackground();
    else if (!m_kubeconfig->loadError().isEmpty())
        showError(tr("Could not read the kubeconfig: %1 \u2014 fix the file, then reload (F5)")
                      .arg(m_kubeconfig->loadError()));
    if (m_kubeconfig->isLoaded())
        showFirstLoad();
    updateEmptyState();
    updateLoadingState();
    updateUndo();
    QTimer::singleShot(0, m_rewrite, &RewritePanel::startDiscovery);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open kubeconfig..."), this, &MainWindow::openFiles);
    open->setShortcut(QKeySequence::Open);
    open->setToolTip(tr("Show the contexts of other kubeconfig files alongside"));
    QAction *import =
        file->addAction(tr("&Import kubeconfig..."), this, &MainWindow::chooseImportFiles);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setToolTip(tr("Merge a cloud-generated kubeconfig into %1")
                           .arg(KubeconfigService::displayPath(m_kubeconfig->primaryFile())));
    QAction *reloadAction = file->addAction(tr("&Reload"), this, &MainWindow::reload);
    reloadAction->setShortcut(QKeySequence::Refresh);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close window"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QAction *quitAction = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    // QKeySequence::Quit is empty on some platforms and desktops: Ctrl+Q everywhere.
    quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo last change"), this, &MainWindow::undo);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    QAction *filter =
        edit->addAction(tr("&Filter contexts"), m_contexts, &ContextsPanel::focusFilter);
    filter->setShortcut(QKeySequence::Find);

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    QAction *check =
        tools->addAction(tr("&Check connection..."), this, &MainWindow::checkConnection);
    m_checkAction = check;
    check->setObjectName(QStringLiteral("checkConnectionAction"));
    check->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    check->setToolTip(tr("Check DNS, TCP, TLS, the API server and the exec plugin for the "
                         "selected context"));
    QAction *operatorSetup = tools->addAction(tr("&Operator setup"), this,
                                              [this] { m_tabs->setCurrentIndex(OperatorTab); });
    operatorSetup->setToolTip(tr("Install the Tailscale operator with the noauth API server "
                                 "proxy"));
    tools->addSeparator();
    QMenu *settingsMenu = tools;
    QAction *minimized = settingsMenu->addAction(tr("Start &minimized in the tray"));
    minimized->setCheckable(true);
    minimized->setChecked(m_settings->startMinimized());
    connect(minimized, &QAction::toggled, this,
            [this](bool on) { m_settings->setStartMinimized(on); });
    QAction *autostart = settingsMenu->addAction(tr("Start at &login"));
    autostart->setObjectName(QStringLiteral("autostartAction"));
    autostart->setCheckable(true);
    {
        AutostartManager manager;
        autostart->setEnabled(manager.isSupported());
        autostart->setChecked(manager.isSupported() && manager.isEnabled());
        autostart->setToolTip(manager.location());
    }
    connect(autostart, &QAction::toggled, this, [this, autostart](bool on) {
        AutostartManager manager;
        if (const Status set = manager.setEnabled(on); !set) {
            const QSignalBlocker blocker(autostart);
            autostart->setChecked(!on);
            showError(tr("Could not change the start at login: %1").arg(set.error()));
            return;
        }
        showStatus(on ? tr("kubetailor starts in the tray at login (%1)").arg(manager.location())
                      : tr("kubetailor no longer starts at login"));
    });
    createRouteKeepingMenu(settingsMenu);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About kubetailor"), this, [this] {
        MessageBoxSeam::information(
            this, tr("About kubetailor"),
            tr("kubetailor %1\n\nRoutes kubectl through the Tailscale Kubernetes Operator's "
               "API server proxy in noauth mode: the kubeconfig's server becomes the proxy's "
               "MagicDNS name, the old CA goes, and the cloud's exec plugin keeps "
               "authenticating.")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::createStatusBar()
{
    m_statusIcon->setObjectName(QStringLiteral("statusIcon"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setAccessibleName(tr("Status"));
    m_statusLabel->setWordWrap(false);
    m_statusUndo->setObjectName(QStringLiteral("statusUndoButton"));
    m_statusUndo->setAccessibleName(tr("Undo the last change"));
    m_statusUndo->setVisible(false);
    connect(m_statusUndo, &QPushButton::clicked, this, &MainWindow::undo);
    statusBar()->addWidget(m_statusIcon);
    statusBar()->addWidget(m_statusLabel, 1);
    statusBar()->addPermanentWidget(m_statusUndo);
}

QString MainWindow::statusText() const
{
    return m_statusLabel->text();
}

// What the running app does when a cloud CLI writes a routed cluster entry again.
void MainWindow::createRouteKeepingMenu(QMenu *parent)
{
    QMenu *menu = parent->addMenu(tr("When a cloud CLI &reverts a route"));
    menu->setObjectName(QStringLiteral("routeKeepingMenu"));
    auto *group = new QActionGroup(menu);
    const QList<QPair<RouteStore::KeepMode, QString>> choices{
        {RouteStore::KeepMode::Reapply, tr("&Apply it again")},
        {RouteStore::KeepMode::Ask, tr("As&k first")},
        {RouteStore::KeepMode::Off, tr("&Do nothing")}};
    const RouteStore::KeepMode current = RouteStore().keepMode();
    for (const auto &[mode, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(mode == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [mode] { RouteStore().setKeepMode(mode); });
    }
}

void MainWindow::showStatus(const QString &text, bool undoable)
{
    m_statusIcon->clear();
    m_statusIcon->setVisible(false);
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(text);
    m_statusUndo->setVisible(undoable && m_kubeconfig->canUndo());
}

void MainWindow::showError(const QString &text)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_statusIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size));
    m_statusIcon->setVisible(true);
    m_statusLabel->setText(text);
    m_statusLabel->setToolTip(text);
    m_statusUndo->setVisible(false);
    qCWarning(lcGui).noquote() << text;
}

void MainWindow::updateUndo()
{
    const bool can = m_kubeconfig->canUndo();
    m_undoAction->setEnabled(can);
    const QString blocked = m_kubeconfig->undoBlockedReason();
    m_undoAction->setToolTip(
        can ? tr("Undo kubetailor's last change of %1 (what other programs wrote since stays)")
                  .arg(m_kubeconfig->undoDescription())
        : blocked.isEmpty() ? tr("Nothing to undo")
                            : blocked);
    if (!can)
        m_statusUndo->setVisible(false);
}

void MainWindow::onSelectionChanged(const QStringList &names)
{
    m_rewrite->setSelectedContexts(names);
    m_forwarderPanel->setContext(names.value(0));
}

void MainWindow::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
    if (!available && !m_trayNoticeShown) {
        m_trayNoticeShown = true;
        showStatus(tr("No system tray was found: closing this window quits kubetailor (and "
                      "stops a running local proxy)."));
    }
}

void MainWindow::openFiles()
{
    const QStringList files = FileDialogSeam::openFileNames(
        this, tr("Open kubeconfig files"), QDir::homePath() + QStringLiteral("/.kube"),
        tr("Kubeconfig files (*.yaml *.yml *.json config*);;All files (*)"));
    if (files.isEmpty())
        return;
    m_kubeconfig->addFiles(files);
    if (m_kubeconfig->reload()) {
        QStringList shown;
        for (const QString &f : files)
            shown.append(KubeconfigService::displayPath(f));
        showStatus(tr("Showing %1 alongside; rewrites change each context in its own file")
                       .arg(shown.join(QStringLiteral(", "))));
    }
}

void MainWindow::chooseImportFiles()
{
    const QStringList files = FileDialogSeam::openFileNames(
        this, tr("Import a kubeconfig"), QDir::homePath(),
        tr("Kubeconfig files (*.yaml *.yml *.json config*);;All files (*)"));
    if (!files.isEmpty())
        importFiles(files);
}

void MainWindow::importFiles(const QStringList &files)
{
    const QString primary = KubeconfigService::displayPath(m_kubeconfig->primaryFile());
    for (const QString &file : files) {
        const QString shown = KubeconfigService::displayPath(file);
        const QMessageBox::StandardButton answer = MessageBoxSeam::question(
            this, tr("Import %1").arg(shown),
            tr("Merge the contexts of %1 into %2?\n\n"
               "Yes: merge (a name that already exists gets a -2 suffix; a backup of %2 is "
               "saved first).\nNo: keep it separate and only show it alongside.")
                .arg(shown, primary),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::No) {
            m_kubeconfig->addFiles({file});
            if (m_kubeconfig->reload())
                showStatus(tr("Showing %1 alongside %2").arg(shown, primary));
            continue;
        }
        const Result<QList<ContextEditor::Rename>> renames = m_kubeconfig->importFile(file);
        if (!renames) {
            showError(tr("Could not import %1: %2").arg(shown, renames.error()));
            return;
        }
        QStringList lines;
        for (const ContextEditor::Rename &rename : renames.value())
            lines.append(
                tr("%1 %2 \u2192 %3")
                    .arg(KubeconfigDocument::bodyKey(rename.section), rename.from, rename.to));
        if (lines.isEmpty()) {
            showStatus(tr("Imported %1 into %2 \u2014 backup saved").arg(shown, primary), true);
        } else {
            showStatus(tr("Imported %1 into %2 with renames: %3 \u2014 backup saved")
                           .arg(shown, primary, lines.join(QStringLiteral("; "))),
                       true);
            MessageBoxSeam::information(
                this, tr("Imported with renames"),
                tr("These names already existed in %1 with other content, so the imported "
                   "entries were renamed:\n\n%2")
                    .arg(primary, lines.join(QLatin1Char('\n'))));
        }
    }
}

QString MainWindow::loadedSummary() const
{
    QStringList shown;
    for (const QString &file : m_kubeconfig->files())
        shown.append(KubeconfigService::displayPath(file));
    const int count = m_kubeconfig->model()->rowCount();
    return (count == 1 ? tr("%1 context from %2") : tr("%1 contexts from %2"))
        .arg(count)
        .arg(shown.join(QStringLiteral(", ")));
}

void MainWindow::updateEmptyState()
{
    QStringList shown;
    bool anyExists = false;
    for (const QString &file : m_kubeconfig->files()) {
        shown.append(KubeconfigService::displayPath(file).toHtmlEscaped());
        anyExists = anyExists || QFileInfo::exists(file);
    }
    const QString where = shown.join(QStringLiteral(", "));
    const QString what =
        anyExists ? tr("<h3>No contexts yet</h3><p>%1 has no contexts. Add a cluster with your "
                       "cloud's CLI:</p>")
                        .arg(where)
                  : tr("<h3>No kubeconfig yet</h3><p>%1 does not exist yet, so kubectl has no "
                       "cluster to reach. Get one from your cloud's CLI:</p>")
                        .arg(where);
    // The commands the cloud CLIs document; CLUSTER and the like are for the user to fill in.
    const QString commands =
        QStringLiteral("<pre>gcloud container clusters get-credentials CLUSTER --region REGION\n"
                       "aws eks update-kubeconfig --name CLUSTER --region REGION\n"
                       "az aks get-credentials --name CLUSTER --resource-group GROUP</pre>");
    const QString import =
        tr("<p>or merge a kubeconfig file with <b>File \u2192 Import kubeconfig...</b> "
           "(Ctrl+I). The list fills in as soon as the file has contexts.</p>");
    m_contexts->setEmptyStateText(what + commands + import);
}

void MainWindow::showFirstLoad()
{
    if (m_firstLoadShown)
        return;
    m_firstLoadShown = true;
    // Start with the current context selected, so both panels have something to show.
    const QString current = m_kubeconfig->currentContext();
    if (!current.isEmpty() && m_contexts->selectedContexts().isEmpty())
        m_contexts->selectContexts({current});
    if (m_statusLabel->text().isEmpty())
        showStatus(loadedSummary());
}

void MainWindow::updateLoadingState()
{
    const bool waiting = m_kubeconfig->isLoading() && !m_kubeconfig->isLoaded();
    QStringList shown;
    for (const QString &file : m_kubeconfig->files())
        shown.append(KubeconfigService::displayPath(file));
    m_contexts->setLoadingText(
        waiting ? tr("Reading %1\u2026").arg(shown.join(QStringLiteral(", "))) : QString());
    m_checkAction->setEnabled(!waiting);
}

void MainWindow::reload()
{
    if (m_kubeconfig->reload())
        showStatus(tr("Reloaded: %1").arg(loadedSummary()));
}

void MainWindow::undo()
{
    const QString what = m_kubeconfig->undoDescription();
    const Result<QStringList> restored = m_kubeconfig->undo();
    if (!restored) {
        showError(tr("Undo failed: %1").arg(restored.error()));
        return;
    }
    showStatus(tr("Restored %1 as it was before kubetailor's last change; what other programs "
                  "wrote since stays")
                   .arg(what));
}

void MainWindow::showOutsideChange(const QString &summary)
{
    // The earlier "Rewrote ..." line no longer tells the truth: say what changed instead,
    // and offer Undo only when it loses nothing.
    const QStringList conflicts = m_kubeconfig->undoConflicts();
    if (!conflicts.isEmpty()) {
        showStatus(tr("%1 \u2014 Undo is off: it would lose the change to %2")
                       .arg(summary, conflicts.join(QStringLiteral(", "))));
    } else {
        showStatus(summary, true);
    }
}

void MainWindow::makeCurrent(const QString &name)
{
    const Status switched = m_kubeconfig->setCurrentContext(name);
    if (!switched)
        showError(tr("Could not switch to %1: %2").arg(name, switched.error()));
    else
        showStatus(tr("Current context is now %1").arg(name), true);
}

DoctorDialog *MainWindow::doctorDialog() const
{
    return m_doctor;
}

void MainWindow::checkConnection()
{
    if (!m_kubeconfig->isLoaded()) {
        showError(tr("Cannot check a connection: %1").arg(m_kubeconfig->loadError()));
        return;
    }
    DoctorOptions options;
    options.context = m_contexts->selectedContexts().value(0); // empty: the current context
    if (!m_doctor) {
        m_doctor = new DoctorDialog(this);
        m_doctor->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_doctor, &DoctorDialog::routeThroughTailnetRequested, this,
                [this](const QString &context) {
                    m_contexts->selectContexts({context});
                    m_tabs->setCurrentIndex(RewriteTab);
                    bringToFront();
                });
    }
    m_doctor->start(*m_kubeconfig->set(), options);
    m_doctor->show();
    m_doctor->raise();
    m_doctor->activateWindow();
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
    qCInfo(lcGui) << "window shown";
}

void MainWindow::quit()
{
    m_quitting = true;
    saveSettings();
    QCoreApplication::quit();
}

void MainWindow::restoreSettings()
{
    const QByteArray geometry = m_settings->windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // Fits a 1366x768 laptop with a panel; larger screens get a little more.
        QSize size(1180, 680);
        if (const QScreen *screen = QGuiApplication::primaryScreen()) {
            const QSize available = screen->availableSize();
            size = size.boundedTo(available - QSize(40, 40));
        }
        resize(size);
    }
    restoreState(m_settings->windowState());
    const QByteArray splitter = m_settings->splitterState();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    else
        m_splitter->setSizes({260, 360});
}

void MainWindow::saveSettings()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    if (m_trayAvailable && !m_quitting) {
        hide();
        event->ignore();
        return;
    }
    event->accept();
    QCoreApplication::quit();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    }
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    // Answer the drop first; the question is asked from the event loop.
    QTimer::singleShot(0, this, [this, files] { importFiles(files); });
}
