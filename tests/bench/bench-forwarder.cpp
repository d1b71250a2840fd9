// kubetailor-bench-forwarder: the forwarder engine (ForwarderService, exactly what
// `kubetailor proxy` runs) with the limits a load benchmark needs, for
// tests/bench/forwarder-benchmark.sh:
//   kubetailor-bench-forwarder --upstream URL [--ca-file F] [--listen-port P]
//       [--max-connections N] [--cert-dir D] [--ca-out F]
// Prints "listening on https://127.0.0.1:PORT" once it serves; --ca-out writes the PEM
// clients must trust.
#include "proxycore/ForwarderService.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption upstream(QStringLiteral("upstream"), QStringLiteral("https URL"),
                                      QStringLiteral("url"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QStringLiteral("upstream CA"),
                                    QStringLiteral("file"));
    const QCommandLineOption port(QStringLiteral("listen-port"), QStringLiteral("port"),
                                  QStringLiteral("port"), QStringLiteral("0"));
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
                                            QStringLiteral("client connections"),
                                            QStringLiteral("n"), QStringLiteral("128"));
    const QCommandLineOption certDir(QStringLiteral("cert-dir"),
                                     QStringLiteral("loopback certificate folder"),
                                     QStringLiteral("dir"));
    const QCommandLineOption caOut(QStringLiteral("ca-out"),
                                   QStringLiteral("write the CA clients trust here"),
                                   QStringLiteral("file"));
    parser.addOptions({upstream, caFile, port, maxConnections, certDir, caOut});
    parser.process(app);
    // Per-request logging would measure the terminal, not the forwarder.
    QLoggingCategory::setFilterRules(QStringLiteral("kubetailor.*.info=false"));

    ForwarderConfig config;
    config.upstream = QUrl(parser.value(upstream));
    config.caFile = parser.value(caFile);
    config.listenPort = quint16(parser.value(port).toUInt());
    config.maxConnections = parser.value(maxConnections).toInt();
    config.certificateDir = parser.value(certDir);
    ForwarderService service;
    QString error;
    if (!service.start(config, &error)) {
        std::fprintf(stderr, "kubetailor-bench-forwarder: %s\n", qPrintable(error));
        return 1;
    }
    if (parser.isSet(caOut)) {
        QFile file(parser.value(caOut));
        if (!file.open(QIODevice::WriteOnly) || file.write(service.certificateAuthorityPem()) < 0) {
            std::fprintf(stderr, "kubetailor-bench-forwarder: cannot write %s\n",
                         qPrintable(file.fileName()));
            return 1;
        }
    }
    std::printf("listening on https://127.0.0.1:%u\n", unsigned(service.port()));
    std::fflush(stdout);
    return app.exec();
}
