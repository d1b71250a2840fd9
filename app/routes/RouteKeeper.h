#pragma once

#include "app/routes/RouteStore.h"
#include "kubeconfig/Result.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QStringList>

class AppSettings;
class KubeconfigService;

// Keeps the remembered routes in effect while the desktop app runs. Only the single
// instance's primary runs one (SingleInstance), so two apps never both write. When another
// program changes the kubeconfig files (KubeconfigService::changedOnDisk: the watcher
// follows every file of the list, files that appear later and atomic replaces):
// - a routed cluster put back to the server its route replaced (or its CA data added back),
//   as `gcloud ... get-credentials`, `aws eks update-kubeconfig` and `az aks get-credentials`
//   do, gets its route applied again through the same safe write (lock, backup,
//   changed-on-disk check) -- or, with the "ask" setting, the user is asked;
// - a routed server changed to something else (the user's edit, a new endpoint) is left
//   alone and the user is asked;
// - a new context a cloud CLI added that can go through a proxy is offered a route.
class RouteKeeper : public QObject
{
    Q_OBJECT

public:
    RouteKeeper(KubeconfigService *kubeconfig, AppSettings *settings, QObject *parent = nullptr);

    // Starts watching (the primary instance) and applies again the routes reverted while
    // the app was not running; contexts present now are not "new".
    void start();
    bool isActive() const { return m_active; }

    // Whether a change of `context` is this keeper's to report (the tray then says nothing
    // of its own about it).
    bool keeps(const QString &context) const;

    // The proxy to offer for a context: the one last used for its cluster, else the
    // default operator name from the settings (the last one rewritten with). Empty when
    // there is none.
    QString suggestedProxy(const QString &context) const;

    // Applies the routes of `contexts` again (the "ask" answer).
    Status applyAgain(const QStringList &contexts);
    // The user undid the routes of `contexts` applied again: leave them as the other program
    // wrote them until they are in effect again (routed anew, or applied by `routes apply`).
    void holdOff(const QStringList &contexts);
    // Routes a new context through `fqdn`, in place, and remembers the route.
    Status route(const QString &context, const QString &fqdn);

signals:
    // A route was applied again; the write can be undone (KubeconfigService::undo).
    void reapplied(const QStringList &contexts, const QString &message);
    // Something the user decides: reverted routes in "ask" mode, or a server changed by
    // hand. `canApply`: applyAgain(contexts) is a possible answer.
    void attentionNeeded(const QStringList &contexts, const QString &message, bool canApply);
    // A cloud CLI added `context`; one click routes it through `fqdn`.
    void routeOffered(const QString &context, const QString &fqdn, const QString &message);
    void failed(const QString &message);

private:
    void onFirstLoad();
    void onChangedOnDisk();
    void keepRoutes();
    void offerNewContexts();
    bool canGoThroughProxy(const QString &context) const;

    KubeconfigService *m_kubeconfig;
    AppSettings *m_settings;
    RouteStore m_store;
    bool m_active = false;
    QSet<QString> m_known; // contexts seen, so only new ones are offered
    QSet<QString> m_asked; // "context server" already asked about, asked once
    QSet<QString> m_held;  // contexts whose re-applied route the user undid
};
