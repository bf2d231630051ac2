#include "syncservice.h"

#include "appcontext.h"
#include "endedrooms.h"
#include "pinning.h"
#include "reachability.h"
#include "roomclient.h"
#include "roomoutbox.h"
#include "workshopsummary.h"

#include <QFileInfo>
#include <QLoggingCategory>

namespace samenspraak {

namespace {
constexpr int RegularIntervalMs = 5 * 60 * 1000;  // also sync when nobody is taking part
}

SyncService::SyncService(AppContext &context, platform::Reachability *reachability, QObject *parent)
    : QObject(parent), m_context(context), m_updater(context, &m_network)
{
    connect(&m_updater, &ContentUpdater::finished, this, &SyncService::onContentChecked);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::start);
    setReachability(reachability);
    schedule(3000);
}

void SyncService::setReachability(platform::Reachability *reachability)
{
    if (m_reachability)
        disconnect(m_reachability, nullptr, this, nullptr);
    m_reachability = reachability;
    if (m_reachability)
        connect(m_reachability, &platform::Reachability::onlineChanged, this, [this](bool online) {
            if (online) {
                m_backoff.reset();
                schedule(1000);
            }
        });
}

int SyncService::pending() const { return m_context.store().pendingCount(); }
int SyncService::quarantined() const { return m_context.store().quarantinedCount(); }
QString SyncService::lastSync() const { return m_context.store().lastSyncAt(); }

QString SyncService::onDevice() const
{
    const Store::Retained kept = m_context.store().retained();
    //: Facilitator menu, "Nog op dit apparaat": answers with free text or a profile still readable on this tablet
    QString text = tr("%n with free text or a profile", "", kept.personal);
    if (kept.purged > 0)
        //: Facilitator menu, "Nog op dit apparaat": answers whose free text or profile was removed after the server got them
        text += QStringLiteral("; ") + tr("%n removed after sending", "", kept.purged);
    if (kept.notResent > 0)
        //: Facilitator menu: answers already removed here, so not sent again after the server was restored from a backup
        text += QStringLiteral("; ") + tr("%n not sent again after the server was restored", "", kept.notResent);
    return text;
}

void SyncService::syncNow()
{
    m_backoff.reset();
    schedule(0);
}

void SyncService::schedule(int delayMs)
{
    if (!running())
        m_timer.start(delayMs);
}

SyncService::~SyncService() = default;

void SyncService::start()
{
    const RoomMembership room = roomMembership(m_context.store());
    m_roomFailed = false;
    if (!room.valid()) {
        startServer();
        return;
    }
    if (!m_roomOutbox || m_roomNetwork->property("room").toString() != room.roomId) {
        m_roomNetwork = std::make_unique<QNetworkAccessManager>();
        m_roomNetwork->setProperty("room", room.roomId);
        new sync::CertificatePin(m_roomNetwork.get(), room.fingerprint);
        m_roomOutbox = std::make_unique<RoomOutbox>(m_context.store(), room.roomId);
    }
    if (m_roomOutbox->pendingCount() == 0) {
        startServer();
        return;
    }
    sync::SyncConfig config = m_context.syncConfig(room.hub);
    config.token = room.token;
    config.timeoutMs = 15'000;
    m_roomClient = std::make_unique<sync::SyncClient>(*m_roomOutbox, config, m_roomNetwork.get());
    connect(m_roomClient.get(), &sync::SyncClient::finished, this, &SyncService::onRoomFinished);
    //: Facilitator menu, connection line: the tablet sends its answers to the facilitator's tablet (the room hub)
    m_status = tr("Sending to the room's hub...");
    emit stateChanged();
    m_roomClient->start();
}

void SyncService::onRoomFinished(const sync::SyncSummary &summary)
{
    m_roomClient.release()->deleteLater();  // we are inside its signal
    if (summary.failure != sync::FailureKind::None) {
        m_roomFailed = true;
        qCWarning(lcSync) << "sending to the room hub failed:" << summary.error;
    }
    startServer();
}

void SyncService::startServer()
{
    Store &store = m_context.store();
    const QUrl server(store.setting(QStringLiteral("server_url")));
    if (!server.isValid() || server.isEmpty()) {
        if (m_roomFailed) {
            //: Facilitator menu, connection line: the facilitator's tablet (room hub) cannot be reached
            retryLater(tr("Room hub not reachable"));
        } else if (m_roomOutbox) {
            //: Facilitator menu, connection line: every answer reached the facilitator's tablet (the room hub)
            m_status = tr("Everything is sent to the room's hub");
        } else {
            m_status = tr("No server set: answers stay on this device");
        }
        emit stateChanged();
        return;
    }
    if (m_reachability && !m_reachability->isOnline()) {
        m_status = tr("No network: answers stay on this device");
        emit stateChanged();
        return;  // onlineChanged schedules the next try
    }
    if (store.pendingCount() == 0) {
        m_uploadStatus = tr("Everything is sent");
        checkContent();
        return;
    }
    const sync::SyncConfig config = m_context.syncConfig(server);
    m_client = std::make_unique<sync::SyncClient>(store, config, &m_network);
    connect(m_client.get(), &sync::SyncClient::finished, this, &SyncService::onFinished);
    connect(m_client.get(), &sync::SyncClient::progress, this, [this](int done, int total) {
        m_progress = total > 0 ? double(done) / total : 1.0;
        emit progressChanged();
    });
    m_progress = 0;
    m_status = tr("Sending...");
    emit stateChanged();
    m_client->start();
}

void SyncService::onFinished(const sync::SyncSummary &summary)
{
    m_client.release()->deleteLater();  // we are inside its signal
    switch (summary.failure) {
    case sync::FailureKind::None:
        m_context.purgeExpired();
        m_uploadStatus = summary.quarantined > 0 ? tr("Sent; %n answer(s) kept aside for staff", "", summary.quarantined)
                                                 : tr("Everything is sent");
        checkContent();
        return;
    case sync::FailureKind::Transient:
        retryLater(tr("Server not reachable"));
        break;
    case sync::FailureKind::Unauthorized:
        m_status = sync::unauthorizedMessage(summary.httpStatus);
        break;  // retrying will not help; staff act, then "sync now"
    case sync::FailureKind::Refused:
        m_status = tr("The server refused the upload: %1").arg(summary.error);
        break;
    case sync::FailureKind::StorageFull:
        // Not the server's fault and not fixed by retrying soon: try again rarely, and at once
        // on "sync now" once staff have made room.
        m_status = sync::storageFullMessage();
        m_timer.start(RegularIntervalMs);
        break;
    }
    emit stateChanged();
}

void SyncService::retryLater(const QString &why)
{
    const int delay = m_backoff.nextDelayMs();
    m_status = tr("%1, trying again in %2 s").arg(why).arg(delay / 1000);
    m_timer.start(delay);
}

void SyncService::sendSummaries()
{
    const QString dir = summariesDir(m_context.store().path());
    if ((m_summaries && m_summaries->isRunning()) || pendingSummaries(dir).isEmpty())
        return;
    const QUrl server(m_context.store().setting(QStringLiteral("server_url")));
    m_summaries = std::make_unique<SummarySender>(dir, m_context.syncConfig(server), &m_network);
    // What did not go stays pending for the next sync; SummarySender logs why.
    m_summaries->start();
}

void SyncService::forwardEndedRooms()
{
    Store &store = m_context.store();
    const QUrl server(store.setting(QStringLiteral("server_url")));
    const QString dataDir = QFileInfo(store.path()).absolutePath();
    if ((m_ended && m_ended->isRunning()) || !server.isValid() || server.isEmpty() || store.deviceToken().isEmpty()
        || endedRoomsToForward(dataDir).isEmpty())
        return;
    m_ended = std::make_unique<EndedRoomsForwarder>(dataDir, m_context.syncConfig(server), &m_network);
    // What did not go stays in the ended room for the next sync.
    connect(m_ended.get(), &EndedRoomsForwarder::finished, this, [](const EndedRoomsForwarder::Outcome &o) {
        qCInfo(lcSync) << "ended rooms:" << o.rooms << "forwarded" << o.acknowledged << "records," << o.pending << "pending,"
                       << o.decisions << "moderation decisions," << o.decisionsPending << "pending" << o.error;
    });
    m_ended->start();
}

void SyncService::checkContent()
{
    sendSummaries();
    forwardEndedRooms();
    Store &store = m_context.store();
    m_updater.start(QUrl(store.setting(QStringLiteral("server_url"))), store.deviceToken());
}

void SyncService::onContentChecked(const ContentCheck &check)
{
    switch (check.failure) {
    case sync::FailureKind::None:
        m_backoff.reset();
        m_status = m_uploadStatus;
        // Only news is worth a word in the menu: a new pack, or one waiting for this participant.
        if (check.outcome == ContentCheck::Installed || check.deferred)
            m_status += QStringLiteral("; ") + describe(check);
        m_timer.start(RegularIntervalMs);
        break;
    case sync::FailureKind::Transient:
        retryLater(tr("Server not reachable for new content"));
        break;
    case sync::FailureKind::Unauthorized:
        m_status = sync::unauthorizedMessage(check.httpStatus);
        break;
    case sync::FailureKind::Refused:
        m_status = m_uploadStatus + QStringLiteral("; ") + describe(check);
        m_timer.start(RegularIntervalMs);
        break;
    case sync::FailureKind::StorageFull:
        m_status = sync::storageFullMessage();
        m_timer.start(RegularIntervalMs);
        break;
    }
    // The server was restored from a backup: what it acknowledged before goes out again now.
    if (check.serverRestored) {
        m_status = tr("The server was restored from a backup; sending the answers again");
        m_timer.start(1000);
    }
    emit stateChanged();
}

} // namespace samenspraak
