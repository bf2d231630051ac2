#include "workshopsummary.h"

#include "contentpack.h"
#include "protocol.h"
#include "report.h"
#include "results.h"
#include "resultssummary.h"
#include "roomroutes.h"
#include "serverstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSummary, "samenspraak.summary")

namespace samenspraak {

namespace {

const QString PendingSuffix = QStringLiteral(".pending");
const QString ConflictSuffix = QStringLiteral(".conflict");

int tabletsIn(server::ServerStore &hub)
{
    QSqlQuery q(hub.db());
    return q.exec(QStringLiteral("SELECT count(DISTINCT device_id) FROM sessions")) && q.next() ? q.value(0).toInt() : 0;
}

} // namespace

QString summariesDir(const QString &storePath)
{
    return QFileInfo(storePath).absolutePath() + QStringLiteral("/summaries");
}

SummaryWritten writeWorkshopSummary(server::ServerStore &hub, const ContentPack &pack, const server::Room &room, const QString &endedAt,
                                    const QString &language, const QString &dir)
{
    SummaryWritten out;
    if (!QDir().mkpath(dir)) {
        out.error = QStringLiteral("cannot create %1").arg(dir);
        return out;
    }
    // The same engine, rules and pages as the council report: one round over what the hub holds.
    const results::Round round(hub.ingest().contributions(), hub.ingest().sessions());
    const results::Summary summary = results::summarize(pack, round, {}, language);
    const report::Workshop workshop{room.title, room.kern, room.startedAt, endedAt, tabletsIn(hub), int(hub.ingest().contributionCount())};
    out.path = dir + QLatin1Char('/') + room.id + QStringLiteral(".pdf");
    // Written aside and renamed: a summary that is there is whole.
    const QString partial = out.path + QStringLiteral(".part");
    if (QString e = report::writePdf(report::buildWorkshop(pack, summary, workshop), partial); !e.isEmpty()) {
        out.error = e;
        return out;
    }
    QFile::remove(out.path);
    if (!QFile::rename(partial, out.path)) {
        out.error = QStringLiteral("cannot move %1 to %2").arg(partial, out.path);
        return out;
    }
    QFile marker(dir + QLatin1Char('/') + room.id + PendingSuffix);
    if (!marker.open(QIODevice::WriteOnly))
        out.error = QStringLiteral("wrote %1, but cannot mark it for sending: %2").arg(out.path, marker.errorString());
    return out;
}

QStringList pendingSummaries(const QString &dir)
{
    QStringList rooms;
    const QFileInfoList markers = QDir(dir).entryInfoList({QStringLiteral("*") + PendingSuffix}, QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &marker : markers)
        if (QFileInfo::exists(dir + QLatin1Char('/') + marker.completeBaseName() + QStringLiteral(".pdf")))
            rooms.append(marker.completeBaseName());
    return rooms;
}

SummarySender::SummarySender(const QString &dir, const sync::SyncConfig &server, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_dir(dir), m_server(server), m_network(network)
{
}

void SummarySender::start()
{
    if (isRunning())
        return;
    m_queue = pendingSummaries(m_dir);
    m_outcome = {};
    sendNext();
}

void SummarySender::sendNext()
{
    if (m_queue.isEmpty()) {
        emit finished(m_outcome);
        return;
    }
    m_current = m_queue.takeFirst();
    QFile file(m_dir + QLatin1Char('/') + m_current + QStringLiteral(".pdf"));
    if (!file.open(QIODevice::ReadOnly)) {
        m_outcome.error = QStringLiteral("cannot read %1: %2").arg(file.fileName(), file.errorString());
        m_outcome.failure = sync::FailureKind::Refused;
        m_outcome.pending = int(m_queue.size()) + 1;
        emit finished(m_outcome);
        return;
    }
    QNetworkRequest request = sync::apiRequest(m_server.server, QStringLiteral("/rooms/%1/summary").arg(m_current), m_server.token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/pdf"));
    m_reply = m_network->put(request, file.readAll());
    connect(m_reply, &QNetworkReply::finished, this, &SummarySender::onReply);
}

void SummarySender::onReply()
{
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_reply.clear();
    if (status == 200 || status == 201) {
        QFile::remove(m_dir + QLatin1Char('/') + m_current + PendingSuffix);
        ++m_outcome.sent;
        qCInfo(lcSummary) << "the municipal server has the summary of room" << m_current << "(HTTP" << status << ")";
        sendNext();
        return;
    }
    if (status == 409) {
        // The server holds another summary of this room (a room is summarised once): sending
        // this one again cannot change that, so it is settled as a conflict, kept here with its
        // mark for staff to compare, and the next summary goes on.
        const QString base = m_dir + QLatin1Char('/') + m_current;
        QFile::remove(base + ConflictSuffix);
        if (!QFile::rename(base + PendingSuffix, base + ConflictSuffix))
            QFile::remove(base + PendingSuffix);
        ++m_outcome.conflicts;
        qCWarning(lcSummary).noquote() << "the municipal server holds a different summary of room" << m_current
                                       << "(HTTP 409:" << protocol::problemDetail(reply->readAll())
                                       << "); this one is not sent again, it stays in" << base + QStringLiteral(".pdf")
                                       << "marked" << ConflictSuffix;
        sendNext();
        return;
    }
    m_outcome.failure = sync::classifyHttpStatus(status);
    m_outcome.error = status == 0 ? reply->errorString()
                                  : QStringLiteral("HTTP %1: %2").arg(status).arg(protocol::problemDetail(reply->readAll()));
    m_outcome.pending = int(m_queue.size()) + 1;
    qCWarning(lcSummary) << "the summary of room" << m_current << "was not taken:" << m_outcome.error;
    emit finished(m_outcome);
}

SummarySender::Outcome sendSummariesAndWait(const QString &dir, const sync::SyncConfig &server)
{
    QNetworkAccessManager network;
    SummarySender sender(dir, server, &network);
    SummarySender::Outcome outcome;
    QEventLoop loop;
    QObject::connect(&sender, &SummarySender::finished, &loop, [&](const SummarySender::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    QMetaObject::invokeMethod(&sender, &SummarySender::start, Qt::QueuedConnection);
    loop.exec();
    return outcome;
}

} // namespace samenspraak
