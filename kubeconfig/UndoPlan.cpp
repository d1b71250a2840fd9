#include "UndoPlan.h"

#include "kubeconfig/KubeconfigLogging.h"
#include "kubeconfig/SafeWriter.h"

#include <QFile>
#include <QFileInfo>

namespace {

using Section = KubeconfigDocument::Section;

// A backup is taken just before the write it precedes; a file modified later than this
// after the backup's time was written again by somebody else.
constexpr qint64 LegacyWriteSlackMs = 2000;

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            UndoPlan::tr("cannot read %1: %2; nothing was changed").arg(path, file.errorString()));
    return Result<QByteArray>::ok(file.readAll());
}

QString singular(Section section)
{
    return KubeconfigDocument::bodyKey(section);
}

bool sameEntry(const YamlNode *a, const YamlNode *b)
{
    if (!a || !b)
        return !a && !b;
    return a->sameContent(*b);
}

QStringList unitedNames(const KubeconfigDocument &first, const KubeconfigDocument &second,
                        Section section)
{
    QStringList names = first.names(section);
    for (const QString &name : second.names(section)) {
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

} // namespace

QString UndoPlan::EntryUndo::label() const
{
    if (kind == QLatin1String("current-context"))
        return kind;
    return QStringLiteral("%1 \"%2\"").arg(kind, name);
}

QString UndoPlan::EntryUndo::describe() const
{
    switch (action) {
    case Action::PutBack:
        return tr("%1: put back as it was before kubetailor's change").arg(label());
    case Action::Remove:
        return tr("%1: removed (kubetailor added it)").arg(label());
    case Action::AddBack:
        return tr("%1: added back (kubetailor removed it)").arg(label());
    case Action::AlreadyAsBefore:
        return tr("%1: already as it was before kubetailor's change").arg(label());
    case Action::Conflict:
        if (kind == QLatin1String("current-context")) {
            return tr("current-context: set to \"%1\" by another program since kubetailor set "
                      "it to \"%2\"")
                .arg(valueNow, name);
        }
        if (goneNow)
            return tr("%1: removed by another program since kubetailor's change").arg(label());
        return tr("%1: changed by another program since kubetailor's change").arg(label());
    }
    return QString();
}

Result<UndoPlan> UndoPlan::forLatest(const BackupStore &store, const QString &file)
{
    const BackupStore::Entry latest = store.latest(file);
    if (latest.backupPath.isEmpty()) {
        return Result<UndoPlan>::failure(
            tr("%1: no backup to restore (kubetailor keeps them in %2); nothing was changed")
                .arg(file, store.folderFor(file)));
    }
    return forBackup(file, latest);
}

Result<UndoPlan> UndoPlan::forBackup(const QString &file, const BackupStore::Entry &backup)
{
    UndoPlan plan;
    plan.m_file = file;
    plan.m_backup = backup;
    const Result<QByteArray> before = readAll(backup.backupPath);
    if (!before)
        return Result<UndoPlan>::failure(before.error());
    plan.m_before = before.value();
    const QString target = SafeWriter::resolveTarget(file);
    plan.m_existsNow = QFileInfo::exists(target);
    if (plan.m_existsNow) {
        const Result<QByteArray> now = readAll(target);
        if (!now)
            return Result<UndoPlan>::failure(now.error());
        plan.m_now = now.value();
    }
    if (plan.isLegacy()) {
        plan.planLegacy();
        return Result<UndoPlan>::ok(std::move(plan));
    }
    const Result<QByteArray> written = readAll(backup.writtenPath);
    if (!written)
        return Result<UndoPlan>::failure(written.error());
    const Status planned = plan.plan(plan.m_before, written.value());
    if (!planned)
        return Result<UndoPlan>::failure(planned.error());
    return Result<UndoPlan>::ok(std::move(plan));
}

void UndoPlan::planLegacy()
{
    m_fileAsWritten = false;
    const QFileInfo info(SafeWriter::resolveTarget(m_file));
    const qint64 sinceBackup = m_backup.taken.msecsTo(info.lastModified().toUTC());
    m_legacyChangedSince = m_existsNow && m_now != m_before && sinceBackup > LegacyWriteSlackMs;
}

Status UndoPlan::plan(const QByteArray &before, const QByteArray &written)
{
    m_fileAsWritten = m_existsNow && m_now == written;
    if (m_fileAsWritten)
        return Status::success(); // the backup goes back byte for byte
    // Parse errors name the backup, so the user knows which copy is damaged.
    Result<KubeconfigDocument> beforeDoc =
        KubeconfigDocument::fromBytes(before, m_backup.backupPath);
    if (!beforeDoc)
        return Status::failure(beforeDoc.error());
    Result<KubeconfigDocument> writtenDoc =
        KubeconfigDocument::fromBytes(written, m_backup.writtenPath);
    if (!writtenDoc)
        return Status::failure(writtenDoc.error());
    Result<KubeconfigDocument> nowDoc = KubeconfigDocument::load(SafeWriter::resolveTarget(m_file));
    if (!nowDoc) {
        return Status::failure(
            tr("cannot undo: %1; fix the file first (nothing was changed)").arg(nowDoc.error()));
    }
    m_beforeDoc = beforeDoc.takeValue();
    m_nowDoc = nowDoc.takeValue();
    for (const Section section : {Section::Clusters, Section::Contexts, Section::Users})
        planSection(section, writtenDoc.value());
    planCurrentContext(writtenDoc.value());
    return Status::success();
}

void UndoPlan::planSection(Section section, const KubeconfigDocument &written)
{
    for (const QString &name : unitedNames(written, m_beforeDoc, section)) {
        const YamlNode *before = m_beforeDoc.entry(section, name);
        const YamlNode *after = written.entry(section, name);
        if (sameEntry(before, after))
            continue; // not kubetailor's change
        const YamlNode *now = m_nowDoc.entry(section, name);
        EntryUndo entry;
        entry.kind = singular(section);
        entry.name = name;
        if (sameEntry(now, before))
            entry.action = Action::AlreadyAsBefore;
        else if (sameEntry(now, after))
            entry.action = !before ? Action::Remove : !after ? Action::AddBack : Action::PutBack;
        else {
            entry.action = Action::Conflict;
            entry.goneNow = !now;
        }
        m_entries.append(entry);
    }
}

void UndoPlan::planCurrentContext(const KubeconfigDocument &written)
{
    const QString before = m_beforeDoc.currentContext();
    const QString after = written.currentContext();
    if (before == after)
        return;
    const QString now = m_nowDoc.currentContext();
    EntryUndo entry;
    entry.kind = QStringLiteral("current-context");
    entry.name = after;
    entry.valueNow = now;
    if (now == before)
        entry.action = Action::AlreadyAsBefore;
    else if (now == after)
        entry.action = Action::PutBack;
    else
        entry.action = Action::Conflict;
    m_entries.append(entry);
}

QList<UndoPlan::EntryUndo> UndoPlan::conflicts() const
{
    QList<EntryUndo> result;
    for (const EntryUndo &entry : m_entries) {
        if (entry.action == Action::Conflict)
            result.append(entry);
    }
    return result;
}

bool UndoPlan::hasConflicts() const
{
    return m_legacyChangedSince || !conflicts().isEmpty();
}

QString UndoPlan::conflictMessage(bool offerForce) const
{
    if (m_legacyChangedSince && !offerForce) {
        return tr("%1 was changed after kubetailor's backup %2 was taken, and that backup comes "
                  "from an older kubetailor that did not record its change, so undo cannot tell "
                  "it from another program's: restoring it would lose that change. Nothing was "
                  "changed.")
            .arg(m_file, m_backup.backupPath);
    }
    if (m_legacyChangedSince) {
        return tr("%1 was changed after kubetailor's backup %2 was taken, and that backup comes "
                  "from an older kubetailor that did not record its change, so undo cannot tell "
                  "it from another program's: restoring it would lose that change. Nothing was "
                  "changed; undo with --force restores the whole backup anyway.")
            .arg(m_file, m_backup.backupPath);
    }
    const QList<EntryUndo> conflicting = conflicts();
    if (conflicting.isEmpty())
        return QString();
    QStringList reasons;
    for (const EntryUndo &entry : conflicting)
        reasons << entry.describe();
    if (!offerForce) {
        return tr("%1: undo would lose what another program changed since kubetailor's change "
                  "(%2); nothing was changed.")
            .arg(m_file, reasons.join(QStringLiteral("; ")));
    }
    // One line, as the CLI's failures are.
    return tr("%1: undo would lose what another program changed since kubetailor's change (%2); "
              "nothing was changed. Undo with --force puts kubetailor's backup of %n entry(s) "
              "back anyway (everything else in the file stays).",
              nullptr, int(conflicting.size()))
        .arg(m_file, reasons.join(QStringLiteral("; ")));
}

bool UndoPlan::changesFile(bool force) const
{
    return change(force).content != m_now || !m_existsNow;
}

QByteArray UndoPlan::entryWiseContent(bool force) const
{
    KubeconfigDocument result = m_nowDoc;
    for (const EntryUndo &entry : m_entries) {
        const bool putBack = entry.action == Action::PutBack || entry.action == Action::Remove ||
                             entry.action == Action::AddBack ||
                             (force && entry.action == Action::Conflict);
        if (!putBack)
            continue;
        if (entry.kind == QLatin1String("current-context")) {
            result.setCurrentContext(m_beforeDoc.currentContext());
            continue;
        }
        const Section section = entry.kind == QLatin1String("cluster")   ? Section::Clusters
                                : entry.kind == QLatin1String("context") ? Section::Contexts
                                                                         : Section::Users;
        const YamlNode *before = m_beforeDoc.entry(section, entry.name);
        const YamlNode *beforeBody = m_beforeDoc.body(section, entry.name);
        if (!before) {
            result.removeEntry(section, entry.name);
        } else if (beforeBody && result.contains(section, entry.name)) {
            result.setBody(section, entry.name, *beforeBody);
        } else {
            result.removeEntry(section, entry.name);
            result.appendEntry(section, entry.name, *before);
        }
    }
    return result.isModified() ? result.serialize() : m_now;
}

FileChange UndoPlan::change(bool force) const
{
    FileChange change;
    change.path = m_file;
    change.existedBefore = m_existsNow;
    change.contentBefore = m_now;
    if (m_fileAsWritten || (isLegacy() && (force || !m_legacyChangedSince)))
        change.content = m_before;
    else
        change.content = entryWiseContent(force);
    return change;
}

Result<ApplyReport> UndoPlan::apply(const QList<UndoPlan> &plans, BackupStore *store, bool force)
{
    QList<FileChange> changes;
    for (const UndoPlan &plan : plans) {
        if (plan.hasConflicts() && !force)
            return Result<ApplyReport>::failure(plan.conflictMessage());
        if (plan.changesFile(force))
            changes.append(plan.change(force));
    }
    ApplyReport report;
    if (!changes.isEmpty()) {
        SafeWriter writer(store);
        Result<ApplyReport> written = writer.write(changes, BackupStore::Kind::BeforeUndo);
        if (!written)
            return written;
        report = written.takeValue();
    }
    for (const UndoPlan &plan : plans) {
        qCDebug(lcKubeconfig) << "undid" << plan.file() << "from" << plan.backup().backupPath;
        if (store)
            store->markUndone(plan.backup());
    }
    return Result<ApplyReport>::ok(report);
}
