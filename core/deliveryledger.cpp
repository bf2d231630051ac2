#include "deliveryledger.h"

#include "store.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace samenspraak {

using namespace protocol;

QStringList DeliveryLedger::schema()
{
    // A released migration step holds these: never change them, add a step.
    return {QStringLiteral("CREATE TABLE delivered (target TEXT NOT NULL, record_id TEXT NOT NULL, record_type TEXT NOT NULL,"
                           " state INTEGER NOT NULL DEFAULT 0, failures INTEGER NOT NULL DEFAULT 0, note TEXT, acked_at TEXT,"
                           " PRIMARY KEY (target, record_id))"),
            QStringLiteral("CREATE TABLE delivery_targets (target TEXT PRIMARY KEY, epoch TEXT NOT NULL)")};
}

QString DeliveryLedger::quotedTarget() const
{
    // Our own string (a room id, a server URL), quoted as an SQL literal so it can sit in a join.
    QString quoted = m_target;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString DeliveryLedger::join(const QString &idExpression) const
{
    return QStringLiteral("LEFT JOIN delivered d ON d.target = %1 AND d.record_id = %2").arg(quotedTarget(), idExpression);
}

bool DeliveryLedger::apply(const QList<RecordResult> &results)
{
    if (results.isEmpty())
        return true;
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO delivered(target, record_id, record_type, state, note, acked_at) VALUES(?,?,?,?,?,?)"
                             " ON CONFLICT (target, record_id) DO UPDATE SET state = excluded.state, note = excluded.note,"
                             " acked_at = excluded.acked_at WHERE delivered.state = 0"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (const RecordResult &r : results) {
        const bool acked = r.status == RecordStatus::Stored || r.status == RecordStatus::Duplicate;
        q.addBindValue(m_target);
        q.addBindValue(r.id);
        q.addBindValue(r.type);
        q.addBindValue(int(acked ? Acknowledged : Quarantined));
        q.addBindValue(acked ? QVariant(QMetaType::fromType<QString>()) : QVariant(toString(r.status) + QStringLiteral(": ") + r.reason));
        q.addBindValue(acked ? QVariant(now) : QVariant(QMetaType::fromType<QString>()));
        if (!q.exec()) {
            qCWarning(lcStore) << "recording deliveries to" << m_target << "failed:" << q.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    return m_db.commit();
}

bool DeliveryLedger::recordFailure(const QStringList &ids, const QString &reason)
{
    if (ids.isEmpty())
        return true;
    if (!m_db.transaction())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO delivered(target, record_id, record_type, state, failures, note) VALUES(?,?,'',0,1,?)"
                             " ON CONFLICT (target, record_id) DO UPDATE SET failures = delivered.failures + 1, note = excluded.note,"
                             " state = CASE WHEN delivered.failures + 1 >= %1 THEN %2 ELSE delivered.state END WHERE delivered.state = 0")
                  .arg(PoisonAttempts).arg(int(Quarantined)));
    for (const QString &id : ids) {
        q.addBindValue(m_target);
        q.addBindValue(id);
        q.addBindValue(reason);
        if (!q.exec()) {
            m_db.rollback();
            return false;
        }
    }
    return m_db.commit();
}

bool DeliveryLedger::noteEpoch(const QString &epoch)
{
    if (epoch.isEmpty())
        return false;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT epoch FROM delivery_targets WHERE target = ?"));
    q.addBindValue(m_target);
    if (!q.exec())
        return false;
    const QString known = q.next() ? q.value(0).toString() : QString();
    q.finish();
    if (known == epoch)
        return false;
    if (!m_db.transaction())
        return false;
    bool ok = true;
    if (!known.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM delivered WHERE target = ? AND state = %1").arg(int(Acknowledged)));
        q.addBindValue(m_target);
        ok = q.exec();
    }
    q.prepare(QStringLiteral("INSERT INTO delivery_targets(target, epoch) VALUES(?,?) ON CONFLICT (target) DO UPDATE SET epoch = excluded.epoch"));
    q.addBindValue(m_target);
    q.addBindValue(epoch);
    ok = ok && q.exec();
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    return !known.isEmpty();
}

int DeliveryLedger::count(State state)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM delivered WHERE target = ? AND state = ?"));
    q.addBindValue(m_target);
    q.addBindValue(int(state));
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace samenspraak
