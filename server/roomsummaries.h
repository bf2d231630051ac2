#pragma once
// Workshop summaries on the municipal server (docs/architecture.md, "Workshop summary"): the PDF
// a room hub makes when its facilitator ends the room, sent with PUT /api/v1/rooms/ROOM/summary.
// One per room, kept whole: a resend of the same PDF is a duplicate (200), a different one for a
// room that has one a conflict (409). Only the room's hub may send it (the rooms table binds a
// room to the hub that relayed it first; a room nobody relayed yet is bound here).

#include "httpapi.h"

#include <optional>

namespace samenspraak::server {

inline const QString RoomSummaryRoute = QStringLiteral("/api/v1/rooms/<arg>/summary");

// The route's handler; `acceptRelays` false (a room hub itself) refuses.
QHttpServerResponse putRoomSummary(ApiRouter &router, const QHttpServerRequest &request, const QString &roomId, bool acceptRelays);

struct StoredSummary {
    QString roomId, deviceId, sha256, receivedAt;
    QString title, kern;  // of the room, as its hub named it
    QByteArray pdf;
};
// Every stored summary, oldest first; without the PDF bytes unless `withPdf`.
QList<StoredSummary> roomSummaries(ServerStore &store, bool withPdf);

} // namespace samenspraak::server
