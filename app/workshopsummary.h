#pragma once
// The workshop summary (docs/architecture.md, "Workshop summary"): when the facilitator ends a
// room, the hub writes a PDF of the room's figures (the council report's sections and rules,
// server/report/) into DATA_DIR/summaries/ROOM.pdf and sends it to the municipal server with
// PUT /api/v1/rooms/ROOM/summary. ROOM.pending stays beside it until the server acknowledged
// it, so an offline evening sends it on a later sync (SyncService, `samenspraak sync`); the
// server keeps one summary per room, so a resend is answered as a duplicate, and a different
// summary of a room it already has as a conflict (409): that one is settled, not retried; it
// stays beside the others as ROOM.pdf with ROOM.conflict.

#include "syncclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace samenspraak {

struct ContentPack;
namespace server {
class ServerStore;
struct Room;
}

// DATA_DIR/summaries of the device whose store is at `storePath`.
QString summariesDir(const QString &storePath);

struct SummaryWritten {
    QString path;   // the PDF
    QString error;  // one line; empty when written and queued for the server
};
// Writes the summary of `room` over what `hub` holds and queues it for the municipal server.
SummaryWritten writeWorkshopSummary(server::ServerStore &hub, const ContentPack &pack, const server::Room &room, const QString &endedAt,
                                    const QString &language, const QString &dir);

// The summaries in `dir` the municipal server has not acknowledged, oldest first (room ids).
QStringList pendingSummaries(const QString &dir);

// Sends the pending summaries one after the other; finished() once, also when there was none.
class SummarySender : public QObject {
    Q_OBJECT
public:
    SummarySender(const QString &dir, const sync::SyncConfig &server, QNetworkAccessManager *network, QObject *parent = nullptr);
    void start();
    bool isRunning() const { return !m_reply.isNull(); }

    struct Outcome {
        int sent = 0;     // acknowledged now (stored or already there)
        int conflicts = 0; // answered 409: the server has another summary of the room; kept as ROOM.conflict, not sent again
        int pending = 0;  // still to send
        QString error;    // why the last one did not go; empty when all went
        sync::FailureKind failure = sync::FailureKind::None;
    };
signals:
    void finished(const samenspraak::SummarySender::Outcome &outcome);

private:
    void sendNext();
    void onReply();

    QString m_dir;
    sync::SyncConfig m_server;
    QNetworkAccessManager *m_network;
    QStringList m_queue;
    QString m_current;
    QPointer<QNetworkReply> m_reply;
    Outcome m_outcome;
};

// Sends what is pending and waits (commands).
SummarySender::Outcome sendSummariesAndWait(const QString &dir, const sync::SyncConfig &server);

} // namespace samenspraak
