#include "GuiLauncher.h"

#include "app/AppIdentity.h"
#include "app/AppLogging.h"
#include "app/AppSettings.h"
#include "app/AppSetup.h"
#include "app/ForwarderController.h"
#include "app/KeychainStore.h"
#include "app/KubeconfigService.h"
#include "app/SingleInstance.h"
#include "app/gui/MainWindow.h"
#include "app/gui/TrayIcon.h"
#include "app/routes/RouteKeeper.h"

#include <QApplication>
#include <QLibrary>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {

// The app runs all day. Each kubeconfig load parses on a thread of its own, and glibc gives
// threads their own malloc arenas: pages a parse freed there stay resident around the few
// live allocations left among them, and malloc_trim cannot give them back. Two arenas
// (the GUI thread's and one shared by the rest) are plenty for this app and keep a
// 2,000-context window at 58 MiB instead of 67 MiB once idle (docs/benchmarks.md). A user's
// own MALLOC_ARENA_MAX or glibc.malloc.arena_max tunable wins.
void limitMallocArenas()
{
#if defined(__GLIBC__)
    const char *tunables = std::getenv("GLIBC_TUNABLES");
    if (std::getenv("MALLOC_ARENA_MAX") ||
        (tunables && std::strstr(tunables, "glibc.malloc.arena_max")))
        return;
    mallopt(M_ARENA_MAX, 2);
#endif
}

// Asks libxcb (which Qt's xcb platform plugin loads anyway) whether $DISPLAY can be
// opened, so a missing X server is one clear line rather than a qFatal abort.
bool canOpenXDisplay(QString *why)
{
    QLibrary xcb(QStringLiteral("xcb"), 1);
    using Connect = void *(*)(const char *, int *);
    using HasError = int (*)(void *);
    using Disconnect = void (*)(void *);
    auto connect = reinterpret_cast<Connect>(xcb.resolve("xcb_connect"));
    auto hasError = reinterpret_cast<HasError>(xcb.resolve("xcb_connection_has_error"));
    auto disconnect = reinterpret_cast<Disconnect>(xcb.resolve("xcb_disconnect"));
    if (!connect || !hasError || !disconnect)
        return true; // cannot tell; let Qt try
    void *connection = connect(nullptr, nullptr);
    const bool ok = connection && hasError(connection) == 0;
    if (connection)
        disconnect(connection);
    if (!ok)
        *why =
            GuiLauncher::tr("cannot open the X display '%1'").arg(qEnvironmentVariable("DISPLAY"));
    return ok;
}

} // namespace

QString GuiLauncher::displayProblem()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    const QString platform = qEnvironmentVariable("QT_QPA_PLATFORM");
    if (!platform.isEmpty() && !platform.startsWith(QLatin1String("xcb")))
        return QString(); // offscreen, wayland, vnc, ...: Qt's business
    if (platform.isEmpty() && !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return QString();
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        return tr("no display found (neither DISPLAY nor WAYLAND_DISPLAY is set)");
    QString why;
    if (!canOpenXDisplay(&why))
        return why;
#endif
    return QString();
}

int GuiLauncher::exec(int argc, char **argv)
{
    const QString problem = displayProblem();
    if (!problem.isEmpty()) {
        std::fprintf(stderr,
                     "kubetailor: %s; the desktop app needs one. The command-line tool works "
                     "without: kubetailor --help\n",
                     problem.toLocal8Bit().constData());
        return 1;
    }

    limitMallocArenas();                          // before any thread starts
    KeychainStore::useJobs(&KeychainJobs::start); // linked in: no module to load
    bool minimized = false;
    for (int i = 1; i < argc; ++i)
        minimized = minimized || std::strcmp(argv[i], "--minimized") == 0;

    QApplication app(argc, argv);
    AppSetup::configureApplication();
    AppSetup::installTranslations(&app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/kubetailor.svg")));
    // Lets Wayland compositors and docks match the window to the installed .desktop file.
    QGuiApplication::setDesktopFileName(AppIdentity::appId());
    // The tray keeps the app alive with the window closed; where there is no tray,
    // MainWindow quits when it closes.
    QApplication::setQuitOnLastWindowClosed(false);

    SingleInstance instance;
    const Result<SingleInstance::Role> role = instance.start();
    if (!role) {
        qCWarning(lcGui).noquote() << role.error();
    } else if (role.value() == SingleInstance::Role::Secondary) {
        qCInfo(lcGui) << "kubetailor is already running; its window was brought to the front";
        return 0;
    }

    AppSettings settings;
    KubeconfigService kubeconfig;
    // Read on a worker thread: the window shows at once, the table fills when it is in.
    kubeconfig.reloadInBackground();
    ForwarderController forwarder(&kubeconfig);
    MainWindow window(&kubeconfig, &forwarder, &settings);
    TrayIcon tray(&kubeconfig, &forwarder, &settings);
    // Only the primary instance keeps routes: two apps must never both write them again.
    RouteKeeper keeper(&kubeconfig, &settings);
    tray.setRouteKeeper(&keeper);
    if (role && role.value() == SingleInstance::Role::Primary)
        keeper.start();
    const bool trayAvailable = TrayIcon::isSystemTrayAvailable();
    window.setTrayAvailable(trayAvailable);
    if (trayAvailable)
        tray.show();

    QObject::connect(&instance, &SingleInstance::activationRequested, &window,
                     &MainWindow::bringToFront);
    QObject::connect(&tray, &TrayIcon::showWindowRequested, &window, &MainWindow::bringToFront);
    QObject::connect(&tray, &TrayIcon::quitRequested, &window, &MainWindow::quit);
    QObject::connect(&tray, &TrayIcon::statusMessage, &window, &MainWindow::showStatus);
    QObject::connect(&tray, &TrayIcon::errorMessage, &window, &MainWindow::showError);

    minimized = minimized || settings.startMinimized();
    if (!minimized || !trayAvailable)
        window.show();
    qCInfo(lcGui) << "started" << (window.isVisible() ? "with the window shown" : "in the tray")
                  << (trayAvailable ? "(tray available)" : "(no system tray)");
    const int rc = app.exec();
    forwarder.stop();
    return rc;
}
