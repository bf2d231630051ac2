#include "syncclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>

Q_LOGGING_CATEGORY(lcSync, "samenspraak.sync")

namespace samenspraak::sync {

using namespace protocol;

QNetworkRequest apiRequest(const QUrl &server, const QString &resource, const QString &token, int timeoutMs)
{
    QNetworkRequest request(protocol::apiUrl(server, resource));
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setRawHeader("API-Version", protocol::ApiVersion);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    request.setTransferTimeout(timeoutMs);
    return request;
}

Answer postAndWait(QNetworkAccessManager &network, const QNetworkRequest &request, const QByteArray &body)
{
    QNetworkReply *reply = network.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(), reply->errorString()};
}

SyncSummary runOnce(SyncClient &client)
{
    SyncSummary summary;
    QEventLoop loop;
    const QMetaObject::Connection done = QObject::connect(&client, &SyncClient::finished, &loop, [&](const SyncSummary &s) {
        summary = s;
        loop.quit();
    });
    client.start();
    if (client.isRunning())
        loop.exec();
    QObject::disconnect(done);
    return summary;
}

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

QString unauthorizedMessage(int httpStatus)
{
    if (httpStatus == 403)
        return SyncClient::tr("The municipality has revoked this device: it may no longer send. The answers stay saved "
                              "here; ask staff to enroll it again.");
    return SyncClient::tr("The server does not know this device. Ask staff for an enrollment code and enroll it; the "
                          "answers stay saved here.");
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
    m_batchSize = configuredBatchSize();
    m_totalAtStart = m_outbox.pendingCount();
    sendNextBatch();
}

void SyncClient::sendNextBatch()
{
    const QList<ContributionRecord> contributions = m_outbox.pendingContributions(m_batchSize);
    QList<SessionRecord> sessions = m_outbox.sessionsFor(contributions);
    // Sessions without contributions yet (a participant who only started) travel too, as far
    // as the batch has room: the server refuses a batch of more than MaxBatchRecords records.
    const qsizetype room = MaxBatchRecords - contributions.size() - sessions.size();
    for (const SessionRecord &s : m_outbox.pendingSessions(int(qMax<qsizetype>(0, qMin<qsizetype>(room, m_batchSize))))) {
        if (std::none_of(sessions.begin(), sessions.end(), [&](const SessionRecord &x) { return x.id == s.id; }))
            sessions.append(s);
    }
    if (contributions.isEmpty() && sessions.isEmpty()) {
        if (commitWriteGroup())
            finish(FailureKind::None, {});
        return;
    }

    UploadBatch batch{m_config.deviceId, m_config.appVersion, m_config.contentVersion, m_outbox.pendingCount(),
                      sessions, contributions, std::nullopt};
    m_outbox.describeBatch(batch);
    // The one record a plain 500 on this batch can be blamed on, if it holds only one.
    m_suspect = contributions.size() == 1 ? contributions.first().id
              : contributions.isEmpty() && sessions.size() == 1 ? sessions.first().id : QString();
    m_suspectType = contributions.size() == 1 ? QStringLiteral("contribution") : QStringLiteral("session");
    m_inFlightContributions = int(contributions.size());
    m_inFlight.clear();
    m_sentSessions.clear();
    m_sentContributions.clear();
    m_sentContributionSessions.clear();
    for (const auto &s : sessions)
        m_sentSessions.append(s.id);
    for (const auto &c : contributions) {
        m_sentContributions.append(c.id);
        m_sentContributionSessions.append(c.sessionId);
    }
    m_inFlight = m_sentSessions + m_sentContributions;
    if (!m_outbox.markSendAttempt(m_inFlight)) {
        m_writeGroupOpen = false;  // rolled back with it
        localWriteFailed(tr("Could not write to the local database before sending."));
        return;
    }
    // Frozen durably before a byte of the batch leaves (DESIGN.md §4.3).
    if (!commitWriteGroup())
        return;

    QNetworkRequest request = apiRequest(m_config.server, m_config.resource, m_config.token, m_config.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
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
        m_summary.httpStatus = status;
        if (status == 400 && quarantineInvalid(body)) {
            // The rest of the batch was fine: go on without the records set aside.
            emit progress(qMax(0, m_totalAtStart - m_outbox.pendingCount()), m_totalAtStart);
            m_summary.httpStatus = 0;
            sendNextBatch();
            return;
        }
        // Only a whole-batch failure from the sync server itself (it sends API-Version on every
        // answer) can hint at a record it cannot process: a 500, or a 503 (PostgreSQL refuses a
        // batch for one record's bytes). 502/504, or any answer from a proxy or captive portal
        // in between, say nothing about the records; nor does a 400 that names no record (the
        // server names every record it refuses in invalidParams, so such a 400 is about the
        // device or the request, e.g. a device id that does not match its token: narrowing it
        // down would set aside every record one by one). Even a 500/503 counts against a record
        // only once the batch is narrowed down to that record alone: halve and resend at once
        // (at most log2(batch) requests), so a poison record never quarantines the innocent
        // records batched with it.
        const bool fromServer = reply->hasRawHeader("API-Version");
        if (fromServer && status == 413 && m_inFlight.size() > 1) {
            // Too large as a whole: send it in halves.
            m_batchSize = qMax(1, qMin(m_batchSize, qMax(1, m_inFlightContributions)) / 2);
            qCInfo(lcSync) << "the server found the batch too large; sending" << m_batchSize << "at a time";
            sendNextBatch();
            return;
        }
        if (fromServer && (status == 500 || status == 503)) {
            if (m_suspect.isEmpty()) {
                m_batchSize = qMax(1, qMin(m_batchSize, qMax(1, m_inFlightContributions)) / 2);
                qCInfo(lcSync) << "narrowing the batch to" << m_batchSize << "to find the record the server fails on (HTTP" << status << ")";
                sendNextBatch();
                return;
            }
            if (status != 500) {
                blameIfServerHealthy(status, kind, detail);
                return;
            }
            m_outbox.recordServerFailure({m_suspect}, detail);
        }
        finish(kind, detail);
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // A 2xx head with a cut-off body (the connection dropped mid-answer): not an answer.
        finish(FailureKind::Transient, reply->errorString());
        return;
    }

    QString error;
    const auto result = decodeResult(body, &error);
    if (!result) {
        finish(FailureKind::Transient, error);
        return;
    }
    // Before this batch's acknowledgements: those count under the server's present epoch.
    if (m_outbox.noteServerEpoch(m_config.server.adjusted(QUrl::StripTrailingSlash).toString(), QString::fromLatin1(reply->rawHeader(ServerEpochHeader))))
        qCWarning(lcSync) << "the server was restored from a backup: sending again what it acknowledged before";
    // This batch's acknowledgements and the freeze of the next batch go in one transaction (one
    // fsync instead of two): sendNextBatch() commits it before it sends, or before it finishes.
    if (!m_outbox.beginWriteGroup()) {
        localWriteFailed(tr("Could not record the server's acknowledgements locally."));
        return;
    }
    m_writeGroupOpen = true;
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
        // The server keeps what it acknowledged: sent again once there is room, it answers
        // `duplicate`. Earlier batches' acknowledgements were committed and stay.
        m_writeGroupOpen = false;  // rolled back with it
        localWriteFailed(tr("Could not record the server's acknowledgements locally."));
        return;
    }
    if (answered.isEmpty()) {
        if (commitWriteGroup())
            finish(FailureKind::Transient, tr("The server acknowledged none of the records sent."));
        return;
    }
    m_progressDue = true;
    m_batchSize = qMin(configuredBatchSize(), m_batchSize * 2);  // widen again after narrowing
    sendNextBatch();
}

bool SyncClient::commitWriteGroup()
{
    if (m_writeGroupOpen) {
        m_writeGroupOpen = false;
        if (!m_outbox.commitWriteGroup()) {
            localWriteFailed(tr("Could not record the server's acknowledgements locally."));
            return false;
        }
    }
    // Only now, after the commit: whoever listens may read or write the store.
    if (m_progressDue) {
        m_progressDue = false;
        emit progress(qMax(0, m_totalAtStart - m_outbox.pendingCount()), m_totalAtStart);
    }
    return true;
}

bool SyncClient::quarantineInvalid(const QByteArray &problemBody)
{
    static const QRegularExpression recordPath(QStringLiteral("^\\$\\.(sessions|contributions)\\[(\\d+)\\]"));
    const QJsonArray invalid = QJsonDocument::fromJson(problemBody).object().value(QStringLiteral("invalidParams")).toArray();
    QList<RecordResult> setAside;
    QSet<QString> seen;
    for (const QJsonValue &v : invalid) {
        const QString name = v.toObject().value(QStringLiteral("name")).toString();
        const auto m = recordPath.match(name);
        if (!m.hasMatch())
            return false;  // a fault of the batch as a whole: nothing to set aside
        const bool session = m.captured(1) == QLatin1String("sessions");
        const QStringList &ids = session ? m_sentSessions : m_sentContributions;
        const int index = m.captured(2).toInt();
        if (index < 0 || index >= ids.size())
            return false;
        if (seen.contains(ids.at(index)))
            continue;
        seen.insert(ids.at(index));
        setAside.append({session ? QStringLiteral("session") : QStringLiteral("contribution"), ids.at(index), RecordStatus::Rejected,
                         name + QLatin1Char(' ') + v.toObject().value(QStringLiteral("reason")).toString()});
    }
    // Answers cannot travel without their session: a session set aside takes its answers in
    // this batch along (later ones follow the same way when they come up).
    for (const RecordResult &r : QList<RecordResult>(setAside)) {
        if (r.type != QLatin1String("session"))
            continue;
        for (int i = 0; i < m_sentContributions.size(); ++i)
            if (m_sentContributionSessions.at(i) == r.id && !seen.contains(m_sentContributions.at(i))) {
                seen.insert(m_sentContributions.at(i));
                setAside.append({QStringLiteral("contribution"), m_sentContributions.at(i), RecordStatus::Rejected,
                                 QStringLiteral("its session was set aside: ") + r.reason});
            }
    }
    const int pendingBefore = m_outbox.pendingCount();
    if (setAside.isEmpty() || !m_outbox.applyResults(setAside))
        return false;
    if (m_outbox.pendingCount() >= pendingBefore)
        return false;  // nothing new set aside: sending again would meet the same answer
    m_summary.rejected += int(setAside.size());
    qCWarning(lcSync) << "set aside" << setAside.size() << "record(s) the server cannot read";
    return true;
}

void SyncClient::blameIfServerHealthy(int status, FailureKind kind, const QString &detail)
{
    QUrl health = m_config.server;
    QString path = health.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    health.setPath(path + QStringLiteral("/healthz"));
    QNetworkRequest request(health);
    request.setTransferTimeout(m_config.timeoutMs);
    QNetworkReply *probe = m_network->get(request);
    const QString suspect = m_suspect, type = m_suspectType;
    connect(probe, &QNetworkReply::finished, this, [=, this] {
        probe->deleteLater();
        const bool healthy = probe->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
        if (!healthy) {
            finish(kind, detail);  // the server itself is unwell: no record is to blame
            return;
        }
        qCWarning(lcSync) << "the server is healthy but fails on record" << suspect << "alone:" << detail;
        if (status == 400) {
            // A client fault the server repeats for this record alone: set it aside now.
            const int pendingBefore = m_outbox.pendingCount();
            if (m_outbox.applyResults({{type, suspect, RecordStatus::Rejected, QStringLiteral("refused when sent alone: ") + detail}})
                && m_outbox.pendingCount() < pendingBefore) {
                ++m_summary.rejected;
                m_summary.httpStatus = 0;
                emit progress(qMax(0, m_totalAtStart - m_outbox.pendingCount()), m_totalAtStart);
                sendNextBatch();
                return;
            }
        } else {
            m_outbox.recordServerFailure({suspect}, detail);
        }
        finish(kind, detail);
    });
}

QString storageFullMessage()
{
    //: Shown in the facilitator menu's connection line when the tablet's own storage is full while sending.
    return SyncClient::tr("Storage full: this device has no room left. The answers stay saved; free up space and sending "
                          "continues.");
}

void SyncClient::localWriteFailed(const QString &error)
{
    if (m_outbox.storageFull()) {
        qCWarning(lcSync) << "storage full (opslag vol): the device could not record the upload's progress; sending stops until there is room";
        finish(FailureKind::StorageFull, storageFullMessage());
        return;
    }
    qCWarning(lcSync) << error;
    finish(FailureKind::Transient, error);
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
