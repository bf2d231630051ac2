#include "roomcontroller.h"

#include "appcontext.h"
#include "contentpack.h"
#include "flowcontroller.h"
#include "pinning.h"
#include "qrmodel.h"
#include "roomclient.h"
#include "roomdiscovery.h"
#include "serverstore.h"

#include <QDate>
#include <QLoggingCategory>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcRoomUi, "samenspraak.room.ui")

namespace samenspraak {

using Mode = protocol::RoomState::Mode;

namespace {
// This tablet is the hub of the room in DATA_DIR/room: started again with the app (after a
// crash, say), it resumes the room.
const QString HubActiveKey = QStringLiteral("room_hub_active");
// A tablet seen this recently counts as connected, even between two of its long polls.
constexpr int ConnectedSeconds = 60;
} // namespace

RoomController::RoomController(AppContext &context, FlowController &flow, QObject *parent)
    : QObject(parent), m_context(context), m_flow(flow)
{
    connect(&m_follower, &RoomFollower::stateChanged, this, &RoomController::onFollowed);
    connect(&m_follower, &RoomFollower::reachableChanged, this, &RoomController::reachableChanged);
    connect(&context, &AppContext::packChanged, this, &RoomController::choicesChanged);
    connect(&context, &AppContext::languageChanged, this, [this] {
        emit choicesChanged();
        emit stateChanged();
        emit roleChanged();
        emit membersChanged();
        emit reachableChanged();
    });
    // A tablet that was in a room when the app stopped is in it again, and follows it.
    if (roomMembership(context.store()).valid())
        QMetaObject::invokeMethod(this, &RoomController::followJoinedRoom, Qt::QueuedConnection);
    if (context.store().setting(HubActiveKey) == QLatin1String("1"))
        QMetaObject::invokeMethod(this, [this] {
            const RoomSettings none;
            if (!startRoom(none.title, none.kern, none.place, none.date, none.phase, none.activities))
                qCWarning(lcRoomUi).noquote() << "could not resume the room hub:" << m_error;
        }, Qt::QueuedConnection);
}

RoomController::~RoomController() = default;

QString RoomController::role() const
{
    if (m_hub && m_hub->isRunning())
        return QStringLiteral("hub");
    return roomMembership(m_context.store()).valid() ? QStringLiteral("member") : QString();
}

void RoomController::setError(const QString &error, const QByteArray &seenFingerprint)
{
    m_error = error;
    // The fingerprint shown to compare stays until another is seen, the join succeeds or the
    // person starts over (clearError): after trusting it, a wrong code is typed again.
    if (!seenFingerprint.isEmpty())
        m_seenFingerprint = seenFingerprint;
    emit errorChanged();
}

void RoomController::clearError()
{
    m_seenFingerprint.clear();
    setError({});
}

void RoomController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

QVariantList RoomController::activityChoices() const
{
    const QString language = m_context.language();
    QVariantList out;
    for (const Activity *a : m_context.pack().flow()) {
        if (Kind::isSessionLevel(a->kind))
            continue;
        const Phase *phase = m_context.pack().phase(a->phase);
        //: Start a room: the phase an activity belongs to; %1 its number
        const QString phaseName = phase ? tr("Fase %1").arg(phase->number) : QString();
        out << QVariantMap{{QStringLiteral("id"), a->id},
                           {QStringLiteral("title"), a->title.in(language)},
                           {QStringLiteral("phase"), phase ? phase->id : QString()},
                           {QStringLiteral("phaseName"), phaseName}};
    }
    return out;
}

QVariantList RoomController::phaseChoices() const
{
    QVariantList out;
    for (const Phase &p : m_context.pack().phases) {
        if (p.status != QLatin1String("open"))
            continue;
        //: Start a room: a phase to choose; %1 its number, %2 its title
        const QString title = tr("Fase %1: %2").arg(p.number).arg(p.title.in(m_context.language()));
        out << QVariantMap{{QStringLiteral("id"), p.id}, {QStringLiteral("title"), title}};
    }
    return out;
}

QVariantList RoomController::kernChoices() const
{
    QVariantList out;
    for (const Option &k : m_context.pack().kernen)
        out << QVariantMap{{QStringLiteral("id"), k.id}, {QStringLiteral("title"), k.label.in(m_context.language())}};
    return out;
}

QString RoomController::today() const
{
    return QDate::currentDate().toString(Qt::ISODate);
}

QString RoomController::title() const
{
    if (m_hub && m_hub->isRunning())
        return m_hub->room().title;
    return roomMembership(m_context.store()).title;
}

QString RoomController::details() const
{
    if (m_hub && m_hub->isRunning()) {
        const server::Room &r = m_hub->room();
        const Option *kern = m_context.pack().kern(r.kern);
        const Phase *phase = m_context.pack().phase(r.phase);
        QStringList parts{kern ? kern->label.in(m_context.language()) : r.kern, r.place, r.date};
        if (phase)
            //: Room details: the phase; %1 its number
            parts << tr("fase %1").arg(phase->number);
        parts.removeAll(QString());
        return parts.join(QStringLiteral(" · "));
    }
    const RoomMembership m = roomMembership(m_context.store());
    //: Room details on a member tablet: %1 the hub's address
    return m.valid() ? tr("Bij de tablet van de begeleider (%1)").arg(m.hub.authority()) : QString();
}

QString RoomController::code() const
{
    return m_hub && m_hub->isRunning() ? protocol::formatRoomCode(m_hub->room().code) : QString();
}

QString RoomController::joinUrl() const
{
    if (!m_hub || !m_hub->isRunning())
        return {};
    return m_hub->joinUrl(RoomHub::advertisedHost(m_network.address)).toString(QUrl::FullyEncoded);
}

QVariantMap RoomController::qr() const
{
    return qrModel(joinUrl());
}

QString RoomController::fingerprint() const
{
    return m_hub && m_hub->isRunning() ? sync::formatFingerprint(m_hub->fingerprint()) : QString();
}

QString RoomController::seenFingerprint() const
{
    return m_seenFingerprint.isEmpty() ? QString() : sync::formatFingerprint(m_seenFingerprint);
}

QString RoomController::mode() const
{
    const server::RoomControl *control = m_hub && m_hub->isRunning() ? m_hub->control() : nullptr;
    return control ? protocol::modeName(control->state().mode) : QString();
}

QString RoomController::activityTitle(const QString &id) const
{
    const Activity *a = m_context.pack().activity(id);
    return a ? a->title.in(m_context.language()) : id;
}

QString RoomController::stateText() const
{
    const server::RoomControl *control = m_hub && m_hub->isRunning() ? m_hub->control() : nullptr;
    if (!control)
        return {};
    const protocol::RoomState &s = control->state();
    switch (s.mode) {
    case Mode::Free:
        //: Facilitator controls: nobody was sent to an activity yet
        return tr("Iedereen werkt in eigen tempo.");
    case Mode::Activity:
        //: Facilitator controls: the activity all tablets show; %1 its title, %2 its number, %3 how many
        return tr("Nu op alle tablets: %1 (%2 van %3).").arg(activityTitle(s.activityId)).arg(s.activities.indexOf(s.activityId) + 1).arg(s.activities.size());
    case Mode::Pause:
        //: Facilitator controls: the tablets show the pause screen
        return tr("Pauze: de tablets tonen het pauzescherm.");
    case Mode::Results:
        //: Facilitator controls: the tablets show the room's results
        return tr("De tablets tonen de resultaten.");
    }
    return {};
}

bool RoomController::canGoNext() const
{
    const server::RoomControl *control = m_hub && m_hub->isRunning() ? m_hub->control() : nullptr;
    if (!control)
        return false;
    const protocol::RoomState &s = control->state();
    return !s.activities.isEmpty() && (s.mode != Mode::Activity || s.activities.indexOf(s.activityId) < s.activities.size() - 1);
}

int RoomController::participants() const
{
    return m_hub && m_hub->isRunning() ? int(qMax<qint64>(0, m_hub->participants())) : 0;
}

QVariantList RoomController::tablets() const
{
    if (!m_hub || !m_hub->isRunning() || !m_hub->control() || !m_hub->host().store())
        return {};
    QHash<QString, server::RoomControl::Member> seen;
    for (const server::RoomControl::Member &m : m_hub->control()->members())
        seen.insert(m.deviceId, m);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVariantList out;
    const QString self = m_context.store().deviceId();
    for (const server::DeviceInfo &d : m_hub->host().store()->devices().list()) {
        if (d.id == self)
            continue;  // the hub tablet joins its own room for its own sessions: not a tablet to steer
        const auto it = seen.constFind(d.id);
        const bool connected = it != seen.cend() && (it->waiting || it->lastSeen.secsTo(now) < ConnectedSeconds);
        QString when;
        if (connected) {
            //: Facilitator controls: a tablet that hears the next step at once
            when = tr("verbonden");
        } else if (it != seen.cend()) {
            //: Facilitator controls: a tablet not heard from lately; %1 the time it was last seen
            when = tr("laatst gezien om %1").arg(it->lastSeen.toLocalTime().toString(QStringLiteral("HH:mm")));
        } else {
            //: Facilitator controls: a tablet that joined but never asked for the room's state
            when = tr("nog niet gezien");
        }
        out << QVariantMap{{QStringLiteral("name"), d.name}, {QStringLiteral("seen"), when}, {QStringLiteral("connected"), connected}};
    }
    return out;
}

QString RoomController::tabletsText() const
{
    const QVariantList all = tablets();
    const auto connected = std::count_if(all.cbegin(), all.cend(), [](const QVariant &t) { return t.toMap().value(QStringLiteral("connected")).toBool(); });
    //: Facilitator controls: %1 tablets connected now, %2 tablets that joined
    return tr("%1 van %2 tablets verbonden").arg(connected).arg(all.size());
}

QString RoomController::packNotice() const
{
    const RoomMembership m = roomMembership(m_context.store());
    if (!m.valid() || m.contentVersion.isEmpty() || m.contentVersion == m_context.pack().version)
        return {};
    //: Member tablet: the room works with another version of the questions; %1 the room's, %2 this tablet's
    return tr("Let op: de bijeenkomst gebruikt inhoud %1, deze tablet heeft %2. De vragen kunnen verschillen. Werk deze tablet bij als dat kan.")
        .arg(m.contentVersion, m_context.pack().version);
}

QString RoomController::connectionText() const
{
    if (role() != QLatin1String("member"))
        return {};
    if (m_follower.reachable())
        //: Member tablet: the facilitator's tablet answers
        return tr("Verbonden met de tablet van de begeleider.");
    if (m_follower.problem() == QLatin1String("wrongCertificate"))
        //: Member tablet: the hub's certificate changed
        return tr("De tablet van de begeleider herkent zich niet meer (andere vingerafdruk). Deze tablet werkt alleen verder.");
    if (m_follower.problem() == QLatin1String("refused"))
        //: Member tablet: the hub no longer knows this tablet
        return tr("De tablet van de begeleider kent deze tablet niet meer. Doe opnieuw mee met de code.");
    //: Member tablet: the hub cannot be reached; answers are kept here
    return tr("Geen verbinding met de tablet van de begeleider. Deze tablet werkt alleen verder en bewaart alle antwoorden.");
}

QString RoomController::followMode() const
{
    return role() == QLatin1String("member") ? protocol::modeName(m_follower.state().mode) : protocol::modeName(Mode::Free);
}

bool RoomController::startRoom(const QString &title, const QString &kern, const QString &place, const QString &date, const QString &phase,
                               const QStringList &activities)
{
    if (role() == QLatin1String("member")) {
        //: Start a room: this tablet is in someone else's room
        setError(tr("Deze tablet doet al mee met een bijeenkomst. Stop daar eerst mee."));
        return false;
    }
    if (m_hub && m_hub->isRunning())
        return true;
    setBusy(true);
    m_hub = std::make_unique<RoomHub>(m_context);
    RoomHub::Options options;
    options.address = m_network.address;
    options.port = m_network.port;
    options.discoveryPort = m_network.discoveryPort;
    options.settings = {title.trimmed(), kern, phase, activities, place.trimmed(), date.trimmed()};
    RoomHub::Started started = m_hub->start(options);
    if (!started.ok() && m_network.port != 0) {
        // The usual port is taken (another program): any free one; the QR code carries it.
        m_hub = std::make_unique<RoomHub>(m_context);
        options.port = 0;
        started = m_hub->start(options);
    }
    setBusy(false);
    if (!started.ok()) {
        qCWarning(lcRoomUi).noquote() << "the room hub did not start:" << started.error;
        m_hub.reset();
        //: Start a room failed; %1 the technical reason
        setError(tr("De bijeenkomst kon niet starten. %1").arg(started.error));
        emit roleChanged();
        return false;
    }
    if (StoreError e = m_context.store().setSetting(HubActiveKey, QStringLiteral("1")))
        qCWarning(lcRoomUi).noquote() << "the hub will not resume after a restart:" << e.message;
    server::RoomControl *control = m_hub->control();
    connect(control, &server::RoomControl::stateChanged, this, &RoomController::stateChanged);
    connect(control, &server::RoomControl::membersChanged, this, &RoomController::membersChanged);
    // This tablet shows the room's activities too, should the facilitator hand it round.
    applyRoomActivities();
    setError({});
    emit roleChanged();
    emit stateChanged();
    emit membersChanged();
    return true;
}

void RoomController::endRoom()
{
    if (!m_hub)
        return;
    // The summary PDF goes to the municipal server with the next sync (SyncService).
    if (const RoomHub::Ended ended = m_hub->end(m_context.language()); !ended.ok()) {
        qCWarning(lcRoomUi).noquote() << "the room was not ended:" << ended.error;
        //: Facilitator menu: ending the room failed, it keeps running; %1 the technical reason
        setError(tr("De bijeenkomst loopt nog: het verslag kon niet gemaakt worden (%1).").arg(ended.error));
        return;
    }
    m_hub.reset();
    if (StoreError e = m_context.store().setSetting(HubActiveKey, QStringLiteral("0")))
        qCWarning(lcRoomUi).noquote() << "could not note that the room ended:" << e.message;
    applyRoomActivities();
    emit roleChanged();
    emit stateChanged();
    emit membersChanged();
}

void RoomController::command(server::RoomControl::Command command)
{
    if (!m_hub || !m_hub->control())
        return;
    if (const QString e = m_hub->control()->apply(command); !e.isEmpty())
        //: Facilitator controls: the step could not be sent; %1 the technical reason
        setError(tr("Dit lukte niet: %1").arg(e));
}

void RoomController::next() { command(server::RoomControl::Command::Next); }
void RoomController::pause() { command(server::RoomControl::Command::Pause); }
void RoomController::resume() { command(server::RoomControl::Command::Resume); }
void RoomController::showResults() { command(server::RoomControl::Command::Results); }

void RoomController::discover()
{
    setBusy(true);
    m_found.clear();
    for (const FoundRoom &r : discoverRooms(m_network.discoverAt, m_network.discoverOnPort)) {
        const Option *kern = m_context.pack().kern(r.kern);
        m_found << QVariantMap{{QStringLiteral("title"), r.title},
                               {QStringLiteral("details"), QStringList{kern ? kern->label.in(m_context.language()) : r.kern, r.hub.authority()}
                                                               .filter(QRegularExpression(QStringLiteral(".+")))
                                                               .join(QStringLiteral(" · "))},
                               {QStringLiteral("hub"), r.hub.toString()},
                               {QStringLiteral("fingerprint"), sync::formatFingerprint(r.fingerprint)},
                               {QStringLiteral("fingerprintHex"), QString::fromLatin1(r.fingerprint)}};
    }
    m_searched = true;
    setBusy(false);
    emit foundChanged();
}

bool RoomController::join(const QString &address, const QString &code, const QString &fingerprint)
{
    if (m_hub && m_hub->isRunning()) {
        //: Join a room: this tablet is itself the hub
        setError(tr("Deze tablet is zelf de tablet van de begeleider. Stop eerst de bijeenkomst."));
        return false;
    }
    const JoinAddress parsed = parseJoinAddress(address);
    if (!parsed.hub.isValid() || parsed.hub.host().isEmpty() || parsed.hub.port() <= 0) {
        //: Join a room: the typed address is not one
        setError(tr("Dit adres klopt niet. Typ het adres zoals het op het scherm van de begeleider staat, bijvoorbeeld 192.168.43.1:8443."));
        return false;
    }
    const QString roomCode = !parsed.code.isEmpty() ? parsed.code : protocol::normalizeRoomCode(code);
    if (roomCode.isEmpty()) {
        //: Join a room: no code, or not 6 digits
        setError(tr("Typ de code van 6 cijfers. Die staat groot op het scherm van de begeleider."));
        return false;
    }
    QByteArray pin = !parsed.fingerprint.isEmpty() ? parsed.fingerprint : sync::normalizeFingerprint(fingerprint);
    const bool compareFirst = pin.isEmpty();
    if (compareFirst)
        pin = QByteArray(64, '0');  // matches no certificate: nothing is sent, the hub's fingerprint is learnt
    setBusy(true);
    //: The name a member tablet has at the hub; %1 the first characters of its id
    const JoinOutcome outcome = joinRoom(m_context, parsed.hub, roomCode, pin, tr("Tablet %1").arg(m_context.store().deviceId().left(4)));
    setBusy(false);
    qCInfo(lcRoomUi).noquote() << "join" << parsed.hub.toString() << ":" << outcome.message;
    switch (outcome.result) {
    case JoinOutcome::Joined:
        clearError();
        followJoinedRoom();
        emit roleChanged();
        return true;
    case JoinOutcome::WrongCode:
        //: Join a room: the hub refused the code
        setError(tr("Deze code klopt niet. Kijk nog eens naar de code op het scherm van de begeleider."));
        break;
    case JoinOutcome::TooManyAttempts:
        //: Join a room: too many wrong codes were tried
        setError(tr("Er is te vaak een verkeerde code geprobeerd. Wacht een minuut en probeer het dan opnieuw."));
        break;
    case JoinOutcome::WrongCertificate: {
        //: Join a room by a typed address: compare the fingerprint shown below with the hub's screen
        const QString compare = tr("Vergelijk de vingerafdruk hieronder met het scherm van de begeleider. Is hij precies gelijk? Tik dan op ‘Klopt, doe mee’.");
        //: Join a room: the hub's certificate is not the one in the QR code or compared
        const QString wrong = tr("Dit is niet de tablet van de begeleider: de vingerafdruk klopt niet. Er is niets verstuurd. Scan de QR-code op het scherm van de begeleider.");
        // Only a hub nobody vouched for is offered to compare; a QR code's or a compared
        // fingerprint that does not match is not to be overruled with one tap.
        if (compareFirst) {
            setError(compare, outcome.seenFingerprint);
        } else {
            m_seenFingerprint.clear();
            setError(wrong);
        }
        break;
    }
    case JoinOutcome::Unreachable:
        //: Join a room: nothing answered at the address
        setError(tr("De tablet van de begeleider is niet te bereiken. Zit deze tablet op hetzelfde wifi-netwerk, of op de hotspot van de begeleider? Klopt het adres?"));
        break;
    case JoinOutcome::Refused:
    case JoinOutcome::LocalError:
        //: Join a room failed for another reason; %1 the technical reason
        setError(tr("Meedoen lukte niet. Probeer het opnieuw of vraag de begeleider. (%1)").arg(outcome.message));
        break;
    }
    return false;
}

bool RoomController::joinTrustingSeen(const QString &address, const QString &code)
{
    return join(address, code, QString::fromLatin1(m_seenFingerprint));
}

void RoomController::leave()
{
    m_follower.stop();
    QString error;
    if (!leaveRoom(m_context.store(), &error))
        //: Leave a room failed; %1 the technical reason
        setError(tr("Stoppen met de bijeenkomst lukte niet: %1").arg(error));
    applyRoomActivities();
    emit roleChanged();
    emit stateChanged();
    emit reachableChanged();
}

void RoomController::followJoinedRoom()
{
    const RoomMembership m = roomMembership(m_context.store());
    applyRoomActivities();
    if (!m.valid())
        return;
    m_follower.setWaitSeconds(m_network.followWaitSeconds);
    m_follower.setRetryMaxMs(m_network.followRetryMaxMs);
    m_follower.follow(m);
    emit roleChanged();
}

void RoomController::applyRoomActivities()
{
    if (m_hub && m_hub->isRunning())
        m_flow.setRoomActivities(m_hub->room().activities);
    else
        m_flow.setRoomActivities(roomMembership(m_context.store()).activities);
}

void RoomController::onFollowed()
{
    const protocol::RoomState &s = m_follower.state();
    // Sent to an activity: the tablet goes there, whatever it showed (what was saved stays saved).
    if (s.mode == Mode::Activity && !s.activityId.isEmpty() && m_flow.activityId() != s.activityId) {
        const Activity *a = m_context.pack().activity(s.activityId);
        if (!a || !m_flow.jumpTo(a->kind, a->id))
            qCWarning(lcRoomUi) << "the room's activity" << s.activityId << "is not in this tablet's pack" << m_context.pack().version;
    }
    emit stateChanged();
}

} // namespace samenspraak
