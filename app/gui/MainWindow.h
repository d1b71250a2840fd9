#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QStringList>

class AppSettings;
class ContextsPanel;
class DoctorDialog;
class ForwarderController;
class ForwarderPanel;
class KubeconfigService;
class OperatorSetupPage;
class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QSplitter;
class QTabWidget;
class RewritePanel;

// The main window: the contexts of the loaded kubeconfigs (filterable table) above two
// panels, "Route through tailnet" (rewrite with preview, Apply, Undo) and "Local proxy"
// (the embedded forwarder), plus "Operator setup" and Tools > Check connection. The status bar says
// what happened and offers Undo. Closing the window keeps the app in the tray where there is one,
// and quits where there is none.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(KubeconfigService *kubeconfig, ForwarderController *forwarder, AppSettings *settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // Where no tray exists, closing the window quits and the status bar says so.
    void setTrayAvailable(bool available);
    bool trayAvailable() const { return m_trayAvailable; }

    ContextsPanel *contextsPanel() const { return m_contexts; }
    RewritePanel *rewritePanel() const { return m_rewrite; }
    ForwarderPanel *forwarderPanel() const { return m_forwarderPanel; }
    DoctorDialog *doctorDialog() const;
    QTabWidget *tabs() const { return m_tabs; }
    QString statusText() const;

    // Files dropped on the window or chosen in File > Import: each is merged into the first
    // kubeconfig (clashing names renamed) or loaded alongside, as the user answers.
    void importFiles(const QStringList &files);

public slots:
    void showStatus(const QString &text, bool undoable = false);
    void showError(const QString &text);
    void openFiles();
    void chooseImportFiles();
    void reload();
    void undo();
    // Opens "Check connection" (the doctor) for the first selected context.
    void checkConnection();
    void bringToFront();
    // Leaves for good (the tray's Quit): no "still in the tray" on the way out.
    void quit();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    enum Tab { RewriteTab = 0, ForwarderTab = 1, OperatorTab = 2 };

    void createMenus();
    void createRouteKeepingMenu(QMenu *parent);
    void createStatusBar();
    void restoreSettings();
    void saveSettings();
    void onSelectionChanged(const QStringList &names);
    void updateUndo();
    void showOutsideChange(const QString &summary);
    void makeCurrent(const QString &name);
    QString loadedSummary() const;
    // The contexts panel's empty state: the kubeconfig does not exist yet, or has no contexts.
    void updateEmptyState();
    // "Reading ~/.kube/config..." in the table's place, and what needs the contexts off,
    // until the first load is in.
    void updateLoadingState();
    // After the first load: the current context selected, "N contexts from ..." said.
    void showFirstLoad();

    KubeconfigService *m_kubeconfig;
    ForwarderController *m_forwarder;
    AppSettings *m_settings;

    ContextsPanel *m_contexts;
    QTabWidget *m_tabs;
    RewritePanel *m_rewrite;
    ForwarderPanel *m_forwarderPanel;
    OperatorSetupPage *m_operatorPage;
    QPointer<DoctorDialog> m_doctor;
    QSplitter *m_splitter;

    QLabel *m_statusIcon;
    QLabel *m_statusLabel;
    QPushButton *m_statusUndo;
    QAction *m_undoAction = nullptr;
    QAction *m_checkAction = nullptr;

    bool m_trayAvailable = false;
    bool m_quitting = false;
    bool m_trayNoticeShown = false;
    bool m_firstLoadShown = false;
};
