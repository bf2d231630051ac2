#pragma once
// The municipal server's store: SQLite by default, PostgreSQL through the same code (QPSQL).
// One connection, owned by ServerStore, shared by one small class per concern:
//   ingest()   contributions and sessions as devices upload them, exports, counts (ingest.cpp)
//   devices()  the device registry: enrollment codes, token hashes (never tokens) (devices.cpp)
//   content()  the published content packs, immutable per version (contentpacks.cpp)
// Opening and schema migrations live in serverstore.cpp.
//
// Every record is stored once, on the id the device made; an identical resend is a
// duplicate, a different one under the same id is a conflict, kept aside, never an overwrite.

#include "protocol.h"
#include "results.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <functional>
#include <map>
#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcServerStore)

namespace samenspraak {
struct ContentPack;
}

namespace samenspraak::server {

class ModerationLog;
namespace detail {
class IngestStatement;
}

struct ExportRow {
    QString id, sessionId, deviceId, activityId, kind, contentVersion, payload, createdAt, receivedAt, supersedes;
    qint64 deviceSeq = 0;
    // Of the contribution's session: its channel and start. A paper form's session starts at
    // noon on the form's date (SessionController::prepareOnBehalf), while createdAt is when it
    // was typed in: the exports date it by the form (exportDate).
    QString channel, sessionStartedAt;
};

// The time an export dates a contribution by: for channel `paper` its session's start (the
// form's date), else its own createdAt.
QString exportDate(const ExportRow &row);

struct DeviceInfo {
    QString id, name, enrolledAt, lastSeen, revokedAt, appVersion, contentVersion;
    qint64 pendingReported = 0;
    qint64 clockSuspect = 0;  // its records whose device time was implausible (clock_flag set)
    bool enrolled = false;  // has a token (devices of the skeleton era had none)
};

struct PublishedPack {
    QString version, packId, publishedAt;
    QByteArray sha256;  // hex, of the exact bytes published
    QByteArray json;    // empty unless asked for
};

// SHA-256 hex of a secret (token or normalized enrollment code): all the server keeps.
QByteArray hashSecret(const QString &secret);
// 256 random bits from the system CSPRNG, base64url without padding.
QString newToken();
// A fresh enrollment code (normalized, without dashes).
QString newEnrollmentCode();

// Contributions and sessions as devices send them (ingest.cpp).
class IngestStore {
public:
    explicit IngestStore(QSqlDatabase &db);
    ~IngestStore();
    IngestStore(const IngestStore &) = delete;
    IngestStore &operator=(const IngestStore &) = delete;

    struct Ingested {
        QList<protocol::RecordResult> results;
        QString error;  // set when the whole batch failed (nothing was stored)
    };
    // Stores a batch in one transaction. Also records, in that same transaction, what the
    // device reported (versions, and what is still pending on it: the reported count minus
    // this batch and `settledElsewhere`, the records the caller already answered, e.g.
    // rejected against the content pack), when this report is the newest the server has of
    // the device: `reportSequence` (the upload's Report-Sequence header) at least as high as
    // that of the report kept. A report without a number (0: a device of API 1.0) is taken as
    // the newest, and the kept number stays. So an earlier batch of a device committed after a
    // later one (several in flight, or a copy of a request that came late) leaves the later
    // one's report standing.
    // A relay (batch.relay set, `deviceId` the hub, its room bound with bindRoom) stores each
    // session and answer under the device that made it (relay->origins) and admits only the
    // sessions of that room; ownership is judged as if that device had sent them.
    [[nodiscard]] Ingested add(const protocol::UploadBatch &batch, const QString &deviceId, int settledElsewhere = 0,
                               qint64 reportSequence = 0);

    // One upload of a group (addGroup).
    struct Request {
        const protocol::UploadBatch *batch = nullptr;
        QString deviceId;
        int settledElsewhere = 0;
        qint64 reportSequence = 0;  // the number of the device report it carries, 0: none
    };
    // Group commit: stores several uploads in one transaction (one commit, so one fsync for
    // all of them), each as add() would, in order, each in a savepoint of its own. An upload
    // whose statements fail is rolled back alone (its Ingested has `error` set, nothing of it
    // is kept) and the others go on; when the commit itself fails, every one gets `error`.
    // Nothing is durable, so nothing may be acknowledged, before this returns.
    [[nodiscard]] QList<Ingested> addGroup(const QList<Request> &requests);
    // A room belongs to the hub that first relays it (docs/architecture.md, "Room hub").
    enum class RoomBinding { Bound, OtherHub, Failed };
    [[nodiscard]] RoomBinding bindRoom(const protocol::RelayInfo &room, const QString &hubDeviceId, QString *owner = nullptr);

    // Every stored contribution (superseded ones included), as the results engine takes them
    // (results::Round), ordered by device and device sequence number.
    QList<protocol::ContributionRecord> contributions();
    // Every stored contribution (superseded ones included) as the results engine takes it
    // (results::Round): id, session, activity and what it supersedes, the payload parsed into
    // its typed answer as each row is read; no record and no JSON is kept per row, and the
    // order is the table's (bench/results_bench).
    results::Records roundContributions();
    // Every stored session (channel, workshop, ...), ordered by id: what the results engine
    // needs to break figures down by channel.
    QList<protocol::SessionRecord> sessions();
    // The same, from "SELECT <columns> FROM contributions c " + tail (or "sessions s"), with
    // `values` bound in order (a hub's ForwardOutbox).
    QList<protocol::ContributionRecord> contributionsWhere(const QString &tail, const QVariantList &values = {});
    QList<protocol::SessionRecord> sessionsWhere(const QString &tail, const QVariantList &values = {});
    QList<ExportRow> exportRows(const QString &since = {});
    qint64 contributionCount();  // -1 when the database does not answer
    qint64 conflictCount();

private:
    // The statements of one upload, inside a transaction the caller owns; on failure `error`
    // is set and the caller rolls back.
    // `plainInserts` (PostgreSQL): the batch's new rows go in with plain INSERTs, not INSERT ...
    // ON CONFLICT DO NOTHING RETURNING id (each row's probe of the primary key before its
    // speculative insert, 13 % of the backend's time in loadgen's backlog, bench/README.md).
    // A row whose id is there already then fails the whole statement (unique violation): the
    // upload fails with *metStoredId set (given with plainInserts) and the caller rolls it back
    // and stores it again without plainInserts, each row settled as before (stored, duplicate or
    // conflict).
    Ingested store(const Request &request, const QString &now, const QByteArray &nowUtf8, bool plainInserts, bool *metStoredId);
    // The statements of ingest, each prepared the first time it is asked for and kept for the
    // connection's life (ingeststatement_p.h); the multi-row ones once per number of rows. One
    // that failed to prepare is not kept (its exec() says why; it stays valid only until the
    // next statement() call).
    enum class Sql { InsertSessions, SessionOwners, SessionCanonical, ContributionCanonical, InsertConflict, UpdateDevice,
                     InsertContributions, SelectContributions, InsertSessionsPlain, InsertContributionsPlain };
    detail::IngestStatement &statement(Sql which, int rows = 1);
    // Drops the prepared statements (before the connection closes).
    void releaseStatements();
    friend class ServerStore;

    QSqlDatabase &m_db;
    std::map<std::pair<Sql, int>, std::unique_ptr<detail::IngestStatement>> m_statements;  // by statement and rows
    std::unique_ptr<detail::IngestStatement> m_unprepared;  // the last one that failed to prepare
};

// Enrollment codes, devices and their token hashes (devices.cpp).
class DeviceRegistry {
public:
    explicit DeviceRegistry(QSqlDatabase &db) : m_db(db) {}
    DeviceRegistry(const DeviceRegistry &) = delete;
    DeviceRegistry &operator=(const DeviceRegistry &) = delete;

    struct CreatedCode {
        QString code;       // normalized; show it with protocol::formatEnrollmentCode
        QString expiresAt;  // ISO UTC
        QString error;
    };
    [[nodiscard]] CreatedCode createEnrollmentCode(const QString &name, int validHours);

    struct Enrollment {
        enum Result { Enrolled, UnknownCode, ExpiredCode, UsedCode, Failed };
        Result result = Failed;
        QString deviceId, name, token, when;  // `when`: expiry or use time for Expired/Used
        QString error;
    };
    [[nodiscard]] Enrollment redeemEnrollmentCode(const protocol::EnrollmentRequest &request);

    struct Auth {
        enum Result { Ok, UnknownToken, Revoked, Failed };
        Result result = Failed;
        QString deviceId, revokedAt;
    };
    [[nodiscard]] Auth authenticate(const QString &token);

    // Marks the device as seen (content checks).
    void touch(const QString &deviceId);

    QList<DeviceInfo> list();
    enum class Revoke { Revoked, AlreadyRevoked, Unknown, Failed };
    [[nodiscard]] Revoke revoke(const QString &deviceId, QString *revokedAt = nullptr);

private:
    friend class ServerStore;
    QSqlDatabase &m_db;
    // authenticate() runs twice per upload (the connection guard, then the handler): prepared
    // once (on PostgreSQL a PREPARE and a DEALLOCATE round trip less each time).
    std::unique_ptr<QSqlQuery> m_authenticate;
};

// Published content packs (contentpacks.cpp).
class ContentRegistry {
public:
    explicit ContentRegistry(QSqlDatabase &db) : m_db(db) {}
    ContentRegistry(const ContentRegistry &) = delete;
    ContentRegistry &operator=(const ContentRegistry &) = delete;

    enum class Publish { Published, AlreadyCurrent, MadeCurrent, VersionTaken, Failed };
    // On VersionTaken, `error` holds the sha256 of what is published under that version.
    [[nodiscard]] Publish publish(const ContentPack &pack, QString *error = nullptr);
    // The newest published (or re-published) pack; nullopt when none.
    std::optional<PublishedPack> current(bool withJson);
    std::optional<PublishedPack> published(const QString &version);
    // Newest (current) first.
    QList<PublishedPack> list();

private:
    QSqlDatabase &m_db;
};

class ServerStore {
public:
    struct Opened {
        std::unique_ptr<ServerStore> store;
        QString error;  // one line for a person
    };
    // `spec` is a file path (SQLite) or a postgresql://user:pass@host:port/db URL
    // (?host=/socket/dir selects a unix socket). Brings the schema up to date.
    [[nodiscard]] static Opened open(const QString &spec);
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    bool isPostgres() const { return m_postgres; }
    // Whether the database can take writes now: empty when it can, else why not, in one line.
    // SQLite: the file is still the one opened (same device and inode: not removed or replaced),
    // its file system is writable with at least MinFreeBytes free, and the file and its
    // directory are writable for the server's user. With `probeWrite` (both backends): one
    // small row of server_info is updated and committed, so a database that does not answer
    // or does not take writes is noticed.
    [[nodiscard]] QString health(bool probeWrite = true);
    static constexpr quint64 MinFreeBytes = 8 * 1024 * 1024;  // room for a few maximal batches
    QSqlDatabase &db() { return m_db; }
    static constexpr int SchemaVersion = 11;

    // This database's epoch, sent with every answer (protocol::ServerEpochHeader). It changes
    // only when the database is restored from a backup (renewEpoch): devices that see a new
    // epoch send again what was acknowledged before, and get `duplicate` for what was kept.
    QString epoch() const { return m_epoch; }
    [[nodiscard]] QString renewEpoch();  // empty, or why it failed

    IngestStore &ingest() { return m_ingest; }
    DeviceRegistry &devices() { return m_devices; }
    ContentRegistry &content() { return m_content; }
    ModerationLog &moderation() { return *m_moderation; }

private:
    ServerStore(QSqlDatabase db, bool postgres);
    QString migrate();
    QString loadEpoch();

    QSqlDatabase m_db;
    QString m_epoch;
    QString m_connection;
    bool m_postgres = false;
    QString m_path;                 // SQLite: the file opened
    quint64 m_device = 0, m_inode = 0;
    IngestStore m_ingest{m_db};
    DeviceRegistry m_devices{m_db};
    ContentRegistry m_content{m_db};
    std::unique_ptr<ModerationLog> m_moderation;
};

} // namespace samenspraak::server
