#include "RequestRecorder.h"

#include <QDateTime>
#include <QJsonDocument>

bool RequestRecorder::openFile(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = QStringLiteral("cannot write the request record %1: %2")
                     .arg(path, m_file.errorString());
        return false;
    }
    return true;
}

void RequestRecorder::record(const QByteArray &method, const QByteArray &target,
                             const HeaderList &headers, const QString &clientCertificate)
{
    QJsonArray headerArray;
    for (const auto &header : headers)
        headerArray.append(
            QJsonArray{QString::fromLatin1(header.first), QString::fromLatin1(header.second)});
    QJsonObject entry{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), QString::fromLatin1(method)},
        {QStringLiteral("target"), QString::fromLatin1(target)},
        {QStringLiteral("headers"), headerArray},
    };
    if (!clientCertificate.isEmpty())
        entry.insert(QStringLiteral("clientCertificate"), clientCertificate);
    // Bounded: a benchmark may send millions of requests.
    if (m_requests.size() < 100000)
        m_requests.append(entry);
    if (m_file.isOpen()) {
        m_file.write(QJsonDocument(entry).toJson(QJsonDocument::Compact) + '\n');
        m_file.flush();
    }
}
