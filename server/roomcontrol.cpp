#include "roomcontrol.h"

#include "pin.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QUrlQuery>

namespace samenspraak::server {

using namespace protocol;
using Status = QHttpServerResponse::StatusCode;
using Method = QHttpServerRequest::Method;

namespace {

const QString StateRoute = QStringLiteral("/api/v1/rooms/current/state");

const std::pair<RoomControl::Command, const char *> CommandNames[] = {{RoomControl::Command::Next, "next"},
                                                                       {RoomControl::Command::Pause, "pause"},
                                                                       {RoomControl::Command::Resume, "resume"},
                                                                       {RoomControl::Command::Results, "results"}};

QHttpServerResponse invalid(const QString &name, const QString &reason)
{
    return problem(Status::BadRequest, QStringLiteral("Bad Request"), name + QLatin1Char(' ') + reason,
                   QJsonArray{QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("reason"), reason}}});
}

} // namespace

// A tablet's open long poll: answered when the state changes or its timer ends.
struct RoomControl::Waiter {
    QString deviceId;
    ApiRouter::Reply reply;
    QTimer timer;
};

RoomControl::RoomControl(QString hubToken, QString stateFile, QString contentVersion, QStringList activities, QObject *parent)
    : QObject(parent), m_hubToken(std::move(hubToken)), m_stateFile(std::move(stateFile))
{
    m_state.contentVersion = std::move(contentVersion);
    m_state.activities = std::move(activities);
}

RoomControl::~RoomControl() = default;

QStringList RoomControl::routes()
{
    return {QStringLiteral("GET ") + StateRoute, QStringLiteral("POST ") + StateRoute};
}

std::optional<RoomControl::Command> RoomControl::commandFromName(const QString &name)
{
    for (const auto &[command, known] : CommandNames)
        if (name == QLatin1String(known))
            return command;
    return std::nullopt;
}

bool RoomControl::load(QString *error)
{
    QFile file(m_stateFile);
    if (m_stateFile.isEmpty() || !file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(m_stateFile, file.errorString());
        return false;
    }
    QString why;
    const auto kept = decodeRoomState(file.readAll(), &why);
    if (!kept) {
        *error = QStringLiteral("%1 is damaged: %2").arg(m_stateFile, why);
        return false;
    }
    // The room's own pack and activities stay what the room was started with.
    m_state.sequence = kept->sequence;
    m_state.mode = kept->mode;
    m_state.activityId = kept->activityId;
    return true;
}

bool RoomControl::isHubRequest(const QHttpServerRequest &request) const
{
    const QByteArray authorization = request.value(QByteArrayLiteral("Authorization"));
    return authorization.startsWith("Bearer ") && pin::sameSecret(authorization.mid(7).trimmed(), m_hubToken.toLatin1());
}

QString RoomControl::apply(Command command)
{
    RoomState next = m_state;
    const int at = m_state.activities.indexOf(m_state.activityId);
    switch (command) {
    case Command::Next:
        if (m_state.activities.isEmpty())
            return QStringLiteral("the room has no activities to go to");
        // From a pause or the results, "next" goes on to the next activity too.
        next.activityId = m_state.activities.at(std::min<qsizetype>(at + 1, m_state.activities.size() - 1));
        next.mode = RoomState::Mode::Activity;
        break;
    case Command::Pause:
        next.mode = RoomState::Mode::Pause;
        break;
    case Command::Resume:
        next.mode = m_state.activityId.isEmpty() ? RoomState::Mode::Free : RoomState::Mode::Activity;
        break;
    case Command::Results:
        next.mode = RoomState::Mode::Results;
        break;
    }
    next.sequence = m_state.sequence + 1;
    if (!m_stateFile.isEmpty()) {
        QSaveFile file(m_stateFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(encode(next)) < 0 || !file.commit())
            return QStringLiteral("cannot write the room state to %1: %2").arg(m_stateFile, file.errorString());
    }
    m_state = next;
    emit stateChanged();
    answerWaiters();
    return {};
}

void RoomControl::addRoutes(ApiRouter &router)
{
    router.addDeferredRoute(StateRoute, Method::Get, [this, &router](const QHttpServerRequest &request, ApiRouter::Reply reply) {
        get(router, request, std::move(reply));
    });
    router.addRoute(StateRoute, Method::Post, [this](const QHttpServerRequest &request, const QStringList &) { return post(request); });
}

QHttpServerResponse RoomControl::stateResponse() const
{
    QHttpServerResponse r(QByteArrayLiteral("application/json"), encode(m_state));
    r.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return r;
}

void RoomControl::get(ApiRouter &router, const QHttpServerRequest &request, ApiRouter::Reply reply)
{
    QString deviceId;
    if (!isHubRequest(request)) {
        if (auto refused = router.authenticateDevice(request, &deviceId)) {
            reply(std::move(*refused));
            return;
        }
    }
    const QUrlQuery query = request.query();
    bool afterOk = true, waitOk = true;
    const QString afterText = query.queryItemValue(QStringLiteral("after"));
    const QString waitText = query.queryItemValue(QStringLiteral("wait"));
    const qint64 after = afterText.isEmpty() ? -1 : afterText.toLongLong(&afterOk);
    const int wait = waitText.isEmpty() ? m_maxWaitSeconds : waitText.toInt(&waitOk);
    if (!afterOk || after < -1) {
        reply(invalid(QStringLiteral("after"), QStringLiteral("must be the sequence number of the state the tablet has (0 or more)")));
        return;
    }
    if (!waitOk || wait < 0) {
        reply(invalid(QStringLiteral("wait"), QStringLiteral("must be a number of seconds (0 or more)")));
        return;
    }
    // A different sequence (newer, or the tablet's is from a room state that was lost) is news.
    if (after != m_state.sequence || wait == 0) {
        if (!deviceId.isEmpty())
            seen(deviceId, false);
        reply(stateResponse());
        return;
    }
    auto waiter = std::make_shared<Waiter>();
    waiter->deviceId = deviceId;
    waiter->reply = std::move(reply);
    waiter->timer.setSingleShot(true);
    // Coarse (within 5 %): wake-ups can be bundled. Not VeryCoarseTimer: it rounds to whole
    // seconds and may end a 1 s wait after half of it.
    waiter->timer.setTimerType(Qt::CoarseTimer);
    m_waiters.push_back(waiter);
    auto it = std::prev(m_waiters.end());
    connect(&waiter->timer, &QTimer::timeout, this, [this, it] {
        const std::shared_ptr<Waiter> done = *it;
        m_waiters.erase(it);
        if (!done->deviceId.isEmpty())
            seen(done->deviceId, false);
        done->reply(stateResponse());
    });
    waiter->timer.start(std::min(wait, m_maxWaitSeconds) * 1000);
    if (!deviceId.isEmpty())
        seen(deviceId, true);
}

QHttpServerResponse RoomControl::post(const QHttpServerRequest &request)
{
    if (!isHubRequest(request)) {
        const bool bearer = request.value(QByteArrayLiteral("Authorization")).startsWith("Bearer ");
        return bearer ? problem(Status::Forbidden, QStringLiteral("Forbidden"), QStringLiteral("only the facilitator's hub token may change the room"))
                      : problem(Status::Unauthorized, QStringLiteral("Unauthorized"), QStringLiteral("send the hub's token as Authorization: Bearer TOKEN"));
    }
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    const auto command = commandFromName(body.value(QStringLiteral("command")).toString());
    if (!command)
        return invalid(QStringLiteral("command"), QStringLiteral("must be next, pause, resume or results"));
    if (const QString error = apply(*command); !error.isEmpty())
        return problem(Status::Conflict, QStringLiteral("Conflict"), error);
    return stateResponse();
}

void RoomControl::seen(const QString &deviceId, bool waiting)
{
    Member &m = m_members[deviceId];
    m.deviceId = deviceId;
    m.lastSeen = QDateTime::currentDateTimeUtc();
    m.waiting = waiting;
    emit membersChanged();
}

QList<RoomControl::Member> RoomControl::members() const
{
    return m_members.values();
}

void RoomControl::answerWaiters()
{
    std::list<std::shared_ptr<Waiter>> waiting;
    waiting.swap(m_waiters);
    for (const std::shared_ptr<Waiter> &w : waiting) {
        w->timer.stop();
        if (!w->deviceId.isEmpty())
            seen(w->deviceId, false);
        w->reply(stateResponse());
    }
}

void RoomControl::closeWaits()
{
    m_waiters.clear();  // their connections close with the API; the tablets ask again
}

} // namespace samenspraak::server
