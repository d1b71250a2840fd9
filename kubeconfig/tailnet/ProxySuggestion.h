#pragma once

#include "kubeconfig/tailnet/ProxyCandidates.h"

#include <QList>
#include <QString>
#include <QStringList>

// Which proxy a context should go through, before the user says: a candidate whose host name
// shares a word with the cluster's name (prod-apiserver-0 for arn:...:cluster/prod), else the
// proxy last used for that cluster, else the default operator (ProxyCandidates::defaultIndex).
class ProxySuggestion
{
public:
    enum class Reason { None, SharedWord, LastUsed, DefaultOperator };

    QString fqdn; // empty when there is nothing to suggest
    Reason reason = Reason::None;

    bool isEmpty() const { return fqdn.isEmpty(); }

    // `candidates` in the order ProxyCandidates::merge gives; `lastChoice` may be empty. On a
    // tie in shared words the earlier candidate wins.
    static ProxySuggestion suggest(const QString &clusterName,
                                   const QList<ProxyCandidate> &candidates,
                                   const QString &lastChoice = QString());

    // The distinctive words of a name, lower-case: split at anything not a letter or digit,
    // without numbers and the words every cluster or proxy has (aws, eks, cluster, operator,
    // apiserver, regions...).
    static QStringList words(const QString &name);
};
