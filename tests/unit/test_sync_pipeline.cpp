// The sync client with several batches in flight (SyncConfig::window), against a server whose
// answers the test releases one by one, in any order: answered, failed with 503, or cut off
// after the server stored the batch. What must hold: every batch carries the sessions of its
// answers (the server may store a later batch first), nothing is sent twice at once, the device
// marks as delivered only what the server acknowledged, and after the resend the server holds
// each record exactly once. And, with the real server behind the held uploads, the device
// registry keeps the newest device report whatever order the batches are committed in.

#include <catch2/catch.hpp>

#include "appcontext.h"
#include "serverhost.h"
#include "serverstore.h"
#include "simulateddevice.h"
#include "store.h"
#include "syncclient.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QNetworkReply>
#include <QPointer>
#include <QSet>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

using namespace samenspraak;
using namespace samenspraak::protocol;

namespace {

// Runs the event loop until `done` or 10 s passed; returns `done()`.
template <typename Done>
bool waitFor(Done done, int ms = 10'000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < ms) {
        QEventLoop loop;
        QTimer::singleShot(5, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return done();
}

// An HTTP/1.1 server that holds every upload until the test says what to do with it. It
// settles records like the real server: the first copy of an id is stored, an identical copy
// `duplicate`, and an answer whose session it does not hold yet is `rejected` (the protocol's
// rule: the session travels in the same batch).
class HeldServer {
public:
    struct Upload {
        QPointer<QTcpSocket> socket;
        UploadBatch batch;
        QList<std::pair<QByteArray, QByteArray>> headers;  // as the device sent them
        QByteArray body;
    };
    QList<Upload> held;           // in the order they arrived
    bool answerAtOnce = false;    // answer each upload as it arrives
    QHash<QString, QByteArray> stored;  // id → canonical form
    QHash<QString, int> timesStored;    // must stay 1 for every id
    QStringList withoutSession;         // answers that came before their session
    int requests = 0;

    HeldServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] { read(socket); });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    // Stores the upload and answers it with a result per record.
    void answer(const Upload &upload) { reply(upload.socket, 200, encode(settle(upload.batch))); }
    // Answers 503 from the server itself without storing anything (a commit that failed).
    void fail(const Upload &upload)
    {
        reply(upload.socket, 503, QByteArrayLiteral(R"({"title":"Unavailable","status":503,"detail":"commit failed"})"));
    }
    // Hands the upload, as the device sent it, to a real server at `upstream` and its answer back
    // to the device; true once the server answered (so it committed the batch, or failed it).
    // Without `toDevice` the answer goes nowhere (a copy of a request the device sent once).
    bool forward(const Upload &upload, const QUrl &upstream, bool toDevice = true)
    {
        QNetworkRequest request(upstream.resolved(QUrl(QStringLiteral("/api/v1/uploads"))));
        for (const auto &[name, value] : upload.headers)
            if (name != "host" && name != "content-length" && name != "connection")
                request.setRawHeader(name, value);
        QNetworkReply *answer = m_upstream.post(request, upload.body);
        const bool answered = waitFor([&] { return answer->isFinished(); });
        const int status = answer->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = answer->readAll();
        if (upload.socket && toDevice)
            upload.socket->write(QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + " Answer\r\nContent-Type: "
                                 + answer->rawHeader("Content-Type") + "\r\nAPI-Version: " + answer->rawHeader("API-Version") + "\r\n"
                                 + ServerEpochHeader + ": " + answer->rawHeader(ServerEpochHeader) + "\r\nContent-Length: "
                                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        answer->deleteLater();
        return answered && status != 0;
    }
    // Stores the upload, then the connection breaks in the middle of the answer: the hard case.
    void cutOff(const Upload &upload)
    {
        const QByteArray body = encode(settle(upload.batch));
        if (!upload.socket)
            return;
        upload.socket->write(head(200, body.size()) + body.left(body.size() / 2));
        upload.socket->flush();
        upload.socket->abort();
    }

private:
    static QByteArray head(int status, qsizetype length)
    {
        return QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(status) + (status == 200 ? " OK" : " Service Unavailable")
               + "\r\nContent-Type: " + (status == 200 ? "application/json" : "application/problem+json") + "\r\nAPI-Version: "
               + QByteArray(ApiVersion) + "\r\nContent-Length: " + QByteArray::number(length) + "\r\n\r\n";
    }
    static void reply(QTcpSocket *socket, int status, const QByteArray &body)
    {
        if (socket)
            socket->write(head(status, body.size()) + body);
    }

    UploadResult settle(const UploadBatch &batch)
    {
        UploadResult result;
        auto put = [&](const QString &type, const QString &id, const QByteArray &canonicalBytes) {
            const auto known = stored.constFind(id);
            if (known == stored.constEnd()) {
                stored.insert(id, canonicalBytes);
                ++timesStored[id];
                result.results.append({type, id, RecordStatus::Stored, {}});
            } else {
                result.results.append({type, id, *known == canonicalBytes ? RecordStatus::Duplicate : RecordStatus::Conflict, {}});
            }
        };
        for (const SessionRecord &s : batch.sessions)
            put(QStringLiteral("session"), s.id, canonical(s));
        for (const ContributionRecord &c : batch.contributions) {
            if (!stored.contains(c.sessionId)) {
                withoutSession << c.id;
                result.results.append({QStringLiteral("contribution"), c.id, RecordStatus::Rejected, QStringLiteral("unknown session")});
                continue;
            }
            put(QStringLiteral("contribution"), c.id, canonical(c));
        }
        return result;
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &in = m_buffers[socket];
        in += socket->readAll();
        const qsizetype end = in.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        QList<std::pair<QByteArray, QByteArray>> headers;
        for (const QByteArray &line : in.left(end).split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (in.size() < end + 4 + length)
            return;
        const QByteArray body = in.mid(end + 4, length);
        in.remove(0, end + 4 + length);
        ++requests;
        const DecodedBatch decoded = decodeBatch(body);
        const Upload upload{socket, decoded.batch, headers, body};
        if (answerAtOnce)
            answer(upload);
        else
            held.append(upload);
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QNetworkAccessManager m_upstream;
};

std::unique_ptr<SimulatedDevice> deviceWithParticipants(int participants)
{
    return simulatedDevice(participants, 7);
}

void processEventsFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

int syncState(Store &store, const QString &id)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("SELECT sync_state FROM contributions WHERE id = ? UNION ALL SELECT sync_state FROM sessions WHERE id = ?"));
    q.addBindValue(id);
    q.addBindValue(id);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

// The records of a batch in the given sync state (0 pending, 1 acknowledged), of all it holds.
int inState(Store &store, const UploadBatch &batch, int state)
{
    int n = 0;
    for (const ContributionRecord &c : batch.contributions)
        n += syncState(store, c.id) == state;
    return n;
}

// Ids of sessions and contributions WHERE `condition`.
QStringList recordsWhere(Store &store, const QString &condition)
{
    QStringList ids;
    QSqlQuery q(store.db());
    if (q.exec(QStringLiteral("SELECT id FROM sessions WHERE %1 UNION ALL SELECT id FROM contributions WHERE %1").arg(condition)))
        while (q.next())
            ids << q.value(0).toString();
    return ids;
}

QStringList acknowledgedOnDevice(Store &store) { return recordsWhere(store, QStringLiteral("sync_state = 1")); }
QStringList everyRecord(Store &store) { return recordsWhere(store, QStringLiteral("1")); }

// Checks the batches in flight: each carries the session of every answer it holds, and no
// answer is in two of them.
void checkInFlight(const QList<HeldServer::Upload> &held)
{
    QSet<QString> seen;
    for (const HeldServer::Upload &u : held) {
        QSet<QString> sessions;
        for (const SessionRecord &s : u.batch.sessions)
            sessions.insert(s.id);
        for (const ContributionRecord &c : u.batch.contributions) {
            INFO("contribution " << c.id.toStdString());
            CHECK(sessions.contains(c.sessionId));
            CHECK_FALSE(seen.contains(c.id));
            seen.insert(c.id);
        }
    }
}

sync::SyncConfig pipelined(Store &store, const QUrl &server)
{
    sync::SyncConfig config{server, store.deviceId(), {}, QStringLiteral("test"), QStringLiteral("test")};
    config.batchSize = 40;
    config.window = 3;
    config.timeoutMs = 20'000;
    return config;
}

void checkExactlyOnce(Store &store, const HeldServer &server)
{
    CHECK(server.withoutSession.isEmpty());
    const QStringList all = everyRecord(store);
    CHECK(int(server.stored.size()) == int(all.size()));
    for (const QString &id : all) {
        INFO(id.toStdString());
        CHECK(server.timesStored.value(id) == 1);
    }
    CHECK(store.pendingCount() == 0);
    CHECK(acknowledgedOnDevice(store).size() == all.size());
}

} // namespace

TEST_CASE("sync pipeline: answers out of order, one batch failing with 503 while the next succeeded, then the resend", "[sync][pipeline]")
{
    auto device = deviceWithParticipants(40);  // about 300 records: several batches of 40
    Store &store = device->store();
    HeldServer server;
    QNetworkAccessManager network;
    sync::SyncClient client(store, pipelined(store, server.url()), &network);
    std::optional<sync::SyncSummary> summary;
    QObject::connect(&client, &sync::SyncClient::finished, [&](const sync::SyncSummary &s) { summary = s; });
    client.start();

    // The window fills: three batches in flight, and no fourth before an answer.
    REQUIRE(waitFor([&] { return server.held.size() == 3; }));
    processEventsFor(200);
    REQUIRE(server.held.size() == 3);
    checkInFlight(server.held);
    const QList<HeldServer::Upload> first = std::exchange(server.held, {});
    // A participant's answers span two batches: the later one carries the session again.
    QHash<QString, int> batchesWithSession;
    for (const HeldServer::Upload &u : first)
        for (const SessionRecord &s : u.batch.sessions)
            ++batchesWithSession[s.id];
    CHECK(std::any_of(batchesWithSession.cbegin(), batchesWithSession.cend(), [](int n) { return n > 1; }));

    // The third is answered first: its answers are stored although the first two are not (it
    // carries their sessions), and the device records them.
    server.answer(first.at(2));
    REQUIRE(waitFor([&] { return inState(store, first.at(2).batch, 1) == int(first.at(2).batch.contributions.size()); }));
    // The second fails: nothing more is sent until the first is back, and the failed batch stays pending.
    server.fail(first.at(1));
    processEventsFor(300);
    CHECK(server.held.size() <= 1);  // at most the batch the third's answer made room for
    CHECK(inState(store, first.at(1).batch, 0) == int(first.at(1).batch.contributions.size()));
    CHECK(inState(store, first.at(0).batch, 0) == int(first.at(0).batch.contributions.size()));
    for (const QString &id : acknowledgedOnDevice(store))
        CHECK(server.stored.contains(id));
    const qsizetype heldAfterFailure = server.held.size();
    processEventsFor(200);
    CHECK(server.held.size() == heldAfterFailure);

    // The first comes back: every answer the server gave is on the device, then the client
    // goes on with what failed (a 503 from the server: narrowed down, one batch at a time).
    server.answer(first.at(0));
    REQUIRE(waitFor([&] { return inState(store, first.at(0).batch, 1) == int(first.at(0).batch.contributions.size()); }));
    for (const QString &id : acknowledgedOnDevice(store))
        CHECK(server.stored.contains(id));
    server.answerAtOnce = true;
    for (const HeldServer::Upload &u : std::exchange(server.held, {}))
        server.answer(u);
    REQUIRE(waitFor([&] { return summary.has_value(); }));
    CHECK(summary->failure == sync::FailureKind::None);
    CHECK(summary->pending == 0);
    CHECK(summary->rejected == 0);
    checkExactlyOnce(store, server);
}

TEST_CASE("sync pipeline: a batch's answer cut off after the server stored it while the next succeeded: resent as duplicate", "[sync][pipeline]")
{
    auto device = deviceWithParticipants(40);
    Store &store = device->store();
    HeldServer server;
    QNetworkAccessManager network;
    sync::SyncClient client(store, pipelined(store, server.url()), &network);
    std::optional<sync::SyncSummary> summary;
    QObject::connect(&client, &sync::SyncClient::finished, [&](const sync::SyncSummary &s) { summary = s; });
    client.start();

    REQUIRE(waitFor([&] { return server.held.size() == 3; }));
    checkInFlight(server.held);
    const QList<HeldServer::Upload> first = std::exchange(server.held, {});
    server.answer(first.at(1));
    server.cutOff(first.at(0));  // stored on the server, but the device never hears it
    server.answer(first.at(2));
    // What the client sent after the answers that came, before it heard of the cut: the server fails it.
    QList<HeldServer::Upload> later;
    while (!summary) {
        REQUIRE(waitFor([&] { return summary.has_value() || !server.held.isEmpty(); }));
        for (const HeldServer::Upload &u : std::exchange(server.held, {})) {
            later << u;
            server.fail(u);
        }
    }
    // The run ends on the broken connection, once nothing else is in flight.
    CHECK(summary->failure == sync::FailureKind::Transient);
    CHECK(inState(store, first.at(0).batch, 0) == int(first.at(0).batch.contributions.size()));
    CHECK(inState(store, first.at(1).batch, 1) == int(first.at(1).batch.contributions.size()));
    CHECK(inState(store, first.at(2).batch, 1) == int(first.at(2).batch.contributions.size()));
    for (const HeldServer::Upload &u : later)
        CHECK(inState(store, u.batch, 0) == int(u.batch.contributions.size()));
    for (const QString &id : acknowledgedOnDevice(store))
        CHECK(server.stored.contains(id));

    // Sent again: the cut-off batch is `duplicate`, the rest stored, each record once.
    server.answerAtOnce = true;
    summary.reset();
    client.start();
    REQUIRE(waitFor([&] { return summary.has_value(); }));
    CHECK(summary->failure == sync::FailureKind::None);
    CHECK(summary->pending == 0);
    checkExactlyOnce(store, server);
}

TEST_CASE("sync pipeline: every batch numbers its device report higher than every batch before it, across runs", "[sync][pipeline][registry]")
{
    auto device = deviceWithParticipants(40);
    Store &store = device->store();
    HeldServer server;
    QNetworkAccessManager network;
    // The number of each batch, by the device sequence of its first answer: the client makes
    // its batches from the oldest pending answers on, so a later batch holds later answers.
    std::map<qint64, qint64> numbers;
    auto collect = [&] {
        for (const HeldServer::Upload &u : std::exchange(server.held, {})) {
            const auto header = std::find_if(u.headers.cbegin(), u.headers.cend(), [](const auto &h) { return h.first == "report-sequence"; });
            REQUIRE(header != u.headers.cend());
            const auto number = parseReportSequence(header->second);
            REQUIRE(number);
            REQUIRE_FALSE(u.batch.contributions.isEmpty());
            numbers[u.batch.contributions.first().deviceSeq] = *number;
            server.answer(u);
        }
    };
    for (int run = 0; run < 2; ++run) {
        if (run == 1)
            REQUIRE(simulateParticipants(*device->context, 20, 3).error.isEmpty());
        sync::SyncClient client(store, pipelined(store, server.url()), &network);
        std::optional<sync::SyncSummary> summary;
        QObject::connect(&client, &sync::SyncClient::finished, [&](const sync::SyncSummary &s) { summary = s; });
        client.start();
        while (!summary) {
            REQUIRE(waitFor([&] { return !server.held.isEmpty() || summary.has_value(); }));
            processEventsFor(20);
            collect();
        }
        CHECK(summary->failure == sync::FailureKind::None);
    }
    REQUIRE(numbers.size() > 6);
    qint64 last = 0;
    for (const auto &[deviceSeq, number] : numbers) {
        INFO("batch from answer " << deviceSeq);
        CHECK(number > last);
        last = number;
    }
    checkExactlyOnce(store, server);
}

TEST_CASE("sync pipeline: a window of 1 sends one batch at a time", "[sync][pipeline]")
{
    auto device = deviceWithParticipants(20);
    Store &store = device->store();
    HeldServer server;
    QNetworkAccessManager network;
    sync::SyncConfig config = pipelined(store, server.url());
    config.window = 1;
    sync::SyncClient client(store, config, &network);
    std::optional<sync::SyncSummary> summary;
    QObject::connect(&client, &sync::SyncClient::finished, [&](const sync::SyncSummary &s) { summary = s; });
    client.start();
    int batches = 0;
    while (!summary) {
        REQUIRE(waitFor([&] { return !server.held.isEmpty() || summary.has_value(); }));
        if (summary)
            break;
        processEventsFor(20);
        CHECK(server.held.size() == 1);
        ++batches;
        for (const HeldServer::Upload &u : std::exchange(server.held, {}))
            server.answer(u);
    }
    CHECK(batches > 2);
    CHECK(summary->failure == sync::FailureKind::None);
    checkExactlyOnce(store, server);
}

namespace {

// A real server in-process (SQLite) with the device enrolled; the held server forwards to it.
struct RealServer {
    QTemporaryDir dir;
    server::ServerHost host;
    QString token;

    explicit RealServer(const QString &deviceId)
    {
        server::HostOptions options;
        options.database = dir.filePath(QStringLiteral("server.db"));
        const auto started = host.start(options);
        INFO(started.error.toStdString());
        REQUIRE(started.ok());
        const auto code = host.store()->devices().createEnrollmentCode(QStringLiteral("Test kiosk"), 1);
        REQUIRE(code.error.isEmpty());
        const auto enrolled = host.store()->devices().redeemEnrollmentCode({code.code, deviceId, QStringLiteral("test"), {}});
        REQUIRE(enrolled.result == server::DeviceRegistry::Enrollment::Enrolled);
        token = enrolled.token;
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(host.port())); }
    // What the device registry says is still pending on the device (-1: not registered).
    qint64 pendingReported(const QString &deviceId)
    {
        for (const server::DeviceInfo &d : host.store()->devices().list())
            if (d.id == deviceId)
                return d.pendingReported;
        return -1;
    }
};

} // namespace

TEST_CASE("sync pipeline: batches committed in the reverse order they were sent: the registry keeps the newest device report",
          "[sync][pipeline][registry]")
{
    auto device = deviceWithParticipants(20);
    Store &store = device->store();
    RealServer real(store.deviceId());
    HeldServer held;
    QNetworkAccessManager network;
    sync::SyncConfig config = pipelined(store, held.url());
    config.token = real.token;
    // Exactly three batches, all in flight at once.
    config.batchSize = (store.contributionCount() + 2) / 3;
    sync::SyncClient client(store, config, &network);
    std::optional<sync::SyncSummary> summary;
    QObject::connect(&client, &sync::SyncClient::finished, [&](const sync::SyncSummary &s) { summary = s; });
    client.start();
    REQUIRE(waitFor([&] { return held.held.size() == 3; }));
    processEventsFor(200);
    REQUIRE(held.held.size() == 3);
    const QList<HeldServer::Upload> batches = std::exchange(held.held, {});

    // The server commits the last batch sent first and the first one last: the first one's
    // report (what was pending before the other two were sent) reaches it last.
    for (int i = 2; i >= 0; --i) {
        INFO("batch " << i);
        REQUIRE(held.forward(batches.at(i), real.url()));
    }
    REQUIRE(waitFor([&] { return summary.has_value(); }));
    CHECK(summary->failure == sync::FailureKind::None);
    CHECK(summary->pending == 0);
    CHECK(held.held.isEmpty());
    CHECK(store.pendingCount() == 0);
    CHECK(real.host.store()->ingest().contributionCount() == store.contributionCount());
    CHECK(real.pendingReported(store.deviceId()) == 0);

    // A copy of the first request reaches the server once more, after everything (a proxy that
    // sends it again): the records are duplicates, and the report in it is old.
    REQUIRE(held.forward(batches.at(0), real.url(), false));
    CHECK(real.host.store()->ingest().contributionCount() == store.contributionCount());
    CHECK(real.pendingReported(store.deviceId()) == 0);
}
