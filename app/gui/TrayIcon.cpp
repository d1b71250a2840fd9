#include "TrayIcon.h"

#include "app/AppLogging.h"
#include "app/AppSettings.h"
#include "app/ContextsModel.h"
#include "app/ForwarderController.h"
#include "app/KubeconfigService.h"
#include "app/routes/RouteKeeper.h"
#include "kubeconfig/tailnet/ProxyServerUrl.h"

#include <QActionGroup>
#include <QHash>
#include <QIcon>
#include <QMenu>
#include <QPointer>
#include <QSystemTrayIcon>

#include <utility>

namespace {
constexpr int MaxInlineContexts = 15;
}

TrayIcon::TrayIcon(KubeconfigService *kubeconfig, ForwarderController *forwarder,
                   AppSettings *settings, QObject *parent)
    : QObject(parent)
    , m_kubeconfig(kubeconfig)
    , m_forwarder(forwarder)
    , m_settings(settings)
    , m_menu(std::make_unique<QMenu>())
    , m_tray(new QSystemTrayIcon(this))
{
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit showWindowRequested();
            });
    // The menu is rebuilt from the event loop, never while one of its actions is emitting.
    m_rebuild.setSingleShot(true);
    m_rebuild.setInterval(0);
    connect(&m_rebuild, &QTimer::timeout, this, &TrayIcon::rebuildMenu);
    connect(m_kubeconfig, &KubeconfigService::reloaded, this, [this] {
        m_lastError.clear();
        m_rebuild.start();
        updateState();
    });
    connect(m_kubeconfig, &KubeconfigService::loadingChanged, this, [this] {
        if (!m_kubeconfig->isLoaded())
            m_rebuild.start();
    });
    connect(m_kubeconfig, &KubeconfigService::loadFailed, this, [this](const QString &error) {
        m_lastError = error;
        m_rebuild.start();
        updateState();
    });
    connect(m_kubeconfig, &KubeconfigService::changedOnDisk, this,
            [this](const QString &, const QStringList &wentDirect) {
                for (const QString &context : wentDirect) {
                    if (m_routeKeeper && m_routeKeeper->keeps(context))
                        continue; // the keeper says what it did about it
                    showMessage(tr("kubetailor"), KubeconfigService::wentDirectMessage(context));
                }
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (const std::function<void()> action = std::exchange(m_messageAction, {}))
            action();
    });
    connect(m_forwarder, &ForwarderController::stateChanged, this, [this] {
        m_rebuild.start();
        updateState();
    });
    rebuildMenu();
    updateState();
}

TrayIcon::~TrayIcon() = default;

bool TrayIcon::isSystemTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayIcon::show()
{
    m_tray->show();
}

QString TrayIcon::iconPath(State state)
{
    switch (state) {
    case State::Running:
        return QStringLiteral(":/icons/tray-running.svg");
    case State::Error:
        return QStringLiteral(":/icons/tray-error.svg");
    case State::Idle:
        break;
    }
    return QStringLiteral(":/icons/tray-idle.svg");
}

QString TrayIcon::stateText() const
{
    QStringList lines{tr("kubetailor")};
    const QString current = m_kubeconfig->currentContext();
    lines.append(current.isEmpty() ? tr("No current context") : tr("Current: %1").arg(current));
    if (m_forwarder->isRunning())
        lines.append(
            tr("Local proxy for %1 on %2").arg(m_forwarder->context(), m_forwarder->localUrl()));
    if (!m_lastError.isEmpty())
        lines.append(m_lastError);
    else if (!m_forwarder->lastError().isEmpty())
        lines.append(m_forwarder->lastError());
    return lines.join(QLatin1Char('\n'));
}

void TrayIcon::updateState()
{
    State state = State::Idle;
    if (!m_lastError.isEmpty() || !m_forwarder->lastError().isEmpty() ||
        m_forwarder->state() == ForwarderService::State::Failed)
        state = State::Error;
    else if (m_forwarder->isRunning())
        state = State::Running;
    m_state = state;
    m_tray->setIcon(QIcon(iconPath(state)));
    m_tray->setToolTip(stateText());
}

QAction *TrayIcon::contextAction(const QString &name) const
{
    const QList<QAction *> actions = m_menu->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->property("context").toString() == name)
            return action;
    }
    return nullptr;
}

void TrayIcon::rebuildMenu()
{
    m_menu->clear(); // deletes the actions the menu owns
    const QList<QActionGroup *> groups = m_menu->findChildren<QActionGroup *>();
    qDeleteAll(groups);
    const QList<QMenu *> submenus = m_menu->findChildren<QMenu *>();
    qDeleteAll(submenus);

    QAction *open = m_menu->addAction(tr("&Open kubetailor"));
    open->setObjectName(QStringLiteral("trayOpenAction"));
    QFont bold = open->font();
    bold.setBold(true);
    open->setFont(bold);
    connect(open, &QAction::triggered, this, &TrayIcon::showWindowRequested);

    m_menu->addSection(tr("Contexts"));
    const QList<ContextInfo> &contexts = m_kubeconfig->contexts();
    if (contexts.isEmpty()) {
        QAction *none =
            m_menu->addAction(m_kubeconfig->isLoaded()    ? tr("No contexts in the kubeconfig")
                              : m_kubeconfig->isLoading() ? tr("Reading the kubeconfig\u2026")
                                                          : tr("The kubeconfig could not be read"));
        none->setEnabled(false);
    }
    auto *group = new QActionGroup(m_menu.get());
    group->setExclusive(true);
    QMenu *more = nullptr;
    QHash<QString, QIcon> icons;
    int index = 0;
    for (const ContextInfo &context : contexts) {
        QMenu *target = m_menu.get();
        if (index++ >= MaxInlineContexts) {
            if (!more)
                more = m_menu->addMenu(tr("&More contexts"));
            target = more;
        }
        auto *action = new QAction(context.name, target);
        action->setCheckable(true);
        action->setChecked(context.isCurrent);
        action->setProperty("context", context.name);
        // One icon a provider, shared by its actions: an icon made from a file for each of
        // 2,000 actions held 2,000 copies of the SVG.
        const QString iconPath = ContextsModel::providerIconPath(context.provider);
        auto icon = icons.constFind(iconPath);
        if (icon == icons.cend())
            icon = icons.insert(iconPath, QIcon(iconPath));
        action->setIcon(*icon);
        action->setToolTip(context.server);
        group->addAction(action);
        target->addAction(action);
        const QString name = context.name;
        connect(action, &QAction::triggered, this, [this, name] { switchContext(name); });
    }

    m_menu->addSeparator();
    const QString current = m_kubeconfig->currentContext();
    if (m_forwarder->isBusy()) {
        m_forwarderAction = m_menu->addAction(
            m_forwarder->busy() == ForwarderController::Busy::Starting
                ? tr("Local proxy for %1 is starting\u2026").arg(m_forwarder->pendingContext())
                : tr("Local proxy is stopping\u2026"));
        m_forwarderAction->setEnabled(false);
    } else if (m_forwarder->isRunning()) {
        m_forwarderAction = m_menu->addAction(tr("&Stop local proxy (%1, port %2)")
                                                  .arg(m_forwarder->context())
                                                  .arg(m_forwarder->port()));
    } else {
        m_forwarderAction =
            m_menu->addAction(current.isEmpty() ? tr("&Start local proxy (no current context)")
                                                : tr("&Start local proxy for %1").arg(current));
        m_forwarderAction->setEnabled(!current.isEmpty());
    }
    m_forwarderAction->setObjectName(QStringLiteral("trayForwarderAction"));
    connect(m_forwarderAction, &QAction::triggered, this, &TrayIcon::toggleForwarder);

    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quit, &QAction::triggered, this, &TrayIcon::quitRequested);
}

void TrayIcon::switchContext(const QString &name)
{
    const Status switched = m_kubeconfig->setCurrentContext(name);
    if (!switched) {
        m_lastError = tr("Could not switch to %1: %2").arg(name, switched.error());
        m_rebuild.start(); // puts the check mark back on the context that is still current
        updateState();
        showMessage(tr("kubetailor"), m_lastError, true);
        emit errorMessage(m_lastError);
        return;
    }
    qCInfo(lcGui) << "current context is now" << name;
    emit statusMessage(
        tr("Current context is now %1 (in %2)")
            .arg(name, KubeconfigService::displayPath(m_kubeconfig->currentContextFile())),
        true);
}

void TrayIcon::toggleForwarder()
{
    if (m_forwarder->isBusy())
        return; // the menu entry says it is starting or stopping
    const QPointer<TrayIcon> self(this);
    if (m_forwarder->isRunning()) {
        m_forwarder->stop([self](const Status &status) {
            if (!self)
                return;
            if (!status)
                self->reportError(tr("Local proxy stopped, but: %1").arg(status.error()));
            else
                emit self->statusMessage(tr("Local proxy stopped"), false);
        });
        return;
    }
    const QString current = m_kubeconfig->currentContext();
    const auto mode = m_settings->forwarderMode() == AppSettings::ForwarderMode::Passthrough
                          ? ForwarderConfig::Mode::Passthrough
                          : ForwarderConfig::Mode::Http;
    // A large kubeconfig is read and written in the background: the message comes then.
    m_forwarder->start(
        current, quint16(m_settings->forwarderPort()), mode, [self, current](const Status &status) {
            if (!self)
                return;
            if (!status) {
                self->reportError(tr("The local proxy did not start: %1").arg(status.error()));
                return;
            }
            const QString text = tr("Local proxy for %1 listens on %2; use: %3")
                                     .arg(current, self->m_forwarder->localUrl(),
                                          self->m_forwarder->kubectlCommand());
            self->showMessage(tr("kubetailor"), text);
            emit self->statusMessage(text, false);
        });
}

void TrayIcon::reportError(const QString &text)
{
    showMessage(tr("kubetailor"), text, true);
    emit errorMessage(text);
}

void TrayIcon::showMessage(const QString &title, const QString &text, bool error)
{
    m_lastMessage = text;
    m_messageAction = {};
    ++m_messageCount;
    if (m_tray->isVisible())
        m_tray->showMessage(title, text,
                            error ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
}

void TrayIcon::showActionMessage(const QString &text, std::function<void()> action)
{
    showMessage(tr("kubetailor"), text);
    m_messageAction = std::move(action);
}

void TrayIcon::setRouteKeeper(RouteKeeper *keeper)
{
    m_routeKeeper = keeper;
    connect(keeper, &RouteKeeper::reapplied, this,
            [this](const QStringList &contexts, const QString &message) {
                showActionMessage(message + QLatin1Char(' ') + tr("Click to undo."),
                                  [this, contexts] {
                                      if (undoFromMessage())
                                          m_routeKeeper->holdOff(contexts);
                                  });
                emit statusMessage(message, true);
            });
    connect(keeper, &RouteKeeper::attentionNeeded, this,
            [this](const QStringList &contexts, const QString &message, bool canApply) {
                if (canApply) {
                    showActionMessage(message + QLatin1Char(' ') + tr("Click to apply it again."),
                                      [this, contexts] {
                                          const Status applied =
                                              m_routeKeeper->applyAgain(contexts);
                                          if (!applied) {
                                              showMessage(tr("kubetailor"), applied.error(), true);
                                              emit errorMessage(applied.error());
                                          }
                                      });
                } else {
                    showActionMessage(message, [this] { emit showWindowRequested(); });
                }
                emit statusMessage(message, false);
            });
    connect(keeper, &RouteKeeper::routeOffered, this,
            [this](const QString &context, const QString &fqdn, const QString &message) {
                showActionMessage(message, [this, context, fqdn] {
                    if (fqdn.isEmpty())
                        emit showWindowRequested();
                    else
                        routeFromMessage(context, fqdn);
                });
                emit statusMessage(message, false);
            });
    connect(keeper, &RouteKeeper::failed, this, [this](const QString &message) {
        showMessage(tr("kubetailor"), message, true);
        emit errorMessage(message);
    });
}

bool TrayIcon::undoFromMessage()
{
    const Result<QStringList> undone = m_kubeconfig->undo();
    if (!undone) {
        showMessage(tr("kubetailor"), undone.error(), true);
        emit errorMessage(undone.error());
        return false;
    }
    const QString text = tr("Undone: %1 is as the other program wrote it.")
                             .arg(undone.value().join(QStringLiteral(", ")));
    showMessage(tr("kubetailor"), text);
    emit statusMessage(text, false);
    return true;
}

void TrayIcon::routeFromMessage(const QString &context, const QString &fqdn)
{
    const Status routed = m_routeKeeper->route(context, fqdn);
    if (!routed) {
        showMessage(tr("kubetailor"), routed.error(), true);
        emit errorMessage(routed.error());
        return;
    }
    const QString text =
        tr("%1 now goes through %2. Click to undo.").arg(context, ProxyServerUrl::forHost(fqdn));
    showActionMessage(text, [this] { undoFromMessage(); });
    emit statusMessage(text, true);
}
