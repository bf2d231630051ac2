#include "endedrooms.h"

#include "forwardoutbox.h"
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
    m_client.reset();  // an unanswered batch is sent again next time
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
        m_outbox = std::make_unique<server::ForwardOutbox>(*m_store, m_server.server.adjusted(QUrl::StripTrailingSlash).toString(), room);
        if (m_outbox->pendingCount() == 0) {
            markForwarded(dir);
            closeRoom();
            continue;
        }
        m_current = dir;
        ++m_outcome.rooms;
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
    if (summary.failure == sync::FailureKind::None && summary.pending == 0)
        markForwarded(m_current);
    if (summary.failure != sync::FailureKind::None) {
        // The server cannot take it now (or refuses the hub): the rest waits too.
        m_outcome.failure = summary.failure;
        m_outcome.error = summary.error;
        for (const QString &dir : std::as_const(m_todo)) {
            server::ServerStore::Opened opened = server::ServerStore::open(dir + QStringLiteral("/hub.db"));
            if (opened.store)
                m_outcome.pending += server::ForwardOutbox(*opened.store, m_server.server.adjusted(QUrl::StripTrailingSlash).toString(), relayOf(dir))
                                         .pendingCount();
        }
        m_todo.clear();
    }
    // Not from inside the client's own signal: next() deletes it.
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
