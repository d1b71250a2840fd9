#pragma once

// The stand-in `tailscale` (tests/support/fake-tailscale) put where kubetailor looks for the
// real one: linked as `tailscale` into a folder that goes first on PATH, answering
// `status --json` with a recorded document from tests/fixtures/tailscale.
#include <QFile>
#include <QString>
#include <QtGlobal>

namespace FakeTailscale {

inline QString statusFixture(const QString &name)
{
    return QStringLiteral(KUBETAILOR_FIXTURES_DIR "/tailscale/") + name;
}

// Links the stand-in into `binDir` as `tailscale`.
inline bool linkInto(const QString &binDir)
{
    return QFile::link(QStringLiteral(KUBETAILOR_SUPPORT_DIR "/fake-tailscale"),
                       binDir + QStringLiteral("/tailscale"));
}

// `binDir` first on PATH, for kubetailor running in this process (the window under test).
inline QString pathWith(const QString &binDir)
{
    return binDir + QLatin1Char(':') + qEnvironmentVariable("PATH");
}

// The stand-in for this process: linked into `binDir`, which goes first on this process's
// PATH, answering with the fixture `statusName`.
inline bool useInThisProcess(const QString &binDir, const QString &statusName)
{
    if (!linkInto(binDir))
        return false;
    qputenv("PATH", pathWith(binDir).toUtf8());
    qputenv("FAKE_TAILSCALE_STATUS", statusFixture(statusName).toUtf8());
    return true;
}

} // namespace FakeTailscale
