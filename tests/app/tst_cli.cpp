// The kubetailor executable run as a user runs it: exit status, stdout, stderr.
#include <QProcess>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void version();
    void helpListsEverySubcommand();
    void exitStatus_data();
    void exitStatus();
    void noDisplaySaysSoInOneLine();
    void commandHelpNamesTheCommand_data();
    void commandHelpNamesTheCommand();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run run(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QString m_exe;
};

void TestCli::initTestCase()
{
    m_exe = qEnvironmentVariable("KUBETAILOR_EXE");
    QVERIFY2(QFileInfo::exists(m_exe), "KUBETAILOR_EXE must point at the built kubetailor");
}

TestCli::Run TestCli::run(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(m_exe, args);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("kubetailor " KUBETAILOR_VERSION " (Qt 6.")), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());
}

void TestCli::helpListsEverySubcommand()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *command : {"contexts", "rewrite", "undo", "import", "use", "rename",
                                "delete", "proxy", "doctor", "manifests"}) {
        QVERIFY2(r.out.contains(QStringLiteral("\n  ") + QLatin1String(command) + QLatin1Char(' ')),
                 command);
    }
    QVERIFY(r.out.contains(QStringLiteral("--minimized")));
}

void TestCli::exitStatus_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("unknown command is a usage error")
        << QStringList{QStringLiteral("frobnicate")} << 2 << QStringLiteral("unknown command or option 'frobnicate'");
    QTest::newRow("unknown option is a usage error")
        << QStringList{QStringLiteral("--frobnicate")} << 2 << QStringLiteral("kubetailor --help");
    QTest::newRow("help COMMAND") << QStringList{QStringLiteral("help"), QStringLiteral("contexts")} << 0
                                  << QString();
}

void TestCli::exitStatus()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    const Run r = run(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
}

void TestCli::noDisplaySaysSoInOneLine()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run r = run({}, env);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(r.err.contains(QStringLiteral("no display found")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("kubetailor --help")), qPrintable(r.err));

    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":9876"));
    const Run bad = run({QStringLiteral("--minimized")}, env);
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("cannot open the X display ':9876'")), qPrintable(bad.err));
}

void TestCli::commandHelpNamesTheCommand_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"contexts", "rewrite", "undo", "import", "use", "rename", "delete",
                                "proxy", "doctor", "manifests"})
        QTest::newRow(command) << QString::fromLatin1(command);
}

void TestCli::commandHelpNamesTheCommand()
{
    QFETCH(QString, command);
    const Run r = run({command, QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: kubetailor ") + command + QLatin1Char(' ')),
             qPrintable(r.out.section(QLatin1Char('\n'), 0, 0)));
    QVERIFY2(!r.out.contains(QStringLiteral("not available in this version")), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
