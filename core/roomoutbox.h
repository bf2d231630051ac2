#pragma once
// The tablet's outbox for the room hub (docs/architecture.md, "Room hub"): the sessions of one
// room (workshop = the room id) and their answers, with what the hub acknowledged kept in the
// store's delivery ledger, apart from what the municipal server acknowledged. So a tablet sends
// each record to both, and neither acknowledgement stands in for the other.

#include "deliveryledger.h"
#include "outbox.h"

namespace samenspraak {

class Store;

class RoomOutbox : public sync::Outbox {
public:
    RoomOutbox(Store &store, const QString &roomId);

    QList<protocol::SessionRecord> pendingSessions(int limit) override;
    QList<protocol::ContributionRecord> pendingContributions(int limit) override;
    QList<protocol::SessionRecord> sessionsFor(const QList<protocol::ContributionRecord> &contributions) override;
    // The records are immutable in the store already (triggers): nothing to freeze.
    bool markSendAttempt(const QStringList &) override { return true; }
    bool applyResults(const QList<protocol::RecordResult> &results) override { return m_ledger.apply(results); }
    bool recordServerFailure(const QStringList &ids, const QString &reason) override { return m_ledger.recordFailure(ids, reason); }
    bool noteServerEpoch(const QString &, const QString &epoch) override { return m_ledger.noteEpoch(epoch); }
    int pendingCount() override;
    int quarantinedCount() override { return m_ledger.count(DeliveryLedger::Quarantined); }

private:
    Store &m_store;
    QString m_roomId;
    DeliveryLedger m_ledger;
};

} // namespace samenspraak
