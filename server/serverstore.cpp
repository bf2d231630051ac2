#include "serverstore.h"

#include "deliveryledger.h"
#include "migrations.h"
#include "moderationlog.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>
#include <QFile>

#include <QDateTime>

#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcServerStore, "samenspraak.server.store")

namespace samenspraak::server {

using namespace protocol;

namespace {

// Each entry takes the schema from version i to i+1 (core's migration runner, version kept in
// schema_migrations). Never edit a released step: add one. Portable SQL: the same statements
// run on SQLite and PostgreSQL; %SERIAL% and %BLOB% differ, and %POSTGRESQL% marks a statement for
// PostgreSQL only (see migrate()).
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
    {
        // Facts about this database as a whole, e.g. its epoch: a new one after every restore
        // from a backup, so devices learn that acknowledgements may have been lost.
        QStringLiteral("CREATE TABLE server_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
    },
    {
        // A device time far outside a plausible window (clockFlag in ingest.cpp) is stored as
        // sent, with the reason, so staff can see a device with a wrong clock. NULL: plausible.
        QStringLiteral("ALTER TABLE sessions ADD COLUMN clock_flag TEXT"),
        QStringLiteral("ALTER TABLE contributions ADD COLUMN clock_flag TEXT"),
        QStringLiteral("CREATE INDEX contributions_clock_flag ON contributions(clock_flag)"),
        QStringLiteral("CREATE INDEX sessions_clock_flag ON sessions(clock_flag)"),
    },
    {
        // IngestStore::contributions() reads the round in this order: from the index, without
        // sorting every row with its payload first (bench/results_bench).
        QStringLiteral("CREATE INDEX contributions_order ON contributions(device_id, device_seq, id)"),
    },
    QStringList{
        // Room hubs (docs/architecture.md, "Room hub"). On the municipal server: which hub
        // relayed a record (the record itself is stored under the tablet that made it), and
        // which hub owns a room, bound by its first relay.
        QStringLiteral("ALTER TABLE sessions ADD COLUMN relayed_by TEXT"),
        QStringLiteral("ALTER TABLE contributions ADD COLUMN relayed_by TEXT"),
        QStringLiteral("CREATE TABLE rooms (id TEXT PRIMARY KEY, hub_device_id TEXT NOT NULL, title TEXT NOT NULL, kern TEXT NOT NULL,"
                       " first_seen TEXT NOT NULL)"),
    } + DeliveryLedger::schema(),  // on a hub: what the municipal server acknowledged of what it received (ForwardOutbox)
    {
        // Workshop summaries (server/roomsummaries.*): the PDF a room hub sends when its room
        // ends, one per room, kept whole.
        QStringLiteral("CREATE TABLE room_summaries (room_id TEXT PRIMARY KEY, device_id TEXT NOT NULL, sha256 TEXT NOT NULL,"
                       " pdf %BLOB% NOT NULL, received_at TEXT NOT NULL)"),
    },
    // Moderation of free text (moderationlog.h): the facilitator's decisions on a hub, the same
    // decisions relayed by the hub on the municipal server.
    ModerationLog::schema(),
    {
        // Every index of a table is written for every row ingest stores (bench/README.md, issue 9).
        // contributions_device is the first column of contributions_order, which serves every
        // query by device. The clock-flag indexes held every row, flagged or not, for one query:
        // the flagged records of a device (devices.cpp); they now hold only flagged rows.
        QStringLiteral("DROP INDEX contributions_device"),
        QStringLiteral("DROP INDEX contributions_clock_flag"),
        QStringLiteral("DROP INDEX sessions_clock_flag"),
        QStringLiteral("CREATE INDEX contributions_clock_flagged ON contributions(device_id) WHERE clock_flag IS NOT NULL"),
        QStringLiteral("CREATE INDEX sessions_clock_flagged ON sessions(device_id) WHERE clock_flag IS NOT NULL"),
    },
    {
        // Migration 10, "device report sequence" (issue 9, the window of batches in flight): the
        // number (Report-Sequence) of the device report kept in pending_reported, app_version
        // and content_version. An upload whose report is numbered lower is older and leaves
        // them as they are (IngestStore::add). NULL: no numbered report yet.
        QStringLiteral("ALTER TABLE devices ADD COLUMN pending_report_seq BIGINT"),
    },
    {
        // Migration 11, "no foreign key check per answer on PostgreSQL" (issue 9, the backlog's
        // p99): the check of contributions.session_id against sessions ran once per stored
        // answer (a query of its own and a row lock on the session, WAL-logged: 17 % of the
        // backend's time in loadgen's backlog, bench/README.md). Ingest is the only writer of
        // both tables and proves each answer's session in the same transaction before it
        // inserts (the owners read per batch, or the session stored by the same batch;
        // IngestStore::store), and no session is ever deleted, so the constraint checked
        // nothing ingest had not checked already. SQLite keeps it (its check costs little).
        QStringLiteral("%POSTGRESQL% ALTER TABLE contributions DROP CONSTRAINT IF EXISTS contributions_session_id_fkey"),
    },
};

const QString EpochKey = QStringLiteral("epoch");
const QString HealthKey = QStringLiteral("health_checked_at");  // written by every health probe

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

ServerStore::ServerStore(QSqlDatabase db, bool postgres)
    : m_db(std::move(db)), m_connection(m_db.connectionName()), m_postgres(postgres), m_moderation(std::make_unique<ModerationLog>(m_db))
{
}

ServerStore::~ServerStore()
{
    m_ingest.releaseStatements();
    m_devices.m_authenticate.reset();
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
        struct stat info {};
        store->m_path = spec;
        if (::stat(QFile::encodeName(spec).constData(), &info) == 0) {
            store->m_device = quint64(info.st_dev);
            store->m_inode = quint64(info.st_ino);
        }
    }
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
    if (const QString e = store->loadEpoch(); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    result.store = std::move(store);
    return result;
}

QString ServerStore::loadEpoch()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM server_info WHERE key = ?"));
    q.addBindValue(EpochKey);
    if (!q.exec())
        return QStringLiteral("Cannot read the server database's epoch: %1").arg(q.lastError().text());
    if (q.next()) {
        m_epoch = q.value(0).toString();
        return {};
    }
    q.finish();
    // A new database (or one from before epochs): it starts its own line of acknowledgements.
    // Several servers opening one new PostgreSQL database at once agree on the first epoch.
    q.prepare(QStringLiteral("INSERT INTO server_info(key, value) VALUES(?, ?) ON CONFLICT (key) DO NOTHING"));
    q.addBindValue(EpochKey);
    q.addBindValue(protocol::newId());
    if (!q.exec())
        return QStringLiteral("Cannot record the server database's epoch: %1").arg(q.lastError().text());
    return loadEpoch();
}

QString ServerStore::renewEpoch()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE server_info SET value = ? WHERE key = ?"));
    const QString next = protocol::newId();
    q.addBindValue(next);
    q.addBindValue(EpochKey);
    if (!q.exec() || q.numRowsAffected() != 1)
        return QStringLiteral("Cannot renew the server database's epoch: %1").arg(q.lastError().text());
    m_epoch = next;
    return {};
}

QString ServerStore::health(bool probeWrite)
{
    QSqlQuery q(m_db);
    if (!m_postgres) {
        struct stat info {};
        if (::stat(QFile::encodeName(m_path).constData(), &info) != 0)
            return QStringLiteral("the database file %1 was removed; restore it and restart the server").arg(m_path);
        if (quint64(info.st_dev) != m_device || quint64(info.st_ino) != m_inode)
            return QStringLiteral("the database file %1 was replaced since the server opened it; restart the server").arg(m_path);
        // The file system under the database: a write that fits in the WAL's pages already on
        // disk succeeds on a full or read-only file system, so ask the file system itself.
        const QByteArray dir = QFile::encodeName(QFileInfo(m_path).absolutePath());
        struct statvfs fs {};
        if (::statvfs(dir.constData(), &fs) == 0) {
            if (fs.f_flag & ST_RDONLY)
                return QStringLiteral("the file system holding the database %1 is read-only").arg(m_path);
            const quint64 freeBytes = quint64(fs.f_bavail) * quint64(fs.f_frsize);
            if (freeBytes < MinFreeBytes)
                return QStringLiteral("the disk holding the database %1 is full (%2 KiB free, %3 KiB needed to take uploads)")
                    .arg(m_path).arg(freeBytes / 1024).arg(MinFreeBytes / 1024);
        }
        // SQLite makes its -wal and -shm files next to the database: a directory it may not
        // write to stops the server at its next start (root is never refused here).
        if (::access(dir.constData(), W_OK) != 0 || ::access(QFile::encodeName(m_path).constData(), W_OK) != 0)
            return QStringLiteral("the database %1 or its directory is read-only for the server's user").arg(m_path);
    }
    if (!probeWrite)
        return {};
    // A write that really reaches the database: one small row, committed (a rolled-back write
    // never leaves the page cache). On PostgreSQL this also shows it answers and takes writes
    // (not a read-only standby).
    q.prepare(QStringLiteral("INSERT INTO server_info(key, value) VALUES(?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(HealthKey);
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return QStringLiteral("the database cannot be written: %1").arg(q.lastError().text());
    return {};
}

QString ServerStore::migrate()
{
    // Portable SQL: the same statements run on SQLite and PostgreSQL; %SERIAL% and %BLOB% differ.
    const QString serial = m_postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
    const QString blob = m_postgres ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
    // A statement marked %POSTGRESQL% runs on PostgreSQL only (SQLite runs a no-op instead).
    const QString postgresOnly = QStringLiteral("%POSTGRESQL% ");
    const migrations::Plan plan{Migrations, migrations::VersionKeeping::MigrationsTable, [serial, blob, postgresOnly, this](const QString &sql) {
                                    if (sql.startsWith(postgresOnly))
                                        return m_postgres ? sql.mid(postgresOnly.size()) : QStringLiteral("SELECT 1");
                                    return QString(sql).replace(QStringLiteral("%SERIAL%"), serial).replace(QStringLiteral("%BLOB%"), blob);
                                }};
    const migrations::Outcome outcome = migrations::migrate(m_db, plan);
    if (outcome.tooNew)
        return QStringLiteral("The server database has schema %1, newer than this server (%2). Update the server.")
            .arg(outcome.from)
            .arg(Migrations.size());
    if (outcome.ok())
        return {};
    // The runner says what it was doing: reading or creating the version table, or a step.
    const bool migrating = outcome.doing == QStringLiteral("migrating to schema %1").arg(outcome.to + 1);
    if (!migrating)
        return QStringLiteral("Cannot prepare the server database: %1").arg(outcome.error.text());
    return QStringLiteral("Migration to schema %1 failed: %2").arg(outcome.to + 1).arg(outcome.error.text());
}

} // namespace samenspraak::server
