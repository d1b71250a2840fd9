#include "YamlNode.h"

#include "kubeconfig/yaml/YamlScalarResolver.h"

YamlNode YamlNode::string(const QString &value)
{
    return scalar(value, false);
}

YamlNode YamlNode::scalar(const QString &text, bool plain, const QString &tag)
{
    YamlNode node;
    node.m_kind = Kind::Scalar;
    node.m_text = text;
    node.m_plain = plain;
    node.m_tag = tag;
    return node;
}

YamlNode YamlNode::null(const QString &spelling)
{
    YamlNode node;
    node.m_text = spelling;
    return node;
}

YamlNode YamlNode::map()
{
    YamlNode node;
    node.m_kind = Kind::Map;
    node.m_text.clear();
    return node;
}

YamlNode YamlNode::sequence()
{
    YamlNode node;
    node.m_kind = Kind::Sequence;
    node.m_text.clear();
    return node;
}

bool YamlNode::isString() const
{
    if (m_kind != Kind::Scalar)
        return false;
    if (m_tag == QLatin1String("!!str") || m_tag == QLatin1String("tag:yaml.org,2002:str"))
        return true;
    if (!m_tag.isEmpty())
        return false;
    return !m_plain || YamlScalarResolver::resolvePlain(m_text) == YamlScalarResolver::Type::String;
}

void YamlNode::setPosition(int line, int column)
{
    m_line = line;
    m_column = column;
}

int YamlNode::size() const
{
    if (m_kind == Kind::Map)
        return int(m_children.size() / 2);
    if (m_kind == Kind::Sequence)
        return int(m_children.size());
    return 0;
}

void YamlNode::append(const YamlNode &item)
{
    m_children.push_back(item);
}

void YamlNode::append(YamlNode &&item)
{
    m_children.push_back(std::move(item));
}

void YamlNode::removeAt(int index)
{
    if (m_kind == Kind::Map) {
        const auto first = m_children.begin() + 2 * index;
        m_children.erase(first, first + 2);
    } else {
        m_children.erase(m_children.begin() + index);
    }
}

void YamlNode::insertAt(int index, const YamlNode &item)
{
    m_children.insert(m_children.begin() + index, item);
}

QStringList YamlNode::keys() const
{
    QStringList result;
    for (int i = 0; i < size() && m_kind == Kind::Map; ++i)
        result << keyAt(i).text();
    return result;
}

int YamlNode::indexOf(const QString &key) const
{
    if (m_kind != Kind::Map)
        return -1;
    const int count = size();
    for (int i = 0; i < count; ++i) {
        const YamlNode &k = keyAt(i);
        if (k.m_kind == Kind::Scalar && k.m_text == key)
            return i;
    }
    return -1;
}

const YamlNode *YamlNode::find(const QString &key) const
{
    const int index = indexOf(key);
    return index < 0 ? nullptr : &valueAt(index);
}

YamlNode *YamlNode::find(const QString &key)
{
    const int index = indexOf(key);
    return index < 0 ? nullptr : &valueAt(index);
}

QString YamlNode::stringValue(const QString &key) const
{
    const YamlNode *value = find(key);
    return value && value->isScalar() ? value->text() : QString();
}

void YamlNode::insert(const QString &key, const YamlNode &value)
{
    if (m_kind != Kind::Map)
        *this = map();
    const int index = indexOf(key);
    if (index >= 0) {
        valueAt(index) = value;
        return;
    }
    appendEntry(YamlNode::scalar(key, true), value);
}

void YamlNode::appendEntry(const YamlNode &key, const YamlNode &value)
{
    m_children.push_back(key);
    m_children.push_back(value);
}

bool YamlNode::remove(const QString &key)
{
    const int index = indexOf(key);
    if (index < 0)
        return false;
    removeAt(index);
    return true;
}

void YamlNode::renameKey(int index, const QString &newKey)
{
    YamlNode &key = m_children[std::size_t(2 * index)];
    key = YamlNode::string(newKey);
}

static bool sameScalar(const YamlNode &a, const YamlNode &b)
{
    if (a.text() != b.text())
        return false;
    // Same text: equal unless one reads as a string and the other does not.
    return a.isString() == b.isString();
}

bool YamlNode::sameContent(const YamlNode &other) const
{
    if (m_kind != other.m_kind)
        return false;
    switch (m_kind) {
    case Kind::Null:
        return true;
    case Kind::Scalar:
        return sameScalar(*this, other);
    case Kind::Sequence:
        if (m_children.size() != other.m_children.size())
            return false;
        for (std::size_t i = 0; i < m_children.size(); ++i) {
            if (!m_children[i].sameContent(other.m_children[i]))
                return false;
        }
        return true;
    case Kind::Map: {
        if (size() != other.size())
            return false;
        for (int i = 0; i < size(); ++i) {
            bool found = false;
            for (int j = 0; j < other.size() && !found; ++j) {
                if (keyAt(i).sameContent(other.keyAt(j)))
                    found = valueAt(i).sameContent(other.valueAt(j));
            }
            if (!found)
                return false;
        }
        return true;
    }
    }
    return false;
}

qint64 YamlNode::nodeCount() const
{
    qint64 count = 1;
    for (const YamlNode &child : m_children)
        count += child.nodeCount();
    return count;
}
