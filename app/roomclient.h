#pragma once
// A tablet's side of a room (docs/architecture.md, "Room hub"): joining a hub with the room
// code, pinning its certificate, and sending the room's records to it. Used by `samenspraak
// join` and `samenspraak sync`, and later by the join screen.

#include "syncclient.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace samenspraak {

class AppContext;
class Store;

// The room this device joined, as kept in its settings.
struct RoomMembership {
    QString roomId, title;
    QUrl hub;              // https://HOST:PORT
    QByteArray fingerprint;
    QString token;         // the room token (valid at this hub only)
    QString contentVersion;  // the room's pack (the tablet may have another: shown to the facilitator)
    QStringList activities;  // the room's activities; empty: all of the pack
    bool valid() const { return !roomId.isEmpty() && hub.isValid() && !fingerprint.isEmpty() && !token.isEmpty(); }
};
RoomMembership roomMembership(Store &store);
// Saves the membership, all of it or nothing, and makes the device's new sessions the room's
// (`workshop` = the room id); `extra` settings go in the same transaction. Empty, or why not.
QString saveRoomMembership(Store &store, const RoomMembership &membership, const QList<std::pair<QString, QString>> &extra = {});
// Forgets the room: new sessions are no longer the room's. What the room's participants entered
// stays on the tablet and still goes to the municipal server. False with `error` when the
// settings cannot be written.
[[nodiscard]] bool leaveRoom(Store &store, QString *error);

// What a join URL (the QR code's text, https://HOST:PORT/join?code=CODE&fp=FINGERPRINT) or a
// typed address carries. The hub is the URL without path and query.
struct JoinAddress {
    QUrl hub;
    QString code;            // normalized, or empty
    QByteArray fingerprint;  // normalized, or empty
};
JoinAddress parseJoinAddress(const QString &text);

struct JoinOutcome {
    enum Result { Joined, WrongCode, TooManyAttempts, WrongCertificate, Unreachable, Refused, LocalError };
    Result result = LocalError;
    QString message;          // one sentence for a person
    QByteArray seenFingerprint;  // the hub's, when its certificate was refused
    RoomMembership membership;
};
// Joins the hub with `code`, accepting only the certificate with `fingerprint`; on success the
// membership is saved and the device's new sessions belong to the room (workshop mode). Blocks
// in a local event loop.
JoinOutcome joinRoom(AppContext &device, const QUrl &hub, const QString &code, const QByteArray &fingerprint, const QString &name = {});

// Sends the room's records the hub has not acknowledged (RoomOutbox) over the pinned
// connection, to completion. `refusedFingerprint` is set when the hub's certificate was refused.
sync::SyncSummary syncToRoom(AppContext &device, const RoomMembership &room, QByteArray *refusedFingerprint = nullptr);

} // namespace samenspraak
