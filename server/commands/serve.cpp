// samenspraak-server serve: the HTTP API until the process is stopped.

#include "commands.h"

#include "commandline.h"
#include "serverhost.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <cstdio>

namespace samenspraak::server::commands {

using namespace samenspraak::commandline;

int serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port, e.g. 127.0.0.1:8080 (port 0 picks a free one)."),
                                    QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption tlsCert(QStringLiteral("tls-cert"), QStringLiteral("Serve HTTPS with this PEM certificate (chain)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"), QStringLiteral("The PEM private key for --tls-cert."), QStringLiteral("FILE"));
    const QCommandLineOption rate(QStringLiteral("rate-limit"), QStringLiteral("Requests per second per device (0: no limit)."),
                                  QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption burst(QStringLiteral("rate-burst"), QStringLiteral("Requests a device may send at once."),
                                   QStringLiteral("N"), QStringLiteral("60"));
    const QCommandLineOption maxBody(QStringLiteral("max-body-bytes"), QStringLiteral("Largest request body accepted (413 above)."),
                                     QStringLiteral("BYTES"), QString::number(protocol::MaxRequestBytes));
    const ConnectionLimits defaults;
    const QCommandLineOption maxConnections(QStringLiteral("max-connections"),
                                            QStringLiteral("Connections open at once, in total (kept below the open-file limit)."),
                                            QStringLiteral("N"), QString::number(defaults.maxConnections));
    const QCommandLineOption maxPerAddress(QStringLiteral("max-connections-per-address"),
                                           QStringLiteral("Connections open at once from one address (behind a proxy: all of them)."),
                                           QStringLiteral("N"), QString::number(defaults.maxConnectionsPerAddress));
    const QCommandLineOption headerTimeout(QStringLiteral("header-timeout"),
                                           QStringLiteral("Seconds a request's headers may take to arrive (408 after)."),
                                           QStringLiteral("S"), QString::number(defaults.headerTimeoutMs / 1000.0));
    const QCommandLineOption bodyTimeout(QStringLiteral("body-timeout"), QStringLiteral("Seconds a body may pause between two reads (408 after)."),
                                         QStringLiteral("S"), QString::number(defaults.bodyTimeoutMs / 1000.0));
    const QCommandLineOption idleTimeout(QStringLiteral("idle-timeout"),
                                         QStringLiteral("Seconds a keep-alive connection may stay idle before it is closed."),
                                         QStringLiteral("S"), QString::number(defaults.idleTimeoutMs / 1000.0));
    const QCommandLineOption enrollFailures(QStringLiteral("enroll-failures-per-minute"),
                                            QStringLiteral("Failed enrollment attempts per address per minute (and at once) before 429; "
                                                           "all addresses together: 10 times this (0: no limit)."),
                                            QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({databaseOption(), listen, tlsCert, tlsKey, rate, burst, maxBody, enrollFailures, maxConnections, maxPerAddress, headerTimeout,
                       bodyTimeout, idleTimeout});
    if (!parse(parser, arguments))
        return BadUsage;
    HostOptions options;
    bool rateOk = false, burstOk = false, bodyOk = false;
    options.api.ratePerSecond = parser.value(rate).toDouble(&rateOk);
    options.api.rateBurst = parser.value(burst).toDouble(&burstOk);
    ConnectionLimits &limits = options.api.connections;
    limits.maxBodyBytes = parser.value(maxBody).toLongLong(&bodyOk);
    if (!rateOk || options.api.ratePerSecond < 0 || !burstOk || options.api.rateBurst < 1 || !bodyOk || limits.maxBodyBytes < 1024) {
        printError(QStringLiteral("--rate-limit must be 0 or more, --rate-burst 1 or more, --max-body-bytes 1024 or more"));
        return BadUsage;
    }
    bool enrollOk = false;
    options.api.enrollFailuresPerMinute = parser.value(enrollFailures).toDouble(&enrollOk);
    if (!enrollOk || options.api.enrollFailuresPerMinute < 0) {
        printError(QStringLiteral("--enroll-failures-per-minute must be 0 or more"));
        return BadUsage;
    }
    bool connectionsOk = false, perAddressOk = false;
    limits.maxConnections = parser.value(maxConnections).toInt(&connectionsOk);
    limits.maxConnectionsPerAddress = parser.value(maxPerAddress).toInt(&perAddressOk);
    if (!connectionsOk || limits.maxConnections < 1 || !perAddressOk || limits.maxConnectionsPerAddress < 1) {
        printError(QStringLiteral("--max-connections and --max-connections-per-address must be 1 or more"));
        return BadUsage;
    }
    for (const auto &[option, target] : {std::pair{&headerTimeout, &limits.headerTimeoutMs}, std::pair{&bodyTimeout, &limits.bodyTimeoutMs},
                                         std::pair{&idleTimeout, &limits.idleTimeoutMs}}) {
        bool ok = false;
        const double seconds = parser.value(*option).toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 3600) {
            printError(QStringLiteral("--%1 must be a number of seconds above 0 and at most 3600").arg(option->names().constFirst()));
            return BadUsage;
        }
        *target = int(seconds * 1000);
    }
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        printError(QStringLiteral("--tls-cert and --tls-key go together: give both, or neither (and put a TLS proxy in front)"));
        return BadUsage;
    }
    const auto listenOn = parseListenAddress(parser.value(listen));
    if (!listenOn) {
        printError(QStringLiteral("--listen %1 is not HOST:PORT, e.g. 127.0.0.1:8080").arg(parser.value(listen)));
        return BadUsage;
    }
    const auto [address, port] = *listenOn;
    if (!requireDatabase(parser))
        return Failed;
    options.database = parser.value(databaseOption());
    options.address = address;
    options.port = quint16(port);
    if (parser.isSet(tlsCert)) {
        options.tlsCertificate = parser.value(tlsCert);
        options.tlsKey = parser.value(tlsKey);
    }
    ServerHost host;
    const ServerHost::Started started = host.start(options);
    if (!started.ok()) {
        printError(started.error);
        return Failed;
    }
    const QString shownHost = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString())
                                                                                   : address.toString();
    std::printf("listening on %s://%s:%u\n", host.tls() ? "https" : "http", qPrintable(shownHost), started.port);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

} // namespace samenspraak::server::commands
