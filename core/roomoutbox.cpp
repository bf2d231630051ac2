#include "roomoutbox.h"

#include "store.h"

#include <QSqlQuery>
#include <QVariant>

namespace samenspraak {

RoomOutbox::RoomOutbox(Store &store, const QString &roomId) : LedgerOutbox(store.db(), roomId), m_store(store), m_roomId(roomId) {}

QList<protocol::SessionRecord> RoomOutbox::pendingSessions(int limit, const QStringList &inFlight)
{
    QVariantList values{m_roomId};
    const QString notInFlight = andNotIn(m_store.db(), QStringLiteral("s.id"), inFlight, values);
    values.append(limit);
    return m_store.selectSessions(QStringLiteral("%1 WHERE s.workshop = ? AND %2%3 ORDER BY %4, s.started_at LIMIT ?")
                                      .arg(m_ledger.join(QStringLiteral("s.id")), DeliveryLedger::pendingCondition(), notInFlight,
                                           DeliveryLedger::failureOrder()),
                                  values);
}

QList<protocol::ContributionRecord> RoomOutbox::pendingContributions(int limit, const QStringList &inFlight)
{
    // What was purged is gone from the device (Store::purge); a room's answers are sent within
    // the evening, long before any retention ends.
    QVariantList values{m_roomId};
    const QString notInFlight = andNotIn(m_store.db(), QStringLiteral("c.id"), inFlight, values);
    values.append(limit);
    return m_store.selectContributions(QStringLiteral("JOIN sessions s ON s.id = c.session_id %1 WHERE s.workshop = ? AND %2"
                                                      " AND c.purged_at IS NULL%3 ORDER BY %4, c.seq LIMIT ?")
                                           .arg(m_ledger.join(QStringLiteral("c.id")), DeliveryLedger::pendingCondition(), notInFlight,
                                                DeliveryLedger::failureOrder()),
                                       values);
}

QList<protocol::SessionRecord> RoomOutbox::sessionsFor(const QList<protocol::ContributionRecord> &contributions)
{
    return m_store.sessionsFor(contributions);
}

qint64 RoomOutbox::reserveReportSequences(int count)
{
    return m_store.reserveReportSequences(count);
}

int RoomOutbox::pendingCount()
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM sessions s %1 WHERE s.workshop = ? AND %3)"
                             " + (SELECT count(*) FROM contributions c JOIN sessions s ON s.id = c.session_id %2"
                             " WHERE s.workshop = ? AND c.purged_at IS NULL AND %3)")
                  .arg(m_ledger.join(QStringLiteral("s.id")), m_ledger.join(QStringLiteral("c.id")), DeliveryLedger::pendingCondition()));
    q.addBindValue(m_roomId);
    q.addBindValue(m_roomId);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace samenspraak
