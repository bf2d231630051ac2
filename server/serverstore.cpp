#include "serverstore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QVariant>

Q_LOGGING_CATEGORY(lcServerStore, "samenspraak.server.store")

namespace samenspraak::server {

using namespace protocol;

namespace {

// Portable SQL: the same statements run on SQLite and PostgreSQL; %SERIAL% differs.
const QList<QStringList> Migrations = {
    {
        QStringLiteral("CREATE TABLE devices (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', token_hash TEXT UNIQUE,"
                       " enrolled_at TEXT, last_seen TEXT, revoked_at TEXT, app_version TEXT, content_version TEXT,"
                       " pending_reported INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, device_id TEXT NOT NULL, channel TEXT NOT NULL,"
                       " workshop TEXT NOT NULL, content_version TEXT NOT NULL, language TEXT NOT NULL, started_at TEXT NOT NULL,"
                       " received_at TEXT NOT NULL, canonical TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE contributions (id TEXT PRIMARY KEY, device_id TEXT NOT NULL,"
                       " session_id TEXT NOT NULL REFERENCES sessions(id), activity_id TEXT NOT NULL, kind TEXT NOT NULL,"
                       " content_version TEXT NOT NULL, payload TEXT NOT NULL, created_at TEXT NOT NULL, device_seq BIGINT NOT NULL,"
                       " supersedes TEXT, received_at TEXT NOT NULL, canonical TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX contributions_received ON contributions(received_at)"),
        QStringLiteral("CREATE TABLE conflicts (seq %SERIAL%, record_type TEXT NOT NULL, record_id TEXT NOT NULL,"
                       " device_id TEXT NOT NULL, canonical TEXT NOT NULL, received_at TEXT NOT NULL)"),
    },
};

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

ServerStore::ServerStore(QSqlDatabase db, bool postgres) : m_db(std::move(db)), m_connection(m_db.connectionName()), m_postgres(postgres) {}

ServerStore::~ServerStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

ServerStore::Opened ServerStore::open(const QString &spec)
{
    Opened result;
    const QString connection = QStringLiteral("server-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const bool postgres = spec.startsWith(QLatin1String("postgresql://")) || spec.startsWith(QLatin1String("postgres://"));
    QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), connection);
    if (postgres) {
        const QUrl url(spec);
        db.setHostName(url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        if (QFileInfo(spec).isDir()) {
            result.error = QStringLiteral("--db %1 is a directory; give a file path such as %1/server.db").arg(spec);
            return result;
        }
        db.setDatabaseName(spec);
    }
    if (!db.open()) {
        result.error = QStringLiteral("Cannot open the server database %1: %2").arg(postgres ? QUrl(spec).toString(QUrl::RemovePassword) : spec,
                                                                                 db.lastError().text());
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        return result;
    }
    std::unique_ptr<ServerStore> store(new ServerStore(db, postgres));
    db = QSqlDatabase();  // the store holds the only handle, so closing it really closes
    if (!postgres) {
        QSqlQuery q(store->m_db);
        QString verdict;
        if (q.exec(QStringLiteral("PRAGMA quick_check")) && q.next())
            verdict = q.value(0).toString();
        else
            verdict = q.lastError().databaseText();
        q.finish();
        if (verdict != QLatin1String("ok")) {
            result.error = QStringLiteral("The server database %1 is damaged (%2). Nothing was changed; restore it from a backup.").arg(spec, verdict);
            return result;
        }
        for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"})
            q.exec(QLatin1String(sql));
    }
    if (const QString e = store->migrate(); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    result.store = std::move(store);
    return result;
}

QString ServerStore::migrate()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")))
        return QStringLiteral("Cannot prepare the server database: %1").arg(q.lastError().text());
    int version = 0;
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) && q.next())
        version = q.value(0).toInt();
    q.finish();
    if (version > Migrations.size())
        return QStringLiteral("The server database has schema %1, newer than this server (%2). Update the server.").arg(version).arg(Migrations.size());
    const QString serial = m_postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    for (int v = version; v < Migrations.size(); ++v) {
        if (!m_db.transaction())
            return m_db.lastError().text();
        for (QString sql : Migrations.at(v)) {
            sql.replace(QStringLiteral("%SERIAL%"), serial);
            if (!q.exec(sql)) {
                const QString e = q.lastError().text();
                m_db.rollback();
                return QStringLiteral("Migration to schema %1 failed: %2").arg(v + 1).arg(e);
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migrations(version, applied_at) VALUES(?, ?)"));
        q.addBindValue(v + 1);
        q.addBindValue(nowUtc());
        if (!q.exec() || !m_db.commit()) {
            const QString e = q.lastError().text();
            m_db.rollback();
            return QStringLiteral("Migration to schema %1 failed: %2").arg(v + 1).arg(e);
        }
    }
    return {};
}

ServerStore::Ingested ServerStore::ingest(const UploadBatch &batch, const QString &deviceId)
{
    Ingested out;
    const QString now = nowUtc();
    if (!m_db.transaction()) {
        out.error = m_db.lastError().text();
        return out;
    }
    QSqlQuery insertSession(m_db), insertContribution(m_db), existing(m_db), conflict(m_db), sessionKnown(m_db);
    insertSession.prepare(QStringLiteral("INSERT INTO sessions(id, device_id, channel, workshop, content_version, language, started_at,"
                                         " received_at, canonical) VALUES(?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING"));
    insertContribution.prepare(QStringLiteral("INSERT INTO contributions(id, device_id, session_id, activity_id, kind, content_version,"
                                              " payload, created_at, device_seq, supersedes, received_at, canonical)"
                                              " VALUES(?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING"));
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

    for (const SessionRecord &s : batch.sessions) {
        const QByteArray c = canonical(s);
        for (const QString &v : {s.id, deviceId, s.channel, s.workshop, s.contentVersion, s.language, s.startedAt, now})
            insertSession.addBindValue(v.isNull() ? QStringLiteral("") : v);  // null would bind as SQL NULL
        insertSession.addBindValue(QString::fromUtf8(c));
        auto r = settle(QStringLiteral("session"), QStringLiteral("sessions"), s.id, c, insertSession);
        if (!r)
            return out;
        out.results.append(*r);
    }
    sessionKnown.prepare(QStringLiteral("SELECT 1 FROM sessions WHERE id = ?"));
    for (const ContributionRecord &rec : batch.contributions) {
        sessionKnown.addBindValue(rec.sessionId);
        if (!sessionKnown.exec()) {
            fail(sessionKnown);
            return out;
        }
        if (!sessionKnown.next()) {
            out.results.append({QStringLiteral("contribution"), rec.id, RecordStatus::Rejected,
                                QStringLiteral("its session %1 is unknown; send the session in the same batch").arg(rec.sessionId)});
            continue;
        }
        const QByteArray c = canonical(rec);
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
        auto r = settle(QStringLiteral("contribution"), QStringLiteral("contributions"), rec.id, c, insertContribution);
        if (!r)
            return out;
        out.results.append(*r);
    }
    if (!m_db.commit()) {
        out.error = m_db.lastError().text();
        out.results.clear();
        m_db.rollback();
    }
    return out;
}

void ServerStore::touchDevice(const QString &deviceId, const UploadBatch &batch)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO devices(id, last_seen, app_version, content_version, pending_reported) VALUES(?,?,?,?,?)"
                             " ON CONFLICT (id) DO UPDATE SET last_seen = excluded.last_seen, app_version = excluded.app_version,"
                             " content_version = excluded.content_version, pending_reported = excluded.pending_reported"));
    q.addBindValue(deviceId);
    q.addBindValue(nowUtc());
    q.addBindValue(batch.appVersion);
    q.addBindValue(batch.contentVersion);
    q.addBindValue(batch.pendingReported);
    if (!q.exec())
        qCWarning(lcServerStore) << "could not update device" << deviceId << q.lastError().text();
}

QList<ExportRow> ServerStore::exportRows(const QString &since)
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

qint64 ServerStore::contributionCount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM contributions")) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 ServerStore::conflictCount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM conflicts")) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace samenspraak::server
