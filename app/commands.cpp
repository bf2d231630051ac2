#include "commands.h"

#include "appcontext.h"
#include "datadir.h"
#include "backoff.h"
#include "sessioncontroller.h"
#include "simulator.h"
#include "syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

namespace samenspraak {

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "samenspraak: %s\n", qPrintable(message));
}

// Parses `arguments` (the subcommand's own, with argv[0] first) or prints why not.
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

const QCommandLineOption DataDirOption(QStringLiteral("data-dir"), QStringLiteral("The device's data directory."),
                                       QStringLiteral("DIR"), platform::defaultDataDir());

} // namespace

int commandSimulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Records synthetic participants through the same code as the UI."));
    const QCommandLineOption participants(QStringLiteral("participants"), QStringLiteral("How many participants."), QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed (same seed, same answers)."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption channel(QStringLiteral("channel"), QStringLiteral("kiosk, workshop, event, assisted or paper."), QStringLiteral("CHANNEL"), QStringLiteral("kiosk"));
    parser.addOptions({DataDirOption, participants, seed, channel});
    if (!parse(parser, arguments))
        return BadUsage;
    bool ok1 = false, ok2 = false;
    const int n = parser.value(participants).toInt(&ok1);
    const uint s = parser.value(seed).toUInt(&ok2);
    if (!ok1 || n < 0 || !ok2) {
        printError(QStringLiteral("--participants and --seed must be whole numbers of 0 or more."));
        return BadUsage;
    }
    auto created = AppContext::create(parser.value(DataDirOption), CorruptionPolicy::Refuse);
    if (!created.context) {
        printError(created.error.message);
        return Failed;
    }
    created.context->sessions().setChannel(parser.value(channel));
    const SimulationResult result = simulateParticipants(*created.context, n, s);
    std::printf("simulated %d participants, %d contributions saved in %s\n", result.participants, result.contributions,
                qPrintable(created.context->store().path()));
    if (!result.error.isEmpty()) {
        printError(result.error);
        return Failed;
    }
    return Ok;
}

int commandSync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Uploads every saved answer the server has not acknowledged yet."));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server base URL, e.g. http://192.168.1.10:8080 (remembered)."), QStringLiteral("URL"));
    const QCommandLineOption retries(QStringLiteral("retries"), QStringLiteral("Retries after a network failure."), QStringLiteral("N"), QStringLiteral("3"));
    parser.addOptions({DataDirOption, server, retries});
    if (!parse(parser, arguments))
        return BadUsage;

    auto created = AppContext::create(parser.value(DataDirOption), CorruptionPolicy::Refuse);
    if (!created.context) {
        printError(created.error.message);
        return Failed;
    }
    Store &store = created.context->store();
    QString serverUrl = parser.value(server);
    if (serverUrl.isEmpty())
        serverUrl = store.setting(QStringLiteral("server_url"));
    const QUrl url = QUrl::fromUserInput(serverUrl);
    if (serverUrl.isEmpty() || !url.isValid() || !(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))) {
        printError(QStringLiteral("No valid server URL. Give one with --server http://HOST:PORT."));
        return BadUsage;
    }
    if (parser.isSet(server) && store.setSetting(QStringLiteral("server_url"), url.toString()))
        printError(QStringLiteral("could not remember the server URL (continuing)"));

    QNetworkAccessManager network;
    sync::SyncConfig config{url, store.deviceId(), store.setting(QStringLiteral("device_token")),
                            QStringLiteral(SAMENSPRAAK_VERSION), created.context->pack().version};
    sync::SyncClient client(store, config, &network);
    sync::Backoff backoff(500, 4000);
    const int maxRetries = qMax(0, parser.value(retries).toInt());
    sync::SyncSummary total;
    for (int attempt = 0;; ++attempt) {
        QEventLoop loop;
        sync::SyncSummary summary;
        QObject::connect(&client, &sync::SyncClient::finished, &loop, [&](const sync::SyncSummary &s) {
            summary = s;
            loop.quit();
        });
        client.start();
        if (client.isRunning())
            loop.exec();
        total.sent += summary.sent;
        total.acknowledged += summary.acknowledged;
        total.conflicts += summary.conflicts;
        total.rejected += summary.rejected;
        total.pending = summary.pending;
        total.quarantined = summary.quarantined;
        total.failure = summary.failure;
        total.error = summary.error;
        if (summary.failure != sync::FailureKind::Transient || attempt >= maxRetries)
            break;
        const int delay = backoff.nextDelayMs();
        printError(QStringLiteral("%1; retrying in %2 ms").arg(summary.error).arg(delay));
        QEventLoop wait;
        QTimer::singleShot(delay, &wait, &QEventLoop::quit);
        wait.exec();
    }
    std::printf("sent %d, acknowledged %d, conflicts %d, rejected %d, pending %d, quarantined %d\n", total.sent,
                total.acknowledged, total.conflicts, total.rejected, total.pending, total.quarantined);
    switch (total.failure) {
    case sync::FailureKind::None:
        break;
    case sync::FailureKind::Transient:
        printError(QStringLiteral("Cannot reach the server at %1 (%2). Check the address and the network; the %3 pending "
                                  "answers stay saved on this device.").arg(url.toString(), total.error).arg(total.pending));
        return Unreachable;
    case sync::FailureKind::Unauthorized:
        printError(QStringLiteral("The server refused this device (%1). Enroll it again with `samenspraak enroll`; "
                                  "the answers stay saved here.").arg(total.error));
        return Refused;
    case sync::FailureKind::Refused:
        printError(QStringLiteral("The server refused the upload (%1). The answers stay saved here.").arg(total.error));
        return Refused;
    }
    return total.pending == 0 ? Ok : Failed;
}

int commandContent(const QStringList &arguments)
{
    // samenspraak content check FILE...
    // arguments: program, "check", FILE...
    if (arguments.size() < 3 || arguments.at(1) != QLatin1String("check")) {
        printError(QStringLiteral("usage: samenspraak content check FILE..."));
        return BadUsage;
    }
    int invalid = 0;
    for (const QString &file : arguments.mid(2)) {
        const ParsedPack parsed = loadContentPack(file);
        for (const ContentProblem &p : parsed.problems)
            std::printf("%s:%s: %s\n", qPrintable(file), qPrintable(p.path), qPrintable(p.message));
        if (parsed.pack)
            std::printf("%s: ok (%s version %s, %lld activities)\n", qPrintable(file), qPrintable(parsed.pack->id),
                        qPrintable(parsed.pack->version), qlonglong(parsed.pack->activities.size()));
        else
            ++invalid;
    }
    return invalid == 0 ? Ok : Failed;
}

} // namespace samenspraak
