#include "roomsummaries.h"

#include "serverstore.h"
#include "storesql_p.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace samenspraak::server {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse putRoomSummary(ApiRouter &router, const QHttpServerRequest &request, const QString &roomId, bool acceptRelays)
{
    QString deviceId;
    if (auto refused = router.authenticateDevice(request, &deviceId))
        return std::move(*refused);
    if (!acceptRelays)
        return problem(Status::Forbidden, QStringLiteral("Forbidden"),
                       QStringLiteral("this is a room hub: it takes no workshop summaries; a hub sends its summary to the municipal server"));
    if (!protocol::isUuid(roomId))
        return problem(Status::BadRequest, QStringLiteral("Bad Request"), QStringLiteral("%1 is not a room id (a UUID)").arg(roomId),
                       QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("roomId")}, {QStringLiteral("reason"), QStringLiteral("must be a UUID")}}});
    if (!request.value(QByteArrayLiteral("Content-Type")).toLower().startsWith("application/pdf"))
        return problem(Status::UnsupportedMediaType, QStringLiteral("Unsupported Media Type"), QStringLiteral("send the summary as application/pdf"));
    const QByteArray pdf = request.body();
    if (!pdf.startsWith("%PDF-"))
        return problem(Status::BadRequest, QStringLiteral("Bad Request"), QStringLiteral("the body is not a PDF (it does not start with %PDF-)"));

    ServerStore &store = router.store();
    QString owner;
    switch (store.ingest().bindRoom({roomId, {}, {}, {}}, deviceId, &owner)) {
    case IngestStore::RoomBinding::Bound:
        break;
    case IngestStore::RoomBinding::OtherHub:
        return problem(Status::Forbidden, QStringLiteral("Forbidden"),
                       QStringLiteral("room %1 belongs to hub %2; only a room's own hub sends its summary").arg(roomId, owner));
    case IngestStore::RoomBinding::Failed:
        return problem(Status::ServiceUnavailable, QStringLiteral("Service Unavailable"), QStringLiteral("the room could not be looked up; send it again later"));
    }
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex());
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("INSERT INTO room_summaries(room_id, device_id, sha256, pdf, received_at) VALUES(?,?,?,?,?) ON CONFLICT (room_id) DO NOTHING"));
    q.addBindValue(roomId);
    q.addBindValue(deviceId);
    q.addBindValue(sha256);
    q.addBindValue(pdf);
    q.addBindValue(detail::nowUtc());
    if (!q.exec())
        return problem(Status::ServiceUnavailable, QStringLiteral("Service Unavailable"),
                       QStringLiteral("the summary could not be stored (%1); send it again later").arg(q.lastError().text()));
    const bool stored = q.numRowsAffected() == 1;
    q.prepare(QStringLiteral("SELECT sha256 FROM room_summaries WHERE room_id = ?"));
    q.addBindValue(roomId);
    if (!q.exec() || !q.next())
        return problem(Status::ServiceUnavailable, QStringLiteral("Service Unavailable"), QStringLiteral("the summary could not be read back; send it again later"));
    if (q.value(0).toString() != sha256)
        return problem(Status::Conflict, QStringLiteral("Conflict"),
                       QStringLiteral("room %1 has a different summary already (sha256 %2); a room is summarised once").arg(roomId, q.value(0).toString()));
    const QJsonObject body{{QStringLiteral("roomId"), roomId}, {QStringLiteral("sha256"), sha256},
                           {QStringLiteral("status"), stored ? QStringLiteral("stored") : QStringLiteral("duplicate")}};
    return QHttpServerResponse(QByteArrayLiteral("application/json"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                               stored ? Status::Created : Status::Ok);
}

QList<StoredSummary> roomSummaries(ServerStore &store, bool withPdf)
{
    QList<StoredSummary> out;
    QSqlQuery q(store.db());
    if (!q.exec(QStringLiteral("SELECT s.room_id, s.device_id, s.sha256, s.received_at, COALESCE(r.title, ''), COALESCE(r.kern, '')%1"
                               " FROM room_summaries s LEFT JOIN rooms r ON r.id = s.room_id ORDER BY s.received_at, s.room_id")
                    .arg(withPdf ? QStringLiteral(", s.pdf") : QString())))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    q.value(5).toString(), withPdf ? q.value(6).toByteArray() : QByteArray()});
    return out;
}

} // namespace samenspraak::server
