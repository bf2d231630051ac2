// Group commit under concurrency (issue 9): many devices upload to one real server at once, so
// their uploads share transactions. Besides the devices running the app's own upload engine,
// one device sends every batch twice at once (duplicates), one sends changed records under ids
// it already sent (conflicts), and one keeps sending a malformed batch. The server is killed
// with SIGKILL twice in the middle and restarted. Afterwards:
// - every record an answer called `stored` or `duplicate` is on the server exactly once, with
//   the payload that was sent (nothing was acknowledged before it was durable);
// - every record called `conflict` is on the server with another payload, and kept aside;
// - nothing of the malformed batch is stored, and the devices batched with it got their answers;
// - every device running the upload engine has everything delivered, each record exactly once.

#include <catch2/catch.hpp>

#include "devices.h"
#include "exactlyonce.h"
#include "httpclient.h"
#include "pgcluster.h"
#include "serverstore.h"
#include "syncclient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <memory>
#include <random>

using namespace samenspraak;
using protocol::RecordStatus;

namespace {

// What answers claimed, per record id, with the payload the request carried.
struct Claims {
    struct Claim {
        RecordStatus status;
        QJsonObject payload;
    };
    QHash<QString, QList<Claim>> byId;
    int answers = 0;      // 200 answers read
    int malformed400 = 0; // 400 answers to the malformed batch
};

protocol::UploadBatch batchOf(const QString &deviceId, int contributions, int seq)
{
    protocol::SessionRecord s{protocol::newId(), QStringLiteral("kiosk"), QString(), QStringLiteral("2026.11.5"), QStringLiteral("nl"),
                              QStringLiteral("2026-05-01T10:00:00.000+02:00")};
    protocol::UploadBatch b{deviceId, QStringLiteral("0.1.0"), QStringLiteral("2026.11.5"), 0, {s}, {}};
    for (int i = 0; i < contributions; ++i)
        b.contributions.append({protocol::newId(), s.id, QStringLiteral("waarden"), QStringLiteral("values"), QStringLiteral("2026.11.5"),
                                QJsonObject{{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect")}},
                                            {QStringLiteral("n"), seq * 1000 + i}},
                                QStringLiteral("2026-05-01T10:01:00.000+02:00"), seq * 1000 + i + 1, QString()});
    return b;
}

// A device that talks HTTP itself: posts the bodies it is given, each until the server answers
// (a request cut off by a kill is sent again), and notes what each answer claims.
class RawDevice : public QObject {
public:
    RawDevice(const QString &url, const QString &token, Claims &claims) : m_claims(claims)
    {
        m_request.setUrl(QUrl(url + QStringLiteral("/api/v1/uploads")));
        m_request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        m_request.setRawHeader("API-Version", protocol::ApiVersion);
        m_request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        m_request.setTransferTimeout(30'000);
    }
    // Each step is a set of requests sent at once (on connections of their own), the next step
    // once all of them are answered.
    struct Request {
        QByteArray body;
        const protocol::UploadBatch *batch = nullptr;  // null: malformed, 400 expected
    };
    QList<QList<Request>> steps;
    bool done() const { return m_step >= steps.size(); }
    int unexpected = 0;  // answers that are neither 200 nor (malformed) 400, nor a transient failure
    QStringList problems;

    void start() { sendStep(); }

private:
    void sendStep()
    {
        if (done())
            return;
        m_open = int(steps[m_step].size());
        for (qsizetype i = 0; i < steps[m_step].size(); ++i)
            send(i);
    }
    void send(qsizetype i)
    {
        while (m_networks.size() <= i)
            m_networks.append(std::make_shared<QNetworkAccessManager>());
        const Request &r = steps[m_step][i];
        QNetworkReply *reply = m_networks[i]->post(m_request, r.body);
        connect(reply, &QNetworkReply::finished, this, [this, reply, i] {
            reply->deleteLater();
            const Request &r = steps[m_step][i];
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (status == 0 || status == 503 || reply->error() != QNetworkReply::NoError && status == 200) {
                QTimer::singleShot(50, this, [this, i] { send(i); });  // the server was killed: send it again
                return;
            }
            if (!r.batch) {
                if (status == 400)
                    ++m_claims.malformed400;
                else {
                    ++unexpected;
                    problems << QStringLiteral("malformed batch answered %1: %2").arg(status).arg(QString::fromUtf8(body));
                }
            } else if (status != 200) {
                ++unexpected;
                problems << QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body));
            } else if (const auto result = protocol::decodeResult(body)) {
                ++m_claims.answers;
                QHash<QString, QJsonObject> sent;
                for (const auto &c : r.batch->contributions)
                    sent.insert(c.id, c.payload);
                for (const protocol::RecordResult &rr : result->results)
                    if (rr.type == QLatin1String("contribution"))
                        m_claims.byId[rr.id].append({rr.status, sent.value(rr.id)});
            } else {
                ++unexpected;
                problems << QStringLiteral("an answer that does not decode: %1").arg(QString::fromUtf8(body));
            }
            if (--m_open == 0) {
                ++m_step;
                sendStep();
            }
        });
    }

    Claims &m_claims;
    QNetworkRequest m_request;
    QList<std::shared_ptr<QNetworkAccessManager>> m_networks;
    qsizetype m_step = 0;
    int m_open = 0;
};

} // namespace

TEST_CASE("group commit under concurrency: duplicates, conflicts, a malformed batch and two SIGKILLs: acknowledged means stored once",
          "[e2e][faults][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    QTemporaryDir dir;
    const auto devicesDir = deviceTempDir();
    REQUIRE(devicesDir->isValid());
    ServerDatabase serverDb(backend, dir.path());
    INFO(serverDb.error().toStdString());
    REQUIRE(serverDb.ok());
    const QString db = serverDb.spec();

    // Three devices that send for themselves, enrolled in the database before the server starts.
    QStringList tokens;
    QStringList rawIds;
    {
        auto opened = server::ServerStore::open(db);
        INFO(opened.error.toStdString());
        REQUIRE(opened.store);
        for (int i = 0; i < 3; ++i) {
            const auto code = opened.store->devices().createEnrollmentCode(QStringLiteral("raw %1").arg(i), 1);
            const auto e = opened.store->devices().redeemEnrollmentCode({code.code, protocol::newId(), QStringLiteral("0.1.0"), {}});
            REQUIRE(e.result == server::DeviceRegistry::Enrollment::Enrolled);
            rawIds << e.deviceId;
            tokens << e.token;
        }
    }
    // No rate limit: the engine devices send back to back, as after days offline.
    ServerProcess server(db, {QStringLiteral("--rate-limit"), QStringLiteral("0")});
    INFO(server.error().toStdString());
    REQUIRE(server.running());

    // Devices running the app's own upload engine, with real simulated participants.
    constexpr int EngineDevices = 6;
    QStringList dataDirs;
    int engineTotal = 0;
    for (int i = 0; i < EngineDevices; ++i) {
        const QString dataDir = devicesDir->filePath(QStringLiteral("device-%1").arg(i));
        const CommandResult simulated = app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("50"),
                                             QStringLiteral("--data-dir"), dataDir, QStringLiteral("--seed"), QString::number(100 + i)});
        INFO(simulated.err.toStdString());
        REQUIRE(simulated.exitCode == 0);
        QString error;
        INFO(error.toStdString());
        REQUIRE(enrollDevice(server, db, dataDir, &error));
        dataDirs << dataDir;
    }

    // The raw devices' requests: batches of 20 answers.
    Claims claims;
    QList<std::shared_ptr<protocol::UploadBatch>> batches;  // kept alive for the answers
    auto keep = [&](protocol::UploadBatch b) {
        batches.append(std::make_shared<protocol::UploadBatch>(std::move(b)));
        return batches.last().get();
    };
    RawDevice duplicates(server.url(), tokens[0], claims), conflicts(server.url(), tokens[1], claims), malformed(server.url(), tokens[2], claims);
    QStringList malformedIds;
    for (int step = 0; step < 12; ++step) {
        // The same batch twice at once: one is stored, the other a duplicate (in one group or not).
        const protocol::UploadBatch *b = keep(batchOf(rawIds[0], 20, step));
        duplicates.steps.append({{encode(*b), b}, {encode(*b), b}});
        // A batch, then the same ids with other payloads: conflicts, and the first payload stays.
        const protocol::UploadBatch *original = keep(batchOf(rawIds[1], 20, step));
        protocol::UploadBatch changedBatch = *original;
        for (auto &c : changedBatch.contributions)
            c.payload.insert(QStringLiteral("picks"), QJsonArray{QStringLiteral("noaberschap")});
        const protocol::UploadBatch *changed = keep(changedBatch);
        conflicts.steps.append({{encode(*original), original}});
        conflicts.steps.append({{encode(*changed), changed}});
        // A batch one record of which has no id: refused as a whole, nothing of it stored.
        const protocol::UploadBatch bad = batchOf(rawIds[2], 20, step);
        for (const auto &c : bad.contributions)
            malformedIds << c.id;
        QJsonObject body = QJsonDocument::fromJson(encode(bad)).object();
        QJsonArray contributions = body.value(QStringLiteral("contributions")).toArray();
        QJsonObject first = contributions.at(0).toObject();
        first.remove(QStringLiteral("id"));
        contributions.replace(0, first);
        body.insert(QStringLiteral("contributions"), contributions);
        malformed.steps.append({{QJsonDocument(body).toJson(QJsonDocument::Compact), nullptr}});
    }

    // Everyone at once.
    std::vector<std::unique_ptr<Store>> stores;
    QList<std::shared_ptr<QNetworkAccessManager>> networks;
    QList<std::shared_ptr<sync::SyncClient>> clients;
    int engineDone = 0, restarts = 0;
    QStringList engineProblems;
    for (const QString &dataDir : std::as_const(dataDirs)) {
        auto opened = Store::open(dataDir, CorruptionPolicy::Refuse);
        REQUIRE(opened.store);
        engineTotal += opened.store->contributionCount();
        stores.push_back(std::move(opened.store));
        Store &store = *stores.back();
        networks.append(std::make_shared<QNetworkAccessManager>());
        sync::SyncConfig config{QUrl(server.url()), store.deviceId(), store.deviceToken(), QStringLiteral("0.1.0"), QString()};
        config.batchSize = 40;  // many requests per device, so they meet in groups
        auto client = std::make_shared<sync::SyncClient>(store, config, networks.last().get());
        clients.append(client);
        QObject::connect(client.get(), &sync::SyncClient::finished, client.get(), [&, c = client.get()](const sync::SyncSummary &s) {
            if (s.failure == sync::FailureKind::None && s.pending == 0) {
                ++engineDone;
                return;
            }
            if (s.failure != sync::FailureKind::Transient || s.quarantined > 0 || s.conflicts > 0 || s.rejected > 0)
                engineProblems << s.error;
            ++restarts;
            QTimer::singleShot(50, c, [c] { c->start(); });  // as the app retries after a failure
        });
    }
    REQUIRE(engineTotal > EngineDevices * 100);

    // Two kills, when about a quarter and then two thirds of the engine devices' answers are in.
    ServerCount storedOnServer(db);
    const qint64 rawTotal = 12 * 20 * 2;
    const QList<qint64> killAt{(engineTotal + rawTotal) / 4, (engineTotal + rawTotal) * 2 / 3};
    int kills = 0;
    std::mt19937 rng(20261203);
    QEventLoop loop;
    QTimer watch;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&watch, &QTimer::timeout, &loop, [&] {
        if (kills < killAt.size() && storedOnServer() >= killAt[kills]) {
            server.kill();  // SIGKILL: in the middle of a group commit or of answering one
            ++kills;
            QThread::msleep(std::uniform_int_distribution<int>(0, 200)(rng));
            server.start();
        }
        const bool finished = engineDone == EngineDevices && duplicates.done() && conflicts.done() && malformed.done();
        if (finished || clock.elapsed() > 400'000)
            loop.quit();
    });
    watch.start(5);
    for (const auto &c : clients)
        c->start();
    duplicates.start();
    conflicts.start();
    malformed.start();
    loop.exec();
    INFO(server.error().toStdString());
    REQUIRE(server.running());
    const HttpResult metrics = httpRequest("GET", QUrl(server.url() + QStringLiteral("/metrics")));
    server.stop();
    stores.clear();  // compareArrival opens each store again
    clients.clear();

    INFO("kills " << kills << ", engine restarts " << restarts << ", engine problems: " << engineProblems.join(QLatin1String("; ")).toStdString()
                  << ", raw problems: " << (duplicates.problems + conflicts.problems + malformed.problems).join(QLatin1String("; ")).toStdString());
    REQUIRE(engineDone == EngineDevices);
    REQUIRE(duplicates.done());
    REQUIRE(conflicts.done());
    REQUIRE(malformed.done());
    CHECK(kills == 2);
    CHECK(engineProblems.isEmpty());
    CHECK(duplicates.unexpected + conflicts.unexpected + malformed.unexpected == 0);
    CHECK(claims.malformed400 == 12);

    // What the server holds, by id.
    const QJsonArray rows = exportedContributions(db);
    QHash<QString, QList<QJsonObject>> stored;
    for (const QJsonValue &v : rows)
        stored[v.toObject().value(QStringLiteral("id")).toString()].append(v.toObject().value(QStringLiteral("payload")).toObject());
    int acknowledged = 0, conflicted = 0, wrong = 0;
    QStringList wrongIds;
    for (auto it = claims.byId.cbegin(); it != claims.byId.cend(); ++it) {
        const QList<QJsonObject> there = stored.value(it.key());
        // Stored once: no two answers both stored the same record (a resend is `duplicate`).
        if (std::count_if(it.value().cbegin(), it.value().cend(), [](const Claims::Claim &c) { return c.status == RecordStatus::Stored; }) > 1) {
            ++wrong;
            wrongIds << it.key() + QStringLiteral(" (stored twice)");
        }
        for (const Claims::Claim &claim : it.value()) {
            const bool ok = claim.status == RecordStatus::Conflict ? there.size() == 1 && there.first() != claim.payload
                          : claim.status == RecordStatus::Stored || claim.status == RecordStatus::Duplicate
                              ? there.size() == 1 && there.first() == claim.payload
                              : false;
            (claim.status == RecordStatus::Conflict ? conflicted : acknowledged) += 1;
            if (!ok) {
                ++wrong;
                wrongIds << it.key();
            }
        }
    }
    INFO("claims checked: " << acknowledged << " acknowledged, " << conflicted << " conflicts; wrong: " << wrongIds.join(QLatin1Char(' ')).toStdString());
    CHECK(wrong == 0);
    CHECK(acknowledged >= 12 * 20 * 3);  // each duplicate-device batch twice, each conflict-device original once
    CHECK(conflicted >= 12 * 20 - 20);   // a changed batch may come first when a kill cut the original's answer
    for (const QString &id : std::as_const(malformedIds))
        CHECK_FALSE(stored.contains(id));

    // The engine devices: everything delivered, exactly once.
    for (const QString &dataDir : std::as_const(dataDirs)) {
        const Arrival arrival = compareArrival(dataDir, db);
        INFO(dataDir.toStdString() << ": " << arrival.describe());
        CHECK(arrival.missing.isEmpty());
        CHECK(arrival.duplicated.isEmpty());
        CHECK(arrival.pending == 0);
        CHECK(arrival.quarantined == 0);
    }
    // Every exported row once: the engine devices' records and the raw devices' stored ones.
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        CHECK(it.value().size() == 1);
    // The uploads really shared commits (since the last restart): more uploads than commits.
    auto counter = [&](const QByteArray &name) {
        for (const QByteArray &line : metrics.body.split('\n'))
            if (line.startsWith(name + ' '))
                return line.mid(name.size() + 1).toLongLong();
        return qint64(-1);
    };
    const qint64 commits = counter("samenspraak_upload_commits_total"), uploads = counter("samenspraak_uploads_committed_total");
    INFO(commits << " commits of " << uploads << " uploads since the last restart");
    CHECK(commits > 0);
    CHECK(uploads > commits);
}

TEST_CASE("clients that go away while their uploads wait for the group commit: the server stays up, a resend is answered duplicate",
          "[e2e][faults]")
{
    QTemporaryDir dir;
    const QString db = QDir(dir.path()).filePath(QStringLiteral("server.db"));
    QString deviceId, token;
    {
        auto opened = server::ServerStore::open(db);
        REQUIRE(opened.store);
        const auto code = opened.store->devices().createEnrollmentCode(QStringLiteral("leaving"), 1);
        const auto e = opened.store->devices().redeemEnrollmentCode({code.code, protocol::newId(), QStringLiteral("0.1.0"), {}});
        REQUIRE(e.result == server::DeviceRegistry::Enrollment::Enrolled);
        deviceId = e.deviceId;
        token = e.token;
    }
    ServerProcess server(db, {QStringLiteral("--rate-limit"), QStringLiteral("0")});
    INFO(server.error().toStdString());
    REQUIRE(server.running());
    const int port = QUrl(server.url()).port();

    // Thirty uploads sent at once, each connection closed the moment its last byte is written:
    // their answers find no socket to go to.
    constexpr int Clients = 30;
    QList<protocol::UploadBatch> batches;
    QList<std::shared_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < Clients; ++i) {
        batches.append(batchOf(deviceId, 20, i));
        const QByteArray body = encode(batches.last());
        auto socket = std::make_shared<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, quint16(port));
        REQUIRE(socket->waitForConnected(5000));
        socket->write("POST /api/v1/uploads HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAPI-Version: "
                      + QByteArray(protocol::ApiVersion) + "\r\nAuthorization: Bearer " + token.toUtf8()
                      + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        sockets.append(socket);
    }
    for (const auto &socket : std::as_const(sockets)) {
        while (socket->bytesToWrite() > 0 && socket->waitForBytesWritten(5000)) {
        }
        socket->abort();
    }
    QThread::msleep(300);

    // Still up, and every batch sent again is answered: stored, or duplicate for what the
    // departed clients' uploads had already stored.
    const HttpResult health = httpRequest("GET", QUrl(server.url() + QStringLiteral("/healthz")));
    CHECK(health.status == 200);
    int duplicates = 0;
    for (const protocol::UploadBatch &b : std::as_const(batches)) {
        const HttpResult r = httpRequest("POST", QUrl(server.url() + QStringLiteral("/api/v1/uploads")), encode(b), jsonHeaders(token));
        REQUIRE(r.status == 200);
        const auto result = protocol::decodeResult(r.body);
        REQUIRE(result);
        REQUIRE(result->results.size() == 21);
        for (const protocol::RecordResult &rr : result->results) {
            CHECK((rr.status == RecordStatus::Stored || rr.status == RecordStatus::Duplicate));
            duplicates += rr.status == RecordStatus::Duplicate;
        }
    }
    INFO(duplicates << " of " << Clients * 21 << " records were stored before their client left");
    CHECK(server.running());
    server.stop();
    CHECK(exportedContributions(db).size() == Clients * 20);
}
