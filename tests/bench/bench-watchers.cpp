// kubetailor-bench-watchers: opens COUNT concurrent watch streams (GET ...?watch=1 over TLS)
// to a loopback URL, holds them, and reports the resident memory of process PID before and
// with the streams open. For tests/bench/forwarder-benchmark.sh; loopback only, bounded.
//   kubetailor-bench-watchers --port P --ca F --pid PID [--count 1000] [--hold 3]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

namespace {

long residentKiB(const QString &pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("port"),
                                        QStringLiteral("port"));
    const QCommandLineOption caOption(QStringLiteral("ca"), QStringLiteral("CA PEM"),
                                      QStringLiteral("file"));
    const QCommandLineOption pidOption(QStringLiteral("pid"), QStringLiteral("measured process"),
                                       QStringLiteral("pid"));
    const QCommandLineOption countOption(QStringLiteral("count"), QStringLiteral("streams"),
                                         QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption holdOption(QStringLiteral("hold"), QStringLiteral("seconds"),
                                        QStringLiteral("s"), QStringLiteral("3"));
    parser.addOptions({portOption, caOption, pidOption, countOption, holdOption});
    parser.process(app);
    const quint16 port = quint16(parser.value(portOption).toUInt());
    const int count = qBound(1, parser.value(countOption).toInt(), 5000);
    const QString pid = parser.value(pidOption);
    QFile caFile(parser.value(caOption));
    if (!caFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "kubetailor-bench-watchers: cannot read the CA file\n");
        return 1;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setCaCertificates(QSslCertificate::fromData(caFile.readAll()));

    const long before = residentKiB(pid);
    std::vector<std::unique_ptr<QSslSocket>> sockets;
    int streaming = 0;
    int failed = 0;
    QElapsedTimer clock;
    clock.start();
    const QByteArray request = "GET /api/v1/namespaces/default/pods?watch=1 HTTP/1.1\r\n"
                               "Host: 127.0.0.1\r\nAuthorization: Bearer bench-token\r\n"
                               "Accept: application/json\r\n\r\n";
    // Opened in batches of 50 so the listen backlog never overflows.
    int opened = 0;
    std::function<void()> openBatch = [&] {
        const int target = qMin(count, opened + 50);
        for (; opened < target; ++opened) {
            auto socket = std::make_unique<QSslSocket>();
            QSslSocket *raw = socket.get();
            raw->setSslConfiguration(configuration);
            auto answered = std::make_shared<bool>(false);
            QObject::connect(raw, &QSslSocket::encrypted, raw,
                             [raw, request] { raw->write(request); });
            QObject::connect(raw, &QSslSocket::readyRead, raw,
                             [raw, answered, &streaming, &failed, &openBatch, &opened, count] {
                                 const QByteArray data = raw->readAll();
                                 if (*answered)
                                     return;
                                 *answered = true;
                                 if (data.startsWith("HTTP/1.1 200"))
                                     ++streaming;
                                 else
                                     ++failed;
                                 if ((streaming + failed) == opened && opened < count)
                                     QTimer::singleShot(0, raw, openBatch);
                             });
            QObject::connect(raw, &QSslSocket::disconnected, raw,
                             [raw, answered, &streaming, &failed, &openBatch, &opened, count] {
                                 if (*answered)
                                     return;
                                 *answered = true;
                                 ++failed; // refused: the next batch still opens
                                 if ((streaming + failed) == opened && opened < count)
                                     QTimer::singleShot(0, raw, openBatch);
                             });
            raw->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
            sockets.push_back(std::move(socket));
        }
    };
    openBatch();
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &app, &QCoreApplication::quit);
    deadline.start(180000);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &app, [&] {
        if (streaming + failed >= count)
            app.quit();
    });
    poll.start(50);
    app.exec();
    const qint64 openMs = clock.elapsed();
    poll.stop(); // it would end the hold below at once
    deadline.stop();
    // Let the forwarder settle, then measure with every stream still open.
    QTimer::singleShot(parser.value(holdOption).toInt() * 1000, &app, &QCoreApplication::quit);
    app.exec();
    const long with = residentKiB(pid);
    std::printf("streams %d failed %d open_ms %lld rss_before_kib %ld rss_with_kib %ld\n",
                streaming, failed, static_cast<long long>(openMs), before, with);
    return streaming == count ? 0 : 1;
}
