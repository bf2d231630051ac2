#pragma once
// The room hub's outbox towards the municipal server (docs/architecture.md, "Room hub"): every
// session and answer the hub's server store received from the room's tablets, forwarded as a
// relay (POST /api/v1/relays) that names the room and, per session, the tablet that made it.
// What the server acknowledged is kept in the store's delivery ledger under the server's URL.

#include "deliveryledger.h"
#include "outbox.h"

namespace samenspraak::server {

class ServerStore;

class ForwardOutbox : public sync::Outbox {
public:
    // `room`: id, title and kern (its origins are filled per batch).
    ForwardOutbox(ServerStore &store, const QString &serverUrl, protocol::RelayInfo room);

    QList<protocol::SessionRecord> pendingSessions(int limit) override;
    QList<protocol::ContributionRecord> pendingContributions(int limit) override;
    QList<protocol::SessionRecord> sessionsFor(const QList<protocol::ContributionRecord> &contributions) override;
    // What the hub stored is never changed (the server store keeps every record as received).
    bool markSendAttempt(const QStringList &) override { return true; }
    bool applyResults(const QList<protocol::RecordResult> &results) override { return m_ledger.apply(results); }
    bool recordServerFailure(const QStringList &ids, const QString &reason) override { return m_ledger.recordFailure(ids, reason); }
    bool noteServerEpoch(const QString &, const QString &epoch) override { return m_ledger.noteEpoch(epoch); }
    void describeBatch(protocol::UploadBatch &batch) override;
    int pendingCount() override;
    int quarantinedCount() override { return m_ledger.count(DeliveryLedger::Quarantined); }

private:
    ServerStore &m_store;
    DeliveryLedger m_ledger;
    protocol::RelayInfo m_room;
};

} // namespace samenspraak::server
