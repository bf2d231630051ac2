// samenspraak hub: runs a room hub without a screen (docs/architecture.md, "Room hub").
#include "commands.h"

#include "appcontext.h"
#include "commandline.h"
#include "hubconsole.h"
#include "contentpack.h"
#include "pinning.h"
#include "roomdiscovery.h"
#include "roomhub.h"
#include "workshopsummary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#include <sys/socket.h>
#include <unistd.h>

namespace samenspraak::commands {

namespace {

int signalPipe[2] = {-1, -1};

void onTerminate(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(signalPipe[1], &byte, 1);
}

// SIGTERM and SIGINT end the event loop, so the hub closes its port and store in order.
void quitOnTerminate()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onTerminate;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

// `hub --end`: resumes the room on loopback only, lets it settle, ends it and sends the summary.
int endRoom(AppContext &device, const QString &language)
{
    if (language != QLatin1String("nl") && language != QLatin1String("en")) {
        commandline::printError(QStringLiteral("--lang must be nl or en, not %1").arg(language));
        return commandline::BadUsage;
    }
    RoomHub hub(device);
    RoomHub::Options options;
    options.address = QHostAddress::LocalHost;
    options.resumeOnly = true;
    options.forwardRetryMaxMs = 1000;
    const RoomHub::Started started = hub.start(options);
    if (!started.ok()) {
        commandline::printError(started.error);
        return commandline::Failed;
    }
    hub.settle(30'000);
    const int notForwarded = hub.pendingForward();
    const int decisionsNotSent = hub.pendingModeration();
    const QString roomId = hub.room().id;
    const RoomHub::Ended ended = hub.end(language);
    if (!ended.ok()) {
        commandline::printError(QStringLiteral("The room was not ended: %1").arg(ended.error));
        return commandline::Failed;
    }
    std::printf("room %s ended\nsummary: %s\n", qPrintable(roomId), qPrintable(ended.summaryPath));
    if (notForwarded > 0)
        std::printf("%d records were not forwarded to the municipal server; the tablets keep their copies and send them\n", notForwarded);
    if (decisionsNotSent > 0)
        std::printf("%d moderation decisions were not sent to the municipal server; they go with the next `samenspraak sync`\n",
                    decisionsNotSent);
    const QUrl server(device.store().setting(QStringLiteral("server_url")));
    if (server.isEmpty() || device.store().deviceToken().isEmpty()) {
        std::printf("not enrolled with the municipal server: the summary stays in %s\n", qPrintable(summariesDir(device.store().path())));
        return commandline::Ok;
    }
    const SummarySender::Outcome sent = sendSummariesAndWait(summariesDir(device.store().path()), device.syncConfig(server));
    if (sent.pending == 0)
        std::printf("summary sent to %s\n", qPrintable(server.toString()));
    else
        std::printf("summary not sent now (%s): it goes with the next `samenspraak sync`\n", qPrintable(sent.error));
    return commandline::Ok;
}

} // namespace

int hub(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Runs a room hub without a screen: tablets join with the room code and send their answers here over TLS; when this "
        "data dir is enrolled with the municipal server (samenspraak enroll), the hub forwards them there.\n"
        "Prints the room code on its first line and the join URL on its second (the QR code's text: it carries the "
        "certificate's fingerprint). Started again on the same data dir, it resumes the same room. Stops on SIGTERM.\n"
        "Reads moderation commands on standard input: queue, approve ID, reject ID (one a line)."));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port, e.g. 0.0.0.0:8443."), QStringLiteral("HOST:PORT"),
                                    QStringLiteral("0.0.0.0:8443"));
    const QCommandLineOption advertise(QStringLiteral("advertise"), QStringLiteral("The address tablets use (default: this machine's)."),
                                       QStringLiteral("HOST"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Municipal server URL to forward to (else the enrolled one)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("The workshop's title (a new room)."), QStringLiteral("T"));
    const QCommandLineOption kern(QStringLiteral("kern"), QStringLiteral("The village (kern) it is held in."), QStringLiteral("K"));
    const QCommandLineOption phase(QStringLiteral("phase"), QStringLiteral("The phase the room works on, e.g. 2."), QStringLiteral("P"));
    const QCommandLineOption place(QStringLiteral("place"), QStringLiteral("Where it is held, e.g. a village hall (a new room)."), QStringLiteral("PLACE"));
    const QCommandLineOption date(QStringLiteral("date"), QStringLiteral("The date, YYYY-MM-DD (a new room)."), QStringLiteral("DATE"));
    const QCommandLineOption activities(QStringLiteral("activities"),
                                        QStringLiteral("The activity ids of the evening, comma-separated, in order (a new room; default: all)."),
                                        QStringLiteral("IDS"));
    const QCommandLineOption newRoom(QStringLiteral("new-room"), QStringLiteral("End the room in this data dir (kept aside) and start a new one."));
    const QCommandLineOption joinFailures(QStringLiteral("join-failures-per-minute"),
                                          QStringLiteral("Wrong room codes per address per minute before joins are slowed down."),
                                          QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption discovery(QStringLiteral("discovery-port"), QStringLiteral("UDP port to answer room discovery on (0: off)."),
                                       QStringLiteral("PORT"), QString::number(DefaultDiscoveryPort));
    const QCommandLineOption retryMax(QStringLiteral("forward-retry-max"), QStringLiteral("Longest wait, in seconds, between forwarding attempts."),
                                      QStringLiteral("S"), QStringLiteral("60"));
    const QCommandLineOption end(QStringLiteral("end"),
                                 QStringLiteral("End the room in this data dir (the hub must not be running): forward what is left, write the "
                                                "workshop summary PDF into DATA_DIR/summaries/, send it to the municipal server (or with a "
                                                "later `samenspraak sync` when it cannot be reached), keep the room in DATA_DIR/rooms-ended/."));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("Language of the summary: nl or en."), QStringLiteral("LANG"),
                                      QStringLiteral("nl"));
    parser.addOptions({dataDirOption(), listen, advertise, server, title, kern, phase, place, date, activities, newRoom, joinFailures, retryMax, discovery, end, language});
    if (!commandline::parse(parser, arguments))
        return commandline::BadUsage;
    const auto listenOn = server::parseListenAddress(parser.value(listen));
    if (!listenOn) {
        commandline::printError(QStringLiteral("--listen %1 is not HOST:PORT, e.g. 0.0.0.0:8443").arg(parser.value(listen)));
        return commandline::BadUsage;
    }
    const auto [address, port] = *listenOn;
    bool failuresOk = false, retryOk = false, discoveryOk = false;
    RoomHub::Options options;
    options.joinFailuresPerMinute = parser.value(joinFailures).toDouble(&failuresOk);
    options.forwardRetryMaxMs = int(parser.value(retryMax).toDouble(&retryOk) * 1000);
    const uint discoveryPort = parser.value(discovery).toUInt(&discoveryOk);
    options.discoveryPort = quint16(discoveryPort);
    if (!failuresOk || options.joinFailuresPerMinute < 0 || !retryOk || options.forwardRetryMaxMs < 1000 || !discoveryOk || discoveryPort > 65535) {
        commandline::printError(QStringLiteral("--join-failures-per-minute must be 0 or more, --forward-retry-max 1 or more and "
                                               "--discovery-port 0..65535"));
        return commandline::BadUsage;
    }
    const std::unique_ptr<AppContext> device = openDevice(parser);
    if (!device)
        return commandline::Failed;
    if (parser.isSet(server)) {
        const QUrl url = serverUrlFrom(parser.value(server));
        if (url.isEmpty()) {
            commandline::printError(QStringLiteral("--server %1 is not an http(s) URL").arg(parser.value(server)));
            return commandline::BadUsage;
        }
        if (device->store().setSetting(QStringLiteral("server_url"), url.toString()))
            commandline::printError(QStringLiteral("could not remember the server URL (continuing)"));
    }
    if (parser.isSet(end))
        return endRoom(*device, parser.value(language));
    options.address = address;
    options.port = port;
    QStringList chosen = parser.value(activities).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &id : chosen) {
        id = id.trimmed();
        if (!device->pack().activity(id)) {
            commandline::printError(QStringLiteral("--activities: %1 is not an activity of the pack %2").arg(id, device->pack().version));
            return commandline::BadUsage;
        }
    }
    options.settings = {parser.value(title), parser.value(kern), parser.value(phase), chosen, parser.value(place), parser.value(date)};
    options.newRoom = parser.isSet(newRoom);
    quitOnTerminate();
    RoomHub hub(*device);
    const RoomHub::Started started = hub.start(options);
    if (!started.ok()) {
        commandline::printError(started.error);
        return commandline::Failed;
    }
    const QString host = parser.isSet(advertise) ? parser.value(advertise) : RoomHub::advertisedHost(address);
    std::printf("%s\n%s\n", qPrintable(protocol::formatRoomCode(hub.room().code)), qPrintable(hub.joinUrl(host).toString(QUrl::FullyEncoded)));
    std::printf("%s room %s%s, listening on https://%s:%u\n", started.resumed ? "resumed" : "started", qPrintable(hub.room().id),
                hub.room().title.isEmpty() ? "" : qPrintable(QStringLiteral(" (%1)").arg(hub.room().title)), qPrintable(host), hub.port());
    std::printf("certificate fingerprint (SHA-256): %s\n", qPrintable(sync::formatFingerprint(hub.fingerprint())));
    std::printf("%s\n", hub.forwardServer().isEmpty() ? "not enrolled with the municipal server: answers stay on this hub and on the tablets"
                                                     : qPrintable(QStringLiteral("forwarding to %1").arg(hub.forwardServer().toString())));
    std::fflush(stdout);
    HubConsole console(hub);  // moderation from standard input (hubconsole.h)
    const int code = QCoreApplication::exec();
    hub.stop();
    return code;
}

} // namespace samenspraak::commands
