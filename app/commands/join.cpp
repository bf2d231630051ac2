// samenspraak join: joins this tablet to a room hub with the room code.
#include "commands.h"

#include "appcontext.h"
#include "commandline.h"
#include "pinning.h"
#include "roomclient.h"

#include <QCommandLineParser>

#include <cstdio>

namespace samenspraak::commands {

int join(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Joins this tablet to a room hub: its new participants belong to the room, and `samenspraak sync` sends their answers "
        "to the hub (and, when the tablet is enrolled, to the municipal server too).\n"
        "--hub takes the join URL the hub shows (it carries the certificate's fingerprint and may carry the code) or a typed "
        "https://HOST:PORT; then give the fingerprint shown on the hub's screen with --fingerprint."));
    const QCommandLineOption hub(QStringLiteral("hub"), QStringLiteral("The hub's join URL, or https://HOST:PORT."), QStringLiteral("URL"));
    const QCommandLineOption code(QStringLiteral("code"), QStringLiteral("The room code, 6 digits (e.g. 123 456)."), QStringLiteral("CODE"));
    const QCommandLineOption fingerprint(QStringLiteral("fingerprint"), QStringLiteral("The SHA-256 fingerprint of the hub's certificate."),
                                         QStringLiteral("SHA256"));
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("A name for this tablet, e.g. \"Tafel 3\"."), QStringLiteral("NAME"));
    parser.addOptions({dataDirOption(), hub, code, fingerprint, name});
    if (!commandline::parse(parser, arguments))
        return commandline::BadUsage;
    JoinAddress address = parseJoinAddress(parser.value(hub));
    if (address.hub.isEmpty() || address.hub.scheme() != QLatin1String("https") || address.hub.port() <= 0) {
        commandline::printError(QStringLiteral("--hub '%1' is not the hub's address: give the join URL it shows, or https://HOST:PORT.")
                                    .arg(parser.value(hub)));
        return commandline::BadUsage;
    }
    if (parser.isSet(code))
        address.code = protocol::normalizeRoomCode(parser.value(code));
    if (address.code.isEmpty()) {
        commandline::printError(QStringLiteral("No room code: give the 6 digits on the facilitator's screen with --code, e.g. --code \"123 456\"."));
        return commandline::BadUsage;
    }
    if (parser.isSet(fingerprint)) {
        address.fingerprint = sync::normalizeFingerprint(parser.value(fingerprint));
        if (address.fingerprint.isEmpty()) {
            commandline::printError(QStringLiteral("--fingerprint '%1' is not a SHA-256 fingerprint (64 hexadecimal digits).").arg(parser.value(fingerprint)));
            return commandline::BadUsage;
        }
    }
    const std::unique_ptr<AppContext> device = openDevice(parser);
    if (!device)
        return commandline::Failed;
    if (address.fingerprint.isEmpty()) {
        // A typed address: learn the hub's fingerprint without sending anything, for the person to compare.
        const JoinOutcome probe = joinRoom(*device, address.hub, QStringLiteral("000000"), QByteArray(64, '0'));
        if (probe.result == JoinOutcome::WrongCertificate) {
            commandline::printError(QStringLiteral("The hub at %1 has the certificate fingerprint %2. Compare it with the hub's screen; if it "
                                                   "is the same, join again with --fingerprint %3.")
                                        .arg(address.hub.toString(), sync::formatFingerprint(probe.seenFingerprint), QString::fromLatin1(probe.seenFingerprint)));
            return commandline::Refused;
        }
        commandline::printError(probe.message);
        return commandline::Unreachable;
    }
    const JoinOutcome joined = joinRoom(*device, address.hub, address.code, address.fingerprint, parser.value(name));
    switch (joined.result) {
    case JoinOutcome::Joined:
        std::printf("%s\n", qPrintable(joined.message));
        return commandline::Ok;
    case JoinOutcome::Unreachable:
    case JoinOutcome::TooManyAttempts:
        commandline::printError(joined.message);
        return commandline::Unreachable;
    case JoinOutcome::WrongCode:
    case JoinOutcome::WrongCertificate:
    case JoinOutcome::Refused:
        commandline::printError(joined.message);
        return commandline::Refused;
    case JoinOutcome::LocalError:
        break;
    }
    commandline::printError(joined.message);
    return commandline::Failed;
}

} // namespace samenspraak::commands
