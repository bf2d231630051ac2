#pragma once
// A member tablet following its room (docs/architecture.md, "Room hub: facilitator controls"):
// one long poll at a time on the hub's GET /api/v1/rooms/current/state, over the pinned
// connection. The hub answers when the facilitator changes the state (next activity, pause,
// results) or after its wait; the tablet asks again at once. When the hub cannot be reached the
// tablet works alone (the state becomes "free") and tries again with backoff: nothing of what
// its participants entered depends on the hub.

#include "backoff.h"
#include "pinning.h"
#include "protocol.h"
#include "roomclient.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace samenspraak {

class RoomFollower : public QObject {
    Q_OBJECT
public:
    explicit RoomFollower(QObject *parent = nullptr);
    ~RoomFollower() override;

    // Follows `room` (a valid membership) from now on; stop() ends it.
    void follow(const RoomMembership &room);
    void stop();
    bool following() const { return m_room.valid(); }

    const protocol::RoomState &state() const { return m_state; }
    // The hub answered the last request (false while it cannot be reached).
    bool reachable() const { return m_reachable; }
    // Why the hub could not be followed: "unreachable", "wrongCertificate", "refused" (the
    // hub no longer knows this tablet's token), or empty.
    QString problem() const { return m_problem; }
    // Longest wait asked of the hub, in seconds (a test makes it short).
    void setWaitSeconds(int seconds) { m_waitSeconds = seconds; }
    void setRetryMaxMs(int ms) { m_backoff = sync::Backoff(qMin(1000, ms), ms); }

signals:
    void stateChanged();
    void reachableChanged();

private:
    void poll();
    void onFinished();
    void setReachable(bool reachable, const QString &problem);

    RoomMembership m_room;
    protocol::RoomState m_state;
    bool m_reachable = false;
    QString m_problem;
    int m_waitSeconds = 25;
    sync::Backoff m_backoff{1000, 30'000};
    QTimer m_retry;
    std::unique_ptr<QNetworkAccessManager> m_network;  // with the room's certificate pin; made anew per room
    QPointer<QNetworkReply> m_reply;
    sync::CertificatePin *m_pin = nullptr;  // owned by m_network
};

} // namespace samenspraak
