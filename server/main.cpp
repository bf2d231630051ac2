// samenspraak-server: the municipal server (see README.md and docs/operations.md).

#include "contentpack.h"
#include "exporter.h"
#include "httpapi.h"
#include "qrcode.h"
#include "serverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUrl>

#include <cstdio>

using namespace samenspraak::server;

namespace {

enum ExitCode { Ok = 0, Failed = 1, BadUsage = 2 };

void printError(const QString &message)
{
    std::fprintf(stderr, "samenspraak-server: %s\n", qPrintable(message));
}

bool parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return false;
    }
    return true;
}

const QCommandLineOption DbOption(QStringLiteral("db"), QStringLiteral("SQLite file, or postgresql://user:pass@host:port/db"),
                                  QStringLiteral("PATH|URL"));

std::unique_ptr<ServerStore> openStore(const QCommandLineParser &parser)
{
    if (!parser.isSet(DbOption)) {
        printError(QStringLiteral("--db is required (a file path, or a postgresql:// URL)"));
        return nullptr;
    }
    auto opened = ServerStore::open(parser.value(DbOption));
    if (!opened.store)
        printError(opened.error);
    return std::move(opened.store);
}

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
                                     QStringLiteral("BYTES"), QString::number(samenspraak::protocol::MaxRequestBytes));
    parser.addOptions({DbOption, listen, tlsCert, tlsKey, rate, burst, maxBody});
    if (!parse(parser, arguments))
        return BadUsage;
    ApiOptions options;
    bool rateOk = false, burstOk = false, bodyOk = false;
    options.ratePerSecond = parser.value(rate).toDouble(&rateOk);
    options.rateBurst = parser.value(burst).toDouble(&burstOk);
    options.maxBodyBytes = parser.value(maxBody).toLongLong(&bodyOk);
    if (!rateOk || options.ratePerSecond < 0 || !burstOk || options.rateBurst < 1 || !bodyOk || options.maxBodyBytes < 1024) {
        printError(QStringLiteral("--rate-limit must be 0 or more, --rate-burst 1 or more, --max-body-bytes 1024 or more"));
        return BadUsage;
    }
    if (parser.isSet(tlsCert) != parser.isSet(tlsKey)) {
        printError(QStringLiteral("--tls-cert and --tls-key go together: give both, or neither (and put a TLS proxy in front)"));
        return BadUsage;
    }
    const QString spec = parser.value(listen);
    const int colon = int(spec.lastIndexOf(QLatin1Char(':')));
    bool portOk = false;
    const uint port = spec.mid(colon + 1).toUInt(&portOk);
    QHostAddress address(spec.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (colon < 0 || !portOk || port > 65535 || address.isNull()) {
        printError(QStringLiteral("--listen %1 is not HOST:PORT, e.g. 127.0.0.1:8080").arg(spec));
        return BadUsage;
    }
    auto store = openStore(parser);
    if (!store)
        return Failed;
    HttpApi api(*store, options);
    QString error;
    if (parser.isSet(tlsCert) && !api.setupTls(parser.value(tlsCert), parser.value(tlsKey), &error)) {
        printError(error);
        return Failed;
    }
    const quint16 bound = api.listen(address, quint16(port), &error);
    if (!bound) {
        printError(error);
        return Failed;
    }
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("[%1]").arg(address.toString())
                                                                              : address.toString();
    std::printf("listening on %s://%s:%u\n", api.tls() ? "https" : "http", qPrintable(host), bound);
    std::fflush(stdout);
    return QCoreApplication::exec();
}

int exportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("csv or json."), QStringLiteral("FORMAT"), QStringLiteral("csv"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write to FILE instead of stdout."), QStringLiteral("FILE"));
    const QCommandLineOption separator(QStringLiteral("separator"), QStringLiteral("CSV separator: comma or semicolon (Dutch Excel)."),
                                       QStringLiteral("comma|semicolon"), QStringLiteral("comma"));
    const QCommandLineOption noBom(QStringLiteral("no-bom"), QStringLiteral("Leave out the UTF-8 byte order mark."));
    const QCommandLineOption since(QStringLiteral("since"), QStringLiteral("Only contributions received at or after this ISO time."),
                                   QStringLiteral("TIME"));
    parser.addOptions({DbOption, format, out, separator, noBom, since});
    if (!parse(parser, arguments))
        return BadUsage;
    ExportOptions options;
    options.format = parser.value(format);
    if (options.format != QLatin1String("csv") && options.format != QLatin1String("json")) {
        printError(QStringLiteral("--format must be csv or json"));
        return BadUsage;
    }
    const QString sep = parser.value(separator);
    if (sep != QLatin1String("comma") && sep != QLatin1String("semicolon")) {
        printError(QStringLiteral("--separator must be comma or semicolon"));
        return BadUsage;
    }
    options.separator = sep == QLatin1String("semicolon") ? QLatin1Char(';') : QLatin1Char(',');
    options.byteOrderMark = !parser.isSet(noBom);
    if (parser.isSet(since)) {
        const QDateTime t = QDateTime::fromString(parser.value(since), Qt::ISODateWithMs);
        if (!t.isValid()) {
            printError(QStringLiteral("--since %1 is not an ISO time such as 2026-05-01T00:00:00Z").arg(parser.value(since)));
            return BadUsage;
        }
        options.since = t.toUTC().toString(Qt::ISODateWithMs);
    }
    auto store = openStore(parser);
    if (!store)
        return Failed;
    const QList<ExportRow> rows = store->exportRows(options.since);
    QFile file;
    if (parser.isSet(out)) {
        file.setFileName(parser.value(out));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            printError(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return Failed;
        }
    } else if (!file.open(stdout, QIODevice::WriteOnly)) {
        return Failed;
    }
    writeExport(rows, options, file);
    file.close();
    if (parser.isSet(out))
        std::fprintf(stderr, "exported %lld contributions to %s\n", qlonglong(rows.size()), qPrintable(parser.value(out)));
    return Ok;
}

// samenspraak-server devices enroll-code|list|revoke
int devicesCommand(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    QCommandLineParser parser;
    if (sub == QLatin1String("enroll-code")) {
        parser.setApplicationDescription(QStringLiteral("Makes a one-time enrollment code. Prints the code alone on the first line."));
        const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Name of the device, e.g. \"Kiosk bibliotheek Dalfsen\"."),
                                      QStringLiteral("NAME"));
        const QCommandLineOption hours(QStringLiteral("valid-hours"), QStringLiteral("How long the code can be used."),
                                       QStringLiteral("H"), QStringLiteral("24"));
        const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("The URL devices use to reach this server (put in the QR code)."),
                                        QStringLiteral("URL"));
        const QCommandLineOption qr(QStringLiteral("qr"), QStringLiteral("Write the QR code as PNG to FILE instead of showing it here."),
                                    QStringLiteral("FILE.png"));
        parser.addOptions({DbOption, name, hours, server, qr});
        if (!parse(parser, rest))
            return BadUsage;
        bool ok = false;
        const int validHours = parser.value(hours).toInt(&ok);
        if (!ok || validHours < 1 || validHours > 24 * 30) {
            printError(QStringLiteral("--valid-hours must be between 1 and 720"));
            return BadUsage;
        }
        const QUrl serverUrl(parser.value(server));
        if (parser.isSet(server) && (!serverUrl.isValid() || !(serverUrl.scheme() == QLatin1String("http")
                                                               || serverUrl.scheme() == QLatin1String("https")))) {
            printError(QStringLiteral("--server %1 is not an http(s) URL").arg(parser.value(server)));
            return BadUsage;
        }
        auto store = openStore(parser);
        if (!store)
            return Failed;
        const ServerStore::CreatedCode created = store->createEnrollmentCode(parser.value(name), validHours);
        if (created.code.isEmpty()) {
            printError(created.error);
            return Failed;
        }
        const QString code = samenspraak::protocol::formatEnrollmentCode(created.code);
        std::printf("%s\n", qPrintable(code));
        std::printf("valid once, until %s. On the device: samenspraak enroll --server %s --code %s\n", qPrintable(created.expiresAt),
                    parser.isSet(server) ? qPrintable(serverUrl.toString()) : "URL", qPrintable(code));
        QJsonObject qrContent{{QStringLiteral("samenspraak"), QStringLiteral("enroll")}, {QStringLiteral("code"), code}};
        if (parser.isSet(server))
            qrContent.insert(QStringLiteral("server"), serverUrl.toString());
        const auto qrCode = makeQrCode(QJsonDocument(qrContent).toJson(QJsonDocument::Compact));
        if (!qrCode) {
            printError(QStringLiteral("could not make the QR code; type the code instead"));
            return Ok;
        }
        if (parser.isSet(qr)) {
            QString error;
            if (!writeQrPng(*qrCode, parser.value(qr), &error)) {
                printError(error);
                return Failed;
            }
            std::printf("QR code written to %s\n", qPrintable(parser.value(qr)));
        } else {
            std::printf("%s", qrToText(*qrCode).toUtf8().constData());
        }
        return Ok;
    }
    if (sub == QLatin1String("list")) {
        parser.setApplicationDescription(QStringLiteral("Lists enrolled devices."));
        const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("As JSON."));
        parser.addOptions({DbOption, json});
        if (!parse(parser, rest))
            return BadUsage;
        auto store = openStore(parser);
        if (!store)
            return Failed;
        const QList<DeviceInfo> devices = store->devices();
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const DeviceInfo &d : devices)
                array.append(QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name},
                                         {QStringLiteral("enrolledAt"), d.enrolledAt}, {QStringLiteral("lastSeen"), d.lastSeen},
                                         {QStringLiteral("revokedAt"), d.revokedAt}, {QStringLiteral("appVersion"), d.appVersion},
                                         {QStringLiteral("contentVersion"), d.contentVersion},
                                         {QStringLiteral("pendingReported"), double(d.pendingReported)}});
            std::printf("%s", QJsonDocument(array).toJson(QJsonDocument::Indented).constData());
            return Ok;
        }
        std::printf("%-36s  %-24s  %-24s  %-8s  %-12s  %7s  %s\n", "ID", "NAME", "LAST SEEN", "APP", "CONTENT", "PENDING", "STATE");
        for (const DeviceInfo &d : devices)
            std::printf("%-36s  %-24s  %-24s  %-8s  %-12s  %7lld  %s\n", qPrintable(d.id), qPrintable(d.name.isEmpty() ? QStringLiteral("-") : d.name),
                        qPrintable(d.lastSeen.isEmpty() ? QStringLiteral("never") : d.lastSeen),
                        qPrintable(d.appVersion.isEmpty() ? QStringLiteral("-") : d.appVersion),
                        qPrintable(d.contentVersion.isEmpty() ? QStringLiteral("-") : d.contentVersion), qlonglong(d.pendingReported),
                        qPrintable(!d.revokedAt.isEmpty() ? QStringLiteral("revoked %1").arg(d.revokedAt)
                                                          : d.enrolled ? QStringLiteral("active") : QStringLiteral("not enrolled")));
        return Ok;
    }
    if (sub == QLatin1String("revoke")) {
        parser.setApplicationDescription(QStringLiteral("Revokes a device: its token stops working at once (403)."));
        parser.addOptions({DbOption});
        parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The device id, as `devices list` shows it."));
        if (!parse(parser, rest))
            return BadUsage;
        if (parser.positionalArguments().size() != 1) {
            printError(QStringLiteral("give exactly one device id: samenspraak-server devices revoke --db PATH ID"));
            return BadUsage;
        }
        const QString id = parser.positionalArguments().first();
        auto store = openStore(parser);
        if (!store)
            return Failed;
        QString when;
        switch (store->revokeDevice(id, &when)) {
        case ServerStore::Revoke::Revoked:
            std::printf("revoked device %s at %s; what it sent before stays stored\n", qPrintable(id), qPrintable(when));
            return Ok;
        case ServerStore::Revoke::AlreadyRevoked:
            std::printf("device %s was already revoked at %s\n", qPrintable(id), qPrintable(when));
            return Ok;
        case ServerStore::Revoke::Unknown:
            printError(QStringLiteral("no device %1; see `samenspraak-server devices list`").arg(id));
            return Failed;
        case ServerStore::Revoke::Failed:
            break;
        }
        printError(QStringLiteral("could not revoke device %1: the database cannot be written").arg(id));
        return Failed;
    }
    printError(QStringLiteral("usage: samenspraak-server devices enroll-code|list|revoke --db PATH [...]   (each has --help)"));
    return BadUsage;
}

// samenspraak-server content publish|list
int contentCommand(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    QCommandLineParser parser;
    if (sub == QLatin1String("publish")) {
        parser.setApplicationDescription(QStringLiteral("Publishes a content pack: devices fetch it on their next sync."));
        parser.addOptions({DbOption});
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The content pack (JSON)."));
        if (!parse(parser, rest))
            return BadUsage;
        if (parser.positionalArguments().size() != 1) {
            printError(QStringLiteral("give exactly one pack: samenspraak-server content publish --db PATH FILE"));
            return BadUsage;
        }
        const QString file = parser.positionalArguments().first();
        // The same validator as `samenspraak content check`, with the same lines.
        const samenspraak::ParsedPack parsed = samenspraak::loadContentPack(file);
        for (const samenspraak::ContentProblem &p : parsed.problems)
            std::printf("%s:%s: %s\n", qPrintable(file), qPrintable(p.path), qPrintable(p.message));
        if (!parsed.pack) {
            printError(QStringLiteral("%1 is not a valid content pack; nothing was published").arg(file));
            return Failed;
        }
        auto store = openStore(parser);
        if (!store)
            return Failed;
        const samenspraak::ContentPack &pack = *parsed.pack;
        QString error;
        switch (store->publishContent(pack, &error)) {
        case ServerStore::Publish::Published:
            std::printf("published %s version %s (sha256 %s); devices fetch it on their next sync\n", qPrintable(pack.id),
                        qPrintable(pack.version), pack.sha256.constData());
            return Ok;
        case ServerStore::Publish::MadeCurrent:
            std::printf("version %s was published before; it is the current version again\n", qPrintable(pack.version));
            return Ok;
        case ServerStore::Publish::AlreadyCurrent:
            std::printf("version %s is already published and current; nothing changed\n", qPrintable(pack.version));
            return Ok;
        case ServerStore::Publish::VersionTaken:
            printError(QStringLiteral("version %1 is already published with different content (sha256 %2); published versions "
                                      "never change: give the changed pack a new version").arg(pack.version, error));
            return Failed;
        case ServerStore::Publish::Failed:
            break;
        }
        printError(QStringLiteral("could not publish: %1").arg(error));
        return Failed;
    }
    if (sub == QLatin1String("list")) {
        parser.addOptions({DbOption});
        if (!parse(parser, rest))
            return BadUsage;
        auto store = openStore(parser);
        if (!store)
            return Failed;
        bool first = true;
        for (const PublishedPack &p : store->publishedContents()) {
            std::printf("%s  %s  published %s  sha256 %s%s\n", qPrintable(p.version), qPrintable(p.packId), qPrintable(p.publishedAt),
                        p.sha256.constData(), first ? "  (current)" : "");
            first = false;
        }
        return Ok;
    }
    printError(QStringLiteral("usage: samenspraak-server content publish|list --db PATH [FILE]   (each has --help)"));
    return BadUsage;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("samenspraak-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMENSPRAAK_VERSION));
    QStringList arguments = app.arguments();
    const QString command = arguments.value(1);
    const QString usage = QStringLiteral("usage: samenspraak-server serve|export|devices|content [options]   (each has --help)");
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::printf("%s\n", qPrintable(usage));
        return command.isEmpty() ? BadUsage : Ok;
    }
    arguments.removeAt(1);
    if (command == QLatin1String("serve"))
        return serve(arguments);
    if (command == QLatin1String("export"))
        return exportCommand(arguments);
    if (command == QLatin1String("devices"))
        return devicesCommand(arguments);
    if (command == QLatin1String("content"))
        return contentCommand(arguments);
    printError(QStringLiteral("unknown command '%1'. %2").arg(command, usage));
    return BadUsage;
}
