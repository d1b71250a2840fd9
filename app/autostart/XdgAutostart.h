#pragma once

#include "app/autostart/AutostartBackend.h"

#include <QCoreApplication>

// Linux and the BSDs: $XDG_CONFIG_HOME/autostart/<app id>.desktop (XDG Autostart
// Specification), which GNOME, KDE, Xfce, Cinnamon, MATE and LXQt all read.
class XdgAutostart : public AutostartBackend
{
    Q_DECLARE_TR_FUNCTIONS(XdgAutostart)

public:
    // `autostartDir` empty: $XDG_CONFIG_HOME/autostart (~/.config/autostart).
    explicit XdgAutostart(const QString &autostartDir = QString());

    QString location() const override;
    bool isEnabled() const override;
    Status enable(const QString &program, const QStringList &arguments) override;
    Status disable() override;

    // The whole .desktop file for `program arguments`.
    static QString desktopEntry(const QString &program, const QStringList &arguments);
    // One Exec= argument quoted as the Desktop Entry Specification requires.
    static QString quoteExecArgument(const QString &argument);
    // Seconds the session waits before starting us, so the tray host (panel) is up.
    static constexpr int startDelaySeconds = 5;

private:
    QString m_dir;
};
