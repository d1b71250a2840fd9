#pragma once

#include <QString>

// The names the desktop knows kubetailor by. The same id names the installed .desktop
// file, the AppStream metainfo and the hicolor icons (resources/CMakeLists.txt,
// KUBETAILOR_APP_ID); the package test checks that they agree.
namespace AppIdentity {

// Reverse-DNS application id (organization domain kubetailor.dev).
inline QString appId()
{
    return QStringLiteral("dev.kubetailor.Kubetailor");
}

inline QString desktopFileName()
{
    return appId() + QStringLiteral(".desktop");
}

inline QString executableName()
{
    return QStringLiteral("kubetailor");
}

// What a login start runs: the app in the tray, window hidden.
inline QString minimizedArgument()
{
    return QStringLiteral("--minimized");
}

} // namespace AppIdentity
