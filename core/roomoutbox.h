#pragma once
// The tablet's outbox for the room hub (docs/architecture.md, "Room hub"): the sessions of one
// room (workshop = the room id) and their answers, with what the hub acknowledged kept in the
// store's delivery ledger, apart from what the municipal server acknowledged. So a tablet sends
// each record to both, and neither acknowledgement stands in for the other.

#include "deliveryledger.h"

namespace samenspraak {

class Store;

class RoomOutbox : public LedgerOutbox {
public:
    RoomOutbox(Store &store, const QString &roomId);

    QList<protocol::SessionRecord> pendingSessions(int limit, const QStringList &inFlight = {}) override;
    QList<protocol::ContributionRecord> pendingContributions(int limit, const QStringList &inFlight = {}) override;
    QList<protocol::SessionRecord> sessionsFor(const QList<protocol::ContributionRecord> &contributions) override;
    int pendingCount() override;
    qint64 reserveReportSequences(int count) override;  // the device's one counter (Store)

private:
    Store &m_store;
    QString m_roomId;
};

} // namespace samenspraak
