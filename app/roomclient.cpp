#include "roomclient.h"

#include "appcontext.h"
#include "pinning.h"
#include "roomoutbox.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

namespace samenspraak {

namespace {

const QString RoomIdKey = QStringLiteral("room_id");
const QString RoomTitleKey = QStringLiteral("room_title");
const QString RoomHubKey = QStringLiteral("room_hub");
const QString RoomFingerprintKey = QStringLiteral("room_fingerprint");
const QString RoomTokenKey = QStringLiteral("room_token");
const QString RoomContentKey = QStringLiteral("room_content_version");
const QString RoomActivitiesKey = QStringLiteral("room_activities");

// The settings column is NOT NULL: "nothing" is stored as an empty text.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace

RoomMembership roomMembership(Store &store)
{
    const QString activities = store.setting(RoomActivitiesKey);
    return {store.setting(RoomIdKey),
            store.setting(RoomTitleKey),
            QUrl(store.setting(RoomHubKey)),
            store.setting(RoomFingerprintKey).toLatin1(),
            store.setting(RoomTokenKey),
            store.setting(RoomContentKey),
            activities.isEmpty() ? QStringList() : activities.split(QLatin1Char(','))};
}

bool leaveRoom(Store &store, QString *error)
{
    QList<std::pair<QString, QString>> cleared;
    for (const QString &key : {RoomIdKey, RoomTitleKey, RoomHubKey, RoomFingerprintKey, RoomTokenKey, RoomContentKey, RoomActivitiesKey,
                               QStringLiteral("workshop")})
        cleared.append({key, notNull({})});
    if (const StoreError e = store.setSettings(cleared)) {
        *error = e.message;
        return false;
    }
    return true;
}

QString saveRoomMembership(Store &store, const RoomMembership &membership, const QList<std::pair<QString, QString>> &extra)
{
    // All of it or nothing: a half-saved membership would send to a hub without its token.
    QList<std::pair<QString, QString>> settings{{RoomIdKey, membership.roomId},
                                                {RoomTitleKey, membership.title},
                                                {RoomHubKey, membership.hub.toString()},
                                                {RoomFingerprintKey, QString::fromLatin1(membership.fingerprint)},
                                                {RoomTokenKey, membership.token},
                                                {RoomContentKey, notNull(membership.contentVersion)},
                                                {RoomActivitiesKey, notNull(membership.activities.join(QLatin1Char(',')))},
                                                {QStringLiteral("workshop"), membership.roomId}};
    settings += extra;
    const StoreError e = store.setSettings(settings);
    return e ? e.message : QString();
}

JoinAddress parseJoinAddress(const QString &text)
{
    JoinAddress out;
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return out;
    const QUrlQuery query(url);
    out.code = protocol::normalizeRoomCode(query.queryItemValue(QStringLiteral("code")));
    out.fingerprint = sync::normalizeFingerprint(query.queryItemValue(QStringLiteral("fp")));
    out.hub.setScheme(url.scheme() == QLatin1String("http") ? QStringLiteral("https") : url.scheme());  // a hub speaks TLS only
    out.hub.setHost(url.host());
    out.hub.setPort(url.port());
    return out;
}

JoinOutcome joinRoom(AppContext &device, const QUrl &hub, const QString &code, const QByteArray &fingerprint, const QString &name)
{
    JoinOutcome out;
    Store &store = device.store();
    QNetworkAccessManager network;
    auto *pin = new sync::CertificatePin(&network, fingerprint);
    QNetworkRequest request = sync::apiRequest(hub, QStringLiteral("/rooms/current/members"), {}, 15'000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    const protocol::RoomJoinRequest body{code, store.deviceId(), QStringLiteral(SAMENSPRAAK_VERSION), name};
    const sync::Answer reply = sync::postAndWait(network, request, protocol::encode(body));
    const int status = reply.status;
    const QByteArray answer = reply.body;
    const QString detail = protocol::problemDetail(answer);
    if (!pin->refused().isEmpty()) {
        out.result = JoinOutcome::WrongCertificate;
        out.seenFingerprint = pin->refused();
        out.message = QStringLiteral("The hub at %1 shows a different certificate (fingerprint %2) than the one given (%3). This may "
                                     "not be the facilitator's tablet: nothing was sent. Compare the fingerprint with the hub's screen.")
                          .arg(hub.toString(), sync::formatFingerprint(pin->refused()), sync::formatFingerprint(fingerprint));
        return out;
    }
    if (status == 0) {
        out.result = JoinOutcome::Unreachable;
        out.message = QStringLiteral("Cannot reach the hub at %1 (%2). Check that this tablet is on the room's network and the address "
                                     "is right.").arg(hub.toString(), reply.error);
        return out;
    }
    if (status == 403) {
        out.result = JoinOutcome::WrongCode;
        out.message = QStringLiteral("The hub refused the room code: %1.").arg(detail);
        return out;
    }
    if (status == 429) {
        out.result = JoinOutcome::TooManyAttempts;
        out.message = QStringLiteral("Too many wrong room codes were tried: %1.").arg(detail);
        return out;
    }
    QString error;
    const auto joined = status == 201 ? protocol::decodeRoomJoinResponse(answer, &error) : std::nullopt;
    if (!joined) {
        out.result = JoinOutcome::Refused;
        out.message = QStringLiteral("The hub did not let this tablet join (HTTP %1%2).")
                          .arg(status).arg(detail.isEmpty() ? (error.isEmpty() ? QString() : QStringLiteral(": ") + error) : QStringLiteral(": ") + detail);
        return out;
    }
    out.membership = {joined->roomId, joined->title, hub, fingerprint, joined->token, joined->contentVersion, joined->activities};
    if (const QString e = saveRoomMembership(store, out.membership, {{QStringLiteral("mode"), QStringLiteral("workshop")}}); !e.isEmpty()) {
        out.result = JoinOutcome::LocalError;
        out.message = QStringLiteral("Joined, but could not save it on this tablet: %1").arg(e);
        return out;
    }
    out.result = JoinOutcome::Joined;
    out.message = QStringLiteral("joined room %1%2 at %3").arg(joined->roomId, joined->title.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(joined->title),
                                                              hub.toString());
    return out;
}

sync::SyncSummary syncToRoom(AppContext &device, const RoomMembership &room, QByteArray *refusedFingerprint)
{
    QNetworkAccessManager network;
    auto *pin = new sync::CertificatePin(&network, room.fingerprint);
    RoomOutbox outbox(device.store(), room.roomId);
    sync::SyncConfig config = device.syncConfig(room.hub);
    config.token = room.token;
    config.timeoutMs = 15'000;
    sync::SyncClient client(outbox, config, &network);
    const sync::SyncSummary summary = sync::runOnce(client);
    if (refusedFingerprint)
        *refusedFingerprint = pin->refused();
    return summary;
}

} // namespace samenspraak
