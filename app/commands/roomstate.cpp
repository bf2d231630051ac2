// samenspraak room-state: what the room this tablet joined is set to (docs/architecture.md,
// "Room hub: facilitator controls"), through the same long poll the app follows the room with.
#include "commands.h"

#include "appcontext.h"
#include "commandline.h"
#include "roomclient.h"
#include "roomfollower.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

namespace samenspraak::commands {

int roomState(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints the state of the room this tablet joined (samenspraak join) as one line: SEQUENCE MODE ACTIVITY, mode being free, "
        "activity, pause or results. With --after N it waits until the facilitator changes the state past sequence N (a long poll, "
        "as the app follows the room)."));
    const QCommandLineOption after(QStringLiteral("after"), QStringLiteral("Wait for a state newer than this sequence number."), QStringLiteral("N"),
                                   QStringLiteral("-1"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QStringLiteral("Give up after this many seconds (exit 3)."), QStringLiteral("S"),
                                     QStringLiteral("60"));
    const QCommandLineOption wait(QStringLiteral("wait"), QStringLiteral("Longest wait of one long poll, in seconds."), QStringLiteral("S"),
                                  QStringLiteral("25"));
    parser.addOptions({dataDirOption(), after, timeout, wait});
    if (!commandline::parse(parser, arguments))
        return commandline::BadUsage;
    bool afterOk = false, timeoutOk = false, waitOk = false;
    const qint64 afterSequence = parser.value(after).toLongLong(&afterOk);
    const int timeoutSeconds = parser.value(timeout).toInt(&timeoutOk);
    const int waitSeconds = parser.value(wait).toInt(&waitOk);
    if (!afterOk || !timeoutOk || timeoutSeconds < 1 || !waitOk || waitSeconds < 1) {
        commandline::printError(QStringLiteral("--after must be a number, --timeout and --wait 1 or more seconds"));
        return commandline::BadUsage;
    }
    const std::unique_ptr<AppContext> device = openDevice(parser);
    if (!device)
        return commandline::Failed;
    const RoomMembership room = roomMembership(device->store());
    if (!room.valid()) {
        commandline::printError(QStringLiteral("This tablet is in no room: join one first (samenspraak join)."));
        return commandline::Refused;
    }
    RoomFollower follower;
    follower.setWaitSeconds(waitSeconds);
    follower.setRetryMaxMs(1000);
    QEventLoop loop;
    int exitCode = commandline::Unreachable;
    QObject::connect(&follower, &RoomFollower::stateChanged, &loop, [&] {
        if (follower.reachable() && follower.state().sequence > afterSequence) {
            exitCode = commandline::Ok;
            loop.quit();
        }
    });
    QObject::connect(&follower, &RoomFollower::reachableChanged, &loop, [&] {
        if (follower.problem() == QLatin1String("refused") || follower.problem() == QLatin1String("wrongCertificate")) {
            exitCode = commandline::Refused;
            loop.quit();
        }
    });
    QTimer::singleShot(timeoutSeconds * 1000, &loop, &QEventLoop::quit);
    follower.follow(room);
    loop.exec();
    if (exitCode == commandline::Ok) {
        const protocol::RoomState &s = follower.state();
        std::printf("%lld %s %s\n", static_cast<long long>(s.sequence), qPrintable(protocol::modeName(s.mode)), qPrintable(s.activityId));
    } else if (exitCode == commandline::Refused) {
        commandline::printError(follower.problem() == QLatin1String("refused") ? QStringLiteral("The hub refused this tablet's room token.")
                                                                                : QStringLiteral("The hub's certificate is not the pinned one."));
    } else {
        commandline::printError(QStringLiteral("No new room state from %1 within %2 s%3.")
                                    .arg(room.hub.toString())
                                    .arg(timeoutSeconds)
                                    .arg(follower.reachable() ? QString() : QStringLiteral(" (the hub cannot be reached)")));
    }
    follower.stop();
    return exitCode;
}

} // namespace samenspraak::commands
