#pragma once

#include "kubeconfig/Result.h"
#include "kubeconfig/yaml/YamlNode.h"

#include <QByteArray>
#include <QCoreApplication>

// Parses YAML (and JSON, a subset of it) with yaml-cpp's event parser into a YamlNode
// tree. Every yaml-cpp exception, including DeepRecursion (nesting past yaml-cpp's
// limit), becomes "file:line:column: message". Aliases are expanded into copies, bounded:
// a document that expands past maxExpandedNodes() ("billion laughs") is refused.
class YamlReader
{
    Q_DECLARE_TR_FUNCTIONS(YamlReader)

public:
    // Only the first document of a stream is read (as kubectl does). An empty input is a
    // null node. `path` is used in messages only.
    static Result<YamlNode> parse(const QByteArray &bytes, const QString &path);

    // The alias expansion budget for an input of `inputSize` bytes.
    static qint64 maxExpandedNodes(qint64 inputSize);
};
