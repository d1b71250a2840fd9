#include "LaunchAgentAutostart.h"

#include "app/AppIdentity.h"
#include "app/autostart/AutostartEntryFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamWriter>

LaunchAgentAutostart::LaunchAgentAutostart(const QString &launchAgentsDir)
    : m_dir(launchAgentsDir)
{}

QString LaunchAgentAutostart::location() const
{
    const QString dir =
        m_dir.isEmpty() ? QDir::homePath() + QStringLiteral("/Library/LaunchAgents") : m_dir;
    return dir + QLatin1Char('/') + AppIdentity::appId() + QStringLiteral(".plist");
}

bool LaunchAgentAutostart::isEnabled() const
{
    return QFileInfo::exists(location());
}

QString LaunchAgentAutostart::propertyList(const QString &program, const QStringList &arguments)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeDTD(QStringLiteral("<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                                   "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">"));
    writer.writeStartElement(QStringLiteral("plist"));
    writer.writeAttribute(QStringLiteral("version"), QStringLiteral("1.0"));
    writer.writeStartElement(QStringLiteral("dict"));
    writer.writeTextElement(QStringLiteral("key"), QStringLiteral("Label"));
    writer.writeTextElement(QStringLiteral("string"), AppIdentity::appId());
    writer.writeTextElement(QStringLiteral("key"), QStringLiteral("ProgramArguments"));
    writer.writeStartElement(QStringLiteral("array"));
    writer.writeTextElement(QStringLiteral("string"), program);
    for (const QString &argument : arguments)
        writer.writeTextElement(QStringLiteral("string"), argument);
    writer.writeEndElement(); // array
    writer.writeTextElement(QStringLiteral("key"), QStringLiteral("RunAtLoad"));
    writer.writeEmptyElement(QStringLiteral("true"));
    // Started once per login; quitting from the tray must not make launchd restart it.
    writer.writeTextElement(QStringLiteral("key"), QStringLiteral("KeepAlive"));
    writer.writeEmptyElement(QStringLiteral("false"));
    writer.writeTextElement(QStringLiteral("key"), QStringLiteral("ProcessType"));
    writer.writeTextElement(QStringLiteral("string"), QStringLiteral("Interactive"));
    // Only in the graphical session, not for ssh logins.
    writer.writeTextElement(QStringLiteral("key"), QStringLiteral("LimitLoadToSessionType"));
    writer.writeTextElement(QStringLiteral("string"), QStringLiteral("Aqua"));
    writer.writeEndElement(); // dict
    writer.writeEndElement(); // plist
    writer.writeEndDocument();
    return xml;
}

Status LaunchAgentAutostart::enable(const QString &program, const QStringList &arguments)
{
    return AutostartEntryFile::write(location(), propertyList(program, arguments).toUtf8(),
                                     tr("cannot write the login item %1: %2"));
}

Status LaunchAgentAutostart::disable()
{
    return AutostartEntryFile::remove(location(), tr("cannot remove the login item %1: %2"));
}
