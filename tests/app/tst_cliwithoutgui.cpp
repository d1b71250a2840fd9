// The command-line tool maps no Qt Widgets, Gui or GL libraries (issue #17: `kubetailor proxy`
// idle memory); only the desktop app loads them, through libkubetailor-gui.so. A command
// that stays up (`kubetailor proxy`) is checked in /proc/PID/maps while it serves; short
// commands by what the dynamic loader reports loading (LD_DEBUG=files) from exec to exit.
// The proxy also starts no Qt TLS backend (its TLS is OpenSSL's own): the plugin and what it
// initialises were 3 MiB of its idle memory. Nor does a command map QtKeychain and its D-Bus
// stack (1.2 MiB) unless it uses the keychain: libkubetailor-keychain.so is loaded on first use.
#include "tests/support/UnusedPort.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int timeoutMs = 20000;

// The GUI libraries the command-line tool must not map.
const QRegularExpression &guiLibraries()
{
    static const QRegularExpression re(
        QStringLiteral("lib(Qt6Widgets|Qt6Gui|Qt6Svg|kubetailor-gui|GLX|EGL|OpenGL)\\.so"));
    return re;
}

// What only a command that uses the keychain maps.
const QRegularExpression &keychainLibraries()
{
    static const QRegularExpression re(
        QStringLiteral("lib(qt6keychain|Qt6DBus|secret-1|kubetailor-keychain)\\.so"));
    return re;
}

QStringList librariesIn(const QRegularExpression &re, const QString &text)
{
    QStringList found;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(0);
        if (!found.contains(name))
            found << name;
    }
    return found;
}

QStringList guiLibrariesIn(const QString &text)
{
    return librariesIn(guiLibraries(), text);
}

// Qt's TLS backends, which the proxy must not start either.
QStringList qtTlsPluginsIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("plugins/tls/lib\\w+\\.so"));
    return librariesIn(re, text);
}

// One request through the proxy at `port` (its upstream is down: the answer is a 503), so
// the whole request path has run once before the maps are read.
QByteArray oneRequest(quint16 port)
{
    QSslSocket client;
    client.setPeerVerifyMode(QSslSocket::VerifyNone);
    client.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    if (!client.waitForEncrypted(timeoutMs))
        return "no TLS connection: " + client.errorString().toUtf8();
    client.write("GET /version HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray answer;
    while (!answer.contains("\r\n\r\n") && client.waitForReadyRead(timeoutMs))
        answer += client.readAll();
    return answer;
}

} // namespace

class TestCliWithoutGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void proxyServesWithoutGuiOrQtTlsLibraries();
    void commandsLoadNoGuiLibraries_data();
    void commandsLoadNoGuiLibraries();

private:
    QString m_exe;
    QTemporaryDir m_home;
};

void TestCliWithoutGui::initTestCase()
{
    m_exe = qEnvironmentVariable("KUBETAILOR_EXE");
    QVERIFY2(QFileInfo::exists(m_exe), "KUBETAILOR_EXE must point at the built kubetailor");
    QVERIFY(m_home.isValid());
    QFile kubeconfig(m_home.filePath(QStringLiteral("config")));
    QVERIFY(kubeconfig.open(QIODevice::WriteOnly));
    kubeconfig.write("apiVersion: v1\nkind: Config\ncurrent-context: one\n"
                     "clusters:\n- name: one\n  cluster:\n    server: https://10.0.0.1\n"
                     "contexts:\n- name: one\n  context:\n    cluster: one\n    user: one\n"
                     "users:\n- name: one\n  user:\n    token: t\n");
}

void TestCliWithoutGui::proxyServesWithoutGuiOrQtTlsLibraries()
{
    const quint16 deadPort = unusedLoopbackPort();
    QVERIFY(deadPort != 0);
    QProcess proxy;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    proxy.setProcessEnvironment(env);
    const quint16 port = unusedLoopbackPort();
    QVERIFY(port != 0);
    proxy.start(m_exe, {QStringLiteral("proxy"), QStringLiteral("--upstream"),
                        QStringLiteral("https://127.0.0.1:%1").arg(deadPort),
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
    QString out;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     out += QString::fromUtf8(proxy.readAllStandardOutput());
                     return out.contains(QStringLiteral("Stop with Ctrl+C")) ||
                            proxy.state() == QProcess::NotRunning;
                 },
                 timeoutMs) &&
                 proxy.state() == QProcess::Running,
             qPrintable(out + QString::fromUtf8(proxy.readAllStandardError())));

    const QByteArray answer = oneRequest(port);
    QVERIFY2(answer.startsWith("HTTP/1.1 503"), answer.constData());

    QFile maps(QStringLiteral("/proc/%1/maps").arg(proxy.processId()));
    QVERIFY2(maps.open(QIODevice::ReadOnly), qPrintable(maps.errorString()));
    const QString mapped = QString::fromUtf8(maps.readAll());
    QVERIFY2(mapped.contains(QLatin1String("libQt6Network.so")),
             "the serving proxy maps Qt Network (else this reads the wrong process)");
    const QStringList gui = guiLibrariesIn(mapped);
    QVERIFY2(
        gui.isEmpty(),
        qPrintable(QStringLiteral("kubetailor proxy maps %1").arg(gui.join(QLatin1String(", ")))));
    const QStringList keychain = librariesIn(keychainLibraries(), mapped);
    QVERIFY2(
        keychain.isEmpty(),
        qPrintable(
            QStringLiteral("kubetailor proxy maps %1").arg(keychain.join(QLatin1String(", ")))));
    const QStringList tls = qtTlsPluginsIn(mapped);
    QVERIFY2(tls.isEmpty(),
             qPrintable(QStringLiteral("kubetailor proxy started Qt's TLS backend: %1")
                            .arg(tls.join(QLatin1String(", ")))));

    proxy.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(proxy.state(), QProcess::NotRunning, timeoutMs);
    QCOMPARE(proxy.exitCode(), 0);
}

void TestCliWithoutGui::commandsLoadNoGuiLibraries_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("window");   // the desktop app: it must load them (the control row)
    QTest::addColumn<bool>("keychain"); // a keychain read: it must load the keychain module

    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << false << false;
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << false << false;
    QTest::newRow("contexts") << QStringList{QStringLiteral("contexts")} << false << false;
    QTest::newRow("rewrite -o -") << QStringList{QStringLiteral("rewrite"),
                                                 QStringLiteral("--context"),
                                                 QStringLiteral("one"),
                                                 QStringLiteral("--fqdn"),
                                                 QStringLiteral("proxy.tail1234.ts.net"),
                                                 QStringLiteral("-o"),
                                                 QStringLiteral("-")}
                                  << false << false;
    QTest::newRow("routes") << QStringList{QStringLiteral("routes")} << false << false;
    QTest::newRow("manifests proxygroup")
        << QStringList{QStringLiteral("manifests"), QStringLiteral("proxygroup")} << false << false;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << false << false;
    // The control rows. A keychain read loads the keychain module (whatever the keychain
    // answers); no display: the window's module loads, says so and exits 1.
    QTest::newRow("manifests helm --secret-from-keychain")
        << QStringList{QStringLiteral("manifests"), QStringLiteral("helm"),
                       QStringLiteral("--secret-from-keychain")}
        << false << true;
    QTest::newRow("window, no display") << QStringList() << true << false;
}

void TestCliWithoutGui::commandsLoadNoGuiLibraries()
{
    QFETCH(QStringList, args);
    QFETCH(bool, window);
    QFETCH(bool, keychain);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("KUBECONFIG"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    env.insert(QStringLiteral("KUBETAILOR_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("5000"));
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    process.setProcessEnvironment(env);
    process.start(m_exe, args);
    QVERIFY2(process.waitForFinished(timeoutMs), qPrintable(args.join(QLatin1Char(' '))));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    const QString loaded = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(loaded.contains(QLatin1String("libQt6Core.so")),
             "LD_DEBUG=files reported nothing: cannot tell what was loaded");

    const QStringList gui = guiLibrariesIn(loaded);
    if (window) {
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(gui.contains(QLatin1String("libQt6Widgets.so")), qPrintable(loaded.right(2000)));
        QVERIFY2(loaded.contains(QLatin1String("no display found")),
                 qPrintable(loaded.right(2000)));
    } else {
        QVERIFY2(gui.isEmpty(),
                 qPrintable(QStringLiteral("kubetailor %1 loads %2")
                                .arg(args.join(QLatin1Char(' ')), gui.join(QLatin1String(", ")))));
    }
    const QStringList keychainLoaded = librariesIn(keychainLibraries(), loaded);
    if (keychain) {
        QVERIFY2(keychainLoaded.contains(QLatin1String("libkubetailor-keychain.so")) &&
                     keychainLoaded.contains(QLatin1String("libqt6keychain.so")),
                 qPrintable(loaded.right(2000)));
    } else if (!window) {
        QVERIFY2(keychainLoaded.isEmpty(),
                 qPrintable(QStringLiteral("kubetailor %1 loads %2")
                                .arg(args.join(QLatin1Char(' ')),
                                     keychainLoaded.join(QLatin1String(", ")))));
    }
}

QTEST_GUILESS_MAIN(TestCliWithoutGui)
#include "tst_cliwithoutgui.moc"
