#include "LogRedactor.h"

#include <QList>

namespace {
const QByteArray redacted = QByteArrayLiteral("REDACTED");
}

bool LogRedactor::isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie" ||
           lower == "set-cookie" || lower.contains("token") || lower.contains("secret") ||
           lower == "x-api-key";
}

QByteArray LogRedactor::redactHeaderValue(const QByteArray &name, const QByteArray &value)
{
    if (!isSecretHeader(name))
        return value;
    const qsizetype space = value.indexOf(' ');
    if (space > 0 && name.compare("authorization", Qt::CaseInsensitive) == 0)
        return value.left(space) + ' ' + redacted;
    return redacted;
}

bool LogRedactor::isSafeParameter(const QByteArray &name)
{
    // Kubernetes' own query parameters (list/watch, logs, exec/attach, port-forward, writes):
    // they carry selectors, versions and flags, never a credential.
    static const char *const safe[] = {
        "watch",
        "labelSelector",
        "fieldSelector",
        "resourceVersion",
        "resourceVersionMatch",
        "timeoutSeconds",
        "timeout",
        "limit",
        "continue",
        "allowWatchBookmarks",
        "sendInitialEvents",
        "container",
        "follow",
        "previous",
        "sinceSeconds",
        "sinceTime",
        "tailLines",
        "limitBytes",
        "timestamps",
        "command",
        "stdin",
        "stdout",
        "stderr",
        "tty",
        "ports",
        "pretty",
        "dryRun",
        "fieldManager",
        "fieldValidation",
        "force",
        "gracePeriodSeconds",
        "propagationPolicy",
        "orphanDependents",
        "includeObject",
    };
    const QByteArray decoded = QByteArray::fromPercentEncoding(name);
    for (const char *word : safe) {
        if (decoded == word)
            return true;
    }
    return false;
}

QString LogRedactor::redactTarget(const QByteArray &target)
{
    // A fragment never belongs in a request: whatever it holds is not shown.
    const qsizetype hash = target.indexOf('#');
    const QByteArray beforeFragment = hash < 0 ? target : target.left(hash);
    const qsizetype question = beforeFragment.indexOf('?');
    QByteArray out = redactUserinfo(question < 0 ? beforeFragment : beforeFragment.left(question));
    if (question >= 0) {
        out += '?';
        // Only values known to be safe are shown; ';' separates like '&' for some servers.
        const QByteArray query = beforeFragment.mid(question + 1);
        qsizetype begin = 0;
        while (begin <= query.size()) {
            qsizetype end = begin;
            while (end < query.size() && query.at(end) != '&' && query.at(end) != ';')
                ++end;
            const QByteArray pair = query.mid(begin, end - begin);
            const qsizetype equals = pair.indexOf('=');
            const QByteArray name = equals < 0 ? pair : pair.left(equals);
            if (pair.isEmpty() || isSafeParameter(name))
                out += pair;
            else if (equals < 0)
                out += redacted;
            else
                out += name + '=' + redacted;
            if (end < query.size())
                out += query.at(end);
            begin = end + 1;
        }
    }
    if (hash >= 0)
        out += '#' + redacted;
    return QString::fromUtf8(out);
}

QByteArray LogRedactor::redactUserinfo(const QByteArray &path)
{
    // An absolute-form target (refused, but logged) may carry "user:password@".
    const qsizetype scheme = path.indexOf("://");
    if (scheme < 0 || path.startsWith('/'))
        return path;
    const qsizetype authorityStart = scheme + 3;
    qsizetype authorityEnd = path.indexOf('/', authorityStart);
    if (authorityEnd < 0)
        authorityEnd = path.size();
    const qsizetype at = path.lastIndexOf('@', authorityEnd - 1);
    if (at < authorityStart)
        return path;
    return path.left(authorityStart) + redacted + path.mid(at);
}
