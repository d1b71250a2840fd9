#pragma once

#include "kubeconfig/Result.h"

#include <QString>
#include <QStringList>

// One platform's way to start a program at login: an XDG autostart entry, a launchd
// LaunchAgent, or the Windows Run registry value. AutostartManager picks one.
class AutostartBackend
{
public:
    virtual ~AutostartBackend() = default;

    // Where the entry lives, for the settings' tooltip (a file path or a registry key).
    virtual QString location() const = 0;
    // Reads the disk (or registry) every time: the user may have changed it elsewhere.
    virtual bool isEnabled() const = 0;
    virtual Status enable(const QString &program, const QStringList &arguments) = 0;
    // Succeeds when there is nothing to remove.
    virtual Status disable() = 0;
};
