#pragma once
// Sends a room hub's moderation decisions to the municipal server (POST
// /api/v1/moderation-decisions, docs/architecture.md, "Moderation"), each exactly once: the
// hub's delivery ledger keeps what the server acknowledged (record_type `moderation`, the same
// target as the ForwardOutbox's), and the server stores each decision once on its id. A decision
// goes only once the server acknowledged its contribution.
//
// The one way decisions leave a hub's store: the running hub (HubModeration, which retries with
// backoff) and an ended room's forwarding (EndedRoomsForwarder, after the room's contributions)
// both send through it.

#include "syncclient.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

class QNetworkAccessManager;
class QNetworkReply;

namespace samenspraak {

namespace server {
class ServerStore;
}

class ModerationSender : public QObject {
    Q_OBJECT
public:
    static constexpr int DecisionsPerRequest = 200;

    // `config.server`: the municipal server (with the hub tablet's token); its ledger target is
    // server::ledgerTarget(config.server), as the ForwardOutbox's.
    ModerationSender(server::ServerStore &store, QNetworkAccessManager *network, sync::SyncConfig config, QObject *parent = nullptr);
    ~ModerationSender() override;

    // Sends what the server may take now, one request at a time, until nothing is left or a
    // request fails; then finished() once (also when there was nothing to send). A decision made
    // while a request runs goes before finished(). Does nothing while running.
    void start();
    bool isRunning() const { return m_running; }
    // Decisions the server has not settled yet, except those about a contribution it set aside
    // (they cannot go): what is still to send, now or once their contributions are acknowledged.
    int pendingCount();

    struct Outcome {
        int acknowledged = 0;  // stored or already there
        int setAside = 0;      // conflict or rejected: settled, with the reason in the ledger
        QString error;         // empty when everything sendable went
        sync::FailureKind failure = sync::FailureKind::None;
        int httpStatus = 0;
    };
signals:
    void finished(const samenspraak::ModerationSender::Outcome &outcome);

private:
    void sendNext();
    void onReply(QNetworkReply *reply, const QStringList &ids);
    void finish(sync::FailureKind failure, const QString &error, int httpStatus = 0);

    server::ServerStore &m_store;
    QNetworkAccessManager *m_network;
    sync::SyncConfig m_config;
    QString m_target;
    QPointer<QNetworkReply> m_reply;
    Outcome m_outcome;
    bool m_running = false;
};

} // namespace samenspraak
