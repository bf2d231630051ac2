#pragma once
// The device's durable store (SQLite, WAL, synchronous=FULL). Every save is one committed
// transaction before the call returns: the UI says "saved" only after it (DESIGN.md §4.2).
// Contributions are immutable (enforced by triggers); a changed answer supersedes.

#include "contentpack.h"
#include "outbox.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>

class QSqlError;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace samenspraak {

struct StoreError {
    enum Code { None, DataDir, Corrupt, DiskFull, ReadOnly, Invalid, Sql };
    Code code = None;
    QString message;  // one sentence for a person: what is wrong and what to do
    explicit operator bool() const { return code != None; }
};

enum class CorruptionPolicy {
    Refuse,     // report and touch nothing (command-line tools)
    MoveAside,  // rename the damaged files, start a fresh database, report where they went (the app)
};

// "(SELECT value FROM json_each(?))" with `ids` as one JSON array appended to `values`: a set of
// ids for IN and NOT IN with one parameter, so the statement does not grow with the set (QtSql
// and SQLite each spend time per placeholder when preparing). On PostgreSQL `db` gets
// json_array_elements_text instead.
QString idSet(const QSqlDatabase &db, const QStringList &ids, QVariantList &values);
// " AND `column` NOT IN <idSet>", or nothing when there are no ids: how an outbox leaves out
// what is in flight (Outbox::pendingSessions).
QString andNotIn(const QSqlDatabase &db, const QString &column, const QStringList &ids, QVariantList &values);

// Reserves `count` numbers of a counter kept as the text value of `key` in `table`, a key-value
// table (the device's `settings`, a server store's `server_info`), inside the caller's
// transaction: returns the first, higher than every number reserved before and never below the
// clock in milliseconds since 1970 (so a store restored from an older copy still counts on from
// about where it was), or -1 with `error` set. For the numbers of device reports
// (sync::Outbox::reserveReportSequences).
qint64 reserveSequence(QSqlDatabase &db, const QString &table, const QString &key, int count, QSqlError &error);

class Store : public sync::Outbox {
public:
    static constexpr int SchemaVersion = 6;
    static constexpr int PoisonAttempts = 8;  // server failures before a record is quarantined

    struct Opened {
        std::unique_ptr<Store> store;
        StoreError error;
        QString movedAsideTo;  // set when a damaged database was moved aside
    };
    // `schemaVersion` is for tests that build a database as an earlier release left it.
    [[nodiscard]] static Opened open(const QString &dataDir, CorruptionPolicy policy, int schemaVersion = SchemaVersion);
    ~Store() override;
    // One setting of the store in `dataDir`, read-only and without opening the store for use
    // (no migration, no file created): for what must be known before the app starts, e.g.
    // the mode, which decides on the on-screen keyboard. Empty when there is none.
    static QString peekSetting(const QString &dataDir, const QString &key);

    QString path() const { return m_path; }
    QSqlDatabase &db() { return m_db; }

    // Device identity and settings, kept in the same database.
    QString deviceId();
    // The enrollment token: a file of its own in the data dir (`device-token`, mode 0600), not
    // a row next to the answers. Empty when the device is not enrolled. An older release kept
    // it in the settings table; open() moves it out (and wipes it from the database and WAL).
    QString deviceToken();
    [[nodiscard]] StoreError setDeviceToken(const QString &token);
    QString tokenPath() const;
    [[nodiscard]] QString setting(const QString &key, const QString &fallback = {});
    [[nodiscard]] StoreError setSetting(const QString &key, const QString &value);
    // Several settings in one transaction: all of them, or none.
    [[nodiscard]] StoreError setSettings(const QList<std::pair<QString, QString>> &settings);

    // Content versions are kept as long as contributions refer to them.
    [[nodiscard]] StoreError installContent(const ContentPack &pack);
    [[nodiscard]] QByteArray contentJson(const QString &version);
    QStringList contentVersions();
    // Removes versions that are not current and no contribution refers to.
    int pruneContent(const QString &currentVersion);

    [[nodiscard]] StoreError saveSession(const protocol::SessionRecord &session);
    // The participant has finished or walked away: from now on their acknowledged answers may
    // be removed (purge). A session never ended (the app was killed) counts as ended once it
    // is older than MaxSessionHours.
    [[nodiscard]] StoreError endSession(const QString &sessionId);
    static constexpr int MaxSessionHours = 24;
    // Assigns deviceSeq; commits before returning.
    [[nodiscard]] StoreError saveContribution(protocol::ContributionRecord &contribution);

    int contributionCount();
    int sessionCount();
    // Sessions with at least one answer: the "people took part" figure.
    int participantCount();
    QList<protocol::ContributionRecord> contributions(const QString &sessionId = {});

    // Sessions from "SELECT <session columns> FROM sessions s " + tail, and contributions from
    // "... FROM contributions c " + tail, with `values` bound in order: for the other outboxes
    // over this store (RoomOutbox).
    QList<protocol::SessionRecord> selectSessions(const QString &tail, const QVariantList &values);
    QList<protocol::ContributionRecord> selectContributions(const QString &tail, const QVariantList &values);

    // sync::Outbox
    QList<protocol::SessionRecord> pendingSessions(int limit, const QStringList &inFlight = {}) override;
    QList<protocol::ContributionRecord> pendingContributions(int limit, const QStringList &inFlight = {}) override;
    QList<protocol::SessionRecord> sessionsFor(const QList<protocol::ContributionRecord> &contributions) override;
    bool markSendAttempt(const QStringList &ids) override;
    bool applyResults(const QList<protocol::RecordResult> &results) override;
    int pendingCount() override;
    int quarantinedCount() override;
    bool recordServerFailure(const QStringList &ids, const QString &reason) override;
    bool noteServerEpoch(const QString &server, const QString &epoch) override;
    bool storageFull() override { return m_storageFull; }
    bool beginWriteGroup() override;
    bool commitWriteGroup() override;
    // One counter for the device, whichever outbox sends (the server's, a room's): setting
    // `report_sequence`.
    qint64 reserveReportSequences(int count) override;
    QString lastSyncAt() { return setting(QStringLiteral("last_sync_at")); }

    // Privacy at rest: the free text and profile answers (answers::isPersonal) of records the
    // server acknowledged at least `retentionDays` before `now`, in sessions that have ended
    // (endSession; never the one a participant is still answering), are removed from the database
    // and its WAL (secure_delete, then a TRUNCATE checkpoint); the record stays, with its
    // payload emptied and the SHA-256 of its canonical record kept. A purged record is not
    // sent again after a server restore (noteServerEpoch counts it as not resent instead).
    [[nodiscard]] StoreError purge(int retentionDays, const QDateTime &now, int *purged = nullptr);
    // What is still on the device, for the facilitator menu.
    struct Retained {
        int answers = 0;    // records, purged ones included
        int personal = 0;   // with free text or a profile still readable
        int purged = 0;     // whose free text or profile was removed
        int notResent = 0;  // purged, so not sent again after the last server restore
    };
    Retained retained();

    // Limits the database size (tests of a full disk): pages of 4 KiB.
    void setMaxPageCount(int pages);

private:
    Store(QSqlDatabase db, QString path);
    StoreError migrate(int target);
    StoreError classify(const class QSqlError &error, const QString &doing) const;
    // Ends a sync write transaction: rolls back and notes whether storage was full / commits.
    bool writeFailed(const class QSqlError &error);
    StoreError moveTokenOutOfSettings();
    bool commitWrite();
    // A sync write's own transaction, or none inside a write group (beginWriteGroup).
    bool beginSyncWrite();
    bool endSyncWrite();

    QSqlDatabase m_db;
    QString m_path;
    QString m_connection;
    bool m_storageFull = false;  // the last failed sync write failed for want of space
    bool m_writeGroup = false;   // a write group's transaction is open (beginWriteGroup)
    // The one statement on the hot path, prepared once: preparing it per save cost more
    // than the insert itself (bench/store_bench.cpp).
    std::unique_ptr<class QSqlQuery> m_insertContribution;
};

} // namespace samenspraak
