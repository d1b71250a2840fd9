#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// Takes the test's private network namespace offline (run-test.sh --netns, root): loopback
// down and its addresses flushed, so the namespace has no interface up and no route at all,
// as a machine without any network: connect() fails at once with "Network is unreachable",
// DNS servers cannot be reached. Only inside KUBETAILOR_TEST_NETNS=1; restores loopback (and
// 127.0.0.1, ::1) when it goes out of scope, so later test functions have it again.
class OfflineNetwork
{
public:
    OfflineNetwork() = default;
    OfflineNetwork(const OfflineNetwork &) = delete;
    OfflineNetwork &operator=(const OfflineNetwork &) = delete;
    ~OfflineNetwork()
    {
        if (!m_down)
            return;
        ip({QStringLiteral("addr"), QStringLiteral("add"), QStringLiteral("127.0.0.1/8"),
            QStringLiteral("dev"), QStringLiteral("lo")});
        ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
            QStringLiteral("up")});
    }

    // False with `error` set outside a private namespace or when `ip` failed.
    bool takeDown(QString *error)
    {
        if (qEnvironmentVariable("KUBETAILOR_TEST_NETNS") != QLatin1String("1")) {
            *error =
                QStringLiteral("needs a private network namespace (run-test.sh --netns, root)");
            return false;
        }
        m_down = true;
        if (!ip({QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                 QStringLiteral("down")}) ||
            !ip({QStringLiteral("addr"), QStringLiteral("flush"), QStringLiteral("dev"),
                 QStringLiteral("lo")})) {
            *error = QStringLiteral("'ip' could not take loopback down");
            return false;
        }
        return true;
    }

private:
    static bool ip(const QStringList &arguments)
    {
        return QProcess::execute(QStringLiteral("ip"), arguments) == 0;
    }

    bool m_down = false;
};
