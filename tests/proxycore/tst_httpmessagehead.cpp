// A head's fields live as spans of one buffer: every way of changing them (add, set, remove,
// a predicate, trimming) must leave each field reading exactly as before, in order, even
// when a new value is a view into the head's own bytes, and the written head must be the
// same bytes a field list gives.
#include "proxycore/HttpMessageHead.h"

#include <QTest>

using Fields = QList<HttpMessageHead::Field>;

class TestHttpMessageHead : public QObject
{
    Q_OBJECT

private slots:
    void setReplacesEveryFieldOfThatNameAtTheFirst_data();
    void setReplacesEveryFieldOfThatNameAtTheFirst();
    void aValueTakenFromTheHeadItselfSurvivesTheChange();
    void removingFieldsKeepsTheOthersInOrder();
    void valuesAreTrimmedAsTheyWereBefore_data();
    void valuesAreTrimmedAsTheyWereBefore();
    void aFieldArrivingInPiecesIsOneField();
    void clearingKeepsNothingOfTheLastMessage();
    void theWrittenHeadHoldsEveryField_data();
    void theWrittenHeadHoldsEveryField();
};

void TestHttpMessageHead::setReplacesEveryFieldOfThatNameAtTheFirst_data()
{
    QTest::addColumn<Fields>("in");
    QTest::addColumn<Fields>("out");
    QTest::newRow("one Host, in the middle")
        << Fields{{"Accept", "*/*"}, {"host", "127.0.0.1:8443"}, {"User-Agent", "kubectl"}}
        << Fields{{"Accept", "*/*"}, {"Host", "up.example:443"}, {"User-Agent", "kubectl"}};
    QTest::newRow("two Host fields become one, at the first's place")
        << Fields{{"HOST", "a"}, {"Accept", "*/*"}, {"Host", "b"}}
        << Fields{{"Host", "up.example:443"}, {"Accept", "*/*"}};
    QTest::newRow("no Host: added at the end")
        << Fields{{"Accept", "*/*"}} << Fields{{"Accept", "*/*"}, {"Host", "up.example:443"}};
}

void TestHttpMessageHead::setReplacesEveryFieldOfThatNameAtTheFirst()
{
    QFETCH(Fields, in);
    QFETCH(Fields, out);
    HttpMessageHead head;
    head.setFields(in);
    head.set("Host", "up.example:443");
    QCOMPARE(head.fields(), out);
    QCOMPARE(head.count("host"), 1);
}

void TestHttpMessageHead::aValueTakenFromTheHeadItselfSurvivesTheChange()
{
    HttpMessageHead head;
    head.setFields({{"X-Original", QByteArray(300, 'v')}, {"Host", "h"}});
    // Views into the head's own buffer, which growing it may move.
    head.add(head.fieldName(0), head.fieldValue(0));
    head.set("Host", head.fieldValue(0));
    for (int i = 0; i < 20; ++i)
        head.add("X-Copy", head.fieldValue(0));
    QCOMPARE(head.fieldCount(), 23);
    QCOMPARE(head.value("Host"), QByteArray(300, 'v'));
    QCOMPARE(head.values("X-Original"),
             (QList<QByteArrayView>{QByteArray(300, 'v'), QByteArray(300, 'v')}));
    for (const QByteArrayView value : head.values("X-Copy"))
        QCOMPARE(value, QByteArrayView(QByteArray(300, 'v')));
}

void TestHttpMessageHead::removingFieldsKeepsTheOthersInOrder()
{
    HttpMessageHead head;
    head.setFields(
        {{"A", "1"}, {"Connection", "close"}, {"B", "2"}, {"connection", "x"}, {"C", "3"}});
    head.remove("CONNECTION");
    QCOMPARE(head.fields(), (Fields{{"A", "1"}, {"B", "2"}, {"C", "3"}}));
    head.removeFieldsIf([](QByteArrayView, QByteArrayView value) { return value == "2"; });
    QCOMPARE(head.fields(), (Fields{{"A", "1"}, {"C", "3"}}));
    QVERIFY(!head.has("B"));
    QCOMPARE(head.value("c"), QByteArray("3"));
}

void TestHttpMessageHead::valuesAreTrimmedAsTheyWereBefore_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::newRow("spaces and tabs") << QByteArray(" \t value with  inner space\t ");
    QTest::newRow("all white") << QByteArray(" \t ");
    QTest::newRow("nothing") << QByteArray();
    QTest::newRow("vertical tab and form feed at the edges") << QByteArray("\x0b"
                                                                           "v\x0c");
}

// QByteArray::trimmed() trimmed the values before the spans: the same characters go.
void TestHttpMessageHead::valuesAreTrimmedAsTheyWereBefore()
{
    QFETCH(QByteArray, raw);
    HttpMessageHead head;
    head.beginField("X-Field");
    head.appendToValue(raw);
    head.trimValues();
    QCOMPARE(head.fieldValue(0), QByteArrayView(raw.trimmed()));
}

void TestHttpMessageHead::aFieldArrivingInPiecesIsOneField()
{
    HttpMessageHead head;
    head.beginField("Cont");
    head.appendToName("ent-Ty");
    head.appendToName("pe");
    head.appendToValue("applic");
    head.appendToValue("ation/json");
    head.beginField("Host");
    head.appendToValue("h");
    QCOMPARE(head.fields(), (Fields{{"Content-Type", "application/json"}, {"Host", "h"}}));
}

void TestHttpMessageHead::clearingKeepsNothingOfTheLastMessage()
{
    HttpMessageHead head;
    head.method = "GET";
    head.target = "/api";
    head.statusCode = 200;
    head.reasonPhrase = "OK";
    head.setFields({{"A", "1"}});
    const HttpMessageHead copy = head; // shares the buffer
    head.clear();
    QCOMPARE(head.fieldCount(), 0);
    QVERIFY(head.method.isEmpty() && head.target.isEmpty() && head.reasonPhrase.isEmpty());
    QCOMPARE(head.statusCode, 0);
    head.beginField("B");
    head.appendToValue("2");
    QCOMPARE(head.fields(), (Fields{{"B", "2"}}));
    QCOMPARE(copy.fields(), (Fields{{"A", "1"}})); // the copy is untouched
}

void TestHttpMessageHead::theWrittenHeadHoldsEveryField_data()
{
    QTest::addColumn<bool>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<Fields>("fields");
    QTest::addColumn<QByteArray>("wire");
    QTest::newRow("a request")
        << true << 0 << Fields{{"Host", "h"}, {"Accept", "*/*"}}
        << QByteArray("GET /api/v1/pods HTTP/1.1\r\nHost: h\r\nAccept: */*\r\n\r\n");
    QTest::newRow("a response with the largest status number")
        << false << 2147483647 << Fields{{"Content-Length", "0"}}
        << QByteArray("HTTP/1.1 2147483647 OK\r\nContent-Length: 0\r\n\r\n");
    QTest::newRow("a response without fields")
        << false << 204 << Fields{} << QByteArray("HTTP/1.1 204 OK\r\n\r\n");
    QTest::newRow("a request with a long value")
        << true << 0 << Fields{{"Authorization", QByteArray(5000, 't')}}
        << QByteArray("GET /api/v1/pods HTTP/1.1\r\nAuthorization: " + QByteArray(5000, 't') +
                      "\r\n\r\n");
}

void TestHttpMessageHead::theWrittenHeadHoldsEveryField()
{
    QFETCH(bool, request);
    QFETCH(int, status);
    QFETCH(Fields, fields);
    QFETCH(QByteArray, wire);
    HttpMessageHead head;
    head.method = "GET";
    head.target = "/api/v1/pods";
    head.statusCode = status;
    head.reasonPhrase = "OK";
    head.setFields(fields);
    const QByteArray written = request ? head.serializeRequest() : head.serializeResponse();
    QCOMPARE(written, wire);
    QVERIFY(head.byteSize() >= written.size());
}

QTEST_GUILESS_MAIN(TestHttpMessageHead)
#include "tst_httpmessagehead.moc"
