#pragma once
// The device's upload engine (DESIGN.md §4): takes committed records from the Outbox,
// sends them in batches and marks each one only on the server's per-record answer.

#include "outbox.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
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
};

struct SyncSummary {
    int sent = 0;          // records put on the wire in this run
    int acknowledged = 0;  // stored or already there
    int conflicts = 0;
    int rejected = 0;
    int pending = 0;       // still waiting after this run
    int quarantined = 0;
    FailureKind failure = FailureKind::None;
    QString error;         // one line for a person, empty on success
};

struct SyncConfig {
    QUrl server;           // base URL, e.g. http://127.0.0.1:8080
    QString deviceId;
    QString token;         // bearer token from enrollment
    QString appVersion;
    QString contentVersion;
    int batchSize = 200;
    int timeoutMs = 30'000;
};

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
    void finish(FailureKind failure, const QString &error);

    Outbox &m_outbox;
    SyncConfig m_config;
    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QStringList m_inFlight;
    SyncSummary m_summary;
    int m_totalAtStart = 0;
    int m_batchSize = 0;
    bool m_running = false;
};

} // namespace samenspraak::sync
