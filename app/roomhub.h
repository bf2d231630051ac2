#pragma once
// The facilitator's tablet as room hub (docs/architecture.md, "Room hub"): the embedded
// ServerHost on the local network over TLS with the room's routes, its own server store, and the
// forwarding of what the tablets sent to the municipal server. Used by `samenspraak hub` and,
// later, by the facilitator menu.
//
// The room lives in DATA_DIR/room/ (room.json, the certificate and key, hub.db): started again
// on the same data dir (after a crash, say), the hub resumes the same room.
//
// Rooms ended before (DATA_DIR/rooms-ended/) forward what they still hold at start (endedrooms.h).
//
// Idle costs nothing: forwarding runs when an upload stored something new (ApiOptions::
// afterIngest), at start, and on a backoff timer only while the server cannot be reached.

#include "backoff.h"
#include "results.h"
#include "hubmoderation.h"
#include "roomcontrol.h"
#include "roomroutes.h"
#include "serverhost.h"
#include "syncclient.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <memory>

class QLockFile;

namespace samenspraak {

class AppContext;
class EndedRoomsForwarder;
class SummarySender;
struct ContentPack;
namespace server {
class ForwardOutbox;
}

struct RoomSettings {
    QString title, kern, phase;
    QStringList activities;  // the activity ids chosen, in order; empty: all of the pack
    QString place, date;
};

class RoomHub : public QObject {
    Q_OBJECT
public:
    // `device` is the hub tablet itself: its pack is the room's, and when it is enrolled with the
    // municipal server (a device token and server URL), the hub forwards there as that device.
    explicit RoomHub(AppContext &device, QObject *parent = nullptr);
    ~RoomHub() override;

    struct Options {
        QHostAddress address = QHostAddress::Any;
        quint16 port = 0;
        RoomSettings settings;       // for a new room; a resumed room keeps its own
        bool newRoom = false;        // end the room in DATA_DIR/room (kept in DATA_DIR/rooms-ended/) and start anew
        bool resumeOnly = false;     // fail when DATA_DIR/room holds no room (ending one, say)
        double joinFailuresPerMinute = 10;
        int forwardRetryMaxMs = 60'000;
        quint16 discoveryPort = 0;   // answer room discovery (roomdiscovery.h) on this UDP port; 0: not at all
    };
    struct Started {
        QString error;         // one line for a person; empty when running
        bool resumed = false;  // the room in DATA_DIR/room was resumed
        bool ok() const { return error.isEmpty(); }
    };
    [[nodiscard]] Started start(const Options &options);
    void stop();

    // Ends the room (the facilitator's explicit end, not a stop): writes the workshop summary
    // (workshopsummary.h) into DATA_DIR/summaries/, queued for the municipal server; stops the
    // hub; keeps the room's folder whole in DATA_DIR/rooms-ended/; and the hub tablet leaves the
    // room, so its next sessions are no longer the room's. Send the summary with
    // SummarySender (done by SyncService and `samenspraak sync`).
    struct Ended {
        QString summaryPath;
        QString error;  // one line; the room keeps running when the summary could not be written
        bool ok() const { return error.isEmpty(); }
    };
    [[nodiscard]] Ended end(const QString &language = QStringLiteral("nl"));
    // Waits (a local event loop, at most `timeoutMs`) until the hub tablet's own sessions are in
    // the room and the forward to the municipal server (contributions, then moderation
    // decisions) is done or cannot go on: before end().
    void settle(int timeoutMs);

    const server::Room &room() const { return m_room; }
    quint16 port() const { return m_host.port(); }
    QByteArray fingerprint() const { return m_fingerprint; }  // SHA-256 hex of the certificate
    // What a tablet needs to join: https://HOST:PORT/join?code=CODE&fp=FINGERPRINT (also the QR code's text).
    QUrl joinUrl(const QString &host) const;
    // The address tablets should use: the one listened on, or for "any" the first non-loopback
    // IPv4 address of this machine (on a hotspot, the tablet's own).
    static QString advertisedHost(const QHostAddress &listened);
    server::ServerHost &host() { return m_host; }
    bool isRunning() const { return m_host.isRunning(); }
    // The facilitator's controls (next activity, pause, results) and who is connected; null
    // when not running.
    server::RoomControl *control() { return m_control.get(); }
    // The hub's own token (DATA_DIR/room/hub-token, mode 0600): for POST .../state and for the
    // hub's /metrics and /healthz, which are closed to the room's network without a token.
    QString hubToken() const { return m_hubToken; }
    // Where the hub token is kept.
    QString hubTokenFile() const;
    // How many people took part (sessions the hub holds); -1 when not running.
    qint64 participants();
    // The municipal server the hub forwards to; empty when the hub tablet is not enrolled.
    QUrl forwardServer() const { return m_forwardConfig.server; }
    int pendingForward();
    // Moderation decisions not yet acknowledged by the municipal server; -1 when not forwarding.
    int pendingModeration();
    const ContentPack &pack() const;  // the room's (the hub tablet's own)
    // The store took new records: flag by the word list, then contentsChanged. The API calls it
    // (ApiOptions::afterIngest, coalesced); a test that writes to the store directly calls it too.
    void contentsStored();
    // The round the hub holds (every contribution and session of its store), read once per
    // change and shared by the word list and the projector and moderation models; null while
    // stopped. Read again after the next upload stored or contentsStored().
    std::shared_ptr<const results::Round> round();
    // The facilitator's moderation of free text (hubmoderation.h); null while stopped.
    HubModeration *moderation() { return m_moderation.get(); }

    // The hub tablet's own sessions (assisted or paper entry, say) count in the room like any
    // tablet's: at start the hub joins its own room (its device in hub.db's registry, the
    // membership in its store pointing at this hub over loopback), so SyncService and `samenspraak
    // sync` send them through the same exactly-once path. This sends what is pending now.
    void syncOwnSessions();

signals:
    void forwarded(const samenspraak::sync::SyncSummary &summary);
    // What the hub holds changed: an upload was stored or a moderation decision made. Emitted
    // once per turn of the event loop however many uploads it stored (the projector recomputes
    // on it: no polling).
    void contentsChanged();
    void runningChanged();

private:
    QString roomDir() const;
    QString loadOrCreateRoom(const Options &options, bool *resumed);
    QString loadOrCreateCertificate();
    QString loadOrCreateHubToken();
    void scheduleForward(int delayMs);
    void forward();
    void onForwarded(const sync::SyncSummary &summary);
    QString joinOwnRoom(const Options &options);

    AppContext &m_device;
    server::Room m_room;
    std::unique_ptr<server::RoomRoutes> m_routes;
    std::unique_ptr<server::RoomControl> m_control;
    QString m_hubToken;
    server::ServerHost m_host;
    QByteArray m_fingerprint;
    QNetworkAccessManager m_network;
    sync::SyncConfig m_forwardConfig;
    std::unique_ptr<server::ForwardOutbox> m_outbox;
    // What rooms ended earlier on this tablet had not forwarded, and their pending summaries
    // (endedrooms.h, workshopsummary.h): sent once at start.
    std::unique_ptr<EndedRoomsForwarder> m_ended;
    std::unique_ptr<SummarySender> m_summaries;
    std::unique_ptr<sync::SyncClient> m_client;
    sync::Backoff m_backoff{1000, 60'000};
    std::unique_ptr<class RoomBeacon> m_beacon;
    QTimer m_forwardTimer;
    bool m_forwardFailed = false;  // the last forward did not reach the server
    bool m_moderationFailed = false;  // the last sending of moderation decisions did not go
    std::unique_ptr<QLockFile> m_lock;  // DATA_DIR/hub.lock: one hub per data dir
    // The hub tablet's own store towards its own room (syncOwnSessions).
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    std::unique_ptr<class RoomOutbox> m_ownOutbox;
    std::unique_ptr<sync::SyncClient> m_ownClient;
    std::unique_ptr<HubModeration> m_moderation;
    QTimer m_storedTimer;  // coalesces the uploads of one turn of the event loop
    std::shared_ptr<const results::Round> m_round;  // round(); reset when the store took records
};

} // namespace samenspraak
