// The server store through the same code on SQLite and PostgreSQL 15: migrations, exactly-once
// ingest (stored / duplicate / conflict kept aside), the device registry and content packs.

#include <catch2/catch.hpp>

#include "contentpack.h"
#include "pgcluster.h"
#include "protocol.h"
#include "serverstore.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace samenspraak;
using namespace samenspraak::server;
using protocol::RecordStatus;

namespace {

protocol::UploadBatch batchOf(const QString &deviceId, int contributions)
{
    protocol::SessionRecord s{protocol::newId(), QStringLiteral("kiosk"), QString(), QStringLiteral("2026.11.5"), QStringLiteral("nl"),
                              QStringLiteral("2026-05-01T10:00:00.000+02:00")};
    protocol::UploadBatch b{deviceId, QStringLiteral("0.1.0"), QStringLiteral("2026.11.5"), 1 + contributions, {s}, {}};
    for (int i = 0; i < contributions; ++i)
        b.contributions.append({protocol::newId(), s.id, QStringLiteral("waarden"), QStringLiteral("values"), QStringLiteral("2026.11.5"),
                                QJsonObject{{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect")}}},
                                QStringLiteral("2026-05-01T10:01:00.000+02:00"), i + 1, QString()});
    return b;
}

QList<RecordStatus> statuses(const IngestStore::Ingested &ingested)
{
    QList<RecordStatus> out;
    for (const auto &r : ingested.results)
        out.append(r.status);
    return out;
}

} // namespace

TEST_CASE("server store: the same behaviour on SQLite and PostgreSQL", "[server][store][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    QTemporaryDir dir;
    ServerDatabase db(backend, dir.path());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());

    auto opened = ServerStore::open(db.spec());
    INFO(opened.error.toStdString());
    REQUIRE(opened.store);
    ServerStore &store = *opened.store;
    CHECK(store.isPostgres() == (backend == QLatin1String("postgresql")));
    {
        // Migrations ran once; opening again changes nothing.
        auto again = ServerStore::open(db.spec());
        REQUIRE(again.store);
        QSqlQuery q(again.store->db());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*), max(version) FROM schema_migrations")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == ServerStore::SchemaVersion);
        CHECK(q.value(1).toInt() == ServerStore::SchemaVersion);
    }

    SECTION("ingest: stored, then duplicate; a different record under a known id is a conflict kept aside")
    {
        const protocol::UploadBatch batch = batchOf(QStringLiteral("device-a"), 3);
        auto first = store.ingest().add(batch, QStringLiteral("device-a"));
        REQUIRE(first.error.isEmpty());
        CHECK(statuses(first) == QList<RecordStatus>(4, RecordStatus::Stored));
        auto again = store.ingest().add(batch, QStringLiteral("device-a"));
        CHECK(statuses(again) == QList<RecordStatus>(4, RecordStatus::Duplicate));
        protocol::UploadBatch changed = batch;
        changed.contributions[1].payload = QJsonObject{{QStringLiteral("picks"), QJsonArray{QStringLiteral("erbij-horen")}}};
        // From another device, the session and its answers are not that device's to send: an
        // identical resend is still `duplicate` (it adds nothing), anything else is rejected.
        auto foreign = store.ingest().add(changed, QStringLiteral("device-b"));
        REQUIRE(foreign.error.isEmpty());
        CHECK(statuses(foreign) == QList<RecordStatus>{RecordStatus::Duplicate, RecordStatus::Duplicate, RecordStatus::Rejected,
                                                       RecordStatus::Duplicate});
        CHECK(foreign.results[2].reason == QStringLiteral("session %1 belongs to another device; a device adds answers only to its own sessions")
                                               .arg(batch.sessions[0].id));
        CHECK(store.ingest().conflictCount() == 0);
        // From the same device, a changed record under a known id is a conflict kept aside.
        auto conflicting = store.ingest().add(changed, QStringLiteral("device-a"));
        REQUIRE(conflicting.error.isEmpty());
        CHECK(conflicting.results[2].status == RecordStatus::Conflict);
        CHECK(conflicting.results[2].reason == QStringLiteral("a different contribution with this id is already stored; this one is kept aside"));
        CHECK(store.ingest().contributionCount() == 3);
        CHECK(store.ingest().conflictCount() == 1);
        const auto rows = store.ingest().exportRows();
        REQUIRE(rows.size() == 3);
        const auto it = std::find_if(rows.begin(), rows.end(), [&](const ExportRow &r) { return r.id == batch.contributions[1].id; });
        REQUIRE(it != rows.end());
        CHECK(it->payload == QStringLiteral("{\"picks\":[\"respect\"]}"));  // the first one stays
        CHECK(it->deviceId == QStringLiteral("device-a"));

        // A contribution whose session the server never got is rejected, not stored.
        protocol::UploadBatch orphan = batchOf(QStringLiteral("device-a"), 1);
        orphan.sessions.clear();
        auto rejected = store.ingest().add(orphan, QStringLiteral("device-a"));
        REQUIRE(rejected.results.size() == 1);
        CHECK(rejected.results[0].status == RecordStatus::Rejected);
        CHECK(rejected.results[0].reason == QStringLiteral("its session %1 is unknown; send the session in the same batch")
                                                .arg(orphan.contributions[0].sessionId));
        CHECK(store.ingest().exportRows(QStringLiteral("2999-01-01T00:00:00.000Z")).isEmpty());
    }

    SECTION("group commit: several uploads in one transaction, each with its own results; one that fails is rolled back alone")
    {
        // A trigger makes the database refuse one record, as PostgreSQL refuses bytes it cannot store.
        const QString poisonId = protocol::newId();
        QSqlQuery q(store.db());
        if (store.isPostgres()) {
            REQUIRE(q.exec(QStringLiteral("CREATE FUNCTION poison() RETURNS trigger AS $$ BEGIN IF NEW.id = '%1' THEN"
                                          " RAISE EXCEPTION 'poisoned record'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql").arg(poisonId)));
            REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER poison BEFORE INSERT ON contributions FOR EACH ROW EXECUTE FUNCTION poison()")));
        } else {
            REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER poison BEFORE INSERT ON contributions WHEN NEW.id = '%1'"
                                          " BEGIN SELECT RAISE(ABORT, 'poisoned record'); END").arg(poisonId)));
        }
        const protocol::UploadBatch first = batchOf(QStringLiteral("device-a"), 3);
        protocol::UploadBatch poisoned = batchOf(QStringLiteral("device-b"), 3);
        poisoned.contributions[2].id = poisonId;
        protocol::UploadBatch changed = first;  // the same records again, one of them changed
        changed.contributions[0].payload = QJsonObject{{QStringLiteral("picks"), QJsonArray{QStringLiteral("nuchterheid")}}};
        const protocol::UploadBatch last = batchOf(QStringLiteral("device-c"), 2);

        const QList<IngestStore::Ingested> group = store.ingest().addGroup({{&first, QStringLiteral("device-a"), 0},
                                                                            {&poisoned, QStringLiteral("device-b"), 0},
                                                                            {&first, QStringLiteral("device-a"), 0},
                                                                            {&changed, QStringLiteral("device-a"), 0},
                                                                            {&last, QStringLiteral("device-c"), 0}});
        REQUIRE(group.size() == 5);
        CHECK(group[0].error.isEmpty());
        CHECK(statuses(group[0]) == QList<RecordStatus>(4, RecordStatus::Stored));
        // The failing upload is answered as failed, with no results, and none of it is kept...
        CHECK(group[1].error.contains(QStringLiteral("poisoned record")));
        CHECK(group[1].results.isEmpty());
        // ...while the uploads after it in the same transaction see what came before them.
        CHECK(statuses(group[2]) == QList<RecordStatus>(4, RecordStatus::Duplicate));
        CHECK(statuses(group[3]) == (QList<RecordStatus>{RecordStatus::Duplicate, RecordStatus::Conflict, RecordStatus::Duplicate,
                                                         RecordStatus::Duplicate}));
        CHECK(statuses(group[4]) == QList<RecordStatus>(3, RecordStatus::Stored));
        CHECK(store.ingest().contributionCount() == 5);
        CHECK(store.ingest().conflictCount() == 1);
        QStringList exported;
        for (const ExportRow &r : store.ingest().exportRows())
            exported << r.id;
        for (const auto &c : poisoned.contributions)
            CHECK_FALSE(exported.contains(c.id));
        QSqlQuery sessions(store.db());
        REQUIRE(sessions.exec(QStringLiteral("SELECT count(*) FROM sessions WHERE id = '%1'").arg(poisoned.sessions[0].id)));
        REQUIRE(sessions.next());
        CHECK(sessions.value(0).toInt() == 0);
        // The same upload alone fails as a whole, as before.
        const auto alone = store.ingest().add(poisoned, QStringLiteral("device-b"));
        CHECK_FALSE(alone.error.isEmpty());
        CHECK(store.ingest().contributionCount() == 5);
    }

    SECTION("enrollment codes: once, hashed; tokens authenticate until revoked")
    {
        const auto code = store.devices().createEnrollmentCode(QStringLiteral("Kiosk 't Gemeentehuis"), 24);
        REQUIRE(code.error.isEmpty());
        protocol::EnrollmentRequest request{protocol::formatEnrollmentCode(code.code).toLower(), protocol::newId(), QStringLiteral("0.1.0"), {}};
        const auto enrolled = store.devices().redeemEnrollmentCode(request);
        REQUIRE(enrolled.result == DeviceRegistry::Enrollment::Enrolled);
        CHECK(enrolled.deviceId == request.deviceId);
        CHECK(enrolled.name == QStringLiteral("Kiosk 't Gemeentehuis"));
        CHECK(store.devices().redeemEnrollmentCode(request).result == DeviceRegistry::Enrollment::UsedCode);
        request.code = QStringLiteral("0000-0000-0000-0000");
        CHECK(store.devices().redeemEnrollmentCode(request).result == DeviceRegistry::Enrollment::UnknownCode);

        auto auth = store.devices().authenticate(enrolled.token);
        CHECK(auth.result == DeviceRegistry::Auth::Ok);
        CHECK(auth.deviceId == enrolled.deviceId);
        CHECK(store.devices().authenticate(enrolled.token + QLatin1Char('x')).result == DeviceRegistry::Auth::UnknownToken);
        CHECK(store.devices().authenticate(QStringLiteral("' OR '1'='1")).result == DeviceRegistry::Auth::UnknownToken);

        QString when;
        CHECK(store.devices().revoke(enrolled.deviceId, &when) == DeviceRegistry::Revoke::Revoked);
        CHECK_FALSE(when.isEmpty());
        auth = store.devices().authenticate(enrolled.token);
        CHECK(auth.result == DeviceRegistry::Auth::Revoked);
        CHECK(auth.revokedAt == when);
        CHECK(store.devices().revoke(enrolled.deviceId) == DeviceRegistry::Revoke::AlreadyRevoked);
        CHECK(store.devices().revoke(QStringLiteral("no-such-device")) == DeviceRegistry::Revoke::Unknown);

        // Enrolled again with a new code: a new token, the old one is dead, the revocation lifted.
        const auto second = store.devices().createEnrollmentCode({}, 24);
        const auto reenrolled = store.devices().redeemEnrollmentCode({second.code, enrolled.deviceId, QStringLiteral("0.2.0"), QStringLiteral("ignored")});
        REQUIRE(reenrolled.result == DeviceRegistry::Enrollment::Enrolled);
        CHECK(store.devices().authenticate(reenrolled.token).result == DeviceRegistry::Auth::Ok);
        CHECK(store.devices().authenticate(enrolled.token).result == DeviceRegistry::Auth::UnknownToken);
        const QList<DeviceInfo> devices = store.devices().list();
        REQUIRE(devices.size() == 1);
        CHECK(devices[0].name == QStringLiteral("Kiosk 't Gemeentehuis"));
        CHECK(devices[0].revokedAt.isEmpty());
        CHECK(devices[0].appVersion == QStringLiteral("0.2.0"));

        // The upload updates what the device reported, in the same transaction.
        protocol::UploadBatch batch = batchOf(enrolled.deviceId, 2);
        batch.pendingReported = 10;
        REQUIRE(store.ingest().add(batch, enrolled.deviceId).error.isEmpty());
        const DeviceInfo seen = store.devices().list().first();
        CHECK(seen.pendingReported == 7);  // 10 waiting, 3 of them settled now
        CHECK(seen.contentVersion == QStringLiteral("2026.11.5"));
        CHECK_FALSE(seen.lastSeen.isEmpty());
    }

    SECTION("content packs: immutable versions, the newest published is current")
    {
        CHECK_FALSE(store.content().current(false));
        auto pack = loadContentPack(QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json")).pack;
        REQUIRE(pack);
        CHECK(store.content().publish(*pack) == ContentRegistry::Publish::Published);
        CHECK(store.content().publish(*pack) == ContentRegistry::Publish::AlreadyCurrent);
        const auto current = store.content().current(true);
        REQUIRE(current);
        CHECK(current->version == pack->version);
        CHECK(current->sha256 == pack->sha256);
        CHECK(current->json == pack->raw);  // byte for byte, on BYTEA and BLOB alike
        ContentPack other = *pack;
        other.raw.replace("Dalfsen", "Dalfsen ");
        other.sha256 = "0123";
        QString error;
        CHECK(store.content().publish(other, &error) == ContentRegistry::Publish::VersionTaken);
        CHECK(error == QString::fromLatin1(pack->sha256));
        other.version = QStringLiteral("2027.1");
        CHECK(store.content().publish(other) == ContentRegistry::Publish::Published);
        CHECK(store.content().current(false)->version == QStringLiteral("2027.1"));
        CHECK(store.content().publish(*pack) == ContentRegistry::Publish::MadeCurrent);
        CHECK(store.content().current(false)->version == pack->version);
        CHECK(store.content().published(QStringLiteral("2027.1"))->json == other.raw);
        CHECK_FALSE(store.content().published(QStringLiteral("9.9")));
    }
}
