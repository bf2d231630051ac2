#include "hubmoderation.h"

#include "contentpack.h"
#include "moderationlog.h"
#include "serverstore.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcModeration, "samenspraak.hub.moderation")

namespace samenspraak {

HubModeration::HubModeration(server::ServerStore &store, const ContentPack &pack, QObject *parent)
    : QObject(parent), m_store(store), m_pack(pack)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &HubModeration::forward);
}

HubModeration::~HubModeration() = default;

void HubModeration::setForwarding(QNetworkAccessManager *network, const sync::SyncConfig &config)
{
    m_sender = std::make_unique<ModerationSender>(m_store, network, config);
    connect(m_sender.get(), &ModerationSender::finished, this, &HubModeration::onSent);
}

int HubModeration::flagNew()
{
    if (m_pack.moderation.blockedWords.isEmpty())
        return 0;
    return flagNew(results::Round(m_store.ingest().contributions()));
}

int HubModeration::flagNew(const results::Round &round)
{
    if (m_pack.moderation.blockedWords.isEmpty())
        return 0;
    QList<moderation::FreeText> texts = moderation::freeTexts(m_pack, round);
    texts.removeIf([this](const moderation::FreeText &t) { return m_looked.contains(t.contributionId); });
    if (texts.isEmpty())
        return 0;
    const QHash<QString, moderation::Decision> latest = m_store.moderation().latest();
    int flagged = 0;
    for (const moderation::FreeText &t : std::as_const(texts)) {
        if (latest.contains(t.contributionId)) {
            m_looked.insert(t.contributionId);
            continue;  // decided already (a person's decision is never overruled by the list)
        }
        const QString word = moderation::blockedWordIn(m_pack.moderation.blockedWords, t.text);
        if (word.isEmpty()) {
            m_looked.insert(t.contributionId);
            continue;
        }
        const moderation::Decision d{protocol::newId(), t.contributionId, moderation::State::Flagged, moderation::WordListDecider,
                                     protocol::nowIso()};
        if (m_store.moderation().record(d) == server::ModerationLog::Recorded::Failed)
            return -1;  // looked at again next time
        m_looked.insert(t.contributionId);
        qCInfo(lcModeration) << "held back for review:" << t.contributionId << "(word list)";
        ++flagged;
    }
    if (flagged > 0) {
        emit changed();
        forward();
    }
    return flagged;
}

QString HubModeration::decide(const QString &contributionId, moderation::State state, const QString &decidedBy)
{
    if (state != moderation::State::Approved && state != moderation::State::Rejected)
        return QStringLiteral("a text can only be approved or rejected");
    const results::Round round(m_store.ingest().contributions());
    const QList<moderation::FreeText> texts = moderation::freeTexts(m_pack, round);
    if (std::none_of(texts.begin(), texts.end(), [&](const moderation::FreeText &t) { return t.contributionId == contributionId; }))
        return QStringLiteral("there is no free text %1 on this hub").arg(contributionId);
    const moderation::Decision d{protocol::newId(), contributionId, state, decidedBy, protocol::nowIso()};
    if (m_store.moderation().record(d) != server::ModerationLog::Recorded::Stored)
        return QStringLiteral("the decision could not be saved; try again");
    qCInfo(lcModeration) << moderation::toString(state) << contributionId;
    emit changed();
    forward();
    return {};
}

int HubModeration::pendingForward()
{
    return m_sender ? qMax(0, m_sender->pendingCount()) : 0;
}

void HubModeration::forward()
{
    // A running sender sends what was decided meanwhile before it finishes.
    if (!m_sender || m_sender->isRunning())
        return;
    m_retry.stop();
    m_sender->start();
}

void HubModeration::onSent(const ModerationSender::Outcome &outcome)
{
    emit forwarded(outcome.acknowledged, outcome.error);
    switch (outcome.failure) {
    case sync::FailureKind::None:
        m_backoff.reset();
        return;
    case sync::FailureKind::Transient:
    case sync::FailureKind::StorageFull: {
        const int delay = m_backoff.nextDelayMs();
        qCInfo(lcModeration) << "cannot send moderation decisions now (" << outcome.error << "); again in" << delay << "ms";
        m_retry.start(delay);
        return;
    }
    case sync::FailureKind::Unauthorized:
    case sync::FailureKind::Refused:
        // Retrying will not help; the next decision or forward tries again.
        qCWarning(lcModeration) << "the municipal server refuses the moderation decisions:" << outcome.error;
        return;
    }
}

} // namespace samenspraak
