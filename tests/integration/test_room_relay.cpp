// A room hub's relay at the municipal server, in process, on SQLite and PostgreSQL 15
// (docs/architecture.md, "Room hub"): every contribution exactly once whichever path arrives
// first, the tablet's own session never closed to it by the hub's relay, and a hub confined to
// its own room. And the hub's outbox towards the server (ForwardOutbox).

#include <catch2/catch.hpp>

#include "forwardoutbox.h"
#include "httpapi.h"
#include "pgcluster.h"
#include "protocol.h"
#include "roomroutes.h"
#include "serverstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace samenspraak;
using namespace samenspraak::server;
using protocol::RecordStatus;

namespace {

const QString Version = QStringLiteral("2026.11.5");

protocol::SessionRecord sessionIn(const QString &workshop)
{
    return {protocol::newId(), QStringLiteral("workshop"), workshop, Version, QStringLiteral("nl"), QStringLiteral("2026-05-01T19:00:00.000+02:00")};
}

protocol::ContributionRecord answerIn(const protocol::SessionRecord &session, int seq)
{
    return {protocol::newId(), session.id, QStringLiteral("waarden"), QStringLiteral("values"), Version,
            QJsonObject{{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect")}}}, QStringLiteral("2026-05-01T19:01:00.000+02:00"),
            seq, QString()};
}

protocol::UploadBatch direct(const QString &device, const QList<protocol::SessionRecord> &sessions, const QList<protocol::ContributionRecord> &answers)
{
    return {device, QStringLiteral("0.1.0"), Version, 0, sessions, answers, std::nullopt};
}

protocol::UploadBatch relayed(const QString &hub, const QString &room, const QHash<QString, QString> &origins,
                              const QList<protocol::SessionRecord> &sessions, const QList<protocol::ContributionRecord> &answers)
{
    protocol::UploadBatch b = direct(hub, sessions, answers);
    b.relay = protocol::RelayInfo{room, QStringLiteral("Avond Lemelerveld"), QStringLiteral("Lemelerveld"), origins};
    return b;
}

QMap<QString, RecordStatus> byId(const IngestStore::Ingested &ingested)
{
    QMap<QString, RecordStatus> out;
    for (const auto &r : ingested.results)
        out.insert(r.id, r.status);
    return out;
}

QString column(ServerStore &store, const QString &table, const QString &column, const QString &id)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(column, table));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toString() : QStringLiteral("(none)");
}

qint64 rows(ServerStore &store, const QString &id)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("SELECT count(*) FROM contributions WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

ServerStore::Opened openStore(const ServerDatabase &db)
{
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    ServerStore::Opened opened = ServerStore::open(db.spec());
    INFO(opened.error.toStdString());
    REQUIRE(opened.store);
    return opened;
}

} // namespace

TEST_CASE("room relay: every contribution once, whichever path arrives first", "[room][relay][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    QTemporaryDir dir;
    ServerDatabase db(backend, dir.path());
    const ServerStore::Opened opened = openStore(db);
    IngestStore &ingest = opened.store->ingest();
    const QString hub = protocol::newId(), tablet = protocol::newId(), room = protocol::newId();
    const protocol::RelayInfo roomInfo{room, QString(), QString(), {}};
    REQUIRE(ingest.bindRoom(roomInfo, hub) == IngestStore::RoomBinding::Bound);

    SECTION("hub first: the tablet's later send adds what the hub never got")
    {
        const auto s = sessionIn(room);
        const auto a1 = answerIn(s, 1), a2 = answerIn(s, 2), a3 = answerIn(s, 3);
        const auto viaHub = ingest.add(relayed(hub, room, {{s.id, tablet}}, {s}, {a1, a2}), hub);
        REQUIRE(viaHub.error.isEmpty());
        CHECK(byId(viaHub) == QMap<QString, RecordStatus>{{s.id, RecordStatus::Stored}, {a1.id, RecordStatus::Stored}, {a2.id, RecordStatus::Stored}});
        // Stored as the tablet's, with the hub as the path it came by.
        CHECK(column(*opened.store, QStringLiteral("sessions"), QStringLiteral("device_id"), s.id) == tablet);
        CHECK(column(*opened.store, QStringLiteral("contributions"), QStringLiteral("device_id"), a1.id) == tablet);
        CHECK(column(*opened.store, QStringLiteral("contributions"), QStringLiteral("relayed_by"), a1.id) == hub);

        // The hub fell over before it got a3; the tablet sends everything itself.
        const auto fromTablet = ingest.add(direct(tablet, {s}, {a1, a2, a3}), tablet);
        REQUIRE(fromTablet.error.isEmpty());
        CHECK(byId(fromTablet) == QMap<QString, RecordStatus>{{s.id, RecordStatus::Duplicate}, {a1.id, RecordStatus::Duplicate},
                                                              {a2.id, RecordStatus::Duplicate}, {a3.id, RecordStatus::Stored}});
        CHECK(column(*opened.store, QStringLiteral("contributions"), QStringLiteral("relayed_by"), a3.id).isEmpty());
        for (const auto &a : {a1, a2, a3})
            CHECK(rows(*opened.store, a.id) == 1);
        CHECK(ingest.contributionCount() == 3);
    }
    SECTION("tablet first: the hub's relay is a duplicate, and what only the hub has is stored")
    {
        const auto s = sessionIn(room);
        const auto a1 = answerIn(s, 1), a2 = answerIn(s, 2);
        REQUIRE(ingest.add(direct(tablet, {s}, {a1}), tablet).error.isEmpty());
        const auto viaHub = ingest.add(relayed(hub, room, {{s.id, tablet}}, {s}, {a1, a2}), hub);
        CHECK(byId(viaHub) == QMap<QString, RecordStatus>{{s.id, RecordStatus::Duplicate}, {a1.id, RecordStatus::Duplicate}, {a2.id, RecordStatus::Stored}});
        CHECK(ingest.contributionCount() == 2);
        CHECK(ingest.conflictCount() == 0);
    }
    SECTION("a different record under the same id is a conflict through the hub too")
    {
        const auto s = sessionIn(room);
        auto a1 = answerIn(s, 1);
        REQUIRE(ingest.add(direct(tablet, {s}, {a1}), tablet).error.isEmpty());
        a1.payload = QJsonObject{{QStringLiteral("picks"), QJsonArray{QStringLiteral("noaberschap")}}};
        const auto viaHub = ingest.add(relayed(hub, room, {{s.id, tablet}}, {s}, {a1}), hub);
        CHECK(byId(viaHub).value(a1.id) == RecordStatus::Conflict);
        CHECK(ingest.conflictCount() == 1);
    }
    SECTION("a hub reaches only its own room's sessions")
    {
        // The tablet's kiosk session, and a session of another room: not the hub's to add to.
        const auto kiosk = sessionIn(QString());
        const auto otherRoom = sessionIn(protocol::newId());
        REQUIRE(ingest.add(direct(tablet, {kiosk, otherRoom}, {answerIn(kiosk, 1)}), tablet).error.isEmpty());
        const auto intoKiosk = answerIn(kiosk, 2);
        // Even with a forged copy of the session claiming the room.
        auto forged = kiosk;
        forged.workshop = room;
        const auto r1 = ingest.add(relayed(hub, room, {{kiosk.id, tablet}}, {forged}, {intoKiosk}), hub);
        CHECK(byId(r1).value(intoKiosk.id) == RecordStatus::Rejected);
        const auto r2 = ingest.add(relayed(hub, room, {{otherRoom.id, tablet}}, {otherRoom}, {answerIn(otherRoom, 3)}), hub);
        for (const auto &r : r2.results)
            CHECK(r.status == RecordStatus::Rejected);
        // An answer must travel with its session, and a session must name its maker.
        const auto s = sessionIn(room);
        REQUIRE(ingest.add(relayed(hub, room, {{s.id, tablet}}, {s}, {}), hub).error.isEmpty());
        const auto lone = answerIn(s, 4);
        CHECK(byId(ingest.add(relayed(hub, room, {}, {}, {lone}), hub)).value(lone.id) == RecordStatus::Rejected);
        const auto unnamed = sessionIn(room);
        CHECK(byId(ingest.add(relayed(hub, room, {}, {unnamed}, {}), hub)).value(unnamed.id) == RecordStatus::Rejected);
        CHECK(rows(*opened.store, intoKiosk.id) == 0);
        CHECK(rows(*opened.store, lone.id) == 0);
        CHECK(ingest.contributionCount() == 1);
    }
    SECTION("a relay names the tablet that made a session: a hub cannot hand it to another device")
    {
        const auto s = sessionIn(room);
        REQUIRE(ingest.add(direct(tablet, {s}, {answerIn(s, 1)}), tablet).error.isEmpty());
        const auto a = answerIn(s, 2);
        const auto viaHub = ingest.add(relayed(hub, room, {{s.id, protocol::newId()}}, {s}, {a}), hub);
        CHECK(byId(viaHub).value(a.id) == RecordStatus::Rejected);
    }
    SECTION("a room belongs to the hub that relayed it first")
    {
        QString owner;
        CHECK(ingest.bindRoom(roomInfo, protocol::newId(), &owner) == IngestStore::RoomBinding::OtherHub);
        CHECK(owner == hub);
        CHECK(ingest.bindRoom(roomInfo, hub) == IngestStore::RoomBinding::Bound);
    }
}

TEST_CASE("room relay: the hub's outbox forwards what it received once, and again after the server lost it", "[room][relay][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    QTemporaryDir dir;
    ServerDatabase db(backend, dir.path());
    // The hub's own store, as tablets filled it through /uploads.
    const ServerStore::Opened opened = openStore(db);
    const QString room = protocol::newId(), tabletA = protocol::newId(), tabletB = protocol::newId();
    const auto sa = sessionIn(room), sb = sessionIn(room);
    REQUIRE(opened.store->ingest().add(direct(tabletA, {sa}, {answerIn(sa, 1), answerIn(sa, 2)}), tabletA).error.isEmpty());
    REQUIRE(opened.store->ingest().add(direct(tabletB, {sb}, {answerIn(sb, 1)}), tabletB).error.isEmpty());

    ForwardOutbox outbox(*opened.store, QStringLiteral("https://server.example"), {room, QStringLiteral("Avond"), QStringLiteral("Ankum"), {}});
    CHECK(outbox.pendingCount() == 5);
    const auto contributions = outbox.pendingContributions(10);
    CHECK(contributions.size() == 3);
    protocol::UploadBatch batch = direct(protocol::newId(), outbox.sessionsFor(contributions), contributions);
    CHECK(batch.sessions.size() == 2);
    outbox.describeBatch(batch);
    REQUIRE(batch.relay);
    CHECK(batch.relay->roomId == room);
    CHECK(batch.relay->origins == QHash<QString, QString>{{sa.id, tabletA}, {sb.id, tabletB}});
    // It travels and is read back as sent.
    const protocol::DecodedBatch decoded = protocol::decodeBatch(protocol::encode(batch), protocol::BatchShape::Relay);
    REQUIRE_FALSE(decoded.fatal);
    CHECK(decoded.batch.relay == batch.relay);
    CHECK(protocol::decodeBatch(protocol::encode(batch)).fatal.has_value());  // not a device's upload

    REQUIRE(outbox.noteServerEpoch({}, QStringLiteral("epoch-1")) == false);
    QList<protocol::RecordResult> acks;
    for (const auto &s : batch.sessions)
        acks.append({QStringLiteral("session"), s.id, RecordStatus::Stored, {}});
    for (const auto &c : batch.contributions)
        acks.append({QStringLiteral("contribution"), c.id, c.id == contributions.first().id ? RecordStatus::Rejected : RecordStatus::Duplicate,
                     {}});
    REQUIRE(outbox.applyResults(acks));
    CHECK(outbox.pendingCount() == 0);
    CHECK(outbox.quarantinedCount() == 1);
    CHECK(outbox.pendingContributions(10).isEmpty());
    // The same epoch: nothing again. A new one (the server restored from a backup): all of it
    // that was acknowledged goes again; what it rejected stays set aside.
    CHECK_FALSE(outbox.noteServerEpoch({}, QStringLiteral("epoch-1")));
    CHECK(outbox.noteServerEpoch({}, QStringLiteral("epoch-2")));
    CHECK(outbox.pendingCount() == 4);
    // Another server is another ledger.
    ForwardOutbox other(*opened.store, QStringLiteral("https://other.example"), {room, {}, {}, {}});
    CHECK(other.pendingCount() == 5);

    // The hub numbers its reports (Report-Sequence) from one counter in its store, kept across
    // a restart, higher each time and not below the clock in milliseconds (first, first + 1 and
    // first + 2 reserved here).
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 first = outbox.reserveReportSequences(3);
    CHECK(first >= before);
    CHECK(other.reserveReportSequences(1) >= first + 3);
    const QString spec = db.spec();
    const qint64 next = [&] {
        auto reopened = ServerStore::open(spec);
        REQUIRE(reopened.store);
        ForwardOutbox again(*reopened.store, QStringLiteral("https://server.example"), {room, {}, {}, {}});
        return again.reserveReportSequences(1);
    }();
    CHECK(next > first + 3);
    CHECK(next >= QDateTime::currentMSecsSinceEpoch() - 1'000);
}

TEST_CASE("room relay: the room routes a hub adds are the ones documented for hubs", "[room][openapi]")
{
    QTemporaryDir dir;
    ServerDatabase db(QStringLiteral("sqlite"), dir.path());
    const ServerStore::Opened opened = openStore(db);
    HttpApi api(*opened.store);
    RoomRoutes routes(Room{protocol::newId(), QStringLiteral("123456"), {}, {}, {}, Version, protocol::nowIso(), {}, {}, {}});
    api.addRoutes(routes);
    const QStringList added = api.addedRoutes(), documented = RoomRoutes::routes();
    CHECK(QSet<QString>(added.cbegin(), added.cend()) == QSet<QString>(documented.cbegin(), documented.cend()));
    CHECK(added.size() == documented.size());
    // The municipal server's own API has none of them.
    for (const QString &route : documented)
        CHECK_FALSE(HttpApi::routes().contains(route));
}
