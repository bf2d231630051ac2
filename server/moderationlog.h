#pragma once
// Moderation decisions in a server store (core/moderation.h; docs/architecture.md,
// "Moderation"). The same table on a room hub, where the facilitator decides, and on the
// municipal server, which receives the hub's decisions (POST /api/v1/moderation-decisions), so
// its exports carry the same mark. A decision is an immutable record on the id the hub made:
// an identical resend is a duplicate, a different one under the same id a conflict, never an
// overwrite. The latest decision per text is its state.

#include "moderation.h"

#include <QSqlDatabase>

namespace samenspraak::server {

class ModerationLog {
public:
    explicit ModerationLog(QSqlDatabase &db) : m_db(db) {}
    ModerationLog(const ModerationLog &) = delete;
    ModerationLog &operator=(const ModerationLog &) = delete;

    // Portable SQL for the store's migration step (both backends).
    static QStringList schema();

    enum class Recorded { Stored, Duplicate, Conflict, Failed };
    // Commits the decision (its own transaction). `relayedBy`: the hub that sent it (on the
    // municipal server); empty where it was made.
    [[nodiscard]] Recorded record(const moderation::Decision &decision, const QString &relayedBy = {});
    // Every decision, oldest first.
    QList<moderation::Decision> all();
    QHash<QString, moderation::Decision> latest() { return moderation::latest(all()); }

    // The hub that owns the room the contribution's session belongs to (the rooms table a relay
    // binds); empty when the contribution is unknown or not in a room.
    QString hubOf(const QString &contributionId);

    // On a hub: the decisions `target` (the municipal server's URL, as in the delivery ledger)
    // has not acknowledged yet, whose contribution it has acknowledged already. Oldest first.
    QList<moderation::Decision> pendingFor(const QString &target, int limit);
    // On a hub: how many decisions `target` has not settled yet, whether or not their
    // contribution went already, except those about a contribution it set aside (they cannot
    // go). -1 when the store cannot be read.
    int unsentCount(const QString &target);

private:
    QSqlDatabase &m_db;
};

} // namespace samenspraak::server
