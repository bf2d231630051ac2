#pragma once
// The room hub's moderation (docs/architecture.md, "Moderation"): the word list flags what it
// holds back, the facilitator approves or rejects, and every decision is kept in the hub's store
// (server::ModerationLog) and sent on to the municipal server after the contribution it is about
// (POST /api/v1/moderation-decisions) by a ModerationSender, each exactly once: the delivery
// ledger keeps what the server acknowledged, and the server stores each decision once on its id.
//
// No timer runs while nothing happens: flagging runs when an upload was stored, sending when a
// decision was made or the hub's forwarding of contributions succeeded, and a retry only after
// a failure.

#include "backoff.h"
#include "moderation.h"
#include "moderationsender.h"
#include "syncclient.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace samenspraak {

struct ContentPack;
namespace server {
class ServerStore;
}

class HubModeration : public QObject {
    Q_OBJECT
public:
    // What the facilitator's decisions are signed with (Decision::decidedBy).
    static inline const QString Facilitator = QStringLiteral("begeleider");

    HubModeration(server::ServerStore &store, const ContentPack &pack, QObject *parent = nullptr);
    ~HubModeration() override;

    // Sends decisions to `config.server` (the hub's forward target; its ledger target is the
    // ForwardOutbox's) through `network`. Without it, decisions stay on the hub.
    void setForwarding(QNetworkAccessManager *network, const sync::SyncConfig &config);

    // Flags every free text without a decision that holds a word of the pack's list (a decision
    // by moderation::WordListDecider). Returns how many it flagged, -1 when the store failed.
    int flagNew();
    // The same over `round` (what the store holds, read by the caller): a text already looked
    // at is not looked at again.
    int flagNew(const results::Round &round);
    // The facilitator's decision on the text of `contributionId`: approved or rejected. Empty
    // when it is stored, else why not (one line for a person).
    [[nodiscard]] QString decide(const QString &contributionId, moderation::State state, const QString &decidedBy = Facilitator);

    // Sends what the server has not acknowledged yet (one request at a time); a failure is
    // retried with backoff.
    void forward();
    // Decisions still to send (ModerationSender::pendingCount); 0 without forwarding.
    int pendingForward();
    bool isForwarding() const { return m_sender && m_sender->isRunning(); }
    const ContentPack &pack() const { return m_pack; }
    server::ServerStore &store() { return m_store; }

signals:
    // A decision was stored (by the word list or a person): the projector and the queue refresh.
    void changed();
    // A sending (one or more requests) finished: `acknowledged` decisions acknowledged, `error`
    // empty when everything sendable went.
    void forwarded(int acknowledged, const QString &error);

private:
    void onSent(const ModerationSender::Outcome &outcome);

    server::ServerStore &m_store;
    const ContentPack &m_pack;
    std::unique_ptr<ModerationSender> m_sender;
    sync::Backoff m_backoff{1000, 60'000};
    QTimer m_retry;
    QSet<QString> m_looked;  // contributions whose text flagNew looked at (flagged, decided or clean)
};

} // namespace samenspraak
