#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// Remembers every request the test API server received, headers exactly as they arrived
// (names in their original case, repeated headers repeated), in memory for /_test/requests
// and as JSON lines in a file when one is given, flushed per request so a test can read it
// while the server runs. A test server only: it records credentials on purpose. With client
// certificates required, "clientCertificate" holds the verified certificate's common name.
class RequestRecorder
{
public:
    bool openFile(const QString &path, QString *error);
    // `clientCertificate`: the common name of the client's verified certificate, if it sent one.
    void record(const QByteArray &method, const QByteArray &target, const HeaderList &headers,
                const QString &clientCertificate = QString());
    QJsonArray all() const { return m_requests; }

private:
    QJsonArray m_requests;
    QFile m_file;
};
