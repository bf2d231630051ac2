#pragma once
// The room hub's outbox towards the municipal server (docs/architecture.md, "Room hub"): every
// session and answer the hub's server store received from the room's tablets, forwarded as a
// relay (POST /api/v1/relays) that names the room and, per session, the tablet that made it.
// What the server acknowledged is kept in the store's delivery ledger under the server's URL.

#include "deliveryledger.h"

#include <QUrl>

namespace samenspraak::server {

class ServerStore;

// The delivery ledger's target for the municipal server at `server`: its URL without a trailing
// slash. The running hub and an ended room's forwarding use the same key, for contributions and
// moderation decisions alike, so what one acknowledged counts for the other.
inline QString ledgerTarget(const QUrl &server)
{
    return server.adjusted(QUrl::StripTrailingSlash).toString();
}

class ForwardOutbox : public LedgerOutbox {
public:
    // `room`: id, title and kern (its origins are filled per batch).
    ForwardOutbox(ServerStore &store, const QString &serverUrl, protocol::RelayInfo room);

    QList<protocol::SessionRecord> pendingSessions(int limit, const QStringList &inFlight = {}) override;
    QList<protocol::ContributionRecord> pendingContributions(int limit, const QStringList &inFlight = {}) override;
    QList<protocol::SessionRecord> sessionsFor(const QList<protocol::ContributionRecord> &contributions) override;
    void describeBatch(protocol::UploadBatch &batch) override;
    int pendingCount() override;
    // The hub's counter, in its store's server_info (`report_sequence`).
    qint64 reserveReportSequences(int count) override;

private:
    ServerStore &m_store;
    protocol::RelayInfo m_room;
};

} // namespace samenspraak::server
