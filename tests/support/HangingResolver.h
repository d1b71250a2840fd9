#pragma once

#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUdpSocket>

// A DNS server that never answers, for the test's private mount namespace (run-test.sh
// --netns, root): a UDP socket bound on 127.0.0.153:53 that never reads, named as the only
// nameserver in a resolv.conf bind-mounted over /etc/resolv.conf (this process and the
// programs it starts). A name not in /etc/hosts then hangs in the resolver for `timeout`
// seconds per attempt. Unmounted when it goes out of scope.
class HangingResolver
{
public:
    HangingResolver() = default;
    HangingResolver(const HangingResolver &) = delete;
    HangingResolver &operator=(const HangingResolver &) = delete;
    ~HangingResolver()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("/etc/resolv.conf")});
    }

    // False with `error` set outside a private namespace or when a part could not be set up.
    bool start(QString *error, int timeoutSeconds = 5)
    {
        if (qEnvironmentVariable("KUBETAILOR_TEST_NETNS") != QLatin1String("1")) {
            *error =
                QStringLiteral("needs a private network namespace (run-test.sh --netns, root)");
            return false;
        }
        if (!m_socket.bind(QHostAddress(QStringLiteral("127.0.0.153")), 53)) {
            *error = QStringLiteral("cannot bind 127.0.0.153:53: ") + m_socket.errorString();
            return false;
        }
        const QString conf = m_dir.filePath(QStringLiteral("resolv.conf"));
        QFile file(conf);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = QStringLiteral("cannot write ") + conf;
            return false;
        }
        file.write(QStringLiteral("nameserver 127.0.0.153\noptions timeout:%1 attempts:2\n")
                       .arg(timeoutSeconds)
                       .toUtf8());
        file.close();
        m_mounted =
            QProcess::execute(QStringLiteral("mount"), {QStringLiteral("--bind"), conf,
                                                        QStringLiteral("/etc/resolv.conf")}) == 0;
        if (!m_mounted)
            *error = QStringLiteral("cannot bind-mount ") + conf +
                     QStringLiteral(" over /etc/resolv.conf");
        return m_mounted;
    }

private:
    QUdpSocket m_socket;
    QTemporaryDir m_dir;
    bool m_mounted = false;
};
