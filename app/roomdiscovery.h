#pragma once
// Finding room hubs on the local network (docs/architecture.md, "Room hub"): a tablet sends one
// UDP datagram to the broadcast address; every hub that hears it answers the sender with its
// room's id, title and kern, its port and its certificate's fingerprint. Never the room code:
// that is read off the facilitator's screen. An answer is not authenticated (anyone on the
// network can send one), so a tablet shows the fingerprint to compare with the hub's screen;
// the QR code stays the way that needs no comparing.
//
// The hub's side is a socket notifier, not a timer: an idle hub costs nothing.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QUdpSocket>
#include <QUrl>

namespace samenspraak {

inline constexpr quint16 DefaultDiscoveryPort = 8442;

struct FoundRoom {
    QString roomId, title, kern;
    QUrl hub;                // https://ADDRESS:PORT, the address the answer came from
    QByteArray fingerprint;  // SHA-256 hex of the hub's certificate
};

// Answers discovery probes for one room.
class RoomBeacon : public QObject {
    Q_OBJECT
public:
    RoomBeacon(FoundRoom room, quint16 hubPort, QObject *parent = nullptr);
    // Listens on `port` (all IPv4 addresses); false with `error` set when it cannot.
    bool listen(quint16 port, QString *error);

private:
    void answer();

    QUdpSocket m_socket;
    QByteArray m_reply;
};

// Sends a probe to `target` (the broadcast address, or one hub) and collects the answers that
// arrive within `waitMs`, one per room. Blocks in a local event loop.
QList<FoundRoom> discoverRooms(const QHostAddress &target = QHostAddress::Broadcast, quint16 port = DefaultDiscoveryPort, int waitMs = 1500);

} // namespace samenspraak
