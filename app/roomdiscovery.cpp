#include "roomdiscovery.h"

#include "pinning.h"
#include "protocol.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkDatagram>
#include <QTimer>
#include <QUrl>

namespace samenspraak {

namespace {

const QByteArray Probe = QByteArrayLiteral("samenspraak-discover/1");
const QString Service = QStringLiteral("samenspraak-hub/1");

} // namespace

RoomBeacon::RoomBeacon(FoundRoom room, quint16 hubPort, QObject *parent) : QObject(parent)
{
    m_reply = QJsonDocument(QJsonObject{{QStringLiteral("service"), Service},
                                        {QStringLiteral("roomId"), room.roomId},
                                        {QStringLiteral("title"), room.title},
                                        {QStringLiteral("kern"), room.kern},
                                        {QStringLiteral("port"), int(hubPort)},
                                        {QStringLiteral("fingerprint"), QString::fromLatin1(room.fingerprint)}})
                  .toJson(QJsonDocument::Compact);
    connect(&m_socket, &QUdpSocket::readyRead, this, &RoomBeacon::answer);
}

bool RoomBeacon::listen(quint16 port, QString *error)
{
    if (m_socket.bind(QHostAddress::AnyIPv4, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint))
        return true;
    if (error)
        *error = QStringLiteral("cannot listen for room discovery on UDP port %1 (%2)").arg(port).arg(m_socket.errorString());
    return false;
}

void RoomBeacon::answer()
{
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram probe = m_socket.receiveDatagram(512);
        if (probe.data() == Probe)  // anything else is not for us: no answer, nothing to amplify
            m_socket.writeDatagram(probe.makeReply(m_reply));
    }
}

QList<FoundRoom> discoverRooms(const QHostAddress &target, quint16 port, int waitMs)
{
    QList<FoundRoom> found;
    QUdpSocket socket;
    if (!socket.bind(QHostAddress::AnyIPv4, 0))
        return found;
    QEventLoop loop;
    QObject::connect(&socket, &QUdpSocket::readyRead, &loop, [&] {
        while (socket.hasPendingDatagrams()) {
            const QNetworkDatagram d = socket.receiveDatagram(2048);
            const QJsonObject o = QJsonDocument::fromJson(d.data()).object();
            const int hubPort = o.value(QStringLiteral("port")).toInt();
            const QString roomId = o.value(QStringLiteral("roomId")).toString();
            const QByteArray fingerprint = sync::normalizeFingerprint(o.value(QStringLiteral("fingerprint")).toString());
            if (o.value(QStringLiteral("service")).toString() != Service || !protocol::isUuid(roomId) || hubPort <= 0 || hubPort > 65535
                || fingerprint.isEmpty()
                || std::any_of(found.cbegin(), found.cend(), [&](const FoundRoom &r) { return r.roomId == roomId; }))
                continue;
            QHostAddress from = d.senderAddress();
            bool mapped = false;
            if (const QHostAddress v4(from.toIPv4Address(&mapped)); mapped)
                from = v4;
            QUrl hub;
            hub.setScheme(QStringLiteral("https"));
            hub.setHost(from.toString());
            hub.setPort(hubPort);
            found.append({roomId, o.value(QStringLiteral("title")).toString().left(120), o.value(QStringLiteral("kern")).toString().left(120), hub,
                          fingerprint});
        }
    });
    socket.writeDatagram(Probe, target, port);
    QTimer::singleShot(waitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return found;
}

} // namespace samenspraak
