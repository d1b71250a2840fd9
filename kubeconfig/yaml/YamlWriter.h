#pragma once

#include "kubeconfig/yaml/YamlNode.h"

#include <QByteArray>

// Writes a YamlNode tree the way kubectl writes a kubeconfig (go-yaml v2 layout: 2-space
// maps, sequences not indented under their key, literal blocks for multi-line strings,
// plain scalars wrapped after column 80), so an unedited kubectl/gcloud/aws/az file comes
// out byte-identical. Key order is kept. A string that would not read back as the same
// string is double-quoted; a scalar that was plain in the input stays plain (its type is
// kept); a null keeps its spelling.
class YamlWriter
{
public:
    static QByteArray toYaml(const YamlNode &root);
    // JSON with 2-space indentation, key order kept (for kubeconfigs that were JSON).
    static QByteArray toJson(const YamlNode &root);
};
