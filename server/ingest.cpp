// The ingest part of the server store: what devices upload, stored once per id, and what
// comes out again (contributions for the results engine, exports, counts).

#include "serverstore.h"
#include "storesql_p.h"

#include "compactjson.h"
#include "ingeststatement_p.h"

#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace samenspraak::server {

using namespace protocol;

namespace {

// A device time in the form devices send (UTC, milliseconds: 2026-05-01T10:00:00.000Z) with a
// valid date and time: then comparing the text compares the times.
bool isPlainUtcMs(const QString &t)
{
    if (t.size() != 24 || t.at(4) != u'-' || t.at(7) != u'-' || t.at(10) != u'T' || t.at(13) != u':' || t.at(16) != u':'
        || t.at(19) != u'.' || t.at(23) != u'Z')
        return false;
    auto number = [&t](qsizetype from, qsizetype length, int &out) {
        out = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = t.at(i).unicode();
            if (c < u'0' || c > u'9')
                return false;
            out = out * 10 + (c - u'0');
        }
        return true;
    };
    int year, month, day, hour, minute, second, ms;
    return number(0, 4, year) && number(5, 2, month) && number(8, 2, day) && number(11, 2, hour) && number(14, 2, minute)
        && number(17, 2, second) && number(20, 3, ms) && QDate::isValid(year, month, day) && hour < 24 && minute < 60 && second < 60;
}

// The plausible window of device times for one upload, as text and as times.
struct ClockWindow {
    QDateTime receivedAt, latest;
    QString latestText;  // `latest` as devices write times
    explicit ClockWindow(const QString &now)
        : receivedAt(QDateTime::fromString(now, Qt::ISODateWithMs)), latest(receivedAt.addDays(1)),
          latestText(latest.toUTC().toString(Qt::ISODateWithMs))
    {
    }
};

// Why a device time is implausible, or empty when it is plausible: before 2020 (no answer of
// this process is older) or more than a day ahead of the server's clock (a day of slack for
// clocks and time zones). Such a record is stored as sent, with the reason: the device's
// clock is wrong, not the answer. Not checked: "before its content version was published",
// since the server knows only when it published a version, and a pack shipped with the app
// is rightly in use before that.
// The form devices send is compared as text (no QDateTime parse per record); any other form
// is parsed.
QString clockFlag(const QString &deviceTime, const ClockWindow &window)
{
    static const QString earliestText = QStringLiteral("2020-01-01T00:00:00.000Z");
    if (isPlainUtcMs(deviceTime) && window.latestText.size() == 24) {
        if (deviceTime < earliestText)
            return QStringLiteral("before 2020");
        if (deviceTime > window.latestText)
            return QStringLiteral("more than a day ahead of the server");
        return {};
    }
    static const QDateTime earliest(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime t = QDateTime::fromString(deviceTime, Qt::ISODateWithMs);
    if (!t.isValid())
        return QStringLiteral("unreadable");
    if (t < earliest)
        return QStringLiteral("before 2020");
    if (t > window.latest)
        return QStringLiteral("more than a day ahead of the server");
    return {};
}

// Whether each statement is a round trip to the database (PostgreSQL), not a call into a
// library in this process (SQLite): it decides the statements' sizes and whether new rows go in
// with plain INSERTs first (IngestStore::store).
bool statementsAreRoundTrips(const QSqlDatabase &db)
{
    return db.driverName() != QLatin1String("QSQLITE");
}

// Rows per multi-row statement, at most 64. On SQLite the largest power of two that `left`
// fills, so a handful of statement shapes (64, 32, ... 1 rows) is prepared once and serves
// every batch (a statement costs no round trip there). Where each statement is a round trip
// (PostgreSQL) every size up to 64 gets its own shape, each prepared once: one participant's
// 7 answers are one statement, not 4 + 2 + 1.
int chunkRows(qsizetype left, bool roundTrips)
{
    if (roundTrips)
        return int(qMin<qsizetype>(64, left));
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

IngestStore::IngestStore(QSqlDatabase &db) : m_db(db) {}

IngestStore::~IngestStore() = default;

void IngestStore::releaseStatements()
{
    m_statements.clear();
    m_unprepared.reset();
}

detail::IngestStatement &IngestStore::statement(Sql which, int rows)
{
    std::unique_ptr<detail::IngestStatement> &cached = m_statements[{which, rows}];
    if (cached)
        return *cached;
    QString sql;
    switch (which) {
    case Sql::InsertSessions:
        sql = QStringLiteral("INSERT INTO sessions(id, device_id, channel, workshop, content_version, language, started_at,"
                             " received_at, canonical, clock_flag, relayed_by) VALUES %1 ON CONFLICT (id) DO NOTHING RETURNING id")
                  .arg(valueRows(rows, 11));
        break;
    case Sql::InsertSessionsPlain:
        sql = QStringLiteral("INSERT INTO sessions(id, device_id, channel, workshop, content_version, language, started_at,"
                             " received_at, canonical, clock_flag, relayed_by) VALUES %1").arg(valueRows(rows, 11));
        break;
    case Sql::InsertContributionsPlain:
        sql = QStringLiteral("INSERT INTO contributions(id, device_id, session_id, activity_id, kind, content_version, payload,"
                             " created_at, device_seq, supersedes, received_at, canonical, clock_flag, relayed_by) VALUES %1")
                  .arg(valueRows(rows, 14));
        break;
    case Sql::SessionOwners:
        sql = QStringLiteral("SELECT id, device_id, workshop FROM sessions WHERE id IN (%1)").arg(valueRows(1, rows).mid(1).chopped(1));
        break;
    case Sql::SessionCanonical:
        sql = QStringLiteral("SELECT canonical FROM sessions WHERE id = ?");
        break;
    case Sql::ContributionCanonical:
        sql = QStringLiteral("SELECT canonical FROM contributions WHERE id = ?");
        break;
    case Sql::InsertConflict:
        sql = QStringLiteral("INSERT INTO conflicts(record_type, record_id, device_id, canonical, received_at) VALUES(?,?,?,?,?)");
        break;
    case Sql::UpdateDevice: {
        // The report is kept when it is the newest: its number (NULL: none) at least as high as
        // the kept one's (the same upload again is as new). One without a number counts as the
        // newest and leaves the kept number as it is.
        const QString newest = QStringLiteral("COALESCE(CAST(? AS BIGINT), pending_report_seq, 0) >= COALESCE(pending_report_seq, 0)");
        sql = QStringLiteral("UPDATE devices SET last_seen = ?, app_version = CASE WHEN %1 THEN ? ELSE app_version END,"
                             " content_version = CASE WHEN %1 THEN ? ELSE content_version END,"
                             " pending_reported = CASE WHEN %1 THEN ? ELSE pending_reported END,"
                             " pending_report_seq = COALESCE(CASE WHEN %1 THEN CAST(? AS BIGINT) END, pending_report_seq) WHERE id = ?")
                  .arg(newest);
        break;
    }
    case Sql::InsertContributions:
        sql = QStringLiteral("INSERT INTO contributions(id, device_id, session_id, activity_id, kind, content_version, payload,"
                             " created_at, device_seq, supersedes, received_at, canonical, clock_flag, relayed_by) VALUES %1"
                             " ON CONFLICT (id) DO NOTHING RETURNING id").arg(valueRows(rows, 14));
        break;
    case Sql::SelectContributions:
        sql = QStringLiteral("SELECT id, canonical FROM contributions WHERE id IN (%1)").arg(valueRows(1, rows).mid(1).chopped(1));
        break;
    }
    // The lookups by a list of ids are planned for the tables as they are (ingeststatement_p.h).
    const bool byIdList = which == Sql::SessionOwners || which == Sql::SelectContributions;
    cached = detail::IngestStatement::prepare(m_db, sql, byIdList ? detail::IngestStatement::Planning::EachExecution
                                                                  : detail::IngestStatement::Planning::Once);
    if (cached->isPrepared())
        return *cached;
    // Not kept: the next upload prepares it again (its exec() fails now, with why).
    m_unprepared = std::move(cached);
    m_statements.erase({which, rows});
    qCWarning(lcServerStore).noquote() << "preparing an ingest statement failed:" << m_unprepared->error();
    return *m_unprepared;
}

IngestStore::Ingested IngestStore::add(const UploadBatch &batch, const QString &deviceId, int settledElsewhere, qint64 reportSequence)
{
    return addGroup({{&batch, deviceId, settledElsewhere, reportSequence}}).constFirst();
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
    const QByteArray nowUtf8 = now.toUtf8();
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
    const bool plain = statementsAreRoundTrips(m_db);
    for (qsizetype i = 0; i < requests.size(); ++i) {
        if (!alone && !step(QStringLiteral("SAVEPOINT upload")))
            return out;
        bool metStoredId = false;
        out[i] = store(requests.at(i), now, nowUtf8, plain, &metStoredId);
        if (metStoredId) {
            // An id of the upload is stored already (a resend, a copy within the batch, or
            // another server's commit in between): its plain inserts are rolled back and it is
            // stored again, each row settled on its own as stored, duplicate or conflict.
            qCDebug(lcServerStore) << "upload from" << requests.at(i).deviceId << "meets a stored id; storing it again with ON CONFLICT";
            if (alone) {
                m_db.rollback();
                if (!m_db.transaction()) {
                    failAll(m_db.lastError().text());
                    return out;
                }
            } else if (!step(QStringLiteral("ROLLBACK TO SAVEPOINT upload"))) {
                return out;
            }
            out[i] = store(requests.at(i), now, nowUtf8, false, nullptr);
        }
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

IngestStore::Ingested IngestStore::store(const Request &request, const QString &now, const QByteArray &nowUtf8, bool plainInserts,
                                         bool *metStoredId)
{
    using detail::IngestStatement;
    const UploadBatch &batch = *request.batch;
    const QString &deviceId = request.deviceId;
    Ingested out;
    // A relay's records are judged and stored as the device that made them (its origin); the
    // hub is kept as relayed_by. A direct upload's records are the sender's own.
    const protocol::RelayInfo *relay = batch.relay ? &*batch.relay : nullptr;
    const QString relayedBy = relay ? deviceId : QString();  // null: SQL NULL
    auto madeBy = [&](const QString &sessionId) { return relay ? relay->origins.value(sessionId) : deviceId; };
    const ClockWindow clock(now);
    auto bindFlag = [&](IngestStatement &st, const QString &deviceTime) {
        const QString flag = clockFlag(deviceTime, clock);
        if (flag.isEmpty())
            st.bindNull();
        else
            st.bind(flag);
    };

    auto fail = [&](const IngestStatement &st) {
        out.error = st.error();
        out.results.clear();
    };
    // Not stored, since another record has its id: kept aside in `conflicts`.
    auto keepConflict = [&](const QString &type, const QString &id, const QByteArray &canonicalBytes) -> std::optional<RecordResult> {
        IngestStatement &conflict = statement(Sql::InsertConflict);
        conflict.bind(type);
        conflict.bind(id);
        conflict.bind(deviceId);
        conflict.bindUtf8(canonicalBytes);
        conflict.bindUtf8(nowUtf8);
        if (!conflict.exec()) {
            fail(conflict);
            return std::nullopt;
        }
        return RecordResult{type, id, RecordStatus::Conflict,
                            QStringLiteral("a different %1 with this id is already stored; this one is kept aside").arg(type)};
    };
    // Whether a row stored under `id` has exactly this canonical form; nullopt on failure (and
    // when `mustExist` and there is no such row: an insert just met it).
    auto storedIs = [&](Sql canonicalOf, const QString &id, const QByteArray &canonicalBytes, bool mustExist) -> std::optional<bool> {
        IngestStatement &existing = statement(canonicalOf);
        existing.bind(id);
        if (!existing.exec()) {
            fail(existing);
            return std::nullopt;
        }
        const bool found = existing.next();
        const bool same = found && existing.text(0) == canonicalBytes;
        existing.finish();
        if (!found && mustExist) {
            out.error = QStringLiteral("record %1 was neither inserted nor found").arg(id);
            out.results.clear();
            return std::nullopt;
        }
        return same;
    };

    // A session belongs to the device that first sent it: another device can neither send it
    // again nor add answers to it (each is rejected on its own, with the reason). A hub's relay
    // reaches only the sessions of its room: a stored session of any other room (or none) counts
    // as another device's.
    // An owner never changes once a session is stored: the owners of every session the batch
    // names are read first, up to 64 ids per statement (a batch of 200 answers names a few dozen
    // sessions: one round trip on PostgreSQL), and a session the batch stores is its maker's.
    const bool roundTrips = statementsAreRoundTrips(m_db);
    QHash<QString, QString> owners;  // session id → owner; not there: no such session (yet)
    {
        QList<QString> ids;
        QSet<QString> named;
        auto name = [&](const QString &id) {
            if (!named.contains(id)) {
                named.insert(id);
                ids.append(id);
            }
        };
        for (const SessionRecord &s : batch.sessions)
            name(s.id);
        for (const ContributionRecord &rec : batch.contributions)
            name(rec.sessionId);
        for (qsizetype done = 0; done < ids.size();) {
            const int rows = chunkRows(ids.size() - done, roundTrips);
            IngestStatement &select = statement(Sql::SessionOwners, rows);
            for (qsizetype i = done; i < done + rows; ++i)
                select.bind(ids.at(i));
            if (!select.exec()) {
                fail(select);
                return out;
            }
            while (select.next()) {
                QString owner = QString::fromUtf8(select.text(1));
                if (!owner.isEmpty() && relay && QString::fromUtf8(select.text(2)) != relay->roomId)
                    owner = QStringLiteral("(not in room %1)").arg(relay->roomId);
                if (!owner.isEmpty())
                    owners.insert(QString::fromUtf8(select.text(0)), owner);
            }
            if (!select.error().isEmpty()) {
                fail(select);
                return out;
            }
            select.finish();
            done += rows;
        }
    }
    const auto otherOwner = [&](const QString &sessionId) { return owners.value(sessionId); };
    const auto notRelayable = [&](const QString &sessionId) -> QString {
        return QStringLiteral("session %1 is not one of room %2 with the device that made it named in $.relay.origins; a hub relays "
                              "only its own room's sessions, each answer with its session").arg(sessionId, relay->roomId);
    };
    const auto notYours = [](const QString &sessionId) {
        return QStringLiteral("session %1 belongs to another device; a device adds answers only to its own sessions").arg(sessionId);
    };
    // Runs a multi-row INSERT ... RETURNING id of `rows` values bound, and tells `present` which
    // it did not insert: every row inserted (the common case), or the first of the chunk under
    // each returned id was, and any other was there already (a second copy in the same batch
    // meets the first). False on failure.
    const auto insertRows = [&](IngestStatement &insert, int rows, auto idOf, auto present) {
        if (!insert.exec()) {
            fail(insert);
            return false;
        }
        QList<QByteArray> inserted;
        while (insert.next())
            inserted.append(insert.text(0));
        if (!insert.error().isEmpty()) {
            fail(insert);
            return false;
        }
        insert.finish();
        if (inserted.size() != rows) {
            QSet<QString> ids;
            for (const QByteArray &id : std::as_const(inserted))
                ids.insert(QString::fromUtf8(id));
            for (int i = 0; i < rows; ++i)
                if (!ids.remove(idOf(i)))
                    present(i);
        }
        return true;
    };
    // A plain multi-row INSERT: every row inserted, or failed (*metStoredId when on an id
    // already stored).
    const auto insertPlain = [&](IngestStatement &insert) {
        if (!insert.exec()) {
            *metStoredId = insert.uniqueViolation();
            fail(insert);
            return false;
        }
        insert.finish();
        return true;
    };
    // An identical resend is success whoever sends it (DESIGN.md §4.1): the record is already
    // there, so nothing is added to another device's session (a device enrolled again under a
    // new id, re-sending after a restore, gets `duplicate`, not `rejected`).
    struct NewSession {
        qsizetype slot;  // in out.results
        const SessionRecord *record;
        QByteArray canonical;
    };
    QList<NewSession> newSessions;
    QSet<QString> relayedSessions;  // the sessions of this relay that are its room's
    for (const SessionRecord &s : batch.sessions) {
        if (relay && (s.workshop != relay->roomId || madeBy(s.id).isEmpty())) {
            out.results.append({QStringLiteral("session"), s.id, RecordStatus::Rejected, notRelayable(s.id)});
            continue;
        }
        if (relay)
            relayedSessions.insert(s.id);
        const QString owner = otherOwner(s.id);
        QByteArray c = canonical(s);
        if (!owner.isEmpty() && owner != madeBy(s.id)) {
            const auto same = storedIs(Sql::SessionCanonical, s.id, c, false);
            if (!same)
                return out;
            out.results.append({QStringLiteral("session"), s.id, *same ? RecordStatus::Duplicate : RecordStatus::Rejected,
                                *same ? QString() : notYours(s.id)});
            continue;
        }
        out.results.append({QStringLiteral("session"), s.id, RecordStatus::Stored, {}});  // settled below
        newSessions.append({out.results.size() - 1, &s, std::move(c)});
    }
    // Stored, duplicate or conflict, decided by the row already under each id: multi-row
    // statements as for the answers below.
    QList<const NewSession *> presentSessions;  // not inserted: under an id already stored
    // With plain inserts, a session the owners read found (the sender's own: a resend) is not
    // inserted again: it is settled with the present ones below. Its answers are likely a
    // resend too, and go in with ON CONFLICT.
    QList<const NewSession *> inserting;
    for (const NewSession &n : std::as_const(newSessions)) {
        if (plainInserts && owners.contains(n.record->id))
            presentSessions.append(&n);
        else
            inserting.append(&n);
    }
    const bool plainContributions = plainInserts && presentSessions.isEmpty();
    for (qsizetype done = 0; done < inserting.size();) {
        const int rows = chunkRows(inserting.size() - done, roundTrips);
        IngestStatement &insert = statement(plainInserts ? Sql::InsertSessionsPlain : Sql::InsertSessions, rows);
        for (qsizetype i = done; i < done + rows; ++i) {
            const SessionRecord &s = *inserting.at(i)->record;
            for (const QString &v : {s.id, madeBy(s.id), s.channel, s.workshop, s.contentVersion, s.language, s.startedAt})
                insert.bind(detail::nonNull(v));  // null would bind as SQL NULL
            insert.bindUtf8(nowUtf8);
            insert.bindUtf8(inserting.at(i)->canonical);
            bindFlag(insert, s.startedAt);
            insert.bind(relayedBy);
        }
        if (plainInserts ? !insertPlain(insert)
                         : !insertRows(insert, rows, [&](int i) { return inserting.at(done + i)->record->id; },
                                       [&](int i) { presentSessions.append(inserting.at(done + i)); }))
            return out;
        done += rows;
    }
    // Each is its maker's now: stored by this batch, or already (the owner was checked above).
    for (const NewSession &n : std::as_const(newSessions))
        owners.insert(n.record->id, madeBy(n.record->id));
    for (const NewSession *n : std::as_const(presentSessions)) {
        const QString &id = n->record->id;
        const auto same = storedIs(Sql::SessionCanonical, id, n->canonical, true);
        if (!same)
            return out;
        if (*same) {
            out.results[n->slot].status = RecordStatus::Duplicate;
            continue;
        }
        const auto r = keepConflict(QStringLiteral("session"), id, n->canonical);
        if (!r)
            return out;
        out.results[n->slot] = *r;
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
        const QString owner = otherOwner(rec.sessionId);
        if (owner.isEmpty()) {
            out.results.append({QStringLiteral("contribution"), rec.id, RecordStatus::Rejected,
                                QStringLiteral("its session %1 is unknown; send the session in the same batch").arg(rec.sessionId)});
            continue;
        }
        QByteArray payloadJson = json::compact(rec.payload);
        const QByteArray c = canonical(rec, payloadJson);
        if (owner != madeBy(rec.sessionId)) {
            const auto same = storedIs(Sql::ContributionCanonical, rec.id, c, false);
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
    QList<const Candidate *> present;  // not inserted: under an id already stored
    for (qsizetype done = 0; done < candidates.size();) {
        const int rows = chunkRows(candidates.size() - done, roundTrips);
        IngestStatement &insert = statement(plainContributions ? Sql::InsertContributionsPlain : Sql::InsertContributions, rows);
        for (qsizetype i = done; i < done + rows; ++i) {
            const Candidate &candidate = candidates.at(i);
            const ContributionRecord &rec = *candidate.record;
            insert.bind(rec.id);
            insert.bind(madeBy(rec.sessionId));
            insert.bind(rec.sessionId);
            insert.bind(rec.activityId);
            insert.bind(rec.kind);
            insert.bind(rec.contentVersion);
            insert.bindUtf8(candidate.payloadJson);
            insert.bind(rec.createdAt);
            insert.bind(rec.deviceSeq);
            if (rec.supersedes.isEmpty())
                insert.bindNull();
            else
                insert.bind(rec.supersedes);
            insert.bindUtf8(nowUtf8);
            insert.bindUtf8(candidate.canonical);
            bindFlag(insert, rec.createdAt);
            insert.bind(relayedBy);
        }
        if (plainContributions ? !insertPlain(insert)
                               : !insertRows(insert, rows, [&](int i) { return candidates.at(done + i).record->id; },
                                             [&](int i) { present.append(&candidates.at(done + i)); }))
            return out;
        done += rows;
    }
    QHash<QString, QByteArray> stored;  // id → canonical form already stored
    for (qsizetype done = 0; done < present.size();) {
        const int rows = chunkRows(present.size() - done, roundTrips);
        IngestStatement &select = statement(Sql::SelectContributions, rows);
        for (qsizetype i = done; i < done + rows; ++i)
            select.bind(present[i]->record->id);
        if (!select.exec()) {
            fail(select);
            return out;
        }
        while (select.next())
            stored.insert(QString::fromUtf8(select.text(0)), select.text(1));
        if (!select.error().isEmpty()) {
            fail(select);
            return out;
        }
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
    // What the device reported, in the same transaction (one commit per batch), if it is the
    // newest report (see add()). The batch's own records were pending when it was sent; they are
    // settled now.
    IngestStatement &device = statement(Sql::UpdateDevice);
    auto bindSequence = [&] {
        if (request.reportSequence > 0)
            device.bind(request.reportSequence);
        else
            device.bindNull();
    };
    device.bindUtf8(nowUtf8);
    bindSequence();
    device.bind(detail::nonNull(batch.appVersion));
    bindSequence();
    device.bind(detail::nonNull(batch.contentVersion));
    bindSequence();
    device.bind(qint64(qMax(0, batch.pendingReported - int(out.results.size()) - request.settledElsewhere)));
    bindSequence();
    bindSequence();
    device.bind(deviceId);
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

namespace {

// Every row of `sql` (no bound values) as UTF-8 texts, `columns` of them, to `row`. SQLite and
// PostgreSQL are read through their own API on the Qt driver's connection: each text is read
// where the library holds it, with no QVariant or copy per column (QtSql's per-row cache was
// half of what the results command spent reading, bench/results_bench). Another driver goes
// through QtSql.
template <int columns, typename Row>
bool forEachRow(const QSqlDatabase &db, const char *sql, Row row)
{
    std::array<QByteArrayView, columns> texts;
    if (sqlite3 *connection = detail::sqliteHandle(db)) {
        sqlite3_stmt *statement = nullptr;
        int step = sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr);
        while (step == SQLITE_OK || step == SQLITE_ROW) {
            if ((step = sqlite3_step(statement)) != SQLITE_ROW)
                break;
            for (int c = 0; c < columns; ++c) {
                const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, c));
                texts[c] = QByteArrayView(data, data ? sqlite3_column_bytes(statement, c) : 0);
            }
            row(texts);
        }
        if (step != SQLITE_DONE)
            qCWarning(lcServerStore) << "reading failed:" << sqlite3_errmsg(connection) << sql;
        sqlite3_finalize(statement);
        return step == SQLITE_DONE;
    }
    if (PGconn *connection = detail::postgresHandle(db)) {
        PGresult *result = connection ? PQexec(connection, sql) : nullptr;
        const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK;
        if (!ok)
            qCWarning(lcServerStore) << "reading failed:" << (connection ? PQerrorMessage(connection) : "no connection") << sql;
        for (int r = 0, rows = ok ? PQntuples(result) : 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c)
                texts[c] = QByteArrayView(PQgetvalue(result, r, c), PQgetlength(result, r, c));
            row(texts);
        }
        PQclear(result);
        return ok;
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromUtf8(sql))) {
        qCWarning(lcServerStore) << "reading failed:" << q.lastError().text() << sql;
        return false;
    }
    std::array<QByteArray, columns> values;
    while (q.next()) {
        for (int c = 0; c < columns; ++c) {
            values[c] = utf8Of(q.value(c));
            texts[c] = values[c];
        }
        row(texts);
    }
    return true;
}

} // namespace

results::Records IngestStore::roundContributions()
{
    results::Records out;
    forEachRow<6>(m_db, "SELECT id, session_id, activity_id, kind, payload, COALESCE(supersedes, '') FROM contributions",
                  [&out](const auto &t) { out.add(t[0], t[1], t[2], t[3], t[4], t[5]); });
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
    QList<SessionRecord> out;
    // Channels, content versions and languages repeat from session to session: kept once each.
    answers::SharedTexts sharedText;
    forEachRow<6>(m_db, "SELECT s.id, s.channel, COALESCE(s.workshop, ''), s.content_version, s.language, s.started_at FROM sessions s ORDER BY s.id",
                  [&](const auto &t) {
                      out.append({QString::fromUtf8(t[0]), sharedText(t[1]), sharedText(t[2]), sharedText(t[3]), sharedText(t[4]),
                                  QString::fromUtf8(t[5])});
                  });
    return out;
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
