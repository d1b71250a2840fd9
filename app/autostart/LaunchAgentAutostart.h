#pragma once

#include "app/autostart/AutostartBackend.h"

#include <QCoreApplication>

// macOS: ~/Library/LaunchAgents/<app id>.plist, which launchd runs at login (RunAtLoad).
// Plain Qt code, so it is compiled and tested on every platform.
class LaunchAgentAutostart : public AutostartBackend
{
    Q_DECLARE_TR_FUNCTIONS(LaunchAgentAutostart)

public:
    // `launchAgentsDir` empty: ~/Library/LaunchAgents.
    explicit LaunchAgentAutostart(const QString &launchAgentsDir = QString());

    QString location() const override;
    bool isEnabled() const override;
    Status enable(const QString &program, const QStringList &arguments) override;
    Status disable() override;

    static QString propertyList(const QString &program, const QStringList &arguments);

private:
    QString m_dir;
};
