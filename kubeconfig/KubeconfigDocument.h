#pragma once

#include "kubeconfig/KubeconfigSplicer.h"
#include "kubeconfig/Result.h"
#include "kubeconfig/yaml/YamlNode.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

// One kubeconfig file: its YAML tree with every field kubetailor does not know, key order
// and exact scalar values kept, plus what is needed to write it back the way it came
// (JSON stays JSON, CRLF stays CRLF, a BOM stays). Entries are reached by section and
// name; "the body" of an entry is the map under its `cluster:` / `context:` / `user:` key.
class KubeconfigDocument
{
    Q_DECLARE_TR_FUNCTIONS(KubeconfigDocument)

public:
    enum class Section { Clusters, Contexts, Users };
    // "clusters"/"contexts"/"users" and "cluster"/"context"/"user"
    static QString listKey(Section section);
    static QString bodyKey(Section section);

    KubeconfigDocument();
    KubeconfigDocument(const KubeconfigDocument &other);
    KubeconfigDocument &operator=(const KubeconfigDocument &other);
    KubeconfigDocument(KubeconfigDocument &&other) noexcept;
    KubeconfigDocument &operator=(KubeconfigDocument &&other) noexcept;
    ~KubeconfigDocument();

    // A missing file is an empty config (exists() false), like client-go. Errors:
    // unreadable file, malformed YAML ("file:line:column: message"), wrong types
    // (`clusters: "x"`), duplicate names in one list.
    static Result<KubeconfigDocument> load(const QString &path);
    static Result<KubeconfigDocument> fromBytes(const QByteArray &bytes, const QString &path);
    // A file of the list that does not exist (yet): an empty config, exists() false.
    static KubeconfigDocument missingFile(const QString &path);

    QString path() const;
    QString folder() const; // the folder relative paths in this file are relative to
    bool exists() const;    // the file existed when loaded
    QByteArray originalBytes() const;
    bool isJson() const;

    // The content to write: the original bytes when nothing was edited, else the original
    // bytes with only the edited lines changed (KubeconfigSplicer), falling back to the
    // changed entries written whole, then to the whole tree in kubectl's layout (or JSON
    // for a JSON file) when a splice would not read back as the edited tree.
    QByteArray serialize() const;
    // The same, saying how it was written (for a preview that tells "entry written whole").
    KubeconfigSplicer::Outcome serializeWithReport() const;
    bool isModified() const;

    // current-context; empty when not set.
    QString currentContext() const;
    bool setsCurrentContext() const { return !currentContext().isEmpty(); }
    void setCurrentContext(const QString &name); // empty: removes the value

    // Names in file order.
    QStringList names(Section section) const;
    bool contains(Section section, const QString &name) const;
    // The body of an entry; nullptr when there is no such entry or its body is missing.
    const YamlNode *body(Section section, const QString &name) const;
    // The whole list item ({name:, cluster:, ...}); nullptr when missing.
    const YamlNode *entry(Section section, const QString &name) const;
    // For editing: marks the document modified.
    YamlNode *mutableBody(Section section, const QString &name);
    // Replaces the body of an existing entry (its key order and other keys kept) or
    // appends a new entry {`bodyKey`: body, name: name} at the end of the list.
    void setBody(Section section, const QString &name, const YamlNode &body);
    // Appends a whole list item (as taken from another document's entry()), renamed.
    void appendEntry(Section section, const QString &name, const YamlNode &entry);
    bool removeEntry(Section section, const QString &name);
    bool renameEntry(Section section, const QString &oldName, const QString &newName);

    // The whole tree (for tests and rare generic edits).
    const YamlNode &root() const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};
