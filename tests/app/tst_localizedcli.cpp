// kubetailor speaks the user's language: `kubetailor --help` run as a user runs it, with
// the locale variables a desktop session sets. German and French are compiled in; any
// other language gets the English source text.
#include <QProcess>
#include <QTest>

class TestLocalizedCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpInUsersLanguage_data();
    void helpInUsersLanguage();
    void usageErrorInUsersLanguage();

private:
    QString m_exe;
};

using Environment = QMap<QString, QString>;

namespace {

QProcessEnvironment localeEnvironment(const Environment &variables)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LANG", "LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    for (auto it = variables.cbegin(); it != variables.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}

} // namespace

void TestLocalizedCli::initTestCase()
{
    m_exe = qEnvironmentVariable("KUBETAILOR_EXE");
    QVERIFY2(QFileInfo::exists(m_exe), "KUBETAILOR_EXE must point at the built kubetailor");
}

void TestLocalizedCli::helpInUsersLanguage_data()
{
    QTest::addColumn<Environment>("environment");
    QTest::addColumn<QString>("expected"); // the "Commands:" heading in that language
    QTest::addColumn<QString>("unexpected");

    using Env = Environment;
    const QString german = QStringLiteral("Befehle:");
    const QString french = QStringLiteral("Commandes :");
    const QString english = QStringLiteral("\nCommands:\n");
    QTest::newRow("LANG=de_DE.UTF-8: German")
        << Env{{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}} << german << english;
    QTest::newRow("LANG=de_AT.UTF-8: German for another German-speaking country")
        << Env{{QStringLiteral("LANG"), QStringLiteral("de_AT.UTF-8")}} << german << english;
    QTest::newRow("LANG=fr_FR.UTF-8: French")
        << Env{{QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8")}} << french << english;
    QTest::newRow("LC_ALL overrides LANG")
        << Env{{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")},
               {QStringLiteral("LC_ALL"), QStringLiteral("fr_CA.UTF-8")}}
        << french << english;
    QTest::newRow("LANGUAGE list picks the first language we have")
        << Env{{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")},
               {QStringLiteral("LANGUAGE"), QStringLiteral("ja:de:fr")}}
        << german << english;
    QTest::newRow("unsupported locale ja_JP.UTF-8: English")
        << Env{{QStringLiteral("LANG"), QStringLiteral("ja_JP.UTF-8")}} << english << german;
    QTest::newRow("C.UTF-8: English")
        << Env{{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}} << english << german;
}

void TestLocalizedCli::helpInUsersLanguage()
{
    QFETCH(Environment, environment);
    QFETCH(QString, expected);
    QFETCH(QString, unexpected);
    QProcess process;
    process.setProcessEnvironment(localeEnvironment(environment));
    process.start(m_exe, {QStringLiteral("--help")});
    QVERIFY2(process.waitForFinished(30000), "kubetailor --help did not finish in 30 s");
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(out.contains(expected), qPrintable(out));
    QVERIFY2(!out.contains(unexpected), qPrintable(out));
    // Command and option names are never translated.
    for (const char *word : {"--minimized", "--version", "  rewrite ", "  proxy "})
        QVERIFY2(out.contains(QLatin1String(word)), word);
}

void TestLocalizedCli::usageErrorInUsersLanguage()
{
    QProcess process;
    process.setProcessEnvironment(
        localeEnvironment({{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}}));
    process.start(m_exe, {QStringLiteral("frobnicate")});
    QVERIFY2(process.waitForFinished(30000), "kubetailor did not finish in 30 s");
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 2);
    // The message is German, the quoted argument and the command to try are not.
    QVERIFY2(err.contains(QLatin1String("'frobnicate'")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("kubetailor --help")), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("unknown command")), qPrintable(err));
}

QTEST_GUILESS_MAIN(TestLocalizedCli)
#include "tst_localizedcli.moc"
