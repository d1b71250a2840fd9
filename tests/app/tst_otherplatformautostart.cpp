// The macOS LaunchAgent and the Windows Run value, checked on every platform: the plist
// launchd reads (parsed back as XML) and the command line Windows runs (an INI file stands
// in for the registry key).
#include "app/AppIdentity.h"
#include "app/AutostartManager.h"
#include "app/autostart/LaunchAgentAutostart.h"
#include "app/autostart/RegistryAutostart.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

class TestOtherPlatformAutostart : public QObject
{
    Q_OBJECT

private slots:
    void launchAgentStartsMinimizedAtLoad();
    void launchAgentDisableRemovesPlist();
    void registryRunValueHoldsQuotedCommand_data();
    void registryRunValueHoldsQuotedCommand();
    void registryDisableRemovesValue();
};

namespace {

// The <dict> of a plist as key -> value strings; arrays joined with '|', <true/> as "true".
QMap<QString, QString> readPlistDict(const QString &path, QString *error)
{
    QFile file(path);
    QMap<QString, QString> dict;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return dict;
    }
    QXmlStreamReader xml(&file);
    QString key;
    QStringList array;
    bool inArray = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("key")) {
                key = xml.readElementText();
            } else if (name == QLatin1String("string")) {
                const QString text = xml.readElementText();
                if (inArray)
                    array << text;
                else
                    dict.insert(key, text);
            } else if (name == QLatin1String("array")) {
                inArray = true;
                array.clear();
            } else if (name == QLatin1String("true") || name == QLatin1String("false")) {
                dict.insert(key, name.toString());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("array")) {
            inArray = false;
            dict.insert(key, array.join(QLatin1Char('|')));
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return dict;
}

} // namespace

void TestOtherPlatformAutostart::launchAgentStartsMinimizedAtLoad()
{
    QTemporaryDir agents;
    const QString program =
        QStringLiteral("/Applications/kubetailor.app/Contents/MacOS/kubetailor");
    AutostartManager autostart(std::make_unique<LaunchAgentAutostart>(agents.path()), program);
    QVERIFY(!autostart.isEnabled());
    QString error;
    Status set = autostart.setEnabled(true);
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QVERIFY(autostart.isEnabled());
    QCOMPARE(autostart.location(),
             agents.path() + QStringLiteral("/dev.kubetailor.Kubetailor.plist"));

    const QMap<QString, QString> dict = readPlistDict(autostart.location(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(dict.value(QStringLiteral("Label")), AppIdentity::appId());
    QCOMPARE(dict.value(QStringLiteral("ProgramArguments")),
             program + QStringLiteral("|--minimized"));
    QCOMPARE(dict.value(QStringLiteral("RunAtLoad")), QStringLiteral("true"));
    QCOMPARE(dict.value(QStringLiteral("KeepAlive")), QStringLiteral("false"));
    QCOMPARE(dict.value(QStringLiteral("LimitLoadToSessionType")), QStringLiteral("Aqua"));
}

void TestOtherPlatformAutostart::launchAgentDisableRemovesPlist()
{
    QTemporaryDir agents;
    AutostartManager autostart(
        std::make_unique<LaunchAgentAutostart>(agents.path()),
        QStringLiteral("/Applications/kubetailor.app/Contents/MacOS/kubetailor"));
    Status set = autostart.setEnabled(true);
    QVERIFY2(set.ok(), qPrintable(set.error()));
    set = autostart.setEnabled(false);
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QVERIFY(!QFile::exists(autostart.location()));
    QVERIFY(!autostart.isEnabled());
}

void TestOtherPlatformAutostart::registryRunValueHoldsQuotedCommand_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("commandLine");

    QTest::newRow("Program Files path (spaces) quoted")
        << QStringLiteral("C:/Program Files/kubetailor/kubetailor.exe")
        << QStringLiteral("\"%1\" --minimized")
               .arg(QDir::toNativeSeparators(
                   QStringLiteral("C:/Program Files/kubetailor/kubetailor.exe")));
    QTest::newRow("path without spaces quoted all the same")
        << QStringLiteral("C:/kt/kubetailor.exe")
        << QStringLiteral("\"%1\" --minimized")
               .arg(QDir::toNativeSeparators(QStringLiteral("C:/kt/kubetailor.exe")));
}

void TestOtherPlatformAutostart::registryRunValueHoldsQuotedCommand()
{
    QFETCH(QString, program);
    QFETCH(QString, commandLine);
    QTemporaryDir dir;
    const QString ini = dir.path() + QStringLiteral("/Run.ini");
    AutostartManager autostart(std::make_unique<RegistryAutostart>(ini, QSettings::IniFormat),
                               program);
    QVERIFY(!autostart.isEnabled());
    Status set = autostart.setEnabled(true);
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QVERIFY(autostart.isEnabled());
    const QSettings run(ini, QSettings::IniFormat);
    QCOMPARE(run.value(QStringLiteral("kubetailor")).toString(), commandLine);
}

void TestOtherPlatformAutostart::registryDisableRemovesValue()
{
    QTemporaryDir dir;
    const QString ini = dir.path() + QStringLiteral("/Run.ini");
    {
        QSettings run(ini, QSettings::IniFormat);
        run.setValue(QStringLiteral("SomeOtherApp"), QStringLiteral("other.exe"));
    }
    AutostartManager autostart(std::make_unique<RegistryAutostart>(ini, QSettings::IniFormat),
                               QStringLiteral("C:/kt/kubetailor.exe"));
    Status set = autostart.setEnabled(true);
    QVERIFY2(set.ok(), qPrintable(set.error()));
    set = autostart.setEnabled(false);
    QVERIFY2(set.ok(), qPrintable(set.error()));
    QVERIFY(!autostart.isEnabled());
    const QSettings run(ini, QSettings::IniFormat);
    QVERIFY(!run.contains(QStringLiteral("kubetailor")));
    QCOMPARE(run.value(QStringLiteral("SomeOtherApp")).toString(), QStringLiteral("other.exe"));
}

QTEST_GUILESS_MAIN(TestOtherPlatformAutostart)
#include "tst_otherplatformautostart.moc"
