#include "KubeconfigDocument.h"

#include "kubeconfig/KubeconfigLogging.h"
#include "kubeconfig/KubeconfigSchema.h"
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
            // As client-go reads it: a null item, or one without a name, is named "".
            const QString name = items->at(i).stringValue(QStringLiteral("name"));
            if (!names.contains(name))
                names.insert(name, i);
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
    if (!file.exists())
        return Result<KubeconfigDocument>::ok(missingFile(path));
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
    if (const Status shape = KubeconfigSchema::check(data.root, path); !shape)
        return Result<KubeconfigDocument>::failure(shape.error());
    if (!data.root.isNull())
        data.reindexAll();
    return Result<KubeconfigDocument>::ok(std::move(doc));
}

KubeconfigDocument KubeconfigDocument::missingFile(const QString &path)
{
    KubeconfigDocument doc;
    doc.d->path = path;
    return doc;
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
        if (d->position(section, name) == i)
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
