// What the request log shows never carries a credential.
#include "proxycore/ForwarderRequestRecord.h"
#include "proxycore/LogRedactor.h"

#include <QTest>

class TestLogRedactor : public QObject
{
    Q_OBJECT

private slots:
    void target_data();
    void target();
    void headerValue_data();
    void headerValue();
    void recordSummaryShowsNoSecret();
};

void TestLogRedactor::target_data()
{
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("shown");

    QTest::newRow("no query") << QByteArray("/api/v1/pods") << QStringLiteral("/api/v1/pods");
    QTest::newRow("ordinary parameters kept")
        << QByteArray("/api/v1/pods?watch=1&resourceVersion=12&labelSelector=app%3Dweb")
        << QStringLiteral("/api/v1/pods?watch=1&resourceVersion=12&labelSelector=app%3Dweb");
    QTest::newRow("token value replaced") << QByteArray("/api/v1/pods?token=abc.def&limit=5")
                                          << QStringLiteral("/api/v1/pods?token=REDACTED&limit=5");
    QTest::newRow("access_token and id_token replaced")
        << QByteArray("/x?access_token=s1&id_token=s2")
        << QStringLiteral("/x?access_token=REDACTED&id_token=REDACTED");
    QTest::newRow("percent-encoded name still matched")
        << QByteArray("/x?%74oken=s3") << QStringLiteral("/x?%74oken=REDACTED");
    QTest::newRow("password and secret replaced")
        << QByteArray("/x?password=p&client_secret=q")
        << QStringLiteral("/x?password=REDACTED&client_secret=REDACTED");
    QTest::newRow("bearer, jwt, pass and pwd replaced")
        << QByteArray("/x?bearer=b1&jwt=j1&pass=p1&pwd=w1")
        << QStringLiteral("/x?bearer=REDACTED&jwt=REDACTED&pass=REDACTED&pwd=REDACTED");
    QTest::newRow("a parameter after ; is redacted too")
        << QByteArray("/x?limit=5;token=t1") << QStringLiteral("/x?limit=5;token=REDACTED");
    QTest::newRow("a fragment is not shown")
        << QByteArray("/x?limit=5#token=t1") << QStringLiteral("/x?limit=5#REDACTED");
    QTest::newRow("userinfo in an absolute-form target is not shown")
        << QByteArray("https://admin:SECRET@example.com/api?limit=1")
        << QStringLiteral("https://REDACTED@example.com/api?limit=1");
    QTest::newRow("a bare unknown word in a query is not shown")
        << QByteArray("/x?eyJhbGciOi&watch=1") << QStringLiteral("/x?REDACTED&watch=1");
    QTest::newRow("exec and logs parameters stay")
        << QByteArray("/api/v1/namespaces/d/pods/w/exec?command=sh&stdin=true&stdout=true&tty=true"
                      "&container=app")
        << QStringLiteral(
               "/api/v1/namespaces/d/pods/w/exec?command=sh&stdin=true&stdout=true&tty=true"
               "&container=app");
}

void TestLogRedactor::target()
{
    QFETCH(QByteArray, target);
    QFETCH(QString, shown);
    QCOMPARE(LogRedactor::redactTarget(target), shown);
}

void TestLogRedactor::headerValue_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("shown");

    QTest::newRow("bearer token") << QByteArray("Authorization") << QByteArray("Bearer ya29.secret")
                                  << QByteArray("Bearer REDACTED");
    QTest::newRow("basic credentials")
        << QByteArray("authorization") << QByteArray("Basic dTpw") << QByteArray("Basic REDACTED");
    QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("s=1") << QByteArray("REDACTED");
    QTest::newRow("a token header")
        << QByteArray("X-Auth-Token") << QByteArray("abc") << QByteArray("REDACTED");
    QTest::newRow("impersonation is not a secret")
        << QByteArray("Impersonate-User") << QByteArray("alice") << QByteArray("alice");
}

void TestLogRedactor::headerValue()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, shown);
    QCOMPARE(LogRedactor::redactHeaderValue(name, value), shown);
}

void TestLogRedactor::recordSummaryShowsNoSecret()
{
    ForwarderRequestRecord record;
    record.method = QStringLiteral("GET");
    record.path = LogRedactor::redactTarget("/api/v1/pods?token=topsecret");
    record.status = 200;
    record.bytesIn = 100;
    record.bytesOut = 2048;
    record.durationMs = 12;
    const QString line = record.summary();
    QVERIFY2(!line.contains(QStringLiteral("topsecret")), qPrintable(line));
    QVERIFY2(line.startsWith(QStringLiteral("GET /api/v1/pods?token=REDACTED 200 ")),
             qPrintable(line));
    QVERIFY2(line.endsWith(QStringLiteral("12 ms")), qPrintable(line));
}

QTEST_GUILESS_MAIN(TestLogRedactor)
#include "tst_logredactor.moc"
