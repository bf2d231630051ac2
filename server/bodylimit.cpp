#include "bodylimit.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

Q_LOGGING_CATEGORY(lcConnections, "samenspraak.server.connections")

namespace samenspraak::server {

namespace {

constexpr qint64 MaxDiscard = 64 * 1024 * 1024;  // stop reading what follows a refusal after this much
constexpr int LingerMs = 5'000;                   // at most this long after a refusal...
constexpr int LingerQuietMs = 1'000;              // ...and no longer than this without new bytes
constexpr int CloseGraceMs = 5'000;              // after a graceful close, abort a client that does not read
constexpr qint64 MinBodyBytesPerSecond = 8 * 1024; // past the body timeout, a body must keep this pace
constexpr int MaxLingering = 256;                 // refused connections kept open to read their 503
constexpr int ReservedFiles = 64;                 // open files kept free for the database, logs, accept()

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 429: return "Too Many Requests";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Error";
    }
}

QByteArray problemResponse(const Refusal &refusal)
{
    const QJsonObject body{{QStringLiteral("type"), QStringLiteral("about:blank")},
                           {QStringLiteral("title"), refusal.title.isEmpty() ? QString::fromLatin1(reasonPhrase(refusal.status)) : refusal.title},
                           {QStringLiteral("status"), refusal.status},
                           {QStringLiteral("detail"), refusal.detail}};
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QByteArray out = "HTTP/1.1 " + QByteArray::number(refusal.status) + ' ' + reasonPhrase(refusal.status)
        + "\r\nContent-Type: application/problem+json\r\nAPI-Version: " + QByteArray(protocol::ApiVersion)
        + "\r\nContent-Length: " + QByteArray::number(json.size()) + "\r\nConnection: close\r\n";
    for (const auto &[name, value] : refusal.headers)
        out += name + ": " + value + "\r\n";
    return out + "\r\n" + json;
}

bool isToken(const QByteArray &s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        if (c <= 32 || c >= 127 || QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c))
            return false;
    }
    return true;
}

bool hasToken(const QByteArray &list, const QByteArray &token)
{
    for (const QByteArray &part : list.split(','))
        if (part.trimmed().toLower() == token)
            return true;
    return false;
}

// Acknowledges what arrives at once instead of after the kernel's delayed-ACK timer (~40 ms).
// Qt's HTTP client writes a large body in 16 KiB pieces without TCP_NODELAY, so the last piece
// waits (Nagle) for the ACK of the one before, and the server, holding half a request, would
// wait to send that ACK: every upload of a batch took ~44 ms longer than its work
// (bench/upload_bench, bench/loadgen). Linux only; elsewhere this does nothing.
void acknowledgePromptly(QTcpSocket *socket)
{
#ifdef Q_OS_LINUX
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        // Quick-ack mode is not sticky: set it again after every read.
        const int on = 1;
        ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    });
#else
    Q_UNUSED(socket);
#endif
}

// Sends FIN after what was written, but keeps the socket open for reading: the client sees the
// whole answer and its end even while it is still sending a body that nobody will read.
// Not under TLS: Qt may still hold encrypted bytes of the answer that a shutdown would cut off.
void closeForWriting(QTcpSocket *socket)
{
#ifdef Q_OS_LINUX
    if (!qobject_cast<QSslSocket *>(socket))
        ::shutdown(int(socket->socketDescriptor()), SHUT_WR);
#else
    Q_UNUSED(socket);
#endif
}

} // namespace

QByteArray RequestHead::value(const QByteArray &name) const
{
    for (const auto &[n, v] : headers)
        if (n == name)
            return v;
    return {};
}

int effectiveMaxConnections(int configured)
{
    int cap = qMax(1, configured);
#ifdef Q_OS_UNIX
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0) {
        if (files.rlim_cur < files.rlim_max) {
            rlimit raised = files;
            raised.rlim_cur = files.rlim_max == RLIM_INFINITY ? qMax<rlim_t>(files.rlim_cur, 65536) : files.rlim_max;
            if (::setrlimit(RLIMIT_NOFILE, &raised) == 0)
                files = raised;
        }
        if (files.rlim_cur != RLIM_INFINITY) {
            const qint64 room = qint64(files.rlim_cur) - ReservedFiles;
            cap = int(qMin<qint64>(cap, qMax<qint64>(room, 8)));
        }
    }
#endif
    return cap;
}

class ConnectionGuard;

// Counts the open connections (in total and per address) and knows which are idle.
class ConnectionTracker {
public:
    explicit ConnectionTracker(ConnectionLimits limits) : limits(std::move(limits)), maxTotal(effectiveMaxConnections(this->limits.maxConnections))
    {
        qCInfo(lcConnections) << "at most" << maxTotal << "connections," << this->limits.maxConnectionsPerAddress << "per address";
    }

    // Guards a new socket (true), or answers 503 and closes it when a cap is reached (false).
    bool accept(QTcpSocket *socket, const std::shared_ptr<ConnectionTracker> &self);
    void release(ConnectionGuard *guard, const QString &address)
    {
        --total;
        if (--perAddress[address] <= 0)
            perAddress.remove(address);
        idle.removeAll(guard);
    }
    void setIdle(ConnectionGuard *guard, bool isIdle)
    {
        idle.removeAll(guard);
        if (isIdle)
            idle.append(guard);
    }
    void refused(const RequestHead *head, int status) const
    {
        if (limits.onRefused)
            limits.onRefused(head, status);
    }

    const ConnectionLimits limits;
    const int maxTotal;
    int total = 0;
    int lingering = 0;  // refused connections still open to read their answer
    QHash<QString, int> perAddress;
    QList<ConnectionGuard *> idle;  // oldest first
    QElapsedTimer lastWarning;
    qint64 refusedSinceWarning = 0;
};

// Watches one socket: runs before QHttpServer's own readyRead handler on it. QHttpServer 6.4
// reads each request inside a socket transaction and commits it when the request is complete,
// so bytesAvailable() is always exactly the data QHttpServer has not seen yet, and the guard
// follows the byte stream request by request (head, then Content-Length bytes of body).
class ConnectionGuard : public QObject {
public:
    ConnectionGuard(QTcpSocket *socket, std::shared_ptr<ConnectionTracker> tracker, QString address)
        : QObject(socket), m_socket(socket), m_tracker(std::move(tracker)), m_address(std::move(address))
    {
        setObjectName(QStringLiteral("samenspraak-connection-guard"));  // guardOf() finds it by this name
        m_peer = socket->peerAddress();
        connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
        // The first request's headers must come within the header timeout.
        m_timer.start(m_tracker->limits.headerTimeoutMs);
        m_tracker->setIdle(this, true);
    }
    ~ConnectionGuard() override
    {
        if (!m_released)
            m_tracker->release(this, m_address);
    }

    // See holdClose() and releaseClose() in bodylimit.h.
    void hold()
    {
        m_held = true;
        m_tracker->setIdle(this, false);
    }
    void release()
    {
        m_held = false;
        if (m_closeWhenReleased) {
            m_closeWhenReleased = false;
            closeGracefully();
        } else if (m_state == State::Idle) {
            m_tracker->setIdle(this, true);
        }
    }

    // Closes this idle connection to make room for a new one; it stops counting at once.
    void evict()
    {
        qCDebug(lcConnections) << "closing an idle connection from" << m_address << "to make room";
        m_tracker->release(this, m_address);
        m_released = true;
        m_state = State::Closing;
        m_timer.stop();
        m_socket->abort();
    }

private:
    enum class State { Idle, Head, Body, Closing, Refused };

    void onReadyRead()
    {
        if (m_state == State::Refused) {
            m_discarded += m_socket->readAll().size();
            if (m_discarded > MaxDiscard)
                m_socket->abort();
            else
                m_lingerQuiet.start(LingerQuietMs);
            return;
        }
        const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
        qsizetype pos = 0;
        while (pos < data.size()) {
            if (m_state == State::Closing)
                return;
            if (m_state == State::Idle) {
                m_state = State::Head;
                m_head.clear();
                m_tracker->setIdle(this, false);
                m_timer.start(m_tracker->limits.headerTimeoutMs);
            }
            if (m_state == State::Head) {
                // Empty lines before a request line are allowed (RFC 9112 2.2). They are skipped
                // before anything counts against the head's cap, so a run of them cannot carry a
                // real head past this guard unread.
                if (m_head.isEmpty()) {
                    while (pos < data.size() && (data[pos] == '\r' || data[pos] == '\n'))
                        ++pos;
                    if (pos == data.size())
                        return;
                }
                const qsizetype take = qMin<qsizetype>(data.size() - pos, m_tracker->limits.maxHeaderBytes + 4 - m_head.size());
                m_head += data.mid(pos, take);
                pos += take;
                const qsizetype end = m_head.indexOf("\r\n\r\n");
                if (end < 0) {
                    // Every byte of `data` must be accounted for: a head that has not ended either
                    // took all of it, or reached the cap.
                    if (m_head.size() > m_tracker->limits.maxHeaderBytes || pos < data.size())
                        return refuse({431, {}, QStringLiteral("the request's headers are larger than %1 bytes").arg(m_tracker->limits.maxHeaderBytes), {}},
                                      nullptr);
                    return;  // all of `data` is head so far
                }
                // What was appended past the head's end belongs to the body (or the next
                // request): all of it came from this `data`, since the head had no end before.
                pos -= m_head.size() - (end + 4);
                m_head.truncate(end + 4);
                RequestHead head;
                if (auto refusal = parse(m_head.left(end), head))
                    return refuse(*refusal, head.method.isEmpty() ? nullptr : &head);
                if (m_tracker->limits.checkHead) {
                    if (auto refusal = m_tracker->limits.checkHead(head))
                        return refuse(*refusal, &head);
                }
                // The request goes on to QHttpServer: its answer leaves at once, whatever the
                // client does with its ACKs (no Nagle). Refusals above keep the socket as it was.
                if (!m_lowDelay) {
                    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
                    m_lowDelay = true;
                }
                m_remaining = head.contentLength;
                if (m_remaining > 0) {
                    m_state = State::Body;
                    // The whole body, not only each gap, has a deadline: the body timeout plus one
                    // second per MinBodyBytesPerSecond, so a trickle cannot hold a slot for days.
                    m_bodyStarted.start();
                    m_bodyDeadlineMs = m_tracker->limits.bodyTimeoutMs + 1000 * (m_remaining / MinBodyBytesPerSecond);
                    restartBodyTimer();
                } else {
                    requestDone();
                }
                continue;
            }
            // State::Body
            const qint64 n = qMin<qint64>(m_remaining, data.size() - pos);
            m_remaining -= n;
            pos += n;
            restartBodyTimer();
            if (m_remaining == 0)
                requestDone();
        }
    }

    void restartBodyTimer()
    {
        const qint64 left = m_bodyDeadlineMs - m_bodyStarted.elapsed();
        m_timer.start(int(qBound<qint64>(qint64(0), left, qint64(m_tracker->limits.bodyTimeoutMs))));
    }

    // Closes after what is written went out; a client that never reads cannot keep the socket
    // (and its slot) in the closing state forever.
    void closeGracefully()
    {
        // Bytes left unread when the socket closes make the kernel send a reset, which can
        // discard the answer the client has not read yet: take what is there first.
        if (m_state == State::Refused)
            m_discarded += m_socket->readAll().size();
        m_socket->disconnectFromHost();
        QTimer::singleShot(CloseGraceMs, m_socket, [socket = QPointer<QTcpSocket>(m_socket)] {
            if (socket && socket->state() != QAbstractSocket::UnconnectedState)
                socket->abort();
        });
    }

    void requestDone()
    {
        if (m_closeAfter) {
            // QHttpServer answers in the same readyRead emission, after this handler: close once
            // that answer is written, and let nothing more reach QHttpServer.
            m_state = State::Closing;
            m_timer.stop();
            QMetaObject::invokeMethod(this, [this] {
                QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
                if (m_held)
                    m_closeWhenReleased = true;  // the answer comes later
                else
                    closeGracefully();
            }, Qt::QueuedConnection);
            return;
        }
        m_state = State::Idle;
        if (!m_held)
            m_tracker->setIdle(this, true);
        m_timer.start(m_tracker->limits.idleTimeoutMs);
    }

    // Reads the request line and the header fields; refuses the shapes that smuggle requests
    // past a proxy or that QHttpServer would read differently from this guard.
    std::optional<Refusal> parse(const QByteArray &text, RequestHead &head)
    {
        auto bad = [](const QString &detail) { return Refusal{400, {}, detail, {}}; };
        const QList<QByteArray> lines = text.split('\n');
        for (const QByteArray &line : lines)
            if (!line.endsWith('\r') && &line != &lines.last())
                return bad(QStringLiteral("a header line ends in a bare LF; end each line with CRLF"));
        const QList<QByteArray> request = lines.first().chopped(lines.first().endsWith('\r') ? 1 : 0).split(' ');
        if (request.size() != 3 || !isToken(request[0]) || !request[1].startsWith('/'))
            return bad(QStringLiteral("the request line is not 'METHOD /path HTTP/1.1'"));
        head.method = request[0];
        head.path = request[1].left(request[1].indexOf('?') < 0 ? request[1].size() : request[1].indexOf('?'));
        head.version = request[2];
        head.peer = m_peer;
        if (head.version != "HTTP/1.1" && head.version != "HTTP/1.0")
            return Refusal{505, {}, QStringLiteral("only HTTP/1.1 and HTTP/1.0 are served"), {}};
        bool lengthSeen = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
            if (line.startsWith(' ') || line.startsWith('\t'))
                return bad(QStringLiteral("header lines may not be folded (obs-fold)"));
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.left(colon)))
                return bad(QStringLiteral("a header line is not 'Name: value' (no space before the colon)"));
            const QByteArray name = line.left(colon).toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-length") {
                if (lengthSeen)
                    return bad(QStringLiteral("the request has Content-Length more than once"));
                lengthSeen = true;
                bool ok = value.size() <= 18;
                for (const char c : value)
                    ok = ok && c >= '0' && c <= '9';
                if (!ok || value.isEmpty())
                    return bad(QStringLiteral("Content-Length must be a number of bytes"));
                head.contentLength = value.toLongLong();
            }
            head.headers.append({name, value});
        }
        if (std::any_of(head.headers.cbegin(), head.headers.cend(), [](const auto &h) { return h.first == "transfer-encoding"; })) {
            if (lengthSeen)
                return bad(QStringLiteral("the request has both Content-Length and Transfer-Encoding"));
            return Refusal{411, QStringLiteral("Length Required"),
                           QStringLiteral("Transfer-Encoding (chunked) is not accepted; send the body with Content-Length"), {}};
        }
        if (head.contentLength > m_tracker->limits.maxBodyBytes)
            return Refusal{413, {}, QStringLiteral("the body has %1 bytes (Content-Length); at most %2 are accepted")
                                        .arg(head.contentLength).arg(m_tracker->limits.maxBodyBytes), {}};
        const QByteArray connection = head.value("connection");
        m_closeAfter = hasToken(connection, "close") || (head.version == "HTTP/1.0" && !hasToken(connection, "keep-alive"));
        return std::nullopt;
    }

    void onTimeout()
    {
        switch (m_state) {
        case State::Idle:
            qCDebug(lcConnections) << "closing an idle connection from" << m_address;
            m_state = State::Closing;
            m_tracker->setIdle(this, false);
            closeGracefully();
            return;
        case State::Head:
        case State::Body:
            qCDebug(lcConnections) << "closing a connection from" << m_address << "that sent"
                                  << (m_state == State::Head ? "its headers" : "its body") << "too slowly";
            m_tracker->refused(nullptr, 408);
            takeOver();
            m_socket->write(problemResponse({408, {}, m_state == State::Head ? QStringLiteral("the headers did not arrive in time")
                                                                             : QStringLiteral("the body did not arrive in time"), {}}));
            m_state = State::Closing;
            closeGracefully();
            return;
        case State::Closing:
        case State::Refused:
            return;
        }
    }

    // Takes the socket away from QHttpServer: it must not parse or answer this request.
    void takeOver()
    {
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
    }

    void refuse(const Refusal &refusal, const RequestHead *head)
    {
        qCDebug(lcConnections).noquote() << "refused a request from" << m_address << "with" << refusal.status << refusal.detail;
        m_state = State::Refused;
        m_timer.stop();
        m_tracker->setIdle(this, false);
        takeOver();
        m_discarded = m_socket->readAll().size();
        m_socket->write(problemResponse(refusal));
        m_tracker->refused(head, refusal.status);
        // The refusal is the last thing this connection says: end it for writing as soon as it
        // is out, so the client reads it and its end before any reset can reach it.
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_socket->bytesToWrite() == 0)
                closeForWriting(m_socket);
        });
        m_socket->flush();
        if (m_socket->bytesToWrite() == 0)
            closeForWriting(m_socket);
        // Keep reading (and dropping) what the client still sends, so it can read the answer
        // instead of meeting a reset; then close.
        m_lingerQuiet.setSingleShot(true);
        connect(&m_lingerQuiet, &QTimer::timeout, this, &ConnectionGuard::closeGracefully);
        m_lingerQuiet.start(LingerQuietMs);
        QTimer::singleShot(LingerMs, this, &ConnectionGuard::closeGracefully);
    }

    QTcpSocket *m_socket;
    std::shared_ptr<ConnectionTracker> m_tracker;
    QString m_address;
    QHostAddress m_peer;
    QTimer m_timer;
    QTimer m_lingerQuiet;
    State m_state = State::Idle;
    QByteArray m_head;
    qint64 m_remaining = 0;
    QElapsedTimer m_bodyStarted;
    qint64 m_bodyDeadlineMs = 0;
    qint64 m_discarded = 0;
    bool m_closeAfter = false;
    bool m_released = false;
    bool m_lowDelay = false;           // TCP_NODELAY set (the first request let through)
    bool m_held = false;               // an answer is still to be written (holdClose)
    bool m_closeWhenReleased = false;  // Connection: close, once that answer is written
};

namespace {
const QString GuardName = QStringLiteral("samenspraak-connection-guard");

ConnectionGuard *guardOf(QTcpSocket *socket)
{
    // ConnectionGuard has no meta-object of its own, so it is found by name and type.
    return socket ? dynamic_cast<ConnectionGuard *>(socket->findChild<QObject *>(GuardName, Qt::FindDirectChildrenOnly)) : nullptr;
}
} // namespace

void holdClose(QTcpSocket *socket)
{
    if (ConnectionGuard *guard = guardOf(socket))
        guard->hold();
}

void releaseClose(QTcpSocket *socket)
{
    if (ConnectionGuard *guard = guardOf(socket))
        guard->release();
}

bool ConnectionTracker::accept(QTcpSocket *socket, const std::shared_ptr<ConnectionTracker> &self)
{
    QHostAddress peer = socket->peerAddress();
    bool mapped = false;
    if (const QHostAddress v4(peer.toIPv4Address(&mapped)); mapped)
        peer = v4;
    const QString address = peer.toString();
    if (total >= maxTotal && !idle.isEmpty())
        idle.first()->evict();
    const bool overTotal = total >= maxTotal;
    const bool overAddress = perAddress.value(address) >= limits.maxConnectionsPerAddress;
    if (overTotal || overAddress) {
        ++refusedSinceWarning;
        if (!lastWarning.isValid() || lastWarning.elapsed() > 10'000) {
            qCWarning(lcConnections).noquote() << "refusing connections:" << refusedSinceWarning << "over the cap since the last warning ("
                                               << total << "open, at most" << maxTotal << "in total and"
                                               << limits.maxConnectionsPerAddress << "per address; this one from" << address << ")";
            lastWarning.start();
            refusedSinceWarning = 0;
        }
        refused(nullptr, 503);
        // A refused connection is kept open a moment so the client can read why, but only so
        // many of them: a flood of them must not use up the open-file limit.
        if (lingering >= MaxLingering) {
            socket->abort();
            socket->deleteLater();
            return false;
        }
        ++lingering;
        QObject::connect(socket, &QObject::destroyed, [weak = std::weak_ptr<ConnectionTracker>(self)] {
            if (auto tracker = weak.lock())
                --tracker->lingering;
        });
        socket->write(problemResponse({503, {}, overAddress ? QStringLiteral("too many connections from %1; close some and try again").arg(address)
                                                            : QStringLiteral("the server has too many connections; try again in a moment"),
                                       {{"Retry-After", "1"}}}));
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(1000, socket, [socket] { socket->abort(); socket->deleteLater(); });
        socket->disconnectFromHost();
        return false;
    }
    ++total;
    ++perAddress[address];
    new ConnectionGuard(socket, self, address);
    acknowledgePromptly(socket);
    return true;
}

namespace {

// Takes pending sockets until one may be handed on; those over a cap are answered and closed.
template<typename Server>
QTcpSocket *nextGuarded(Server *server, const std::shared_ptr<ConnectionTracker> &tracker)
{
    // accept() guards the socket and counts it, or answers and closes it.
    while (QTcpSocket *socket = server->Server::nextPendingConnection()) {
        if (tracker->accept(socket, tracker))
            return socket;
    }
    return nullptr;
}

} // namespace

namespace {
// Qt pauses accepting after an accept() error it counts as lasting (EMFILE among them): resume
// shortly, or one burst of connections would leave the server deaf until a restart.
void resumeAfterAcceptErrors(QTcpServer *server)
{
    QObject::connect(server, &QTcpServer::acceptError, server, [server](QAbstractSocket::SocketError error) {
        qCWarning(lcConnections) << "accept() failed:" << error << "- accepting again in 100 ms";
        QTimer::singleShot(100, server, [server] { server->resumeAccepting(); });
    });
}
} // namespace

LimitedTcpServer::LimitedTcpServer(ConnectionLimits limits, QObject *parent)
    : QTcpServer(parent), m_tracker(std::make_shared<ConnectionTracker>(std::move(limits)))
{
    resumeAfterAcceptErrors(this);
}

LimitedTcpServer::~LimitedTcpServer() = default;

QTcpSocket *LimitedTcpServer::nextPendingConnection()
{
    return nextGuarded<QTcpServer>(this, m_tracker);
}

LimitedSslServer::LimitedSslServer(ConnectionLimits limits, QObject *parent)
    : QSslServer(parent), m_tracker(std::make_shared<ConnectionTracker>(std::move(limits)))
{
    resumeAfterAcceptErrors(this);
}

LimitedSslServer::~LimitedSslServer() = default;

QTcpSocket *LimitedSslServer::nextPendingConnection()
{
    return nextGuarded<QSslServer>(this, m_tracker);
}

} // namespace samenspraak::server
