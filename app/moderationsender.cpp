#include "moderationsender.h"

#include "deliveryledger.h"
#include "forwardoutbox.h"
#include "moderationlog.h"
#include "serverstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

Q_LOGGING_CATEGORY(lcModerationSend, "samenspraak.hub.moderation")

namespace samenspraak {

ModerationSender::ModerationSender(server::ServerStore &store, QNetworkAccessManager *network, sync::SyncConfig config, QObject *parent)
    : QObject(parent), m_store(store), m_network(network), m_config(std::move(config)), m_target(server::ledgerTarget(m_config.server))
{
}

ModerationSender::~ModerationSender()
{
    if (m_reply) {
        // An unanswered request is sent again next time (the server answers `duplicate`).
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

int ModerationSender::pendingCount()
{
    return m_store.moderation().unsentCount(m_target);
}

void ModerationSender::start()
{
    if (m_running)
        return;
    m_running = true;
    m_outcome = {};
    sendNext();
}

void ModerationSender::sendNext()
{
    const QList<moderation::Decision> pending = m_store.moderation().pendingFor(m_target, DecisionsPerRequest);
    if (pending.isEmpty()) {
        finish(sync::FailureKind::None, {});
        return;
    }
    QJsonArray decisions;
    QStringList ids;
    for (const moderation::Decision &d : pending) {
        decisions.append(moderation::toJson(d));
        ids.append(d.id);
    }
    QNetworkRequest request = sync::apiRequest(m_config.server, QStringLiteral("/moderation-decisions"), m_config.token, m_config.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->post(request, QJsonDocument(QJsonObject{{QStringLiteral("decisions"), decisions}}).toJson(QJsonDocument::Compact));
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, ids] { onReply(reply, ids); });
}

void ModerationSender::onReply(QNetworkReply *reply, const QStringList &ids)
{
    reply->deleteLater();
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        // Another 2xx than the route's 200 is not its answer: as unreadable, try again later.
        const sync::FailureKind kind = sync::classifyHttpStatus(status);
        finish(kind == sync::FailureKind::None ? sync::FailureKind::Transient : kind, status > 0 ? QStringLiteral("HTTP %1").arg(status) : reply->errorString(), status);
        return;
    }
    QString error;
    const auto result = protocol::decodeResult(reply->readAll(), &error);
    // Only answers about what was sent count: a captive portal's 200 acknowledges nothing.
    QList<protocol::RecordResult> answered;
    if (result)
        for (const protocol::RecordResult &r : result->results)
            if (ids.contains(r.id) && r.type == QLatin1String("moderation"))
                answered.append(r);
    if (!result || answered.size() != ids.size()) {
        finish(sync::FailureKind::Transient, error.isEmpty() ? QStringLiteral("the server's answer does not name every decision sent") : error, status);
        return;
    }
    DeliveryLedger ledger(m_store.db(), m_target);
    if (!ledger.apply(answered)) {
        // Not recorded: sent again later and answered `duplicate`.
        finish(sync::FailureKind::StorageFull, QStringLiteral("the hub could not record what the server acknowledged"), status);
        return;
    }
    for (const protocol::RecordResult &r : std::as_const(answered)) {
        if (r.status == protocol::RecordStatus::Stored || r.status == protocol::RecordStatus::Duplicate) {
            ++m_outcome.acknowledged;
        } else {
            ++m_outcome.setAside;
            qCWarning(lcModerationSend) << "the server set decision" << r.id << "aside:" << r.reason;
        }
    }
    sendNext();  // the next ones, and what was decided meanwhile
}

void ModerationSender::finish(sync::FailureKind failure, const QString &error, int httpStatus)
{
    m_outcome.failure = failure;
    m_outcome.error = error;
    m_outcome.httpStatus = httpStatus;
    m_running = false;
    if (failure != sync::FailureKind::None)
        qCInfo(lcModerationSend).noquote() << "moderation decisions not sent now:" << error;
    emit finished(m_outcome);
}

} // namespace samenspraak
