// The loopback listener refuses what a browser could send it (DNS rebinding, CSRF).
#include "proxycore/RequestGuard.h"

#include <QTest>

class TestRequestGuard : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
};

using Fields = QList<HttpMessageHead::Field>;

void TestRequestGuard::check_data()
{
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<bool>("allowRemote");
    QTest::addColumn<int>("status");

    const QByteArray pods = "/api/v1/pods";
    QTest::newRow("127.0.0.1 with the port")
        << Fields{{"Host", "127.0.0.1:8443"}} << pods << false << 0;
    QTest::newRow("localhost with the port")
        << Fields{{"Host", "localhost:8443"}} << pods << false << 0;
    QTest::newRow("[::1] with the port") << Fields{{"Host", "[::1]:8443"}} << pods << false << 0;
    QTest::newRow("127.0.0.1 without a port")
        << Fields{{"Host", "127.0.0.1"}} << pods << false << 0;
    QTest::newRow("other loopback address")
        << Fields{{"Host", "127.1.2.3:8443"}} << pods << false << 0;
    QTest::newRow("another port is refused")
        << Fields{{"Host", "127.0.0.1:9999"}} << pods << false << 403;
    QTest::newRow("a rebinding name is refused")
        << Fields{{"Host", "evil.example.com:8443"}} << pods << false << 403;
    QTest::newRow("a LAN address is refused")
        << Fields{{"Host", "192.168.1.2:8443"}} << pods << false << 403;
    QTest::newRow("a name ending in localhost.evil is refused")
        << Fields{{"Host", "localhost.evil.com:8443"}} << pods << false << 403;
    QTest::newRow("bare IPv6 with a port is refused")
        << Fields{{"Host", "::1:8443"}} << pods << false << 403;
    QTest::newRow("no Host is a 400") << Fields{} << pods << false << 400;
    QTest::newRow("two Host fields is a 400")
        << Fields{{"Host", "127.0.0.1:8443"}, {"Host", "evil.com"}} << pods << false << 400;
    QTest::newRow("a browser Origin is refused")
        << Fields{{"Host", "127.0.0.1:8443"}, {"Origin", "https://evil.example.com"}} << pods
        << false << 403;
    QTest::newRow("Origin null is refused")
        << Fields{{"Host", "127.0.0.1:8443"}, {"Origin", "null"}} << pods << false << 403;
    const QByteArray host = "127.0.0.1:8443";
    QTest::newRow("same-origin loopback Origin of a client library is allowed (python exec)")
        << Fields{{"Host", host}, {"Origin", "http://127.0.0.1:8443"}} << pods << false << 0;
    QTest::newRow("same-origin Origin over https is allowed")
        << Fields{{"Host", host}, {"Origin", "https://localhost:8443"}} << pods << false << 0;
    QTest::newRow("same-origin Origin for [::1] is allowed")
        << Fields{{"Host", "[::1]:8443"}, {"Origin", "https://[::1]:8443"}} << pods << false << 0;
    QTest::newRow("loopback Origin with another port is refused (another local page)")
        << Fields{{"Host", host}, {"Origin", "http://127.0.0.1:3000"}} << pods << false << 403;
    QTest::newRow("loopback Origin without a port is refused")
        << Fields{{"Host", host}, {"Origin", "http://localhost"}} << pods << false << 403;
    QTest::newRow("loopback Origin with a path is refused")
        << Fields{{"Host", host}, {"Origin", "http://127.0.0.1:8443/x"}} << pods << false << 403;
    QTest::newRow("loopback Origin with userinfo is refused")
        << Fields{{"Host", host}, {"Origin", "http://evil@127.0.0.1:8443"}} << pods << false << 403;
    QTest::newRow("a file: Origin is refused")
        << Fields{{"Host", host}, {"Origin", "file://127.0.0.1:8443"}} << pods << false << 403;
    QTest::newRow("two Origin fields are refused") << Fields{{"Host", host},
                                                             {"Origin", "http://127.0.0.1:8443"},
                                                             {"Origin", "https://evil.example.com"}}
                                                   << pods << false << 403;
    QTest::newRow("allow-remote accepts another Host")
        << Fields{{"Host", "workstation.lan:8443"}} << pods << true << 0;
    QTest::newRow("allow-remote still refuses Origin")
        << Fields{{"Host", "workstation.lan:8443"}, {"Origin", "https://x"}} << pods << true << 403;
    QTest::newRow("absolute-form target is a 400")
        << Fields{{"Host", "127.0.0.1:8443"}} << QByteArray("https://other/api") << false << 400;
}

void TestRequestGuard::check()
{
    QFETCH(Fields, fields);
    QFETCH(QByteArray, target);
    QFETCH(bool, allowRemote);
    QFETCH(int, status);
    HttpMessageHead head;
    head.method = "GET";
    head.target = target;
    head.setFields(fields);
    const RequestGuard::Verdict verdict = RequestGuard::check(head, 8443, allowRemote);
    QCOMPARE(verdict.status, status);
    QCOMPARE(verdict.message.isEmpty(), status == 0);
}

QTEST_GUILESS_MAIN(TestRequestGuard)
#include "tst_requestguard.moc"
