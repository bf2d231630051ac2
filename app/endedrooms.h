#pragma once
// Ended rooms (docs/architecture.md, "Workshop summary"): ending a room moves its folder, hub.db
// and all, to DATA_DIR/rooms-ended/STAMP/. What the hub stored there but the municipal server had
// not acknowledged yet (an offline evening) is forwarded from there, exactly once, the way a
// running hub forwards it: the contributions through the same ForwardOutbox and relay route
// (POST /api/v1/relays), then the facilitator's moderation decisions through the same
// ModerationSender (POST /api/v1/moderation-decisions). The room's delivery ledger in its hub.db
// keeps what the server acknowledged of both. It runs on `samenspraak sync`, in the app's
// SyncService (every sync) and at the start of a headless hub. An ended room with nothing left
// to send gets a `forwarded` file beside its hub.db and is not opened again.

#include "moderationsender.h"
#include "syncclient.h"

#include <QObject>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace samenspraak {

namespace server {
class ForwardOutbox;
class ServerStore;
}

// DATA_DIR/rooms-ended/* of the device whose data dir is `dataDir` that may still hold records
// to forward (no `forwarded` file), oldest first.
QStringList endedRoomsToForward(const QString &dataDir);

class EndedRoomsForwarder : public QObject {
    Q_OBJECT
public:
    // `server`: the hub tablet's enrollment (syncConfig); the resource is set to /relays.
    EndedRoomsForwarder(const QString &dataDir, sync::SyncConfig server, QNetworkAccessManager *network, QObject *parent = nullptr);
    ~EndedRoomsForwarder() override;
    // Forwards each ended room in turn; finished() once, also when there was none. Stops at the
    // first room the server cannot take now (the rest wait for the next start or sync).
    void start();
    bool isRunning() const { return m_running; }

    struct Outcome {
        int rooms = 0;         // ended rooms that had records or decisions to send
        int acknowledged = 0;  // records the server acknowledged now (stored or already there)
        int pending = 0;       // records still to forward (of the rooms tried)
        int decisions = 0;         // moderation decisions the server acknowledged now
        int decisionsPending = 0;  // moderation decisions still to send (of the rooms tried)
        QString error;         // why the last room did not go; empty when all went
        sync::FailureKind failure = sync::FailureKind::None;
    };
signals:
    void finished(const samenspraak::EndedRoomsForwarder::Outcome &outcome);

private:
    void next();
    void onRoomForwarded(const sync::SyncSummary &summary);
    void onDecisionsSent(const ModerationSender::Outcome &outcome);
    // The server cannot take more now: what this room and the rooms not tried yet still hold
    // waits for the next time.
    void stopHere(sync::FailureKind failure, const QString &error);
    void closeRoom();

    QString m_dataDir;
    sync::SyncConfig m_server;
    QNetworkAccessManager *m_network;
    QStringList m_todo;
    QString m_current;
    std::unique_ptr<server::ServerStore> m_store;
    std::unique_ptr<server::ForwardOutbox> m_outbox;
    std::unique_ptr<sync::SyncClient> m_client;
    std::unique_ptr<ModerationSender> m_decisions;
    Outcome m_outcome;
    bool m_running = false;
};

// Forwards every ended room of `dataDir` and waits (a local event loop): for `samenspraak sync`.
EndedRoomsForwarder::Outcome forwardEndedRoomsAndWait(const QString &dataDir, const sync::SyncConfig &server);

} // namespace samenspraak
