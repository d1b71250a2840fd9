#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class AppSettings;
class ForwarderController;
class KubeconfigService;
class QAction;
class QMenu;
class QSystemTrayIcon;
class RouteKeeper;

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
    // How many notifications were asked for since the start.
    int messageCount() const { return m_messageCount; }
    // Whether clicking the last notification does something (undo, apply, route).
    bool lastMessageHasAction() const { return bool(m_messageAction); }

    // Notifications for the routes the keeper keeps: applied again (click: undo), a
    // question (click: apply again, or open the window), a new context (click: route it).
    void setRouteKeeper(RouteKeeper *keeper);

signals:
    void showWindowRequested();
    void quitRequested();
    // Something happened the window's status bar should say too.
    void statusMessage(const QString &text, bool undoable);
    void errorMessage(const QString &text);

private:
    // A balloon marked as an error, and the same text for the window's status bar.
    void reportError(const QString &text);
    void rebuildMenu();
    void updateState();
    void switchContext(const QString &name);
    void toggleForwarder();
    void showActionMessage(const QString &text, std::function<void()> action);
    bool undoFromMessage();
    void routeFromMessage(const QString &context, const QString &fqdn);

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
    int m_messageCount = 0;
    RouteKeeper *m_routeKeeper = nullptr;
    std::function<void()> m_messageAction; // what a click on the last notification does
};
