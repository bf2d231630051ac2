#include "endedrooms.h"

#include "forwardoutbox.h"
#include "moderationlog.h"
#include "serverstore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcEnded, "samenspraak.hub.ended")

namespace samenspraak {

namespace {

const QString ForwardedFile = QStringLiteral("forwarded");

protocol::RelayInfo relayOf(const QString &roomDir)
{
    QFile file(roomDir + QStringLiteral("/room.json"));
    const QJsonObject o = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    return protocol::RelayInfo{o.value(QLatin1String("id")).toString(), o.value(QLatin1String("title")).toString(),
                               o.value(QLatin1String("kern")).toString(), {}};
}

void markForwarded(const QString &roomDir)
{
    QFile file(roomDir + QLatin1Char('/') + ForwardedFile);
    if (!file.open(QIODevice::WriteOnly) || file.write("all records acknowledged by the municipal server\n") < 0)
        qCWarning(lcEnded).noquote() << "cannot mark" << roomDir << "as forwarded:" << file.errorString();
}

} // namespace

QStringList endedRoomsToForward(const QString &dataDir)
{
    QStringList out;
    const QDir ended(dataDir + QStringLiteral("/rooms-ended"));
    // The names are UTC timestamps (yyyyMMdd-HHmmss-zzz): by name is oldest first.
    for (const QString &name : ended.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString dir = ended.filePath(name);
        if (QFileInfo::exists(dir + QStringLiteral("/hub.db")) && QFileInfo::exists(dir + QStringLiteral("/room.json"))
            && !QFileInfo::exists(dir + QLatin1Char('/') + ForwardedFile))
            out << dir;
    }
    return out;
}

EndedRoomsForwarder::EndedRoomsForwarder(const QString &dataDir, sync::SyncConfig server, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_dataDir(dataDir), m_server(std::move(server)), m_network(network)
{
    m_server.resource = QStringLiteral("/relays");
}

EndedRoomsForwarder::~EndedRoomsForwarder()
{
    closeRoom();
}

void EndedRoomsForwarder::start()
{
    if (m_running)
        return;
    m_running = true;
    m_outcome = {};
    m_todo = endedRoomsToForward(m_dataDir);
    next();
}

void EndedRoomsForwarder::closeRoom()
{
    m_client.reset();     // an unanswered batch is sent again next time
    m_decisions.reset();  // likewise an unanswered request of decisions
    m_outbox.reset();
    m_store.reset();
    m_current.clear();
}

void EndedRoomsForwarder::next()
{
    closeRoom();
    while (!m_todo.isEmpty()) {
        const QString dir = m_todo.takeFirst();
        const protocol::RelayInfo room = relayOf(dir);
        if (!protocol::isUuid(room.roomId)) {
            qCWarning(lcEnded).noquote() << dir << "names no room (room.json damaged): its records are not forwarded";
            continue;
        }
        server::ServerStore::Opened opened = server::ServerStore::open(dir + QStringLiteral("/hub.db"));
        if (!opened.store) {
            qCWarning(lcEnded).noquote() << "cannot open the ended room" << dir << ":" << opened.error;
            continue;
        }
        m_store = std::move(opened.store);
        // The same ledger key as the running hub's (roomhub.cpp): what it forwarded counts.
        m_outbox = std::make_unique<server::ForwardOutbox>(*m_store, server::ledgerTarget(m_server.server), room);
        m_decisions = std::make_unique<ModerationSender>(*m_store, m_network, m_server);
        const int records = m_outbox->pendingCount();
        if (records == 0 && m_decisions->pendingCount() == 0) {
            markForwarded(dir);
            closeRoom();
            continue;
        }
        m_current = dir;
        ++m_outcome.rooms;
        connect(m_decisions.get(), &ModerationSender::finished, this, &EndedRoomsForwarder::onDecisionsSent);
        if (records == 0) {
            // The contributions went (the running hub forwarded them); the decisions did not.
            m_decisions->start();
            return;
        }
        m_client = std::make_unique<sync::SyncClient>(*m_outbox, m_server, m_network);
        connect(m_client.get(), &sync::SyncClient::finished, this, &EndedRoomsForwarder::onRoomForwarded);
        m_client->start();
        return;
    }
    m_running = false;
    emit finished(m_outcome);
}

void EndedRoomsForwarder::onRoomForwarded(const sync::SyncSummary &summary)
{
    m_outcome.acknowledged += summary.acknowledged;
    m_outcome.pending += summary.pending;
    qCInfo(lcEnded).noquote() << "ended room" << m_current << ": forwarded" << summary.acknowledged << "," << summary.pending << "pending";
    if (summary.failure != sync::FailureKind::None) {
        stopHere(summary.failure, summary.error);
        return;
    }
    // Then the facilitator's decisions, about what the server holds now.
    m_decisions->start();
}

void EndedRoomsForwarder::onDecisionsSent(const ModerationSender::Outcome &outcome)
{
    m_outcome.decisions += outcome.acknowledged;
    qCInfo(lcEnded).noquote() << "ended room" << m_current << ": sent" << outcome.acknowledged << "moderation decisions";
    if (outcome.failure != sync::FailureKind::None) {
        stopHere(outcome.failure, outcome.error);
        return;
    }
    // What is left waits on contributions the server has not acknowledged yet.
    const int decisionsLeft = qMax(0, m_decisions->pendingCount());
    m_outcome.decisionsPending += decisionsLeft;
    if (m_outbox->pendingCount() == 0 && decisionsLeft == 0)
        markForwarded(m_current);
    // Not from inside the sender's own signal: next() deletes it.
    QMetaObject::invokeMethod(this, &EndedRoomsForwarder::next, Qt::QueuedConnection);
}

void EndedRoomsForwarder::stopHere(sync::FailureKind failure, const QString &error)
{
    // The server cannot take it now (or refuses the hub): the rest waits too.
    m_outcome.failure = failure;
    m_outcome.error = error;
    m_outcome.decisionsPending += qMax(0, m_decisions->pendingCount());
    for (const QString &dir : std::as_const(m_todo)) {
        server::ServerStore::Opened opened = server::ServerStore::open(dir + QStringLiteral("/hub.db"));
        if (!opened.store)
            continue;
        m_outcome.pending += server::ForwardOutbox(*opened.store, server::ledgerTarget(m_server.server), relayOf(dir)).pendingCount();
        m_outcome.decisionsPending += qMax(0, opened.store->moderation().unsentCount(server::ledgerTarget(m_server.server)));
    }
    m_todo.clear();
    // Not from inside the client's or the sender's own signal: next() deletes them.
    QMetaObject::invokeMethod(this, &EndedRoomsForwarder::next, Qt::QueuedConnection);
}

EndedRoomsForwarder::Outcome forwardEndedRoomsAndWait(const QString &dataDir, const sync::SyncConfig &server)
{
    QNetworkAccessManager network;
    EndedRoomsForwarder forwarder(dataDir, server, &network);
    EndedRoomsForwarder::Outcome outcome;
    QEventLoop loop;
    QObject::connect(&forwarder, &EndedRoomsForwarder::finished, &loop, [&](const EndedRoomsForwarder::Outcome &o) {
        outcome = o;
        loop.quit();
    });
    QMetaObject::invokeMethod(&forwarder, &EndedRoomsForwarder::start, Qt::QueuedConnection);
    loop.exec();
    return outcome;
}

} // namespace samenspraak
