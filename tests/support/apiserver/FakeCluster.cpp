#include "FakeCluster.h"

#include <QUuid>

namespace {

QString iso(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject column(const QString &name, const QString &format = QString())
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("type"), QStringLiteral("string")},
            {QStringLiteral("format"), format},
            {QStringLiteral("description"), name},
            {QStringLiteral("priority"), 0}};
}

} // namespace

FakeCluster::FakeCluster(QObject *parent)
    : QObject(parent)
    , m_started(QDateTime::currentDateTimeUtc().addSecs(-300))
{
    for (const QString &name : {QStringLiteral("web-0"), QStringLiteral("web-1")})
        m_pods.insert(name, makePod(name));
}

QJsonObject FakeCluster::makePod(const QString &name) const
{
    const QJsonObject metadata{
        {QStringLiteral("name"), name},
        {QStringLiteral("namespace"), QStringLiteral("default")},
        {QStringLiteral("uid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("resourceVersion"), QString::number(m_resourceVersion)},
        {QStringLiteral("creationTimestamp"), iso(m_started)},
    };
    const QJsonObject container{{QStringLiteral("name"), QStringLiteral("main")},
                                {QStringLiteral("image"), QStringLiteral("busybox")}};
    const QJsonObject containerStatus{
        {QStringLiteral("name"), QStringLiteral("main")},
        {QStringLiteral("ready"), true},
        {QStringLiteral("restartCount"), 0},
        {QStringLiteral("image"), QStringLiteral("busybox")},
        {QStringLiteral("imageID"), QString()},
        {QStringLiteral("state"),
         QJsonObject{{QStringLiteral("running"),
                      QJsonObject{{QStringLiteral("startedAt"), iso(m_started)}}}}}};
    return {
        {QStringLiteral("kind"), QStringLiteral("Pod")},
        {QStringLiteral("apiVersion"), QStringLiteral("v1")},
        {QStringLiteral("metadata"), metadata},
        {QStringLiteral("spec"),
         QJsonObject{{QStringLiteral("containers"), QJsonArray{container}}}},
        {QStringLiteral("status"),
         QJsonObject{{QStringLiteral("phase"), QStringLiteral("Running")},
                     {QStringLiteral("containerStatuses"), QJsonArray{containerStatus}}}},
    };
}

QJsonObject FakeCluster::podList() const
{
    QJsonArray items;
    for (const QJsonObject &pod : m_pods)
        items.append(pod);
    return {{QStringLiteral("kind"), QStringLiteral("PodList")},
            {QStringLiteral("apiVersion"), QStringLiteral("v1")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("resourceVersion"), QString::number(m_resourceVersion)}}},
            {QStringLiteral("items"), items}};
}

QJsonObject FakeCluster::pod(const QString &name) const
{
    return m_pods.value(name);
}

QJsonObject FakeCluster::create(const QJsonObject &manifest)
{
    const QString name = manifest.value(QStringLiteral("metadata"))
                             .toObject()
                             .value(QStringLiteral("name"))
                             .toString();
    ++m_resourceVersion;
    QJsonObject pod = makePod(name);
    QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("creationTimestamp"), iso(QDateTime::currentDateTimeUtc()));
    const QJsonObject labels = manifest.value(QStringLiteral("metadata"))
                                   .toObject()
                                   .value(QStringLiteral("labels"))
                                   .toObject();
    if (!labels.isEmpty())
        metadata.insert(QStringLiteral("labels"), labels);
    pod.insert(QStringLiteral("metadata"), metadata);
    if (manifest.contains(QStringLiteral("spec")))
        pod.insert(QStringLiteral("spec"), manifest.value(QStringLiteral("spec")));
    m_pods.insert(name, pod);
    emit podChanged(QStringLiteral("ADDED"), pod);
    return pod;
}

QJsonObject FakeCluster::touch()
{
    ++m_resourceVersion;
    QJsonObject pod = m_pods.value(QStringLiteral("web-0"));
    QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
    metadata.insert(QStringLiteral("resourceVersion"), QString::number(m_resourceVersion));
    metadata.insert(
        QStringLiteral("annotations"),
        QJsonObject{{QStringLiteral("kubetailor.test/touch"), QString::number(++m_touches)}});
    pod.insert(QStringLiteral("metadata"), metadata);
    m_pods.insert(QStringLiteral("web-0"), pod);
    emit podChanged(QStringLiteral("MODIFIED"), pod);
    return pod;
}

QJsonObject FakeCluster::table(const QJsonArray &pods, qint64 resourceVersion)
{
    QJsonArray rows;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &value : pods) {
        const QJsonObject pod = value.toObject();
        const QJsonObject metadata = pod.value(QStringLiteral("metadata")).toObject();
        const QDateTime created = QDateTime::fromString(
            metadata.value(QStringLiteral("creationTimestamp")).toString(), Qt::ISODate);
        const qint64 age = created.isValid() ? created.secsTo(now) : 0;
        const QString ageText = age >= 120 ? QString::number(age / 60) + QLatin1Char('m')
                                           : QString::number(age) + QLatin1Char('s');
        const QJsonArray cells{metadata.value(QStringLiteral("name")).toString(),
                               QStringLiteral("1/1"), QStringLiteral("Running"),
                               QStringLiteral("0"), ageText};
        rows.append(QJsonObject{{QStringLiteral("cells"), cells}, {QStringLiteral("object"), pod}});
    }
    return {{QStringLiteral("kind"), QStringLiteral("Table")},
            {QStringLiteral("apiVersion"), QStringLiteral("meta.k8s.io/v1")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("resourceVersion"), QString::number(resourceVersion)}}},
            {QStringLiteral("columnDefinitions"),
             QJsonArray{column(QStringLiteral("Name"), QStringLiteral("name")),
                        column(QStringLiteral("Ready")), column(QStringLiteral("Status")),
                        column(QStringLiteral("Restarts")), column(QStringLiteral("Age"))}},
            {QStringLiteral("rows"), rows}};
}
