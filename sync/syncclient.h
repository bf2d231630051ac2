#pragma once
// The device's upload engine (DESIGN.md §4): takes committed records from the Outbox,
// sends them in batches and marks each one only on the server's per-record answer.

#include "outbox.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace samenspraak::sync {

enum class FailureKind {
    None,
    Transient,     // network, timeout, 5xx, 408, 429, an answer we cannot read: retry later
    Unauthorized,  // 401/403: not enrolled or revoked; retrying will not help
    Refused,       // any other 4xx: shown and kept, not retried
    StorageFull,   // the device's own storage is full: it could not record what the server
                   // acknowledged (the server keeps it; a resend after space is freed is `duplicate`)
};

struct SyncSummary {
    int sent = 0;          // records put on the wire in this run
    int acknowledged = 0;  // stored or already there
    int conflicts = 0;
    int rejected = 0;
    int pending = 0;       // still waiting after this run
    int quarantined = 0;
    FailureKind failure = FailureKind::None;
    int httpStatus = 0;    // of the failing answer (401: not enrolled, 403: revoked), 0 when none
    QString error;         // one line for a person, empty on success
};

// What a person should read when the device's own storage is full (FailureKind::StorageFull).
QString storageFullMessage();

// What a person should read when the server refuses the device (401 or 403).
QString unauthorizedMessage(int httpStatus);

struct SyncConfig {
    QUrl server;           // base URL, e.g. http://127.0.0.1:8080
    QString deviceId;
    QString token;         // bearer token from enrollment
    QString appVersion;
    QString contentVersion;
    QString resource = QStringLiteral("/uploads");  // "/relays" for a room hub forwarding
    int batchSize = 200;
    int timeoutMs = 30'000;
};

// A request to the API as every device-side caller sends it: JSON or problem+json accepted,
// API-Version, the bearer token (when there is one) and a transfer timeout.
QNetworkRequest apiRequest(const QUrl &server, const QString &resource, const QString &token, int timeoutMs = 30'000);

// An answer to one request: its HTTP status (0 when none came), body, and the network error.
struct Answer {
    int status = 0;
    QByteArray body;
    QString error;
};
// Posts `body` and waits for the answer in a local event loop (enrolling, joining a room).
Answer postAndWait(QNetworkAccessManager &network, const QNetworkRequest &request, const QByteArray &body);

// Classifies an HTTP status (0 = no HTTP answer at all).
FailureKind classifyHttpStatus(int status);

class SyncClient : public QObject {
    Q_OBJECT
public:
    SyncClient(Outbox &outbox, SyncConfig config, QNetworkAccessManager *network, QObject *parent = nullptr);

    // Uploads batches until nothing is pending or a batch fails; emits finished() once.
    void start();
    bool isRunning() const { return m_running; }
    const SyncConfig &config() const { return m_config; }
    void setConfig(const SyncConfig &config) { m_config = config; }

signals:
    void progress(int done, int total);
    void finished(const samenspraak::sync::SyncSummary &summary);

private:
    void sendNextBatch();
    void onReply();
    // A 400 whose invalidParams point at records of the batch: sets exactly those aside.
    bool quarantineInvalid(const QByteArray &problemBody);
    // The record sent alone failed with 503 or a 400 that names no record: it is to blame only
    // if the server is otherwise healthy (GET /healthz answers 200); then a 400 sets it aside at
    // once and a 503 counts toward quarantine. Finishes or goes on with the next batch.
    void blameIfServerHealthy(int status, FailureKind kind, const QString &detail);
    void finish(FailureKind failure, const QString &error);
    // Commits the write group onReply() opened, if one is open, then reports progress if due;
    // false (and finished) when the commit failed.
    bool commitWriteGroup();
    // A local write failed: StorageFull when the outbox says so, else Transient.
    void localWriteFailed(const QString &error);
    int configuredBatchSize() const { return qBound(1, m_config.batchSize, protocol::MaxBatchRecords / 2); }

    Outbox &m_outbox;
    SyncConfig m_config;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QStringList m_inFlight;
    QStringList m_sentSessions, m_sentContributions;  // in the order of the batch, for invalidParams paths
    QStringList m_sentContributionSessions;          // the session of each of m_sentContributions
    int m_inFlightContributions = 0;
    QString m_suspect;  // the single record in flight, if the batch holds only one
    QString m_suspectType;  // "session" or "contribution"
    SyncSummary m_summary;
    int m_totalAtStart = 0;
    int m_batchSize = 0;
    bool m_running = false;
    bool m_writeGroupOpen = false;  // acknowledgements applied, not yet committed (onReply)
    bool m_progressDue = false;
};

// Runs one upload to completion (a local event loop) and returns its summary: for the command
// line, benchmarks and tests; the app's SyncService runs it asynchronously instead.
SyncSummary runOnce(SyncClient &client);

} // namespace samenspraak::sync
