// The command-line tool maps no Qt Widgets, Gui or GL libraries (issue #17: `kubetailor proxy`
// idle memory); only the desktop app loads them, through libkubetailor-gui.so. A command
// that stays up (`kubetailor proxy`) is checked in /proc/PID/maps while it serves; short
// commands by what the dynamic loader reports loading (LD_DEBUG=files) from exec to exit.
#include "tests/support/UnusedPort.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
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

QStringList guiLibrariesIn(const QString &text)
{
    QStringList found;
    auto it = guiLibraries().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(0);
        if (!found.contains(name))
            found << name;
    }
    return found;
}

} // namespace

class TestCliWithoutGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void proxyServesWithoutGuiLibraries();
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

void TestCliWithoutGui::proxyServesWithoutGuiLibraries()
{
    const quint16 deadPort = unusedLoopbackPort();
    QVERIFY(deadPort != 0);
    QProcess proxy;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    proxy.setProcessEnvironment(env);
    proxy.start(m_exe, {QStringLiteral("proxy"), QStringLiteral("--upstream"),
                        QStringLiteral("https://127.0.0.1:%1").arg(deadPort),
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
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

    QFile maps(QStringLiteral("/proc/%1/maps").arg(proxy.processId()));
    QVERIFY2(maps.open(QIODevice::ReadOnly), qPrintable(maps.errorString()));
    const QString mapped = QString::fromUtf8(maps.readAll());
    QVERIFY2(mapped.contains(QLatin1String("libQt6Network.so")),
             "the serving proxy maps Qt Network (else this reads the wrong process)");
    const QStringList gui = guiLibrariesIn(mapped);
    QVERIFY2(
        gui.isEmpty(),
        qPrintable(QStringLiteral("kubetailor proxy maps %1").arg(gui.join(QLatin1String(", ")))));

    proxy.terminate();
    QTRY_COMPARE_WITH_TIMEOUT(proxy.state(), QProcess::NotRunning, timeoutMs);
    QCOMPARE(proxy.exitCode(), 0);
}

void TestCliWithoutGui::commandsLoadNoGuiLibraries_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("window"); // the desktop app: it must load them (the control row)

    QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << false;
    QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << false;
    QTest::newRow("contexts") << QStringList{QStringLiteral("contexts")} << false;
    QTest::newRow("rewrite -o -") << QStringList{QStringLiteral("rewrite"),
                                                 QStringLiteral("--context"),
                                                 QStringLiteral("one"),
                                                 QStringLiteral("--fqdn"),
                                                 QStringLiteral("proxy.tail1234.ts.net"),
                                                 QStringLiteral("-o"),
                                                 QStringLiteral("-")}
                                  << false;
    QTest::newRow("routes") << QStringList{QStringLiteral("routes")} << false;
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << false;
    // No display: the window's module loads, says there is no display and exits 1.
    QTest::newRow("window, no display") << QStringList() << true;
}

void TestCliWithoutGui::commandsLoadNoGuiLibraries()
{
    QFETCH(QStringList, args);
    QFETCH(bool, window);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("KUBECONFIG"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
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
}

QTEST_GUILESS_MAIN(TestCliWithoutGui)
#include "tst_cliwithoutgui.moc"
