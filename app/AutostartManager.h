#pragma once

#include "kubeconfig/Result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class AutostartBackend;

// "Start kubetailor at login" behind one interface: an XDG autostart entry on Linux, a
// LaunchAgent on macOS, the HKCU Run value on Windows. What it starts is this executable
// with --minimized, so the app comes up in the tray.
//
// For the settings' checkbox:
//     AutostartManager autostart;
//     box->setEnabled(autostart.isSupported());
//     box->setChecked(autostart.isEnabled());
//     box->setToolTip(autostart.location());
//     if (const Status set = autostart.setEnabled(box->isChecked()); !set) show(set.error());
// The state lives on disk (or in the registry), not in QSettings: read isEnabled() when the
// settings open, since the user may have changed it in the desktop's own settings.
class AutostartManager
{
    Q_DECLARE_TR_FUNCTIONS(AutostartManager)

public:
    // The current platform's mechanism, starting the running executable.
    AutostartManager();
    // A given mechanism and program (tests; a packaged build with a fixed path).
    AutostartManager(std::unique_ptr<AutostartBackend> backend, const QString &program);
    ~AutostartManager();

    AutostartManager(const AutostartManager &) = delete;
    AutostartManager &operator=(const AutostartManager &) = delete;

    // False on a platform without a mechanism here; the checkbox is then disabled.
    bool isSupported() const;
    bool isEnabled() const;
    // Writes or removes the entry. The failure says what and where.
    Status setEnabled(bool enabled);
    // Where the entry lives: a file path or a registry key.
    QString location() const;
    // The executable the entry starts.
    QString program() const { return m_program; }

    // The executable a login start should run: the AppImage file when running from one
    // (its mount point changes every start), else this process's executable.
    static QString currentProgram();

private:
    std::unique_ptr<AutostartBackend> m_backend;
    QString m_program;
};
