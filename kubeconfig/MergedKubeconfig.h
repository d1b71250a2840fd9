#pragma once

#include "kubeconfig/KubeconfigSet.h"

#include <QByteArray>
#include <QString>

// The whole merged view of a KubeconfigSet as ONE kubeconfig, for `rewrite -o FILE|-`:
// the winning entry of every name (client-go's first-file-wins), current-context, and
// relative paths made absolute where the result no longer sits beside the file an entry
// came from. A set of one file whose folder is the target's is written byte for byte as
// that file's own serialization (unknown top-level fields and all).
class MergedKubeconfig
{
public:
    // `targetFolder` empty: the result goes to stdout, where no folder makes relative
    // paths meaningful except the single file's own.
    static QByteArray serialize(const KubeconfigSet &set, const QString &targetFolder);
};
