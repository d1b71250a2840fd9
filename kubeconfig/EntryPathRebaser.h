#pragma once

#include "kubeconfig/KubeconfigDocument.h"
#include "kubeconfig/yaml/YamlNode.h"

#include <QString>

// Relative paths in a kubeconfig entry are relative to the folder of the file it is in:
// certificate-authority (cluster), client-certificate, client-key, tokenFile (user), and an
// exec command containing a slash. When an entry moves to a file in another folder they
// are made absolute against the old folder.
class EntryPathRebaser
{
public:
    // Edits `body` (a cluster or user body) in place; returns true when something changed.
    static bool makeAbsolute(KubeconfigDocument::Section section, YamlNode &body,
                             const QString &fromFolder);
};
