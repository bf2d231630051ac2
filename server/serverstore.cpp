#include "serverstore.h"

#include "contentpack.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QVariant>

Q_LOGGING_CATEGORY(lcServerStore, "samenspraak.server.store")

namespace samenspraak::server {

using namespace protocol;

namespace {

// Each entry takes the schema from version i to i+1. Never edit a released step: add one.
// Portable SQL: the same statements run on SQLite and PostgreSQL; %SERIAL% and %BLOB% differ.
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
    {
        // Only hashes of codes are kept; a used code keeps its row so a second use is told apart.
        QStringLiteral("CREATE TABLE enrollment_codes (code_hash TEXT PRIMARY KEY, name TEXT NOT NULL, created_at TEXT NOT NULL,"
                       " expires_at TEXT NOT NULL, used_at TEXT, device_id TEXT)"),
        // Published packs are immutable per version; re-publishing an old one makes it current again.
        QStringLiteral("CREATE TABLE content_packs (version TEXT PRIMARY KEY, pack_id TEXT NOT NULL, sha256 TEXT NOT NULL,"
                       " pack_json %BLOB% NOT NULL, published_at TEXT NOT NULL, current_seq BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX content_packs_current ON content_packs(current_seq)"),
        QStringLiteral("CREATE INDEX contributions_device ON contributions(device_id)"),
    },
};

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A null QString binds as SQL NULL: bind '' instead where NULL is not meant.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const QVariant NullText = QVariant(QMetaType::fromType<QString>());

} // namespace

QByteArray hashSecret(const QString &secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString newEnrollmentCode()
{
    const QLatin1String alphabet(protocol::EnrollmentCodeAlphabet);
    QString code;
    for (int i = 0; i < protocol::EnrollmentCodeLength; ++i)
        code.append(alphabet.at(QRandomGenerator::system()->bounded(int(alphabet.size()))));
    return code;
}

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
        QUrlQuery query(url);
        // ?host=/run/postgresql selects a unix socket; other parameters (sslmode, connect_timeout)
        // go to libpq as they are.
        const QString socketDir = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        query.removeAllQueryItems(QStringLiteral("host"));
        db.setHostName(!socketDir.isEmpty() ? socketDir : url.host().isEmpty() ? QStringLiteral("127.0.0.1") : url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName(QUrl::FullyDecoded));
        db.setPassword(url.password(QUrl::FullyDecoded));
        db.setDatabaseName(url.path(QUrl::FullyDecoded).mid(1));
        QStringList options;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            options.append(key + QLatin1Char('=') + value);
        db.setConnectOptions(options.join(QLatin1Char(';')));
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
    if (postgres) {
        QSqlQuery q(store->m_db);
        q.exec(QStringLiteral("SET client_min_messages TO WARNING"));  // no NOTICE noise from IF NOT EXISTS
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
    const QString blob = m_postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    for (int v = version; v < Migrations.size(); ++v) {
        if (!m_db.transaction())
            return m_db.lastError().text();
        for (QString sql : Migrations.at(v)) {
            sql.replace(QStringLiteral("%SERIAL%"), serial).replace(QStringLiteral("%BLOB%"), blob);
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

ServerStore::Ingested ServerStore::ingest(const UploadBatch &batch, const QString &deviceId, int settledElsewhere)
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
    // What the device reported, in the same transaction (one commit per batch). The batch's
    // own records were pending when it was sent; they are settled now.
    QSqlQuery device(m_db);
    device.prepare(QStringLiteral("UPDATE devices SET last_seen = ?, app_version = ?, content_version = ?, pending_reported = ?"
                                  " WHERE id = ?"));
    device.addBindValue(now);
    device.addBindValue(nonNull(batch.appVersion));
    device.addBindValue(nonNull(batch.contentVersion));
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

void ServerStore::touchDevice(const QString &deviceId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE devices SET last_seen = ? WHERE id = ?"));
    q.addBindValue(nowUtc());
    q.addBindValue(deviceId);
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

// --- device registry

ServerStore::CreatedCode ServerStore::createEnrollmentCode(const QString &name, int validHours)
{
    CreatedCode out;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    out.code = newEnrollmentCode();
    out.expiresAt = now.addSecs(qint64(validHours) * 3600).toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO enrollment_codes(code_hash, name, created_at, expires_at) VALUES(?,?,?,?)"));
    q.addBindValue(QString::fromLatin1(hashSecret(out.code)));
    q.addBindValue(nonNull(name));
    q.addBindValue(now.toString(Qt::ISODateWithMs));
    q.addBindValue(out.expiresAt);
    if (!q.exec()) {
        out.error = QStringLiteral("Cannot store the enrollment code: %1").arg(q.lastError().text());
        out.code.clear();
    }
    return out;
}

ServerStore::Enrollment ServerStore::redeemEnrollmentCode(const EnrollmentRequest &request)
{
    Enrollment out;
    const QString code = normalizeEnrollmentCode(request.code);
    const QString codeHash = QString::fromLatin1(hashSecret(code));
    const QString now = nowUtc();
    auto failed = [&](const QSqlQuery &q) {
        out.result = Enrollment::Failed;
        out.error = q.lastError().text();
        m_db.rollback();
        qCWarning(lcServerStore) << "enrollment failed:" << out.error;
        return out;
    };
    if (code.isEmpty()) {
        out.result = Enrollment::UnknownCode;
        return out;
    }
    if (!m_db.transaction()) {
        out.error = m_db.lastError().text();
        return out;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT name, expires_at, used_at FROM enrollment_codes WHERE code_hash = ?"));
    q.addBindValue(codeHash);
    if (!q.exec())
        return failed(q);
    if (!q.next()) {
        m_db.rollback();
        out.result = Enrollment::UnknownCode;
        return out;
    }
    const QString codeName = q.value(0).toString();
    const QString expiresAt = q.value(1).toString();
    const QString usedAt = q.value(2).toString();
    q.finish();
    if (!usedAt.isEmpty() || expiresAt <= now) {
        m_db.rollback();
        out.result = usedAt.isEmpty() ? Enrollment::ExpiredCode : Enrollment::UsedCode;
        out.when = usedAt.isEmpty() ? expiresAt : usedAt;
        return out;
    }
    out.deviceId = request.deviceId.isEmpty() ? newId() : request.deviceId;
    // The name staff gave the code wins, then the name the registry has, then the device's own.
    q.prepare(QStringLiteral("SELECT name FROM devices WHERE id = ?"));
    q.addBindValue(out.deviceId);
    if (!q.exec())
        return failed(q);
    const QString knownName = q.next() ? q.value(0).toString() : QString();
    q.finish();
    out.name = !codeName.isEmpty() ? codeName : !knownName.isEmpty() ? knownName : request.name;
    out.token = newToken();
    // Single use even under a race: only the request that flips used_at wins.
    q.prepare(QStringLiteral("UPDATE enrollment_codes SET used_at = ?, device_id = ? WHERE code_hash = ? AND used_at IS NULL"));
    q.addBindValue(now);
    q.addBindValue(out.deviceId);
    q.addBindValue(codeHash);
    if (!q.exec())
        return failed(q);
    if (q.numRowsAffected() != 1) {
        m_db.rollback();
        out.result = Enrollment::UsedCode;
        out.when = now;
        return out;
    }
    // A device enrolled again (new code from staff) gets a new token; the old one stops working.
    q.prepare(QStringLiteral("INSERT INTO devices(id, name, token_hash, enrolled_at, revoked_at, app_version) VALUES(?,?,?,?,?,?)"
                             " ON CONFLICT (id) DO UPDATE SET token_hash = excluded.token_hash, enrolled_at = excluded.enrolled_at,"
                             " revoked_at = NULL, app_version = excluded.app_version, name = excluded.name"));
    q.addBindValue(out.deviceId);
    q.addBindValue(nonNull(out.name));
    q.addBindValue(QString::fromLatin1(hashSecret(out.token)));
    q.addBindValue(now);
    q.addBindValue(NullText);
    q.addBindValue(nonNull(request.appVersion));
    if (!q.exec())
        return failed(q);
    if (!m_db.commit())
        return failed(q);
    out.result = Enrollment::Enrolled;
    return out;
}

ServerStore::Auth ServerStore::authenticate(const QString &token)
{
    Auth out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, revoked_at FROM devices WHERE token_hash = ?"));
    q.addBindValue(QString::fromLatin1(hashSecret(token)));
    if (!q.exec()) {
        qCWarning(lcServerStore) << "token check failed:" << q.lastError().text();
        return out;
    }
    if (!q.next()) {
        out.result = Auth::UnknownToken;
        return out;
    }
    out.deviceId = q.value(0).toString();
    out.revokedAt = q.value(1).toString();
    out.result = out.revokedAt.isEmpty() ? Auth::Ok : Auth::Revoked;
    return out;
}

QList<DeviceInfo> ServerStore::devices()
{
    QList<DeviceInfo> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name, COALESCE(enrolled_at, ''), COALESCE(last_seen, ''), COALESCE(revoked_at, ''),"
                               " COALESCE(app_version, ''), COALESCE(content_version, ''), pending_reported, token_hash"
                               " FROM devices ORDER BY name, id"))) {
        qCWarning(lcServerStore) << "listing devices failed:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toLongLong(),
                    !q.value(8).isNull()});
    return out;
}

ServerStore::Revoke ServerStore::revokeDevice(const QString &deviceId, QString *revokedAt)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT COALESCE(revoked_at, '') FROM devices WHERE id = ?"));
    q.addBindValue(deviceId);
    if (!q.exec())
        return Revoke::Failed;
    if (!q.next())
        return Revoke::Unknown;
    if (!q.value(0).toString().isEmpty()) {
        if (revokedAt)
            *revokedAt = q.value(0).toString();
        return Revoke::AlreadyRevoked;
    }
    q.finish();
    const QString now = nowUtc();
    q.prepare(QStringLiteral("UPDATE devices SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(now);
    q.addBindValue(deviceId);
    if (!q.exec())
        return Revoke::Failed;
    if (revokedAt)
        *revokedAt = now;
    return Revoke::Revoked;
}

// --- content packs

ServerStore::Publish ServerStore::publishContent(const ContentPack &pack, QString *error)
{
    auto failed = [&](const QSqlQuery &q) {
        if (error)
            *error = q.lastError().text();
        m_db.rollback();
        return Publish::Failed;
    };
    if (!m_db.transaction()) {
        if (error)
            *error = m_db.lastError().text();
        return Publish::Failed;
    }
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT sha256 FROM content_packs WHERE version = ?"));
    q.addBindValue(pack.version);
    if (!q.exec())
        return failed(q);
    const bool known = q.next();
    const QString knownSha = known ? q.value(0).toString() : QString();
    q.finish();
    if (known && knownSha.toLatin1() != pack.sha256) {
        m_db.rollback();
        if (error)
            *error = knownSha;
        return Publish::VersionTaken;
    }
    if (known) {
        const auto current = currentContent(false);
        if (current && current->version == pack.version) {
            m_db.rollback();
            return Publish::AlreadyCurrent;
        }
    }
    qint64 next = 1;
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(current_seq), 0) + 1 FROM content_packs")) || !q.next())
        return failed(q);
    next = q.value(0).toLongLong();
    q.finish();
    if (known) {
        q.prepare(QStringLiteral("UPDATE content_packs SET current_seq = ? WHERE version = ?"));
        q.addBindValue(next);
        q.addBindValue(pack.version);
    } else {
        q.prepare(QStringLiteral("INSERT INTO content_packs(version, pack_id, sha256, pack_json, published_at, current_seq)"
                                 " VALUES(?,?,?,?,?,?)"));
        q.addBindValue(pack.version);
        q.addBindValue(pack.id);
        q.addBindValue(QString::fromLatin1(pack.sha256));
        q.addBindValue(pack.raw);
        q.addBindValue(nowUtc());
        q.addBindValue(next);
    }
    if (!q.exec())
        return failed(q);
    if (!m_db.commit())
        return failed(q);
    return known ? Publish::MadeCurrent : Publish::Published;
}

namespace {
PublishedPack packFrom(const QSqlQuery &q, bool withJson)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString().toLatin1(),
            withJson ? q.value(4).toByteArray() : QByteArray()};
}
} // namespace

std::optional<PublishedPack> ServerStore::currentContent(bool withJson)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT version, pack_id, published_at, sha256%1 FROM content_packs ORDER BY current_seq DESC LIMIT 1")
                    .arg(withJson ? QStringLiteral(", pack_json") : QString()))
        || !q.next())
        return std::nullopt;
    return packFrom(q, withJson);
}

std::optional<PublishedPack> ServerStore::publishedContent(const QString &version)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT version, pack_id, published_at, sha256, pack_json FROM content_packs WHERE version = ?"));
    q.addBindValue(version);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return packFrom(q, true);
}

QList<PublishedPack> ServerStore::publishedContents()
{
    QList<PublishedPack> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT version, pack_id, published_at, sha256 FROM content_packs ORDER BY current_seq DESC")))
        while (q.next())
            out.append(packFrom(q, false));
    return out;
}

} // namespace samenspraak::server
