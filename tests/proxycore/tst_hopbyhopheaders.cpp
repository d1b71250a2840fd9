// RFC 9110 §7.6.1: the forwarder drops connection-specific fields and nothing else.
#include "proxycore/HopByHopHeaders.h"

#include <QTest>

class TestHopByHopHeaders : public QObject
{
    Q_OBJECT

private slots:
    void strip_data();
    void strip();
};

using Fields = QList<HttpMessageHead::Field>;

void TestHopByHopHeaders::strip_data()
{
    QTest::addColumn<Fields>("in");
    QTest::addColumn<bool>("upgrade");
    QTest::addColumn<Fields>("out");

    QTest::newRow("credentials and impersonation pass unchanged")
        << Fields{{"Host", "h"},
                  {"Authorization", "Bearer x"},
                  {"Impersonate-User", "alice"},
                  {"Impersonate-Group", "dev"},
                  {"Accept", "application/json"}}
        << false
        << Fields{{"Host", "h"},
                  {"Authorization", "Bearer x"},
                  {"Impersonate-User", "alice"},
                  {"Impersonate-Group", "dev"},
                  {"Accept", "application/json"}};
    QTest::newRow("the standard hop-by-hop fields go") << Fields{{"Connection", "keep-alive"},
                                                                 {"Keep-Alive", "timeout=5"},
                                                                 {"TE", "trailers"},
                                                                 {"Transfer-Encoding", "chunked"},
                                                                 {"Trailer", "X"},
                                                                 {"Upgrade", "h2c"},
                                                                 {"Proxy-Authorization", "Basic x"},
                                                                 {"Proxy-Connection", "keep-alive"},
                                                                 {"X-Kept", "1"}}
                                                       << false << Fields{{"X-Kept", "1"}};
    QTest::newRow("fields named in Connection go, in any case")
        << Fields{{"connection", "X-Hop, x-other"},
                  {"X-Hop", "1"},
                  {"X-OTHER", "2"},
                  {"X-End", "3"}}
        << false << Fields{{"X-End", "3"}};
    QTest::newRow("framing fields stay even when Connection names them")
        << Fields{{"Connection", "content-length, Host, transfer-encoding, X-Hop"},
                  {"Content-Length", "5"},
                  {"Host", "h"},
                  {"X-Hop", "1"}}
        << false << Fields{{"Content-Length", "5"}, {"Host", "h"}};
    QTest::newRow("an upgrade keeps Upgrade and WebSocket fields")
        << Fields{{"Connection", "Upgrade"},
                  {"Upgrade", "websocket"},
                  {"Sec-WebSocket-Protocol", "v5.channel.k8s.io"},
                  {"Sec-WebSocket-Key", "k"}}
        << true
        << Fields{{"Sec-WebSocket-Protocol", "v5.channel.k8s.io"},
                  {"Sec-WebSocket-Key", "k"},
                  {"Connection", "Upgrade"},
                  {"Upgrade", "websocket"}};
    QTest::newRow("SPDY upgrade keeps the stream protocol fields")
        << Fields{{"Connection", "Upgrade"},
                  {"Upgrade", "SPDY/3.1"},
                  {"X-Stream-Protocol-Version", "v4.channel.k8s.io"}}
        << true
        << Fields{{"X-Stream-Protocol-Version", "v4.channel.k8s.io"},
                  {"Connection", "Upgrade"},
                  {"Upgrade", "SPDY/3.1"}};
}

void TestHopByHopHeaders::strip()
{
    QFETCH(Fields, in);
    QFETCH(bool, upgrade);
    QFETCH(Fields, out);
    HttpMessageHead head;
    head.setFields(in);
    HopByHopHeaders::strip(head, upgrade);
    QCOMPARE(head.fields(), out);
}

QTEST_GUILESS_MAIN(TestHopByHopHeaders)
#include "tst_hopbyhopheaders.moc"
