// samenspraak simulate: synthetic participants through the same code as the UI.
#include "commands.h"

#include "appcontext.h"
#include "commandline.h"
#include "sessioncontroller.h"
#include "simulator.h"

#include <QCommandLineParser>

#include <cstdio>

namespace samenspraak::commands {

int simulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Records synthetic participants through the same code as the UI."));
    const QCommandLineOption participants(QStringLiteral("participants"), QStringLiteral("How many participants."), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (same seed, same answers)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption channel(QStringLiteral("channel"), QStringLiteral("kiosk, workshop, event, assisted or paper."), QStringLiteral("CHANNEL"), QStringLiteral("kiosk"));
    parser.addOptions({dataDirOption(), participants, seed, channel});
    if (!commandline::parse(parser, arguments))
        return commandline::BadUsage;
    bool ok1 = false, ok2 = false;
    const int n = parser.value(participants).toInt(&ok1);
    const uint s = parser.value(seed).toUInt(&ok2);
    if (!ok1 || n < 0 || !ok2) {
        commandline::printError(QStringLiteral("--participants and --seed must be whole numbers of 0 or more."));
        return commandline::BadUsage;
    }
    const std::unique_ptr<AppContext> device = openDevice(parser);
    if (!device)
        return commandline::Failed;
    device->sessions().setChannel(parser.value(channel));
    const SimulationResult result = simulateParticipants(*device, n, s);
    std::printf("simulated %d participants, %d contributions saved in %s\n", result.participants, result.contributions,
                qPrintable(device->store().path()));
    if (!result.error.isEmpty()) {
        commandline::printError(result.error);
        return commandline::Failed;
    }
    return commandline::Ok;
}

} // namespace samenspraak::commands
