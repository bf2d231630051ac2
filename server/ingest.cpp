// The ingest part of the server store: what devices upload, stored once per id, and what
// comes out again (contributions for the results engine, exports, counts).

#include "serverstore.h"
#include "storesql_p.h"

#include "compactjson.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSet>
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

// Rows per multi-row statement: the largest power of two up to 64 that `left` fills, so a
// handful of statement shapes (64, 32, ... 1 rows) is prepared once and serves every batch.
int chunkRows(qsizetype left)
{
    int rows = 64;
    while (rows > left)
        rows /= 2;
    return rows;
}

// "(?,?,?),(?,?,?)": `rows` rows of `columns` placeholders.
QString valueRows(int rows, int columns)
{
    const QString row = QLatin1Char('(') + QStringLiteral("?,").repeated(columns).chopped(1) + QLatin1Char(')');
    return (row + QLatin1Char(',')).repeated(rows).chopped(1);
}

} // namespace

IngestStore::~IngestStore() = default;

void IngestStore::releaseStatements()
{
    m_insertContributions.clear();
    m_selectContributions.clear();
}

QSqlQuery &IngestStore::statement(std::map<int, std::unique_ptr<QSqlQuery>> &cache, int rows, const std::function<QString()> &sql)
{
    std::unique_ptr<QSqlQuery> &q = cache[rows];
    if (!q) {
        q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(sql()))
            qCWarning(lcServerStore) << "preparing a statement failed:" << q->lastError().text();
    }
    return *q;
}

IngestStore::Ingested IngestStore::add(const UploadBatch &batch, const QString &deviceId, int settledElsewhere)
{
    return addGroup({{&batch, deviceId, settledElsewhere}}).constFirst();
}

QList<IngestStore::Ingested> IngestStore::addGroup(const QList<Request> &requests)
{
    QList<Ingested> out(requests.size());
    auto failAll = [&](const QString &error) {
        qCWarning(lcServerStore).noquote() << "group of" << requests.size() << "upload(s) failed:" << error;
        for (Ingested &i : out) {
            i.results.clear();
            i.error = error;
        }
    };
    if (requests.isEmpty())
        return out;
    if (!m_db.transaction()) {
        failAll(m_db.lastError().text());
        return out;
    }
    const QString now = detail::nowUtc();
    // One upload alone needs no savepoint: its failure rolls back the transaction.
    const bool alone = requests.size() == 1;
    QSqlQuery savepoint(m_db);
    auto step = [&](const QString &sql) {
        if (savepoint.exec(sql))
            return true;
        failAll(savepoint.lastError().text());
        m_db.rollback();
        return false;
    };
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (!alone && !step(QStringLiteral("SAVEPOINT upload")))
            return out;
        out[i] = store(requests.at(i), now);
        if (out[i].error.isEmpty())
            out[i].results.squeeze();
        else
            qCWarning(lcServerStore).noquote() << "upload from" << requests.at(i).deviceId << "failed, the rest of its group goes on:" << out[i].error;
        if (alone)
            break;
        if (!out[i].error.isEmpty() && !step(QStringLiteral("ROLLBACK TO SAVEPOINT upload")))
            return out;
        if (!step(QStringLiteral("RELEASE SAVEPOINT upload")))
            return out;
    }
    if (alone && !out.first().error.isEmpty()) {
        m_db.rollback();
        return out;
    }
    if (!m_db.commit()) {
        failAll(m_db.lastError().text());
        m_db.rollback();
    }
    return out;
}

IngestStore::Ingested IngestStore::store(const Request &request, const QString &now)
{
    const UploadBatch &batch = *request.batch;
    const QString &deviceId = request.deviceId;
    Ingested out;
    QSqlQuery insertSession(m_db), existing(m_db), conflict(m_db), sessionKnown(m_db);
    insertSession.prepare(QStringLiteral("INSERT INTO sessions(id, device_id, channel, workshop, content_version, language, started_at,"
                                         " received_at, canonical, clock_flag, relayed_by) VALUES(?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING"));
    // A relay's records are judged and stored as the device that made them (its origin); the
    // hub is kept as relayed_by. A direct upload's records are the sender's own.
    const protocol::RelayInfo *relay = batch.relay ? &*batch.relay : nullptr;
    const QVariant relayedBy = relay ? QVariant(deviceId) : detail::nullText();
    auto madeBy = [&](const QString &sessionId) { return relay ? relay->origins.value(sessionId) : deviceId; };
    const QDateTime receivedAt = QDateTime::fromString(now, Qt::ISODateWithMs);
    auto flagFor = [&](const QString &deviceTime) {
        const QString flag = clockFlag(deviceTime, receivedAt);
        return flag.isEmpty() ? detail::nullText() : QVariant(flag);
    };
    conflict.prepare(QStringLiteral("INSERT INTO conflicts(record_type, record_id, device_id, canonical, received_at) VALUES(?,?,?,?,?)"));

    auto fail = [&](const QSqlQuery &q) {
        out.error = q.lastError().text();
        out.results.clear();
    };
    // Not stored, since another record has its id: kept aside in `conflicts`.
    auto keepConflict = [&](const QString &type, const QString &id, const QByteArray &canonicalBytes) -> std::optional<RecordResult> {
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
        return keepConflict(type, id, canonicalBytes);
    };

    // A session belongs to the device that first sent it: another device can neither send it
    // again nor add answers to it (each is rejected on its own, with the reason). A hub's relay
    // reaches only the sessions of its room: a stored session of any other room (or none) counts
    // as another device's.
    // An owner never changes once a session is stored: each is read once per upload (a batch
    // of 200 answers holds a few dozen sessions).
    QHash<QString, QString> owners;
    auto otherOwner = [&](const QString &sessionId) -> std::optional<QString> {
        if (const auto known = owners.constFind(sessionId); known != owners.constEnd())
            return *known;
        sessionKnown.addBindValue(sessionId);
        if (!sessionKnown.exec()) {
            fail(sessionKnown);
            return std::nullopt;
        }
        QString owner = sessionKnown.next() ? sessionKnown.value(0).toString() : QString();
        if (!owner.isEmpty() && relay && sessionKnown.value(1).toString() != relay->roomId)
            owner = QStringLiteral("(not in room %1)").arg(relay->roomId);
        sessionKnown.finish();
        if (!owner.isEmpty())
            owners.insert(sessionId, owner);
        return owner;
    };
    const auto notRelayable = [&](const QString &sessionId) -> QString {
        return QStringLiteral("session %1 is not one of room %2 with the device that made it named in $.relay.origins; a hub relays "
                              "only its own room's sessions, each answer with its session").arg(sessionId, relay->roomId);
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
    sessionKnown.prepare(QStringLiteral("SELECT device_id, workshop FROM sessions WHERE id = ?"));
    QSet<QString> relayedSessions;  // the sessions of this relay that are its room's
    for (const SessionRecord &s : batch.sessions) {
        if (relay && (s.workshop != relay->roomId || madeBy(s.id).isEmpty())) {
            out.results.append({QStringLiteral("session"), s.id, RecordStatus::Rejected, notRelayable(s.id)});
            continue;
        }
        if (relay)
            relayedSessions.insert(s.id);
        const auto owner = otherOwner(s.id);
        if (!owner)
            return out;
        const QByteArray c = canonical(s);
        if (!owner->isEmpty() && *owner != madeBy(s.id)) {
            const auto same = identicalStored(QStringLiteral("sessions"), s.id, c);
            if (!same)
                return out;
            out.results.append({QStringLiteral("session"), s.id, *same ? RecordStatus::Duplicate : RecordStatus::Rejected,
                                *same ? QString() : notYours(s.id)});
            continue;
        }
        for (const QString &v : {s.id, madeBy(s.id), s.channel, s.workshop, s.contentVersion, s.language, s.startedAt, now})
            insertSession.addBindValue(v.isNull() ? QStringLiteral("") : v);  // null would bind as SQL NULL
        insertSession.addBindValue(QString::fromUtf8(c));
        insertSession.addBindValue(flagFor(s.startedAt));
        insertSession.addBindValue(relayedBy);
        auto r = settle(QStringLiteral("session"), QStringLiteral("sessions"), s.id, c, insertSession);
        if (!r)
            return out;
        out.results.append(*r);
    }
    // The device's own contributions, stored after the checks below.
    struct Candidate {
        qsizetype slot;  // in out.results
        const ContributionRecord *record;
        QByteArray canonical;
        QByteArray payloadJson;  // written once, for the payload column and inside the canonical form
    };
    QList<Candidate> candidates;
    candidates.reserve(batch.contributions.size());
    for (const ContributionRecord &rec : batch.contributions) {
        if (relay && !relayedSessions.contains(rec.sessionId)) {
            out.results.append({QStringLiteral("contribution"), rec.id, RecordStatus::Rejected, notRelayable(rec.sessionId)});
            continue;
        }
        const auto owner = otherOwner(rec.sessionId);
        if (!owner)
            return out;
        if (owner->isEmpty()) {
            out.results.append({QStringLiteral("contribution"), rec.id, RecordStatus::Rejected,
                                QStringLiteral("its session %1 is unknown; send the session in the same batch").arg(rec.sessionId)});
            continue;
        }
        QByteArray payloadJson = json::compact(rec.payload);
        const QByteArray c = canonical(rec, payloadJson);
        if (*owner != madeBy(rec.sessionId)) {
            const auto same = identicalStored(QStringLiteral("contributions"), rec.id, c);
            if (!same)
                return out;
            out.results.append({QStringLiteral("contribution"), rec.id, *same ? RecordStatus::Duplicate : RecordStatus::Rejected,
                                *same ? QString() : notYours(rec.sessionId)});
            continue;
        }
        out.results.append({QStringLiteral("contribution"), rec.id, RecordStatus::Stored, {}});  // settled below
        candidates.append({out.results.size() - 1, &rec, c, std::move(payloadJson)});
    }

    // The device's own contributions go in with multi-row statements (a round trip per few
    // dozen rows on PostgreSQL, not per row), each answering which rows it inserted; a row
    // it did not insert was already there, and is settled as duplicate or conflict below.
    QSet<QString> inserted;
    for (qsizetype done = 0; done < candidates.size();) {
        const int rows = chunkRows(candidates.size() - done);
        QSqlQuery &insert = statement(m_insertContributions, rows, [&] {
            return QStringLiteral("INSERT INTO contributions(id, device_id, session_id, activity_id, kind, content_version, payload,"
                                  " created_at, device_seq, supersedes, received_at, canonical, clock_flag, relayed_by) VALUES %1"
                                  " ON CONFLICT (id) DO NOTHING RETURNING id").arg(valueRows(rows, 14));
        });
        for (qsizetype i = done; i < done + rows; ++i) {
            const ContributionRecord &rec = *candidates[i].record;
            const QVariant supersedes = rec.supersedes.isEmpty() ? detail::nullText() : QVariant(rec.supersedes);
            for (const QVariant &value : {QVariant(rec.id), QVariant(madeBy(rec.sessionId)), QVariant(rec.sessionId), QVariant(rec.activityId),
                                          QVariant(rec.kind), QVariant(rec.contentVersion),
                                          QVariant(QString::fromUtf8(candidates[i].payloadJson)),
                                          QVariant(rec.createdAt), QVariant(rec.deviceSeq), supersedes, QVariant(now),
                                          QVariant(QString::fromUtf8(candidates[i].canonical)), flagFor(rec.createdAt), relayedBy})
                insert.addBindValue(value);
        }
        if (!insert.exec()) {
            fail(insert);
            return out;
        }
        while (insert.next())
            inserted.insert(insert.value(0).toString());
        insert.finish();
        done += rows;
    }
    // The first of the batch under an inserted id was stored; any other was there already (a
    // second copy in the same batch meets the first).
    QList<const Candidate *> present;
    for (const Candidate &candidate : std::as_const(candidates))
        if (!inserted.remove(candidate.record->id))
            present.append(&candidate);
    QHash<QString, QByteArray> stored;  // id → canonical form already stored
    for (qsizetype done = 0; done < present.size();) {
        const int rows = chunkRows(present.size() - done);
        QSqlQuery &select = statement(m_selectContributions, rows, [&] {
            return QStringLiteral("SELECT id, canonical FROM contributions WHERE id IN (%1)").arg(valueRows(1, rows).mid(1).chopped(1));
        });
        for (qsizetype i = done; i < done + rows; ++i)
            select.addBindValue(present[i]->record->id);
        if (!select.exec()) {
            fail(select);
            return out;
        }
        while (select.next())
            stored.insert(select.value(0).toString(), select.value(1).toString().toUtf8());
        select.finish();
        done += rows;
    }
    for (const Candidate *candidate : std::as_const(present)) {
        const QString &id = candidate->record->id;
        if (stored.value(id) == candidate->canonical) {
            out.results[candidate->slot].status = RecordStatus::Duplicate;
            continue;
        }
        const auto r = keepConflict(QStringLiteral("contribution"), id, candidate->canonical);
        if (!r)
            return out;
        out.results[candidate->slot] = *r;
    }
    // What the device reported, in the same transaction (one commit per batch). The batch's
    // own records were pending when it was sent; they are settled now.
    QSqlQuery device(m_db);
    device.prepare(QStringLiteral("UPDATE devices SET last_seen = ?, app_version = ?, content_version = ?, pending_reported = ?"
                                  " WHERE id = ?"));
    device.addBindValue(now);
    device.addBindValue(detail::nonNull(batch.appVersion));
    device.addBindValue(detail::nonNull(batch.contentVersion));
    device.addBindValue(qMax(0, batch.pendingReported - int(out.results.size()) - request.settledElsewhere));
    device.addBindValue(deviceId);
    if (!device.exec())
        fail(device);
    return out;
}

IngestStore::RoomBinding IngestStore::bindRoom(const protocol::RelayInfo &room, const QString &hubDeviceId, QString *owner)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO rooms(id, hub_device_id, title, kern, first_seen) VALUES(?,?,?,?,?) ON CONFLICT (id) DO NOTHING"));
    q.addBindValue(room.roomId);
    q.addBindValue(hubDeviceId);
    q.addBindValue(detail::nonNull(room.title));
    q.addBindValue(detail::nonNull(room.kern));
    q.addBindValue(detail::nowUtc());
    if (!q.exec()) {
        qCWarning(lcServerStore) << "binding room" << room.roomId << "failed:" << q.lastError().text();
        return RoomBinding::Failed;
    }
    q.prepare(QStringLiteral("SELECT hub_device_id FROM rooms WHERE id = ?"));
    q.addBindValue(room.roomId);
    if (!q.exec() || !q.next())
        return RoomBinding::Failed;
    if (owner)
        *owner = q.value(0).toString();
    return q.value(0).toString() == hubDeviceId ? RoomBinding::Bound : RoomBinding::OtherHub;
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
    return contributionsWhere(QStringLiteral("ORDER BY c.device_id, c.device_seq, c.id"));
}

QList<ContributionRecord> IngestStore::roundContributions()
{
    QList<ContributionRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QStringList columns;
    for (const QString &c : {QStringLiteral("id"), QStringLiteral("session_id"), QStringLiteral("activity_id"), QStringLiteral("kind"),
                             QStringLiteral("payload")})
        columns << selectColumn(m_db, c);
    if (!q.exec(QStringLiteral("SELECT %1, COALESCE(supersedes, '') FROM contributions").arg(columns.join(QLatin1String(", "))))) {
        qCWarning(lcServerStore) << "reading contributions failed:" << q.lastError().text();
        return out;
    }
    // Session ids, activity ids and kinds repeat from row to row (a participant's answers share
    // their session): one shared QString each instead of one allocation per row, which also
    // keeps the round's records smaller.
    QHash<QByteArray, QString> shared;
    auto sharedText = [&shared](const QVariant &value) {
        const QByteArray utf8 = utf8Of(value);
        auto it = shared.constFind(utf8);
        if (it == shared.constEnd())
            it = shared.insert(utf8, QString::fromUtf8(utf8));
        return *it;
    };
    while (q.next()) {
        ContributionRecord c;
        c.id = textOf(q.value(0));
        c.sessionId = sharedText(q.value(1));
        c.activityId = sharedText(q.value(2));
        c.kind = sharedText(q.value(3));
        c.payload = QJsonDocument::fromJson(utf8Of(q.value(4))).object();
        c.supersedes = q.value(5).toString();
        out.append(std::move(c));
    }
    return out;
}

QList<ContributionRecord> IngestStore::contributionsWhere(const QString &tail, const QVariantList &values)
{
    QList<ContributionRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QStringList columns;
    for (const QString &c : {QStringLiteral("c.id"), QStringLiteral("c.session_id"), QStringLiteral("c.activity_id"), QStringLiteral("c.kind"),
                             QStringLiteral("c.content_version"), QStringLiteral("c.payload"), QStringLiteral("c.created_at")})
        columns << selectColumn(m_db, c);
    q.prepare(QStringLiteral("SELECT %1, c.device_seq, COALESCE(c.supersedes, '') FROM contributions c ").arg(columns.join(QLatin1String(", "))) + tail);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
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
    return sessionsWhere(QStringLiteral("ORDER BY s.id"));
}

QList<SessionRecord> IngestStore::sessionsWhere(const QString &tail, const QVariantList &values)
{
    QList<SessionRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.id, s.channel, COALESCE(s.workshop, ''), s.content_version, s.language, s.started_at FROM sessions s ") + tail);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcServerStore) << "reading sessions failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString()});
    return out;
}

QString exportDate(const ExportRow &row)
{
    return row.channel == QLatin1String("paper") && !row.sessionStartedAt.isEmpty() ? row.sessionStartedAt : row.createdAt;
}

QList<ExportRow> IngestStore::exportRows(const QString &since)
{
    QList<ExportRow> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.session_id, c.device_id, c.activity_id, c.kind, c.content_version, c.payload, c.created_at,"
                             " c.received_at, COALESCE(c.supersedes, ''), c.device_seq, COALESCE(s.channel, ''), COALESCE(s.started_at, '')"
                             " FROM contributions c LEFT JOIN sessions s ON s.id = c.session_id"
                             " WHERE c.received_at >= ? ORDER BY c.received_at, c.id"));
    q.addBindValue(since.isNull() ? QStringLiteral("") : since);  // null would bind as SQL NULL
    if (!q.exec()) {
        qCWarning(lcServerStore) << "export failed:" << q.lastError().text();
        return rows;
    }
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                     q.value(8).toString(), q.value(9).toString(), q.value(10).toLongLong(), q.value(11).toString(),
                     q.value(12).toString()});
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
