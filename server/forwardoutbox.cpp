#include "forwardoutbox.h"

#include "serverstore.h"
#include "store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace samenspraak::server {

ForwardOutbox::ForwardOutbox(ServerStore &store, const QString &serverUrl, protocol::RelayInfo room)
    : LedgerOutbox(store.db(), serverUrl), m_store(store), m_room(std::move(room))
{
}

QList<protocol::SessionRecord> ForwardOutbox::pendingSessions(int limit, const QStringList &inFlight)
{
    QVariantList values;
    const QString notInFlight = andNotIn(m_store.db(), QStringLiteral("s.id"), inFlight, values);
    values.append(limit);
    return m_store.ingest().sessionsWhere(QStringLiteral("%1 WHERE %2%3 ORDER BY %4, s.received_at, s.id LIMIT ?")
                                              .arg(m_ledger.join(QStringLiteral("s.id")), DeliveryLedger::pendingCondition(), notInFlight,
                                                   DeliveryLedger::failureOrder()),
                                          values);
}

QList<protocol::ContributionRecord> ForwardOutbox::pendingContributions(int limit, const QStringList &inFlight)
{
    QVariantList values;
    const QString notInFlight = andNotIn(m_store.db(), QStringLiteral("c.id"), inFlight, values);
    values.append(limit);
    return m_store.ingest().contributionsWhere(QStringLiteral("%1 WHERE %2%3 ORDER BY %4, c.received_at, c.device_id, c.device_seq LIMIT ?")
                                                   .arg(m_ledger.join(QStringLiteral("c.id")), DeliveryLedger::pendingCondition(), notInFlight,
                                                        DeliveryLedger::failureOrder()),
                                               values);
}

QList<protocol::SessionRecord> ForwardOutbox::sessionsFor(const QList<protocol::ContributionRecord> &contributions)
{
    QStringList ids;
    for (const auto &c : contributions)
        if (!ids.contains(c.sessionId))
            ids.append(c.sessionId);
    if (ids.isEmpty())
        return {};
    QVariantList values(ids.cbegin(), ids.cend());
    return m_store.ingest().sessionsWhere(QStringLiteral("WHERE s.id IN (%1)").arg(QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                                          values);
}

void ForwardOutbox::describeBatch(protocol::UploadBatch &batch)
{
    protocol::RelayInfo relay = m_room;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT device_id FROM sessions WHERE id = ?"));
    for (const protocol::SessionRecord &s : std::as_const(batch.sessions)) {
        q.addBindValue(s.id);
        if (q.exec() && q.next())
            relay.origins.insert(s.id, q.value(0).toString());
    }
    batch.relay = relay;
}

qint64 ForwardOutbox::reserveReportSequences(int count)
{
    QSqlDatabase &db = m_store.db();
    if (!db.transaction())
        return -1;
    QSqlError error;
    const qint64 first = reserveSequence(db, QStringLiteral("server_info"), QStringLiteral("report_sequence"), count, error);
    if (first < 0 || !db.commit()) {
        qCWarning(lcServerStore) << "numbering the hub's reports failed:" << (first < 0 ? error : db.lastError()).text();
        db.rollback();
        return -1;
    }
    return first;
}

int ForwardOutbox::pendingCount()
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM sessions s %1 WHERE %3) + (SELECT count(*) FROM contributions c %2 WHERE %3)")
                  .arg(m_ledger.join(QStringLiteral("s.id")), m_ledger.join(QStringLiteral("c.id")), DeliveryLedger::pendingCondition()));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace samenspraak::server
