#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class AppSettings;
class ForwarderController;
class KubeconfigService;
class QAction;
class QMenu;
class QSystemTrayIcon;

// The tray icon: idle, forwarder running or error at a glance; its menu lists the contexts
// (the current one checked; choosing another switches current-context on disk), starts or
// stops the local proxy for the current context, opens the window and quits.
class TrayIcon : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Error };

    TrayIcon(KubeconfigService *kubeconfig, ForwarderController *forwarder, AppSettings *settings,
             QObject *parent = nullptr);
    ~TrayIcon() override;

    // Whether the desktop has a tray to show the icon in.
    static bool isSystemTrayAvailable();
    void show();

    State state() const { return m_state; }
    QString stateText() const;
    static QString iconPath(State state);
    QMenu *menu() const { return m_menu.get(); }
    QSystemTrayIcon *systemTrayIcon() const { return m_tray; }

    // The menu action of a context; nullptr when not listed.
    QAction *contextAction(const QString &name) const;
    QAction *forwarderAction() const { return m_forwarderAction; }

    void showMessage(const QString &title, const QString &text, bool error = false);
    // The last notification asked for (shown only while the tray icon is visible).
    QString lastMessage() const { return m_lastMessage; }

signals:
    void showWindowRequested();
    void quitRequested();
    // Something happened the window's status bar should say too.
    void statusMessage(const QString &text, bool undoable);
    void errorMessage(const QString &text);

private:
    void rebuildMenu();
    void updateState();
    void switchContext(const QString &name);
    void toggleForwarder();

    KubeconfigService *m_kubeconfig;
    ForwarderController *m_forwarder;
    AppSettings *m_settings;
    std::unique_ptr<QMenu> m_menu; // a top-level menu has no parent widget to own it
    QSystemTrayIcon *m_tray;
    QAction *m_forwarderAction = nullptr;
    QTimer m_rebuild;
    State m_state = State::Idle;
    QString m_lastError;
    QString m_lastMessage;
};
