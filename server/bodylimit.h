#pragma once
// The connection guard in front of QHttpServer. Qt 6.4's QHttpServer has no limits of its own:
// it buffers a whole request, however large, before any handler runs, keeps every connection
// open for ever, and answers HTTP/1.0 and `Connection: close` as if they were keep-alive.
// These TCP servers hand it sockets that are watched first, the way nginx does it:
//
// - at most `maxConnections` at once (kept below the process's open-file limit, so accept()
//   never fails with EMFILE and spins), and at most `maxConnectionsPerAddress` from one
//   address; over either cap a connection gets 503 and is closed at once (an idle keep-alive
//   connection is closed first to make room when the total is reached);
// - the headers must be complete within `headerTimeoutMs` of a request's first byte (408 and
//   close; a slowloris cannot hold a slot longer), the body must keep arriving (no gap longer
//   than `bodyTimeoutMs`), and a keep-alive connection idle for `idleTimeoutMs` is closed;
// - headers larger than `maxHeaderBytes` → 431; a malformed request line or header, a bare LF,
//   a duplicate Content-Length, Content-Length together with Transfer-Encoding → 400; any
//   Transfer-Encoding (chunked) → 411: send Content-Length; HTTP/2 or other versions → 505;
// - Content-Length over `maxBodyBytes` → 413, and `checkHead` (the API's authentication)
//   decides from the headers alone, before a byte of the body is buffered: an unauthenticated
//   upload costs no more than its headers;
// - HTTP/1.0 (without keep-alive) and `Connection: close` requests: the socket is closed once
//   the answer is written.
//
// A refused request is answered as problem+json with `Connection: close`; QHttpServer never
// sees it; what the client still sends is read and dropped for a short while (so it can read
// the answer instead of meeting a reset), then the connection closes. Pipelined requests are
// not supported by QHttpServer 6.4 and are not by this guard either.
//
// Every accepted socket acknowledges at once (TCP_QUICKACK on Linux, see bodylimit.cpp), and
// once a request is let through to QHttpServer, its answers go out without delay
// (TCP_NODELAY: an answer never waits for the ACK of the packet before).

#include "protocol.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QSslServer>
#include <QTcpServer>

#include <functional>
#include <memory>
#include <optional>

namespace samenspraak::server {

// The parts of a request the guard read before its body.
struct RequestHead {
    QByteArray method;
    QByteArray path;     // the target without its query
    QByteArray version;  // "HTTP/1.1" or "HTTP/1.0"
    QList<std::pair<QByteArray, QByteArray>> headers;  // names in lower case, values trimmed
    qint64 contentLength = 0;
    QHostAddress peer;

    // The first value of header `name` (lower case), or empty.
    QByteArray value(const QByteArray &name) const;
};

// What to answer instead of letting the request through.
struct Refusal {
    int status = 400;
    QString title;
    QString detail;
    QList<std::pair<QByteArray, QByteArray>> headers;  // e.g. WWW-Authenticate
};

struct ConnectionLimits {
    qint64 maxBodyBytes = protocol::MaxRequestBytes;
    qint64 maxHeaderBytes = 16 * 1024;
    int headerTimeoutMs = 10'000;
    int bodyTimeoutMs = 30'000;
    int idleTimeoutMs = 30'000;
    int maxConnections = 1024;
    int maxConnectionsPerAddress = 128;
    // Runs when a request's headers are in and pass the checks above; a refusal is sent instead
    // of reading the body. Null: every head passes.
    std::function<std::optional<Refusal>(const RequestHead &)> checkHead;
    // Runs for each refusal the guard sends, e.g. to count it in /metrics; `head` is null when
    // the refusal came before the headers could be read.
    std::function<void(const RequestHead *head, int status)> onRefused;
};

// For a handler that answers after it returns (the uploads, after their group commit): the
// guard must not close a `Connection: close` connection, nor count it as idle, before that
// answer is written. holdClose() when the handler takes the request, releaseClose() once the
// answer is written. Both do nothing for a socket the guard does not watch (or null).
void holdClose(QTcpSocket *socket);
void releaseClose(QTcpSocket *socket);

// The total cap actually used: `configured`, but no more than the open-file limit leaves room
// for (after raising the soft limit to the hard one).
int effectiveMaxConnections(int configured);

class ConnectionTracker;

class LimitedTcpServer : public QTcpServer {
public:
    explicit LimitedTcpServer(ConnectionLimits limits, QObject *parent = nullptr);
    ~LimitedTcpServer() override;
    QTcpSocket *nextPendingConnection() override;

private:
    std::shared_ptr<ConnectionTracker> m_tracker;
};

class LimitedSslServer : public QSslServer {
public:
    explicit LimitedSslServer(ConnectionLimits limits, QObject *parent = nullptr);
    ~LimitedSslServer() override;
    QTcpSocket *nextPendingConnection() override;

private:
    std::shared_ptr<ConnectionTracker> m_tracker;
};

} // namespace samenspraak::server
