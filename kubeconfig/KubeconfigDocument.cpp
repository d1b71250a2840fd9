#include "KubeconfigDocument.h"

#include "kubeconfig/KubeconfigLogging.h"
#include "kubeconfig/KubeconfigSplicer.h"
#include "kubeconfig/yaml/YamlReader.h"
#include "kubeconfig/yaml/YamlWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <array>

namespace {

const QByteArray Bom("\xEF\xBB\xBF");

int sectionIndex(KubeconfigDocument::Section section)
{
    return int(section);
}

QString where(const QString &path, const YamlNode &node)
{
    if (node.line() <= 0)
        return path;
    return QStringLiteral("%1:%2:%3").arg(path).arg(node.line()).arg(node.column());
}

QString kindName(const YamlNode &node)
{
    switch (node.kind()) {
    case YamlNode::Kind::Null:
        return QStringLiteral("null");
    case YamlNode::Kind::Scalar:
        return node.isString() ? QStringLiteral("a string") : QStringLiteral("a scalar");
    case YamlNode::Kind::Sequence:
        return QStringLiteral("a list");
    case YamlNode::Kind::Map:
        return QStringLiteral("a mapping");
    }
    return QString();
}

// Fields whose value must be a scalar, per body kind (client-go refuses other types).
const QStringList &scalarFields(KubeconfigDocument::Section section)
{
    static const QStringList cluster = {
        QStringLiteral("server"),
        QStringLiteral("certificate-authority"),
        QStringLiteral("certificate-authority-data"),
        QStringLiteral("tls-server-name"),
        QStringLiteral("proxy-url"),
        QStringLiteral("insecure-skip-tls-verify"),
    };
    static const QStringList context = {QStringLiteral("cluster"), QStringLiteral("user"),
                                        QStringLiteral("namespace")};
    static const QStringList user = {
        QStringLiteral("token"),
        QStringLiteral("tokenFile"),
        QStringLiteral("client-certificate"),
        QStringLiteral("client-certificate-data"),
        QStringLiteral("client-key"),
        QStringLiteral("client-key-data"),
        QStringLiteral("username"),
        QStringLiteral("password"),
    };
    switch (section) {
    case KubeconfigDocument::Section::Clusters:
        return cluster;
    case KubeconfigDocument::Section::Contexts:
        return context;
    case KubeconfigDocument::Section::Users:
        break;
    }
    return user;
}

} // namespace

struct KubeconfigDocument::Data
{
    QString path;
    bool exists = false;
    QByteArray original;
    bool json = false;
    bool crlf = false;
    bool bom = false;
    bool modified = false;
    YamlNode root = YamlNode::null(QString());
    // The tree as read, taken at the first edit: serialize() splices the difference.
    std::shared_ptr<const YamlNode> before;
    std::array<QHash<QString, int>, 3> index; // name -> position in the list

    YamlNode *list(Section section) { return root.isMap() ? root.find(listKey(section)) : nullptr; }
    const YamlNode *list(Section section) const
    {
        return root.isMap() ? root.find(listKey(section)) : nullptr;
    }
    void markModified()
    {
        if (!modified && exists && !before)
            before = std::make_shared<const YamlNode>(root);
        modified = true;
    }
    void reindex(Section section)
    {
        QHash<QString, int> &names = index[std::size_t(sectionIndex(section))];
        names.clear();
        const YamlNode *items = list(section);
        if (!items || !items->isSequence())
            return;
        for (int i = 0; i < items->size(); ++i) {
            const YamlNode &item = items->at(i);
            if (!item.isMap())
                continue;
            const YamlNode *name = item.find(QStringLiteral("name"));
            if (name && name->isScalar() && !names.contains(name->text()))
                names.insert(name->text(), i);
        }
    }
    void reindexAll()
    {
        for (Section s : {Section::Clusters, Section::Contexts, Section::Users})
            reindex(s);
    }
    int position(Section section, const QString &name) const
    {
        return index[std::size_t(sectionIndex(section))].value(name, -1);
    }
    YamlNode &ensureRoot()
    {
        if (!root.isMap()) {
            root = YamlNode::map();
            root.insert(QStringLiteral("apiVersion"), YamlNode::scalar(QStringLiteral("v1"), true));
            root.insert(QStringLiteral("kind"), YamlNode::scalar(QStringLiteral("Config"), true));
            root.insert(QStringLiteral("preferences"), YamlNode::map());
        }
        return root;
    }
    YamlNode &ensureList(Section section)
    {
        YamlNode &r = ensureRoot();
        YamlNode *items = r.find(listKey(section));
        if (!items) {
            r.insert(listKey(section), YamlNode::sequence());
            items = r.find(listKey(section));
        } else if (!items->isSequence()) {
            *items = YamlNode::sequence(); // was null
        }
        return *items;
    }
};

QString KubeconfigDocument::listKey(Section section)
{
    switch (section) {
    case Section::Clusters:
        return QStringLiteral("clusters");
    case Section::Contexts:
        return QStringLiteral("contexts");
    case Section::Users:
        break;
    }
    return QStringLiteral("users");
}

QString KubeconfigDocument::bodyKey(Section section)
{
    switch (section) {
    case Section::Clusters:
        return QStringLiteral("cluster");
    case Section::Contexts:
        return QStringLiteral("context");
    case Section::Users:
        break;
    }
    return QStringLiteral("user");
}

KubeconfigDocument::KubeconfigDocument()
    : d(std::make_unique<Data>())
{}

KubeconfigDocument::KubeconfigDocument(const KubeconfigDocument &other)
    : d(std::make_unique<Data>(*other.d))
{}

KubeconfigDocument &KubeconfigDocument::operator=(const KubeconfigDocument &other)
{
    if (this != &other)
        d = std::make_unique<Data>(*other.d);
    return *this;
}

KubeconfigDocument::KubeconfigDocument(KubeconfigDocument &&other) noexcept = default;
KubeconfigDocument &KubeconfigDocument::operator=(KubeconfigDocument &&other) noexcept = default;
KubeconfigDocument::~KubeconfigDocument() = default;

Result<KubeconfigDocument> KubeconfigDocument::load(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        KubeconfigDocument doc;
        doc.d->path = path;
        return Result<KubeconfigDocument>::ok(std::move(doc));
    }
    if (QFileInfo(path).isDir()) {
        return Result<KubeconfigDocument>::failure(
            tr("%1: is a folder, not a kubeconfig file").arg(path));
    }
    // A FIFO, socket or device would block the read (kubectl hangs on one): only a regular
    // file, or a symlink to one, is a kubeconfig.
    if (!QFileInfo(path).isFile()) {
        return Result<KubeconfigDocument>::failure(
            tr("%1: is not a regular file (a pipe or a device?); point KUBECONFIG or "
               "--kubeconfig at a kubeconfig file")
                .arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Result<KubeconfigDocument>::failure(
            tr("%1: cannot read: %2").arg(path, file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Result<KubeconfigDocument>::failure(
            tr("%1: cannot read: %2").arg(path, file.errorString()));
    }
    Result<KubeconfigDocument> result = fromBytes(bytes, path);
    if (result.ok())
        result.value().d->exists = true;
    return result;
}

namespace {

using Section = KubeconfigDocument::Section;

// How the file is written, so an edit writes it back the same way: a UTF-8 BOM, CRLF line
// ends, JSON (the first non-blank character is '{'). `text` is the bytes without the BOM.
struct SourceFormat
{
    QByteArray text;
    bool bom = false;
    bool crlf = false;
    bool json = false;
};

SourceFormat detectFormat(const QByteArray &bytes)
{
    SourceFormat format;
    format.text = bytes;
    if (format.text.startsWith(Bom)) {
        format.bom = true;
        format.text.remove(0, Bom.size());
    }
    format.crlf = format.text.contains("\r\n");
    for (const char c : std::as_const(format.text)) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        format.json = c == '{';
        break;
    }
    return format;
}

// One list item of clusters/contexts/users: a mapping with a string name and a mapping
// body whose known single-value fields are single values.
Status checkEntry(Section section, const YamlNode &item, const QString &path)
{
    const QString bodyKey = KubeconfigDocument::bodyKey(section);
    if (!item.isMap()) {
        return Status::failure(
            KubeconfigDocument::tr("%1: expected a %2 entry (a mapping with name and %2), found %3")
                .arg(where(path, item), bodyKey, kindName(item)));
    }
    const YamlNode *name = item.find(QStringLiteral("name"));
    if (name && !name->isScalar()) {
        return Status::failure(
            KubeconfigDocument::tr("%1: the name of a %2 must be a string, found %3")
                .arg(where(path, *name), bodyKey, kindName(*name)));
    }
    const YamlNode *body = item.find(bodyKey);
    if (body && !body->isMap() && !body->isNull()) {
        return Status::failure(KubeconfigDocument::tr("%1: %2 must be a mapping, found %3")
                                   .arg(where(path, *body), bodyKey, kindName(*body)));
    }
    if (!body || !body->isMap())
        return Status::success();
    for (const QString &field : scalarFields(section)) {
        const YamlNode *value = body->find(field);
        if (value && !value->isScalar() && !value->isNull()) {
            return Status::failure(KubeconfigDocument::tr("%1: %2 must be a single value, found %3")
                                       .arg(where(path, *value), field, kindName(*value)));
        }
    }
    const YamlNode *exec = body->find(QStringLiteral("exec"));
    if (section == Section::Users && exec && !exec->isMap() && !exec->isNull()) {
        return Status::failure(KubeconfigDocument::tr("%1: exec must be a mapping, found %2")
                                   .arg(where(path, *exec), kindName(*exec)));
    }
    return Status::success();
}

// A section is absent, null, or a list of well-formed entries with distinct names.
Status checkSection(Section section, const YamlNode &root, const QString &path)
{
    const YamlNode *items = root.find(KubeconfigDocument::listKey(section));
    if (!items || items->isNull())
        return Status::success();
    if (!items->isSequence()) {
        return Status::failure(
            KubeconfigDocument::tr("%1: expected a list of %2, found %3")
                .arg(where(path, *items), KubeconfigDocument::listKey(section), kindName(*items)));
    }
    QHash<QString, int> seen;
    for (int i = 0; i < items->size(); ++i) {
        const YamlNode &item = items->at(i);
        if (const Status entry = checkEntry(section, item, path); !entry)
            return entry;
        const YamlNode *name = item.find(QStringLiteral("name"));
        if (!name)
            continue;
        const auto previous = seen.constFind(name->text());
        if (previous != seen.constEnd()) {
            return Status::failure(
                KubeconfigDocument::tr("%1: %2 \"%3\" is defined twice in this file (first at "
                                       "line %4); kubectl refuses such a file: remove or rename "
                                       "one of them")
                    .arg(where(path, item), KubeconfigDocument::bodyKey(section), name->text())
                    .arg(*previous));
        }
        seen.insert(name->text(), item.line());
    }
    return Status::success();
}

// The shape client-go accepts: empty, or a mapping whose current-context is a value and
// whose clusters, contexts and users are lists of entries.
Status checkShape(const YamlNode &root, const QString &path)
{
    if (root.isNull())
        return Status::success();
    if (!root.isMap()) {
        return Status::failure(
            KubeconfigDocument::tr("%1: expected a kubeconfig (a mapping with clusters, contexts "
                                   "and users), found %2")
                .arg(where(path, root), kindName(root)));
    }
    if (const YamlNode *current = root.find(QStringLiteral("current-context"));
        current && !current->isScalar() && !current->isNull()) {
        return Status::failure(
            KubeconfigDocument::tr("%1: current-context must be a context name, found %2")
                .arg(where(path, *current), kindName(*current)));
    }
    for (Section section : {Section::Clusters, Section::Contexts, Section::Users}) {
        if (const Status checked = checkSection(section, root, path); !checked)
            return checked;
    }
    return Status::success();
}

} // namespace

Result<KubeconfigDocument> KubeconfigDocument::fromBytes(const QByteArray &bytes,
                                                         const QString &path)
{
    KubeconfigDocument doc;
    Data &data = *doc.d;
    data.path = path;
    data.original = bytes;
    data.exists = true;
    const SourceFormat format = detectFormat(bytes);
    data.bom = format.bom;
    data.crlf = format.crlf;
    data.json = format.json;

    Result<YamlNode> parsed = YamlReader::parse(format.text, path);
    if (!parsed)
        return Result<KubeconfigDocument>::failure(parsed.error());
    data.root = parsed.takeValue();
    if (const Status shape = checkShape(data.root, path); !shape)
        return Result<KubeconfigDocument>::failure(shape.error());
    if (!data.root.isNull())
        data.reindexAll();
    return Result<KubeconfigDocument>::ok(std::move(doc));
}

QString KubeconfigDocument::path() const
{
    return d->path;
}

QString KubeconfigDocument::folder() const
{
    return QFileInfo(d->path).absolutePath();
}

bool KubeconfigDocument::exists() const
{
    return d->exists;
}

QByteArray KubeconfigDocument::originalBytes() const
{
    return d->original;
}

bool KubeconfigDocument::isJson() const
{
    return d->json;
}

bool KubeconfigDocument::isModified() const
{
    return d->modified;
}

QByteArray KubeconfigDocument::serialize() const
{
    return serializeWithReport().text;
}

KubeconfigSplicer::Outcome KubeconfigDocument::serializeWithReport() const
{
    KubeconfigSplicer::Outcome outcome;
    if (!d->modified) {
        outcome.text = d->original;
        return outcome;
    }
    if (d->before) {
        const QByteArray text = d->bom ? d->original.mid(Bom.size()) : d->original;
        outcome = KubeconfigSplicer::write(text, *d->before, d->root, d->json, d->path);
    } else {
        outcome.method = KubeconfigSplicer::Method::WholeFile;
        outcome.text = d->json ? YamlWriter::toJson(d->root) : YamlWriter::toYaml(d->root);
        if (d->crlf)
            outcome.text.replace("\n", "\r\n");
    }
    if (d->bom)
        outcome.text.prepend(Bom);
    return outcome;
}

QString KubeconfigDocument::currentContext() const
{
    return d->root.isMap() ? d->root.stringValue(QStringLiteral("current-context")) : QString();
}

void KubeconfigDocument::setCurrentContext(const QString &name)
{
    if (d->root.isMap()) {
        const YamlNode *current = d->root.find(QStringLiteral("current-context"));
        if (current && current->isString() && current->text() == name)
            return;
    }
    d->markModified();
    d->ensureRoot().insert(QStringLiteral("current-context"), YamlNode::string(name));
}

QStringList KubeconfigDocument::names(Section section) const
{
    QStringList result;
    const YamlNode *items = d->list(section);
    if (!items || !items->isSequence())
        return result;
    for (int i = 0; i < items->size(); ++i) {
        const QString name = items->at(i).stringValue(QStringLiteral("name"));
        if (items->at(i).contains(QStringLiteral("name")) && d->position(section, name) == i)
            result << name;
    }
    return result;
}

bool KubeconfigDocument::contains(Section section, const QString &name) const
{
    return d->position(section, name) >= 0;
}

const YamlNode *KubeconfigDocument::entry(Section section, const QString &name) const
{
    const int position = d->position(section, name);
    return position < 0 ? nullptr : &d->list(section)->at(position);
}

const YamlNode *KubeconfigDocument::body(Section section, const QString &name) const
{
    const YamlNode *item = entry(section, name);
    if (!item)
        return nullptr;
    const YamlNode *value = item->find(bodyKey(section));
    return value && value->isMap() ? value : nullptr;
}

YamlNode *KubeconfigDocument::mutableBody(Section section, const QString &name)
{
    const int position = d->position(section, name);
    if (position < 0)
        return nullptr;
    YamlNode *value = d->list(section)->at(position).find(bodyKey(section));
    if (!value)
        return nullptr;
    d->markModified();
    value = d->list(section)->at(position).find(bodyKey(section));
    if (value->isNull())
        *value = YamlNode::map();
    return value;
}

void KubeconfigDocument::setBody(Section section, const QString &name, const YamlNode &body)
{
    const int position = d->position(section, name);
    if (position >= 0) {
        YamlNode &item = d->list(section)->at(position);
        const YamlNode *existing = item.find(bodyKey(section));
        if (existing && existing->sameContent(body))
            return; // unchanged: keep the file's bytes as they are
        d->markModified();
        item.insert(bodyKey(section), body);
        return;
    }
    d->markModified();
    // kubectl's key order: cluster/context before name, name before user.
    YamlNode item = YamlNode::map();
    if (section == Section::Users) {
        item.insert(QStringLiteral("name"), YamlNode::string(name));
        item.insert(bodyKey(section), body);
    } else {
        item.insert(bodyKey(section), body);
        item.insert(QStringLiteral("name"), YamlNode::string(name));
    }
    YamlNode &items = d->ensureList(section);
    items.append(item);
    d->index[std::size_t(sectionIndex(section))].insert(name, items.size() - 1);
}

void KubeconfigDocument::appendEntry(Section section, const QString &name, const YamlNode &entry)
{
    d->markModified();
    YamlNode item = entry.isMap() ? entry : YamlNode::map();
    item.insert(QStringLiteral("name"), YamlNode::string(name));
    const int position = d->position(section, name);
    if (position >= 0) {
        d->list(section)->at(position) = item;
        return;
    }
    YamlNode &items = d->ensureList(section);
    items.append(item);
    d->index[std::size_t(sectionIndex(section))].insert(name, items.size() - 1);
}

bool KubeconfigDocument::removeEntry(Section section, const QString &name)
{
    const int position = d->position(section, name);
    if (position < 0)
        return false;
    d->markModified();
    d->list(section)->removeAt(position);
    d->reindex(section);
    return true;
}

bool KubeconfigDocument::renameEntry(Section section, const QString &oldName,
                                     const QString &newName)
{
    const int position = d->position(section, oldName);
    if (position < 0 || contains(section, newName))
        return false;
    d->markModified();
    d->list(section)->at(position).insert(QStringLiteral("name"), YamlNode::string(newName));
    d->reindex(section);
    return true;
}

const YamlNode &KubeconfigDocument::root() const
{
    return d->root;
}
