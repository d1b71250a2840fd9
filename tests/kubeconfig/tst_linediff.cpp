#include "kubeconfig/LineDiff.h"

#include <QTest>

// The diff shown before a write: unified format, only the changed lines marked.
class TestLineDiff : public QObject
{
    Q_OBJECT

private slots:
    void unified_data();
    void unified();
};

void TestLineDiff::unified_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equal: no diff") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << QString();
    QTest::newRow("one line changed")
        << QByteArray("a\nb\nc\n") << QByteArray("a\nB\nc\n")
        << QStringLiteral("--- x\n+++ y\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
    QTest::newRow("line removed, context limited to 1")
        << QByteArray("1\n2\n3\n4\n5\n6\n") << QByteArray("1\n2\n4\n5\n6\n")
        << QStringLiteral("--- x\n+++ y\n@@ -2,3 +2,2 @@\n 2\n-3\n 4\n");
    QTest::newRow("insert into empty file")
        << QByteArray() << QByteArray("a\n") << QStringLiteral("--- x\n+++ y\n@@ -0,0 +1 @@\n+a\n");
    QTest::newRow("two distant hunks")
        << QByteArray("a\n1\n2\n3\n4\n5\nb\n") << QByteArray("A\n1\n2\n3\n4\n5\nB\n")
        << QStringLiteral(
               "--- x\n+++ y\n@@ -1,2 +1,2 @@\n-a\n+A\n 1\n@@ -6,2 +6,2 @@\n 5\n-b\n+B\n");
    QTest::newRow("repeated lines aligned, CRLF ignored")
        << QByteArray("x\r\n-\r\ny\r\n-\r\n") << QByteArray("x\r\n-\r\nz\r\n-\r\n")
        << QStringLiteral("--- x\n+++ y\n@@ -2,3 +2,3 @@\n -\n-y\n+z\n -\n");
}

void TestLineDiff::unified()
{
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    QFETCH(QString, expected);
    QCOMPARE(LineDiff::unified(before, after, QStringLiteral("x"), QStringLiteral("y"), 1),
             expected);
}

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
