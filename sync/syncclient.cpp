#include "syncclient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcSync, "samenspraak.sync")

namespace samenspraak::sync {

using namespace protocol;

FailureKind classifyHttpStatus(int status)
{
    if (status >= 200 && status < 300)
        return FailureKind::None;
    if (status == 0 || status == 408 || status == 429 || status >= 500)
        return FailureKind::Transient;
    if (status == 401 || status == 403)
        return FailureKind::Unauthorized;
    return FailureKind::Refused;
}

SyncClient::SyncClient(Outbox &outbox, SyncConfig config, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_config(std::move(config)), m_network(network)
{
}

void SyncClient::start()
{
    if (m_running)
        return;
    m_running = true;
    m_summary = {};
    m_batchSize = qBound(1, m_config.batchSize, MaxBatchRecords / 2);
    m_totalAtStart = m_outbox.pendingCount();
    sendNextBatch();
}

void SyncClient::sendNextBatch()
{
    const QList<ContributionRecord> contributions = m_outbox.pendingContributions(m_batchSize);
    QList<SessionRecord> sessions = m_outbox.sessionsFor(contributions);
    // Sessions without contributions yet (a participant who only started) travel too.
    for (const SessionRecord &s : m_outbox.pendingSessions(m_batchSize)) {
        if (std::none_of(sessions.begin(), sessions.end(), [&](const SessionRecord &x) { return x.id == s.id; }))
            sessions.append(s);
    }
    if (contributions.isEmpty() && sessions.isEmpty()) {
        finish(FailureKind::None, {});
        return;
    }

    UploadBatch batch{m_config.deviceId, m_config.appVersion, m_config.contentVersion, m_outbox.pendingCount(),
                      sessions, contributions};
    m_inFlight.clear();
    for (const auto &s : sessions)
        m_inFlight.append(s.id);
    for (const auto &c : contributions)
        m_inFlight.append(c.id);
    if (!m_outbox.markSendAttempt(m_inFlight)) {
        finish(FailureKind::Transient, tr("Could not write to the local database before sending."));
        return;
    }

    QUrl url = m_config.server;
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0) + QLatin1String(ApiBasePath)
                + QStringLiteral("/uploads"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setRawHeader("API-Version", ApiVersion);
    if (!m_config.token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_config.token.toUtf8());
    request.setTransferTimeout(m_config.timeoutMs);
    m_summary.sent += m_inFlight.size();
    m_reply = m_network->post(request, encode(batch));
    connect(m_reply, &QNetworkReply::finished, this, &SyncClient::onReply);
}

void SyncClient::onReply()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const FailureKind kind = classifyHttpStatus(status);

    if (kind != FailureKind::None) {
        QString detail = reply->error() != QNetworkReply::NoError && status == 0 ? reply->errorString()
                                                                                  : QStringLiteral("HTTP %1").arg(status);
        // problem+json carries the server's precise reason; show it.
        const QJsonObject problem = QJsonDocument::fromJson(body).object();
        if (problem.contains(QStringLiteral("detail")))
            detail += QStringLiteral(": ") + problem.value(QStringLiteral("detail")).toString();
        qCWarning(lcSync) << "upload failed:" << detail;
        if (status >= 500) {
            // Only a plain 500 hints at a record the server cannot process; 502/503/504
            // say the server or its proxy is away, which is no fault of the record.
            if (status == 500)
                m_outbox.recordServerFailure(m_inFlight, detail);
            m_batchSize = qMax(1, m_batchSize / 2);  // narrow down a poison record on the next try
        }
        finish(kind, detail);
        return;
    }

    QString error;
    const auto result = decodeResult(body, &error);
    if (!result) {
        finish(FailureKind::Transient, error);
        return;
    }
    QList<RecordResult> answered;
    for (const RecordResult &r : result->results) {
        if (!m_inFlight.contains(r.id))
            continue;  // never trust an answer about a record we did not send
        answered.append(r);
        switch (r.status) {
        case RecordStatus::Stored:
        case RecordStatus::Duplicate: ++m_summary.acknowledged; break;
        case RecordStatus::Conflict: ++m_summary.conflicts; break;
        case RecordStatus::Rejected: ++m_summary.rejected; break;
        }
    }
    if (!m_outbox.applyResults(answered)) {
        finish(FailureKind::Transient, tr("Could not record the server's acknowledgements locally."));
        return;
    }
    if (answered.isEmpty()) {
        finish(FailureKind::Transient, tr("The server acknowledged none of the records sent."));
        return;
    }
    emit progress(qMax(0, m_totalAtStart - m_outbox.pendingCount()), m_totalAtStart);
    sendNextBatch();
}

void SyncClient::finish(FailureKind failure, const QString &error)
{
    m_summary.failure = failure;
    m_summary.error = error;
    m_summary.pending = m_outbox.pendingCount();
    m_summary.quarantined = m_outbox.quarantinedCount();
    m_running = false;
    emit finished(m_summary);
}

} // namespace samenspraak::sync
