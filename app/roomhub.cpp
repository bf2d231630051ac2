#include "roomhub.h"

#include "appcontext.h"
#include "contentpack.h"
#include "endedrooms.h"
#include "forwardoutbox.h"
#include "pinning.h"
#include "roomclient.h"
#include "roomdiscovery.h"
#include "roomoutbox.h"
#include "selfsignedcert.h"
#include "syncservice.h"
#include "workshopsummary.h"
#include "serverstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslCertificate>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcHub, "samenspraak.hub")

namespace samenspraak {

namespace {

const QString RoomFile = QStringLiteral("room.json");
const QString CertificateFile = QStringLiteral("hub-certificate.pem");
const QString KeyFile = QStringLiteral("hub-key.pem");
const QString DatabaseFile = QStringLiteral("hub.db");
const QString HubTokenFile = QStringLiteral("hub-token");
const QString StateFile = QStringLiteral("state.json");

QString newRoomCode()
{
    return QString::number(QRandomGenerator::system()->bounded(1'000'000)).rightJustified(protocol::RoomCodeLength, QLatin1Char('0'));
}

// Written whole or not at all; `privateFile`: readable by its owner only (the key).
QString writeFile(const QString &path, const QByteArray &bytes, bool privateFile)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    if (privateFile)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(bytes);
    if (!file.commit())
        return QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

// Ending a room keeps everything it received: the folder moves aside, whole.
QString moveRoomAside(const QString &dir)
{
    const QString ended = QFileInfo(dir).absolutePath() + QStringLiteral("/rooms-ended");
    QDir().mkpath(ended);
    const QString target = ended + QLatin1Char('/') + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    if (!QDir().rename(dir, target))
        return QStringLiteral("cannot move the room %1 aside to %2").arg(dir, target);
    return {};
}

} // namespace

QString RoomHub::advertisedHost(const QHostAddress &listened)
{
    if (listened != QHostAddress::Any && listened != QHostAddress::AnyIPv4 && listened != QHostAddress::AnyIPv6)
        return listened.toString();
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
            return a.toString();
    return QStringLiteral("127.0.0.1");
}

RoomHub::RoomHub(AppContext &device, QObject *parent) : QObject(parent), m_device(device)
{
    m_forwardTimer.setSingleShot(true);
    connect(&m_forwardTimer, &QTimer::timeout, this, &RoomHub::forward);
    m_storedTimer.setSingleShot(true);
    connect(&m_storedTimer, &QTimer::timeout, this, &RoomHub::contentsStored);
}

RoomHub::~RoomHub()
{
    stop();
}

QString RoomHub::roomDir() const
{
    return QFileInfo(m_device.store().path()).absolutePath() + QStringLiteral("/room");
}

QString RoomHub::loadOrCreateRoom(const Options &options, bool *resumed)
{
    const QString dir = roomDir();
    const QString path = dir + QLatin1Char('/') + RoomFile;
    if (options.newRoom && QFileInfo::exists(path))
        if (QString e = moveRoomAside(dir); !e.isEmpty())
            return e;
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot create the room folder %1").arg(dir);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        auto text = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
        QStringList activities;
        for (const QJsonValue &a : o.value(QLatin1String("activities")).toArray())
            activities << a.toString();
        m_room = {text("id"), text("code"), text("title"), text("kern"), text("phase"), text("contentVersion"), text("startedAt"),
                  activities, text("place"), text("date")};
        if (!protocol::isUuid(m_room.id) || protocol::normalizeRoomCode(m_room.code).isEmpty())
            return QStringLiteral("%1 is damaged (no room id or code); start a new room with --new-room (the old one is kept)").arg(path);
        *resumed = true;
        return {};
    }
    m_room = {protocol::newId(), newRoomCode(), options.settings.title, options.settings.kern, options.settings.phase,
              m_device.pack().version, protocol::nowIso(), options.settings.activities, options.settings.place, options.settings.date};
    const QJsonObject o{{QStringLiteral("id"), m_room.id},       {QStringLiteral("code"), m_room.code},
                        {QStringLiteral("title"), m_room.title}, {QStringLiteral("kern"), m_room.kern},
                        {QStringLiteral("phase"), m_room.phase}, {QStringLiteral("contentVersion"), m_room.contentVersion},
                        {QStringLiteral("startedAt"), m_room.startedAt},
                        {QStringLiteral("activities"), QJsonArray::fromStringList(m_room.activities)},
                        {QStringLiteral("place"), m_room.place}, {QStringLiteral("date"), m_room.date}};
    *resumed = false;
    return writeFile(path, QJsonDocument(o).toJson(), true);
}

QString RoomHub::loadOrCreateCertificate()
{
    const QString certificatePath = roomDir() + QLatin1Char('/') + CertificateFile;
    const QString keyPath = roomDir() + QLatin1Char('/') + KeyFile;
    if (!QFileInfo::exists(certificatePath) || !QFileInfo::exists(keyPath)) {
        const server::SelfSignedCertificate made = server::makeSelfSignedCertificate(QStringLiteral("Samenspraak room hub"), 365);
        if (!made.ok())
            return made.error;
        // The key first: a certificate without its key would be useless on a restart.
        if (QString e = writeFile(keyPath, made.keyPem, true); !e.isEmpty())
            return e;
        if (QString e = writeFile(certificatePath, made.certificatePem, false); !e.isEmpty())
            return e;
    }
    QFile file(certificatePath);
    const QList<QSslCertificate> chain = file.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(file.readAll()) : QList<QSslCertificate>{};
    if (chain.isEmpty())
        return QStringLiteral("%1 holds no certificate").arg(certificatePath);
    m_fingerprint = sync::certificateFingerprint(chain.first());
    return {};
}

QString RoomHub::hubTokenFile() const
{
    return roomDir() + QLatin1Char('/') + HubTokenFile;
}

QString RoomHub::loadOrCreateHubToken()
{
    QFile file(hubTokenFile());
    if (file.open(QIODevice::ReadOnly)) {
        m_hubToken = QString::fromLatin1(file.readAll().trimmed());
        if (m_hubToken.size() >= 32)
            return {};
        return QStringLiteral("%1 holds no token; start a new room (the old one is kept)").arg(hubTokenFile());
    }
    m_hubToken = server::newToken();
    return writeFile(hubTokenFile(), m_hubToken.toLatin1() + '\n', true);
}

qint64 RoomHub::participants()
{
    server::ServerStore *store = m_host.store();
    return store ? qint64(store->ingest().sessions().size()) : -1;
}

RoomHub::Started RoomHub::start(const Options &options)
{
    Started out;
    if (m_host.isRunning()) {
        out.error = QStringLiteral("the room hub is already running");
        return out;
    }
    // One hub per data dir: a second one (or `samenspraak hub --end` while one runs) would share
    // its database and port. A lock left by a crashed hub is stale and taken over.
    m_lock = std::make_unique<QLockFile>(QFileInfo(m_device.store().path()).absolutePath() + QStringLiteral("/hub.lock"));
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        out.error = QStringLiteral("a room hub runs on this data dir already (process %1); stop it first").arg(pid);
        m_lock.reset();
        return out;
    }
    if (options.resumeOnly && !QFileInfo::exists(roomDir() + QLatin1Char('/') + RoomFile)) {
        out.error = QStringLiteral("there is no room in %1 to end").arg(roomDir());
        m_lock.reset();
        return out;
    }
    if (out.error = loadOrCreateRoom(options, &out.resumed); !out.error.isEmpty())
        return out;
    if (out.error = loadOrCreateCertificate(); !out.error.isEmpty())
        return out;
    if (out.error = loadOrCreateHubToken(); !out.error.isEmpty())
        return out;
    if (!m_routes) {
        m_routes = std::make_unique<server::RoomRoutes>(m_room, options.joinFailuresPerMinute);
        m_host.addRoutes(*m_routes);
        // The activities travel with the room; a room of the whole pack goes through all of them.
        QStringList activities = m_room.activities;
        if (activities.isEmpty())
            for (const Activity *a : m_device.pack().flow())
                if (!Kind::isSessionLevel(a->kind))
                    activities << a->id;
        m_control = std::make_unique<server::RoomControl>(m_hubToken, roomDir() + QLatin1Char('/') + StateFile, m_room.contentVersion, activities);
        if (QString e; !m_control->load(&e)) {
            out.error = e;
            return out;
        }
        m_host.addRoutes(*m_control);
    }
    server::HostOptions host;
    host.database = roomDir() + QLatin1Char('/') + DatabaseFile;
    host.address = options.address;
    host.port = options.port;
    host.tlsCertificate = roomDir() + QLatin1Char('/') + CertificateFile;
    host.tlsKey = roomDir() + QLatin1Char('/') + KeyFile;
    host.api.afterIngest = [this] {
        m_round.reset();
        scheduleForward(200);
        if (!m_storedTimer.isActive())
            m_storedTimer.start(0);
    };
    host.api.acceptRelays = false;
    // Not for anyone on the room's network: the hub's token or a member's room token.
    host.api.guardOperations = [this](const QHttpServerRequest &request) -> std::optional<QHttpServerResponse> {
        QString deviceId;
        if (m_control->isHubRequest(request))
            return std::nullopt;
        return m_host.api()->authenticateDevice(request, &deviceId);
    };
    const server::ServerHost::Started started = m_host.start(host);
    if (!started.ok()) {
        out.error = started.error;
        return out;
    }
    if (options.discoveryPort > 0) {
        m_beacon = std::make_unique<RoomBeacon>(FoundRoom{m_room.id, m_room.title, m_room.kern, {}, m_fingerprint}, m_host.port());
        if (QString error; !m_beacon->listen(options.discoveryPort, &error)) {
            qCWarning(lcHub).noquote() << error << "; tablets join by the QR code or the typed address";
            m_beacon.reset();
        }
    }
    // The room's pack, so the hub checks each answer against it as the server would.
    if (const auto published = m_host.store()->content().publish(m_device.pack());
        published == server::ContentRegistry::Publish::Failed || published == server::ContentRegistry::Publish::VersionTaken)
        qCWarning(lcHub) << "the hub cannot check answers against content" << m_device.pack().version;
    if (out.error = joinOwnRoom(options); !out.error.isEmpty()) {
        m_host.stop();
        return out;
    }
    m_moderation = std::make_unique<HubModeration>(*m_host.store(), m_device.pack());
    connect(m_moderation.get(), &HubModeration::changed, this, &RoomHub::contentsChanged);
    connect(m_moderation.get(), &HubModeration::forwarded, this, [this](int, const QString &error) { m_moderationFailed = !error.isEmpty(); });
    m_backoff = sync::Backoff(1000, qMax(1000, options.forwardRetryMaxMs));
    // Forwarding needs the hub tablet enrolled with the municipal server.
    const QUrl server = QUrl(m_device.store().setting(QStringLiteral("server_url")));
    if (server.isValid() && !server.isEmpty() && !m_device.store().deviceToken().isEmpty()) {
        m_forwardConfig = m_device.syncConfig(server);
        m_forwardConfig.resource = QStringLiteral("/relays");
        m_outbox = std::make_unique<server::ForwardOutbox>(*m_host.store(), server::ledgerTarget(server),
                                                           protocol::RelayInfo{m_room.id, m_room.title, m_room.kern, {}});
        m_client = std::make_unique<sync::SyncClient>(*m_outbox, m_forwardConfig, &m_network);
        connect(m_client.get(), &sync::SyncClient::finished, this, &RoomHub::onForwarded);
        m_moderation->setForwarding(&m_network, m_forwardConfig);
        scheduleForward(0);  // what a crash or an offline evening left
        // And what rooms ended here before had not forwarded, then their summaries. In the app,
        // the tablet's SyncService does that (also on every later sync); one forwarder per ended
        // room at a time.
        const QString dataDir = QFileInfo(m_device.store().path()).absolutePath();
        if (SyncService *sync = m_device.sync()) {
            sync->forwardEndedRooms();
        } else if (!endedRoomsToForward(dataDir).isEmpty()) {
            m_ended = std::make_unique<EndedRoomsForwarder>(dataDir, m_device.syncConfig(server), &m_network);
            connect(m_ended.get(), &EndedRoomsForwarder::finished, this, [](const EndedRoomsForwarder::Outcome &o) {
                qCInfo(lcHub) << "ended rooms:" << o.rooms << "forwarded" << o.acknowledged << "records," << o.pending << "pending,"
                              << o.decisions << "moderation decisions," << o.decisionsPending << "pending" << o.error;
            });
            QMetaObject::invokeMethod(m_ended.get(), &EndedRoomsForwarder::start, Qt::QueuedConnection);
        }
        if (!pendingSummaries(summariesDir(m_device.store().path())).isEmpty()) {
            m_summaries = std::make_unique<SummarySender>(summariesDir(m_device.store().path()), m_device.syncConfig(server), &m_network);
            QMetaObject::invokeMethod(m_summaries.get(), &SummarySender::start, Qt::QueuedConnection);
        }
    } else {
        qCInfo(lcHub) << "the hub tablet is not enrolled with the municipal server: it keeps what it receives and does not forward";
    }
    syncOwnSessions();  // what the hub tablet recorded while the hub was down
    m_moderation->flagNew(*round());  // what arrived just before a crash
    emit runningChanged();
    return out;
}

QString RoomHub::joinOwnRoom(const Options &options)
{
    Store &store = m_device.store();
    const server::DeviceRegistry::Enrollment admitted =
        server::RoomRoutes::admit(m_host.store()->devices(), store.deviceId(), QStringLiteral(SAMENSPRAAK_VERSION), QStringLiteral("room hub"));
    if (admitted.result != server::DeviceRegistry::Enrollment::Enrolled)
        return QStringLiteral("the hub could not register its own tablet in the room: %1").arg(admitted.error);
    // Loopback where the hub listens on every address; else the one address it listens on.
    const bool everywhere = options.address == QHostAddress::Any || options.address == QHostAddress::AnyIPv4 || options.address == QHostAddress::AnyIPv6;
    QUrl self;
    self.setScheme(QStringLiteral("https"));
    self.setHost(everywhere ? QStringLiteral("127.0.0.1") : options.address.toString());
    self.setPort(m_host.port());
    // With the room's pack and activities, as a tablet that joins keeps them: the hub tablet's
    // stored membership is the whole room too (RoomController reads it when no hub runs).
    const RoomMembership membership{m_room.id, m_room.title, self, m_fingerprint, admitted.token, m_room.contentVersion, m_room.activities};
    if (const QString e = saveRoomMembership(store, membership); !e.isEmpty())
        return QStringLiteral("cannot save the room on the hub tablet: %1").arg(e);
    m_ownNetwork = std::make_unique<QNetworkAccessManager>();
    new sync::CertificatePin(m_ownNetwork.get(), m_fingerprint);
    m_ownOutbox = std::make_unique<RoomOutbox>(store, m_room.id);
    sync::SyncConfig config = m_device.syncConfig(self);
    config.token = admitted.token;
    m_ownClient = std::make_unique<sync::SyncClient>(*m_ownOutbox, config, m_ownNetwork.get());
    connect(m_ownClient.get(), &sync::SyncClient::finished, this, [](const sync::SyncSummary &summary) {
        if (summary.failure != sync::FailureKind::None)
            qCWarning(lcHub) << "the hub tablet's own sessions did not reach its room:" << summary.error;
    });
    return {};
}

void RoomHub::settle(int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    auto busy = [this] {
        if (m_ownClient && m_ownClient->isRunning())  // it sends until nothing is pending or it fails
            return true;
        if (!m_client || m_forwardFailed)
            return false;
        if (m_client->isRunning() || pendingForward() > 0)
            return true;
        // Then the moderation decisions, which go after their contributions.
        return m_moderation->isForwarding() || (!m_moderationFailed && m_moderation->pendingForward() > 0);
    };
    m_forwardFailed = false;
    m_moderationFailed = false;
    syncOwnSessions();
    scheduleForward(0);
    while (busy() && clock.elapsed() < timeoutMs) {
        QEventLoop wait;
        QTimer::singleShot(50, &wait, &QEventLoop::quit);
        wait.exec();
    }
}

void RoomHub::syncOwnSessions()
{
    if (m_ownClient && !m_ownClient->isRunning() && m_ownOutbox->pendingCount() > 0)
        m_ownClient->start();
}

void RoomHub::stop()
{
    const bool wasRunning = m_host.isRunning();
    m_forwardTimer.stop();
    if (m_control)
        m_control->closeWaits();
    m_storedTimer.stop();
    m_round.reset();
    m_moderation.reset();
    m_beacon.reset();
    m_ownClient.reset();
    m_ownOutbox.reset();
    m_ownNetwork.reset();
    m_ended.reset();
    m_summaries.reset();
    m_client.reset();  // aborts nothing acknowledged: an unanswered batch is sent again next time
    m_outbox.reset();
    m_host.stop();
    m_lock.reset();
    if (wasRunning)
        emit runningChanged();
}

RoomHub::Ended RoomHub::end(const QString &language)
{
    Ended out;
    if (!m_host.isRunning() || !m_host.store()) {
        out.error = QStringLiteral("no room is running on this tablet");
        return out;
    }
    const SummaryWritten written = writeWorkshopSummary(*m_host.store(), m_device.pack(), m_room, protocol::nowIso(), language,
                                                        summariesDir(m_device.store().path()));
    out.summaryPath = written.path;
    if (!written.error.isEmpty()) {
        out.error = written.error;
        return out;
    }
    stop();
    if (QString e = moveRoomAside(roomDir()); !e.isEmpty())
        qCWarning(lcHub).noquote() << e << "; the next start resumes the ended room, start it with --new-room";
    // The tablet's next sessions are its own again: no room, no hub to send to.
    if (QString e; !leaveRoom(m_device.store(), &e))
        qCWarning(lcHub).noquote() << "the hub tablet could not leave the ended room:" << e;
    qCInfo(lcHub) << "room" << m_room.id << "ended; summary in" << out.summaryPath;
    return out;
}

QUrl RoomHub::joinUrl(const QString &host) const
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host);
    url.setPort(port());
    url.setPath(QStringLiteral("/join"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("code"), m_room.code);
    query.addQueryItem(QStringLiteral("fp"), QString::fromLatin1(m_fingerprint));
    url.setQuery(query);
    return url;
}

void RoomHub::contentsStored()
{
    m_round.reset();
    if (m_moderation)
        if (const auto held = round())
            m_moderation->flagNew(*held);
    emit contentsChanged();
}

std::shared_ptr<const results::Round> RoomHub::round()
{
    server::ServerStore *store = m_host.store();
    if (!m_host.isRunning() || !store)
        return {};
    if (!m_round)
        m_round = std::make_shared<const results::Round>(store->ingest().contributions(), store->ingest().sessions());
    return m_round;
}

const ContentPack &RoomHub::pack() const
{
    return m_device.pack();
}

int RoomHub::pendingForward()
{
    return m_outbox ? m_outbox->pendingCount() : -1;
}

int RoomHub::pendingModeration()
{
    return m_outbox && m_moderation ? m_moderation->pendingForward() : -1;
}

void RoomHub::scheduleForward(int delayMs)
{
    if (!m_client || m_client->isRunning())
        return;  // a running forward goes on to what came in meanwhile (SyncClient sends until nothing is pending)
    if (!m_forwardTimer.isActive() || m_forwardTimer.remainingTime() > delayMs)
        m_forwardTimer.start(delayMs);
}

void RoomHub::forward()
{
    if (m_client && !m_client->isRunning())
        m_client->start();
}

void RoomHub::onForwarded(const sync::SyncSummary &summary)
{
    emit forwarded(summary);
    m_forwardFailed = summary.failure != sync::FailureKind::None;
    switch (summary.failure) {
    case sync::FailureKind::None:
        m_backoff.reset();
        qCInfo(lcHub) << "forwarded to" << m_forwardConfig.server << ":" << summary.acknowledged << "acknowledged," << summary.pending << "pending";
        if (summary.pending > 0 && summary.acknowledged > 0)
            scheduleForward(0);
        else if (m_moderation)
            m_moderation->forward();  // the decisions about what the server holds now
        break;
    case sync::FailureKind::Transient:
    case sync::FailureKind::StorageFull: {
        const int delay = m_backoff.nextDelayMs();
        qCInfo(lcHub) << "cannot forward now (" << summary.error << "); trying again in" << delay << "ms";
        m_forwardTimer.start(delay);
        break;
    }
    case sync::FailureKind::Unauthorized:
    case sync::FailureKind::Refused:
        // Retrying will not help; the next upload from a tablet tries again.
        qCWarning(lcHub) << "the municipal server refuses the hub:" << summary.error;
        break;
    }
}

} // namespace samenspraak
