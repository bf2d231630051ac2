#include "hubmoderation.h"

#include "contentpack.h"
#include "deliveryledger.h"
#include "moderationlog.h"
#include "serverstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

Q_LOGGING_CATEGORY(lcModeration, "samenspraak.hub.moderation")

namespace samenspraak {

namespace {
constexpr int DecisionsPerRequest = 200;
}

HubModeration::HubModeration(server::ServerStore &store, const ContentPack &pack, QObject *parent)
    : QObject(parent), m_store(store), m_pack(pack)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &HubModeration::forward);
}

HubModeration::~HubModeration()
{
    if (m_running)
        m_running->abort();
}

void HubModeration::setForwarding(QNetworkAccessManager *network, const sync::SyncConfig &config, const QString &target)
{
    m_network = network;
    m_config = config;
    m_target = target;
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
    return m_target.isEmpty() ? 0 : int(m_store.moderation().pendingFor(m_target, 100'000).size());
}

void HubModeration::forward()
{
    if (!m_network || m_target.isEmpty())
        return;
    if (m_running) {
        m_again = true;  // what was decided meanwhile goes right after
        return;
    }
    m_retry.stop();
    const QList<moderation::Decision> pending = m_store.moderation().pendingFor(m_target, DecisionsPerRequest);
    if (pending.isEmpty())
        return;
    QJsonArray decisions;
    QStringList ids;
    for (const moderation::Decision &d : pending) {
        decisions.append(moderation::toJson(d));
        ids.append(d.id);
    }
    QNetworkRequest request = sync::apiRequest(m_config.server, QStringLiteral("/moderation-decisions"), m_config.token, m_config.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->post(request, QJsonDocument(QJsonObject{{QStringLiteral("decisions"), decisions}}).toJson(QJsonDocument::Compact));
    m_running = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, ids] { onReply(reply, ids); });
}

void HubModeration::onReply(QNetworkReply *reply, const QStringList &ids)
{
    reply->deleteLater();
    m_running = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    QString error;
    int acknowledged = 0;
    if (status == 200) {
        const auto result = protocol::decodeResult(body, &error);
        // Only answers about what was sent count: a captive portal's 200 acknowledges nothing.
        QList<protocol::RecordResult> answered;
        if (result)
            for (const protocol::RecordResult &r : result->results)
                if (ids.contains(r.id) && r.type == QLatin1String("moderation"))
                    answered.append(r);
        if (result && answered.size() == ids.size()) {
            DeliveryLedger ledger(m_store.db(), m_target);
            if (!ledger.apply(answered))
                error = QStringLiteral("the hub could not record what the server acknowledged");
            for (const protocol::RecordResult &r : answered)
                if (r.status == protocol::RecordStatus::Stored || r.status == protocol::RecordStatus::Duplicate)
                    ++acknowledged;
                else
                    qCWarning(lcModeration) << "the server set decision" << r.id << "aside:" << r.reason;
        } else if (error.isEmpty()) {
            error = QStringLiteral("the server's answer does not name every decision sent");
        }
    } else {
        error = status > 0 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString();
    }
    emit forwarded(acknowledged, error);
    if (!error.isEmpty()) {
        const sync::FailureKind kind = sync::classifyHttpStatus(status);
        if (kind == sync::FailureKind::Transient || status == 200) {
            const int delay = m_backoff.nextDelayMs();
            qCInfo(lcModeration) << "cannot send moderation decisions now (" << error << "); again in" << delay << "ms";
            m_retry.start(delay);
        } else {
            qCWarning(lcModeration) << "the municipal server refuses the moderation decisions:" << error;
        }
        return;
    }
    m_backoff.reset();
    if (m_again || ids.size() == DecisionsPerRequest) {
        m_again = false;
        forward();
    }
}

} // namespace samenspraak
