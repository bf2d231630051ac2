#include "store.h"
#include "storereader.h"

#include "answers.h"
#include "compactjson.h"
#include "deliveryledger.h"
#include "datadir.h"
#include "migrations.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcStore, "samenspraak.store")

namespace samenspraak {

using namespace protocol;

namespace {

enum SyncState { Pending = 0, Acknowledged = 1, Quarantined = 2 };

const QString DatabaseFile = QStringLiteral("samenspraak.db");
const QString TokenFile = QStringLiteral("device-token");  // mode 0600, next to the database

// Each entry takes the schema from version i to i+1. Never edit a released step: add one.
const QList<QStringList> Migrations = {
    {
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE content_versions (version TEXT PRIMARY KEY, pack_id TEXT NOT NULL, sha256 TEXT NOT NULL,"
                       " pack_json BLOB NOT NULL, installed_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE sessions (id TEXT PRIMARY KEY, channel TEXT NOT NULL, workshop TEXT NOT NULL DEFAULT '',"
                       " content_version TEXT NOT NULL REFERENCES content_versions(version), language TEXT NOT NULL,"
                       " started_at TEXT NOT NULL, sync_state INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,"
                       " server_failures INTEGER NOT NULL DEFAULT 0, sync_note TEXT, acked_at TEXT)"),
        QStringLiteral("CREATE TABLE contributions (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
                       " session_id TEXT NOT NULL REFERENCES sessions(id), activity_id TEXT NOT NULL, kind TEXT NOT NULL,"
                       " content_version TEXT NOT NULL REFERENCES content_versions(version), payload TEXT NOT NULL,"
                       " created_at TEXT NOT NULL, supersedes TEXT REFERENCES contributions(id),"
                       " sync_state INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,"
                       " server_failures INTEGER NOT NULL DEFAULT 0, sync_note TEXT, acked_at TEXT)"),
        QStringLiteral("CREATE INDEX contributions_by_state ON contributions(sync_state, seq)"),
        QStringLiteral("CREATE INDEX contributions_by_session ON contributions(session_id)"),
        QStringLiteral("CREATE INDEX sessions_by_state ON sessions(sync_state)"),
        // What a participant gave never changes and is never deleted on the device.
        QStringLiteral("CREATE TRIGGER contributions_immutable BEFORE UPDATE OF id, session_id, activity_id, kind,"
                       " content_version, payload, created_at, supersedes ON contributions"
                       " BEGIN SELECT RAISE(ABORT, 'contributions are immutable'); END"),
        QStringLiteral("CREATE TRIGGER contributions_kept BEFORE DELETE ON contributions"
                       " BEGIN SELECT RAISE(ABORT, 'contributions are never deleted'); END"),
        QStringLiteral("CREATE TRIGGER sessions_immutable BEFORE UPDATE OF id, channel, workshop, content_version, language,"
                       " started_at ON sessions BEGIN SELECT RAISE(ABORT, 'sessions are immutable'); END"),
        QStringLiteral("CREATE TRIGGER sessions_kept BEFORE DELETE ON sessions"
                       " BEGIN SELECT RAISE(ABORT, 'sessions are never deleted'); END"),
    },
    {
        // Content versions are looked up by the records that use them (pruneContent).
        QStringLiteral("CREATE INDEX contributions_by_content_version ON contributions(content_version)"),
        QStringLiteral("CREATE INDEX sessions_by_content_version ON sessions(content_version)"),
        // A published version never changes: a changed pack gets a new version.
        QStringLiteral("CREATE TRIGGER content_versions_immutable BEFORE UPDATE OF version, pack_id, sha256, pack_json"
                       " ON content_versions BEGIN SELECT RAISE(ABORT, 'content versions are immutable'); END"),
    },
    {
        // The results engine and the session controller look up what replaced an answer.
        QStringLiteral("CREATE INDEX contributions_by_supersedes ON contributions(supersedes)"),
    },
    {
        // Privacy at rest (Store::purge): an acknowledged answer's free text or profile is
        // removed after the pack's retention; its canonical record's hash stays.
        QStringLiteral("ALTER TABLE contributions ADD COLUMN purged_at TEXT"),
        QStringLiteral("ALTER TABLE contributions ADD COLUMN canonical_sha256 TEXT"),
        QStringLiteral("DROP TRIGGER contributions_immutable"),
        // Immutable still, except for that one change: an acknowledged, unpurged record's
        // payload emptied, with purged_at set, and nothing else.
        QStringLiteral("CREATE TRIGGER contributions_immutable BEFORE UPDATE OF id, session_id, activity_id, kind,"
                       " content_version, payload, created_at, supersedes ON contributions"
                       " WHEN NOT (OLD.sync_state = 1 AND OLD.purged_at IS NULL AND NEW.purged_at IS NOT NULL AND NEW.payload = '{}'"
                       " AND NEW.id IS OLD.id AND NEW.session_id IS OLD.session_id AND NEW.activity_id IS OLD.activity_id"
                       " AND NEW.kind IS OLD.kind AND NEW.content_version IS OLD.content_version AND NEW.created_at IS OLD.created_at"
                       " AND NEW.supersedes IS OLD.supersedes)"
                       " BEGIN SELECT RAISE(ABORT, 'contributions are immutable'); END"),
        QStringLiteral("CREATE INDEX contributions_by_purge ON contributions(sync_state, purged_at)"),
    },
    {
        // A session's answers are removed only once it has ended (Store::endSession, purge).
        QStringLiteral("ALTER TABLE sessions ADD COLUMN ended_at TEXT"),
    },
    // What a room hub acknowledged, apart from the server's sync_state (RoomOutbox).
    DeliveryLedger::schema(),
};

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool exec(QSqlQuery &q)
{
    if (!q.exec()) {
        qCWarning(lcStore) << "query failed:" << q.lastQuery() << q.lastError().text();
        return false;
    }
    return true;
}

ContributionRecord contributionFrom(const QSqlQuery &q)
{
    ContributionRecord c;
    c.deviceSeq = q.value(0).toLongLong();
    c.id = q.value(1).toString();
    c.sessionId = q.value(2).toString();
    c.activityId = q.value(3).toString();
    c.kind = q.value(4).toString();
    c.contentVersion = q.value(5).toString();
    c.payload = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    c.createdAt = q.value(7).toString();
    c.supersedes = q.value(8).toString();
    return c;
}

const QString ContributionColumns =
    QStringLiteral("seq, id, session_id, activity_id, kind, content_version, CAST(payload AS BLOB), created_at, supersedes");

SessionRecord sessionFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
}

const QString SessionColumns = QStringLiteral("id, channel, workshop, content_version, language, started_at");

// A null QString binds as SQL NULL, which compares as unknown: bind '' instead.
QString nonNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QString placeholders(qsizetype n)
{
    QStringList marks(n, QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

} // namespace

Store::Store(QSqlDatabase db, QString path) : m_db(std::move(db)), m_path(std::move(path)), m_connection(m_db.connectionName()) {}

Store::~Store()
{
    m_insertContribution.reset();  // a statement must not outlive its connection
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

Store::Opened Store::open(const QString &dataDir, CorruptionPolicy policy, int schemaVersion)
{
    Opened result;
    if (const QString problem = platform::prepareDataDir(dataDir, DatabaseFile); !problem.isEmpty()) {
        result.error = {StoreError::DataDir, problem};
        return result;
    }
    const QString path = QDir(dataDir).filePath(DatabaseFile);

    for (int attempt = 0; attempt < 2; ++attempt) {
        const QString connection = QStringLiteral("store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            result.error = {StoreError::Sql, QStringLiteral("Cannot open the database %1: %2").arg(path, db.lastError().text())};
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            return result;
        }
        std::unique_ptr<Store> store(new Store(db, path));
        db = QSqlDatabase();  // the store holds the only handle, so closing it really closes
        // Readable by the app's user only: made so, and checked at every open (an older release
        // left 0644). SQLite gives its -wal and -shm files the database file's mode.
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (!platform::makePrivate(path + suffix)) {
                result.error = {StoreError::DataDir, QStringLiteral("Cannot make %1 private (mode 0600). Check its owner.").arg(path + suffix)};
                return result;
            }
        }

        // Integrity first: a damaged file is never written to.
        QSqlQuery check(store->m_db);
        QString verdict;
        if (check.exec(QStringLiteral("PRAGMA quick_check"))) {
            QStringList rows;
            while (check.next())
                rows << check.value(0).toString();
            verdict = rows.join(QStringLiteral("; "));
        } else {
            verdict = check.lastError().databaseText();
        }
        check.finish();
        if (verdict != QLatin1String("ok")) {
            qCWarning(lcStore) << "integrity check failed:" << verdict;
            store.reset();
            if (policy == CorruptionPolicy::Refuse || attempt > 0) {
                result.error = {StoreError::Corrupt,
                                QStringLiteral("The database %1 is damaged (%2). Nothing was changed. Start the app once to move "
                                               "it aside and begin a fresh one, or restore a backup.").arg(path, verdict.left(120))};
                return result;
            }
            const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
            const QString aside = path + QStringLiteral(".damaged-") + stamp;
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
                if (QFile::exists(path + suffix) && !QFile::rename(path + suffix, aside + suffix)) {
                    result.error = {StoreError::Corrupt,
                                    QStringLiteral("The database %1 is damaged and could not be moved aside. Free some space "
                                                   "or check permissions, then start again.").arg(path)};
                    return result;
                }
            }
            result.movedAsideTo = aside;
            continue;
        }

        QSqlQuery pragma(store->m_db);
        // secure_delete: what is deleted (the token moved out, purged text) is overwritten, not
        // left in free pages.
        for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                                "PRAGMA busy_timeout=5000", "PRAGMA secure_delete=ON"}) {
            if (!pragma.exec(QLatin1String(sql))) {
                result.error = store->classify(pragma.lastError(), QStringLiteral("preparing the database"));
                return result;
            }
        }
        if (StoreError e = store->migrate(qBound(0, schemaVersion, SchemaVersion))) {
            result.error = e;
            return result;
        }
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            platform::makePrivate(path + suffix);
        if (StoreError e = store->moveTokenOutOfSettings()) {
            result.error = e;
            return result;
        }
        result.store = std::move(store);
        return result;
    }
    return result;
}

QString Store::peekSetting(const QString &dataDir, const QString &key)
{
    const QString path = QDir(dataDir).filePath(DatabaseFile);
    if (!QFileInfo::exists(path))
        return {};
    QString value;
    const QString connection = QStringLiteral("peek-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
            q.addBindValue(key);
            if (q.exec() && q.next())
                value = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return value;
}

StoreError Store::migrate(int target)
{
    const migrations::Outcome outcome = migrations::migrate(m_db, {Migrations, migrations::VersionKeeping::UserVersion, {}}, target);
    if (outcome.tooNew)
        return {StoreError::Invalid, QStringLiteral("The database %1 was made by a newer version of Samenspraak (schema %2, this app "
                                                    "knows %3). Update the app; nothing was changed.").arg(m_path).arg(outcome.from).arg(SchemaVersion)};
    if (!outcome.ok())
        return classify(outcome.error, outcome.doing);
    return {};
}

StoreError Store::classify(const QSqlError &error, const QString &doing) const
{
    const QString code = error.nativeErrorCode();
    // SQLite result codes: 13 SQLITE_FULL, 8 SQLITE_READONLY, 11 SQLITE_CORRUPT, 26 SQLITE_NOTADB.
    if (code == QLatin1String("13") || error.databaseText().contains(QLatin1String("full"), Qt::CaseInsensitive))
        return {StoreError::DiskFull, QStringLiteral("The storage is full while %1; this was not saved. Earlier answers are safe. "
                                                     "Free up space on the device.").arg(doing)};
    if (code == QLatin1String("8"))
        return {StoreError::ReadOnly, QStringLiteral("The database %1 is read-only while %2. Check the permissions of the data dir.").arg(m_path, doing)};
    if (code == QLatin1String("11") || code == QLatin1String("26"))
        return {StoreError::Corrupt, QStringLiteral("The database %1 is damaged (%2). Restart the app to move it aside.").arg(m_path, doing)};
    return {StoreError::Sql, QStringLiteral("Database error while %1: %2").arg(doing, error.text())};
}

QString Store::setting(const QString &key, const QString &fallback)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.addBindValue(key);
    if (exec(q) && q.next())
        return q.value(0).toString();
    return fallback;
}

StoreError Store::setSetting(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value);  // a null QString would bind as SQL NULL
    if (!q.exec())
        return classify(q.lastError(), QStringLiteral("saving a setting"));
    return {};
}

StoreError Store::setSettings(const QList<std::pair<QString, QString>> &settings)
{
    if (!m_db.transaction())
        return classify(m_db.lastError(), QStringLiteral("saving settings"));
    for (const auto &[key, value] : settings) {
        if (StoreError e = setSetting(key, value)) {
            m_db.rollback();
            return e;
        }
    }
    if (!m_db.commit()) {
        const StoreError e = classify(m_db.lastError(), QStringLiteral("saving settings"));
        m_db.rollback();
        return e;
    }
    return {};
}

QString Store::tokenPath() const
{
    return QFileInfo(m_path).absoluteDir().filePath(TokenFile);
}

QString Store::deviceToken()
{
    QFile file(tokenPath());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

StoreError Store::setDeviceToken(const QString &token)
{
    // Written whole to a new 0600 file, synced, then renamed over the old one.
    const QString path = tokenPath();
    const QByteArray temp = QFile::encodeName(path + QStringLiteral(".new"));
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return {errno == ENOSPC ? StoreError::DiskFull : StoreError::DataDir,
                QStringLiteral("Cannot save the enrollment token in %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno)))};
    const QByteArray bytes = token.toUtf8();
    const bool written = ::write(fd, bytes.constData(), size_t(bytes.size())) == bytes.size() && ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!written || ::rename(temp.constData(), QFile::encodeName(path).constData()) != 0) {
        ::unlink(temp.constData());
        return {error == ENOSPC ? StoreError::DiskFull : StoreError::DataDir,
                QStringLiteral("Cannot save the enrollment token in %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error)))};
    }
    return {};
}

StoreError Store::moveTokenOutOfSettings()
{
    const QString token = setting(QStringLiteral("device_token"));
    if (token.isEmpty())
        return {};
    if (deviceToken() != token) {
        if (StoreError e = setDeviceToken(token))
            return e;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("DELETE FROM settings WHERE key = 'device_token'")))
        return classify(q.lastError(), QStringLiteral("moving the enrollment token out of the database"));
    // secure_delete zeroed it in the database's pages; the WAL still holds the old page until
    // a checkpoint that empties it.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        qCWarning(lcStore) << "checkpoint after moving the token failed:" << q.lastError().text();
    qCInfo(lcStore) << "moved the enrollment token out of the database into" << tokenPath();
    return {};
}

QString Store::deviceId()
{
    QString id = setting(QStringLiteral("device_id"));
    if (id.isEmpty()) {
        id = newId();
        if (setSetting(QStringLiteral("device_id"), id))
            qCWarning(lcStore) << "could not persist the device id";
    }
    return id;
}

StoreError Store::installContent(const ContentPack &pack)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT sha256 FROM content_versions WHERE version = ?"));
    q.addBindValue(pack.version);
    if (!q.exec())
        return classify(q.lastError(), QStringLiteral("reading content versions"));
    if (q.next()) {
        if (q.value(0).toByteArray() == pack.sha256)
            return {};
        // Published versions are immutable: a different pack under the same version is a mistake.
        return {StoreError::Invalid, QStringLiteral("Content version %1 is already installed with different content. "
                                                    "Give the changed pack a new version.").arg(pack.version)};
    }
    q.prepare(QStringLiteral("INSERT INTO content_versions(version, pack_id, sha256, pack_json, installed_at) VALUES(?,?,?,?,?)"));
    q.addBindValue(pack.version);
    q.addBindValue(pack.id);
    q.addBindValue(QString::fromLatin1(pack.sha256));
    q.addBindValue(pack.raw);
    q.addBindValue(nowUtc());
    if (!q.exec())
        return classify(q.lastError(), QStringLiteral("installing content %1").arg(pack.version));
    return {};
}

QByteArray Store::contentJson(const QString &version)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT pack_json FROM content_versions WHERE version = ?"));
    q.addBindValue(version);
    if (exec(q) && q.next())
        return q.value(0).toByteArray();
    return {};
}

QStringList Store::contentVersions()
{
    QStringList out;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT version FROM content_versions ORDER BY installed_at")))
        while (q.next())
            out << q.value(0).toString();
    return out;
}

int Store::pruneContent(const QString &currentVersion)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM content_versions WHERE version <> ?"
                             " AND version NOT IN (SELECT content_version FROM contributions)"
                             " AND version NOT IN (SELECT content_version FROM sessions)"));
    q.addBindValue(currentVersion);
    return exec(q) ? q.numRowsAffected() : 0;
}

StoreError Store::saveSession(const SessionRecord &s)
{
    // The server refuses what cannot travel unchanged (protocol::textProblem): refuse it here,
    // before it is stored, so the device never holds a record the server would not take.
    if (auto e = protocol::checkText(s))
        return {StoreError::Invalid, QStringLiteral("The session cannot be saved: %1 %2.").arg(e->path, e->message)};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO sessions(%1) VALUES(?,?,?,?,?,?)").arg(SessionColumns));
    for (const QString &v : {s.id, s.channel, s.workshop, s.contentVersion, s.language, s.startedAt})
        q.addBindValue(nonNull(v));
    if (!q.exec())
        return classify(q.lastError(), QStringLiteral("starting a session"));
    return {};
}

StoreError Store::endSession(const QString &sessionId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL"));
    q.addBindValue(nowUtc());
    q.addBindValue(sessionId);
    if (!q.exec())
        return classify(q.lastError(), QStringLiteral("ending a session"));
    return {};
}

StoreError Store::saveContribution(ContributionRecord &c)
{
    if (auto e = protocol::checkText(c))
        return {StoreError::Invalid, QStringLiteral("The answer cannot be saved: %1 %2.").arg(e->path, e->message)};
    if (!m_insertContribution) {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        if (!prepared->prepare(QStringLiteral("INSERT INTO contributions(id, session_id, activity_id, kind, content_version, payload,"
                                              " created_at, supersedes) VALUES(?,?,?,?,?,?,?,?)")))
            return classify(prepared->lastError(), QStringLiteral("saving an answer"));
        m_insertContribution = std::move(prepared);
    }
    QSqlQuery &q = *m_insertContribution;
    q.addBindValue(c.id);
    q.addBindValue(c.sessionId);
    q.addBindValue(c.activityId);
    q.addBindValue(c.kind);
    q.addBindValue(c.contentVersion);
    q.addBindValue(QString::fromUtf8(QJsonDocument(c.payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(c.createdAt);
    q.addBindValue(c.supersedes.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.supersedes));
    // Autocommit: SQLite commits (and fsyncs, synchronous=FULL) before exec() returns.
    if (!q.exec())
        return classify(q.lastError(), QStringLiteral("saving an answer"));
    c.deviceSeq = q.lastInsertId().toLongLong();
    return {};
}

int Store::contributionCount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM contributions")) && q.next() ? q.value(0).toInt() : -1;
}

int Store::sessionCount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(*) FROM sessions")) && q.next() ? q.value(0).toInt() : -1;
}

int Store::participantCount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT count(DISTINCT session_id) FROM contributions")) && q.next() ? q.value(0).toInt() : -1;
}

namespace {

// Every contribution still on the device (of one session, or all with an empty id), on `db`.
QList<ContributionRecord> contributionsOn(const QSqlDatabase &db, const QString &sessionId)
{
    QList<ContributionRecord> out;
    QSqlQuery q(db);
    // What was purged is gone from the device: results here count what is still here. (A test
    // may hold a store at an earlier schema, before records could be purged.)
    const bool purgeable = q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() >= 4;
    q.finish();
    q.prepare(QStringLiteral("SELECT %1 FROM contributions WHERE %2(? = '' OR session_id = ?) ORDER BY seq")
                  .arg(ContributionColumns, purgeable ? QStringLiteral("purged_at IS NULL AND ") : QString()));
    q.addBindValue(nonNull(sessionId));
    q.addBindValue(nonNull(sessionId));
    if (exec(q))
        while (q.next())
            out.append(contributionFrom(q));
    return out;
}

} // namespace

QList<ContributionRecord> Store::contributions(const QString &sessionId)
{
    return contributionsOn(m_db, sessionId);
}

QList<ContributionRecord> readContributions(const QString &path)
{
    QList<ContributionRecord> out;
    const QString connection = QStringLiteral("reader-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        // Read-only: this connection never writes, so it cannot create or change anything.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open())
            out = contributionsOn(db, {});
        else
            qCWarning(lcStore) << "cannot read" << path << ":" << db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return out;
}

QList<SessionRecord> Store::selectSessions(const QString &tail, const QVariantList &values)
{
    QList<SessionRecord> out;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT s.id, s.channel, s.workshop, s.content_version, s.language, s.started_at FROM sessions s ") + tail);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (exec(q))
        while (q.next())
            out.append(sessionFrom(q));
    return out;
}

QList<ContributionRecord> Store::selectContributions(const QString &tail, const QVariantList &values)
{
    QList<ContributionRecord> out;
    QSqlQuery q(m_db);
    // The payload as its UTF-8 bytes (a BLOB), straight to the JSON parser: as text, SQLite
    // would make it UTF-16 for QtSql and Qt UTF-8 again.
    q.prepare(QStringLiteral("SELECT c.seq, c.id, c.session_id, c.activity_id, c.kind, c.content_version, CAST(c.payload AS BLOB), c.created_at,"
                             " c.supersedes FROM contributions c ") + tail);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (exec(q))
        while (q.next())
            out.append(contributionFrom(q));
    return out;
}

QString idSet(const QSqlDatabase &db, const QStringList &ids, QVariantList &values)
{
    QByteArray array("[");
    for (const QString &id : ids) {
        if (array.size() > 1)
            array += ',';
        json::appendString(array, id);
    }
    array += ']';
    values.append(QString::fromUtf8(array));
    return db.driverName() == QLatin1String("QPSQL") ? QStringLiteral("(SELECT json_array_elements_text(CAST(? AS json)))")
                                                     : QStringLiteral("(SELECT value FROM json_each(?))");
}

qint64 reserveSequence(QSqlDatabase &db, const QString &table, const QString &key, int count, QSqlError &error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT value FROM %1 WHERE key = ?").arg(table));
    q.addBindValue(key);
    if (!q.exec()) {
        error = q.lastError();
        return -1;
    }
    const qint64 last = q.next() ? q.value(0).toString().toLongLong() : 0;
    q.finish();
    const qint64 first = qMax(last + 1, QDateTime::currentMSecsSinceEpoch());
    q.prepare(QStringLiteral("INSERT INTO %1(key, value) VALUES(?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").arg(table));
    q.addBindValue(key);
    q.addBindValue(QString::number(first + qMax(1, count) - 1));
    if (!q.exec()) {
        error = q.lastError();
        return -1;
    }
    return first;
}

QString andNotIn(const QSqlDatabase &db, const QString &column, const QStringList &ids, QVariantList &values)
{
    if (ids.isEmpty())
        return {};
    return QStringLiteral(" AND %1 NOT IN %2").arg(column, idSet(db, ids, values));
}

QList<SessionRecord> Store::pendingSessions(int limit, const QStringList &inFlight)
{
    // A record the server failed on goes to the back, so it cannot hold up the rest.
    QVariantList values;
    const QString notInFlight = andNotIn(m_db, QStringLiteral("s.id"), inFlight, values);
    values.append(limit);
    return selectSessions(QStringLiteral("WHERE s.sync_state = %1%2 ORDER BY s.server_failures, s.started_at LIMIT ?").arg(Pending).arg(notInFlight),
                          values);
}

QList<ContributionRecord> Store::pendingContributions(int limit, const QStringList &inFlight)
{
    // A record the server failed on goes to the back, so it cannot hold up the rest. Two
    // queries, so the usual case walks the (sync_state, seq) index instead of sorting
    // everything pending for each batch.
    QVariantList values;
    const QString notInFlight = andNotIn(m_db, QStringLiteral("c.id"), inFlight, values);
    values.append(limit);
    QList<ContributionRecord> out = selectContributions(
        QStringLiteral("WHERE c.sync_state = %1 AND c.server_failures = 0%2 ORDER BY c.seq LIMIT ?").arg(Pending).arg(notInFlight), values);
    if (out.size() < limit) {
        values.last() = limit - int(out.size());
        out += selectContributions(QStringLiteral("WHERE c.sync_state = %1 AND c.server_failures > 0%2 ORDER BY c.server_failures, c.seq LIMIT ?")
                                       .arg(Pending).arg(notInFlight),
                                   values);
    }
    return out;
}

QList<SessionRecord> Store::sessionsFor(const QList<ContributionRecord> &contributions)
{
    QStringList ids;
    QSet<QString> seen;
    for (const auto &c : contributions)
        if (!seen.contains(c.sessionId)) {
            seen.insert(c.sessionId);
            ids.append(c.sessionId);
        }
    if (ids.isEmpty())
        return {};
    QVariantList values;
    return selectSessions(QStringLiteral("WHERE s.id IN %1").arg(idSet(m_db, ids, values)), values);
}

bool Store::markSendAttempt(const QStringList &ids)
{
    if (ids.isEmpty())
        return true;
    if (!beginSyncWrite())
        return false;
    QSqlQuery q(m_db);
    for (const QString &table : {QStringLiteral("sessions"), QStringLiteral("contributions")}) {
        QVariantList values;
        q.prepare(QStringLiteral("UPDATE %1 SET attempts = attempts + 1 WHERE id IN %2").arg(table, idSet(m_db, ids, values)));
        q.addBindValue(values.first());
        if (!exec(q))
            return writeFailed(q.lastError());
    }
    return endSyncWrite();
}

bool Store::applyResults(const QList<RecordResult> &results)
{
    if (!beginSyncWrite())
        return false;
    const QString now = nowUtc();
    QSqlQuery q(m_db);
    // What was acknowledged, one statement per table; what was set aside, one row at a time
    // with the server's reason (conflicts and rejections are kept aside, never retried blindly).
    QStringList acked[2];
    QList<const RecordResult *> setAside;
    for (const RecordResult &r : results) {
        if (r.status == RecordStatus::Stored || r.status == RecordStatus::Duplicate)
            acked[r.type == QLatin1String("session") ? 0 : 1].append(r.id);
        else
            setAside.append(&r);
    }
    const QString tables[2] = {QStringLiteral("sessions"), QStringLiteral("contributions")};
    for (int t = 0; t < 2; ++t) {
        if (acked[t].isEmpty())
            continue;
        QVariantList values{int(Acknowledged), now};
        q.prepare(QStringLiteral("UPDATE %1 SET sync_state = ?, acked_at = ?, sync_note = NULL WHERE sync_state = %2 AND id IN %3")
                      .arg(tables[t]).arg(Pending).arg(idSet(m_db, acked[t], values)));
        for (const QVariant &v : std::as_const(values))
            q.addBindValue(v);
        if (!exec(q))
            return writeFailed(q.lastError());
    }
    for (const RecordResult *r : std::as_const(setAside)) {
        q.prepare(QStringLiteral("UPDATE %1 SET sync_state = ?, acked_at = NULL, sync_note = ? WHERE id = ? AND sync_state = %2")
                      .arg(tables[r->type == QLatin1String("session") ? 0 : 1]).arg(Pending));
        q.addBindValue(Quarantined);
        q.addBindValue(toString(r->status) + QStringLiteral(": ") + r->reason);
        q.addBindValue(r->id);
        if (!exec(q))
            return writeFailed(q.lastError());
    }
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES('last_sync_at', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(now);
    if (!exec(q))
        return writeFailed(q.lastError());
    return endSyncWrite();
}

bool Store::recordServerFailure(const QStringList &ids, const QString &reason)
{
    if (ids.isEmpty())
        return true;
    if (!beginSyncWrite())
        return false;
    QSqlQuery q(m_db);
    for (const QString &table : {QStringLiteral("sessions"), QStringLiteral("contributions")}) {
        q.prepare(QStringLiteral("UPDATE %1 SET server_failures = server_failures + 1,"
                                 " sync_state = CASE WHEN server_failures + 1 >= %2 THEN %3 ELSE sync_state END,"
                                 " sync_note = ? WHERE sync_state = %4 AND id IN (%5)")
                      .arg(table).arg(PoisonAttempts).arg(Quarantined).arg(Pending).arg(placeholders(ids.size())));
        q.addBindValue(QStringLiteral("server failed: ") + reason);
        for (const QString &id : ids)
            q.addBindValue(id);
        if (!exec(q))
            return writeFailed(q.lastError());
    }
    return endSyncWrite();
}

bool Store::noteServerEpoch(const QString &server, const QString &epoch)
{
    const QString known = setting(QStringLiteral("server_epoch"));
    const QString knownServer = setting(QStringLiteral("server_epoch_of"));
    if (epoch.isEmpty() || (epoch == known && server == knownServer))
        return false;
    if (known.isEmpty() || server != knownServer) {
        if (StoreError e = setSettings({{QStringLiteral("server_epoch"), epoch}, {QStringLiteral("server_epoch_of"), server}}))
            qCWarning(lcStore) << "could not remember the server's epoch:" << e.message;
        return false;
    }
    // One transaction: the records and the epoch move together, so a crash in between cannot
    // leave acknowledgements of the old epoch standing under the new one.
    if (!m_db.transaction())
        return writeFailed(m_db.lastError());
    QSqlQuery q(m_db);
    // A purged record cannot be sent again (its text is gone on purpose): it stays
    // acknowledged, and is counted so the device can say how many the server may have lost.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM contributions WHERE sync_state = %1 AND purged_at IS NOT NULL").arg(Acknowledged)))
        return writeFailed(q.lastError());
    const int notResent = q.next() ? q.value(0).toInt() : 0;
    for (const QString &table : {QStringLiteral("sessions"), QStringLiteral("contributions")}) {
        const QString unpurged = table == QLatin1String("contributions") ? QStringLiteral(" AND purged_at IS NULL") : QString();
        if (!q.exec(QStringLiteral("UPDATE %1 SET sync_state = %2, acked_at = NULL WHERE sync_state = %3%4").arg(table).arg(Pending).arg(Acknowledged).arg(unpurged)))
            return writeFailed(q.lastError());
    }
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES('not_resent_after_restore', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(QString::number(notResent));
    if (!exec(q))
        return writeFailed(q.lastError());
    q.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES('server_epoch', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(epoch);
    if (!exec(q))
        return writeFailed(q.lastError());
    if (!commitWrite())
        return false;
    qCWarning(lcStore) << "the server's epoch changed from" << known << "to" << epoch << "(restored from a backup): sending again";
    return true;
}

int Store::pendingCount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sessions WHERE sync_state = 0)"
                                 " + (SELECT count(*) FROM contributions WHERE sync_state = 0)")) && q.next()
        ? q.value(0).toInt() : -1;
}

int Store::quarantinedCount()
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sessions WHERE sync_state = 2)"
                                 " + (SELECT count(*) FROM contributions WHERE sync_state = 2)")) && q.next()
        ? q.value(0).toInt() : -1;
}

StoreError Store::purge(int retentionDays, const QDateTime &now, int *purged)
{
    if (purged)
        *purged = 0;
    const QString cutoff = now.toUTC().addDays(-qMax(0, retentionDays)).toString(Qt::ISODateWithMs);
    QSqlQuery q(m_db);
    // Only sessions that have ended: the participant at the screen may still go back to an
    // answer, and what they gave stays whole until they are done. A session never ended (the
    // app was killed mid-session) counts as ended after MaxSessionHours from its start; its
    // start is in the device's own offset, so it is compared here rather than as text in SQL.
    q.prepare(QStringLiteral("SELECT %1, (SELECT ended_at IS NOT NULL FROM sessions WHERE sessions.id = contributions.session_id),"
                             " (SELECT started_at FROM sessions WHERE sessions.id = contributions.session_id) FROM contributions"
                             " WHERE sync_state = %2 AND purged_at IS NULL AND acked_at <= ?")
                  .arg(ContributionColumns).arg(Acknowledged));
    q.addBindValue(cutoff);
    if (!q.exec())
        return classify(q.lastError(), QStringLiteral("looking for answers to remove"));
    const int ended = int(ContributionColumns.count(QLatin1Char(',')) + 1);
    QList<std::pair<QString, QString>> due;  // id, sha256 of its canonical record
    while (q.next()) {
        const bool sessionOver = q.value(ended).toBool()
                                 || QDateTime::fromString(q.value(ended + 1).toString(), Qt::ISODateWithMs).secsTo(now) > MaxSessionHours * 3600;
        if (!sessionOver)
            continue;
        const ContributionRecord c = contributionFrom(q);
        if (answers::isPersonal(c.kind, c.payload))
            due.append({c.id, QString::fromLatin1(QCryptographicHash::hash(canonical(c), QCryptographicHash::Sha256).toHex())});
    }
    q.finish();
    if (due.isEmpty())
        return {};
    if (!m_db.transaction())
        return classify(m_db.lastError(), QStringLiteral("removing answers"));
    const QString stamp = nowUtc();
    q.prepare(QStringLiteral("UPDATE contributions SET payload = '{}', purged_at = ?, canonical_sha256 = ? WHERE id = ? AND purged_at IS NULL"));
    for (const auto &[id, hash] : due) {
        q.addBindValue(stamp);
        q.addBindValue(hash);
        q.addBindValue(id);
        if (!q.exec()) {
            const StoreError e = classify(q.lastError(), QStringLiteral("removing answers"));
            m_db.rollback();
            return e;
        }
    }
    if (!m_db.commit()) {
        const StoreError e = classify(m_db.lastError(), QStringLiteral("removing answers"));
        m_db.rollback();
        return e;
    }
    // secure_delete zeroed the old text in the database's pages; the WAL still holds older
    // page images until a checkpoint copies them back and empties it.
    if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) || !q.next() || q.value(0).toInt() != 0)
        qCWarning(lcStore) << "the checkpoint after removing answers did not complete (a reader was busy); it runs again next time";
    q.finish();
    qCInfo(lcStore) << "removed the free text and profile of" << due.size() << "acknowledged answer(s) after" << retentionDays << "day(s)";
    if (purged)
        *purged = int(due.size());
    return {};
}

Store::Retained Store::retained()
{
    Retained out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT kind, payload, purged_at IS NOT NULL FROM contributions"))) {
        while (q.next()) {
            ++out.answers;
            if (q.value(2).toBool())
                ++out.purged;
            else if (answers::isPersonal(q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toByteArray()).object()))
                ++out.personal;
        }
    }
    out.notResent = setting(QStringLiteral("not_resent_after_restore")).toInt();
    return out;
}

bool Store::writeFailed(const QSqlError &error)
{
    m_db.rollback();
    m_writeGroup = false;
    m_storageFull = classify(error, {}).code == StoreError::DiskFull;
    if (m_storageFull)
        qCWarning(lcStore) << "storage full (opslag vol):" << error.text();
    return false;
}

bool Store::commitWrite()
{
    m_writeGroup = false;
    if (!m_db.commit())
        return writeFailed(m_db.lastError());
    m_storageFull = false;
    return true;
}

bool Store::beginSyncWrite()
{
    return m_writeGroup || m_db.transaction() || writeFailed(m_db.lastError());
}

bool Store::endSyncWrite()
{
    return m_writeGroup || commitWrite();
}

qint64 Store::reserveReportSequences(int count)
{
    if (!beginSyncWrite())
        return -1;
    QSqlError error;
    const qint64 first = reserveSequence(m_db, QStringLiteral("settings"), QStringLiteral("report_sequence"), count, error);
    if (first < 0) {
        qCWarning(lcStore) << "numbering the device reports failed:" << error.text();
        writeFailed(error);
        return -1;
    }
    return endSyncWrite() ? first : -1;
}

bool Store::beginWriteGroup()
{
    if (m_writeGroup)
        return true;
    if (!m_db.transaction())
        return writeFailed(m_db.lastError());
    m_writeGroup = true;
    return true;
}

bool Store::commitWriteGroup()
{
    return !m_writeGroup || commitWrite();
}

void Store::setMaxPageCount(int pages)
{
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("PRAGMA max_page_count=%1").arg(pages));
}

} // namespace samenspraak
