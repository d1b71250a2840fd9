#pragma once

#include <QString>
#include <QStringList>

#include <vector>

// One node of a YAML document as kubetailor keeps it: a value type (copying deep-copies, so
// an alias expanded at load time is independent of its anchor), map entries in their
// original order, and for every scalar whether it was plain in the input (then its type is
// whatever a YAML reader resolves it to: `true`, `0123`, `null` stay bool/int/null) or
// quoted/block (then it is a string, and is written back quoted when it must be).
class YamlNode
{
public:
    enum class Kind { Null, Scalar, Sequence, Map };

    YamlNode() = default; // a null written as `null`

    // A string value: written plain when it reads back as the same string, else quoted.
    static YamlNode string(const QString &value);
    // A scalar as written in the input: `plain` = it had no quotes and was not a block.
    static YamlNode scalar(const QString &text, bool plain, const QString &tag = QString());
    // `spelling` is how the null was written: "null", "~", "Null", or "" (nothing).
    static YamlNode null(const QString &spelling = QStringLiteral("null"));
    static YamlNode map();
    static YamlNode sequence();

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    bool isScalar() const { return m_kind == Kind::Scalar; }
    bool isMap() const { return m_kind == Kind::Map; }
    bool isSequence() const { return m_kind == Kind::Sequence; }
    // A scalar that a kubeconfig reader takes as a string (quoted, or plain that resolves
    // to a string).
    bool isString() const;

    // Scalar text (the null spelling for a null).
    QString text() const { return m_text; }
    bool isPlain() const { return m_plain; }
    // Explicit tag as written ("!!str", "tag:yaml.org,2002:int"); empty when none.
    QString tag() const { return m_tag; }

    // Where the node started in its file, 1-based; 0 when created in memory.
    int line() const { return m_line; }
    int column() const { return m_column; }
    void setPosition(int line, int column);
    YamlNode positioned(int line, int column) const
    {
        YamlNode copy = *this;
        copy.setPosition(line, column);
        return copy;
    }
    // Flow style in the input (`{}` / `[]` / JSON).
    bool isFlow() const { return m_flow; }
    void setFlow(bool flow) { m_flow = flow; }

    // Sequence: items. Map: entries (size() = number of key/value pairs).
    int size() const;
    const YamlNode &at(int index) const { return m_children[std::size_t(index)]; }
    YamlNode &at(int index) { return m_children[std::size_t(index)]; }
    void append(const YamlNode &item);
    void append(YamlNode &&item);
    void removeAt(int index);
    void insertAt(int index, const YamlNode &item);

    const YamlNode &keyAt(int index) const { return m_children[std::size_t(2 * index)]; }
    const YamlNode &valueAt(int index) const { return m_children[std::size_t(2 * index + 1)]; }
    YamlNode &valueAt(int index) { return m_children[std::size_t(2 * index + 1)]; }
    QStringList keys() const;
    void setKeyAt(int index, const YamlNode &key) { m_children[std::size_t(2 * index)] = key; }
    // Index of the entry whose scalar key is `key`, or -1.
    int indexOf(const QString &key) const;
    bool contains(const QString &key) const { return indexOf(key) >= 0; }
    const YamlNode *find(const QString &key) const;
    YamlNode *find(const QString &key);
    // The scalar text under `key`; empty when missing or not a scalar.
    QString stringValue(const QString &key) const;
    // Replaces the value of an existing key in place (order kept) or appends the entry.
    void insert(const QString &key, const YamlNode &value);
    // Appends without looking for an existing key (for readers building a map).
    void appendEntry(const YamlNode &key, const YamlNode &value);
    bool remove(const QString &key);
    void renameKey(int index, const QString &newKey);

    // Same content for a kubeconfig reader: same kinds, same resolved scalar values (a
    // plain `true` differs from a quoted "true"), maps compared regardless of key order,
    // sequences in order. Positions and styles are ignored.
    bool sameContent(const YamlNode &other) const;

    // Number of nodes in this subtree (for bounding alias expansion).
    qint64 nodeCount() const;

private:
    Kind m_kind = Kind::Null;
    bool m_plain = true;
    bool m_flow = false;
    int m_line = 0;
    int m_column = 0;
    QString m_text = QStringLiteral("null");
    QString m_tag;
    std::vector<YamlNode> m_children; // map: key, value, key, value...
};
