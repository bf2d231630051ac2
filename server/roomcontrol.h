#pragma once
// The facilitator's controls of a room (docs/architecture.md, "Room hub: facilitator controls";
// docs/api/openapi.yaml, tag "room"), added to the hub next to RoomRoutes:
//   GET  /api/v1/rooms/current/state?after=N   the room state; a long poll: when the state's
//        sequence is still N the answer waits until it changes or `wait` seconds passed
//   POST /api/v1/rooms/current/state           {"command": "next" | "pause" | "resume" | "results"}
//        with the hub's own token only (the facilitator's tablet; a member's room token: 403)
//
// Why a long poll: an idle hub must not keep the CPU busy. Each tablet holds one request open;
// nothing runs until the facilitator changes something or a wait ends (one timer per waiting
// tablet, every `wait` seconds). No pushing connection, no polling loop on the hub.
//
// The state is written to a file before it is answered, so a restarted hub goes on from the
// same state and sequence, and a tablet that comes back gets the current one.

#include "httpapi.h"
#include "protocol.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <list>
#include <memory>

namespace samenspraak::server {

class RoomControl : public QObject, public RouteGroup {
    Q_OBJECT
public:
    // `hubToken`: the facilitator's token for POST and for the hub's own /metrics and /healthz.
    // `stateFile`: where the state is kept (empty: in memory only). `activities`: the room's, in order.
    RoomControl(QString hubToken, QString stateFile, QString contentVersion, QStringList activities, QObject *parent = nullptr);
    ~RoomControl() override;

    void addRoutes(ApiRouter &router) override;
    static QStringList routes();  // "METHOD /path", as the OpenAPI test compares them

    // Reads the state kept in the state file (a restarted hub); false with `error` when it is damaged.
    [[nodiscard]] bool load(QString *error);
    const protocol::RoomState &state() const { return m_state; }

    enum class Command { Next, Pause, Resume, Results };
    static std::optional<Command> commandFromName(const QString &name);
    // Changes the state and answers every waiting tablet. Empty, or why it could not (the state
    // file cannot be written: nothing changed).
    QString apply(Command command);

    // The tablets seen: a long poll (or any state request) counts as a sign of life.
    struct Member {
        QString deviceId;
        QDateTime lastSeen;  // UTC
        bool waiting = false;  // a long poll is open now: the tablet hears the next change at once
    };
    QList<Member> members() const;
    // True when `request` carries the hub's own token.
    bool isHubRequest(const QHttpServerRequest &request) const;
    // Forgets the open long polls unanswered: before the API that would send the answers stops.
    void closeWaits();
    // The long poll's longest wait (seconds); a test makes it short.
    void setMaxWaitSeconds(int seconds) { m_maxWaitSeconds = seconds; }

signals:
    void stateChanged();
    void membersChanged();

private:
    struct Waiter;
    void get(ApiRouter &router, const QHttpServerRequest &request, ApiRouter::Reply reply);
    QHttpServerResponse post(const QHttpServerRequest &request);
    QHttpServerResponse stateResponse() const;
    void seen(const QString &deviceId, bool waiting);
    void answerWaiters();

    QString m_hubToken, m_stateFile;
    protocol::RoomState m_state;
    int m_maxWaitSeconds = 25;
    QHash<QString, Member> m_members;
    std::list<std::shared_ptr<Waiter>> m_waiters;
};

} // namespace samenspraak::server
