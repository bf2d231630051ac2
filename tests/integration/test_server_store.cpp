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

// A trigger makes the database refuse the contribution with the id returned, as PostgreSQL
// refuses bytes it cannot store.
QString poisonContribution(ServerStore &store)
{
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
    return poisonId;
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
        const QString poisonId = poisonContribution(store);
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

TEST_CASE("server store: the device registry keeps the newest device report, whatever order the uploads commit in",
          "[server][store][registry][postgres]")
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
    auto enroll = [&](const QString &deviceId) {
        const auto code = opened.store->devices().createEnrollmentCode(QStringLiteral("Tablet"), 1);
        REQUIRE(code.error.isEmpty());
        REQUIRE(opened.store->devices().redeemEnrollmentCode({code.code, deviceId, QStringLiteral("0.1.0"), {}}).result
                == DeviceRegistry::Enrollment::Enrolled);
    };
    const QString device = protocol::newId();
    enroll(device);
    auto registered = [&] {
        for (const DeviceInfo &d : opened.store->devices().list())
            if (d.id == device)
                return d;
        FAIL("the device is not in the registry");
        return DeviceInfo{};
    };
    auto add = [&](const protocol::UploadBatch &batch, qint64 sequence) {
        const auto ingested = opened.store->ingest().add(batch, device, 0, sequence);
        INFO(ingested.error.toStdString());
        REQUIRE(ingested.error.isEmpty());
    };
    // What a device with three batches in flight sends: 30 records waiting, three batches of 10
    // (a session and 9 answers), each report counting what stays pending besides itself and the
    // batches sent before it, numbered in the order they were made.
    QList<protocol::UploadBatch> batch;
    for (int i = 0; i < 3; ++i) {
        batch.append(batchOf(device, 9));
        batch[i].pendingReported = 30 - 10 * i;
    }
    const qint64 first = 1'764'806'400'000;  // numbers as devices make them: about the clock in ms

    SECTION("one upload at a time, the last one sent committed first")
    {
        add(batch[2], first + 2);
        CHECK(registered().pendingReported == 0);
        add(batch[0], first);
        CHECK(registered().pendingReported == 0);  // it said 20: older than what is kept
        add(batch[1], first + 1);
        CHECK(registered().pendingReported == 0);
        CHECK(opened.store->ingest().contributionCount() == 27);
        // The newest upload once more (an answer that was lost): as new as the kept report.
        add(batch[2], first + 2);
        CHECK(registered().pendingReported == 0);
        // The next report of the device is newer, whatever it says.
        protocol::UploadBatch later = batchOf(device, 1);
        later.pendingReported = 7;
        add(later, first + 3);
        CHECK(registered().pendingReported == 5);
    }
    SECTION("several uploads of the device in one group commit, out of order")
    {
        const QList<IngestStore::Ingested> group = opened.store->ingest().addGroup(
            {{&batch[1], device, 0, first + 1}, {&batch[2], device, 0, first + 2}, {&batch[0], device, 0, first}});
        for (const auto &ingested : group)
            CHECK(ingested.error.isEmpty());
        CHECK(registered().pendingReported == 0);
        CHECK(opened.store->ingest().contributionCount() == 27);
    }
    SECTION("an upload of a group that is rolled back leaves no report behind")
    {
        const QString poisonId = poisonContribution(*opened.store);
        protocol::UploadBatch poisoned = batchOf(device, 2);
        poisoned.contributions[1].id = poisonId;
        poisoned.pendingReported = 3;
        const QList<IngestStore::Ingested> group = opened.store->ingest().addGroup({{&batch[0], device, 0, first}, {&poisoned, device, 0, first + 9}});
        CHECK(group[0].error.isEmpty());
        CHECK_FALSE(group[1].error.isEmpty());
        CHECK(registered().pendingReported == 20);
        // Its number was not kept either: the batches numbered between go on counting.
        add(batch[1], first + 1);
        CHECK(registered().pendingReported == 10);
    }
    SECTION("the versions come from the newest report too")
    {
        batch[2].appVersion = QStringLiteral("0.3.0");
        batch[2].contentVersion = QStringLiteral("2026.12.1");
        add(batch[2], first + 2);
        add(batch[0], first);
        const DeviceInfo seen = registered();
        CHECK(seen.appVersion == QStringLiteral("0.3.0"));
        CHECK(seen.contentVersion == QStringLiteral("2026.12.1"));
        CHECK_FALSE(seen.lastSeen.isEmpty());
    }
    SECTION("a device that numbers no report (API 1.0): each report is taken, as before")
    {
        add(batch[2], 0);
        add(batch[0], 0);
        CHECK(registered().pendingReported == 20);
        add(batch[1], first + 1);
        CHECK(registered().pendingReported == 10);
        add(batch[2], 0);  // an unnumbered report after numbered ones: still taken
        CHECK(registered().pendingReported == 0);
        add(batch[0], first);  // but the kept number stays: an older numbered report is not
        CHECK(registered().pendingReported == 0);
    }
    SECTION("the kept number survives a restart; enrolling again starts the numbering afresh")
    {
        add(batch[2], first + 2);
        opened.store.reset();
        opened = ServerStore::open(db.spec());
        REQUIRE(opened.store);
        add(batch[0], first);
        CHECK(registered().pendingReported == 0);
        enroll(device);
        add(batch[0], 5);  // a device whose store was made anew numbers from wherever its clock is
        CHECK(registered().pendingReported == 20);
    }
}

TEST_CASE("server store: migration 10 numbers the device reports of a registry of schema 9", "[server][store][registry][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    QTemporaryDir dir;
    ServerDatabase db(backend, dir.path());
    REQUIRE(db.ok());
    const QString device = protocol::newId();
    {
        // A registry as schema 9 left it, with a device that reported 7 pending.
        auto opened = ServerStore::open(db.spec());
        REQUIRE(opened.store);
        const auto code = opened.store->devices().createEnrollmentCode(QStringLiteral("Kiosk"), 1);
        REQUIRE(opened.store->devices().redeemEnrollmentCode({code.code, device, QStringLiteral("0.1.0"), {}}).result
                == DeviceRegistry::Enrollment::Enrolled);
        QSqlQuery q(opened.store->db());
        REQUIRE(q.exec(QStringLiteral("ALTER TABLE devices DROP COLUMN pending_report_seq")));
        REQUIRE(q.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version >= 10")));  // 11 runs again too: it may
        REQUIRE(q.exec(QStringLiteral("UPDATE devices SET pending_reported = 7")));
    }
    auto opened = ServerStore::open(db.spec());
    INFO(opened.error.toStdString());
    REQUIRE(opened.store);
    QSqlQuery q(opened.store->db());
    REQUIRE(q.exec(QStringLiteral("SELECT max(version) FROM schema_migrations")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == ServerStore::SchemaVersion);
    REQUIRE(opened.store->devices().list().size() == 1);
    CHECK(opened.store->devices().list().first().pendingReported == 7);
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM devices WHERE pending_report_seq IS NULL")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);
    // The first numbered report is taken, whatever its number.
    protocol::UploadBatch batch = batchOf(device, 1);
    batch.pendingReported = 4;
    REQUIRE(opened.store->ingest().add(batch, device, 0, 1).error.isEmpty());
    CHECK(opened.store->devices().list().first().pendingReported == 2);
}

TEST_CASE("server store: migration 11 drops the per-answer foreign key on PostgreSQL only, and ingest still refuses an answer without its session",
          "[server][store][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    QTemporaryDir dir;
    ServerDatabase db(backend, dir.path());
    REQUIRE(db.ok());
    auto opened = ServerStore::open(db.spec());
    INFO(opened.error.toStdString());
    REQUIRE(opened.store);
    QSqlQuery q(opened.store->db());
    if (backend == QLatin1String("postgresql")) {
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = 'contributions'::regclass AND contype = 'f'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    } else {
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_list('contributions')")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
    // An answer whose session is neither stored nor in the batch is still rejected, and nothing
    // of it is stored.
    protocol::UploadBatch batch = batchOf(QStringLiteral("device-a"), 2);
    batch.sessions.clear();
    const auto result = opened.store->ingest().add(batch, QStringLiteral("device-a"));
    REQUIRE(result.error.isEmpty());
    REQUIRE(result.results.size() == 2);
    for (const auto &r : result.results) {
        CHECK(r.status == RecordStatus::Rejected);
        CHECK(r.reason.contains(QStringLiteral("is unknown")));
    }
    CHECK(opened.store->ingest().contributionCount() == 0);

    // Answers sent again without their session (the session came in an earlier batch): on
    // PostgreSQL their plain insert meets the stored ids and the upload is stored again with
    // ON CONFLICT, alone and inside a group, with the same results as ever.
    const protocol::UploadBatch first = batchOf(QStringLiteral("device-a"), 3);
    REQUIRE(opened.store->ingest().add(first, QStringLiteral("device-a")).error.isEmpty());
    protocol::UploadBatch again = first;
    again.sessions.clear();
    const auto alone = opened.store->ingest().add(again, QStringLiteral("device-a"));
    REQUIRE(alone.error.isEmpty());
    CHECK(statuses(alone) == QList<RecordStatus>(3, RecordStatus::Duplicate));
    protocol::UploadBatch changed = again;
    changed.contributions[1].payload = QJsonObject{{QStringLiteral("picks"), QJsonArray{QStringLiteral("noaberschap")}}};
    const protocol::UploadBatch fresh = batchOf(QStringLiteral("device-a"), 2);
    const auto group = opened.store->ingest().addGroup({{&fresh, QStringLiteral("device-a"), 0, 0}, {&changed, QStringLiteral("device-a"), 0, 0}});
    REQUIRE(group.size() == 2);
    REQUIRE(group[0].error.isEmpty());
    REQUIRE(group[1].error.isEmpty());
    CHECK(statuses(group[0]) == QList<RecordStatus>(3, RecordStatus::Stored));
    CHECK(statuses(group[1]) == QList<RecordStatus>{RecordStatus::Duplicate, RecordStatus::Conflict, RecordStatus::Duplicate});
    CHECK(opened.store->ingest().contributionCount() == 5);
    CHECK(opened.store->ingest().conflictCount() == 1);
}
