#include "KubeconfigSchema.h"

#include "kubeconfig/yaml/YamlScalarResolver.h"

#include <QHash>

#include <vector>

namespace {

// The Go types of client-go's clientcmd/api/v1 fields, as far as decoding can refuse them.
enum class Type {
    String,        // string
    Bool,          // bool
    Bytes,         // []byte: padded standard base64 (or a list of numbers 0-255)
    StringList,    // []string
    StringMap,     // map[string]string
    StringListMap, // map[string][]string
    Object,        // a struct: a mapping with the fields listed
    EnvList,       // []ExecEnvVar
    Extensions,    // []NamedExtension, names unique in the list
    Any,           // runtime.RawExtension: anything
};

struct Field
{
    const char *key;
    Type type;
    const std::vector<Field> *fields = nullptr; // for Type::Object
};

using Fields = std::vector<Field>;

const Fields &envFields()
{
    static const Fields fields = {{"name", Type::String}, {"value", Type::String}};
    return fields;
}

const Fields &execFields()
{
    static const Fields fields = {
        {"command", Type::String},
        {"args", Type::StringList},
        {"env", Type::EnvList},
        {"apiVersion", Type::String},
        {"installHint", Type::String},
        {"provideClusterInfo", Type::Bool},
        {"interactiveMode", Type::String},
    };
    return fields;
}

const Fields &authProviderFields()
{
    static const Fields fields = {{"name", Type::String}, {"config", Type::StringMap}};
    return fields;
}

const Fields &clusterFields()
{
    static const Fields fields = {
        {"server", Type::String},
        {"tls-server-name", Type::String},
        {"insecure-skip-tls-verify", Type::Bool},
        {"certificate-authority", Type::String},
        {"certificate-authority-data", Type::Bytes},
        {"proxy-url", Type::String},
        {"disable-compression", Type::Bool},
        {"extensions", Type::Extensions},
    };
    return fields;
}

const Fields &contextFields()
{
    static const Fields fields = {{"cluster", Type::String},
                                  {"user", Type::String},
                                  {"namespace", Type::String},
                                  {"extensions", Type::Extensions}};
    return fields;
}

const Fields &userFields()
{
    static const Fields fields = {
        {"client-certificate", Type::String},
        {"client-certificate-data", Type::Bytes},
        {"client-key", Type::String},
        {"client-key-data", Type::Bytes},
        {"token", Type::String},
        {"tokenFile", Type::String},
        {"as", Type::String},
        {"as-uid", Type::String},
        {"as-groups", Type::StringList},
        {"as-user-extra", Type::StringListMap},
        {"username", Type::String},
        {"password", Type::String},
        {"auth-provider", Type::Object, &authProviderFields()},
        {"exec", Type::Object, &execFields()},
        {"extensions", Type::Extensions},
    };
    return fields;
}

const Fields &preferencesFields()
{
    static const Fields fields = {{"colors", Type::Bool}, {"extensions", Type::Extensions}};
    return fields;
}

// The three named lists of a kubeconfig: list key, the body key of an item, body fields.
struct Section
{
    const char *list;
    const char *body;
    const Fields &(*fields)();
};

const Section Sections[] = {{"clusters", "cluster", clusterFields},
                            {"contexts", "context", contextFields},
                            {"users", "user", userFields}};

QString key(const char *latin1)
{
    return QLatin1String(latin1);
}

QString where(const QString &path, const YamlNode &node)
{
    if (node.line() <= 0)
        return path;
    return QStringLiteral("%1:%2:%3").arg(path).arg(node.line()).arg(node.column());
}

// "a string", "a number (123)", "a boolean (yes)", "a list", ...: what the user wrote.
QString found(const YamlNode &node)
{
    switch (node.kind()) {
    case YamlNode::Kind::Null:
        return QStringLiteral("null");
    case YamlNode::Kind::Sequence:
        return QStringLiteral("a list");
    case YamlNode::Kind::Map:
        return QStringLiteral("a mapping");
    case YamlNode::Kind::Scalar:
        break;
    }
    switch (KubeconfigSchema::kubectlType(node)) {
    case KubeconfigSchema::ScalarType::Number:
        return QStringLiteral("a number (%1)").arg(node.text());
    case KubeconfigSchema::ScalarType::Bool:
        return QStringLiteral("a boolean (%1)").arg(node.text());
    case KubeconfigSchema::ScalarType::Null:
        return QStringLiteral("null");
    case KubeconfigSchema::ScalarType::String:
        break;
    }
    return QStringLiteral("a string");
}

bool isString(const YamlNode &node)
{
    return node.isScalar() &&
           KubeconfigSchema::kubectlType(node) == KubeconfigSchema::ScalarType::String;
}

// Go's base64.StdEncoding as encoding/json decodes []byte: line breaks ignored, padding
// required, nothing after it.
bool isStdBase64(const QString &text)
{
    QString s = text;
    s.remove(QLatin1Char('\r'));
    s.remove(QLatin1Char('\n'));
    if (s.size() % 4 != 0)
        return false;
    int padding = 0;
    if (s.endsWith(QLatin1String("==")))
        padding = 2;
    else if (s.endsWith(QLatin1Char('=')))
        padding = 1;
    for (qsizetype i = 0; i < s.size() - padding; ++i) {
        const char16_t c = s.at(i).unicode();
        const bool alphabet = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') ||
                              (c >= u'0' && c <= u'9') || c == u'+' || c == u'/';
        if (!alphabet)
            return false;
    }
    return true;
}

bool isByteNumber(const YamlNode &node)
{
    if (!node.isScalar() ||
        KubeconfigSchema::kubectlType(node) != KubeconfigSchema::ScalarType::Number)
        return false;
    bool ok = false;
    const int value = node.text().toInt(&ok, 0);
    return ok && value >= 0 && value <= 255;
}

class Checker
{
public:
    explicit Checker(const QString &path)
        : m_path(path)
    {}

    Status root(const YamlNode &root) const
    {
        if (root.isNull())
            return Status::success();
        if (!root.isMap()) {
            return Status::failure(
                KubeconfigSchema::tr("%1: expected a kubeconfig (a mapping with clusters, "
                                     "contexts and users), found %2")
                    .arg(where(m_path, root), found(root)));
        }
        if (const Status s = typeMeta(root); !s)
            return s;
        if (const YamlNode *current = root.find(QStringLiteral("current-context"));
            current && !current->isScalar() && !current->isNull()) {
            return Status::failure(
                KubeconfigSchema::tr("%1: current-context must be a context name, found %2")
                    .arg(where(m_path, *current), found(*current)));
        }
        const Fields top = {{"current-context", Type::String},
                            {"preferences", Type::Object, &preferencesFields()},
                            {"extensions", Type::Extensions}};
        if (const Status s = object(root, top, QString()); !s)
            return s;
        for (const Section &section : Sections) {
            if (const YamlNode *items = root.find(key(section.list)))
                if (const Status s = namedList(*items, section); !s)
                    return s;
        }
        return Status::success();
    }

private:
    // apiVersion and kind: strings, and when set, v1 and Config (client-go's scheme knows
    // nothing else: "no kind "Pod" is registered for version "v1"").
    Status typeMeta(const YamlNode &root) const
    {
        const Fields fields = {{"apiVersion", Type::String}, {"kind", Type::String}};
        if (const Status s = object(root, fields, QString()); !s)
            return s;
        const YamlNode *version = root.find(QStringLiteral("apiVersion"));
        if (version && version->isScalar() && !version->text().isEmpty() &&
            version->text() != QLatin1String("v1")) {
            return Status::failure(
                KubeconfigSchema::tr("%1: apiVersion \"%2\" is not a kubeconfig version; kubectl "
                                     "reads only apiVersion: v1 and refuses such a file")
                    .arg(where(m_path, *version), version->text()));
        }
        const YamlNode *kind = root.find(QStringLiteral("kind"));
        if (kind && kind->isScalar() && !kind->text().isEmpty() &&
            kind->text() != QLatin1String("Config")) {
            return Status::failure(
                KubeconfigSchema::tr("%1: kind \"%2\" is not a kubeconfig; kubectl reads only "
                                     "kind: Config and refuses such a file")
                    .arg(where(m_path, *kind), kind->text()));
        }
        return Status::success();
    }

    // clusters/contexts/users: a list of entries (a mapping, or null: an entry named ""),
    // each with a string name, unique in this file, and a body of the section's fields.
    Status namedList(const YamlNode &items, const Section &section) const
    {
        if (items.isNull())
            return Status::success();
        const QString bodyKey = key(section.body);
        if (!items.isSequence()) {
            return Status::failure(KubeconfigSchema::tr("%1: expected a list of %2, found %3")
                                       .arg(where(m_path, items), key(section.list), found(items)));
        }
        QHash<QString, int> seen;
        for (int i = 0; i < items.size(); ++i) {
            const YamlNode &item = items.at(i);
            if (!item.isMap() && !item.isNull()) {
                return Status::failure(
                    KubeconfigSchema::tr(
                        "%1: expected a %2 entry (a mapping with name and %2), found %3")
                        .arg(where(m_path, item), bodyKey, found(item)));
            }
            const YamlNode *name = item.isMap() ? item.find(QStringLiteral("name")) : nullptr;
            if (name && !name->isNull() && !isString(*name)) {
                return Status::failure(
                    KubeconfigSchema::tr("%1: the name of a %2 must be a string, found %3; "
                                         "kubectl refuses such a file: quote the name")
                        .arg(where(m_path, *name), bodyKey, found(*name)));
            }
            if (const Status s = duplicate(seen, item, name, bodyKey); !s)
                return s;
            if (!item.isMap())
                continue;
            // The body's fields are named bare ("server"), as the user sees them in it.
            const YamlNode *body = item.find(bodyKey);
            if (!body || body->isNull())
                continue;
            if (!body->isMap())
                return mustBe(*body, bodyKey, KubeconfigSchema::tr("a mapping"));
            if (const Status s = object(*body, section.fields(), QString()); !s)
                return s;
        }
        return Status::success();
    }

    Status duplicate(QHash<QString, int> &seen, const YamlNode &item, const YamlNode *name,
                     const QString &noun) const
    {
        const QString text = name && name->isScalar() ? name->text() : QString();
        const auto previous = seen.constFind(text);
        if (previous == seen.constEnd()) {
            seen.insert(text, item.line());
            return Status::success();
        }
        if (noun == QLatin1String("extension")) {
            return Status::failure(
                KubeconfigSchema::tr("%1: extension \"%2\" is listed twice in these extensions "
                                     "(first at line %3); kubectl refuses such a file: remove or "
                                     "rename one of them")
                    .arg(where(m_path, item), text)
                    .arg(*previous));
        }
        return Status::failure(
            KubeconfigSchema::tr("%1: %2 \"%3\" is defined twice in this file (first at line %4); "
                                 "kubectl refuses such a file: remove or rename one of them")
                .arg(where(m_path, item), noun, text)
                .arg(*previous));
    }

    Status object(const YamlNode &map, const Fields &fields, const QString &prefix) const
    {
        for (const Field &field : fields) {
            if (const YamlNode *node = map.find(key(field.key)))
                if (const Status s = value(*node, field, prefix); !s)
                    return s;
        }
        return Status::success();
    }

    Status value(const YamlNode &node, const Field &field, const QString &prefix) const
    {
        if (node.isNull())
            return Status::success(); // JSON null leaves any Go field at its zero value
        const QString name = prefix + key(field.key);
        switch (field.type) {
        case Type::String:
            return string(node, name);
        case Type::Bool:
            if (node.isScalar() &&
                KubeconfigSchema::kubectlType(node) == KubeconfigSchema::ScalarType::Bool)
                return Status::success();
            return Status::failure(KubeconfigSchema::tr("%1: %2 must be true or false, found %3; "
                                                        "kubectl refuses such a file")
                                       .arg(where(m_path, node), name, found(node)));
        case Type::Bytes:
            return bytes(node, name);
        case Type::StringList:
            if (!node.isSequence())
                return mustBe(node, name, KubeconfigSchema::tr("a list of strings"));
            for (int i = 0; i < node.size(); ++i) {
                if (const Status s = string(node.at(i), name); !s)
                    return s;
            }
            return Status::success();
        case Type::StringMap:
        case Type::StringListMap:
            if (!node.isMap())
                return mustBe(node, name, KubeconfigSchema::tr("a mapping"));
            for (int i = 0; i < node.size(); ++i) {
                const Field item = {"", field.type == Type::StringMap ? Type::String
                                                                      : Type::StringList};
                const QString itemPrefix = name + QLatin1Char('.') + node.keyAt(i).text();
                if (const Status s = value(node.valueAt(i), item, itemPrefix); !s)
                    return s;
            }
            return Status::success();
        case Type::Object:
            if (!node.isMap())
                return mustBe(node, name, KubeconfigSchema::tr("a mapping"));
            return object(node, *field.fields, name + QLatin1Char('.'));
        case Type::EnvList:
            if (!node.isSequence())
                return mustBe(node, name, KubeconfigSchema::tr("a list of name/value pairs"));
            for (int i = 0; i < node.size(); ++i) {
                const YamlNode &item = node.at(i);
                if (item.isNull())
                    continue;
                if (!item.isMap())
                    return mustBe(item, name, KubeconfigSchema::tr("a list of name/value pairs"));
                if (const Status s = object(item, envFields(), name + QLatin1Char('.')); !s)
                    return s;
            }
            return Status::success();
        case Type::Extensions:
            return extensions(node, name);
        case Type::Any:
            break;
        }
        return Status::success();
    }

    Status string(const YamlNode &node, const QString &name) const
    {
        if (node.isNull())
            return Status::success();
        if (!node.isScalar()) {
            return Status::failure(KubeconfigSchema::tr("%1: %2 must be a single value, found %3")
                                       .arg(where(m_path, node), name, found(node)));
        }
        if (isString(node))
            return Status::success();
        return Status::failure(
            KubeconfigSchema::tr("%1: %2 must be a string, found %3; kubectl refuses such a "
                                 "file: quote the value (\"%4\")")
                .arg(where(m_path, node), name, found(node), node.text()));
    }

    Status bytes(const YamlNode &node, const QString &name) const
    {
        if (node.isSequence()) {
            for (int i = 0; i < node.size(); ++i) {
                if (!isByteNumber(node.at(i)))
                    return mustBe(node, name, KubeconfigSchema::tr("base64 text"));
            }
            return Status::success();
        }
        if (!isString(node))
            return mustBe(node, name, KubeconfigSchema::tr("base64 text"));
        if (isStdBase64(node.text()))
            return Status::success();
        return Status::failure(
            KubeconfigSchema::tr("%1: %2 is not valid base64; kubectl refuses such a file: copy "
                                 "the value again from where it came, or remove the field")
                .arg(where(m_path, node), name));
    }

    Status extensions(const YamlNode &node, const QString &name) const
    {
        if (!node.isSequence())
            return mustBe(node, name, KubeconfigSchema::tr("a list of extensions"));
        QHash<QString, int> seen;
        for (int i = 0; i < node.size(); ++i) {
            const YamlNode &item = node.at(i);
            if (!item.isMap() && !item.isNull())
                return mustBe(item, name, KubeconfigSchema::tr("a list of extensions"));
            const YamlNode *itemName = item.isMap() ? item.find(QStringLiteral("name")) : nullptr;
            if (itemName)
                if (const Status s = string(*itemName, name + QStringLiteral(".name")); !s)
                    return s;
            if (const Status s = duplicate(seen, item, itemName, QStringLiteral("extension")); !s)
                return s;
        }
        return Status::success();
    }

    Status mustBe(const YamlNode &node, const QString &name, const QString &what) const
    {
        return Status::failure(KubeconfigSchema::tr("%1: %2 must be %3, found %4")
                                   .arg(where(m_path, node), name, what, found(node)));
    }

    QString m_path;
};

} // namespace

KubeconfigSchema::ScalarType KubeconfigSchema::kubectlType(const YamlNode &node)
{
    if (node.isNull())
        return ScalarType::Null;
    const QString tag = node.tag();
    const auto tagged = [&tag](const char *name) {
        return tag == QLatin1String("!!") + QLatin1String(name) ||
               tag == QLatin1String("tag:yaml.org,2002:") + QLatin1String(name);
    };
    if (tagged("int") || tagged("float"))
        return ScalarType::Number;
    if (tagged("bool"))
        return ScalarType::Bool;
    if (tagged("null"))
        return ScalarType::Null;
    if (!tag.isEmpty() || !node.isPlain())
        return ScalarType::String;
    switch (YamlScalarResolver::resolvePlain(node.text())) {
    case YamlScalarResolver::Type::Null:
        return ScalarType::Null;
    case YamlScalarResolver::Type::Bool:
        // The merge key `<<` is reported as Bool by the resolver; as a value it is a string.
        return node.text() == QLatin1String("<<") ? ScalarType::String : ScalarType::Bool;
    case YamlScalarResolver::Type::Int:
        return ScalarType::Number;
    case YamlScalarResolver::Type::Float:
        // go-yaml v2 has no sexagesimal numbers: `1:20` is a string for kubectl.
        return node.text().contains(QLatin1Char(':')) ? ScalarType::String : ScalarType::Number;
    case YamlScalarResolver::Type::Timestamp: // a string for kubectl (sigs.k8s.io/yaml)
    case YamlScalarResolver::Type::String:
        break;
    }
    return ScalarType::String;
}

bool KubeconfigSchema::isTrue(const YamlNode *node)
{
    if (!node || !node->isScalar() || kubectlType(*node) != ScalarType::Bool)
        return false;
    static const QStringList truths = {
        QStringLiteral("true"), QStringLiteral("True"), QStringLiteral("TRUE"),
        QStringLiteral("yes"),  QStringLiteral("Yes"),  QStringLiteral("YES"),
        QStringLiteral("on"),   QStringLiteral("On"),   QStringLiteral("ON"),
        QStringLiteral("y"),    QStringLiteral("Y"),
    };
    return truths.contains(node->text());
}

QStringList KubeconfigSchema::stringList(const YamlNode *node)
{
    QStringList items;
    if (!node || !node->isSequence())
        return items;
    for (int i = 0; i < node->size(); ++i)
        items << (node->at(i).isScalar() ? node->at(i).text() : QString());
    return items;
}

QByteArray KubeconfigSchema::bytes(const YamlNode *node)
{
    if (!node)
        return QByteArray();
    if (node->isSequence()) {
        QByteArray out;
        for (int i = 0; i < node->size(); ++i)
            out.append(char(node->at(i).text().toInt(nullptr, 0)));
        return out;
    }
    return node->isScalar() ? QByteArray::fromBase64(node->text().toLatin1()) : QByteArray();
}

Status KubeconfigSchema::check(const YamlNode &root, const QString &path)
{
    return Checker(path).root(root);
}
