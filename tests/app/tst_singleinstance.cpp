// One desktop app per user: a second `kubetailor` asks the first to show its window and
// exits 0. Runs the real executable twice (offscreen, private runtime folder).
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void secondLaunchRaisesTheFirst();
};

void TestSingleInstance::secondLaunchRaisesTheFirst()
{
    const QString exe = qEnvironmentVariable("KUBETAILOR_EXE");
    QVERIFY2(QFileInfo::exists(exe), "KUBETAILOR_EXE must point at the built kubetailor");
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    QFile::setPermissions(runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("kubetailor.gui.info=true"));

    QProcess first;
    first.setProcessEnvironment(env);
    first.setProcessChannelMode(QProcess::MergedChannels);
    first.start(exe, {QStringLiteral("--minimized")});
    QVERIFY(first.waitForStarted(10000));
    QByteArray firstOutput;
    QTRY_VERIFY_WITH_TIMEOUT((firstOutput += first.readAll()).contains("started"), 20000);
    // Offscreen has no tray, so the window shows even with --minimized.
    QVERIFY2(firstOutput.contains("no system tray"), firstOutput.constData());

    QProcess second;
    second.setProcessEnvironment(env);
    second.setProcessChannelMode(QProcess::MergedChannels);
    second.start(exe, QStringList());
    QVERIFY(second.waitForFinished(20000));
    const QByteArray secondOutput = second.readAll();
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QVERIFY2(secondOutput.contains("already running"), secondOutput.constData());
    QVERIFY2(!secondOutput.contains("started"), secondOutput.constData());

    QTRY_VERIFY_WITH_TIMEOUT(
        (firstOutput += first.readAll()).contains("another launch asked to show the window"),
        10000);
    QVERIFY2(firstOutput.contains("window shown"), firstOutput.constData());

    first.terminate();
    if (!first.waitForFinished(10000)) {
        first.kill();
        first.waitForFinished(5000);
    }
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
