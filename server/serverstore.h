#pragma once
// The municipal server's store: SQLite by default, PostgreSQL through the same code (QPSQL).
// Every record is stored once, on the id the device made; an identical resend is a
// duplicate, a different one under the same id is a conflict, kept aside, never an overwrite.
// It also holds the device registry (enrollment codes and token hashes, never tokens) and
// the published content packs (immutable per version).

#include "protocol.h"

#include <QLoggingCategory>
#include <QSqlDatabase>

#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcServerStore)

namespace samenspraak {
struct ContentPack;
}

namespace samenspraak::server {

struct ExportRow {
    QString id, sessionId, deviceId, activityId, kind, contentVersion, payload, createdAt, receivedAt, supersedes;
    qint64 deviceSeq = 0;
};

struct DeviceInfo {
    QString id, name, enrolledAt, lastSeen, revokedAt, appVersion, contentVersion;
    qint64 pendingReported = 0;
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

class ServerStore {
public:
    struct Opened {
        std::unique_ptr<ServerStore> store;
        QString error;  // one line for a person
    };
    // `spec` is a file path (SQLite) or a postgresql://user:pass@host:port/db URL
    // (?host=/socket/dir selects a unix socket).
    [[nodiscard]] static Opened open(const QString &spec);
    ~ServerStore();

    bool isPostgres() const { return m_postgres; }
    QSqlDatabase &db() { return m_db; }
    static constexpr int SchemaVersion = 2;

    // --- contributions
    struct Ingested {
        QList<protocol::RecordResult> results;
        QString error;  // set when the whole batch failed (nothing was stored)
    };
    // Also records, in the same transaction, what the device reported (versions, and what is
    // still pending on it: the reported count minus this batch and `settledElsewhere`, the
    // records the caller already answered, e.g. rejected against the content pack).
    [[nodiscard]] Ingested ingest(const protocol::UploadBatch &batch, const QString &deviceId, int settledElsewhere = 0);
    // Marks the device as seen (content checks).
    void touchDevice(const QString &deviceId);

    QList<ExportRow> exportRows(const QString &since = {});
    qint64 contributionCount();
    qint64 conflictCount();

    // --- device registry
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

    QList<DeviceInfo> devices();
    enum class Revoke { Revoked, AlreadyRevoked, Unknown, Failed };
    [[nodiscard]] Revoke revokeDevice(const QString &deviceId, QString *revokedAt = nullptr);

    // --- content packs
    enum class Publish { Published, AlreadyCurrent, MadeCurrent, VersionTaken, Failed };
    [[nodiscard]] Publish publishContent(const ContentPack &pack, QString *error = nullptr);
    // The newest published (or re-published) pack; nullopt when none.
    std::optional<PublishedPack> currentContent(bool withJson);
    std::optional<PublishedPack> publishedContent(const QString &version);
    QList<PublishedPack> publishedContents();

private:
    ServerStore(QSqlDatabase db, bool postgres);
    QString migrate();

    QSqlDatabase m_db;
    QString m_connection;
    bool m_postgres = false;
};

} // namespace samenspraak::server
