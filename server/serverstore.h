#pragma once
// The municipal server's store: SQLite by default, PostgreSQL through the same code (QPSQL).
// Every record is stored once, on the id the device made; an identical resend is a
// duplicate, a different one under the same id is a conflict, kept aside, never an overwrite.

#include "protocol.h"

#include <QLoggingCategory>
#include <QSqlDatabase>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcServerStore)

namespace samenspraak::server {

struct ExportRow {
    QString id, sessionId, deviceId, activityId, kind, contentVersion, payload, createdAt, receivedAt, supersedes;
    qint64 deviceSeq = 0;
};

class ServerStore {
public:
    struct Opened {
        std::unique_ptr<ServerStore> store;
        QString error;  // one line for a person
    };
    // `spec` is a file path (SQLite) or a postgresql://user:pass@host:port/db URL.
    [[nodiscard]] static Opened open(const QString &spec);
    ~ServerStore();

    bool isPostgres() const { return m_postgres; }
    QSqlDatabase &db() { return m_db; }

    struct Ingested {
        QList<protocol::RecordResult> results;
        QString error;  // set when the whole batch failed (nothing was stored)
    };
    [[nodiscard]] Ingested ingest(const protocol::UploadBatch &batch, const QString &deviceId);

    void touchDevice(const QString &deviceId, const protocol::UploadBatch &batch);

    QList<ExportRow> exportRows(const QString &since = {});
    qint64 contributionCount();
    qint64 conflictCount();

private:
    ServerStore(QSqlDatabase db, bool postgres);
    QString migrate();

    QSqlDatabase m_db;
    QString m_connection;
    bool m_postgres = false;
};

} // namespace samenspraak::server
