#include "syncclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <utility>

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
    m_flights.clear();
    m_answered.clear();
    m_failure.reset();
    m_batchSize = configuredBatchSize();
    m_totalAtStart = m_outbox.pendingCount();
    pump();
}

int SyncClient::window() const
{
    // Narrowing a failing batch down to the record at fault goes one batch at a time: each
    // smaller batch must be the first part of what failed.
    return m_batchSize < configuredBatchSize() ? 1 : qBound(1, m_config.window, 8);
}

QStringList SyncClient::inFlight(QStringList Flight::*which) const
{
    QStringList ids;
    for (const Flight &f : m_flights)
        ids += f.*which;
    return ids;
}

void SyncClient::schedulePump()
{
    // Queued, so that answers which came in the same turn of the event loop are applied in
    // one transaction.
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &SyncClient::pump, Qt::QueuedConnection);
}

bool SyncClient::prepareBatch(UploadBatch &batch, Flight &flight)
{
    const QList<ContributionRecord> contributions = m_outbox.pendingContributions(m_batchSize, inFlight(&Flight::contributions));
    // Every session its contributions refer to travels with them, also one sent in a batch
    // still in flight: the server may store this batch first (it is then `duplicate` there).
    QList<SessionRecord> sessions = m_outbox.sessionsFor(contributions);
    // Sessions without contributions yet (a participant who only started) travel too, as far
    // as the batch has room: the server refuses a batch of more than MaxBatchRecords records.
    const qsizetype room = MaxBatchRecords - contributions.size() - sessions.size();
    if (room > 0) {
        const QList<SessionRecord> more = m_outbox.pendingSessions(int(qMin<qsizetype>(room, m_batchSize)), inFlight(&Flight::sessions));
        QSet<QString> have;
        for (const SessionRecord &s : std::as_const(sessions))
            have.insert(s.id);
        for (const SessionRecord &s : more)
            if (!have.contains(s.id))
                sessions.append(s);
    }
    if (contributions.isEmpty() && sessions.isEmpty())
        return false;

    // What stays pending besides this batch and those in flight (they report themselves).
    QSet<QString> elsewhere;
    for (const Flight &f : std::as_const(m_flights))
        elsewhere.unite(f.ids);
    for (const SessionRecord &s : std::as_const(sessions)) {
        flight.sessions.append(s.id);
        elsewhere.remove(s.id);
    }
    for (const ContributionRecord &c : contributions) {
        flight.contributions.append(c.id);
        flight.contributionSessions.append(c.sessionId);
    }
    flight.ids = QSet<QString>(flight.sessions.cbegin(), flight.sessions.cend());
    flight.ids.unite(QSet<QString>(flight.contributions.cbegin(), flight.contributions.cend()));
    // The one record a plain 500 on this batch can be blamed on, if it holds only one.
    flight.suspect = contributions.size() == 1 ? contributions.first().id
                   : contributions.isEmpty() && sessions.size() == 1 ? sessions.first().id : QString();
    flight.suspectType = contributions.size() == 1 ? QStringLiteral("contribution") : QStringLiteral("session");
    batch = UploadBatch{m_config.deviceId, m_config.appVersion, m_config.contentVersion,
                        qMax(0, m_outbox.pendingCount() - int(elsewhere.size())), sessions, contributions, std::nullopt};
    m_outbox.describeBatch(batch);
    return true;
}

void SyncClient::pump()
{
    m_pumpQueued = false;
    if (!m_running)
        return;
    // The acknowledgements that came and the freeze of the next batches: one transaction.
    bool grouped = false;
    const bool acknowledged = !m_answered.isEmpty();
    if (acknowledged) {
        if (!m_outbox.beginWriteGroup()) {
            localWriteFailed(tr("Could not record the server's acknowledgements locally."));
            return;
        }
        grouped = true;
        const QList<RecordResult> answered = std::exchange(m_answered, {});
        if (!m_outbox.applyResults(answered)) {
            // Rolled back with the group. The server keeps what it acknowledged: sent again
            // once there is room, it answers `duplicate`. Earlier acknowledgements stay.
            localWriteFailed(tr("Could not record the server's acknowledgements locally."));
            return;
        }
    }
    QList<UploadBatch> batches;
    const qsizetype sending = m_flights.size();
    while (!m_failure && m_flights.size() < window()) {
        UploadBatch batch;
        Flight flight;
        if (!prepareBatch(batch, flight))
            break;
        if (!grouped && !m_outbox.beginWriteGroup()) {
            m_flights.resize(sending);
            localWriteFailed(tr("Could not write to the local database before sending."));
            return;
        }
        grouped = true;
        const QStringList ids = flight.sessions + flight.contributions;
        if (!m_outbox.markSendAttempt(ids)) {
            m_flights.resize(sending);  // rolled back with the group
            localWriteFailed(tr("Could not write to the local database before sending."));
            return;
        }
        flight.number = ++m_sent;
        m_flights.append(flight);
        batches.append(batch);
    }
    // Their device reports numbered in the order they were made, each newer than the one before
    // (the server keeps the newest, whatever order it commits them in), with their freeze.
    if (!batches.isEmpty()) {
        const qint64 first = m_outbox.reserveReportSequences(int(batches.size()));
        if (first < 0) {
            m_flights.resize(sending);  // rolled back with the group
            localWriteFailed(tr("Could not write to the local database before sending."));
            return;
        }
        for (qsizetype i = 0; first > 0 && i < batches.size(); ++i)
            m_flights[sending + i].reportSequence = first + i;
    }
    // Frozen durably before a byte of these batches leaves (DESIGN.md §4.3).
    if (grouped && !m_outbox.commitWriteGroup()) {
        m_flights.resize(sending);
        localWriteFailed(tr("Could not record the server's acknowledgements locally."));
        return;
    }
    for (qsizetype i = 0; i < batches.size(); ++i)
        send(batches.at(i), m_flights[sending + i]);
    // Only now, after the commit: whoever listens may read or write the store.
    if (acknowledged)
        emitProgress();
    if (!m_running || !m_flights.isEmpty())
        return;
    if (m_failure)
        handleFailure(*std::exchange(m_failure, std::nullopt));
    else
        finish(FailureKind::None, {});
}

void SyncClient::send(const UploadBatch &batch, Flight &flight)
{
    QNetworkRequest request = apiRequest(m_config.server, m_config.resource, m_config.token, m_config.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (flight.reportSequence > 0)
        request.setRawHeader(ReportSequenceHeader, QByteArray::number(flight.reportSequence));
    m_summary.sent += int(flight.ids.size());
    QNetworkReply *reply = m_network->post(request, encode(batch));
    flight.reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onReply(reply); });
}

void SyncClient::noteFailure(Failure failure)
{
    if (!m_failure || failure.flight.number < m_failure->flight.number)
        m_failure = std::move(failure);
}

void SyncClient::onReply(QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = std::find_if(m_flights.begin(), m_flights.end(), [&](const Flight &f) { return f.reply == reply; });
    if (it == m_flights.end() || !m_running)
        return;
    Flight flight = *it;
    m_flights.erase(it);
    schedulePump();

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
        noteFailure({flight, status, kind, detail, body, reply->hasRawHeader("API-Version")});
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        // A 2xx head with a cut-off body (the connection dropped mid-answer): not an answer.
        noteFailure({flight, 0, FailureKind::Transient, reply->errorString(), {}, false});
        return;
    }
    QString error;
    const auto result = decodeResult(body, &error);
    if (!result) {
        noteFailure({flight, 0, FailureKind::Transient, error, {}, false});
        return;
    }
    // Before this batch's acknowledgements: those count under the server's present epoch. A
    // changed epoch voids the acknowledgements of earlier answers not applied yet, too.
    if (m_outbox.noteServerEpoch(m_config.server.adjusted(QUrl::StripTrailingSlash).toString(), QString::fromLatin1(reply->rawHeader(ServerEpochHeader)))) {
        qCWarning(lcSync) << "the server was restored from a backup: sending again what it acknowledged before";
        m_answered.clear();
    }
    qsizetype answered = 0;
    for (const RecordResult &r : result->results) {
        if (!flight.ids.contains(r.id))
            continue;  // never trust an answer about a record we did not send
        ++answered;
        m_answered.append(r);
        switch (r.status) {
        case RecordStatus::Stored:
        case RecordStatus::Duplicate: ++m_summary.acknowledged; break;
        case RecordStatus::Conflict: ++m_summary.conflicts; break;
        case RecordStatus::Rejected: ++m_summary.rejected; break;
        }
    }
    if (answered == 0) {
        noteFailure({flight, 0, FailureKind::Transient, tr("The server acknowledged none of the records sent."), {}, false});
        return;
    }
    m_batchSize = qMin(configuredBatchSize(), m_batchSize * 2);  // widen again after narrowing
}

void SyncClient::handleFailure(const Failure &f)
{
    m_summary.httpStatus = f.status;
    const int contributions = int(f.flight.contributions.size());
    if (f.status == 400 && quarantineInvalid(f.flight, f.body)) {
        // The rest of the batch was fine: go on without the records set aside.
        emitProgress();
        m_summary.httpStatus = 0;
        pump();
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
    // (at most log2(batch) requests, one batch at a time), so a poison record never
    // quarantines the innocent records batched with it.
    if (f.fromServer && f.status == 413 && f.flight.ids.size() > 1) {
        // Too large as a whole: send it in halves.
        m_batchSize = qMax(1, qMin(m_batchSize, qMax(1, contributions)) / 2);
        qCInfo(lcSync) << "the server found the batch too large; sending" << m_batchSize << "at a time";
        pump();
        return;
    }
    if (f.fromServer && (f.status == 500 || f.status == 503)) {
        if (f.flight.suspect.isEmpty()) {
            m_batchSize = qMax(1, qMin(m_batchSize, qMax(1, contributions)) / 2);
            qCInfo(lcSync) << "narrowing the batch to" << m_batchSize << "to find the record the server fails on (HTTP" << f.status << ")";
            pump();
            return;
        }
        if (f.status != 500) {
            blameIfServerHealthy(f);
            return;
        }
        m_outbox.recordServerFailure({f.flight.suspect}, f.detail);
    }
    finish(f.kind, f.detail);
}

void SyncClient::emitProgress()
{
    emit progress(qMax(0, m_totalAtStart - m_outbox.pendingCount()), m_totalAtStart);
}

bool SyncClient::quarantineInvalid(const Flight &flight, const QByteArray &problemBody)
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
        const QStringList &ids = session ? flight.sessions : flight.contributions;
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
        for (int i = 0; i < flight.contributions.size(); ++i)
            if (flight.contributionSessions.at(i) == r.id && !seen.contains(flight.contributions.at(i))) {
                seen.insert(flight.contributions.at(i));
                setAside.append({QStringLiteral("contribution"), flight.contributions.at(i), RecordStatus::Rejected,
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

void SyncClient::blameIfServerHealthy(const Failure &f)
{
    QUrl health = m_config.server;
    QString path = health.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    health.setPath(path + QStringLiteral("/healthz"));
    QNetworkRequest request(health);
    request.setTransferTimeout(m_config.timeoutMs);
    QNetworkReply *probe = m_network->get(request);
    const int status = f.status;
    const FailureKind kind = f.kind;
    const QString detail = f.detail, suspect = f.flight.suspect, type = f.flight.suspectType;
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
                emitProgress();
                pump();
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
    // Only a local write failure ends a run with batches still in flight: their answers can
    // no longer be recorded (sent again later, what the server stored is `duplicate`).
    for (const Flight &f : std::exchange(m_flights, {}))
        if (f.reply) {
            f.reply->disconnect(this);
            f.reply->abort();
            f.reply->deleteLater();
        }
    m_answered.clear();
    m_failure.reset();
    m_summary.failure = failure;
    m_summary.error = error;
    m_summary.pending = m_outbox.pendingCount();
    m_summary.quarantined = m_outbox.quarantinedCount();
    m_running = false;
    emit finished(m_summary);
}

} // namespace samenspraak::sync
