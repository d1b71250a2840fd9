#pragma once

#include "kubeconfig/Result.h"
#include "kubeconfig/yaml/YamlNode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The strictness of client-go's loader (`kubectl config view` says "error loading config
// file"): a kubeconfig is decoded as JSON into typed Go structs after sigs.k8s.io/yaml turned
// the YAML into JSON with YAML 1.1 resolution (go-yaml v2). So a field refuses a value of the
// wrong type (`server: 123`, `token: true`, `name: yes`, `insecure-skip-tls-verify: "yes"`,
// `exec.args: a string`), `*-data` must be padded standard base64, apiVersion/kind must be
// empty or v1/Config, and names are unique per list (clusters, contexts, users, extensions).
// Unknown fields are ignored and null is accepted everywhere (a null list item is an entry
// named ""), as client-go does. Every refusal is one line: file:line:column, the field, what
// was found and what to do.
class KubeconfigSchema
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigSchema)

public:
    static Status check(const YamlNode &root, const QString &path);

    // How kubectl types a scalar (go-yaml v2 through sigs.k8s.io/yaml): a timestamp or a
    // sexagesimal `1:20` stays a string there, `y`/`yes`/`on` are booleans.
    enum class ScalarType { String, Null, Bool, Number };
    static ScalarType kubectlType(const YamlNode &node);
    // A bool field as kubectl reads it: true for `true`, `True`, `yes`, `on`, `y`...; false
    // for a missing field, null or a false value.
    static bool isTrue(const YamlNode *node);
    // A []string field as kubectl reads it: a null item is "".
    static QStringList stringList(const YamlNode *node);
    // A []byte field (`*-data`) as kubectl reads it: base64 decoded (line breaks ignored), or
    // the bytes of a list of numbers. Only meaningful for a document check() accepted.
    static QByteArray bytes(const YamlNode *node);
};
