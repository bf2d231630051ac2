#pragma once
// The device's upload engine (DESIGN.md §4): takes committed records from the Outbox,
// sends them in batches and marks each one only on the server's per-record answer.

#include "outbox.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <optional>

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
    // Batches in flight at once: the next batches are frozen and sent while the server commits
    // the ones before (each on a connection of its own), so the device's commit and the
    // server's overlap instead of following each other. 1 sends one batch at a time.
    // The server may commit them in any order: each batch's device report (pendingReported)
    // is numbered (protocol::ReportSequenceHeader) and the server keeps the newest one.
    // 1 by default: on loopback a window of 3 gained nothing measurable (bench/README.md,
    // "Report-Sequence"); `samenspraak sync --window N` sends more.
    int window = 1;
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
    // One batch sent and not answered yet.
    struct Flight {
        QPointer<QNetworkReply> reply;
        quint64 number = 0;                  // in the order sent
        QStringList sessions, contributions; // in the order of the batch, for invalidParams paths
        QStringList contributionSessions;    // the session of each of `contributions`
        QSet<QString> ids;                   // every record of the batch
        QString suspect;      // the single record in flight, if the batch holds only one
        QString suspectType;  // "session" or "contribution"
        qint64 reportSequence = 0;  // the number of its device report, 0: none (Outbox::reserveReportSequences)
    };
    // A failed answer, dealt with once no other batch is in flight.
    struct Failure {
        Flight flight;
        int status = 0;
        FailureKind kind = FailureKind::Transient;
        QString detail;
        QByteArray body;
        bool fromServer = false;  // the answer carries API-Version: the sync server's own
    };

    // Freezes and sends the next batches while the window has room, after applying the
    // acknowledgements that came meanwhile, all in one write group committed before a byte of
    // the new batches is sent. Once nothing is in flight: deals with a failure, or finishes.
    void pump();
    void schedulePump();
    // The next batch, leaving out what is in flight; false when nothing is left to send.
    bool prepareBatch(protocol::UploadBatch &batch, Flight &flight);
    void send(const protocol::UploadBatch &batch, Flight &flight);
    void onReply(QNetworkReply *reply);
    // Keeps the failure of the earliest batch sent; nothing more is sent until the others are back.
    void noteFailure(Failure failure);
    // What the sequential client did on a failed answer: narrow down, set aside, or finish.
    void handleFailure(const Failure &failure);
    int window() const;
    QStringList inFlight(QStringList Flight::*which) const;
    // A 400 whose invalidParams point at records of the batch: sets exactly those aside.
    bool quarantineInvalid(const Flight &flight, const QByteArray &problemBody);
    // The record sent alone failed with 503 or a 400 that names no record: it is to blame only
    // if the server is otherwise healthy (GET /healthz answers 200); then a 400 sets it aside at
    // once and a 503 counts toward quarantine. Finishes or goes on with the next batch.
    void blameIfServerHealthy(const Failure &failure);
    void finish(FailureKind failure, const QString &error);
    void emitProgress();
    // A local write failed: StorageFull when the outbox says so, else Transient.
    void localWriteFailed(const QString &error);
    int configuredBatchSize() const { return qBound(1, m_config.batchSize, protocol::MaxBatchRecords / 2); }

    Outbox &m_outbox;
    SyncConfig m_config;
    QNetworkAccessManager *m_network;
    QList<Flight> m_flights;                   // in the order sent
    QList<protocol::RecordResult> m_answered;  // acknowledged, not yet applied (pump)
    std::optional<Failure> m_failure;
    quint64 m_sent = 0;
    SyncSummary m_summary;
    int m_totalAtStart = 0;
    int m_batchSize = 0;
    bool m_running = false;
    bool m_pumpQueued = false;
};

// Runs one upload to completion (a local event loop) and returns its summary: for the command
// line, benchmarks and tests; the app's SyncService runs it asynchronously instead.
SyncSummary runOnce(SyncClient &client);

} // namespace samenspraak::sync
