// The German and French catalogs are complete and safe to load: every entry translated
// (no unfinished or vanished ones), each %1..%99 / %n placeholder of the source kept, no
// placeholder invented, the CLI's --option names left as they are, and the plural forms
// each language has. translations/update.sh reports the same from the command line.
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void catalogIsComplete_data();
    void catalogIsComplete();
};

namespace {

struct Message
{
    QString context;
    QString source;
    QString type;      // of <translation>: "", "unfinished", "vanished", "obsolete"
    QStringList forms; // the translation, or its <numerusform>s
    bool numerus = false;
    qint64 line = 0;
};

QList<Message> readCatalog(const QString &path, QString *language, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.line = xml.lineNumber();
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.forms << xml.readElementText();
            } else {
                message.forms << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> matches(const QString &text, const QRegularExpression &pattern)
{
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

} // namespace

void TestTranslationFiles::catalogIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("pluralForms");

    QTest::newRow("German") << QStringLiteral("de") << 2;
    QTest::newRow("French") << QStringLiteral("fr") << 2;
}

void TestTranslationFiles::catalogIsComplete()
{
    QFETCH(QString, language);
    QFETCH(int, pluralForms);
    const QString path =
        QStringLiteral(KUBETAILOR_SOURCE_DIR "/translations/kubetailor_%1.ts").arg(language);
    QString fileLanguage;
    QString error;
    const QList<Message> messages = readCatalog(path, &fileLanguage, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(fileLanguage, language);
    QVERIFY2(!messages.isEmpty(), qPrintable(path + QStringLiteral(" has no entries")));

    static const QRegularExpression placeholder(QStringLiteral("%(?:\\d{1,2}|n|L\\d)"));
    static const QRegularExpression option(QStringLiteral("(?<![\\w-])--[a-z][a-z0-9-]*"));
    QStringList problems;
    int unfinished = 0;
    for (const Message &m : messages) {
        const QString where = QStringLiteral("%1:%2 [%3] \"%4\"")
                                  .arg(QFileInfo(path).fileName())
                                  .arg(m.line)
                                  .arg(m.context, m.source.left(60));
        if (m.type == QLatin1String("unfinished")) {
            ++unfinished;
            problems << where + QStringLiteral(": unfinished");
            continue;
        }
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete")) {
            problems << where + QStringLiteral(": vanished (run translations/update.sh)");
            continue;
        }
        if (m.numerus && m.forms.size() != pluralForms)
            problems << where + QStringLiteral(": %1 plural forms, %2 wants %3")
                                    .arg(m.forms.size())
                                    .arg(language)
                                    .arg(pluralForms);
        const QSet<QString> sourcePlaceholders = matches(m.source, placeholder);
        const QSet<QString> sourceOptions = matches(m.source, option);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty()) {
                problems << where + QStringLiteral(": empty translation");
                continue;
            }
            QSet<QString> formPlaceholders = matches(form, placeholder);
            // A singular form may spell the number out ("ein Kontext", "un contexte").
            if (m.numerus && &form == &m.forms.constFirst() &&
                sourcePlaceholders.contains(QStringLiteral("%n")))
                formPlaceholders.insert(QStringLiteral("%n"));
            if (formPlaceholders != sourcePlaceholders)
                problems
                    << where +
                           QStringLiteral(": placeholders {%1} in the source, {%2} in \"%3\"")
                               .arg(QStringList(sourcePlaceholders.values()).join(QLatin1Char(',')),
                                    QStringList(formPlaceholders.values()).join(QLatin1Char(',')),
                                    form);
            const QSet<QString> missingOptions = sourceOptions - matches(form, option);
            if (!missingOptions.isEmpty())
                problems << where +
                                QStringLiteral(": option %1 changed in \"%2\"")
                                    .arg(
                                        QStringList(missingOptions.values()).join(QLatin1Char(',')),
                                        form);
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 of %2 entries have problems (%3 unfinished):\n")
                            .arg(problems.size())
                            .arg(messages.size())
                            .arg(unfinished) +
                        problems.mid(0, 40).join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
