#pragma once
// The facilitator's tablet as room hub (docs/architecture.md, "Room hub"): the embedded
// ServerHost on the local network over TLS with the room's routes, its own server store, and the
// forwarding of what the tablets sent to the municipal server. Used by `samenspraak hub` and,
// later, by the facilitator menu.
//
// The room lives in DATA_DIR/room/ (room.json, the certificate and key, hub.db): started again
// on the same data dir (after a crash, say), the hub resumes the same room.
//
// Idle costs nothing: forwarding runs when an upload stored something new (ApiOptions::
// afterIngest), at start, and on a backoff timer only while the server cannot be reached.

#include "backoff.h"
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

namespace samenspraak {

class AppContext;
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

    const server::Room &room() const { return m_room; }
    quint16 port() const { return m_host.port(); }
    QByteArray fingerprint() const { return m_fingerprint; }  // SHA-256 hex of the certificate
    // What a tablet needs to join: https://HOST:PORT/join?code=CODE&fp=FINGERPRINT (also the QR code's text).
    QUrl joinUrl(const QString &host) const;
    // The address tablets should use: the one listened on, or for "any" the first non-loopback
    // IPv4 address of this machine (on a hotspot, the tablet's own).
    static QString advertisedHost(const QHostAddress &listened);
    // Stops and ends the room: DATA_DIR/room moves, whole, to DATA_DIR/rooms-ended/ (nothing it
    // received is deleted). Empty, or why the folder could not be moved.
    QString end();
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

signals:
    void forwarded(const samenspraak::sync::SyncSummary &summary);

private:
    QString roomDir() const;
    QString loadOrCreateRoom(const Options &options, bool *resumed);
    QString loadOrCreateCertificate();
    QString loadOrCreateHubToken();
    void scheduleForward(int delayMs);
    void forward();
    void onForwarded(const sync::SyncSummary &summary);

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
    std::unique_ptr<sync::SyncClient> m_client;
    sync::Backoff m_backoff{1000, 60'000};
    std::unique_ptr<class RoomBeacon> m_beacon;
    QTimer m_forwardTimer;
};

} // namespace samenspraak
