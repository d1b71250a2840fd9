#include "proxycore/KubernetesStatus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestKubernetesStatus : public QObject
{
    Q_OBJECT

private slots:
    void body_data();
    void body();
    void httpResponseFraming();
};

void TestKubernetesStatus::body_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");

    QTest::newRow("400 bad request") << 400 << QStringLiteral("BadRequest");
    QTest::newRow("403 forbidden origin") << 403 << QStringLiteral("Forbidden");
    QTest::newRow("431 headers too large") << 431 << QStringLiteral("RequestHeaderFieldsTooLarge");
    QTest::newRow("502 upstream untrusted") << 502 << QStringLiteral("BadGateway");
    QTest::newRow("503 upstream down") << 503 << QStringLiteral("ServiceUnavailable");
    QTest::newRow("504 upstream timeout") << 504 << QStringLiteral("Timeout");
}

void TestKubernetesStatus::body()
{
    QFETCH(int, code);
    QFETCH(QString, reason);

    const QString message = QStringLiteral("upstream \"a.ts.net\": \u00e9 <quoted>");
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(KubernetesStatus::body(code, message), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonObject status = doc.object();
    QCOMPARE(status.value(QStringLiteral("kind")).toString(), QStringLiteral("Status"));
    QCOMPARE(status.value(QStringLiteral("apiVersion")).toString(), QStringLiteral("v1"));
    QCOMPARE(status.value(QStringLiteral("status")).toString(), QStringLiteral("Failure"));
    QCOMPARE(status.value(QStringLiteral("code")).toInt(), code);
    QCOMPARE(status.value(QStringLiteral("reason")).toString(), reason);
    QCOMPARE(status.value(QStringLiteral("message")).toString(), message);
}

void TestKubernetesStatus::httpResponseFraming()
{
    const QByteArray response = KubernetesStatus::httpResponse(502, QStringLiteral("no"), true);
    const int split = response.indexOf("\r\n\r\n");
    QVERIFY(split > 0);
    const QByteArray head = response.left(split);
    const QByteArray payload = response.mid(split + 4);
    QVERIFY(head.startsWith("HTTP/1.1 502 Bad Gateway\r\n"));
    QVERIFY(head.contains(QByteArray("\r\nContent-Length: " + QByteArray::number(payload.size()))));
    QVERIFY(head.contains("\r\nContent-Type: application/json"));
    QVERIFY(head.contains("\r\nConnection: close"));
    QVERIFY(
        !KubernetesStatus::httpResponse(502, QStringLiteral("no"), false).contains("Connection:"));
}

QTEST_GUILESS_MAIN(TestKubernetesStatus)
#include "tst_kubernetesstatus.moc"
