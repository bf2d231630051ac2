// samenspraak-server devices enroll-code|list|revoke: the device registry, for staff.

#include "commands.h"

#include "commandline.h"
#include "qrcode.h"
#include "serverstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstdio>

namespace samenspraak::server::commands {

using namespace samenspraak::commandline;

int devices(const QStringList &arguments)
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
        parser.addOptions({databaseOption(), name, hours, server, qr});
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
        const DeviceRegistry::CreatedCode created = store->devices().createEnrollmentCode(parser.value(name), validHours);
        if (created.code.isEmpty()) {
            printError(created.error);
            return Failed;
        }
        const QString code = protocol::formatEnrollmentCode(created.code);
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
        parser.addOptions({databaseOption(), json});
        if (!parse(parser, rest))
            return BadUsage;
        auto store = openStore(parser);
        if (!store)
            return Failed;
        const QList<DeviceInfo> devices = store->devices().list();
        if (parser.isSet(json)) {
            QJsonArray array;
            for (const DeviceInfo &d : devices)
                array.append(QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name},
                                         {QStringLiteral("enrolledAt"), d.enrolledAt}, {QStringLiteral("lastSeen"), d.lastSeen},
                                         {QStringLiteral("revokedAt"), d.revokedAt}, {QStringLiteral("appVersion"), d.appVersion},
                                         {QStringLiteral("contentVersion"), d.contentVersion},
                                         {QStringLiteral("pendingReported"), double(d.pendingReported)},
                                         {QStringLiteral("clockSuspectRecords"), double(d.clockSuspect)}});
            std::printf("%s", QJsonDocument(array).toJson(QJsonDocument::Indented).constData());
            return Ok;
        }
        std::printf("%-36s  %-24s  %-24s  %-8s  %-12s  %7s  %-10s  %s\n", "ID", "NAME", "LAST SEEN", "APP", "CONTENT", "PENDING", "CLOCK", "STATE");
        for (const DeviceInfo &d : devices)
            std::printf("%-36s  %-24s  %-24s  %-8s  %-12s  %7lld  %-10s  %s\n", qPrintable(d.id), qPrintable(d.name.isEmpty() ? QStringLiteral("-") : d.name),
                        qPrintable(d.lastSeen.isEmpty() ? QStringLiteral("never") : d.lastSeen),
                        qPrintable(d.appVersion.isEmpty() ? QStringLiteral("-") : d.appVersion),
                        qPrintable(d.contentVersion.isEmpty() ? QStringLiteral("-") : d.contentVersion), qlonglong(d.pendingReported),
                        qPrintable(d.clockSuspect == 0 ? QStringLiteral("ok") : QStringLiteral("%1 suspect").arg(d.clockSuspect)),
                        qPrintable(!d.revokedAt.isEmpty() ? QStringLiteral("revoked %1").arg(d.revokedAt)
                                                          : d.enrolled ? QStringLiteral("active") : QStringLiteral("not enrolled")));
        return Ok;
    }
    if (sub == QLatin1String("revoke")) {
        parser.setApplicationDescription(QStringLiteral("Revokes a device: its token stops working at once (403)."));
        parser.addOptions({databaseOption()});
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
        switch (store->devices().revoke(id, &when)) {
        case DeviceRegistry::Revoke::Revoked:
            std::printf("revoked device %s at %s; what it sent before stays stored\n", qPrintable(id), qPrintable(when));
            return Ok;
        case DeviceRegistry::Revoke::AlreadyRevoked:
            std::printf("device %s was already revoked at %s\n", qPrintable(id), qPrintable(when));
            return Ok;
        case DeviceRegistry::Revoke::Unknown:
            printError(QStringLiteral("no device %1; see `samenspraak-server devices list`").arg(id));
            return Failed;
        case DeviceRegistry::Revoke::Failed:
            break;
        }
        printError(QStringLiteral("could not revoke device %1: the database cannot be written").arg(id));
        return Failed;
    }
    printError(QStringLiteral("usage: samenspraak-server devices enroll-code|list|revoke --db PATH [...]   (each has --help)"));
    return BadUsage;
}

} // namespace samenspraak::server::commands
