#include "RegistryAutostart.h"

#include "app/AppIdentity.h"

#include <QDir>

RegistryAutostart::RegistryAutostart(const QString &key, QSettings::Format format)
    : m_key(key)
    , m_format(format)
{}

QString RegistryAutostart::location() const
{
    return m_key + QLatin1Char('\\') + AppIdentity::executableName();
}

bool RegistryAutostart::isEnabled() const
{
    const QSettings run(m_key, m_format);
    return !run.value(AppIdentity::executableName()).toString().isEmpty();
}

QString RegistryAutostart::commandLine(const QString &program, const QStringList &arguments)
{
    // CommandLineToArgvW rules: quote what has spaces, double a quote inside quotes.
    auto quote = [](const QString &argument) -> QString {
        if (!argument.isEmpty() && !argument.contains(QLatin1Char(' ')) &&
            !argument.contains(QLatin1Char('"')) && !argument.contains(QLatin1Char('\t')))
            return argument;
        QString escaped = argument;
        escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + escaped + QLatin1Char('"');
    };
    QStringList parts{QLatin1Char('"') + QDir::toNativeSeparators(program) + QLatin1Char('"')};
    for (const QString &argument : arguments)
        parts << quote(argument);
    return parts.join(QLatin1Char(' '));
}

Status RegistryAutostart::enable(const QString &program, const QStringList &arguments)
{
    QSettings run(m_key, m_format);
    run.setValue(AppIdentity::executableName(), commandLine(program, arguments));
    run.sync();
    if (run.status() != QSettings::NoError)
        return Status::failure(
            tr("cannot write the registry value %1; check the permissions of that key")
                .arg(location()));
    return Status::success();
}

Status RegistryAutostart::disable()
{
    QSettings run(m_key, m_format);
    run.remove(AppIdentity::executableName());
    run.sync();
    if (run.status() != QSettings::NoError)
        return Status::failure(
            tr("cannot remove the registry value %1; check the permissions of that key")
                .arg(location()));
    return Status::success();
}
