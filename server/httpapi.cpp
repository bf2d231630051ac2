#include "httpapi.h"

#include "roomsummaries.h"
#include "moderationrelay.h"

#include "answers.h"
#include "bodylimit.h"
#include "contentpack.h"
#include "protocol.h"
#include "serverstore.h"
#include "uploadcheck.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTcpSocket>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>

Q_LOGGING_CATEGORY(lcHttp, "samenspraak.server.http")

namespace samenspraak::server {

using namespace protocol;
using Status = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

namespace {

const QString HealthRoute = QStringLiteral("/healthz");
const QString MetricsRoute = QStringLiteral("/metrics");
const QString OpenApiRoute = QStringLiteral("/api/v1/openapi.json");
const QString EnrollmentsRoute = QStringLiteral("/api/v1/enrollments");
const QString ContentRoute = QStringLiteral("/api/v1/contentpacks/current");
const QString UploadsRoute = QStringLiteral("/api/v1/uploads");
const QString RelaysRoute = QStringLiteral("/api/v1/relays");
const QString ModerationRoute = QStringLiteral("/api/v1/moderation-decisions");

struct RouteInfo {
    QString path;
    Method method;
};
const QList<RouteInfo> Routes{{HealthRoute, Method::Get},      {MetricsRoute, Method::Get}, {OpenApiRoute, Method::Get},
                              {EnrollmentsRoute, Method::Post}, {ContentRoute, Method::Get}, {UploadsRoute, Method::Post},
                              {RelaysRoute, Method::Post},      {RoomSummaryRoute, Method::Put},
                              {ModerationRoute, Method::Post}};

QString methodName(Method method)
{
    switch (method) {
    case Method::Get: return QStringLiteral("GET");
    case Method::Post: return QStringLiteral("POST");
    case Method::Put: return QStringLiteral("PUT");
    case Method::Delete: return QStringLiteral("DELETE");
    case Method::Head: return QStringLiteral("HEAD");
    case Method::Options: return QStringLiteral("OPTIONS");
    case Method::Patch: return QStringLiteral("PATCH");
    default: return QStringLiteral("OTHER");
    }
}

QHttpServerResponse json(const QByteArray &body, Status status = Status::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body, status);
}

QJsonObject problemBody(int status, const QString &title, const QString &detail)
{
    return {{QStringLiteral("type"), QStringLiteral("about:blank")},
            {QStringLiteral("title"), title},
            {QStringLiteral("status"), status},
            {QStringLiteral("detail"), detail}};
}

bool isJson(const QHttpServerRequest &request)
{
    const QByteArray type = request.value(QByteArrayLiteral("Content-Type")).toLower();
    return type.startsWith("application/json");
}

QHttpServerResponse unsupportedMediaType()
{
    return problem(Status::UnsupportedMediaType, QStringLiteral("Unsupported Media Type"),
                   QStringLiteral("send the body as application/json"));
}

} // namespace

QHttpServerResponse problem(Status status, const QString &title, const QString &detail, const QJsonArray &invalidParams)
{
    QJsonObject body = problemBody(int(status), title, detail);
    if (!invalidParams.isEmpty())
        body.insert(QStringLiteral("invalidParams"), invalidParams);
    QHttpServerResponse response(QByteArrayLiteral("application/problem+json"), QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    response.setHeader(QByteArrayLiteral("API-Version"), QByteArray(ApiVersion));
    return response;
}

QString peerAddress(const QHttpServerRequest &request)
{
    QHostAddress peer = request.remoteAddress();
    bool mapped = false;
    if (const QHostAddress v4(peer.toIPv4Address(&mapped)); mapped)
        peer = v4;
    return peer.toString();
}

QStringList HttpApi::routes()
{
    QStringList out;
    for (const RouteInfo &r : Routes)
        out.append(methodName(r.method) + QLatin1Char(' ') + r.path);
    return out;
}

RouteGroup::~RouteGroup() = default;

// The methods answered on one path, and what each runs: a handler that answers at once, or
// one that answers later through its Reply.
struct HttpApi::PathRoutes {
    struct Route {
        Method method;
        Handler handler;
        DeferredHandler deferred;
    };
    QString path;
    QList<Route> handlers;
};

// An upload waiting for the next group commit.
struct HttpApi::QueuedUpload {
    UploadBatch batch;
    QString deviceId;
    qint64 reportSequence = 0;     // the number of its device report (Report-Sequence), 0: none
    QList<RecordResult> rejected;  // answered without the store (against the content pack)
    Reply reply;
};

namespace {

// Upper bound of a group: the records of about 100 full batches. What arrives beyond it waits
// for the next commit, so one group cannot make every answer in it wait for very long.
constexpr qsizetype MaxGroupRecords = 20'000;
// How long a queued upload waits for the uploads still being checked before its group commits
// without them (a check of a full batch takes a few milliseconds).
constexpr int MaxWaitForChecksMs = 5;

qsizetype recordCount(const UploadBatch &batch)
{
    return batch.sessions.size() + batch.contributions.size();
}

} // namespace

HttpApi::HttpApi(ServerStore &store, ApiOptions options)
    : m_store(store), m_options(options), m_limiter(options.ratePerSecond, options.rateBurst),
      m_enrollFailures(options.enrollFailuresPerMinute)
{
    add(HealthRoute, Method::Get, [this](const QHttpServerRequest &request, const QStringList &) {
        if (m_options.guardOperations)
            if (auto refused = m_options.guardOperations(request))
                return std::move(*refused);
        const QString unwell = m_store.health();
        if (!unwell.isEmpty())
            qCWarning(lcHttp).noquote() << "health check failed:" << unwell;
        return unwell.isEmpty() ? json(R"({"status":"ok"})")
                                : problem(Status::ServiceUnavailable, QStringLiteral("Service Unavailable"), unwell);
    }, true);
    add(MetricsRoute, Method::Get, [this](const QHttpServerRequest &request, const QStringList &) {
        if (m_options.guardOperations)
            if (auto refused = m_options.guardOperations(request))
                return std::move(*refused);
        return metricsPage();
    }, true);
    add(OpenApiRoute, Method::Get, [](const QHttpServerRequest &, const QStringList &) {
        QFile spec(QStringLiteral(":/api/openapi.json"));
        if (!spec.open(QIODevice::ReadOnly))
            return problem(Status::InternalServerError, QStringLiteral("Internal Server Error"),
                           QStringLiteral("the OpenAPI document is missing from this build"));
        return json(spec.readAll());
    }, true);
    add(EnrollmentsRoute, Method::Post, [this](const QHttpServerRequest &request, const QStringList &) { return enroll(request); }, true);
    add(ContentRoute, Method::Get, [this](const QHttpServerRequest &request, const QStringList &) { return currentContent(request); }, true);
    add(UploadsRoute, Method::Post, {}, true, [this](const QHttpServerRequest &request, Reply reply) { upload(request, std::move(reply)); });
    // A room hub forwarding what its tablets sent (docs/architecture.md, "Room hub").
    add(RelaysRoute, Method::Post, {}, true, [this](const QHttpServerRequest &request, Reply reply) {
        upload(request, std::move(reply), BatchShape::Relay);
    });
    // A room hub's workshop summary when its room ended (roomsummaries.h).
    add(RoomSummaryRoute, Method::Put, [this](const QHttpServerRequest &request, const QStringList &arguments) {
        return putRoomSummary(*this, request, arguments.value(0), m_options.acceptRelays);
    }, true);
    // ... and its facilitator's moderation decisions (moderationrelay.h).
    add(ModerationRoute, Method::Post, [this](const QHttpServerRequest &request, const QStringList &) {
        if (!m_options.acceptRelays)
            return problem(Status::Forbidden, QStringLiteral("Forbidden"),
                           QStringLiteral("this is a room hub: it takes no moderation decisions from others"));
        return receiveModerationDecisions(*this, request);
    }, true);
    Q_ASSERT(m_paths.size() == Routes.size());
    m_commitTimer.setSingleShot(true);
    m_commitTimer.setInterval(MaxWaitForChecksMs);
    QObject::connect(&m_commitTimer, &QTimer::timeout, &m_http, [this] {
        m_commitDue = true;
        scheduleCommit();
    });
    // The missing-route handler bypasses afterRequest: set the header and count here.
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QJsonObject body = problemBody(404, QStringLiteral("Not Found"),
                                             QStringLiteral("no resource at %1; see /api/v1/openapi.json").arg(request.url().path()));
        m_metrics.countRequest(QStringLiteral("unmatched"), methodName(request.method()), 404);
        responder.write(QJsonDocument(body).toJson(QJsonDocument::Compact),
                        {{"Content-Type", "application/problem+json"}, {"API-Version", ApiVersion}},
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

void HttpApi::addRoutes(RouteGroup &group)
{
    group.addRoutes(*this);
}

void HttpApi::addRoute(const QString &path, Method method, Handler handler)
{
    add(path, method, std::move(handler), false);
}

void HttpApi::addDeferredRoute(const QString &path, Method method, DeferredHandler handler)
{
    add(path, method, {}, false, std::move(handler));
}

void HttpApi::add(const QString &path, Method method, Handler handler, bool builtIn, DeferredHandler deferred)
{
    std::shared_ptr<PathRoutes> &routes = m_paths[path];
    if (routes) {
        for (const PathRoutes::Route &known : std::as_const(routes->handlers)) {
            if (known.method == method) {
                qCWarning(lcHttp) << "route" << methodName(method) << path << "was added twice; the first one stays";
                return;
            }
        }
        routes->handlers.append({method, std::move(handler), std::move(deferred)});
    } else {
        routes = std::make_shared<PathRoutes>(PathRoutes{path, {{method, std::move(handler), std::move(deferred)}}});
        // One QHttpServer rule per path, for every method: the method is chosen in dispatch(), so
        // a wrong one gets 405 (QHttpServer 6.4 would answer 404) and methods added later to the
        // same path still count. Every rule takes the responder, so an answer can come later.
        const PathRoutes *r = routes.get();
        const qsizetype placeholders = path.count(QStringLiteral("<arg>"));
        switch (placeholders) {
        case 0:
            m_http.route(path, Method::AnyKnown, [this, r](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                dispatch(*r, request, {}, std::move(responder));
            });
            break;
        case 1:
            m_http.route(path, Method::AnyKnown, [this, r](const QString &a, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                dispatch(*r, request, {a}, std::move(responder));
            });
            break;
        case 2:
            m_http.route(path, Method::AnyKnown,
                         [this, r](const QString &a, const QString &b, const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                             dispatch(*r, request, {a, b}, std::move(responder));
                         });
            break;
        case 3:
            m_http.route(path, Method::AnyKnown,
                         [this, r](const QString &a, const QString &b, const QString &c, const QHttpServerRequest &request,
                                   QHttpServerResponder &&responder) { dispatch(*r, request, {a, b, c}, std::move(responder)); });
            break;
        default:
            qCWarning(lcHttp) << "route" << path << "has more than three <arg> placeholders; it is not served";
            m_paths.remove(path);
            return;
        }
    }
    if (!builtIn)
        m_addedRoutes.append(methodName(method) + QLatin1Char(' ') + path);
}

void HttpApi::dispatch(const PathRoutes &routes, const QHttpServerRequest &request, const QStringList &arguments,
                       QHttpServerResponder &&responder)
{
    const Method method = request.method();
    // The guard (bodylimit.h) closes the connection after this answer; say so.
    const bool close = request.value(QByteArrayLiteral("Connection")).toLower().contains("close");
    // What every answer gets, whenever it is sent.
    auto send = [this, path = routes.path, method, close](QHttpServerResponse &response, QHttpServerResponder &&to) {
        response.setHeader(QByteArrayLiteral("API-Version"), QByteArray(ApiVersion));
        response.setHeader(QByteArray(ServerEpochHeader), m_store.epoch().toLatin1());
        if (close)
            response.setHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
        m_metrics.countRequest(path, methodName(method), int(response.statusCode()));
        response.write(std::move(to));
    };
    for (const PathRoutes::Route &route : routes.handlers) {
        if (route.method != method)
            continue;
        if (!route.deferred) {
            QHttpServerResponse response = route.handler(request, arguments);
            send(response, std::move(responder));
            return;
        }
        // Answered later: the responder waits with the request, and is dropped unanswered if
        // the client closed the connection meanwhile (QHttpServer deletes the socket then).
        struct Waiting {
            QPointer<QTcpSocket> socket;
            std::optional<QHttpServerResponder> responder;
        };
        auto waiting = std::make_shared<Waiting>();
        waiting->socket = responder.socket();
        waiting->responder.emplace(std::move(responder));
        holdClose(waiting->socket);
        route.deferred(request, [waiting, send](QHttpServerResponse &&response) mutable {
            if (!waiting->responder)
                return;  // answered already
            QHttpServerResponder to = std::move(*waiting->responder);
            waiting->responder.reset();
            if (!waiting->socket)
                return;
            send(response, std::move(to));
            releaseClose(waiting->socket);
        });
        return;
    }
    QStringList allowed;
    for (const PathRoutes::Route &route : routes.handlers)
        allowed.append(methodName(route.method));
    QHttpServerResponse response = problem(Status::MethodNotAllowed, QStringLiteral("Method Not Allowed"),
                                           QStringLiteral("%1 accepts only %2, not %3")
                                               .arg(routes.path, allowed.join(QLatin1String(" or ")), methodName(method)));
    response.setHeader(QByteArrayLiteral("Allow"), allowed.join(QLatin1String(", ")).toLatin1());
    send(response, std::move(responder));
}

HttpApi::~HttpApi() = default;

bool HttpApi::setupTls(const QString &certificateFile, const QString &keyFile, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    QFile certFile(certificateFile);
    if (!certFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the certificate %1: %2").arg(certificateFile, certFile.errorString()));
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
    if (chain.isEmpty())
        return fail(QStringLiteral("%1 holds no PEM certificate").arg(certificateFile));
    QFile key(keyFile);
    if (!key.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the private key %1: %2").arg(keyFile, key.errorString()));
    const QByteArray keyPem = key.readAll();
    QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (privateKey.isNull())
        privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
    if (privateKey.isNull())
        return fail(QStringLiteral("%1 holds no PEM RSA or EC private key (or it is encrypted)").arg(keyFile));
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setLocalCertificateChain(chain);
    m_ssl.setPrivateKey(privateKey);
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls = true;
    return true;
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port, QString *error)
{
    ConnectionLimits limits = m_options.connections;
    limits.checkHead = [this](const RequestHead &head) { return checkHead(head); };
    limits.onRefused = [this](const RequestHead *head, int status) {
        const QString path = head ? QString::fromLatin1(head->path) : QString();
        // Only known methods become metric labels: a client's made-up method must not make a
        // new series (memory that an unauthenticated request could grow without bound).
        static const QList<QByteArray> known{"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "PATCH"};
        if (head && m_paths.contains(path))
            m_metrics.countRequest(path, known.contains(head->method) ? QString::fromLatin1(head->method) : QStringLiteral("OTHER"), status);
        else
            m_metrics.countRequest(QStringLiteral("any"), QStringLiteral("ANY"), status);
    };
    QTcpServer *server = nullptr;
    if (m_tls) {
        auto *ssl = new LimitedSslServer(limits);
        ssl->setSslConfiguration(m_ssl);
        server = ssl;
    } else {
        server = new LimitedTcpServer(limits);
    }
    // Qt's default backlog is 50: a burst of devices (or an attack) beyond it that the busy
    // server has not accepted yet had its handshake dropped and its first bytes answered with a
    // reset. 511 as nginx uses; the kernel caps it at net.core.somaxconn.
    server->setListenBacklogSize(511);
    if (!server->listen(address, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1:%2 (%3)").arg(address.toString()).arg(port).arg(server->errorString());
        delete server;
        return 0;
    }
    m_http.bind(server);  // takes ownership
    return server->serverPort();
}

std::optional<QHttpServerResponse> HttpApi::checkBody(const QHttpServerRequest &request) const
{
    // The guard in front (bodylimit.h) already stops oversized bodies; this catches a
    // Content-Length that does not match and any path around the guard.
    const QByteArray declared = request.value(QByteArrayLiteral("Content-Length"));
    const qint64 size = qMax<qint64>(request.body().size(), declared.isEmpty() ? 0 : declared.toLongLong());
    if (size > m_options.connections.maxBodyBytes)
        return problem(Status::PayloadTooLarge, QStringLiteral("Payload Too Large"),
                       QStringLiteral("the body has %1 bytes; at most %2 are accepted").arg(size).arg(m_options.connections.maxBodyBytes));
    return std::nullopt;
}

std::optional<Refusal> HttpApi::authenticateHeader(const QByteArray &authorization, Device &device)
{
    auto unauthorized = [](const QString &detail, bool invalidToken) {
        return Refusal{401, QStringLiteral("Unauthorized"), detail,
                       {{"WWW-Authenticate", invalidToken ? QByteArrayLiteral("Bearer realm=\"samenspraak\", error=\"invalid_token\"")
                                                          : QByteArrayLiteral("Bearer realm=\"samenspraak\"")}}};
    };
    const QByteArray header = authorization.trimmed();
    if (header.isEmpty())
        return unauthorized(QStringLiteral("this request has no Authorization header; enroll the device (samenspraak enroll) "
                                           "and send its token as 'Authorization: Bearer TOKEN'"), false);
    if (!header.toLower().startsWith("bearer ") || header.mid(7).trimmed().isEmpty())
        return unauthorized(QStringLiteral("the Authorization header must be 'Bearer TOKEN'"), false);
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    const DeviceRegistry::Auth auth = m_store.devices().authenticate(token);
    switch (auth.result) {
    case DeviceRegistry::Auth::Ok:
        device.id = auth.deviceId;
        return std::nullopt;
    case DeviceRegistry::Auth::UnknownToken:
        return unauthorized(QStringLiteral("the token is not known to this server; enroll the device again with a new "
                                           "enrollment code from staff"), true);
    case DeviceRegistry::Auth::Revoked:
        return Refusal{403, QStringLiteral("Forbidden"),
                       QStringLiteral("device %1 was revoked at %2 and may no longer send or fetch; ask the municipality to "
                                      "enroll it again").arg(auth.deviceId, auth.revokedAt), {}};
    case DeviceRegistry::Auth::Failed:
        break;
    }
    return Refusal{503, QStringLiteral("Service Unavailable"), QStringLiteral("the device registry cannot be read; try again later"), {}};
}

std::optional<QHttpServerResponse> HttpApi::authenticate(const QHttpServerRequest &request, Device &device)
{
    auto refusal = authenticateHeader(request.value(QByteArrayLiteral("Authorization")), device);
    if (!refusal)
        return std::nullopt;
    QHttpServerResponse r = problem(Status(refusal->status), refusal->title, refusal->detail);
    for (const auto &[name, value] : refusal->headers)
        r.setHeader(name, value);
    return r;
}

std::optional<Refusal> HttpApi::checkHead(const RequestHead &head)
{
    // An upload, or any large body, is read only for an enrolled device: what an unknown client
    // sends costs no more than its headers.
    const bool upload = (head.path == UploadsRoute.toLatin1() || head.path == RelaysRoute.toLatin1()) && head.method == "POST";
    if (!upload && head.contentLength <= MaxAnonymousBodyBytes)
        return std::nullopt;
    Device device;
    auto refusal = authenticateHeader(head.value("authorization"), device);
    if (refusal && !upload && refusal->status == 401)
        refusal->detail = QStringLiteral("a body of more than %1 bytes is accepted only from an enrolled device: %2")
                              .arg(MaxAnonymousBodyBytes).arg(refusal->detail);
    return refusal;
}

std::optional<QHttpServerResponse> HttpApi::authenticateDevice(const QHttpServerRequest &request, QString *deviceId)
{
    Device device;
    auto refused = authenticate(request, device);
    if (!refused && deviceId)
        *deviceId = device.id;
    return refused;
}

std::optional<QHttpServerResponse> HttpApi::rateLimit(const Device &device)
{
    const int wait = m_limiter.take(device.id);
    if (wait == 0)
        return std::nullopt;
    QHttpServerResponse r = problem(Status::TooManyRequests, QStringLiteral("Too Many Requests"),
                                    QStringLiteral("device %1 sends more than %2 requests per second; try again in %3 s")
                                        .arg(device.id).arg(m_limiter.rate()).arg(wait));
    r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
    return r;
}

const ContentPack *HttpApi::pack(const QString &version)
{
    if (const auto cached = m_packs.find(version))
        return cached->get();
    // Not cached: published since we last looked, or not published at all (then the
    // contribution is stored as sent; the server cannot check what it does not know).
    const auto published = m_store.content().published(version);
    if (!published)
        return nullptr;
    ParsedPack parsed = parseContentPack(published->json);
    if (!parsed.pack) {
        qCWarning(lcHttp) << "published content" << version << "no longer parses; payloads of it are not checked";
        return nullptr;
    }
    auto shared = std::make_shared<const ContentPack>(std::move(*parsed.pack));
    m_packs.insert(version, shared);
    return shared.get();
}

void HttpApi::upload(const QHttpServerRequest &request, Reply reply, BatchShape shape)
{
    const auto answer = [&](QHttpServerResponse &&response) { reply(std::move(response)); };
    if (shape == BatchShape::Relay && !m_options.acceptRelays)
        return answer(problem(Status::Forbidden, QStringLiteral("Forbidden"),
                              QStringLiteral("this is a room hub: it takes no relays; a hub relays to the municipal server")));
    if (auto r = checkBody(request))
        return answer(std::move(*r));
    Device device;
    if (auto r = authenticate(request, device))
        return answer(std::move(*r));
    if (auto r = rateLimit(device))
        return answer(std::move(*r));
    if (!isJson(request))
        return answer(unsupportedMediaType());
    // The number of the device report the body carries; a device of API 1.0 sends none.
    qint64 reportSequence = 0;
    if (const QByteArray value = request.value(ReportSequenceHeader); !value.isEmpty()) {
        const auto parsed = parseReportSequence(value);
        const QString reason = QStringLiteral("must be a whole number from 1 to %1").arg(MaxReportSequence);
        if (!parsed)
            return answer(problem(Status::BadRequest, QStringLiteral("Bad Request"),
                                  QStringLiteral("the %1 header %2").arg(QLatin1String(ReportSequenceHeader), reason),
                                  QJsonArray{QJsonObject{{QStringLiteral("name"), QLatin1String(ReportSequenceHeader)},
                                                         {QStringLiteral("reason"), reason}}}));
        reportSequence = *parsed;
    }
    // Decoding and the pack check run on the checking pool (uploadcheck.h); the rest is back
    // here, on the thread that owns the database.
    ++m_checksInFlight;
    m_checking.start([this, body = request.body(), shape, deviceId = device.id, reportSequence, reply = std::move(reply)]() mutable {
        auto checked = std::make_shared<CheckedUpload>(checkUpload(body, shape, m_packs));
        QMetaObject::invokeMethod(&m_http, [this, checked, deviceId, reportSequence, reply = std::move(reply)]() mutable {
            --m_checksInFlight;
            queueChecked(std::move(*checked), deviceId, reportSequence, std::move(reply));
            scheduleCommit();
        }, Qt::QueuedConnection);
    });
}

void HttpApi::scheduleCommit()
{
    if (m_queued.empty() || m_commitScheduled)
        return;
    // Uploads still being checked would join this group: wait for them, but not for long (a
    // steady stream of new uploads must not hold back the ones already queued).
    if (m_checksInFlight > 0 && !m_commitDue) {
        if (!m_commitTimer.isActive())
            m_commitTimer.start();
        return;
    }
    m_commitTimer.stop();
    m_commitDue = false;
    m_commitScheduled = true;
    // After the event loop has read what the other connections sent meanwhile.
    QMetaObject::invokeMethod(&m_http, [this] { commitGroup(); }, Qt::QueuedConnection);
}

void HttpApi::queueChecked(CheckedUpload checked, const QString &deviceId, qint64 reportSequence, Reply reply)
{
    const auto answer = [&](QHttpServerResponse &&response) { reply(std::move(response)); };
    DecodedBatch &decoded = checked.decoded;
    if (decoded.fatal) {
        const QString detail = decoded.fatal->path + QLatin1Char(' ') + decoded.fatal->message;
        if (decoded.overBatchLimit)
            return answer(problem(Status::PayloadTooLarge, QStringLiteral("Payload Too Large"),
                                  QStringLiteral("the batch %1; split it").arg(decoded.fatal->message)));
        return answer(problem(Status::BadRequest, QStringLiteral("Bad Request"), detail,
                              QJsonArray{QJsonObject{{QStringLiteral("name"), decoded.fatal->path}, {QStringLiteral("reason"), decoded.fatal->message}}}));
    }
    // A record that does not follow the protocol is a client fault: the whole batch is refused,
    // nothing of it is stored, and invalidParams points at each record so the device can set
    // exactly those aside and send the rest (a record that does not fit the content pack, by
    // contrast, is answered per record below).
    if (!decoded.recordErrors.isEmpty()) {
        QJsonArray invalid;
        for (const DecodeError &e : decoded.recordErrors)
            invalid.append(QJsonObject{{QStringLiteral("name"), e.path}, {QStringLiteral("reason"), e.message}});
        const DecodeError &first = decoded.recordErrors.first();
        return answer(problem(Status::BadRequest, QStringLiteral("Bad Request"),
                              QStringLiteral("%1 %2%3").arg(first.path, first.message,
                                                            decoded.recordErrors.size() > 1
                                                                ? QStringLiteral(" (and %1 more; see invalidParams)").arg(decoded.recordErrors.size() - 1)
                                                                : QString()),
                              invalid));
    }
    if (decoded.batch.deviceId != deviceId)
        return answer(problem(Status::BadRequest, QStringLiteral("Bad Request"),
                              QStringLiteral("$.deviceId %1 is not the device this token was issued to (%2)").arg(decoded.batch.deviceId, deviceId),
                              QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("$.deviceId")},
                                                     {QStringLiteral("reason"), QStringLiteral("must be the enrolled device's id")}}}));

    if (decoded.batch.relay) {
        QString owner;
        switch (m_store.ingest().bindRoom(*decoded.batch.relay, deviceId, &owner)) {
        case IngestStore::RoomBinding::Bound:
            break;
        case IngestStore::RoomBinding::OtherHub:
            return answer(problem(Status::Forbidden, QStringLiteral("Forbidden"),
                                  QStringLiteral("room %1 was relayed first by hub %2; a hub relays only its own room")
                                      .arg(decoded.batch.relay->roomId, owner)));
        case IngestStore::RoomBinding::Failed:
            return answer(problem(Status::ServiceUnavailable, QStringLiteral("Service Unavailable"),
                                  QStringLiteral("the room could not be recorded; nothing of the batch was kept, send it again later")));
        }
    }

    // A pack the checking thread did not have yet: loaded here, and the batch checked again.
    if (!checked.packsChecked) {
        const bool complete = checkAgainstPacks(decoded.batch, checked.rejected, [this](const QString &version) {
            return std::optional<const ContentPack *>(pack(version));  // pack() always tells
        });
        Q_ASSERT(complete);
        Q_UNUSED(complete);
    }

    // Stored with whatever else arrives while the commit before it runs.
    m_queued.push_back({std::move(decoded.batch), deviceId, reportSequence, std::move(checked.rejected), std::move(reply)});
}

void HttpApi::commitGroup()
{
    m_commitScheduled = false;
    std::vector<QueuedUpload> group;
    qsizetype records = 0, taken = 0;
    while (taken < qsizetype(m_queued.size()) && (taken == 0 || records + recordCount(m_queued[taken].batch) <= MaxGroupRecords))
        records += recordCount(m_queued[taken++].batch);
    std::move(m_queued.begin(), m_queued.begin() + taken, std::back_inserter(group));
    m_queued.erase(m_queued.begin(), m_queued.begin() + taken);
    if (!m_queued.empty()) {
        m_commitScheduled = true;
        QMetaObject::invokeMethod(&m_http, [this] { commitGroup(); }, Qt::QueuedConnection);
    }
    if (group.empty())
        return;

    // Never acknowledge into a database file that was removed or replaced under the server, nor
    // onto a full or read-only disk.
    if (const QString unwell = m_store.health(false); !unwell.isEmpty()) {
        qCWarning(lcHttp).noquote() << "upload refused:" << unwell;
        for (QueuedUpload &u : group)
            u.reply(problem(Status::ServiceUnavailable, QStringLiteral("Service Unavailable"),
                            QStringLiteral("%1; nothing of the batch was kept, send it again later").arg(unwell)));
        return;
    }
    QList<IngestStore::Request> requests;
    requests.reserve(qsizetype(group.size()));
    for (const QueuedUpload &u : group)
        requests.append({&u.batch, u.deviceId, int(u.rejected.size()), u.reportSequence});
    QElapsedTimer storing;
    storing.start();
    const QList<IngestStore::Ingested> ingested = m_store.ingest().addGroup(requests);
    m_metrics.countGroupCommit(qsizetype(group.size()));
    qCDebug(lcHttp) << "group commit of" << group.size() << "upload(s)," << records << "records in" << storing.nsecsElapsed() / 1000 << "us";
    bool storedNew = false;
    for (std::size_t i = 0; i < group.size(); ++i) {
        QueuedUpload &u = group[i];
        if (!ingested.at(qsizetype(i)).error.isEmpty()) {
            u.reply(problem(Status::ServiceUnavailable, QStringLiteral("Service Unavailable"),
                            QStringLiteral("the batch could not be stored; nothing of it was kept, send it again later")));
            continue;
        }
        UploadResult result{ingested.at(qsizetype(i)).results + u.rejected};
        m_metrics.countRecords(result.results);
        storedNew |= std::any_of(result.results.cbegin(), result.results.cend(), [](const RecordResult &r) { return r.status == RecordStatus::Stored; });
        qCInfo(lcHttp) << "upload from" << u.deviceId << ":" << result.results.size() << "results," << u.rejected.size() << "rejected";
        u.reply(json(encode(result)));
    }
    if (storedNew && m_options.afterIngest)
        m_options.afterIngest();
}

QHttpServerResponse HttpApi::enroll(const QHttpServerRequest &request)
{
    if (auto r = checkBody(request))
        return std::move(*r);
    // Guessing codes: each failed attempt takes a token from its address's bucket and from the
    // shared one; while either is empty, every attempt from there is answered 429 unread.
    const QString address = peerAddress(request);
    if (const int wait = m_enrollFailures.wait(address); wait > 0) {
        m_metrics.countEnrollmentFailure(QStringLiteral("limited"));
        qCWarning(lcHttp).noquote() << "enrollment attempt from" << address << "refused: too many failed attempts; retry in" << wait << "s";
        QHttpServerResponse r = problem(Status::TooManyRequests, QStringLiteral("Too Many Requests"),
                                        QStringLiteral("too many failed enrollment attempts; try again in %1 s").arg(wait));
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
        return r;
    }
    auto failed = [&](const QString &reason, const QString &what) {
        m_enrollFailures.failed(address);
        m_metrics.countEnrollmentFailure(reason);
        qCWarning(lcHttp).noquote() << "failed enrollment attempt from" << address << ":" << what;
    };
    if (!isJson(request)) {
        failed(QStringLiteral("malformed"), QStringLiteral("not JSON"));
        return unsupportedMediaType();
    }
    EnrollmentRequest enrollment;
    if (auto e = decodeEnrollmentRequest(request.body(), enrollment)) {
        failed(QStringLiteral("malformed"), e->path + QLatin1Char(' ') + e->message);
        return problem(Status::BadRequest, QStringLiteral("Bad Request"), e->path + QLatin1Char(' ') + e->message,
                       QJsonArray{QJsonObject{{QStringLiteral("name"), e->path}, {QStringLiteral("reason"), e->message}}});
    }
    const DeviceRegistry::Enrollment result = m_store.devices().redeemEnrollmentCode(enrollment);
    const QString code = formatEnrollmentCode(normalizeEnrollmentCode(enrollment.code));
    switch (result.result) {
    case DeviceRegistry::Enrollment::Enrolled: {
        qCInfo(lcHttp) << "enrolled device" << result.deviceId << result.name;
        QHttpServerResponse r = json(encode(EnrollmentResponse{result.deviceId, result.token, result.name}), Status::Created);
        r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
        return r;
    }
    case DeviceRegistry::Enrollment::UnknownCode:
        failed(QStringLiteral("unknown"), QStringLiteral("unknown code"));
        return problem(Status::Forbidden, QStringLiteral("Forbidden"),
                       QStringLiteral("enrollment code %1 is not known to this server; check it, or ask staff for a new one").arg(code));
    case DeviceRegistry::Enrollment::ExpiredCode:
        failed(QStringLiteral("expired"), QStringLiteral("expired code"));
        return problem(Status::Forbidden, QStringLiteral("Forbidden"),
                       QStringLiteral("enrollment code %1 expired at %2; ask staff for a new one").arg(code, result.when));
    case DeviceRegistry::Enrollment::UsedCode:
        failed(QStringLiteral("used"), QStringLiteral("code already used"));
        return problem(Status::Forbidden, QStringLiteral("Forbidden"),
                       QStringLiteral("enrollment code %1 was already used at %2; each code enrolls one device, ask staff for a new one")
                           .arg(code, result.when));
    case DeviceRegistry::Enrollment::Failed:
        break;
    }
    return problem(Status::ServiceUnavailable, QStringLiteral("Service Unavailable"),
                   QStringLiteral("the device registry cannot be written; try again later"));
}

QHttpServerResponse HttpApi::currentContent(const QHttpServerRequest &request)
{
    Device device;
    if (auto r = authenticate(request, device))
        return std::move(*r);
    if (auto r = rateLimit(device))
        return std::move(*r);
    m_store.devices().touch(device.id);
    const auto current = m_store.content().current(false);
    if (!current)
        return problem(Status::NotFound, QStringLiteral("Not Found"),
                       QStringLiteral("no content pack has been published yet; staff publish one with "
                                      "'samenspraak-server content publish'"));
    const QByteArray etag = '"' + current->sha256 + '"';
    const QList<QByteArray> tags = request.value(QByteArrayLiteral("If-None-Match")).split(',');
    for (const QByteArray &tag : tags) {
        const QByteArray t = tag.trimmed();
        if (t == etag || t == "W/" + etag || t == "*") {
            QHttpServerResponse r(Status::NotModified);
            r.setHeader(QByteArrayLiteral("ETag"), etag);
            return r;
        }
    }
    const auto full = m_store.content().current(true);
    if (!full)
        return problem(Status::ServiceUnavailable, QStringLiteral("Service Unavailable"),
                       QStringLiteral("the content pack cannot be read; try again later"));
    QHttpServerResponse r = json(full->json);
    r.setHeader(QByteArrayLiteral("ETag"), '"' + full->sha256 + '"');
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    return r;
}

QHttpServerResponse HttpApi::metricsPage()
{
    return QHttpServerResponse(QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"), m_metrics.render(m_store));
}

} // namespace samenspraak::server
