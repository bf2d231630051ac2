// The server as a library: a ServerHost started in-process (as the app's room hub will), with a
// route group added next to the built-in API, over real HTTP on loopback. Plus what the results
// engine reads from the server store, on SQLite and PostgreSQL.

#include <catch2/catch.hpp>

#include "httpapi.h"
#include "httpclient.h"
#include "pgcluster.h"
#include "protocol.h"
#include "results.h"
#include "serverhost.h"
#include "serverstore.h"

#include <QJsonArray>
#include <QTcpServer>
#include <QTemporaryDir>

using namespace samenspraak;
using namespace samenspraak::server;

namespace {

// What the room hub will look like to the API: a group of routes under /api/v1/rooms.
class RoomRoutes : public RouteGroup {
public:
    int added = 0;  // how often addRoutes ran

    void addRoutes(ApiRouter &router) override
    {
        ++added;
        router.addRoute(QStringLiteral("/api/v1/rooms/ping"), ApiRouter::Method::Get, [](const QHttpServerRequest &, const QStringList &) {
            return QHttpServerResponse(QByteArrayLiteral("application/json"), QByteArrayLiteral(R"({"pong":true})"));
        });
        // Two methods on one path with a placeholder.
        const QString echo = QStringLiteral("/api/v1/rooms/<arg>/echo");
        router.addRoute(echo, ApiRouter::Method::Get, [](const QHttpServerRequest &, const QStringList &arguments) {
            return QHttpServerResponse(QByteArrayLiteral("text/plain"), arguments.join(QLatin1Char('|')).toUtf8());
        });
        router.addRoute(echo, ApiRouter::Method::Post, [](const QHttpServerRequest &request, const QStringList &arguments) {
            return QHttpServerResponse(QByteArrayLiteral("text/plain"), arguments.value(0).toUtf8() + ':' + request.body());
        });
        // Device routes check the token as the built-in ones do.
        router.addRoute(QStringLiteral("/api/v1/rooms/whoami"), ApiRouter::Method::Get, [&router](const QHttpServerRequest &request, const QStringList &) {
            QString deviceId;
            if (auto refused = router.authenticateDevice(request, &deviceId))
                return std::move(*refused);
            return QHttpServerResponse(QByteArrayLiteral("text/plain"), deviceId.toUtf8());
        });
    }
};

QUrl url(quint16 port, const QString &path)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
}

bool portIsFree(quint16 port)
{
    QTcpServer probe;
    const bool free = probe.listen(QHostAddress::LocalHost, port);
    probe.close();
    return free;
}

} // namespace

TEST_CASE("a server host in-process: the API and an added route group, stopped and started again", "[server][host]")
{
    QTemporaryDir dir;
    RoomRoutes rooms;
    ServerHost host;
    host.addRoutes(rooms);
    CHECK_FALSE(host.isRunning());
    CHECK(host.api() == nullptr);

    HostOptions options;
    options.database = dir.filePath(QStringLiteral("hub.db"));
    options.address = QHostAddress::LocalHost;
    options.port = 0;
    const ServerHost::Started started = host.start(options);
    INFO(started.error.toStdString());
    REQUIRE(started.ok());
    const quint16 port = started.port;
    CHECK(host.port() == port);
    REQUIRE(host.isRunning());
    REQUIRE(host.api());
    REQUIRE(host.store());
    CHECK(rooms.added == 1);
    CHECK_FALSE(host.tls());

    // The route group's routes are reported apart from the built-in API (the OpenAPI test
    // compares the latter with the spec).
    CHECK(host.api()->addedRoutes()
          == QStringList{QStringLiteral("GET /api/v1/rooms/ping"), QStringLiteral("GET /api/v1/rooms/<arg>/echo"),
                         QStringLiteral("POST /api/v1/rooms/<arg>/echo"), QStringLiteral("GET /api/v1/rooms/whoami")});
    CHECK_FALSE(HttpApi::routes().join(QLatin1Char(' ')).contains(QStringLiteral("rooms")));

    {
        INFO("the built-in API answers");
        const HttpResult health = httpRequest("GET", url(port, QStringLiteral("/healthz")));
        INFO(health.networkError.toStdString());
        CHECK(health.status == 200);
        CHECK(health.body == R"({"status":"ok"})");
        CHECK(health.header("API-Version") == protocol::ApiVersion);
    }
    {
        INFO("the added route answers, with the API's header");
        const HttpResult ping = httpRequest("GET", url(port, QStringLiteral("/api/v1/rooms/ping")));
        CHECK(ping.status == 200);
        CHECK(ping.json().value(QStringLiteral("pong")).toBool());
        CHECK(ping.header("API-Version") == protocol::ApiVersion);
    }
    {
        INFO("a wrong method on the added route: 405 with Allow, as problem+json");
        const HttpResult wrong = httpRequest("POST", url(port, QStringLiteral("/api/v1/rooms/ping")), "{}", jsonHeaders());
        CHECK(wrong.status == 405);
        CHECK(wrong.header("Allow") == "GET");
        CHECK(wrong.isProblem());
        CHECK(wrong.detail() == QStringLiteral("/api/v1/rooms/ping accepts only GET, not POST"));
        CHECK(wrong.header("API-Version") == protocol::ApiVersion);
    }
    {
        INFO("placeholders, and two methods on one path");
        const HttpResult get = httpRequest("GET", url(port, QStringLiteral("/api/v1/rooms/tafel-3/echo")));
        CHECK(get.status == 200);
        CHECK(get.body == "tafel-3");
        const HttpResult post = httpRequest("POST", url(port, QStringLiteral("/api/v1/rooms/tafel-3/echo")), "hallo",
                                            {{"Content-Type", "text/plain"}});
        CHECK(post.status == 200);
        CHECK(post.body == "tafel-3:hallo");
        const HttpResult wrong = httpRequest("DELETE", url(port, QStringLiteral("/api/v1/rooms/tafel-3/echo")));
        CHECK(wrong.status == 405);
        CHECK(wrong.header("Allow") == "GET, POST");
        CHECK(wrong.detail() == QStringLiteral("/api/v1/rooms/<arg>/echo accepts only GET or POST, not DELETE"));
        // A path the group does not have is the API's 404.
        CHECK(httpRequest("GET", url(port, QStringLiteral("/api/v1/rooms/a/b/echo"))).status == 404);
    }
    {
        INFO("a group's device route checks the token as the API does");
        const HttpResult anonymous = httpRequest("GET", url(port, QStringLiteral("/api/v1/rooms/whoami")));
        CHECK(anonymous.status == 401);
        CHECK(anonymous.isProblem());
        CHECK(anonymous.header("WWW-Authenticate").startsWith("Bearer"));
        const auto code = host.store()->devices().createEnrollmentCode(QStringLiteral("Tablet tafel 3"), 1);
        REQUIRE(code.error.isEmpty());
        const auto enrolled = host.store()->devices().redeemEnrollmentCode({code.code, protocol::newId(), QStringLiteral("0.1.0"), {}});
        REQUIRE(enrolled.result == DeviceRegistry::Enrollment::Enrolled);
        const HttpResult known = httpRequest("GET", url(port, QStringLiteral("/api/v1/rooms/whoami")), {}, jsonHeaders(enrolled.token));
        CHECK(known.status == 200);
        CHECK(known.body == enrolled.deviceId.toUtf8());
    }
    {
        INFO("added routes are counted in /metrics like the API's own, under their pattern");
        CHECK(host.api()->metrics().requests(QStringLiteral("/api/v1/rooms/ping"), 200) == 1);
        CHECK(host.api()->metrics().requests(QStringLiteral("/api/v1/rooms/ping"), 405) == 1);
        CHECK(host.api()->metrics().requests(QStringLiteral("/api/v1/rooms/<arg>/echo"), 405) == 1);
        const HttpResult metrics = httpRequest("GET", url(port, QStringLiteral("/metrics")));
        CHECK(metrics.body.contains(R"(samenspraak_http_requests_total{route="/api/v1/rooms/ping",method="POST",status="405"} 1)"));
        CHECK(metrics.body.contains(R"(samenspraak_http_requests_total{route="/api/v1/rooms/<arg>/echo",method="GET",status="200"} 1)"));
    }

    // Starting twice is refused; the running server is untouched.
    const ServerHost::Started twice = host.start(options);
    CHECK_FALSE(twice.ok());
    CHECK(twice.error == QStringLiteral("the server is already running on port %1").arg(port));
    CHECK(host.isRunning());

    // stop(): the port is free at once, the store is closed.
    CHECK_FALSE(portIsFree(port));
    host.stop();
    CHECK_FALSE(host.isRunning());
    CHECK(host.api() == nullptr);
    CHECK(host.store() == nullptr);
    CHECK(host.port() == 0);
    CHECK(portIsFree(port));
    CHECK(httpRequest("GET", url(port, QStringLiteral("/healthz"))).status == 0);
    host.stop();  // harmless when stopped

    // And it starts again, on the same port, with the route group added again.
    options.port = port;
    const ServerHost::Started again = host.start(options);
    INFO(again.error.toStdString());
    REQUIRE(again.ok());
    CHECK(again.port == port);
    CHECK(rooms.added == 2);
    CHECK(httpRequest("GET", url(port, QStringLiteral("/healthz"))).status == 200);
    CHECK(httpRequest("GET", url(port, QStringLiteral("/api/v1/rooms/ping"))).status == 200);
    CHECK(httpRequest("PUT", url(port, QStringLiteral("/api/v1/rooms/ping"))).status == 405);
    CHECK(host.store()->devices().list().size() == 1);  // the same database, opened again

    // A port that is taken: one line saying so, nothing left running.
    QTcpServer taken;
    REQUIRE(taken.listen(QHostAddress::LocalHost, 0));
    ServerHost other;
    HostOptions clash = options;
    clash.database = dir.filePath(QStringLiteral("other.db"));
    clash.port = taken.serverPort();
    const ServerHost::Started refused = other.start(clash);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.startsWith(QStringLiteral("cannot listen on 127.0.0.1:%1 (").arg(taken.serverPort())));
    CHECK_FALSE(other.isRunning());
    CHECK(other.store() == nullptr);

    // A database that cannot be opened: the store's own sentence.
    ServerHost broken;
    HostOptions badDb = options;
    badDb.port = 0;
    badDb.database = dir.path();  // a directory
    const ServerHost::Started failed = broken.start(badDb);
    CHECK_FALSE(failed.ok());
    CHECK(failed.error == QStringLiteral("--db %1 is a directory; give a file path such as %1/server.db").arg(dir.path()));
}

TEST_CASE("a server host serves a store it is given", "[server][host]")
{
    QTemporaryDir dir;
    auto opened = ServerStore::open(dir.filePath(QStringLiteral("given.db")));
    REQUIRE(opened.store);
    ServerStore *given = opened.store.get();
    ServerHost host;
    host.useStore(std::move(opened.store));
    const ServerHost::Started started = host.start({});
    INFO(started.error.toStdString());
    REQUIRE(started.ok());
    CHECK(host.store() == given);
    CHECK(httpRequest("GET", url(started.port, QStringLiteral("/healthz"))).status == 200);
    // Routes added while running are served at once.
    RoomRoutes rooms;
    host.addRoutes(rooms);
    CHECK(rooms.added == 1);
    CHECK(httpRequest("GET", url(started.port, QStringLiteral("/api/v1/rooms/ping"))).status == 200);
    host.stop();
    CHECK(host.store() == nullptr);
}

TEST_CASE("server store: every contribution for the results engine, on SQLite and PostgreSQL", "[server][store][postgres]")
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
    IngestStore &ingest = opened.store->ingest();
    CHECK(ingest.contributions().isEmpty());

    const protocol::SessionRecord session{protocol::newId(), QStringLiteral("kiosk"), QString(), QStringLiteral("2026.11.5"), QStringLiteral("nl"),
                                          QStringLiteral("2026-05-01T10:00:00.000+02:00")};
    const protocol::ContributionRecord first{protocol::newId(), session.id, QStringLiteral("stellingen"), QStringLiteral("statements"),
                                             QStringLiteral("2026.11.5"),
                                             QJsonObject{{QStringLiteral("answers"),
                                                          QJsonObject{{QStringLiteral("s1"), QJsonObject{{QStringLiteral("choice"), QStringLiteral("agree")},
                                                                                                         {QStringLiteral("important"), true}}}}}},
                                             QStringLiteral("2026-05-01T10:01:00.000+02:00"), 1, QString()};
    protocol::ContributionRecord changed = first;
    changed.id = protocol::newId();
    changed.payload = QJsonObject{{QStringLiteral("answers"), QJsonObject{{QStringLiteral("s1"), QJsonObject{{QStringLiteral("choice"), QStringLiteral("disagree")},
                                                                                                         {QStringLiteral("important"), false}}}}}};
    changed.createdAt = QStringLiteral("2026-05-01T10:02:00.000+02:00");
    changed.deviceSeq = 2;
    changed.supersedes = first.id;
    const protocol::ContributionRecord values{protocol::newId(), session.id, QStringLiteral("waarden"), QStringLiteral("values"),
                                              QStringLiteral("2026.11.5"),
                                              QJsonObject{{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect"), QStringLiteral("noaberschap")}}},
                                              QStringLiteral("2026-05-01T10:03:00.000+02:00"), 3, QString()};
    // Sent out of order: the store gives them back by device and sequence number.
    const IngestStore::Ingested stored =
        ingest.add({QStringLiteral("device-a"), QStringLiteral("0.1.0"), QStringLiteral("2026.11.5"), 4, {session}, {values, changed, first}},
                   QStringLiteral("device-a"));
    REQUIRE(stored.error.isEmpty());

    const QList<protocol::ContributionRecord> all = ingest.contributions();
    REQUIRE(all.size() == 3);
    CHECK(all[0] == first);  // every field, the payload as a JSON object
    CHECK(all[1] == changed);
    CHECK(all[2] == values);
    CHECK(all[1].supersedes == first.id);
    CHECK(all[0].supersedes.isEmpty());

    // What the results engine makes of them: the changed answer counts once, as its latest.
    const results::Round round(all);
    CHECK(round.participants() == 1);
    REQUIRE(round.answers(QStringLiteral("stellingen")).size() == 1);
    CHECK(round.answers(QStringLiteral("stellingen")).first().id == changed.id);
    CHECK(round.answers(QStringLiteral("waarden")).size() == 1);
    const QList<results::Share> picks = results::valuePicks(round, QStringLiteral("waarden"));
    REQUIRE(picks.size() == 2);
    CHECK(picks[0].count == 1);
    CHECK(picks[0].of == 1);
}
