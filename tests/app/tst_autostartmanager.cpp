// "Start at login" on Linux: the XDG autostart entry AutostartManager writes under a
// redirected XDG_CONFIG_HOME, read back as the session (and desktop-file-validate) reads it.
#include "app/AppIdentity.h"
#include "app/AutostartManager.h"
#include "app/autostart/XdgAutostart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAutostartManager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void entryLivesInXdgConfigHome();
    void enableWritesMinimizedEntry();
    void programOnPathIsWrittenByName();
    void enabledEntryIsValidDesktopFile();
    void disableRemovesEntry();
    void isEnabledReadsDisk_data();
    void isEnabledReadsDisk();
    void execArgumentQuoting_data();
    void execArgumentQuoting();

private:
    QString entryPath() const;
    QStringList entryLines() const;

    std::unique_ptr<QTemporaryDir> m_configHome;
    QByteArray m_savedPath;
};

void TestAutostartManager::init()
{
    m_configHome = std::make_unique<QTemporaryDir>();
    QVERIFY(m_configHome->isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_configHome->path()));
    m_savedPath = qgetenv("PATH");
}

void TestAutostartManager::cleanup()
{
    qputenv("PATH", m_savedPath);
}

QString TestAutostartManager::entryPath() const
{
    return m_configHome->path() + QStringLiteral("/autostart/dev.kubetailor.Kubetailor.desktop");
}

QStringList TestAutostartManager::entryLines() const
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

void TestAutostartManager::entryLivesInXdgConfigHome()
{
    const AutostartManager autostart;
    QVERIFY(autostart.isSupported());
    QCOMPARE(autostart.location(), entryPath());
    QCOMPARE(autostart.program(), QCoreApplication::applicationFilePath());
    QVERIFY(!autostart.isEnabled());
}

void TestAutostartManager::enableWritesMinimizedEntry()
{
    AutostartManager autostart(std::make_unique<XdgAutostart>(),
                               QStringLiteral("/opt/kubetailor test/kubetailor"));
    Status set = autostart.setEnabled(true);
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QVERIFY(autostart.isEnabled());
    const QStringList lines = entryLines();
    QCOMPARE(lines.value(0), QStringLiteral("[Desktop Entry]"));
    QVERIFY(lines.contains(QStringLiteral("Type=Application")));
    QVERIFY2(lines.contains(QStringLiteral("Exec=\"/opt/kubetailor test/kubetailor\" --minimized")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    QVERIFY(lines.contains(QStringLiteral("X-GNOME-Autostart-Delay=5")));
    QVERIFY(lines.contains(QStringLiteral("X-GNOME-Autostart-enabled=true")));
    QVERIFY(lines.contains(QStringLiteral("Icon=dev.kubetailor.Kubetailor")));
    QVERIFY(lines.contains(QStringLiteral("Terminal=false")));
}

void TestAutostartManager::programOnPathIsWrittenByName()
{
    // A packaged install (/usr/bin/kubetailor on PATH) is started by name, so an upgrade
    // that moves the binary keeps the entry working.
    QTemporaryDir bin;
    const QString program = bin.path() + QStringLiteral("/kubetailor");
    QFile file(program);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n");
    file.close();
    QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    qputenv("PATH", QFile::encodeName(bin.path()) + ':' + m_savedPath);

    AutostartManager autostart(std::make_unique<XdgAutostart>(), program);
    Status set = autostart.setEnabled(true);
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QVERIFY2(entryLines().contains(QStringLiteral("Exec=kubetailor --minimized")),
             qPrintable(entryLines().join(QLatin1Char('\n'))));
}

void TestAutostartManager::enabledEntryIsValidDesktopFile()
{
    const QString validator =
        QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validator.isEmpty())
        QSKIP("desktop-file-validate not found (Debian package desktop-file-utils)");
    for (const QString &program : {QCoreApplication::applicationFilePath(),
                                   QStringLiteral("/opt/my \"odd\" $dir\\100%/kubetailor")}) {
        AutostartManager autostart(std::make_unique<XdgAutostart>(), program);
        Status set = autostart.setEnabled(true);
        QVERIFY2(set.ok(), qPrintable(set.error()));
        QProcess validate;
        validate.start(validator, {entryPath()});
        QVERIFY(validate.waitForFinished(30000));
        const QString output =
            QString::fromUtf8(validate.readAllStandardOutput() + validate.readAllStandardError());
        QVERIFY2(validate.exitCode() == 0 && !output.contains(QLatin1String("error")),
                 qPrintable(program + QStringLiteral(": ") + output));
    }
}

void TestAutostartManager::disableRemovesEntry()
{
    AutostartManager autostart(std::make_unique<XdgAutostart>(),
                               QStringLiteral("/usr/bin/kubetailor"));
    Status set = autostart.setEnabled(true);
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QVERIFY(QFile::exists(entryPath()));
    set = autostart.setEnabled(false);
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QVERIFY(!QFile::exists(entryPath()));
    QVERIFY(!autostart.isEnabled());
    // Nothing left to remove is not an error.
    set = autostart.setEnabled(false);
    QVERIFY2(set.ok(), qPrintable(set.error()));
}

void TestAutostartManager::isEnabledReadsDisk_data()
{
    QTest::addColumn<QString>("content"); // null: no file at all
    QTest::addColumn<bool>("enabled");

    QTest::newRow("no entry") << QString() << false;
    QTest::newRow("entry written elsewhere")
        << QStringLiteral("[Desktop Entry]\nType=Application\nExec=kubetailor --minimized\n")
        << true;
    QTest::newRow("switched off by the desktop: Hidden=true")
        << QStringLiteral("[Desktop Entry]\nType=Application\nExec=kubetailor\nHidden=true\n")
        << false;
    QTest::newRow("switched off by GNOME: X-GNOME-Autostart-enabled=false")
        << QStringLiteral("[Desktop Entry]\nExec=kubetailor\nX-GNOME-Autostart-enabled=false\n")
        << false;
    QTest::newRow("Hidden=true in another group does not count")
        << QStringLiteral("[Desktop Entry]\nExec=kubetailor\n[Desktop Action x]\nHidden=true\n")
        << true;
}

void TestAutostartManager::isEnabledReadsDisk()
{
    QFETCH(QString, content);
    QFETCH(bool, enabled);
    if (!content.isNull()) {
        QVERIFY(QDir().mkpath(m_configHome->path() + QStringLiteral("/autostart")));
        QFile file(entryPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content.toUtf8());
    }
    const AutostartManager autostart;
    QCOMPARE(autostart.isEnabled(), enabled);
}

void TestAutostartManager::execArgumentQuoting_data()
{
    QTest::addColumn<QString>("argument");
    QTest::addColumn<QString>("quoted");

    QTest::newRow("plain path stays bare")
        << QStringLiteral("/usr/bin/kubetailor") << QStringLiteral("/usr/bin/kubetailor");
    QTest::newRow("space: quoted") << QStringLiteral("/opt/my apps/kubetailor")
                                   << QStringLiteral("\"/opt/my apps/kubetailor\"");
    QTest::newRow("double quote and dollar escaped inside quotes")
        << QStringLiteral("/opt/a\"b$c") << QStringLiteral("\"/opt/a\\\\\"b\\\\$c\"");
    QTest::newRow("backslash becomes four")
        << QStringLiteral("C:\\kt") << QStringLiteral("\"C:\\\\\\\\kt\"");
    QTest::newRow("percent doubled (field codes)")
        << QStringLiteral("/opt/100%/kt") << QStringLiteral("/opt/100%%/kt");
    QTest::newRow("empty argument is quoted") << QString() << QStringLiteral("\"\"");
}

void TestAutostartManager::execArgumentQuoting()
{
    QFETCH(QString, argument);
    QFETCH(QString, quoted);
    QCOMPARE(XdgAutostart::quoteExecArgument(argument), quoted);
}

QTEST_GUILESS_MAIN(TestAutostartManager)
#include "tst_autostartmanager.moc"
