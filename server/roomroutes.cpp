#include "roomroutes.h"

#include "contentpack.h"
#include "moderationlog.h"
#include "pin.h"
#include "results.h"
#include "resultssummary.h"
#include "serverstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace samenspraak::server {

using namespace protocol;
using Status = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

namespace {

const QString RoomRoute = QStringLiteral("/api/v1/rooms/current");
const QString MembersRoute = QStringLiteral("/api/v1/rooms/current/members");
const QString ResultsRoute = QStringLiteral("/api/v1/rooms/current/results");

} // namespace

RoomRoutes::RoomRoutes(Room room, double joinFailuresPerMinute) : m_room(std::move(room)), m_failures(joinFailuresPerMinute) {}

QStringList RoomRoutes::routes()
{
    return {QStringLiteral("GET ") + RoomRoute, QStringLiteral("POST ") + MembersRoute, QStringLiteral("GET ") + ResultsRoute};
}

void RoomRoutes::addRoutes(ApiRouter &router)
{
    router.addRoute(MembersRoute, Method::Post, [this, &router](const QHttpServerRequest &request, const QStringList &) {
        return join(router, request);
    });
    router.addRoute(RoomRoute, Method::Get, [this, &router](const QHttpServerRequest &request, const QStringList &) {
        return describe(router, request);
    });
    router.addRoute(ResultsRoute, Method::Get, [this, &router](const QHttpServerRequest &request, const QStringList &) {
        return results(router, request);
    });
}

DeviceRegistry::Enrollment RoomRoutes::admit(DeviceRegistry &devices, const QString &deviceId, const QString &appVersion, const QString &name)
{
    // A member is a device of the hub's own registry: a one-time enrollment code, redeemed at once.
    const QString shown = name.isEmpty() ? QStringLiteral("room member") : name;
    const DeviceRegistry::CreatedCode made = devices.createEnrollmentCode(shown, 1);
    return made.error.isEmpty() ? devices.redeemEnrollmentCode({made.code, deviceId, appVersion, shown}) : DeviceRegistry::Enrollment{};
}

QHttpServerResponse RoomRoutes::join(ApiRouter &router, const QHttpServerRequest &request)
{
    const QString address = peerAddress(request);
    if (const int wait = m_failures.wait(address); wait > 0) {
        qCWarning(lcHttp).noquote() << "room join from" << address << "refused: too many wrong codes; retry in" << wait << "s";
        QHttpServerResponse r = problem(Status::TooManyRequests, QStringLiteral("Too Many Requests"),
                                        QStringLiteral("too many wrong room codes; try again in %1 s").arg(wait));
        r.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(wait));
        return r;
    }
    if (!request.value(QByteArrayLiteral("Content-Type")).toLower().startsWith("application/json")) {
        m_failures.failed(address);
        return problem(Status::UnsupportedMediaType, QStringLiteral("Unsupported Media Type"), QStringLiteral("send the body as application/json"));
    }
    RoomJoinRequest joining;
    if (auto e = decodeRoomJoinRequest(request.body(), joining)) {
        m_failures.failed(address);
        return problem(Status::BadRequest, QStringLiteral("Bad Request"), e->path + QLatin1Char(' ') + e->message,
                       QJsonArray{QJsonObject{{QStringLiteral("name"), e->path}, {QStringLiteral("reason"), e->message}}});
    }
    const QString code = normalizeRoomCode(joining.code);
    if (!pin::sameSecret(code.toUtf8(), m_room.code.toUtf8())) {
        m_failures.failed(address);
        qCWarning(lcHttp).noquote() << "wrong room code from" << address;
        return problem(Status::Forbidden, QStringLiteral("Forbidden"),
                       QStringLiteral("%1 is not the code of this room; check the code on the facilitator's screen").arg(formatRoomCode(code)));
    }
    const DeviceRegistry::Enrollment enrolled = admit(router.store().devices(), joining.deviceId, joining.appVersion, joining.name);
    if (enrolled.result != DeviceRegistry::Enrollment::Enrolled)
        return problem(Status::ServiceUnavailable, QStringLiteral("Service Unavailable"),
                       QStringLiteral("the hub could not register this tablet; try again"));
    qCInfo(lcHttp) << "tablet" << enrolled.deviceId << "joined room" << m_room.id;
    QHttpServerResponse r(QByteArrayLiteral("application/json"),
                          encode(RoomJoinResponse{m_room.id, enrolled.deviceId, enrolled.token, m_room.title, m_room.kern, m_room.phase,
                                                  m_room.contentVersion, m_room.activities, m_room.place, m_room.date}),
                          Status::Created);
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

QHttpServerResponse RoomRoutes::describe(ApiRouter &router, const QHttpServerRequest &request)
{
    QString deviceId;
    if (auto refused = router.authenticateDevice(request, &deviceId))
        return std::move(*refused);
    const QJsonObject room{{QStringLiteral("id"), m_room.id},          {QStringLiteral("title"), m_room.title},
                           {QStringLiteral("kern"), m_room.kern},      {QStringLiteral("phase"), m_room.phase},
                           {QStringLiteral("contentVersion"), m_room.contentVersion},
                           {QStringLiteral("startedAt"), m_room.startedAt},
                           {QStringLiteral("members"), qMax<qsizetype>(0, router.store().devices().list().size())},
                           {QStringLiteral("contributions"), router.store().ingest().contributionCount()}};
    return QHttpServerResponse(QByteArrayLiteral("application/json"), QJsonDocument(room).toJson(QJsonDocument::Compact));
}

QHttpServerResponse RoomRoutes::results(ApiRouter &router, const QHttpServerRequest &request)
{
    QString deviceId;
    if (auto refused = router.authenticateDevice(request, &deviceId))
        return std::move(*refused);
    const QString language = request.query().queryItemValue(QStringLiteral("lang"));
    if (!language.isEmpty() && language != QLatin1String("nl") && language != QLatin1String("en"))
        return problem(Status::BadRequest, QStringLiteral("Bad Request"), QStringLiteral("lang must be nl or en, not %1").arg(language),
                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("lang")}, {QStringLiteral("reason"), QStringLiteral("must be nl or en")}}});
    ServerStore &store = router.store();
    const auto published = store.content().current(false);
    if (!published)
        return problem(Status::ServiceUnavailable, QStringLiteral("Service Unavailable"), QStringLiteral("the hub holds no content pack to count against"));
    if (!m_pack || m_pack->version != published->version) {
        const auto full = store.content().current(true);
        ParsedPack parsed = full ? parseContentPack(full->json) : ParsedPack{};
        if (!parsed.pack)
            return problem(Status::ServiceUnavailable, QStringLiteral("Service Unavailable"),
                           QStringLiteral("the hub's content pack %1 cannot be read").arg(published->version));
        m_pack = std::make_shared<const ContentPack>(std::move(*parsed.pack));
    }
    // The same engine and rules (the minimum group of 5 included) as the server and the report.
    const results::Round round(store.ingest().roundContributions(), store.ingest().sessions());
    const results::Summary summary = results::summarize(*m_pack, round, {}, language.isEmpty() ? QStringLiteral("nl") : language);
    QJsonObject body = results::toJson(*m_pack, summary);
    // Free text only as the facilitator approved it (moderation.h).
    QJsonArray freeText;
    for (const moderation::FreeText &t : moderation::shown(*m_pack, round, store.moderation().latest()))
        freeText.append(moderation::toJson(t));
    body.insert(QStringLiteral("freeText"), freeText);
    QHttpServerResponse r(QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-cache"));
    return r;
}

} // namespace samenspraak::server
