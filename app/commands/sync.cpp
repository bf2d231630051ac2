// samenspraak sync: uploads what the server has not acknowledged, then fetches new content.
#include "commands.h"

#include "appcontext.h"
#include "backoff.h"
#include "commandline.h"
#include "contentupdater.h"
#include "endedrooms.h"
#include "pinning.h"
#include "roomclient.h"
#include "syncclient.h"
#include "workshopsummary.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

namespace samenspraak::commands {

namespace {

void waitMs(int ms)
{
    QEventLoop wait;
    QTimer::singleShot(ms, &wait, &QEventLoop::quit);
    wait.exec();
}

// Fetches the published content pack, retrying transient failures like the upload does.
ContentCheck checkContent(AppContext &context, QNetworkAccessManager &network, const QUrl &url, const QString &token, int maxRetries)
{
    ContentUpdater updater(context, &network);
    sync::Backoff backoff(500, 4000);
    for (int attempt = 0;; ++attempt) {
        QEventLoop loop;
        ContentCheck check;
        QObject::connect(&updater, &ContentUpdater::finished, &loop, [&](const ContentCheck &c) {
            check = c;
            loop.quit();
        });
        updater.start(url, token);
        loop.exec();
        QObject::disconnect(&updater, nullptr, &loop, nullptr);
        if (check.failure != sync::FailureKind::Transient || attempt >= maxRetries)
            return check;
        waitMs(backoff.nextDelayMs());
    }
}

// Sends the room's answers to the hub the device joined, retrying network failures; prints the
// "hub:" line and returns the exit code for that part.
int syncRoom(AppContext &device, const RoomMembership &room, int maxRetries)
{
    sync::Backoff backoff(500, 4000);
    for (int attempt = 0;; ++attempt) {
        QByteArray refused;
        const sync::SyncSummary s = syncToRoom(device, room, &refused);
        if (!refused.isEmpty()) {
            commandline::printError(QStringLiteral("The hub at %1 shows a different certificate (fingerprint %2) than the room's (%3): "
                                                   "nothing was sent to it. The %4 answers for the room stay saved here.")
                                        .arg(room.hub.toString(), sync::formatFingerprint(refused), sync::formatFingerprint(room.fingerprint))
                                        .arg(s.pending));
            return commandline::Refused;
        }
        if (s.failure == sync::FailureKind::Transient && attempt < maxRetries) {
            waitMs(backoff.nextDelayMs());
            continue;
        }
        std::printf("hub: sent %d, acknowledged %d, conflicts %d, rejected %d, pending %d, quarantined %d\n", s.sent, s.acknowledged,
                    s.conflicts, s.rejected, s.pending, s.quarantined);
        switch (s.failure) {
        case sync::FailureKind::None:
            return s.pending == 0 ? commandline::Ok : commandline::Failed;
        case sync::FailureKind::Transient:
            commandline::printError(QStringLiteral("Cannot reach the hub at %1 (%2). The %3 answers for the room stay saved here.")
                                        .arg(room.hub.toString(), s.error).arg(s.pending));
            return commandline::Unreachable;
        case sync::FailureKind::StorageFull:
            commandline::printError(s.error);
            return commandline::StorageFull;
        case sync::FailureKind::Unauthorized:
        case sync::FailureKind::Refused:
            commandline::printError(QStringLiteral("The hub refused this tablet (%1). Join the room again; the answers stay saved here.").arg(s.error));
            return commandline::Refused;
        }
        return commandline::Failed;
    }
}

} // namespace

int sync(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Uploads every saved answer the server has not acknowledged yet, then fetches "
                                                    "the content pack the municipality publishes (in use from the next participant).\n"
                                                    "The exit code says whether the answers are safe: 0 when nothing is pending, 3 when "
                                                    "the server cannot be reached, 4 when it refuses, 5 when this device's storage is "
                                                    "full (opslag vol); the `content:` line says what happened to the content.\n"
                                                    "The device must be enrolled first (samenspraak enroll). A tablet that joined a "
                                                    "room (samenspraak join) sends the room's answers to the hub first (the `hub:` line)."));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Server base URL, e.g. http://192.168.1.10:8080 (remembered)."), QStringLiteral("URL"));
    const QCommandLineOption retries(QStringLiteral("retries"), QStringLiteral("Retries after a network failure."), QStringLiteral("N"), QStringLiteral("3"));
    const QCommandLineOption window(QStringLiteral("window"), QStringLiteral("Batches in flight at once (1 to 8; default 1)."), QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({dataDirOption(), server, retries, window});
    if (!commandline::parse(parser, arguments))
        return commandline::BadUsage;

    const std::unique_ptr<AppContext> device = openDevice(parser);
    if (!device)
        return commandline::Failed;
    Store &store = device->store();
    QString serverUrl = parser.value(server);
    if (serverUrl.isEmpty())
        serverUrl = store.setting(QStringLiteral("server_url"));
    // In a room: the hub first (it is in the same hall), then the municipal server as usual.
    const RoomMembership room = roomMembership(store);
    const int roomExit = room.valid() ? syncRoom(*device, room, qMax(0, parser.value(retries).toInt())) : commandline::Ok;
    if (room.valid() && serverUrl.isEmpty())
        return roomExit;
    const QUrl url = serverUrlFrom(serverUrl);
    if (url.isEmpty()) {
        commandline::printError(QStringLiteral("No valid server URL. Give one with --server http://HOST:PORT."));
        return commandline::BadUsage;
    }
    if (parser.isSet(server) && store.setSetting(QStringLiteral("server_url"), url.toString()))
        commandline::printError(QStringLiteral("could not remember the server URL (continuing)"));

    QNetworkAccessManager network;
    sync::SyncConfig config = device->syncConfig(url);
    config.window = qBound(1, parser.value(window).toInt(), 8);
    sync::SyncClient client(store, config, &network);
    sync::Backoff backoff(500, 4000);
    const int maxRetries = qMax(0, parser.value(retries).toInt());
    sync::SyncSummary total;
    // Uploads until nothing is pending, retrying network failures; prints the summary line.
    auto upload = [&] {
        for (int attempt = 0;; ++attempt) {
            const sync::SyncSummary summary = sync::runOnce(client);
            total.sent += summary.sent;
            total.acknowledged += summary.acknowledged;
            total.conflicts += summary.conflicts;
            total.rejected += summary.rejected;
            total.pending = summary.pending;
            total.quarantined = summary.quarantined;
            total.failure = summary.failure;
            total.httpStatus = summary.httpStatus;
            total.error = summary.error;
            if (summary.failure != sync::FailureKind::Transient || attempt >= maxRetries)
                break;
            const int delay = backoff.nextDelayMs();
            commandline::printError(QStringLiteral("%1; retrying in %2 ms").arg(summary.error).arg(delay));
            waitMs(delay);
        }
        std::printf("sent %d, acknowledged %d, conflicts %d, rejected %d, pending %d, quarantined %d\n", total.sent,
                    total.acknowledged, total.conflicts, total.rejected, total.pending, total.quarantined);
    };
    upload();
    // Then the content the municipality publishes. Its failure does not change the exit code:
    // that tells whether the answers are safe; the line says what happened to the content.
    if (total.failure == sync::FailureKind::None || total.failure == sync::FailureKind::Refused) {
        const ContentCheck check = checkContent(*device, network, url, config.token, maxRetries);
        std::printf("content: %s\n", qPrintable(describe(check)));
        if (check.failure == sync::FailureKind::Unauthorized) {
            total.failure = check.failure;
            total.httpStatus = check.httpStatus;
            total.error = check.error;
        } else if (check.serverRestored) {
            // Learnt from the content check when nothing was pending: send it all again now.
            std::printf("the server was restored from a backup; sending again what it acknowledged before\n");
            total = {};
            upload();
        }
    }
    // Then the workshop summaries of rooms this device ended as hub (workshopsummary.h).
    int summariesPending = 0;
    if (total.failure == sync::FailureKind::None && !pendingSummaries(summariesDir(store.path())).isEmpty()) {
        const SummarySender::Outcome sent = sendSummariesAndWait(summariesDir(store.path()), config);
        summariesPending = sent.pending;
        std::printf("summaries: sent %d, pending %d, conflicts %d\n", sent.sent, sent.pending, sent.conflicts);
        if (sent.conflicts > 0)
            commandline::printError(QStringLiteral("The municipal server holds a different summary of %1 room(s) than this device; "
                                                   "it keeps its own. This device's copy stays in %2, marked .conflict, and is "
                                                   "not sent again.").arg(sent.conflicts).arg(summariesDir(store.path())));
        if (!sent.error.isEmpty())
            commandline::printError(QStringLiteral("A workshop summary was not taken (%1); it stays saved here and goes with the next sync.")
                                        .arg(sent.error));
    }
    // Then what the hub of a room this device ended had not forwarded yet, its moderation
    // decisions included (endedrooms.h).
    int endedPending = 0;
    if (total.failure == sync::FailureKind::None && !endedRoomsToForward(QFileInfo(store.path()).absolutePath()).isEmpty()) {
        const EndedRoomsForwarder::Outcome forwarded = forwardEndedRoomsAndWait(QFileInfo(store.path()).absolutePath(), config);
        endedPending = forwarded.pending + forwarded.decisionsPending;
        if (forwarded.rooms > 0)
            std::printf("ended rooms: %d, forwarded %d, pending %d; moderation decisions sent %d, pending %d\n", forwarded.rooms,
                        forwarded.acknowledged, forwarded.pending, forwarded.decisions, forwarded.decisionsPending);
        if (!forwarded.error.isEmpty())
            commandline::printError(QStringLiteral("What an ended room holds did not all reach the municipal server (%1); it stays "
                                                   "saved here and goes with the next sync.").arg(forwarded.error));
    }
    // Then what the pack's retention says may no longer stay here (free text, profiles).
    if (total.failure == sync::FailureKind::None) {
        if (const int purged = device->purgeExpired(); purged > 0)
            std::printf("removed the free text and profile answers of %d acknowledged answers from this device (retention %d days)\n",
                        purged, device->pack().privacy.deviceRetentionDays);
    }
    if (const Store::Retained kept = store.retained(); kept.notResent > 0)
        std::printf("%d answers were removed from this device before the server was restored, so they could not be sent again\n",
                    kept.notResent);
    switch (total.failure) {
    case sync::FailureKind::None:
        break;
    case sync::FailureKind::Transient:
        commandline::printError(QStringLiteral("Cannot reach the server at %1 (%2). Check the address and the network; the %3 pending "
                                  "answers stay saved on this device.").arg(url.toString(), total.error).arg(total.pending));
        return commandline::Unreachable;
    case sync::FailureKind::Unauthorized:
        if (total.httpStatus == 403)
            commandline::printError(QStringLiteral("The municipality has revoked this device (%1). It may no longer send; ask staff to "
                                      "enroll it again. The %2 pending answers stay saved here.").arg(total.error).arg(total.pending));
        else
            commandline::printError(QStringLiteral("The server does not know this device (%1). Enroll it with `samenspraak enroll --server "
                                      "URL --code CODE` (staff make the code); the %2 pending answers stay saved here.")
                           .arg(total.error).arg(total.pending));
        return commandline::Refused;
    case sync::FailureKind::Refused:
        commandline::printError(QStringLiteral("The server refused the upload (%1). The answers stay saved here.").arg(total.error));
        return commandline::Refused;
    case sync::FailureKind::StorageFull:
        commandline::printError(QStringLiteral("Storage full (opslag vol): this device has no room left to record the server's "
                                               "acknowledgements. The %1 pending answers stay saved here and what was acknowledged "
                                               "is kept; free up space on the device, then run sync again.").arg(total.pending));
        return commandline::StorageFull;
    }
    if (roomExit != commandline::Ok)
        return roomExit;
    return total.pending == 0 && summariesPending == 0 && endedPending == 0 ? commandline::Ok : commandline::Failed;
}

} // namespace samenspraak::commands
