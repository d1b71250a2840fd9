#include "ProxySuggestion.h"

#include <QRegularExpression>
#include <QSet>

namespace {

const QSet<QString> &commonWords()
{
    static const QSet<QString> words = {
        QStringLiteral("arn"),        QStringLiteral("aws"),       QStringLiteral("eks"),
        QStringLiteral("gke"),        QStringLiteral("aks"),       QStringLiteral("cluster"),
        QStringLiteral("clusters"),   QStringLiteral("k8s"),       QStringLiteral("kube"),
        QStringLiteral("kubernetes"), QStringLiteral("tailscale"), QStringLiteral("operator"),
        QStringLiteral("apiserver"),  QStringLiteral("api"),       QStringLiteral("server"),
        QStringLiteral("proxy"),      QStringLiteral("ts"),        QStringLiteral("net"),
        QStringLiteral("tail"),       QStringLiteral("us"),        QStringLiteral("eu"),
        QStringLiteral("ap"),         QStringLiteral("east"),      QStringLiteral("west"),
        QStringLiteral("north"),      QStringLiteral("south"),     QStringLiteral("central"),
        QStringLiteral("europe"),     QStringLiteral("asia"),      QStringLiteral("the"),
    };
    return words;
}

} // namespace

QStringList ProxySuggestion::words(const QString &name)
{
    static const QRegularExpression separator(QStringLiteral("[^a-z0-9]+"));
    static const QRegularExpression number(QStringLiteral("^[0-9]+$"));
    QStringList result;
    for (const QString &word : name.toLower().split(separator, Qt::SkipEmptyParts)) {
        if (word.size() < 2 || number.match(word).hasMatch() || commonWords().contains(word) ||
            result.contains(word))
            continue;
        result << word;
    }
    return result;
}

ProxySuggestion ProxySuggestion::suggest(const QString &clusterName,
                                         const QList<ProxyCandidate> &candidates,
                                         const QString &lastChoice)
{
    const QStringList clusterWords = words(clusterName);
    int best = -1;
    qsizetype bestShared = 0;
    for (int i = 0; i < candidates.size(); ++i) {
        const QStringList proxyWords = words(candidates.at(i).fqdn.section(QLatin1Char('.'), 0, 0));
        qsizetype shared = 0;
        for (const QString &word : proxyWords) {
            if (clusterWords.contains(word))
                ++shared;
        }
        if (shared > bestShared) {
            best = i;
            bestShared = shared;
        }
    }
    if (best >= 0)
        return {candidates.at(best).fqdn, Reason::SharedWord};
    if (!lastChoice.trimmed().isEmpty())
        return {lastChoice.trimmed(), Reason::LastUsed};
    const int fallback = ProxyCandidates::defaultIndex(candidates);
    if (fallback >= 0)
        return {candidates.at(fallback).fqdn, Reason::DefaultOperator};
    return {};
}
