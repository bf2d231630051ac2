#include "faultproxy.h"

#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <mutex>
#include <optional>
#include <random>
#include <utility>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace samenspraak::testing {

QString faultName(Fault fault)
{
    switch (fault) {
    case Fault::None: return QStringLiteral("none");
    case Fault::DropRequest: return QStringLiteral("drop-request");
    case Fault::DropResponse: return QStringLiteral("drop-response");
    case Fault::Delay: return QStringLiteral("delay");
    case Fault::Answer500: return QStringLiteral("answer-500");
    case Fault::Answer503: return QStringLiteral("answer-503");
    case Fault::Answer429: return QStringLiteral("answer-429");
    case Fault::Duplicate: return QStringLiteral("duplicate");
    }
    return {};
}

QString FaultProxy::summary() const
{
    QStringList parts;
    for (int i = 0; i < FaultKinds; ++i)
        parts << QStringLiteral("%1 %2").arg(faultName(Fault(i))).arg(count(Fault(i)));
    return QStringLiteral("requests %1 (forwarded %2, with Authorization %3): %4")
        .arg(requests()).arg(forwarded()).arg(withAuthorization()).arg(parts.join(QStringLiteral(", ")));
}

namespace {

constexpr QByteArrayView HeadEnd("\r\n\r\n");

// The part of an HTTP/1.1 message head the proxy needs to find where the message ends.
struct Head {
    qsizetype length = 0;        // bytes up to and including the blank line
    qint64 contentLength = -1;   // -1: not given
    bool chunked = false;
    bool authorization = false;
    int status = 0;              // responses only
    QByteArray target;           // requests only: the path and query
};

std::optional<Head> parseHead(const QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf(HeadEnd);
    if (end < 0)
        return std::nullopt;
    Head head;
    head.length = end + HeadEnd.size();
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    if (first.value(0).startsWith("HTTP/"))
        head.status = first.value(1).toInt();
    else
        head.target = first.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines.at(i).left(colon).trimmed().toLower();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        if (name == "content-length")
            head.contentLength = value.toLongLong();
        else if (name == "transfer-encoding" && value.toLower().contains("chunked"))
            head.chunked = true;
        else if (name == "authorization")
            head.authorization = true;
    }
    return head;
}

// Length of a complete chunked body starting at `from`, or -1 while it is incomplete.
qsizetype chunkedLength(const QByteArray &buffer, qsizetype from)
{
    qsizetype pos = from;
    for (;;) {
        const qsizetype eol = buffer.indexOf("\r\n", pos);
        if (eol < 0)
            return -1;
        bool ok = false;
        const qint64 size = buffer.mid(pos, eol - pos).split(';').value(0).trimmed().toLongLong(&ok, 16);
        if (!ok)
            return -1;
        pos = eol + 2;
        if (size == 0) {
            // Trailers (none expected) end with an empty line.
            const qsizetype end = buffer.indexOf("\r\n", pos);
            return end < 0 ? -1 : end + 2 - from;
        }
        pos += size + 2;
        if (pos > buffer.size())
            return -1;
    }
}

QByteArray cannedAnswer(int status, const QByteArray &reason)
{
    const QByteArray body = QByteArrayLiteral("{\"type\":\"about:blank\",\"title\":\"") + reason + QByteArrayLiteral("\",\"status\":")
        + QByteArray::number(status) + QByteArrayLiteral(",\"detail\":\"injected by the fault proxy\"}");
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n"
                     "Content-Type: application/problem+json\r\n"
                     "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    if (status == 429)
        out += "Retry-After: 1\r\n";
    return out + "\r\n" + body;
}

} // namespace

class ProxyWorker : public QObject {
public:
    ProxyWorker(std::shared_ptr<FaultProxy::State> state, quint32 seed) : m_state(std::move(state)), m_rng(seed) {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection())
                accept(socket);
        });
        return m_server->listen(QHostAddress::LocalHost, 0) ? m_server->serverPort() : 0;
    }

    // A fault for the next request: with the fault rate, the next kind from a shuffled bag,
    // so every kind turns up once in each run of FaultKinds - 1 faults.
    Fault pick(const QByteArray &target)
    {
        Fault fault = Fault::None;
        quint32 mask = m_state->kindMask & ~1u;
        {
            const std::lock_guard lock(m_state->mutex);
            if (!m_state->faultPath.isEmpty()) {
                if (target.startsWith(m_state->faultPath))
                    ++m_state->onPath;
                else
                    mask = 0;  // not a request the faults are for
            }
        }
        if (mask != 0 && std::uniform_real_distribution<double>(0, 1)(m_rng) < m_state->faultRate) {
            do {
                if (m_bag.empty()) {
                    for (int i = 1; i < FaultKinds; ++i)
                        m_bag.push_back(Fault(i));
                    std::shuffle(m_bag.begin(), m_bag.end(), m_rng);
                }
                fault = m_bag.back();
                m_bag.pop_back();
            } while (!(mask & (1u << int(fault))));
        }
        ++m_state->requests;
        ++m_state->counts[std::size_t(fault)];
        return fault;
    }
    int delayMs() { return m_state->delayMs > 0 ? int(m_state->delayMs) : std::uniform_int_distribution<int>(100, 400)(m_rng); }
    FaultProxy::State &state() { return *m_state; }

private:
    void accept(QTcpSocket *socket);

    std::shared_ptr<FaultProxy::State> m_state;
    std::mt19937 m_rng;
    std::vector<Fault> m_bag;
    QTcpServer *m_server = nullptr;
};

namespace {

// One device connection and its own upstream connection to the server (keep-alive on both).
class ProxyConnection : public QObject {
public:
    ProxyConnection(ProxyWorker *worker, QTcpSocket *client) : QObject(worker), m_worker(worker), m_client(client)
    {
        client->setParent(this);
        connect(client, &QTcpSocket::readyRead, this, [this] {
#ifdef Q_OS_LINUX
            // ACK at once, as the server does (server/bodylimit.cpp): Qt's HTTP client would
            // otherwise wait ~40 ms on every large upload (Nagle against delayed ACKs).
            const int on = 1;
            ::setsockopt(int(m_client->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
#endif
            m_in += m_client->readAll();
            processClient();
        });
        connect(client, &QTcpSocket::disconnected, this, &ProxyConnection::close);
        processClient();
    }

private:
    enum class Phase { Reading, Held, Forwarding, Closed };

    void processClient()
    {
        while (m_phase == Phase::Reading) {
            const std::optional<Head> head = parseHead(m_in);
            if (!head)
                return;
            if (head->chunked) {
                // Devices send a Content-Length; anything else is a bug in the test setup.
                qWarning("fault proxy: chunked request bodies are not supported");
                m_client->write(cannedAnswer(501, "Not Implemented"));
                m_client->disconnectFromHost();
                m_phase = Phase::Closed;
                return;
            }
            const qsizetype body = qMax<qint64>(0, head->contentLength);
            if (!m_decided) {
                m_decided = true;
                m_fault = m_worker->pick(head->target);
                if (head->authorization)
                    ++m_worker->state().authorized;
            }
            if (m_fault == Fault::DropRequest) {
                // Cut after the head and half of the body have reached the server.
                const qsizetype cut = head->length + body / 2;
                if (m_in.size() < cut)
                    return;
                QTcpSocket *up = upstream();
                up->write(m_in.left(cut));
                m_upstream = nullptr;
                // The socket outlives this connection until it has flushed and closed.
                up->disconnect(this);
                up->setParent(m_worker);
                connect(up, &QTcpSocket::disconnected, up, &QObject::deleteLater);
                connect(up, &QTcpSocket::errorOccurred, up, &QObject::deleteLater);
                up->disconnectFromHost();  // flushes what was written, then closes
                m_phase = Phase::Closed;
                m_client->abort();
                close();
                return;
            }
            if (m_in.size() < head->length + body)
                return;
            m_request = m_in.left(head->length + body);
            m_in.remove(0, m_request.size());
            m_decided = false;
            switch (m_fault) {
            case Fault::Answer500: m_client->write(cannedAnswer(500, "Internal Server Error")); break;
            case Fault::Answer503: m_client->write(cannedAnswer(503, "Service Unavailable")); break;
            case Fault::Answer429: m_client->write(cannedAnswer(429, "Too Many Requests")); break;
            case Fault::Delay:
                m_phase = Phase::Held;
                QTimer::singleShot(m_worker->delayMs(), this, [this] {
                    if (m_phase == Phase::Held)
                        forward();
                });
                return;
            default:
                forward();
                return;
            }
        }
    }

    QTcpSocket *upstream()
    {
        if (m_upstream)
            return m_upstream;
        m_upstream = new QTcpSocket(this);
        m_up.clear();
        QTcpSocket *up = m_upstream;
        connect(up, &QTcpSocket::readyRead, this, [this, up] {
            if (up != m_upstream)
                return;
            m_up += up->readAll();
            processUpstream(false);
        });
        connect(up, &QTcpSocket::disconnected, this, [this, up] {
            up->deleteLater();
            if (up != m_upstream)
                return;
            m_up += up->readAll();
            processUpstream(true);
            m_upstream = nullptr;
            if (m_phase == Phase::Forwarding)  // the server went away mid-answer
                abortClient();
        });
        connect(up, &QTcpSocket::errorOccurred, this, [this, up](QAbstractSocket::SocketError error) {
            if (up != m_upstream || error == QAbstractSocket::RemoteHostClosedError)
                return;  // handled by disconnected
            up->deleteLater();
            m_upstream = nullptr;
            if (m_phase == Phase::Forwarding)  // server down: the device sees a failed connection
                abortClient();
        });
        up->connectToHost(QHostAddress::LocalHost, m_worker->state().upstreamPort);
        return up;
    }

    void forward()
    {
        m_phase = Phase::Forwarding;
        m_awaiting = m_fault == Fault::Duplicate ? 2 : 1;
        sendUpstream();
    }

    void sendUpstream()
    {
        upstream()->write(m_request);  // buffered until connected
        ++m_worker->state().forwarded;
    }

    void processUpstream(bool closed)
    {
        while (m_phase == Phase::Forwarding) {
            const std::optional<Head> head = parseHead(m_up);
            if (!head)
                return;
            qsizetype total = -1;
            if (head->status == 204 || head->status == 304 || (head->status >= 100 && head->status < 200))
                total = head->length;
            else if (head->chunked) {
                const qsizetype body = chunkedLength(m_up, head->length);
                total = body < 0 ? -1 : head->length + body;
            } else if (head->contentLength >= 0)
                total = m_up.size() >= head->length + head->contentLength ? head->length + head->contentLength : -1;
            else if (closed)
                total = m_up.size();  // delimited by the end of the connection
            if (total < 0)
                return;
            const QByteArray response = m_up.left(total);
            m_up.remove(0, total);
            if (head->status >= 100 && head->status < 200)
                continue;  // interim answer; the real one follows
            if (--m_awaiting > 0) {
                sendUpstream();  // Duplicate: the first answer is thrown away
                continue;
            }
            if (m_fault == Fault::DropResponse) {
                // The server has stored the batch; the device gets the head and half the body.
                m_phase = Phase::Closed;  // before the aborts below re-enter through their signals
                m_client->write(response.left(head->length + (total - head->length) / 2));
                m_client->disconnectFromHost();  // flushes the cut answer; `disconnected` then closes
                if (m_upstream) {
                    QTcpSocket *up = m_upstream;
                    m_upstream = nullptr;
                    up->abort();
                }
                return;
            }
            m_client->write(response);
            m_phase = Phase::Reading;
            processClient();  // a request that arrived meanwhile
        }
    }

    void abortClient()
    {
        m_phase = Phase::Closed;
        if (m_client)
            m_client->abort();
        close();
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        m_phase = Phase::Closed;
        if (QTcpSocket *up = std::exchange(m_upstream, nullptr))
            up->abort();
        deleteLater();
    }

    ProxyWorker *m_worker;
    QPointer<QTcpSocket> m_client;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_in, m_up, m_request;
    Phase m_phase = Phase::Reading;
    Fault m_fault = Fault::None;
    bool m_decided = false;
    bool m_closed = false;
    int m_awaiting = 0;
};

} // namespace

void ProxyWorker::accept(QTcpSocket *socket)
{
    new ProxyConnection(this, socket);
}

FaultProxy::FaultProxy(quint16 upstreamPort, quint32 seed, double faultRate) : m_state(std::make_shared<State>())
{
    m_state->upstreamPort = upstreamPort;
    m_state->faultRate = faultRate;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("fault proxy"));
    m_worker = new ProxyWorker(m_state, seed);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, [this] { m_port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
}

FaultProxy::~FaultProxy()
{
    // The worker, its server and every connection die on the thread they live on.
    QMetaObject::invokeMethod(m_worker, [this] { delete m_worker; }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

} // namespace samenspraak::testing
