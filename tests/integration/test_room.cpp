// The room hub with real processes on loopback (docs/architecture.md, "Room hub"): `samenspraak
// hub`, tablets that `join` and `sync`, and the municipal server. Each process has its own data dir.

#include <catch2/catch.hpp>

#include "appcontext.h"
#include "devices.h"
#include "exactlyonce.h"
#include "httpclient.h"
#include "pinning.h"
#include "room.h"
#include "roomclient.h"
#include "roomoutbox.h"
#include "sessioncontroller.h"
#include "simulator.h"
#include "syncservice.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QUdpSocket>
#include <QUuid>

using namespace samenspraak;

namespace {

CommandResult joinTablet(const QString &dataDir, const QStringList &how)
{
    return app(QStringList{QStringLiteral("join"), QStringLiteral("--data-dir"), dataDir} + how);
}

CommandResult simulateIn(const QString &dataDir, int participants, int seed)
{
    return app({QStringLiteral("simulate"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--participants"), QString::number(participants),
                QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--channel"), QStringLiteral("workshop")});
}

// What the hub acknowledged to a tablet (its delivery ledger for the room).
QStringList acknowledgedByHub(const QString &dataDir)
{
    return ids(tabletDb(dataDir), QStringLiteral("SELECT record_id FROM delivered WHERE state = 1 AND record_type = 'contribution'"));
}

QStringList roomContributions(const QString &dataDir)
{
    return ids(tabletDb(dataDir), QStringLiteral("SELECT c.id FROM contributions c JOIN sessions s ON s.id = c.session_id"
                                                 " WHERE s.workshop <> ''"));
}

QStringList hubContributions(const HubProcess &hub)
{
    return ids(hub.database(), QStringLiteral("SELECT id FROM contributions"));
}

bool containsAll(const QStringList &haystack, const QStringList &needles, QStringList *missing)
{
    const QSet<QString> have(haystack.cbegin(), haystack.cend());
    for (const QString &n : needles)
        if (!have.contains(n))
            missing->append(n);
    return missing->isEmpty();
}

} // namespace

TEST_CASE("room: a tablet joins with the right code, a wrong code is refused and repeated wrong codes are slowed down", "[room]")
{
    QTemporaryDir hubDir, tablet, intruder;
    HubProcess hub(hubDir.path(), {QStringLiteral("--title"), QStringLiteral("Avond Lemelerveld"), QStringLiteral("--kern"),
                                   QStringLiteral("Lemelerveld"), QStringLiteral("--join-failures-per-minute"), QStringLiteral("3")});
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    CHECK(QRegularExpression(QStringLiteral("^\\d{3} \\d{3}$")).match(hub.code()).hasMatch());
    CHECK(hub.fingerprint().size() == 64);
    CHECK(hub.output().contains(QStringLiteral("certificate fingerprint (SHA-256)")));

    // The join URL carries code and fingerprint (the QR code's content).
    const CommandResult joined = joinTablet(tablet.path(), {QStringLiteral("--hub"), hub.joinUrl(), QStringLiteral("--name"), QStringLiteral("Tafel 1")});
    INFO(joined.err.toStdString());
    REQUIRE(joined.exitCode == 0);
    CHECK(joined.out.contains(QStringLiteral("Avond Lemelerveld")));

    // A typed address and a wrong code: refused, saying so.
    auto wrong = [&] {
        const QString code = hub.code() == QLatin1String("111 111") ? QStringLiteral("222 222") : QStringLiteral("111 111");
        return joinTablet(intruder.path(), {QStringLiteral("--hub"), hub.hubUrl(), QStringLiteral("--fingerprint"), hub.fingerprint(),
                                            QStringLiteral("--code"), code});
    };
    const CommandResult refused = wrong();
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains(QStringLiteral("is not the code of this room")));
    // At 3 wrong codes per minute: the fourth attempt, even with the right code, waits.
    wrong();
    wrong();
    const CommandResult slowed = joinTablet(intruder.path(), {QStringLiteral("--hub"), hub.joinUrl()});
    CHECK(slowed.exitCode == 3);
    CHECK(slowed.err.contains(QStringLiteral("Too many wrong room codes")));
    CHECK(ids(tabletDb(intruder.path()), QStringLiteral("SELECT value FROM settings WHERE key = 'room_id'")).isEmpty());

    // A typed address without the fingerprint: nothing is sent, the hub's fingerprint is shown to compare.
    const CommandResult unpinned = joinTablet(intruder.path(), {QStringLiteral("--hub"), hub.hubUrl(), QStringLiteral("--code"), hub.code()});
    CHECK(unpinned.exitCode == 4);
    CHECK(unpinned.err.contains(QStringLiteral("--fingerprint ") + hub.fingerprint()));

    // The member's answers reach the hub.
    REQUIRE(simulateIn(tablet.path(), 2, 1).exitCode == 0);
    const CommandResult synced = syncOnce(tablet.path());
    INFO(synced.err.toStdString());
    CHECK(synced.exitCode == 0);
    CHECK(synced.out.contains(QStringLiteral("hub: sent")));
    const QStringList made = roomContributions(tablet.path());
    CHECK(made.size() > 2);
    QStringList missing;
    CHECK(containsAll(hubContributions(hub), made, &missing));
    CHECK(hubContributions(hub).size() == made.size());

    // The room's live results, over pinned TLS with the room token: nothing shown for fewer than
    // 5 people, and the figures once there are 6.
    QNetworkAccessManager pinned;
    new sync::CertificatePin(&pinned, hub.fingerprint().toLatin1());
    const QString token = ids(tabletDb(tablet.path()), QStringLiteral("SELECT value FROM settings WHERE key = 'room_token'")).value(0);
    auto results = [&](const QString &query) {
        return httpRequest("GET", QUrl(hub.hubUrl() + QStringLiteral("/api/v1/rooms/current/results") + query), {},
                           {{"Authorization", "Bearer " + token.toLatin1()}}, &pinned);
    };
    auto shownActivities = [](const HttpResult &r) {
        int shown = 0;
        for (const QJsonValue &a : r.json().value(QStringLiteral("activities")).toArray())
            shown += a.toObject().value(QStringLiteral("withheld")).toBool() ? 0 : 1;
        return shown;
    };
    const HttpResult few = results({});
    INFO(few.body.left(400).toStdString());
    REQUIRE(few.status == 200);
    CHECK(few.json().value(QStringLiteral("activities")).toArray().size() > 3);
    CHECK(shownActivities(few) == 0);
    REQUIRE(simulateIn(tablet.path(), 4, 3).exitCode == 0);
    REQUIRE(syncOnce(tablet.path()).exitCode == 0);
    const HttpResult enough = results(QStringLiteral("?lang=en"));
    INFO(enough.body.left(400).toStdString());
    REQUIRE(enough.status == 200);
    CHECK(shownActivities(enough) > 0);
    CHECK(results(QStringLiteral("?lang=fr")).status == 400);
    // A member cannot pass records off as another tablet's through the hub: a hub takes no relays.
    const HttpResult relay = httpRequest("POST", QUrl(hub.hubUrl() + QStringLiteral("/api/v1/relays")), "{}",
                                         {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", "application/json"}}, &pinned);
    CHECK(relay.status == 403);
    CHECK(relay.detail().contains(QStringLiteral("takes no relays")));
    CHECK(httpRequest("GET", QUrl(hub.hubUrl() + QStringLiteral("/api/v1/rooms/current/results")), {}, {}, &pinned).status == 401);
    // SIGTERM ends the hub cleanly.
    hub.stop();
    CHECK(hub.exitStatus() == QProcess::NormalExit);
    CHECK(hub.exitCode() == 0);
}

TEST_CASE("room: a tablet refuses a hub whose certificate is not the pinned one", "[room][tls]")
{
    QTemporaryDir hubDir, impostorDir, tablet, other;
    HubProcess hub(hubDir.path());
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    // Joining with a fingerprint that is not the hub's: refused before anything is sent.
    const QString wrongPin = QString(64, QLatin1Char('a'));
    const CommandResult pinnedWrong = joinTablet(other.path(), {QStringLiteral("--hub"), hub.hubUrl(), QStringLiteral("--code"), hub.code(),
                                                                QStringLiteral("--fingerprint"), wrongPin});
    CHECK(pinnedWrong.exitCode == 4);
    CHECK(pinnedWrong.err.contains(QStringLiteral("different certificate")));

    REQUIRE(joinTablet(tablet.path(), {QStringLiteral("--hub"), hub.joinUrl()}).exitCode == 0);
    REQUIRE(simulateIn(tablet.path(), 2, 2).exitCode == 0);
    const int port = hub.port();
    hub.stop();
    // Another "hub" on the same address, with a certificate of its own.
    HubProcess impostor(impostorDir.path(), {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)});
    REQUIRE(impostor.start());
    REQUIRE(impostor.fingerprint() != hub.fingerprint());
    const CommandResult refused = syncOnce(tablet.path());
    CHECK(refused.exitCode == 4);
    CHECK(refused.err.contains(QStringLiteral("different certificate")));
    CHECK(hubContributions(impostor).isEmpty());
    CHECK(acknowledgedByHub(tablet.path()).isEmpty());
}

TEST_CASE("room: the hub killed mid-workshop and started again loses nothing it acknowledged", "[room][crash]")
{
    QTemporaryDir hubDir;
    std::vector<std::unique_ptr<QTemporaryDir>> tablets;
    HubProcess hub(hubDir.path(), {QStringLiteral("--title"), QStringLiteral("Avond Ankum")});
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    const QString code = hub.code();
    for (int i = 0; i < 3; ++i) {
        tablets.push_back(std::make_unique<QTemporaryDir>());
        REQUIRE(joinTablet(tablets.back()->path(), {QStringLiteral("--hub"), hub.joinUrl()}).exitCode == 0);
    }
    int seed = 10;
    int interrupted = 0;  // syncs the kill cut off
    for (int round = 0; round < 4; ++round) {
        // Every tablet records, then they send one after the other, 150 ms apart; in rounds 1
        // and 3 the hub is killed as soon as the first one's answers are in its store, while the
        // others are still to send or sending.
        for (const auto &t : tablets)
            REQUIRE(simulateIn(t->path(), 3, ++seed).exitCode == 0);
        const qsizetype before = hubContributions(hub).size();
        QList<QProcess *> sending;
        for (const auto &t : tablets) {
            auto *p = new QProcess;
            p->start(QStringLiteral(SAMENSPRAAK_APP), {QStringLiteral("sync"), QStringLiteral("--data-dir"), t->path(), QStringLiteral("--retries"), QStringLiteral("0")});
            sending.append(p);
            if (round % 2 == 1 && sending.size() == 1) {
                QElapsedTimer waited;
                waited.start();
                while (hubContributions(hub).size() == before && waited.elapsed() < 20'000)
                    QThread::msleep(5);
                hub.kill();
            }
            QThread::msleep(150);
        }
        for (QProcess *p : sending) {
            p->waitForFinished(60'000);
            interrupted += p->exitCode() == 3 ? 1 : 0;
            delete p;
        }
        if (round % 2 == 1) {
            // Before anyone sends again: everything a tablet was told is stored is in the hub's store.
            for (const auto &t : tablets) {
                QStringList missing;
                INFO("lost after the kill: " << missing.join(QLatin1Char(' ')).toStdString());
                CHECK(containsAll(hubContributions(hub), acknowledgedByHub(t->path()), &missing));
            }
            REQUIRE(hub.start());
            CHECK(hub.code() == code);  // the same room, resumed
            CHECK(hub.output().contains(QStringLiteral("resumed room")));
        }
    }
    CHECK(interrupted >= 2);  // the kills really came while tablets were sending
    // Everything arrives once the tablets send again.
    QStringList all;
    for (const auto &t : tablets) {
        const CommandResult r = syncOnce(t->path());
        INFO(r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(pendingIn(r.out) == 0);
        all += roomContributions(t->path());
    }
    const QStringList atHub = hubContributions(hub);
    QStringList missing;
    CHECK(containsAll(atHub, all, &missing));
    CHECK(atHub.size() == all.size());
    CHECK(QSet<QString>(atHub.cbegin(), atHub.cend()).size() == atHub.size());
}

TEST_CASE("room: the hub forwards once the server is reachable, and the server holds each contribution once whichever path came first", "[room][exactlyonce]")
{
    QTemporaryDir serverDir, hubDir, tabletA, tabletB;
    const QString serverDb = serverDir.filePath(QStringLiteral("server.db"));
    ServerProcess server(serverDb);
    INFO(server.error().toStdString());
    REQUIRE(server.running());
    // The hub tablet and both tablets are enrolled with the municipal server.
    REQUIRE(enrollAll(server, serverDb, {hubDir.path(), tabletA.path(), tabletB.path()}) == QString());
    server.stop();  // the village hall has no internet

    HubProcess hub(hubDir.path(), {QStringLiteral("--title"), QStringLiteral("Avond Hoonhorst"), QStringLiteral("--kern"), QStringLiteral("Hoonhorst")});
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    CHECK(hub.output().contains(QStringLiteral("forwarding to ")));
    for (const QString &dir : {tabletA.path(), tabletB.path()})
        REQUIRE(joinTablet(dir, {QStringLiteral("--hub"), hub.joinUrl()}).exitCode == 0);
    for (const QString &dir : {tabletA.path(), tabletB.path()}) {
        REQUIRE(simulateIn(dir, 3, dir == tabletA.path() ? 1 : 2).exitCode == 0);
        const CommandResult r = syncOnce(dir);
        CHECK(r.out.contains(QStringLiteral("hub: sent")));
        CHECK(r.exitCode == 3);  // the hub has it; the server cannot be reached
    }
    // The hub goes away before tablet A's last participant reaches it.
    hub.kill();
    REQUIRE(simulateIn(tabletA.path(), 1, 7).exitCode == 0);
    {
        // And a participant whose session the hub has changes an answer: a new record in a
        // session the hub already forwarded (the case a hub forwarding under its own id breaks).
        auto opened = Store::open(tabletA.path(), CorruptionPolicy::Refuse);
        REQUIRE(opened.store);
        const QStringList atHub = hubContributions(hub);
        const auto made = opened.store->contributions();
        const auto forwarded = std::find_if(made.cbegin(), made.cend(), [&](const auto &c) { return atHub.contains(c.id); });
        REQUIRE(forwarded != made.cend());
        protocol::ContributionRecord changed = *forwarded;
        changed.id = protocol::newId();
        changed.supersedes = forwarded->id;
        changed.createdAt = protocol::nowIso();
        REQUIRE_FALSE(opened.store->saveContribution(changed));
    }
    const QStringList onTabletA = roomContributions(tabletA.path()), atHubBefore = hubContributions(hub);
    const QStringList onlyOnTablet = QSet<QString>(onTabletA.cbegin(), onTabletA.cend())
                                         .subtract(QSet<QString>(atHubBefore.cbegin(), atHubBefore.cend()))
                                         .values();
    CHECK_FALSE(onlyOnTablet.isEmpty());

    // The internet is back: the hub, started again, forwards on its own (no tablet sends).
    REQUIRE(server.start());
    REQUIRE(hub.start());
    const int atHub = int(hubContributions(hub).size());
    QElapsedTimer waited;
    waited.start();
    while (exportedContributions(serverDb).size() < atHub && waited.elapsed() < 60'000)
        QThread::msleep(250);
    CHECK(exportedContributions(serverDb).size() == atHub);
    CHECK(ids(serverDb, QStringLiteral("SELECT id FROM contributions WHERE relayed_by IS NOT NULL")).size() == atHub);
    // Stored under the tablets that made them, not the hub.
    const QString hubDevice = ids(tabletDb(hubDir.path()), QStringLiteral("SELECT value FROM settings WHERE key = 'device_id'")).value(0);
    CHECK(ids(serverDb, QStringLiteral("SELECT id FROM contributions WHERE device_id = '%1'").arg(hubDevice)).isEmpty());

    // Then the tablets send directly, as usual: what the hub forwarded is a duplicate, and what
    // only tablet A had is stored in its own session (not refused as another device's).
    for (const QString &dir : {tabletA.path(), tabletB.path()}) {
        const CommandResult r = syncOnce(dir);
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 0);
        const Arrival arrival = compareArrival(dir, serverDb);
        INFO(arrival.describe());
        CHECK(arrival.missing.isEmpty());
        CHECK(arrival.duplicated.isEmpty());
        CHECK(arrival.pending == 0);
        CHECK(arrival.quarantined == 0);
    }
    for (const QString &id : onlyOnTablet)
        CHECK(ids(serverDb, QStringLiteral("SELECT relayed_by IS NULL FROM contributions WHERE id = '%1'").arg(id)) == QStringList{QStringLiteral("1")});
    const int total = int(roomContributions(tabletA.path()).size() + roomContributions(tabletB.path()).size());
    CHECK(exportedContributions(serverDb).size() == total);
}

TEST_CASE("room: a tablet finds the hub on the network, with its fingerprint and without its code", "[room][discovery]")
{
    // A free UDP port of our own, so parallel tests do not hear each other.
    QUdpSocket probe;
    REQUIRE(probe.bind(QHostAddress::LocalHost, 0));
    const QString port = QString::number(probe.localPort());
    probe.close();
    QTemporaryDir hubDir, tablet;
    const CommandResult none = app({QStringLiteral("rooms"), QStringLiteral("--discovery-port"), port, QStringLiteral("--discovery-address"),
                                    QStringLiteral("127.0.0.1"), QStringLiteral("--wait"), QStringLiteral("300")});
    CHECK(none.exitCode == 3);
    CHECK(none.err.contains(QStringLiteral("No room hub answered")));

    HubProcess hub(hubDir.path(), {QStringLiteral("--title"), QStringLiteral("Avond Oudleusen"), QStringLiteral("--kern"), QStringLiteral("Oudleusen"),
                                   QStringLiteral("--discovery-port"), port});
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    const CommandResult found = app({QStringLiteral("rooms"), QStringLiteral("--discovery-port"), port, QStringLiteral("--discovery-address"),
                                     QStringLiteral("127.0.0.1"), QStringLiteral("--wait"), QStringLiteral("1000")});
    INFO(found.err.toStdString());
    REQUIRE(found.exitCode == 0);
    const QStringList fields = found.out.trimmed().split(QLatin1Char('\t'));
    REQUIRE(fields.size() == 5);
    CHECK(fields.at(1) == QLatin1String("Avond Oudleusen"));
    CHECK(fields.at(2) == QLatin1String("Oudleusen"));
    CHECK(fields.at(3) == hub.hubUrl());
    CHECK(fields.at(4) == hub.fingerprint());
    CHECK_FALSE(found.out.contains(QString(hub.code()).remove(QLatin1Char(' '))));
    // What it found is enough to join, with the code from the screen.
    const CommandResult joined = joinTablet(tablet.path(), {QStringLiteral("--hub"), fields.at(3), QStringLiteral("--fingerprint"), fields.at(4),
                                                            QStringLiteral("--code"), hub.code()});
    INFO(joined.err.toStdString());
    CHECK(joined.exitCode == 0);
}

TEST_CASE("room: the running app sends the room's answers to the hub by itself", "[room][sync]")
{
    QTemporaryDir hubDir, tabletDir;
    HubProcess hub(hubDir.path());
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    auto created = AppContext::create(tabletDir.path(), CorruptionPolicy::Refuse, QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json"));
    REQUIRE(created.context);
    AppContext &tablet = *created.context;
    const JoinOutcome joined = joinRoom(tablet, QUrl(hub.hubUrl()), protocol::normalizeRoomCode(hub.code()),
                                        sync::normalizeFingerprint(hub.fingerprint()));
    INFO(joined.message.toStdString());
    REQUIRE(joined.result == JoinOutcome::Joined);
    tablet.sessions().setChannel(QStringLiteral("workshop"));
    REQUIRE(simulateParticipants(tablet, 2, 5).error.isEmpty());
    RoomOutbox toHub(tablet.store(), joined.membership.roomId);
    REQUIRE(toHub.pendingCount() > 0);

    // No municipal server: the hub is all there is in the hall.
    SyncService service(tablet, nullptr);
    QSignalSpy changed(&service, &SyncService::stateChanged);
    service.syncNow();
    for (int i = 0; i < 100 && (toHub.pendingCount() > 0 || service.running()); ++i)
        changed.wait(100);
    CHECK(toHub.pendingCount() == 0);
    CHECK(service.status() == QStringLiteral("Everything is sent to the room's hub"));
    const QStringList made = roomContributions(tabletDir.path());
    CHECK(hubContributions(hub).size() == made.size());

    // The hub gone: the service says so and keeps everything.
    hub.stop();
    REQUIRE(simulateParticipants(tablet, 1, 6).error.isEmpty());
    service.syncNow();
    for (int i = 0; i < 100 && !service.status().startsWith(QStringLiteral("Room hub not reachable")); ++i)
        changed.wait(100);
    CHECK(service.status().startsWith(QStringLiteral("Room hub not reachable")));
    CHECK(toHub.pendingCount() > 0);
}
