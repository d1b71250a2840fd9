#include "KubectlConfigView.h"

#include "tests/support/KubectlRunner.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject parse(const KubectlRunner::Result &result, QString *error)
{
    if (!result.finished || result.exitCode != 0) {
        if (error) {
            *error = QStringLiteral("kubectl %1: %2")
                         .arg(result.finished ? QStringLiteral("exit %1").arg(result.exitCode)
                                              : QStringLiteral("timed out"),
                              QString::fromUtf8(result.err).trimmed());
        }
        return QJsonObject();
    }
    QJsonParseError parseError;
    // Qt's JSON reader drops a U+FEFF that starts a string (as a byte-order mark); kubectl
    // prints it raw, and it is part of the value: escape it so it is read.
    QByteArray out = result.out;
    out.replace("\xEF\xBB\xBF", "\\ufeff");
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error =
                QStringLiteral("kubectl printed no JSON object: %1").arg(parseError.errorString());
        return QJsonObject();
    }
    return doc.object();
}

QStringList viewArguments()
{
    return {QStringLiteral("config"), QStringLiteral("view"), QStringLiteral("--raw"),
            QStringLiteral("-o"), QStringLiteral("json")};
}

} // namespace

QJsonObject KubectlConfigView::read(const KubectlRunner &kubectl, const QString &file,
                                    QString *error)
{
    return parse(kubectl.run(viewArguments() << QStringLiteral("--kubeconfig") << file), error);
}

QJsonObject KubectlConfigView::readMerged(const KubectlRunner &kubectl, const QStringList &files,
                                          QString *error)
{
    KubectlRunner runner(kubectl);
    runner.setKubeconfig(files.join(QLatin1Char(':')));
    return parse(runner.run(viewArguments()), error);
}

QJsonObject KubectlConfigView::namedEntry(const QJsonObject &view, const QString &section,
                                          const QString &name)
{
    QString inner = section;
    inner.chop(1); // clusters -> cluster
    const QJsonArray items = view.value(section).toArray();
    for (const QJsonValue &item : items) {
        const QJsonObject entry = item.toObject();
        if (entry.value(QStringLiteral("name")).toString() == name)
            return entry.value(inner).toObject();
    }
    return QJsonObject();
}

QStringList KubectlConfigView::names(const QJsonObject &view, const QString &section)
{
    QStringList result;
    const QJsonArray items = view.value(section).toArray();
    for (const QJsonValue &item : items)
        result << item.toObject().value(QStringLiteral("name")).toString();
    return result;
}
