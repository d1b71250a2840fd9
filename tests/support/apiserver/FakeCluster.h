#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

// The state behind the test API server: pods in namespace `default`, a resourceVersion
// counter, and the Table rendering kubectl asks for. Starts with pods web-0 and web-1.
class FakeCluster : public QObject
{
    Q_OBJECT

public:
    explicit FakeCluster(QObject *parent = nullptr);

    QJsonObject podList() const;
    QJsonObject pod(const QString &name) const;
    bool contains(const QString &name) const { return m_pods.contains(name); }
    // Adds a pod from a client's manifest; returns the stored object (name, uid, status set).
    QJsonObject create(const QJsonObject &manifest);
    // Changes web-0's annotations so a watch has something to report.
    QJsonObject touch();
    qint64 resourceVersion() const { return m_resourceVersion; }

    // kubectl asks for `as=Table` in Accept; this is the server-side printing it expects.
    static QJsonObject table(const QJsonArray &pods, qint64 resourceVersion);

signals:
    void podChanged(const QString &eventType, const QJsonObject &pod);

private:
    QJsonObject makePod(const QString &name) const;

    QMap<QString, QJsonObject> m_pods;
    qint64 m_resourceVersion = 100;
    int m_touches = 0;
    QDateTime m_started;
};
