// kubetailor-test-apiserver: the test API server as a process, and a certificate maker for
// tests and benchmarks.
//
//   kubetailor-test-apiserver --cert server.crt --key server.key [--listen 127.0.0.1:0]
//       [--record requests.jsonl] [--watch-interval MS] [--log-interval MS]
//       [--log-lines N] [--port-file FILE] [--client-ca FILE]
//   kubetailor-test-apiserver --make-certs DIR [--hosts 127.0.0.1,localhost,...]
//
// When listening it prints "listening on https://HOST:PORT" on stdout. --make-certs writes
// ca.crt/ca.key (the test CA), server.crt/key (signed by it for --hosts), expired.crt/key,
// wrong-name.crt/key (for wrong-name.invalid), untrusted.crt/key (signed by other-ca.crt,
// which nobody trusts) and self-signed.crt/key. With --client-ca every client must present
// a certificate signed by a CA in FILE (kubectl's client-certificate-data, as k3s uses).
#include "proxycore/CertificateFactory.h"
#include "tests/support/apiserver/TestApiServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <cstdio>

namespace {

int die(const QString &message)
{
    std::fprintf(stderr, "kubetailor-test-apiserver: %s\n", qPrintable(message));
    return 1;
}

bool writePair(const QString &dir, const QString &name, const IssuedCertificate &pair,
               QString *error)
{
    return pair.writeFiles(QDir(dir).filePath(name + QStringLiteral(".crt")),
                           QDir(dir).filePath(name + QStringLiteral(".key")), error);
}

int makeCertificates(const QString &dir, const QStringList &hosts)
{
    QString error;
    const IssuedCertificate ca =
        CertificateFactory::createAuthority(QStringLiteral("kubetailor test CA"), 30, &error);
    const IssuedCertificate otherCa =
        CertificateFactory::createAuthority(QStringLiteral("untrusted test CA"), 30, &error);
    if (ca.isNull() || otherCa.isNull())
        return die(error);
    const IssuedCertificate server = CertificateFactory::createServer(hosts, 30, &ca, &error);
    const IssuedCertificate wrongName =
        CertificateFactory::createServer({QStringLiteral("wrong-name.invalid")}, 30, &ca, &error);
    const IssuedCertificate untrusted =
        CertificateFactory::createServer(hosts, 30, &otherCa, &error);
    const IssuedCertificate selfSigned =
        CertificateFactory::createServer(hosts, 30, nullptr, &error);
    CertificateRequest expiredRequest;
    for (const QString &host : hosts) {
        if (QHostAddress(host).isNull())
            expiredRequest.dnsNames << host;
        else
            expiredRequest.ipAddresses << QHostAddress(host);
    }
    expiredRequest.notBefore = QDateTime::currentDateTimeUtc().addDays(-10);
    expiredRequest.notAfter = QDateTime::currentDateTimeUtc().addDays(-1);
    const IssuedCertificate expired = CertificateFactory::create(expiredRequest, &ca, &error);
    if (server.isNull() || wrongName.isNull() || untrusted.isNull() || selfSigned.isNull() ||
        expired.isNull())
        return die(error);
    if (!writePair(dir, QStringLiteral("ca"), ca, &error) ||
        !otherCa.writeFiles(QDir(dir).filePath(QStringLiteral("other-ca.crt")), QString(),
                            &error) ||
        !writePair(dir, QStringLiteral("server"), server, &error) ||
        !writePair(dir, QStringLiteral("wrong-name"), wrongName, &error) ||
        !writePair(dir, QStringLiteral("untrusted"), untrusted, &error) ||
        !writePair(dir, QStringLiteral("self-signed"), selfSigned, &error) ||
        !writePair(dir, QStringLiteral("expired"), expired, &error))
        return die(error);
    return 0;
}

QByteArray readFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    return file.readAll();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("address:port"),
                                    QStringLiteral("address"), QStringLiteral("127.0.0.1:0"));
    const QCommandLineOption cert(QStringLiteral("cert"), QStringLiteral("PEM chain"),
                                  QStringLiteral("file"));
    const QCommandLineOption key(QStringLiteral("key"), QStringLiteral("PEM key"),
                                 QStringLiteral("file"));
    const QCommandLineOption record(QStringLiteral("record"),
                                    QStringLiteral("JSON lines request record"),
                                    QStringLiteral("file"));
    const QCommandLineOption watchInterval(QStringLiteral("watch-interval"),
                                           QStringLiteral("ms between watch events"),
                                           QStringLiteral("ms"), QStringLiteral("200"));
    const QCommandLineOption logInterval(QStringLiteral("log-interval"),
                                         QStringLiteral("ms between log lines"),
                                         QStringLiteral("ms"), QStringLiteral("100"));
    const QCommandLineOption logLines(QStringLiteral("log-lines"),
                                      QStringLiteral("lines before a followed log ends"),
                                      QStringLiteral("n"), QStringLiteral("600"));
    const QCommandLineOption portFile(
        QStringLiteral("port-file"), QStringLiteral("write the port here"), QStringLiteral("file"));
    const QCommandLineOption clientCa(QStringLiteral("client-ca"),
                                      QStringLiteral("require client certificates from this CA"),
                                      QStringLiteral("file"));
    const QCommandLineOption makeCerts(QStringLiteral("make-certs"),
                                       QStringLiteral("write test certificates and exit"),
                                       QStringLiteral("dir"));
    const QCommandLineOption hosts(
        QStringLiteral("hosts"), QStringLiteral("names for --make-certs, comma-separated"),
        QStringLiteral("list"), QStringLiteral("127.0.0.1,::1,localhost"));
    parser.addOptions({listen, cert, key, record, watchInterval, logInterval, logLines, portFile,
                       makeCerts, hosts, clientCa});
    parser.process(app);

    if (parser.isSet(makeCerts))
        return makeCertificates(parser.value(makeCerts),
                                parser.value(hosts).split(QLatin1Char(','), Qt::SkipEmptyParts));

    QString error;
    const QByteArray certPem = readFile(parser.value(cert), &error);
    const QByteArray keyPem =
        certPem.isEmpty() ? QByteArray() : readFile(parser.value(key), &error);
    if (certPem.isEmpty() || keyPem.isEmpty())
        return die(error.isEmpty() ? QStringLiteral("--cert and --key are required") : error);

    TestApiServerOptions options;
    const QString listenValue = parser.value(listen);
    const int colon = listenValue.lastIndexOf(QLatin1Char(':'));
    QString host = listenValue.left(colon);
    if (host.startsWith(QLatin1Char('[')))
        host = host.mid(1, host.size() - 2);
    options.address = QHostAddress(host);
    options.port = quint16(listenValue.mid(colon + 1).toUInt());
    options.certificateChain = QSslCertificate::fromData(certPem, QSsl::Pem);
    options.privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    options.recordPath = parser.value(record);
    if (parser.isSet(clientCa)) {
        const QByteArray clientCaPem = readFile(parser.value(clientCa), &error);
        options.clientCaCertificates = QSslCertificate::fromData(clientCaPem, QSsl::Pem);
        if (options.clientCaCertificates.isEmpty())
            return die(error.isEmpty() ? QStringLiteral("--client-ca %1: no PEM certificate")
                                             .arg(parser.value(clientCa))
                                       : error);
    }
    options.watchIntervalMs = parser.value(watchInterval).toInt();
    options.logIntervalMs = parser.value(logInterval).toInt();
    options.logFollowLines = parser.value(logLines).toInt();
    if (options.address.isNull())
        return die(QStringLiteral("--listen %1: not an address:port").arg(listenValue));

    TestApiServer server;
    if (!server.listen(options, &error))
        return die(error);
    if (parser.isSet(portFile)) {
        QFile file(parser.value(portFile));
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(server.port())) < 0)
            return die(QStringLiteral("cannot write %1").arg(file.fileName()));
    }
    const QString shownHost = options.address.protocol() == QAbstractSocket::IPv6Protocol
                                  ? QLatin1Char('[') + options.address.toString() + QLatin1Char(']')
                                  : options.address.toString();
    std::printf("listening on https://%s:%u\n", qPrintable(shownHost), unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
