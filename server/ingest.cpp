// The ingest part of the server store: what devices upload, stored once per id, and what
// comes out again (contributions for the results engine, exports, counts).

#include "serverstore.h"
#include "storesql_p.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace samenspraak::server {

using namespace protocol;

namespace {

// Why a device time is implausible, or empty when it is plausible: before 2020 (no answer of
// this process is older) or more than a day ahead of the server's clock (a day of slack for
// clocks and time zones). Such a record is stored as sent, with the reason: the device's
// clock is wrong, not the answer. Not checked: "before its content version was published",
// since the server knows only when it published a version, and a pack shipped with the app
// is rightly in use before that.
QString clockFlag(const QString &deviceTime, const QDateTime &now)
{
    static const QDateTime earliest(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime t = QDateTime::fromString(deviceTime, Qt::ISODateWithMs);
    if (!t.isValid())
        return QStringLiteral("unreadable");
    if (t < earliest)
        return QStringLiteral("before 2020");
    if (t > now.addDays(1))
        return QStringLiteral("more than a day ahead of the server");
    return {};
}

} // namespace

IngestStore::Ingested IngestStore::add(const UploadBatch &batch, const QString &deviceId, int settledElsewhere)
{
    Ingested out;
    const QString now = detail::nowUtc();
    if (!m_db.transaction()) {
        out.error = m_db.lastError().text();
        return out;
    }
    QSqlQuery insertSession(m_db), insertContribution(m_db), existing(m_db), conflict(m_db), sessionKnown(m_db);
    insertSession.prepare(QStringLiteral("INSERT INTO sessions(id, device_id, channel, workshop, content_version, language, started_at,"
                                         " received_at, canonical, clock_flag) VALUES(?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING"));
    insertContribution.prepare(QStringLiteral("INSERT INTO contributions(id, device_id, session_id, activity_id, kind, content_version,"
                                              " payload, created_at, device_seq, supersedes, received_at, canonical, clock_flag)"
                                              " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING"));
    const QDateTime receivedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    auto flagFor = [&](const QString &deviceTime) {
        const QString flag = clockFlag(deviceTime, receivedAt);
        return flag.isEmpty() ? detail::nullText() : QVariant(flag);
    };
    conflict.prepare(QStringLiteral("INSERT INTO conflicts(record_type, record_id, device_id, canonical, received_at) VALUES(?,?,?,?,?)"));

    auto fail = [&](const QSqlQuery &q) {
        out.error = q.lastError().text();
        out.results.clear();
        m_db.rollback();
        qCWarning(lcServerStore) << "ingest failed:" << out.error;
    };
    // Stored, duplicate or conflict, decided by the row already under this id.
    auto settle = [&](const QString &type, const QString &table, const QString &id, const QByteArray &canonicalBytes,
                      QSqlQuery &insert) -> std::optional<RecordResult> {
        if (!insert.exec()) {
            fail(insert);
            return std::nullopt;
        }
        if (insert.numRowsAffected() == 1)
            return RecordResult{type, id, RecordStatus::Stored, {}};
        existing.prepare(QStringLiteral("SELECT canonical FROM %1 WHERE id = ?").arg(table));
        existing.addBindValue(id);
        if (!existing.exec() || !existing.next()) {
            fail(existing);
            return std::nullopt;
        }
        if (existing.value(0).toString().toUtf8() == canonicalBytes)
            return RecordResult{type, id, RecordStatus::Duplicate, {}};
        conflict.addBindValue(type);
        conflict.addBindValue(id);
        conflict.addBindValue(deviceId);
        conflict.addBindValue(QString::fromUtf8(canonicalBytes));
        conflict.addBindValue(now);
        if (!conflict.exec()) {
            fail(conflict);
            return std::nullopt;
        }
        return RecordResult{type, id, RecordStatus::Conflict,
                            QStringLiteral("a different %1 with this id is already stored; this one is kept aside").arg(type)};
    };

    // A session belongs to the device that first sent it: another device can neither send it
    // again nor add answers to it (each is rejected on its own, with the reason).
    auto otherOwner = [&](const QString &sessionId) -> std::optional<QString> {
        sessionKnown.addBindValue(sessionId);
        if (!sessionKnown.exec()) {
            fail(sessionKnown);
            return std::nullopt;
        }
        return sessionKnown.next() ? sessionKnown.value(0).toString() : QString();
    };
    const auto notYours = [](const QString &sessionId) {
        return QStringLiteral("session %1 belongs to another device; a device adds answers only to its own sessions").arg(sessionId);
    };
    // An identical resend is success whoever sends it (DESIGN.md §4.1): the record is already
    // there, so nothing is added to another device's session (a device enrolled again under a
    // new id, re-sending after a restore, gets `duplicate`, not `rejected`).
    auto identicalStored = [&](const QString &table, const QString &id, const QByteArray &canonicalBytes) -> std::optional<bool> {
        existing.prepare(QStringLiteral("SELECT canonical FROM %1 WHERE id = ?").arg(table));
        existing.addBindValue(id);
        if (!existing.exec()) {
            fail(existing);
            return std::nullopt;
        }
        const bool same = existing.next() && existing.value(0).toString().toUtf8() == canonicalBytes;
        existing.finish();
        return same;
    };
    sessionKnown.prepare(QStringLiteral("SELECT device_id FROM sessions WHERE id = ?"));
    for (const SessionRecord &s : batch.sessions) {
        const auto owner = otherOwner(s.id);
        if (!owner)
            return out;
        const QByteArray c = canonical(s);
        if (!owner->isEmpty() && *owner != deviceId) {
            const auto same = identicalStored(QStringLiteral("sessions"), s.id, c);
            if (!same)
                return out;
            out.results.append({QStringLiteral("session"), s.id, *same ? RecordStatus::Duplicate : RecordStatus::Rejected,
                                *same ? QString() : notYours(s.id)});
            continue;
        }
        for (const QString &v : {s.id, deviceId, s.channel, s.workshop, s.contentVersion, s.language, s.startedAt, now})
            insertSession.addBindValue(v.isNull() ? QStringLiteral("") : v);  // null would bind as SQL NULL
        insertSession.addBindValue(QString::fromUtf8(c));
        insertSession.addBindValue(flagFor(s.startedAt));
        auto r = settle(QStringLiteral("session"), QStringLiteral("sessions"), s.id, c, insertSession);
        if (!r)
            return out;
        out.results.append(*r);
    }
    for (const ContributionRecord &rec : batch.contributions) {
        const auto owner = otherOwner(rec.sessionId);
        if (!owner)
            return out;
        if (owner->isEmpty()) {
            out.results.append({QStringLiteral("contribution"), rec.id, RecordStatus::Rejected,
                                QStringLiteral("its session %1 is unknown; send the session in the same batch").arg(rec.sessionId)});
            continue;
        }
        const QByteArray c = canonical(rec);
        if (*owner != deviceId) {
            const auto same = identicalStored(QStringLiteral("contributions"), rec.id, c);
            if (!same)
                return out;
            out.results.append({QStringLiteral("contribution"), rec.id, *same ? RecordStatus::Duplicate : RecordStatus::Rejected,
                                *same ? QString() : notYours(rec.sessionId)});
            continue;
        }
        insertContribution.addBindValue(rec.id);
        insertContribution.addBindValue(deviceId);
        insertContribution.addBindValue(rec.sessionId);
        insertContribution.addBindValue(rec.activityId);
        insertContribution.addBindValue(rec.kind);
        insertContribution.addBindValue(rec.contentVersion);
        insertContribution.addBindValue(QString::fromUtf8(QJsonDocument(rec.payload).toJson(QJsonDocument::Compact)));
        insertContribution.addBindValue(rec.createdAt);
        insertContribution.addBindValue(rec.deviceSeq);
        insertContribution.addBindValue(rec.supersedes.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(rec.supersedes));
        insertContribution.addBindValue(now);
        insertContribution.addBindValue(QString::fromUtf8(c));
        insertContribution.addBindValue(flagFor(rec.createdAt));
        auto r = settle(QStringLiteral("contribution"), QStringLiteral("contributions"), rec.id, c, insertContribution);
        if (!r)
            return out;
        out.results.append(*r);
    }
    // What the device reported, in the same transaction (one commit per batch). The batch's
    // own records were pending when it was sent; they are settled now.
    QSqlQuery device(m_db);
    device.prepare(QStringLiteral("UPDATE devices SET last_seen = ?, app_version = ?, content_version = ?, pending_reported = ?"
                                  " WHERE id = ?"));
    device.addBindValue(now);
    device.addBindValue(detail::nonNull(batch.appVersion));
    device.addBindValue(detail::nonNull(batch.contentVersion));
    device.addBindValue(qMax(0, batch.pendingReported - int(out.results.size()) - settledElsewhere));
    device.addBindValue(deviceId);
    if (!device.exec()) {
        fail(device);
        return out;
    }
    if (!m_db.commit()) {
        out.error = m_db.lastError().text();
        out.results.clear();
        m_db.rollback();
    }
    return out;
}

namespace {

// On SQLite a text column is read as its stored UTF-8 bytes (a BLOB): as text the driver has
// SQLite turn every value into UTF-16 first, the larger part of reading a round
// (bench/results_bench). PostgreSQL hands text over as UTF-8 anyway.
QString selectColumn(const QSqlDatabase &db, const QString &column)
{
    return db.driverName() == QLatin1String("QSQLITE") ? QStringLiteral("CAST(%1 AS BLOB)").arg(column) : column;
}

QByteArray utf8Of(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
}

QString textOf(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray ? QString::fromUtf8(value.toByteArray()) : value.toString();
}

} // namespace

QList<ContributionRecord> IngestStore::contributions()
{
    QList<ContributionRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QStringList columns;
    for (const QString &c : {QStringLiteral("id"), QStringLiteral("session_id"), QStringLiteral("activity_id"), QStringLiteral("kind"),
                             QStringLiteral("content_version"), QStringLiteral("payload"), QStringLiteral("created_at")})
        columns << selectColumn(m_db, c);
    if (!q.exec(QStringLiteral("SELECT %1, device_seq, COALESCE(supersedes, '') FROM contributions ORDER BY device_id, device_seq, id")
                    .arg(columns.join(QLatin1String(", "))))) {
        qCWarning(lcServerStore) << "reading contributions failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({textOf(q.value(0)), textOf(q.value(1)), textOf(q.value(2)), textOf(q.value(3)), textOf(q.value(4)),
                    QJsonDocument::fromJson(utf8Of(q.value(5))).object(), textOf(q.value(6)), q.value(7).toLongLong(),
                    q.value(8).toString()});
    return out;
}

QList<SessionRecord> IngestStore::sessions()
{
    QList<SessionRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, channel, COALESCE(workshop, ''), content_version, language, started_at FROM sessions ORDER BY id"))) {
        qCWarning(lcServerStore) << "reading sessions failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString()});
    return out;
}

QList<ExportRow> IngestStore::exportRows(const QString &since)
{
    QList<ExportRow> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, session_id, device_id, activity_id, kind, content_version, payload, created_at, received_at,"
                             " COALESCE(supersedes, ''), device_seq FROM contributions WHERE received_at >= ? ORDER BY received_at, id"));
    q.addBindValue(since.isNull() ? QStringLiteral("") : since);  // null would bind as SQL NULL
    if (!q.exec()) {
        qCWarning(lcServerStore) << "export failed:" << q.lastError().text();
        return rows;
    }
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                     q.value(8).toString(), q.value(9).toString(), q.value(10).toLongLong()});
    return rows;
}

qint64 IngestStore::contributionCount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM contributions")) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 IngestStore::conflictCount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM conflicts")) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace samenspraak::server
