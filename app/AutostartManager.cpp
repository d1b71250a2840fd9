#include "AutostartManager.h"

#include "app/AppIdentity.h"
#include "app/AppLogging.h"
#include "app/autostart/AutostartBackend.h"
#include "app/autostart/LaunchAgentAutostart.h"
#include "app/autostart/RegistryAutostart.h"
#include "app/autostart/XdgAutostart.h"

#include <QFileInfo>

namespace {

std::unique_ptr<AutostartBackend> platformBackend()
{
#if defined(Q_OS_MACOS)
    return std::make_unique<LaunchAgentAutostart>();
#elif defined(Q_OS_WIN)
    return std::make_unique<RegistryAutostart>();
#elif defined(Q_OS_UNIX)
    return std::make_unique<XdgAutostart>();
#else
    return nullptr;
#endif
}

} // namespace

AutostartManager::AutostartManager()
    : AutostartManager(platformBackend(), currentProgram())
{}

AutostartManager::AutostartManager(std::unique_ptr<AutostartBackend> backend,
                                   const QString &program)
    : m_backend(std::move(backend))
    , m_program(program)
{}

AutostartManager::~AutostartManager() = default;

bool AutostartManager::isSupported() const
{
    return m_backend && !m_program.isEmpty();
}

bool AutostartManager::isEnabled() const
{
    return m_backend && m_backend->isEnabled();
}

Status AutostartManager::setEnabled(bool enabled)
{
    if (!isSupported())
        return Status::failure(tr("starting at login is not supported on this system"));
    const Status ok = enabled ? m_backend->enable(m_program, {AppIdentity::minimizedArgument()})
                              : m_backend->disable();
    if (ok)
        qCInfo(lcApp) << (enabled ? "start at login enabled:" : "start at login disabled:")
                      << m_backend->location();
    return ok;
}

QString AutostartManager::location() const
{
    return m_backend ? m_backend->location() : QString();
}

QString AutostartManager::currentProgram()
{
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty() && QFileInfo(appImage).isExecutable())
        return QFileInfo(appImage).absoluteFilePath();
    return QCoreApplication::applicationFilePath();
}
