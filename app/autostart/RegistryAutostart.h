#pragma once

#include "app/autostart/AutostartBackend.h"

#include <QCoreApplication>
#include <QSettings>

// Windows: a value named "kubetailor" under
// HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run holding the quoted command
// line. Written through QSettings, so the logic compiles and is tested on every platform
// (with an INI file standing in for the registry key).
class RegistryAutostart : public AutostartBackend
{
    Q_DECLARE_TR_FUNCTIONS(RegistryAutostart)

public:
    static QString runKey()
    {
        return QStringLiteral(
            "HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
    }

    explicit RegistryAutostart(const QString &key = runKey(),
                               QSettings::Format format = QSettings::NativeFormat);

    QString location() const override;
    bool isEnabled() const override;
    Status enable(const QString &program, const QStringList &arguments) override;
    Status disable() override;

    // "C:\Program Files\kubetailor\kubetailor.exe" --minimized
    static QString commandLine(const QString &program, const QStringList &arguments);

private:
    QString m_key;
    QSettings::Format m_format;
};
