#include "roomfollower.h"

#include "pinning.h"
#include "syncclient.h"

#include <QLoggingCategory>
#include <QNetworkReply>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcFollow, "samenspraak.room.follow")

namespace samenspraak {

RoomFollower::RoomFollower(QObject *parent) : QObject(parent)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RoomFollower::poll);
}

RoomFollower::~RoomFollower()
{
    stop();
}

void RoomFollower::follow(const RoomMembership &room)
{
    stop();
    m_room = room;
    m_network = std::make_unique<QNetworkAccessManager>();
    m_pin = new sync::CertificatePin(m_network.get(), room.fingerprint);
    m_backoff.reset();
    poll();
}

void RoomFollower::stop()
{
    m_retry.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_network.reset();
    m_pin = nullptr;
    m_room = {};
    const bool changed = m_state.mode != protocol::RoomState::Mode::Free || m_state.sequence != 0;
    m_state = {};
    setReachable(false, {});
    if (changed)
        emit stateChanged();
}

void RoomFollower::poll()
{
    if (!m_room.valid() || m_reply)
        return;
    QNetworkRequest request = sync::apiRequest(m_room.hub, QStringLiteral("/rooms/current/state"), m_room.token, (m_waitSeconds + 15) * 1000);
    QUrl url = request.url();
    QUrlQuery query;
    // The first request (and the first after the hub was lost) asks for the state at once.
    query.addQueryItem(QStringLiteral("after"), QString::number(m_reachable ? m_state.sequence : -1));
    query.addQueryItem(QStringLiteral("wait"), QString::number(m_reachable ? m_waitSeconds : 0));
    url.setQuery(query);
    request.setUrl(url);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &RoomFollower::onFinished);
}

void RoomFollower::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    QString error;
    const auto state = status == 200 ? protocol::decodeRoomState(body, &error) : std::nullopt;
    if (state) {
        m_backoff.reset();
        const bool changed = state->sequence != m_state.sequence || state->mode != m_state.mode || state->activityId != m_state.activityId
                             || !m_reachable;
        m_state = *state;
        setReachable(true, {});
        if (changed)
            emit stateChanged();
        poll();
        return;
    }
    const QString problem = m_pin && !m_pin->refused().isEmpty() ? QStringLiteral("wrongCertificate")
                            : (status == 401 || status == 403)  ? QStringLiteral("refused")
                                                                : QStringLiteral("unreachable");
    qCInfo(lcFollow).noquote() << "the hub" << m_room.hub.toString() << "did not answer the room state (" << status << reply->errorString() << error
                               << "): this tablet works alone meanwhile";
    // Alone, the tablet goes its own way: no pause screen that only the lost hub could lift.
    const bool wasFollowing = m_state.mode != protocol::RoomState::Mode::Free;
    m_state.mode = protocol::RoomState::Mode::Free;
    setReachable(false, problem);
    if (wasFollowing)
        emit stateChanged();
    m_retry.start(m_backoff.nextDelayMs());
}

void RoomFollower::setReachable(bool reachable, const QString &problem)
{
    if (reachable == m_reachable && problem == m_problem)
        return;
    m_reachable = reachable;
    m_problem = problem;
    emit reachableChanged();
}

} // namespace samenspraak
