// The sync client against a fake server that fails with HTTP 500 (and a device whose own
// storage fills up while syncing): only a record the server
// itself fails on when sent alone is counted toward quarantine; a 500 from something in
// between (a proxy, a captive portal) never is, and failed records go to the back.

#include <catch2/catch.hpp>

#include "appcontext.h"
#include "simulateddevice.h"
#include "store.h"
#include "syncclient.h"
#include "syncservice.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QHttpServer>
#include <QSet>
#include <QTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>

#include <limits>

using namespace samenspraak;
using namespace samenspraak::protocol;

namespace {

// Answers like the real server (stored / duplicate per record), except: a batch holding a
// poison id gets the server's own 500 (with API-Version), and while `failEverything` is set
// every batch fails, from the server itself or, with `fromProxy`, from a proxy in between.
class FakeServer {
public:
    QSet<QString> poison;
    bool failEverything = false;
    bool fromProxy = false;
    int failStatus = 500;   // what a poison batch gets: 500, 503 (a database refusing it) or 400 (naming no record)
    bool healthy = true;    // what GET /healthz says
    QSet<QString> stored;
    int requests = 0;

    FakeServer()
    {
        m_http.route(QStringLiteral("/api/v1/uploads"), QHttpServerRequest::Method::Post,
                     [this](const QHttpServerRequest &request) { return upload(request); });
        m_http.route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &) {
            return QHttpServerResponse(healthy ? QHttpServerResponse::StatusCode::Ok : QHttpServerResponse::StatusCode::ServiceUnavailable);
        });
        m_port = m_http.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    QHttpServerResponse upload(const QHttpServerRequest &request)
    {
        ++requests;
        const DecodedBatch decoded = decodeBatch(request.body());
        bool poisoned = failEverything;
        for (const ContributionRecord &c : decoded.batch.contributions)
            poisoned = poisoned || poison.contains(c.id);
        if (poisoned) {
            QHttpServerResponse response(QByteArrayLiteral("application/problem+json"),
                                         QByteArrayLiteral(R"({"title":"Failed","status":)") + QByteArray::number(failStatus)
                                             + QByteArrayLiteral(R"(,"detail":"boom"})"),
                                         QHttpServerResponse::StatusCode(failStatus));
            if (!fromProxy || !failEverything)
                response.setHeader(QByteArrayLiteral("API-Version"), QByteArray(ApiVersion));
            return response;
        }
        UploadResult result;
        auto settle = [&](const QString &type, const QString &id) {
            const bool known = stored.contains(id);
            stored.insert(id);
            result.results.append({type, id, known ? RecordStatus::Duplicate : RecordStatus::Stored, {}});
        };
        for (const SessionRecord &s : decoded.batch.sessions)
            settle(QStringLiteral("session"), s.id);
        for (const ContributionRecord &c : decoded.batch.contributions)
            settle(QStringLiteral("contribution"), c.id);
        QHttpServerResponse response(QByteArrayLiteral("application/json"), encode(result));
        response.setHeader(QByteArrayLiteral("API-Version"), QByteArray(ApiVersion));
        return response;
    }

    QHttpServer m_http;
    quint16 m_port = 0;
};

sync::SyncSummary runSync(Store &store, const QUrl &server)
{
    QNetworkAccessManager network;
    sync::SyncConfig config{server, store.deviceId(), {}, QStringLiteral("test"), QStringLiteral("test")};
    sync::SyncClient client(store, config, &network);
    return sync::runOnce(client);
}

QStringList idsWhere(Store &store, const QString &table, const QString &condition)
{
    QStringList ids;
    QSqlQuery q(store.db());
    if (q.exec(QStringLiteral("SELECT id FROM %1 WHERE %2 ORDER BY id").arg(table, condition)))
        while (q.next())
            ids << q.value(0).toString();
    return ids;
}

int maxServerFailures(Store &store)
{
    QSqlQuery q(store.db());
    return q.exec(QStringLiteral("SELECT max(f) FROM (SELECT server_failures AS f FROM contributions"
                                 " UNION ALL SELECT server_failures FROM sessions)")) && q.next() ? q.value(0).toInt() : -1;
}

std::unique_ptr<SimulatedDevice> deviceWithParticipants(int participants)
{
    return simulatedDevice(participants, 5);
}

} // namespace

TEST_CASE("a poison record is narrowed down and quarantined alone, and the records batched with it all arrive", "[sync][poison]")
{
    auto device = deviceWithParticipants(6);
    Store &store = device->store();
    const auto all = store.contributions();
    REQUIRE(all.size() > 20);
    const QString poison = all.at(7).id;
    FakeServer server;
    server.poison.insert(poison);

    int runs = 0;
    while (store.pendingCount() > 0 && runs < 3 * Store::PoisonAttempts) {
        const sync::SyncSummary summary = runSync(store, server.url());
        ++runs;
        INFO("run " << runs << ": " << summary.error.toStdString());
        CHECK(summary.failure == sync::FailureKind::Transient);  // each run ends on the poison record
    }
    // Every run narrows down to the poison record alone and counts one failure against it.
    CHECK(runs == Store::PoisonAttempts);
    CHECK(store.pendingCount() == 0);
    CHECK(idsWhere(store, QStringLiteral("contributions"), QStringLiteral("sync_state = 2")) == QStringList{poison});
    CHECK(idsWhere(store, QStringLiteral("sessions"), QStringLiteral("sync_state <> 1")).isEmpty());
    CHECK(idsWhere(store, QStringLiteral("contributions"), QStringLiteral("server_failures > 0")) == QStringList{poison});
    CHECK(idsWhere(store, QStringLiteral("sessions"), QStringLiteral("server_failures > 0")).isEmpty());
    CHECK(int(server.stored.size()) == int(all.size()) - 1 + store.sessionCount());
    CHECK_FALSE(server.stored.contains(poison));
    QSqlQuery note(store.db());
    REQUIRE(note.exec(QStringLiteral("SELECT sync_note FROM contributions WHERE sync_state = 2")));
    REQUIRE(note.next());
    CHECK(note.value(0).toString() == QStringLiteral("server failed: HTTP 500: boom"));
}

TEST_CASE("a 500 from a proxy in between never counts against a record", "[sync][poison]")
{
    auto device = deviceWithParticipants(3);
    Store &store = device->store();
    const int pending = store.pendingCount();
    FakeServer server;
    server.failEverything = true;
    server.fromProxy = true;
    for (int run = 0; run < 2 * Store::PoisonAttempts; ++run) {
        const sync::SyncSummary summary = runSync(store, server.url());
        CHECK(summary.failure == sync::FailureKind::Transient);
        CHECK(summary.error == QStringLiteral("HTTP 500: boom"));
    }
    CHECK(server.requests == 2 * Store::PoisonAttempts);  // no narrowing: the records are not to blame
    CHECK(store.quarantinedCount() == 0);
    CHECK(maxServerFailures(store) == 0);
    CHECK(store.pendingCount() == pending);

    server.failEverything = false;
    const sync::SyncSummary healed = runSync(store, server.url());
    CHECK(healed.failure == sync::FailureKind::None);
    CHECK(healed.pending == 0);
    CHECK(healed.quarantined == 0);
}

TEST_CASE("a server failing on every batch spreads single failures over the queue instead of quarantining", "[sync][poison]")
{
    auto device = deviceWithParticipants(3);
    Store &store = device->store();
    REQUIRE(store.contributionCount() > Store::PoisonAttempts);
    FakeServer server;
    server.failEverything = true;
    for (int run = 0; run < Store::PoisonAttempts; ++run)
        CHECK(runSync(store, server.url()).failure == sync::FailureKind::Transient);
    // Each run blamed the record at the head of the queue, which then went to the back.
    CHECK(store.quarantinedCount() == 0);
    CHECK(maxServerFailures(store) == 1);
    CHECK(idsWhere(store, QStringLiteral("contributions"), QStringLiteral("server_failures = 1")).size() == Store::PoisonAttempts);

    server.failEverything = false;
    const sync::SyncSummary healed = runSync(store, server.url());
    CHECK(healed.failure == sync::FailureKind::None);
    CHECK(healed.pending == 0);
    CHECK(healed.quarantined == 0);
    CHECK(int(server.stored.size()) == store.contributionCount() + store.sessionCount());
}

TEST_CASE("a poison record the server answers 503 for is narrowed down too, blamed only while /healthz is fine", "[sync][poison]")
{
    auto device = deviceWithParticipants(4);
    Store &store = device->store();
    const auto all = store.contributions();
    const QString poison = all.at(5).id;
    FakeServer server;
    server.poison.insert(poison);
    server.failStatus = 503;

    // While /healthz fails, the server is unwell: nobody is to blame, nothing is quarantined.
    server.healthy = false;
    for (int run = 0; run < Store::PoisonAttempts + 1; ++run)
        runSync(store, server.url());
    CHECK(store.quarantinedCount() == 0);
    CHECK(maxServerFailures(store) == 0);

    server.healthy = true;
    int runs = 0;
    while (store.pendingCount() > 0 && runs < 3 * Store::PoisonAttempts) {
        runSync(store, server.url());
        ++runs;
    }
    // A 503 counts like a 500: the record is set aside after PoisonAttempts runs.
    CHECK(runs == Store::PoisonAttempts);
    CHECK(store.pendingCount() == 0);
    CHECK(idsWhere(store, QStringLiteral("contributions"), QStringLiteral("sync_state = 2")) == QStringList{poison});
    CHECK(int(server.stored.size()) == int(all.size()) - 1 + store.sessionCount());
}

TEST_CASE("a 400 that names no record is about the device, not its records: nothing is set aside", "[sync][poison]")
{
    // E.g. a device id that does not match the token (a half-finished enrollment): every batch
    // gets the same 400. Narrowing it down would set aside every record, one by one.
    auto device = deviceWithParticipants(4);
    Store &store = device->store();
    const int pending = store.pendingCount();
    FakeServer server;
    server.failEverything = true;
    server.failStatus = 400;
    for (int run = 0; run < Store::PoisonAttempts + 1; ++run) {
        const sync::SyncSummary summary = runSync(store, server.url());
        CHECK(summary.failure == sync::FailureKind::Refused);
    }
    CHECK(server.requests == Store::PoisonAttempts + 1);  // one request a run: no narrowing
    CHECK(store.quarantinedCount() == 0);
    CHECK(store.pendingCount() == pending);
}

namespace {

// A full disk, simulated as in tests/qml/main.cpp: the database may not grow (PRAGMA
// max_page_count on this connection) and the room left in its pages is used up by answers.
// Returns the page limit that was in force before, 0 on failure.
int fillStore(AppContext &context)
{
    Store &store = context.store();
    QSqlQuery q(store.db());
    if (!q.exec(QStringLiteral("PRAGMA max_page_count")) || !q.next())
        return 0;
    const int before = int(qMin<qint64>(q.value(0).toLongLong(), std::numeric_limits<int>::max()));
    if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next())
        return 0;
    store.setMaxPageCount(q.value(0).toInt());
    const QString sessionId = store.contributions().constLast().sessionId;
    for (int failedInARow = 0, tries = 0; failedInARow < 20 && tries < 100'000; ++tries) {
        ContributionRecord c{newId(), sessionId, QStringLiteral("waarden"), QStringLiteral("values"), context.pack().version,
                             QJsonObject{{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect")}}}, nowIso(), 0, {}};
        const StoreError e = store.saveContribution(c);
        if (e.code == StoreError::DiskFull)
            ++failedInARow;
        else if (e)
            return 0;
        else
            failedInARow = 0;
    }
    return before;
}

int countWhere(Store &store, const QString &condition)
{
    QSqlQuery q(store.db());
    return q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sessions WHERE %1) + (SELECT count(*) FROM contributions WHERE %1)")
                      .arg(condition)) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

TEST_CASE("a device whose storage fills up while syncing says 'opslag vol', keeps what was acknowledged and resumes once there is room", "[sync][storage]")
{
    auto device = deviceWithParticipants(4);
    FakeServer server;
    // Some answers are acknowledged before the disk fills up.
    REQUIRE(runSync(device->store(), server.url()).pending == 0);
    const int acknowledgedEarlier = countWhere(device->store(), QStringLiteral("sync_state = 1"));
    REQUIRE(acknowledgedEarlier > 0);
    REQUIRE(simulateParticipants(*device->context, 4, 6).error.isEmpty());
    REQUIRE_FALSE(device->store().setSetting(QStringLiteral("server_url"), server.url().toString()));  // for the app's sync below
    const int limit = fillStore(*device->context);
    REQUIRE(limit > 0);
    const int records = countWhere(device->store(), QStringLiteral("1"));
    const int pendingBefore = device->store().pendingCount();
    REQUIRE(pendingBefore > 0);

    // Recording the acknowledgements needs room (acked_at grows each row): the store is full.
    const int requestsBefore = server.requests;
    const sync::SyncSummary full = runSync(device->store(), server.url());
    INFO(full.error.toStdString());
    CHECK(full.failure == sync::FailureKind::StorageFull);
    CHECK(full.error.startsWith(QStringLiteral("Storage full")));  // "Opslag vol" in the Dutch UI (samenspraak_nl.ts)
    CHECK_FALSE(full.error.contains(QStringLiteral("reach")));
    CHECK(full.pending > 0);
    // Nothing was lost and what was acknowledged before stays acknowledged.
    CHECK(countWhere(device->store(), QStringLiteral("1")) == records);
    CHECK(countWhere(device->store(), QStringLiteral("sync_state = 1")) >= acknowledgedEarlier);
    CHECK(countWhere(device->store(), QStringLiteral("sync_state = 2")) == 0);  // nothing set aside for want of room
    CHECK(device->store().pendingCount() + countWhere(device->store(), QStringLiteral("sync_state = 1")) == records);

    // Still full: a second try says the same, and quarantines nothing.
    const sync::SyncSummary again = runSync(device->store(), server.url());
    CHECK(again.failure == sync::FailureKind::StorageFull);
    CHECK(server.requests > requestsBefore);

    // The app's own sync says it where the facilitator menu shows it ("Verbinding"), in Dutch
    // on a Dutch screen.
    {
        SyncService service(*device->context, nullptr);
        QEventLoop loop;
        QObject::connect(&service, &SyncService::stateChanged, &loop, [&] {
            if (service.status() == sync::storageFullMessage())
                loop.quit();
        });
        QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
        service.syncNow();
        loop.exec();
        INFO("status: " << service.status().toStdString());
        CHECK(service.status() == sync::storageFullMessage());
        CHECK(service.status().startsWith(QStringLiteral("Storage full")));
        QTranslator dutch;
        REQUIRE(dutch.load(QStringLiteral(":/i18n/samenspraak_nl.qm")));
        QCoreApplication::installTranslator(&dutch);
        const QString inDutch = sync::storageFullMessage();
        QCoreApplication::removeTranslator(&dutch);
        CHECK(inDutch.startsWith(QStringLiteral("Opslag vol")));
    }

    // The device still opens (as the app and the CLI do) with everything on it.
    {
        auto reopened = Store::open(device->dir.path(), CorruptionPolicy::Refuse);
        REQUIRE(reopened.store);
        CHECK(reopened.store->contributionCount() + reopened.store->sessionCount() == records);
    }

    // Room again: sending resumes; what the server had already stored comes back `duplicate`.
    device->store().setMaxPageCount(limit);
    const sync::SyncSummary resumed = runSync(device->store(), server.url());
    CHECK(resumed.failure == sync::FailureKind::None);
    CHECK(resumed.pending == 0);
    CHECK(countWhere(device->store(), QStringLiteral("sync_state = 1")) == records);
    CHECK(int(server.stored.size()) == records);
}
