// The server's HTTP API under bad input, on SQLite and PostgreSQL: every bad request gets the
// right 4xx as application/problem+json with API-Version, the server stays up, and nothing
// stored changes. Plus the limits (413, 429), 405/404, /metrics, /openapi.json and TLS.

#include <catch2/catch.hpp>

#include "devices.h"
#include "httpapi.h"
#include "httpclient.h"
#include "pgcluster.h"
#include "protocol.h"
#include "roomcontrol.h"
#include "roomroutes.h"
#include "serverstore.h"
#include "store.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

using namespace samenspraak;

namespace {

const QString Injection = QStringLiteral("'); DROP TABLE contributions;--");

// A running server with the default pack published and one device enrolled over HTTP.
struct ApiFixture {
    explicit ApiFixture(const QString &backend, const QStringList &serverArguments = {}) : db(backend, dir.path())
    {
        INFO(db.error().toStdString());
        REQUIRE(db.ok());
        server = std::make_unique<ServerProcess>(db.spec(), serverArguments);
        INFO(server->error().toStdString());
        REQUIRE(server->running());
        REQUIRE(publish());
        enroll();
    }
    // A SQLite server running as `user`: its database made and its pack published by root
    // first, then the directory handed over to the user.
    ApiFixture(ServerProcess::User user) : db(QStringLiteral("sqlite"), dir.path())
    {
        REQUIRE(db.ok());
        REQUIRE(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        REQUIRE(publish());
        for (const QString &name : QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotDot))
            REQUIRE(::chown(QFile::encodeName(QDir(dir.path()).filePath(name)).constData(), user.uid, user.gid) == 0);
        server = std::make_unique<ServerProcess>(db.spec(), user);
        INFO(server->error().toStdString());
        REQUIRE(server->running());
        enroll();
    }

    bool publish() const
    {
        return serverCommand({QStringLiteral("content"), QStringLiteral("publish"), QStringLiteral("--db"), db.spec(),
                              QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json")})
                   .exitCode == 0;
    }
    void enroll()
    {
        const QString code = makeEnrollmentCode(db.spec(), {QStringLiteral("--name"), QStringLiteral("Test kiosk")});
        REQUIRE_FALSE(code.isEmpty());
        deviceId = protocol::newId();
        const HttpResult enrolled = post(QStringLiteral("/api/v1/enrollments"),
                                         protocol::encode(protocol::EnrollmentRequest{code, deviceId, QStringLiteral("0.1.0"), {}}), {});
        INFO(enrolled.body.toStdString());
        REQUIRE(enrolled.status == 201);
        token = enrolled.json().value(QStringLiteral("token")).toString();
        REQUIRE(enrolled.json().value(QStringLiteral("deviceId")).toString() == deviceId);
        REQUIRE(enrolled.json().value(QStringLiteral("name")).toString() == QStringLiteral("Test kiosk"));
        REQUIRE(token.size() >= 43);
    }

    QUrl url(const QString &path) const { return QUrl(server->url() + path); }
    HttpResult post(const QString &path, const QByteArray &body, const QString &withToken) const
    {
        return httpRequest("POST", url(path), body, jsonHeaders(withToken));
    }
    HttpResult upload(const QByteArray &body) const { return post(QStringLiteral("/api/v1/uploads"), body, token); }

    // Everything stored, except when devices were last seen.
    QString snapshot() const
    {
        auto opened = server::ServerStore::open(db.spec());
        REQUIRE(opened.store);
        QStringList out;
        for (const QString &sql : {QStringLiteral("SELECT id, canonical, workshop FROM sessions ORDER BY id"),
                                   QStringLiteral("SELECT id, canonical, device_id FROM contributions ORDER BY id"),
                                   QStringLiteral("SELECT record_id, canonical FROM conflicts ORDER BY record_id"),
                                   QStringLiteral("SELECT id, name, token_hash, COALESCE(revoked_at, '') FROM devices ORDER BY id"),
                                   QStringLiteral("SELECT code_hash, COALESCE(used_at, '') FROM enrollment_codes ORDER BY code_hash"),
                                   QStringLiteral("SELECT version, sha256 FROM content_packs ORDER BY version")}) {
            QSqlQuery q(opened.store->db());
            REQUIRE(q.exec(sql));
            while (q.next()) {
                QStringList row;
                for (int i = 0; i < q.record().count(); ++i)
                    row << q.value(i).toString();
                out << row.join(QLatin1Char('|'));
            }
            out << QStringLiteral("--");
        }
        return out.join(QLatin1Char('\n'));
    }

    QTemporaryDir dir;
    ServerDatabase db;
    std::unique_ptr<ServerProcess> server;
    QString deviceId, token;
};

protocol::SessionRecord session()
{
    return {protocol::newId(), QStringLiteral("workshop"), QStringLiteral("Dorpshuis 't Trefpunt; tafel 2"), QStringLiteral("2026.11.5"),
            QStringLiteral("nl"), QStringLiteral("2026-05-01T10:00:00.000+02:00")};
}

protocol::ContributionRecord contribution(const QString &sessionId)
{
    return {protocol::newId(), sessionId, QStringLiteral("waarden"), QStringLiteral("values"), QStringLiteral("2026.11.5"),
            QJsonObject{{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect"), QStringLiteral("noaberschap")}}},
            QStringLiteral("2026-05-01T10:01:00.000+02:00"), 1, QString()};
}

QJsonObject batchJson(const ApiFixture &f, int contributions = 1)
{
    const protocol::SessionRecord s = session();
    QList<protocol::ContributionRecord> cs;
    for (int i = 0; i < contributions; ++i)
        cs.append(contribution(s.id));
    return QJsonDocument::fromJson(protocol::encode(protocol::UploadBatch{f.deviceId, QStringLiteral("0.1.0"), QStringLiteral("2026.11.5"),
                                                                          1 + contributions, {s}, cs}))
        .object();
}

// Sets `path` ("sessions.0.workshop", "deviceId") in a batch to `value`.
QJsonObject with(QJsonObject batch, const QString &path, const QJsonValue &value)
{
    const QStringList parts = path.split(QLatin1Char('.'));
    if (parts.size() == 1) {
        batch.insert(parts[0], value);
        return batch;
    }
    QJsonArray array = batch.value(parts[0]).toArray();
    QJsonObject record = array.at(parts[1].toInt()).toObject();
    if (parts.size() == 4) {  // payload field
        QJsonObject inner = record.value(parts[2]).toObject();
        inner.insert(parts[3], value);
        record.insert(parts[2], inner);
    } else {
        record.insert(parts[2], value);
    }
    array.replace(parts[1].toInt(), record);
    batch.insert(parts[0], array);
    return batch;
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The checks every refused request shares.
void checkRefused(const ApiFixture &f, const HttpResult &r, int status, const QString &before)
{
    INFO(r.body.toStdString() << r.networkError.toStdString());
    CHECK(r.status == status);
    CHECK(r.isProblem());
    CHECK(r.header("API-Version") == protocol::ApiVersion);
    CHECK(httpRequest("GET", f.url(QStringLiteral("/healthz"))).status == 200);  // still up
    CHECK(f.snapshot() == before);                                               // nothing changed
}

} // namespace

TEST_CASE("bad input: each gets the right 4xx with problem+json, the server stays up, nothing stored changes", "[server][bad-input][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    ApiFixture f(backend);
    // One server per backend for all the cases below (each starts from a stored batch and must
    // leave the store as it was). Something stored first, so "nothing changes" has something to keep.
    const HttpResult first = f.upload(bytes(batchJson(f)));
    INFO(first.body.toStdString());
    REQUIRE(first.status == 200);
    QString before = f.snapshot();
    const QJsonObject good = batchJson(f);

    {
        INFO("malformed JSON");
        const HttpResult r = f.upload("{\"deviceId\": \"" + f.deviceId.toUtf8() + "\", ");
        checkRefused(f, r, 400, before);
        CHECK(r.detail().startsWith(QStringLiteral("$ is not valid JSON (")));
    }
    {
        INFO("not an object");
        const HttpResult r = f.upload("[1, 2, 3]");
        checkRefused(f, r, 400, before);
        CHECK(r.detail() == QStringLiteral("$ must be an object"));
    }
    {
        INFO("a Report-Sequence header that is not a number from 1 to 2^53 - 1");
        for (const QByteArray &value : {QByteArray("many"), QByteArray("0"), QByteArray("-3"), QByteArray("+3"), QByteArray("007"),
                                        QByteArray("9007199254740992"), QByteArray("3 4")}) {
            INFO(value.toStdString());
            auto headers = jsonHeaders(f.token);
            headers.append({protocol::ReportSequenceHeader, value});
            const HttpResult r = httpRequest("POST", f.url(QStringLiteral("/api/v1/uploads")), bytes(good), headers);
            checkRefused(f, r, 400, before);
            CHECK(r.detail() == QStringLiteral("the Report-Sequence header must be a whole number from 1 to 9007199254740991"));
            const QJsonArray invalid = r.json().value(QStringLiteral("invalidParams")).toArray();
            REQUIRE(invalid.size() == 1);
            CHECK(invalid.first().toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Report-Sequence"));
        }
    }
    {
        INFO("wrong types, in the batch and in a record");
        HttpResult r = f.upload(bytes(with(good, QStringLiteral("pendingReported"), QStringLiteral("many"))));
        checkRefused(f, r, 400, before);
        CHECK(r.detail() == QStringLiteral("$.pendingReported must be an integer"));
        r = f.upload(bytes(with(good, QStringLiteral("contributions.0.deviceSeq"), QStringLiteral("7"))));
        checkRefused(f, r, 400, before);
        CHECK(r.detail() == QStringLiteral("$.contributions[0].deviceSeq must be an integer"));
        const QJsonArray invalid = r.json().value(QStringLiteral("invalidParams")).toArray();
        REQUIRE(invalid.size() == 1);
        CHECK(invalid.first().toObject().value(QStringLiteral("name")).toString() == QStringLiteral("$.contributions[0].deviceSeq"));
        r = f.upload(bytes(with(good, QStringLiteral("sessions"), QStringLiteral("none"))));
        checkRefused(f, r, 400, before);
        CHECK(r.detail() == QStringLiteral("$.sessions must be an array"));
    }
    {
        INFO("unknown fields, in the batch and in a record");
        HttpResult r = f.upload(bytes(with(good, QStringLiteral("admin"), true)));
        checkRefused(f, r, 400, before);
        CHECK(r.detail() == QStringLiteral("$.admin is not a known field"));
        r = f.upload(bytes(with(good, QStringLiteral("sessions.0.isAdmin"), true)));
        checkRefused(f, r, 400, before);
        CHECK(r.detail() == QStringLiteral("$.sessions[0].isAdmin is not a known field"));
    }
    {
        INFO("not sent as JSON");
        const HttpResult r = httpRequest("POST", f.url(QStringLiteral("/api/v1/uploads")), bytes(good),
                                         {{"Content-Type", "text/plain"}, {"Authorization", "Bearer " + f.token.toUtf8()}});
        checkRefused(f, r, 415, before);
        CHECK(r.detail() == QStringLiteral("send the body as application/json"));
    }
    {
        INFO("an oversized body: refused on its Content-Length, before it is read");
        const QByteArray head = "POST /api/v1/uploads HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer "
                                + f.token.toUtf8() + "\r\nContent-Length: 5242880\r\n\r\n";
        const HttpResult r = rawRequest(f.server->port(), head);  // the body never comes: the answer must not wait for it
        checkRefused(f, r, 413, before);
        CHECK(r.detail() == QStringLiteral("the body has 5242880 bytes (Content-Length); at most 4194304 are accepted"));
        CHECK(r.header("Connection") == "close");
    }
    {
        INFO("an oversized body, sent in full");
        QJsonObject big = good;
        big.insert(QStringLiteral("appVersion"), QString(5 * 1024 * 1024, QLatin1Char('x')));
        const HttpResult r = f.upload(bytes(big));
        checkRefused(f, r, 413, before);
        CHECK(r.detail().startsWith(QStringLiteral("the body has ")));
        CHECK(r.detail().endsWith(QStringLiteral(" bytes (Content-Length); at most 4194304 are accepted")));
    }
    {
        INFO("a body without a length (chunked): refused from its headers, 411");
        QByteArray raw = "POST /api/v1/uploads HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer "
                         + f.token.toUtf8() + "\r\nTransfer-Encoding: chunked\r\n\r\n";
        const QByteArray chunk(1024 * 1024, 'x');
        for (int i = 0; i < 5; ++i)
            raw += QByteArray::number(chunk.size(), 16) + "\r\n" + chunk + "\r\n";
        raw += "0\r\n\r\n";
        const HttpResult r = rawRequest(f.server->port(), raw);
        checkRefused(f, r, 411, before);
        CHECK(r.detail() == QStringLiteral("Transfer-Encoding (chunked) is not accepted; send the body with Content-Length"));
    }
    {
        INFO("an oversized batch");
        const HttpResult r = f.upload(bytes(batchJson(f, protocol::MaxBatchRecords)));  // 500 contributions + 1 session
        checkRefused(f, r, 413, before);
        CHECK(r.detail() == QStringLiteral("the batch holds 501 records; at most 500 are allowed per batch; split it"));
    }
    {
        INFO("a missing, malformed or wrong token");
        HttpResult r = f.post(QStringLiteral("/api/v1/uploads"), bytes(good), {});
        checkRefused(f, r, 401, before);
        CHECK(r.detail() == QStringLiteral("this request has no Authorization header; enroll the device (samenspraak enroll) and send "
                                           "its token as 'Authorization: Bearer TOKEN'"));
        CHECK(r.header("WWW-Authenticate") == "Bearer realm=\"samenspraak\"");
        r = httpRequest("POST", f.url(QStringLiteral("/api/v1/uploads")), bytes(good),
                        {{"Content-Type", "application/json"}, {"Authorization", "Basic dXNlcjpwYXNz"}});
        checkRefused(f, r, 401, before);
        CHECK(r.detail() == QStringLiteral("the Authorization header must be 'Bearer TOKEN'"));
        for (const QString &wrong : {f.token.chopped(1) + QLatin1Char(f.token.endsWith(QLatin1Char('A')) ? 'B' : 'A'), Injection}) {
            r = f.post(QStringLiteral("/api/v1/uploads"), bytes(good), wrong);
            checkRefused(f, r, 401, before);
            CHECK(r.detail() == QStringLiteral("the token is not known to this server; enroll the device again with a new enrollment code from staff"));
            CHECK(r.header("WWW-Authenticate") == "Bearer realm=\"samenspraak\", error=\"invalid_token\"");
        }
        r = httpRequest("GET", f.url(QStringLiteral("/api/v1/contentpacks/current")));
        checkRefused(f, r, 401, before);
    }
    {
        INFO("SQL metacharacters in every structured string field: 400, nothing stored");
        const QList<std::pair<QString, QString>> fields{
            {QStringLiteral("deviceId"), QStringLiteral("$.deviceId %1 is not the device this token was issued to (%2)").arg(Injection, f.deviceId)},
            {QStringLiteral("appVersion"), QStringLiteral("$.appVersion must be 1..32 letters, digits, dots, dashes, pluses or tildes")},
            {QStringLiteral("contentVersion"), QStringLiteral("$.contentVersion must be 1..64 letters, digits, dots, dashes or underscores")},
            {QStringLiteral("sessions.0.id"), QStringLiteral("$.sessions[0].id must be a lowercase UUID")},
            {QStringLiteral("sessions.0.channel"), QStringLiteral("$.sessions[0].channel must be one of: kiosk, workshop, event, assisted, paper")},
            {QStringLiteral("sessions.0.contentVersion"), QStringLiteral("$.sessions[0].contentVersion must be 1..64 letters, digits, dots, dashes or underscores")},
            {QStringLiteral("sessions.0.language"), QStringLiteral("$.sessions[0].language must be one of: nl, en")},
            {QStringLiteral("sessions.0.startedAt"), QStringLiteral("$.sessions[0].startedAt must be an ISO 8601 time with offset, e.g. 2026-05-01T10:00:00.000+02:00")},
            {QStringLiteral("contributions.0.id"), QStringLiteral("$.contributions[0].id must be a lowercase UUID")},
            {QStringLiteral("contributions.0.sessionId"), QStringLiteral("$.contributions[0].sessionId must be a lowercase UUID")},
            {QStringLiteral("contributions.0.activityId"), QStringLiteral("$.contributions[0].activityId must be lowercase letters, digits and dashes (at most 63)")},
            {QStringLiteral("contributions.0.kind"), QStringLiteral("$.contributions[0].kind must be lowercase letters, digits and dashes (at most 63)")},
            {QStringLiteral("contributions.0.contentVersion"), QStringLiteral("$.contributions[0].contentVersion must be 1..64 letters, digits, dots, dashes or underscores")},
            {QStringLiteral("contributions.0.createdAt"), QStringLiteral("$.contributions[0].createdAt must be an ISO 8601 time with offset, e.g. 2026-05-01T10:00:00.000+02:00")},
            {QStringLiteral("contributions.0.supersedes"), QStringLiteral("$.contributions[0].supersedes must be a lowercase UUID")},
        };
        for (const auto &[field, detail] : fields) {
            INFO(field.toStdString());
            const HttpResult r = f.upload(bytes(with(good, field, Injection)));
            checkRefused(f, r, 400, before);
            CHECK(r.detail() == detail);
        }
        // The enrollment route and the token too.
        HttpResult r = f.post(QStringLiteral("/api/v1/enrollments"),
                              protocol::encode(protocol::EnrollmentRequest{Injection, protocol::newId(), QStringLiteral("0.1.0"), {}}), {});
        checkRefused(f, r, 400, before);
        CHECK(r.detail() == QStringLiteral("$.code is not an enrollment code (16 letters and digits, e.g. K7QM-3XRT-9WPA-HC2D)"));
        r = f.post(QStringLiteral("/api/v1/enrollments"),
                   protocol::encode(protocol::EnrollmentRequest{QStringLiteral("AAAA-BBBB-CCCC-DDDD"), Injection, QStringLiteral("0.1.0"), {}}), {});
        checkRefused(f, r, 400, before);
        CHECK(r.detail() == QStringLiteral("$.deviceId must be a lowercase UUID"));
    }
    {
        INFO("SQL metacharacters in payload strings: rejected against the content pack, per record, nothing stored");
        const QList<std::pair<QJsonObject, QString>> cases{
            {with(good, QStringLiteral("contributions.0.payload.picks"), QJsonArray{Injection}),
             QStringLiteral("payload does not fit activity 'waarden' of content version 2026.11.5: payload.picks has unknown value '%1'").arg(Injection)},
            {with(good, QStringLiteral("contributions.0.payload.") + Injection, 1),
             QStringLiteral("payload does not fit activity 'waarden' of content version 2026.11.5: payload.%1 is not a known field").arg(Injection)},
        };
        for (const auto &[batch, reason] : cases) {
            INFO(reason.toStdString());
            const HttpResult r = f.upload(bytes(batch));
            INFO(r.body.toStdString());
            CHECK(r.status == 200);
            const auto results = protocol::decodeResult(r.body);
            REQUIRE(results);
            const QString id = batch.value(QStringLiteral("contributions")).toArray().first().toObject().value(QStringLiteral("id")).toString();
            const auto it = std::find_if(results->results.begin(), results->results.end(), [&](const auto &x) { return x.id == id; });
            REQUIRE(it != results->results.end());
            CHECK(it->status == protocol::RecordStatus::Rejected);
            CHECK(it->reason == reason);
            // Its session is new and valid, so it is stored; no contribution is.
            CHECK(exportedContributions(f.db.spec()).size() == 1);
        }
    }
    before = f.snapshot();  // the blocks above stored what was valid in them
    {
        INFO("SQL metacharacters in free text are stored exactly, as text");
        QJsonObject batch = with(batchJson(f), QStringLiteral("sessions.0.workshop"), Injection);
        const protocol::SessionRecord s = session();
        protocol::ContributionRecord idea{protocol::newId(), s.id, QStringLiteral("kansen-en-zorgen"), QStringLiteral("ideas"), QStringLiteral("2026.11.5"),
                                          QJsonObject{{QStringLiteral("text"), Injection}, {QStringLiteral("ideaKind"), QStringLiteral("concern")},
                                                      {QStringLiteral("theme"), QStringLiteral("wonen")}},
                                          QStringLiteral("2026-05-01T10:02:00.000+02:00"), 2, QString()};
        QJsonArray sessions = batch.value(QStringLiteral("sessions")).toArray();
        sessions.append(protocol::toJson(s));
        QJsonArray contributions = batch.value(QStringLiteral("contributions")).toArray();
        contributions.append(protocol::toJson(idea));
        batch.insert(QStringLiteral("sessions"), sessions);
        batch.insert(QStringLiteral("contributions"), contributions);
        const HttpResult r = f.upload(bytes(batch));
        INFO(r.body.toStdString());
        REQUIRE(r.status == 200);
        const auto results = protocol::decodeResult(r.body);
        REQUIRE(results);
        CHECK(std::all_of(results->results.begin(), results->results.end(), [](const auto &x) { return x.status == protocol::RecordStatus::Stored; }));
        const QJsonArray exported = exportedContributions(f.db.spec());
        CHECK(exported.size() == 3);
        CHECK(std::any_of(exported.begin(), exported.end(), [&](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("payload")).toObject().value(QStringLiteral("text")).toString() == Injection;
        }));
        auto opened = server::ServerStore::open(f.db.spec());
        QSqlQuery q(opened.store->db());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sessions WHERE workshop = '''); DROP TABLE contributions;--'")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 1);
    }
    before = f.snapshot();  // the blocks above stored what was valid in them
    {
        INFO("a record's deviceId that is not the token's device");
        const HttpResult r = f.upload(bytes(with(good, QStringLiteral("deviceId"), protocol::newId())));
        checkRefused(f, r, 400, before);
        CHECK(r.json().value(QStringLiteral("invalidParams")).toArray().first().toObject().value(QStringLiteral("name")).toString()
              == QStringLiteral("$.deviceId"));
    }
    {
        INFO("a revoked token");
        const CommandResult revoked = serverCommand({QStringLiteral("devices"), QStringLiteral("revoke"), QStringLiteral("--db"), f.db.spec(), f.deviceId});
        REQUIRE(revoked.exitCode == 0);
        const QString afterRevoke = f.snapshot();
        CHECK(afterRevoke != before);
        for (const QString &path : {QStringLiteral("/api/v1/uploads"), QStringLiteral("/api/v1/contentpacks/current")}) {
            const HttpResult r = path.endsWith(QLatin1String("uploads")) ? f.upload(bytes(good))
                                                                         : httpRequest("GET", f.url(path), {}, jsonHeaders(f.token));
            checkRefused(f, r, 403, afterRevoke);
            CHECK(r.detail().startsWith(QStringLiteral("device %1 was revoked at ").arg(f.deviceId)));
            CHECK(r.detail().endsWith(QStringLiteral(" and may no longer send or fetch; ask the municipality to enroll it again")));
        }
    }
}

TEST_CASE("the rate limit answers 429 with Retry-After, per device", "[server][limits]")
{
    ApiFixture f(QStringLiteral("sqlite"), {QStringLiteral("--rate-limit"), QStringLiteral("0.001"), QStringLiteral("--rate-burst"), QStringLiteral("2")});
    const auto content = [&] { return httpRequest("GET", f.url(QStringLiteral("/api/v1/contentpacks/current")), {}, jsonHeaders(f.token)); };
    CHECK(content().status == 200);
    CHECK(content().status == 200);
    const HttpResult limited = content();
    INFO(limited.body.toStdString());
    CHECK(limited.status == 429);
    CHECK(limited.isProblem());
    // One token per 1000 s: the wait is up to 1000 s, less the time this test took so far.
    const int wait = limited.header("Retry-After").toInt();
    CHECK(wait > 0);
    CHECK(wait <= 1000);
    CHECK(limited.detail() == QStringLiteral("device %1 sends more than 0.001 requests per second; try again in %2 s").arg(f.deviceId).arg(wait));
    CHECK(limited.header("API-Version") == protocol::ApiVersion);
    // Another device has its own bucket.
    const QString code = makeEnrollmentCode(f.db.spec());
    const HttpResult other = f.post(QStringLiteral("/api/v1/enrollments"),
                                    protocol::encode(protocol::EnrollmentRequest{code, {}, QStringLiteral("0.1.0"), QStringLiteral("Tablet 2")}), {});
    REQUIRE(other.status == 201);
    CHECK(protocol::isUuid(other.json().value(QStringLiteral("deviceId")).toString()));  // the server made the id
    CHECK(httpRequest("GET", f.url(QStringLiteral("/api/v1/contentpacks/current")), {},
                      jsonHeaders(other.json().value(QStringLiteral("token")).toString())).status == 200);
}

TEST_CASE("wrong methods get 405 with Allow, unknown paths 404, both as problem+json", "[server]")
{
    ApiFixture f(QStringLiteral("sqlite"));
    HttpResult r = httpRequest("GET", f.url(QStringLiteral("/api/v1/uploads")));
    CHECK(r.status == 405);
    CHECK(r.isProblem());
    CHECK(r.header("Allow") == "POST");
    CHECK(r.detail() == QStringLiteral("/api/v1/uploads accepts only POST, not GET"));
    CHECK(r.header("API-Version") == protocol::ApiVersion);
    r = httpRequest("DELETE", f.url(QStringLiteral("/api/v1/contentpacks/current")));
    CHECK(r.status == 405);
    CHECK(r.header("Allow") == "GET");
    r = httpRequest("GET", f.url(QStringLiteral("/api/v1/contributions")));
    CHECK(r.status == 404);
    CHECK(r.isProblem());
    CHECK(r.detail() == QStringLiteral("no resource at /api/v1/contributions; see /api/v1/openapi.json"));
    CHECK(r.header("API-Version") == protocol::ApiVersion);
}

TEST_CASE("the content pack comes by ETag: 200, then 304", "[server][content]")
{
    ApiFixture f(QStringLiteral("sqlite"));
    const QByteArray pack = readFileBytes(QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json"));
    const QByteArray etag = '"' + QCryptographicHash::hash(pack, QCryptographicHash::Sha256).toHex() + '"';
    HttpResult r = httpRequest("GET", f.url(QStringLiteral("/api/v1/contentpacks/current")), {}, jsonHeaders(f.token));
    CHECK(r.status == 200);
    CHECK(r.body == pack);  // byte for byte as published
    CHECK(r.header("ETag") == etag);
    CHECK(r.header("API-Version") == protocol::ApiVersion);
    auto headers = jsonHeaders(f.token);
    headers.append({"If-None-Match", etag});
    r = httpRequest("GET", f.url(QStringLiteral("/api/v1/contentpacks/current")), {}, headers);
    CHECK(r.status == 304);
    CHECK(r.body.isEmpty());
    CHECK(r.header("ETag") == etag);
    CHECK(r.header("API-Version") == protocol::ApiVersion);
}

TEST_CASE("/metrics counts requests, records and devices in the Prometheus text format", "[server][metrics]")
{
    ApiFixture f(QStringLiteral("sqlite"));
    REQUIRE(f.upload(bytes(batchJson(f, 2))).status == 200);
    const QJsonObject again = batchJson(f);
    REQUIRE(f.upload(bytes(again)).status == 200);
    REQUIRE(f.upload(bytes(again)).status == 200);  // all duplicates
    REQUIRE(f.post(QStringLiteral("/api/v1/uploads"), bytes(again), {}).status == 401);
    REQUIRE(f.upload(bytes(with(again, QStringLiteral("contributions.0.payload.picks"), QJsonArray{QStringLiteral("geen")}))).status == 200);
    const HttpResult r = httpRequest("GET", f.url(QStringLiteral("/metrics")));
    REQUIRE(r.status == 200);
    CHECK(r.header("Content-Type") == "text/plain; version=0.0.4; charset=utf-8");
    const QString text = QString::fromUtf8(r.body);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("# TYPE samenspraak_http_requests_total counter\n")));
    CHECK(text.contains(QStringLiteral("samenspraak_http_requests_total{route=\"/api/v1/uploads\",method=\"POST\",status=\"200\"} 4\n")));
    CHECK(text.contains(QStringLiteral("samenspraak_http_requests_total{route=\"/api/v1/uploads\",method=\"POST\",status=\"401\"} 1\n")));
    CHECK(text.contains(QStringLiteral("samenspraak_http_requests_total{route=\"/api/v1/enrollments\",method=\"POST\",status=\"201\"} 1\n")));
    CHECK(text.contains(QStringLiteral("samenspraak_records_total{type=\"contribution\",status=\"stored\"} 3\n")));
    CHECK(text.contains(QStringLiteral("samenspraak_records_total{type=\"contribution\",status=\"duplicate\"} 1\n")));
    CHECK(text.contains(QStringLiteral("samenspraak_records_total{type=\"contribution\",status=\"rejected\"} 1\n")));
    CHECK(text.contains(QStringLiteral("samenspraak_records_total{type=\"session\",status=\"duplicate\"} 2\n")));
    CHECK(text.contains(QStringLiteral("samenspraak_contributions_stored 3\n")));
    CHECK(text.contains(QStringLiteral("samenspraak_conflicts_kept 0\n")));
    static const QRegularExpression lastSeen(QStringLiteral("\nsamenspraak_device_last_seen_timestamp_seconds\\{device=\"%1\",name=\"Test kiosk\"\\} (\\d+)\n").arg(f.deviceId));
    const auto m = lastSeen.match(text);
    REQUIRE(m.hasMatch());
    CHECK(qAbs(m.captured(1).toLongLong() - QDateTime::currentSecsSinceEpoch()) < 24 * 3600);
    CHECK(text.contains(QStringLiteral("samenspraak_device_revoked{device=\"%1\",name=\"Test kiosk\"} 0\n").arg(f.deviceId)));
}

TEST_CASE("/api/v1/openapi.json is the spec, and lists exactly the routes the server has", "[server][openapi]")
{
    ApiFixture f(QStringLiteral("sqlite"));
    const HttpResult r = httpRequest("GET", f.url(QStringLiteral("/api/v1/openapi.json")));
    REQUIRE(r.status == 200);
    CHECK(r.header("API-Version") == protocol::ApiVersion);
    QJsonParseError error;
    const QJsonObject spec = QJsonDocument::fromJson(r.body, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(spec.value(QStringLiteral("openapi")).toString().startsWith(QStringLiteral("3.0")));
    CHECK(spec.value(QStringLiteral("info")).toObject().value(QStringLiteral("version")).toString() == QLatin1String(protocol::ApiVersion));
    // Same bytes as the checked-in JSON (which a ctest keeps in step with openapi.yaml).
    CHECK(r.body == readFileBytes(QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/docs/api/openapi.json")));

    const QString basePath = QUrl(spec.value(QStringLiteral("servers")).toArray().first().toObject().value(QStringLiteral("url")).toString()).path();
    CHECK(basePath == QLatin1String(protocol::ApiBasePath));
    QSet<QString> documented, documentedForHubs;
    const QJsonObject paths = spec.value(QStringLiteral("paths")).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        const QJsonObject item = it.value().toObject();
        const QJsonArray servers = item.value(QStringLiteral("servers")).toArray();
        const QString prefix = servers.isEmpty() ? basePath
                                                 : QUrl(servers.first().toObject().value(QStringLiteral("url")).toString()).path();
        for (const QString &method : {QStringLiteral("get"), QStringLiteral("post"), QStringLiteral("put"), QStringLiteral("delete"), QStringLiteral("patch")})
            if (item.contains(method)) {
                // Tag "room": served by a room hub's RoomRoutes, not by the municipal server.
                const bool hubOnly = item.value(method).toObject().value(QStringLiteral("tags")).toArray().contains(QStringLiteral("room"));
                // A path parameter ({roomId}) is what the router spells <arg>.
                static const QRegularExpression parameter(QStringLiteral("\\{[^}]+\\}"));
                (hubOnly ? documentedForHubs : documented)
                    .insert(method.toUpper() + QLatin1Char(' ') + prefix + QString(it.key()).replace(parameter, QStringLiteral("<arg>")));
            }
    }
    const QStringList served = server::HttpApi::routes();
    CHECK(documented == QSet<QString>(served.begin(), served.end()));
    const QStringList servedByHubs = server::RoomRoutes::routes() + server::RoomControl::routes();
    CHECK(documentedForHubs == QSet<QString>(servedByHubs.begin(), servedByHubs.end()));
    // And the server really answers each documented route (not the 404 of an unknown path).
    for (const QString &route : std::as_const(documented)) {
        INFO(route.toStdString());
        const HttpResult answer = httpRequest(route.section(QLatin1Char(' '), 0, 0).toLatin1(), f.url(route.section(QLatin1Char(' '), 1)),
                                              "{}", jsonHeaders(f.token));
        CHECK(answer.status != 404);
        CHECK(answer.status != 405);
        CHECK(answer.header("API-Version") == protocol::ApiVersion);
    }
}

TEST_CASE("the server's own TLS: --tls-cert and --tls-key", "[server][tls]")
{
    QTemporaryDir dir;
    const QString cert = dir.filePath(QStringLiteral("cert.pem"));
    const QString key = dir.filePath(QStringLiteral("key.pem"));
    const CommandResult made = runCommand(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                                                      QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                                                                      QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                                                                      QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                                                                      QStringLiteral("subjectAltName=IP:127.0.0.1")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);

    QProcess server;
    server.start(QStringLiteral(SAMENSPRAAK_SERVER), {QStringLiteral("serve"), QStringLiteral("--db"), dir.filePath(QStringLiteral("s.db")),
                                                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--tls-cert"), cert,
                                                      QStringLiteral("--tls-key"), key});
    QString seen;
    static const QRegularExpression listening(QStringLiteral("listening on (https://127\\.0\\.0\\.1:\\d+)"));
    QRegularExpressionMatch m;
    while (!(m = listening.match(seen)).hasMatch() && server.waitForReadyRead(10'000))
        seen += QString::fromUtf8(server.readAllStandardOutput());
    INFO(seen.toStdString() << server.readAllStandardError().toStdString());
    REQUIRE(m.hasMatch());

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m.captured(1) + QStringLiteral("/healthz")));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromPath(cert));  // trust exactly this certificate
    request.setSslConfiguration(ssl);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    INFO(reply->errorString().toStdString());
    CHECK(reply->error() == QNetworkReply::NoError);
    CHECK(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200);
    CHECK(reply->readAll() == R"({"status":"ok"})");
    const QSsl::SslProtocol used = reply->sslConfiguration().sessionProtocol();
    CHECK((used == QSsl::TlsV1_2 || used == QSsl::TlsV1_3));
    reply->deleteLater();

    // Plain HTTP to the TLS port gets no HTTP answer.
    const HttpResult plain = rawRequest(QUrl(m.captured(1)).port(), "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 3000);
    CHECK(plain.status == 0);
    server.kill();
    server.waitForFinished();

    // A key that does not exist: one clear line, exit 1.
    const CommandResult missing = serverCommand({QStringLiteral("serve"), QStringLiteral("--db"), dir.filePath(QStringLiteral("s.db")), QStringLiteral("--tls-cert"),
                                                 cert, QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("nope.pem"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.startsWith(QStringLiteral("samenspraak-server: cannot read the private key %1: ").arg(dir.filePath(QStringLiteral("nope.pem")))));
}

TEST_CASE("a record the server cannot read is set aside on the device, the rest goes through", "[server][quarantine]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("server.db"));
    const QString device = dir.filePath(QStringLiteral("device"));
    ServerProcess server(db);
    REQUIRE(server.running());
    REQUIRE(enrollDevice(server, db, device));
    REQUIRE(app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("2"), QStringLiteral("--data-dir"), device}).exitCode == 0);
    // A workshop name longer than the protocol allows (120 characters): that session, and so its
    // answers, cannot be sent; the server points at it and the device keeps it aside.
    {
        auto opened = Store::open(device, CorruptionPolicy::Refuse);
        REQUIRE(opened.store->setSetting(QStringLiteral("workshop"), QString(130, QLatin1Char('w'))).code == StoreError::None);
    }
    REQUIRE(app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("1"), QStringLiteral("--data-dir"), device,
                 QStringLiteral("--seed"), QStringLiteral("9")}).exitCode == 0);
    auto opened = Store::open(device, CorruptionPolicy::Refuse);
    QSqlQuery q(opened.store->db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM contributions c JOIN sessions s ON s.id = c.session_id WHERE length(s.workshop) = 130")));
    REQUIRE(q.next());
    const int unreadable = q.value(0).toInt();
    REQUIRE(unreadable > 0);
    const int total = opened.store->contributionCount();
    opened = {};

    const CommandResult synced = app({QStringLiteral("sync"), QStringLiteral("--data-dir"), device});
    INFO(synced.out.toStdString() << synced.err.toStdString());
    CHECK(synced.exitCode == 0);
    CHECK(synced.out.contains(QStringLiteral(", pending 0, quarantined %1\n").arg(unreadable + 1)));  // its answers and the session
    CHECK(exportedContributions(db).size() == total - unreadable);
    auto after = Store::open(device, CorruptionPolicy::Refuse);
    QSqlQuery notes(after.store->db());
    REQUIRE(notes.exec(QStringLiteral("SELECT sync_note FROM sessions WHERE sync_state = 2")));
    REQUIRE(notes.next());
    static const QRegularExpression note(QStringLiteral("^rejected: \\$\\.sessions\\[\\d+\\]\\.workshop is longer than 120 characters$"));
    CHECK(note.match(notes.value(0).toString()).hasMatch());
    REQUIRE(notes.exec(QStringLiteral("SELECT count(*) FROM contributions WHERE sync_state = 2 AND sync_note LIKE 'rejected: its session was set aside: %'")));
    REQUIRE(notes.next());
    CHECK(notes.value(0).toInt() == unreadable);
}

TEST_CASE("a session belongs to the device that first sent it: another device's answers into it are rejected per record", "[server][sessions][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    ApiFixture f(backend);
    const protocol::SessionRecord s = session();
    const protocol::ContributionRecord mine = contribution(s.id);
    REQUIRE(f.upload(protocol::encode(protocol::UploadBatch{f.deviceId, QStringLiteral("0.1.0"), QStringLiteral("2026.11.2"), 2, {s}, {mine}})).status == 200);

    // Device B, enrolled the same way, files an answer into A's session: with the session, and without.
    const QString code = makeEnrollmentCode(f.db.spec());
    const QString other = protocol::newId();
    const HttpResult enrolled = f.post(QStringLiteral("/api/v1/enrollments"),
                                       protocol::encode(protocol::EnrollmentRequest{code, other, QStringLiteral("0.1.0"), {}}), {});
    REQUIRE(enrolled.status == 201);
    const QString otherToken = enrolled.json().value(QStringLiteral("token")).toString();
    const protocol::ContributionRecord intruder = contribution(s.id);
    const protocol::ContributionRecord alone = contribution(s.id);
    const protocol::SessionRecord own = session();
    const protocol::ContributionRecord fine = contribution(own.id);
    const HttpResult r = f.post(QStringLiteral("/api/v1/uploads"),
                                protocol::encode(protocol::UploadBatch{other, QStringLiteral("0.1.0"), QStringLiteral("2026.11.2"), 5, {s, own},
                                                                       {intruder, alone, fine}}),
                                otherToken);
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    const auto result = protocol::decodeResult(r.body);
    REQUIRE(result);
    const QString reason = QStringLiteral("session %1 belongs to another device; a device adds answers only to its own sessions").arg(s.id);
    QHash<QString, protocol::RecordResult> byId;
    for (const protocol::RecordResult &x : result->results)
        byId.insert(x.id, x);
    // A's session, sent again byte for byte, adds nothing: an identical resend is `duplicate`
    // whoever sends it. New answers into it are rejected.
    CHECK(byId.value(s.id).status == protocol::RecordStatus::Duplicate);
    CHECK(byId.value(intruder.id).status == protocol::RecordStatus::Rejected);
    CHECK(byId.value(intruder.id).reason == reason);
    CHECK(byId.value(alone.id).reason == reason);
    CHECK(byId.value(own.id).status == protocol::RecordStatus::Stored);
    CHECK(byId.value(fine.id).status == protocol::RecordStatus::Stored);
    // Only A's answer and B's own are stored; A's session is still A's.
    QSet<QString> stored;
    for (const QJsonValue &v : exportedContributions(f.db.spec()))
        stored.insert(v.toObject().value(QStringLiteral("id")).toString());
    CHECK(stored == QSet<QString>{mine.id, fine.id});
    // A can still add to its own session.
    const protocol::ContributionRecord later = contribution(s.id);
    const HttpResult again = f.upload(protocol::encode(protocol::UploadBatch{f.deviceId, QStringLiteral("0.1.0"), QStringLiteral("2026.11.2"), 1, {}, {later}}));
    CHECK(again.body.contains("\"status\":\"stored\""));
}

TEST_CASE("enrollment guessing: failed attempts are limited per address (429 with Retry-After), logged and counted", "[server][enroll][limits]")
{
    ApiFixture f(QStringLiteral("sqlite"), {QStringLiteral("--enroll-failures-per-minute"), QStringLiteral("5")});
    const QUrl enrollments = f.url(QStringLiteral("/api/v1/enrollments"));
    auto attempt = [&](const QString &code) {
        return httpRequest("POST", enrollments, protocol::encode(protocol::EnrollmentRequest{code, {}, QStringLiteral("0.1.0"), {}}), jsonHeaders());
    };
    // 5 wrong codes at once are answered 403; the 6th and every one after is 429, unread.
    int forbidden = 0, limited = 0;
    HttpResult last;
    for (int i = 0; i < 20; ++i) {
        last = attempt(QStringLiteral("AAAA-AAAA-AAAA-AAA%1").arg(i % 8 + 2));
        forbidden += last.status == 403;
        limited += last.status == 429;
    }
    CHECK(forbidden == 5);
    CHECK(limited == 15);
    CHECK(last.isProblem());
    const int wait = last.header("Retry-After").toInt();
    CHECK(wait >= 1);
    CHECK(wait <= 12);  // 5 per minute: one more in at most 12 s
    CHECK(last.detail() == QStringLiteral("too many failed enrollment attempts; try again in %1 s").arg(wait));
    // Even a right code waits: the guesser cannot tell.
    const QString good = makeEnrollmentCode(f.db.spec());
    CHECK(attempt(good).status == 429);
    const QString text = QString::fromUtf8(httpRequest("GET", f.url(QStringLiteral("/metrics"))).body);
    CHECK(text.contains(QStringLiteral("samenspraak_enrollment_failures_total{reason=\"unknown\"} 5\n")));
    CHECK(text.contains(QStringLiteral("samenspraak_enrollment_failures_total{reason=\"limited\"} 16\n")));
}

namespace {

// Three uploads in a row, each answered 503 with `detail` at the start of its reason, and none
// acknowledged.
void checkUploadsRefused(const ApiFixture &f, const QString &detail)
{
    for (int i = 0; i < 3; ++i) {
        const HttpResult r = f.upload(bytes(batchJson(f)));
        INFO(r.body.toStdString());
        CHECK(r.status == 503);
        CHECK(r.detail().startsWith(detail));
        CHECK_FALSE(r.body.contains("\"stored\""));
    }
}

} // namespace

TEST_CASE("the database directory deleted under the server: /healthz says 503 and uploads are refused, not acknowledged", "[server][health]")
{
    ApiFixture f(QStringLiteral("sqlite"));
    REQUIRE(httpRequest("GET", f.url(QStringLiteral("/healthz"))).status == 200);
    REQUIRE(f.upload(bytes(batchJson(f))).status == 200);
    REQUIRE(QDir(f.dir.path()).removeRecursively());  // rm -rf of the database directory
    const HttpResult health = httpRequest("GET", f.url(QStringLiteral("/healthz")));
    CHECK(health.status == 503);
    CHECK(health.isProblem());
    CHECK(health.detail() == QStringLiteral("the database file %1 was removed; restore it and restart the server").arg(f.db.spec()));
    checkUploadsRefused(f, QStringLiteral("the database file %1 was removed").arg(f.db.spec()));
}

TEST_CASE("the database file replaced under the server: /healthz says 503 and uploads are refused, not acknowledged", "[server][health]")
{
    ApiFixture f(QStringLiteral("sqlite"));
    REQUIRE(f.upload(bytes(batchJson(f))).status == 200);
    // A copy moved over the open file (as a careless restore would): the server still writes
    // to the old, unlinked file, which is gone at its next start.
    const QString copy = f.dir.filePath(QStringLiteral("copy.db"));
    REQUIRE(QFile::copy(f.db.spec(), copy));
    REQUIRE(::rename(QFile::encodeName(copy).constData(), QFile::encodeName(f.db.spec()).constData()) == 0);
    const HttpResult health = httpRequest("GET", f.url(QStringLiteral("/healthz")));
    CHECK(health.status == 503);
    CHECK(health.detail() == QStringLiteral("the database file %1 was replaced since the server opened it; restart the server").arg(f.db.spec()));
    checkUploadsRefused(f, QStringLiteral("the database file %1 was replaced").arg(f.db.spec()));
}

TEST_CASE("the database directory or file made read-only under a server running as its own user: 503, nothing acknowledged", "[server][health]")
{
    // Root is never refused a write, so the server runs as nobody, as it runs as its own user
    // in production (packaging/systemd/samenspraak-server.service).
    if (::geteuid() != 0) {
        WARN("SKIPPED: only root can start the server as another user here");
        return;
    }
    ApiFixture f(ServerProcess::User{65534, 65534});  // nobody:nogroup
    const QUrl health = f.url(QStringLiteral("/healthz"));
    REQUIRE(httpRequest("GET", health).status == 200);
    const HttpResult first = f.upload(bytes(batchJson(f)));
    REQUIRE(first.status == 200);
    REQUIRE(first.body.contains("\"stored\""));
    const QString before = f.snapshot();
    const QByteArray directory = QFile::encodeName(QFileInfo(f.db.spec()).absolutePath());
    const QByteArray file = QFile::encodeName(f.db.spec());
    // Read-only: the directory (SQLite can then no longer make its -wal and -shm at the next
    // start), or the database file itself. The open file would still take writes.
    for (const bool wholeDirectory : {true, false}) {
        INFO((wholeDirectory ? "the directory" : "the file"));
        REQUIRE(::chmod(wholeDirectory ? directory.constData() : file.constData(), wholeDirectory ? 0555 : 0444) == 0);
        const HttpResult unwell = httpRequest("GET", health);
        CHECK(unwell.status == 503);
        CHECK(unwell.isProblem());
        CHECK(unwell.detail() == QStringLiteral("the database %1 or its directory is read-only for the server's user").arg(f.db.spec()));
        checkUploadsRefused(f, unwell.detail());
        REQUIRE(::chmod(wholeDirectory ? directory.constData() : file.constData(), wholeDirectory ? 0755 : 0644) == 0);
    }
    CHECK(f.snapshot() == before);  // nothing of the refused batches was kept
    // Writable again: healthy, and uploads are acknowledged.
    CHECK(httpRequest("GET", health).status == 200);
    const HttpResult again = f.upload(bytes(batchJson(f)));
    CHECK(again.status == 200);
    CHECK(again.body.contains("\"stored\""));
}

TEST_CASE("the health probe really writes: each /healthz commits a row another connection sees", "[server][health]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    ApiFixture f(backend);
    auto probed = [&] {
        auto opened = server::ServerStore::open(f.db.spec());
        REQUIRE(opened.store);
        QSqlQuery q(opened.store->db());
        REQUIRE(q.exec(QStringLiteral("SELECT value FROM server_info WHERE key = 'health_checked_at'")));
        return q.next() ? q.value(0).toString() : QString();
    };
    REQUIRE(httpRequest("GET", f.url(QStringLiteral("/healthz"))).status == 200);
    const QString first = probed();
    CHECK_FALSE(first.isEmpty());
    QThread::msleep(5);
    REQUIRE(httpRequest("GET", f.url(QStringLiteral("/healthz"))).status == 200);
    CHECK(probed() > first);  // a rolled-back probe would leave nothing behind
}

TEST_CASE("PostgreSQL gone: /healthz says 503 and uploads are not acknowledged", "[server][health]")
{
    ApiFixture f(QStringLiteral("postgresql"));
    REQUIRE(httpRequest("GET", f.url(QStringLiteral("/healthz"))).status == 200);
    REQUIRE(f.upload(bytes(batchJson(f))).status == 200);
    REQUIRE(f.db.cluster());
    REQUIRE(f.db.cluster()->stop());
    const HttpResult health = httpRequest("GET", f.url(QStringLiteral("/healthz")));
    INFO(health.body.toStdString());
    CHECK(health.status == 503);
    CHECK(health.detail().startsWith(QStringLiteral("the database cannot be written")));
    const HttpResult r = f.upload(bytes(batchJson(f)));
    INFO(r.body.toStdString());
    CHECK(r.status >= 500);
    CHECK_FALSE(r.body.contains("\"stored\""));
}

// A disk of its own for the server (a size-limited tmpfs in a private mount namespace, which
// root may make where the kernel allows it), filled up under the running server. Where mount
// namespaces are not allowed (an unprivileged container), ctest reports the test as skipped
// (SKIP_REGULAR_EXPRESSION in tests/CMakeLists.txt).
TEST_CASE("the server's disk full: /healthz says 503 with the reason, and 200 again once there is room", "[server][health]")
{
    QTemporaryDir dir;
    const QString mountPoint = dir.filePath(QStringLiteral("disk"));
    if (!PrivateDisk::prepare(mountPoint)) {
        WARN(PrivateDisk::Unavailable);
        return;
    }
    const QString db = QDir(mountPoint).filePath(QStringLiteral("server.db"));
    ServerProcess server(db, PrivateDisk{mountPoint, 16});
    INFO(server.error().toStdString());
    REQUIRE(server.running());
    const QUrl health(server.url() + QStringLiteral("/healthz"));
    REQUIRE(httpRequest("GET", health).status == 200);

    // Full: 16 MiB, of which 12 taken by another file: less than the 8 MiB needed is free.
    const QString filler = QDir(mountPoint).filePath(QStringLiteral("filler"));
    const CommandResult fill = PrivateDisk::inMountNamespace(server.pid(), {QStringLiteral("fallocate"), QStringLiteral("-l"), QStringLiteral("12M"), filler});
    INFO(fill.err.toStdString());
    REQUIRE(fill.exitCode == 0);
    HttpResult r = httpRequest("GET", health);
    INFO(r.body.toStdString());
    CHECK(r.status == 503);
    CHECK(r.detail().startsWith(QStringLiteral("the disk holding the database %1 is full").arg(db)));
    REQUIRE(PrivateDisk::inMountNamespace(server.pid(), {QStringLiteral("rm"), filler}).exitCode == 0);
    CHECK(httpRequest("GET", health).status == 200);

    // Read-only is checked too (statvfs ST_RDONLY), but cannot be made under a running server
    // here: remounting read-only is refused while the database is open for writing.
}

TEST_CASE("device times far outside a plausible window are stored with a flag and reported per device", "[server][clock][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    ApiFixture f(backend);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    const QString before = QStringLiteral("before 2020"), ahead = QStringLiteral("more than a day ahead of the server");
    // The form devices send (UTC, ms) is compared as text, any other is parsed: both near the edges.
    const QList<std::pair<QString, QString>> implausible{
        {QStringLiteral("0001-01-01T00:00:00.000Z"), before},
        {QStringLiteral("1970-01-01T00:00:00.000Z"), before},
        {QStringLiteral("2099-06-01T12:00:00.000+02:00"), ahead},
        {QStringLiteral("9999-12-31T23:59:59.999Z"), ahead},
        {QStringLiteral("2019-12-31T23:59:59.999Z"), before},
        {QStringLiteral("2020-01-01T00:30:00.000+01:00"), before},
        {sent.addSecs(25 * 3600).toString(Qt::ISODateWithMs), ahead},
        {sent.addSecs(25 * 3600).toOffsetFromUtc(-3600).toString(Qt::ISODateWithMs), ahead},
    };
    const QStringList plausible{QStringLiteral("2020-01-01T00:00:00.000Z"), QStringLiteral("2019-12-31T23:59:59.999-01:00"),
                                sent.addSecs(23 * 3600).toString(Qt::ISODateWithMs),
                                sent.addSecs(23 * 3600).toOffsetFromUtc(7200).toString(Qt::ISODate),
                                QStringLiteral("2024-02-29T12:00:00Z"), now};
    QStringList times, expected;
    for (const auto &[t, flag] : implausible) {
        times << t;
        expected << t + QLatin1Char(' ') + flag;
    }
    for (const QString &t : plausible) {
        times << t;
        expected << t + QStringLiteral(" -");
    }
    protocol::SessionRecord s = session();
    s.startedAt = QStringLiteral("1970-01-01T00:00:00.000Z");
    QList<protocol::ContributionRecord> cs;
    for (const QString &t : std::as_const(times)) {
        cs.append(contribution(s.id));
        cs.last().createdAt = t;
        cs.last().deviceSeq = cs.size();
    }
    const HttpResult r = f.upload(protocol::encode(protocol::UploadBatch{f.deviceId, QStringLiteral("0.1.0"), QStringLiteral("2026.11.5"),
                                                                         int(cs.size()) + 1, {s}, cs}));
    INFO(r.body.toStdString());
    REQUIRE(r.status == 200);
    CHECK(r.body.count("\"stored\"") == cs.size() + 1);  // stored as sent, never refused for the clock

    auto opened = server::ServerStore::open(f.db.spec());
    REQUIRE(opened.store);
    QStringList flags;
    QSqlQuery q(opened.store->db());
    REQUIRE(q.exec(QStringLiteral("SELECT created_at, COALESCE(clock_flag, '-') FROM contributions ORDER BY device_seq")));
    while (q.next())
        flags << q.value(0).toString() + QStringLiteral(" ") + q.value(1).toString();
    CHECK(flags == expected);
    REQUIRE(q.exec(QStringLiteral("SELECT clock_flag FROM sessions")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("before 2020"));
    opened.store.reset();
    const int suspect = int(implausible.size()) + 1;  // and the session

    // Staff see it per device: `devices list` (text and JSON) and /metrics.
    const CommandResult listed = serverCommand({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--db"), f.db.spec(), QStringLiteral("--json")});
    REQUIRE(listed.exitCode == 0);
    bool found = false;
    for (const QJsonValue &d : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        if (d.toObject().value(QStringLiteral("id")).toString() == f.deviceId) {
            found = true;
            CHECK(d.toObject().value(QStringLiteral("clockSuspectRecords")).toInt() == suspect);
        }
    CHECK(found);
    const CommandResult text = serverCommand({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--db"), f.db.spec()});
    CHECK(text.out.contains(QStringLiteral("%1 suspect").arg(suspect)));
    const QString metrics = QString::fromUtf8(httpRequest("GET", f.url(QStringLiteral("/metrics"))).body);
    CHECK(metrics.contains(QStringLiteral("samenspraak_device_clock_suspect_records{device=\"%1\",name=\"Test kiosk\"} %2\n").arg(f.deviceId).arg(suspect)));
}
