#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

class KubectlRunner;

// What the real kubectl reads from a kubeconfig: `kubectl config view --raw -o json`, and
// entries picked out of it by name. Tests compare this before and after kubetailor wrote a
// file: only the intended fields may differ.
class KubectlConfigView
{
public:
    // `kubectl config view --raw -o json --kubeconfig FILE`; an empty object and *error set
    // when kubectl failed or printed no JSON object.
    static QJsonObject read(const KubectlRunner &kubectl, const QString &file,
                            QString *error = nullptr);
    // The same for a KUBECONFIG list (kubectl's own merge).
    static QJsonObject readMerged(const KubectlRunner &kubectl, const QStringList &files,
                                  QString *error = nullptr);

    // The inner object of the named entry of `section` ("clusters", "contexts", "users"),
    // e.g. {"server": ..., "certificate-authority-data": ...}; empty when there is none.
    static QJsonObject namedEntry(const QJsonObject &view, const QString &section,
                                  const QString &name);
    // Names in a section, in kubectl's order.
    static QStringList names(const QJsonObject &view, const QString &section);
};
