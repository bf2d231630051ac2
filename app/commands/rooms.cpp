// samenspraak rooms: the room hubs on the local network.
#include "commands.h"

#include "commandline.h"
#include "pinning.h"
#include "roomdiscovery.h"

#include <QCommandLineParser>

#include <cstdio>

namespace samenspraak::commands {

int rooms(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists the room hubs on the local network (a UDP broadcast): one line per room with its hub's address and certificate "
        "fingerprint. Compare the fingerprint with the hub's screen, then join with `samenspraak join --hub URL --code CODE "
        "--fingerprint SHA256`. The room code is never sent: read it off the facilitator's screen."));
    const QCommandLineOption port(QStringLiteral("discovery-port"), QStringLiteral("The hubs' UDP discovery port."), QStringLiteral("PORT"),
                                  QString::number(DefaultDiscoveryPort));
    const QCommandLineOption address(QStringLiteral("discovery-address"), QStringLiteral("Ask this address instead of the whole network."),
                                     QStringLiteral("ADDRESS"), QStringLiteral("255.255.255.255"));
    const QCommandLineOption wait(QStringLiteral("wait"), QStringLiteral("Milliseconds to wait for answers."), QStringLiteral("MS"), QStringLiteral("1500"));
    parser.addOptions({port, address, wait});
    if (!commandline::parse(parser, arguments))
        return commandline::BadUsage;
    bool portOk = false, waitOk = false;
    const uint p = parser.value(port).toUInt(&portOk);
    const int ms = parser.value(wait).toInt(&waitOk);
    const QHostAddress target(parser.value(address));
    if (!portOk || p == 0 || p > 65535 || !waitOk || ms < 1 || target.isNull()) {
        commandline::printError(QStringLiteral("--discovery-port must be 1..65535, --wait 1 or more and --discovery-address an IP address"));
        return commandline::BadUsage;
    }
    const QList<FoundRoom> found = discoverRooms(target, quint16(p), ms);
    for (const FoundRoom &r : found)
        std::printf("%s\t%s\t%s\t%s\t%s\n", qPrintable(r.roomId), qPrintable(r.title), qPrintable(r.kern), qPrintable(r.hub.toString()),
                    qPrintable(QString::fromLatin1(r.fingerprint)));
    if (found.isEmpty()) {
        commandline::printError(QStringLiteral("No room hub answered. Check that this tablet is on the room's network, or join with the "
                                               "address and code on the facilitator's screen."));
        return commandline::Unreachable;
    }
    return commandline::Ok;
}

} // namespace samenspraak::commands
