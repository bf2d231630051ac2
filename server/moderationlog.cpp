#include "moderationlog.h"

#include "deliveryledger.h"
#include "serverstore.h"

#include <QSqlError>
#include <QSqlQuery>

namespace samenspraak::server {

namespace {

moderation::Decision decisionFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(),
            moderation::stateFrom(q.value(2).toString()).value_or(moderation::State::Pending), q.value(3).toString(),
            q.value(4).toString()};
}

const QString Columns = QStringLiteral("m.id, m.contribution_id, m.state, m.decided_by, m.decided_at");

} // namespace

QStringList ModerationLog::schema()
{
    return {
        QStringLiteral("CREATE TABLE moderation (id TEXT PRIMARY KEY, contribution_id TEXT NOT NULL, state TEXT NOT NULL,"
                       " decided_by TEXT NOT NULL, decided_at TEXT NOT NULL, received_at TEXT NOT NULL, relayed_by TEXT)"),
        QStringLiteral("CREATE INDEX moderation_contribution ON moderation(contribution_id)"),
    };
}

ModerationLog::Recorded ModerationLog::record(const moderation::Decision &d, const QString &relayedBy)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO moderation (id, contribution_id, state, decided_by, decided_at, received_at, relayed_by)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"));
    q.addBindValue(d.id);
    q.addBindValue(d.contributionId);
    q.addBindValue(moderation::toString(d.state));
    q.addBindValue(d.decidedBy);
    q.addBindValue(d.decidedAt);
    q.addBindValue(protocol::nowIso());
    q.addBindValue(relayedBy.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(relayedBy));
    if (!q.exec()) {
        qCWarning(lcServerStore) << "storing moderation decision" << d.id << "failed:" << q.lastError().text();
        return Recorded::Failed;
    }
    if (q.numRowsAffected() > 0)
        return Recorded::Stored;
    QSqlQuery existing(m_db);
    existing.prepare(QStringLiteral("SELECT %1 FROM moderation m WHERE m.id = ?").arg(Columns));
    existing.addBindValue(d.id);
    if (!existing.exec() || !existing.next())
        return Recorded::Failed;
    return decisionFrom(existing) == d ? Recorded::Duplicate : Recorded::Conflict;
}

QList<moderation::Decision> ModerationLog::all()
{
    QList<moderation::Decision> out;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM moderation m ORDER BY m.decided_at, m.id").arg(Columns))) {
        qCWarning(lcServerStore) << "reading moderation decisions failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(decisionFrom(q));
    return out;
}

QString ModerationLog::hubOf(const QString &contributionId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.hub_device_id FROM contributions c JOIN sessions s ON s.id = c.session_id"
                             " JOIN rooms r ON r.id = s.workshop WHERE c.id = ?"));
    q.addBindValue(contributionId);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

QList<moderation::Decision> ModerationLog::pendingFor(const QString &target, int limit)
{
    QList<moderation::Decision> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM moderation m"
                             " LEFT JOIN delivered d ON d.target = ? AND d.record_id = m.id"
                             " JOIN delivered dc ON dc.target = ? AND dc.record_id = m.contribution_id AND dc.state = 1"
                             " WHERE COALESCE(d.state, 0) = 0 ORDER BY m.decided_at, m.id LIMIT ?").arg(Columns));
    q.addBindValue(target);
    q.addBindValue(target);
    q.addBindValue(limit);
    if (!q.exec()) {
        qCWarning(lcServerStore) << "reading moderation decisions to forward failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(decisionFrom(q));
    return out;
}

int ModerationLog::unsentCount(const QString &target)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM moderation m"
                             " LEFT JOIN delivered d ON d.target = ? AND d.record_id = m.id"
                             " LEFT JOIN delivered dc ON dc.target = ? AND dc.record_id = m.contribution_id"
                             " WHERE COALESCE(d.state, 0) = %1 AND COALESCE(dc.state, 0) <> %2")
                  .arg(int(DeliveryLedger::Pending))
                  .arg(int(DeliveryLedger::Quarantined)));
    q.addBindValue(target);
    q.addBindValue(target);
    if (!q.exec() || !q.next()) {
        qCWarning(lcServerStore) << "counting moderation decisions to forward failed:" << q.lastError().text();
        return -1;
    }
    return q.value(0).toInt();
}

} // namespace samenspraak::server
