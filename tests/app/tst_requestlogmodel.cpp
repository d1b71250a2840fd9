// RequestLogModel: what the local proxy's request log shows, bounded to the last 1000
// requests, never a credential.
#include "app/RequestLogModel.h"

#include <QSignalSpy>
#include <QTest>

class TestRequestLogModel : public QObject
{
    Q_OBJECT

private slots:
    void columns();
    void boundedToCapacity();
    void redactsSecrets_data();
    void redactsSecrets();

private:
    static ForwarderRequestRecord record(const QString &path, int status = 200);
};

ForwarderRequestRecord TestRequestLogModel::record(const QString &path, int status)
{
    ForwarderRequestRecord r;
    r.started = QDateTime(QDate(2026, 11, 28), QTime(14, 5, 6, 789));
    r.method = QStringLiteral("GET");
    r.path = path;
    r.status = status;
    r.durationMs = 35;
    r.bytesOut = 2048;
    return r;
}

void TestRequestLogModel::columns()
{
    RequestLogModel model;
    model.append(record(QStringLiteral("/api/v1/namespaces/default/pods")));
    ForwarderRequestRecord failed = record(QStringLiteral("/version"), 0);
    failed.note =
        QStringLiteral("upstream tailscale-operator.tail1234.ts.net:443 refused the connection");
    model.append(failed);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 6);
    const auto text = [&](int row, int column) {
        return model.index(row, column).data().toString();
    };
    QCOMPARE(text(0, RequestLogModel::TimeColumn), QStringLiteral("14:05:06.789"));
    QCOMPARE(text(0, RequestLogModel::MethodColumn), QStringLiteral("GET"));
    QCOMPARE(text(0, RequestLogModel::PathColumn),
             QStringLiteral("/api/v1/namespaces/default/pods"));
    QCOMPARE(text(0, RequestLogModel::StatusColumn), QStringLiteral("200"));
    QCOMPARE(text(0, RequestLogModel::DurationColumn), QStringLiteral("35 ms"));
    QCOMPARE(text(0, RequestLogModel::BytesColumn), QStringLiteral("2.0 kB"));
    QCOMPARE(text(1, RequestLogModel::StatusColumn), QStringLiteral("failed"));
    QVERIFY(model.index(1, RequestLogModel::StatusColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("refused the connection")));
    QCOMPARE(model.headerData(RequestLogModel::DurationColumn, Qt::Horizontal).toString(),
             QStringLiteral("Duration"));
}

void TestRequestLogModel::boundedToCapacity()
{
    RequestLogModel model;
    QCOMPARE(model.capacity(), 1000);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < 1005; ++i)
        model.append(record(QStringLiteral("/r/%1").arg(i)));
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(removed.count(), 5);
    QCOMPARE(model.record(0).path, QStringLiteral("/r/5"));
    QCOMPARE(model.record(999).path, QStringLiteral("/r/1004"));

    model.setCapacity(10);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.record(0).path, QStringLiteral("/r/995"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestRequestLogModel::redactsSecrets_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("mustNotContain");
    QTest::addColumn<QString>("mustContain");
    QTest::newRow("token query parameter")
        << QStringLiteral("/api/v1/pods?watch=1&token=abc.def.ghi") << QStringLiteral("abc.def.ghi")
        << QStringLiteral("watch=1");
    QTest::newRow("access_token") << QStringLiteral("/apis?access_token=s3cr3t")
                                  << QStringLiteral("s3cr3t") << QStringLiteral("/apis?");
}

void TestRequestLogModel::redactsSecrets()
{
    QFETCH(QString, path);
    QFETCH(QString, mustNotContain);
    QFETCH(QString, mustContain);
    RequestLogModel model;
    model.append(record(path));
    const QString shown = model.index(0, RequestLogModel::PathColumn).data().toString();
    QVERIFY2(!shown.contains(mustNotContain), qPrintable(shown));
    QVERIFY2(shown.contains(mustContain), qPrintable(shown));
    QVERIFY(!model.index(0, 0).data(Qt::ToolTipRole).toString().contains(mustNotContain));
}

QTEST_GUILESS_MAIN(TestRequestLogModel)
#include "tst_requestlogmodel.moc"
