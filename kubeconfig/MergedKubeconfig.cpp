#include "MergedKubeconfig.h"

#include "kubeconfig/EntryPathRebaser.h"

#include <QDir>

QByteArray MergedKubeconfig::serialize(const KubeconfigSet &set, const QString &targetFolder)
{
    if (set.documentCount() == 1) {
        const KubeconfigDocument &only = set.document(0);
        if (targetFolder.isEmpty() ||
            QDir::cleanPath(only.folder()) == QDir::cleanPath(targetFolder))
            return only.serialize();
    }

    Result<KubeconfigDocument> empty = KubeconfigDocument::fromBytes(
        QByteArrayLiteral("apiVersion: v1\nkind: Config\npreferences: {}\n"),
        QDir(targetFolder.isEmpty() ? QDir::currentPath() : targetFolder)
            .filePath(QStringLiteral("merged")));
    if (!empty)
        return QByteArray();
    KubeconfigDocument merged = empty.takeValue();

    const KubeconfigDocument::Section sections[] = {KubeconfigDocument::Section::Clusters,
                                                    KubeconfigDocument::Section::Contexts,
                                                    KubeconfigDocument::Section::Users};
    for (KubeconfigDocument::Section section : sections) {
        for (int index = 0; index < set.documentCount(); ++index) {
            const KubeconfigDocument &document = set.document(index);
            for (const QString &name : document.names(section)) {
                if (set.documentOf(section, name) != index || merged.contains(section, name))
                    continue;
                const YamlNode *entry = document.entry(section, name);
                if (!entry)
                    continue;
                merged.appendEntry(section, name, *entry);
                if (section == KubeconfigDocument::Section::Contexts)
                    continue;
                if (YamlNode *body = merged.mutableBody(section, name))
                    EntryPathRebaser::makeAbsolute(section, *body, document.folder());
            }
        }
    }
    merged.setCurrentContext(set.currentContext());
    return merged.serialize();
}
