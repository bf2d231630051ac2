#pragma once
// What one destination acknowledged of the records a store keeps, beside the store's own sync
// state: a tablet in a room delivers to the room hub as well as to the municipal server, and a
// hub forwards what its tablets sent to the server (docs/architecture.md, "Room hub"). The same
// two tables in the device store and in the server store (SQLite or PostgreSQL: portable SQL):
//   delivered(target, record_id, record_type, state, failures, note, acked_at)
//   delivery_targets(target, epoch)
// No row, or state 0, means "still to deliver to that target".

#include "outbox.h"
#include "protocol.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace samenspraak {

class DeliveryLedger {
public:
    enum State { Pending = 0, Acknowledged = 1, Quarantined = 2 };
    static constexpr int PoisonAttempts = 8;  // failures of the destination before a record is set aside

    // The statements that create the two tables: one migration step of each store holds them.
    static QStringList schema();

    DeliveryLedger(QSqlDatabase &db, QString target) : m_db(db), m_target(std::move(target)) {}
    const QString &target() const { return m_target; }

    // "LEFT JOIN delivered d ON ..." for records whose id is `idExpression` (e.g. "c.id"); with it,
    // pendingCondition() selects what is still to deliver and failureOrder() sorts records the
    // destination failed on last.
    QString join(const QString &idExpression) const;
    static QString pendingCondition() { return QStringLiteral("COALESCE(d.state, 0) = 0"); }
    static QString failureOrder() { return QStringLiteral("COALESCE(d.failures, 0)"); }

    // The destination's per-record answers, durably: stored and duplicate are acknowledged,
    // conflict and rejected set aside with the reason. A settled record stays settled.
    [[nodiscard]] bool apply(const QList<protocol::RecordResult> &results);
    // The destination failed on a batch holding these records; after PoisonAttempts failures a
    // record is set aside, so one poison record cannot block the rest.
    [[nodiscard]] bool recordFailure(const QStringList &ids, const QString &reason);
    // The epoch the destination answered with. A different one than before means it lost what it
    // acknowledged (restored, or its store made anew): every acknowledgement is forgotten, so it
    // all goes again (and is answered `duplicate` where it was kept). Returns true then.
    bool noteEpoch(const QString &epoch);
    int count(State state);

private:
    QString quotedTarget() const;

    QSqlDatabase &m_db;
    QString m_target;
};

// An outbox whose deliveries a DeliveryLedger keeps: the tablet's RoomOutbox and the hub's
// ForwardOutbox. What to send is theirs to say; what the destination answered is the ledger's.
class LedgerOutbox : public sync::Outbox {
public:
    LedgerOutbox(QSqlDatabase &db, const QString &target) : m_ledger(db, target) {}
    // The records are immutable in their store already (triggers, or a server store that never
    // changes a record): nothing to freeze.
    bool markSendAttempt(const QStringList &) override { return true; }
    bool applyResults(const QList<protocol::RecordResult> &results) override { return m_ledger.apply(results); }
    bool recordServerFailure(const QStringList &ids, const QString &reason) override { return m_ledger.recordFailure(ids, reason); }
    bool noteServerEpoch(const QString &, const QString &epoch) override { return m_ledger.noteEpoch(epoch); }
    int quarantinedCount() override { return m_ledger.count(DeliveryLedger::Quarantined); }

protected:
    DeliveryLedger m_ledger;
};

} // namespace samenspraak
