#pragma once
// The municipal server's HTTP API (docs/api/openapi.yaml) on Qt HttpServer.
//
// Device routes need `Authorization: Bearer TOKEN` (from POST /api/v1/enrollments): missing or
// unknown → 401, revoked → 403. Every answer carries API-Version; every error is
// application/problem+json with a precise `detail`. Limits: the connection guard (bodylimit.h:
// connection caps, timeouts, 431, 413, smuggling shapes refused, and the device token checked
// from the headers of an upload before its body is read), a batch size cap (413) and a token
// bucket per device (429 with Retry-After).
//
// Uploads are group-committed: checked when they arrive, stored together with every other
// upload that arrived while the commit before ran, and answered once that commit is durable
// (docs/architecture.md, "Uploads: group commit").
//
// Others add routes through route groups (RouteGroup, ApiRouter::addRoute): they get the same
// 405 for a wrong method, API-Version header and request counting as the built-in routes.

#include "bodylimit.h"
#include "metrics.h"
#include "protocol.h"
#include "ratelimiter.h"
#include "uploadcheck.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace samenspraak {
struct ContentPack;
}

namespace samenspraak::server {

class ServerStore;

struct ApiOptions {
    double ratePerSecond = 10;   // per device; 0 turns the limit off
    double rateBurst = 60;
    // Failed enrollment attempts (wrong, expired or used codes): a token bucket per address and
    // one for all addresses together; when either is empty, 429 with Retry-After. A successful
    // enrollment takes nothing. 0 turns the limit off.
    double enrollFailuresPerMinute = 10;  // per address, also its burst; all addresses: 10 times this
    // Body cap, header cap, timeouts and connection caps (bodylimit.h); checkHead and onRefused
    // are set by the API itself.
    ConnectionLimits connections;
    // Whether POST /relays takes hubs' relays: the municipal server does; a room hub does not
    // (its tablets send their own records, and a hub forwards only to the municipal server).
    bool acceptRelays = true;
    // Called after an upload stored at least one new record (a room hub forwards then, so it
    // needs no polling timer).
    std::function<void()> afterIngest;
    // When set, /healthz and /metrics answer only requests it lets through (nullopt); else what
    // it returns (a room hub: only with its own token or a member's room token, not to anyone on
    // the room's network).
    std::function<std::optional<QHttpServerResponse>(const QHttpServerRequest &request)> guardOperations;
};

// A request body larger than this must carry the Bearer token of an enrolled device, checked
// from the headers before the body is read (enrollment requests are a few hundred bytes).
inline constexpr qint64 MaxAnonymousBodyBytes = 64 * 1024;

// What a route group sees of the API it adds routes to.
class ApiRouter {
public:
    using Method = QHttpServerRequest::Method;
    // `arguments` holds what each <arg> in the route's path matched, in order.
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &request, const QStringList &arguments)>;

    // Answers `method` requests on `path`: an exact path, which may hold up to three <arg>
    // placeholders of one path segment each (e.g. "/api/v1/rooms/<arg>/join"). A path may get
    // several methods; any other method on it is answered 405 with Allow. Every answer gets the
    // API-Version header and is counted in /metrics under `path`. Add an exact path before a
    // pattern that would also match it (the first match wins).
    virtual void addRoute(const QString &path, Method method, Handler handler) = 0;
    // Sends the answer to a request whose handler answers later; callable once, also after the
    // client went away (then it does nothing).
    using Reply = std::function<void(QHttpServerResponse &&response)>;
    using DeferredHandler = std::function<void(const QHttpServerRequest &request, Reply reply)>;
    // As addRoute(), for a handler that answers after it returns (a long poll): the connection
    // is not closed as idle while the answer is due.
    virtual void addDeferredRoute(const QString &path, Method method, DeferredHandler handler) = 0;
    // The store the API serves.
    virtual ServerStore &store() = 0;
    // The built-in routes' device check: nullopt with `deviceId` set when the request carries
    // the Bearer token of an enrolled device that is not revoked; else the answer to send
    // (401, 403 or 503 as problem+json).
    virtual std::optional<QHttpServerResponse> authenticateDevice(const QHttpServerRequest &request, QString *deviceId) = 0;

protected:
    ~ApiRouter() = default;
};

// A set of routes someone else adds to the API (the room hub adds its room routes).
class RouteGroup {
public:
    virtual ~RouteGroup();
    // Adds the group's routes with router.addRoute(). Called once per HttpApi: a ServerHost
    // calls it again each time it starts.
    virtual void addRoutes(ApiRouter &router) = 0;
};

class HttpApi : public ApiRouter {
public:
    explicit HttpApi(ServerStore &store, ApiOptions options = {});
    ~HttpApi();
    HttpApi(const HttpApi &) = delete;
    HttpApi &operator=(const HttpApi &) = delete;

    // Serve HTTPS instead of HTTP: PEM certificate (chain) and private key. Call before listen().
    [[nodiscard]] bool setupTls(const QString &certificateFile, const QString &keyFile, QString *error);
    // Returns the bound port, or 0 with `error` set. Destroying the HttpApi closes the port and
    // every connection.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    bool tls() const { return m_tls; }

    Metrics &metrics() { return m_metrics; }

    // Adds a group's routes (see RouteGroup); before or after listen().
    void addRoutes(RouteGroup &group);

    // ApiRouter
    void addRoute(const QString &path, Method method, Handler handler) override;
    void addDeferredRoute(const QString &path, Method method, DeferredHandler handler) override;
    ServerStore &store() override { return m_store; }
    std::optional<QHttpServerResponse> authenticateDevice(const QHttpServerRequest &request, QString *deviceId) override;

    // Every built-in route, as "METHOD /path" (the OpenAPI test compares these).
    static QStringList routes();
    // The routes route groups added to this API, as "METHOD /path", in the order added.
    QStringList addedRoutes() const { return m_addedRoutes; }

private:
    struct Device {
        QString id;
    };
    struct PathRoutes;
    void add(const QString &path, Method method, Handler handler, bool builtIn, DeferredHandler deferred = {});
    void dispatch(const PathRoutes &routes, const QHttpServerRequest &request, const QStringList &arguments,
                  QHttpServerResponder &&responder);

    // Checks an upload and queues it for the next group commit (commitGroup), or answers at
    // once when it is refused.
    // A hub's POST /relays (BatchShape::Relay) goes the same way, with the same checks.
    void upload(const QHttpServerRequest &request, Reply reply, protocol::BatchShape shape = protocol::BatchShape::Upload);
    // Back from the checking pool: answers a refused upload, or queues it.
    void queueChecked(CheckedUpload checked, const QString &deviceId, qint64 reportSequence, Reply reply);
    // Schedules commitGroup once no upload is being checked any more, or after a short wait.
    void scheduleCommit();
    // Group commit: stores every upload queued since the last commit in one transaction and
    // answers each once that transaction is durable (IngestStore::addGroup).
    struct QueuedUpload;
    void commitGroup();
    QHttpServerResponse enroll(const QHttpServerRequest &request);
    QHttpServerResponse currentContent(const QHttpServerRequest &request);
    QHttpServerResponse metricsPage();

    // Each returns a response to send instead when the check fails.
    std::optional<QHttpServerResponse> checkBody(const QHttpServerRequest &request) const;
    std::optional<QHttpServerResponse> authenticate(const QHttpServerRequest &request, Device &device);
    // The same check on the raw Authorization header: nullopt and `device` set, or why not.
    std::optional<Refusal> authenticateHeader(const QByteArray &authorization, Device &device);
    // The guard's check of a request's headers, before its body is read (bodylimit.h).
    std::optional<Refusal> checkHead(const RequestHead &head);
    std::optional<QHttpServerResponse> rateLimit(const Device &device);

    // A published pack by version (cached: versions are immutable), or null when the server
    // does not have that version.
    const ContentPack *pack(const QString &version);

    ServerStore &m_store;
    ApiOptions m_options;
    QHttpServer m_http;
    Metrics m_metrics;
    RateLimiter m_limiter;
    AttemptLimiter m_enrollFailures;
    PackCache m_packs;
    QHash<QString, std::shared_ptr<PathRoutes>> m_paths;
    std::vector<QueuedUpload> m_queued;  // uploads for the next group commit
    bool m_commitScheduled = false;
    int m_checksInFlight = 0;   // uploads on the checking pool
    bool m_commitDue = false;   // the queue waited long enough for them
    QTimer m_commitTimer;
    QStringList m_addedRoutes;
    bool m_tls = false;
    QSslConfiguration m_ssl;
    // Decodes and checks uploads off the main thread (uploadcheck.h). Last, so it is destroyed
    // (waiting for its checks) before anything a check posts its result to.
    QThreadPool m_checking;
};

// The client's address as a rate limit key (an IPv4-mapped IPv6 address as plain IPv4).
QString peerAddress(const QHttpServerRequest &request);

// application/problem+json (RFC 9457) with the API-Version header. `invalidParams` lists
// {name: JSON path, reason} per field at fault (NL GOV API Design Rules, invalid input).
QHttpServerResponse problem(QHttpServerResponse::StatusCode status, const QString &title, const QString &detail,
                            const QJsonArray &invalidParams = {});

} // namespace samenspraak::server
