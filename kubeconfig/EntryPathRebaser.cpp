#include "EntryPathRebaser.h"

#include <QDir>

namespace {

bool rebase(YamlNode &map, const QString &key, const QString &fromFolder, bool onlyWithSlash)
{
    YamlNode *value = map.find(key);
    if (!value || !value->isScalar())
        return false;
    const QString path = value->text();
    if (path.isEmpty() || !QDir::isRelativePath(path))
        return false;
    if (onlyWithSlash && !path.contains(QLatin1Char('/')) && !path.contains(QLatin1Char('\\')))
        return false; // a bare command is looked up on PATH
    *value = YamlNode::string(QDir::cleanPath(QDir(fromFolder).absoluteFilePath(path)));
    return true;
}

} // namespace

bool EntryPathRebaser::makeAbsolute(KubeconfigDocument::Section section, YamlNode &body,
                                    const QString &fromFolder)
{
    if (!body.isMap())
        return false;
    bool changed = false;
    switch (section) {
    case KubeconfigDocument::Section::Clusters:
        changed |= rebase(body, QStringLiteral("certificate-authority"), fromFolder, false);
        break;
    case KubeconfigDocument::Section::Users:
        changed |= rebase(body, QStringLiteral("client-certificate"), fromFolder, false);
        changed |= rebase(body, QStringLiteral("client-key"), fromFolder, false);
        changed |= rebase(body, QStringLiteral("tokenFile"), fromFolder, false);
        if (YamlNode *exec = body.find(QStringLiteral("exec")); exec && exec->isMap())
            changed |= rebase(*exec, QStringLiteral("command"), fromFolder, true);
        break;
    case KubeconfigDocument::Section::Contexts:
        break;
    }
    return changed;
}
