#pragma once
// The room hub's own routes (docs/architecture.md, "Room hub"; docs/api/openapi.yaml, tag
// "room"), added to the hub's ServerHost next to the built-in API:
//   POST /api/v1/rooms/current/members   join with the room code: a room token for this hub
//   GET  /api/v1/rooms/current           the room, for its members
//   GET  /api/v1/rooms/current/results   the room's live results (the shared results engine)
// With the room token a tablet uses the built-in POST /api/v1/uploads of the hub.

#include "httpapi.h"
#include "ratelimiter.h"
#include "serverstore.h"

#include <memory>

namespace samenspraak::server {

// A workshop as its facilitator started it. Kept by the hub (RoomHub) so a restarted hub
// resumes the same room.
struct Room {
    QString id;              // UUID; the room's sessions carry it as `workshop`
    QString code;            // 6 digits (protocol::normalizeRoomCode)
    QString title, kern, phase;
    QString contentVersion;  // the pack the room uses
    QString startedAt;
    QStringList activities;  // the activity ids chosen for the evening; empty: all of the pack
    QString place, date;
};

class RoomRoutes : public RouteGroup {
public:
    // `joinFailuresPerMinute`: wrong codes per address per minute (all addresses: ten times
    // that) before joins are answered 429; 0 turns the limit off.
    explicit RoomRoutes(Room room, double joinFailuresPerMinute = 10);
    void addRoutes(ApiRouter &router) override;
    const Room &room() const { return m_room; }

    static QStringList routes();  // "METHOD /path", as the OpenAPI test compares them
    // Registers `deviceId` as a member of the hub's room (a one-time enrollment code in the hub's
    // own registry, redeemed at once) and hands out its room token: for a joining tablet, and for
    // the hub tablet itself, whose own sessions take the same path into the room.
    static DeviceRegistry::Enrollment admit(DeviceRegistry &devices, const QString &deviceId, const QString &appVersion,
                                            const QString &name);

private:
    QHttpServerResponse join(ApiRouter &router, const QHttpServerRequest &request);
    QHttpServerResponse describe(ApiRouter &router, const QHttpServerRequest &request);
    QHttpServerResponse results(ApiRouter &router, const QHttpServerRequest &request);

    Room m_room;
    AttemptLimiter m_failures;
    std::shared_ptr<const ContentPack> m_pack;  // the published pack last parsed (versions are immutable)
};

} // namespace samenspraak::server
