#include "bodylimit.h"

#include "protocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTimer>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace samenspraak::server {

namespace {

constexpr qint64 HeaderAllowance = 64 * 1024;
constexpr qint64 MaxDiscard = 64 * 1024 * 1024;  // stop reading an over-long upload after this much
constexpr int LingerMs = 10'000;                  // time the client gets to read the 413

// Runs before QHttpServer's own readyRead handler on the same socket. QHttpServer 6.4 reads
// each request inside a socket transaction and commits it when the request is complete, so
// "no transaction started" means a new request begins, and bytesAvailable() is exactly the
// data QHttpServer has not seen yet.
class BodyGuard : public QObject {
public:
    BodyGuard(QTcpSocket *socket, BodyLimit limit) : QObject(socket), m_socket(socket), m_max(limit.maxBodyBytes),
        m_onRejected(std::move(limit.onRejected))
    {
        connect(socket, &QTcpSocket::readyRead, this, &BodyGuard::onReadyRead);
    }

private:
    void onReadyRead()
    {
        if (m_rejected) {
            m_discarded += m_socket->readAll().size();
            if (m_discarded > MaxDiscard)
                m_socket->abort();
            return;
        }
        if (!m_socket->isTransactionStarted()) {
            m_seen = 0;
            m_head.clear();
            m_headDone = false;
        }
        const qint64 available = m_socket->bytesAvailable();
        if (!m_headDone) {
            m_head += m_socket->peek(qMin(available, HeaderAllowance - m_head.size()));
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end >= 0) {
                m_headDone = true;
                const qint64 declared = contentLength(m_head.left(end));
                if (declared > m_max)
                    return reject(QStringLiteral("the body has %1 bytes (Content-Length); at most %2 are accepted")
                                      .arg(declared).arg(m_max));
            } else if (m_head.size() >= HeaderAllowance) {
                // No end of headers in sight (or we joined a pipelined request midway): leave it
                // to the byte count below rather than guess.
                m_headDone = true;
            }
        }
        m_seen += available;
        if (m_seen > m_max + HeaderAllowance)
            reject(QStringLiteral("the request is larger than %1 bytes; at most %2 bytes of body are accepted")
                       .arg(m_seen).arg(m_max));
    }

    static qint64 contentLength(const QByteArray &head)
    {
        for (const QByteArray &line : head.split('\n')) {
            const qsizetype colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length") {
                bool ok = false;
                const qint64 n = line.mid(colon + 1).trimmed().toLongLong(&ok);
                return ok ? n : -1;
            }
        }
        return -1;
    }

    void reject(const QString &detail)
    {
        m_rejected = true;
        // Take the socket away from QHttpServer: it must not parse or answer this request.
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        connect(m_socket, &QTcpSocket::readyRead, this, &BodyGuard::onReadyRead);
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_discarded = m_socket->readAll().size();

        const QJsonObject body{{QStringLiteral("type"), QStringLiteral("about:blank")},
                               {QStringLiteral("title"), QStringLiteral("Payload Too Large")},
                               {QStringLiteral("status"), 413},
                               {QStringLiteral("detail"), detail}};
        const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
        m_socket->write("HTTP/1.1 413 Payload Too Large\r\nContent-Type: application/problem+json\r\nAPI-Version: "
                        + QByteArray(protocol::ApiVersion) + "\r\nContent-Length: " + QByteArray::number(json.size())
                        + "\r\nConnection: close\r\n\r\n" + json);
        if (m_onRejected)
            m_onRejected();
        // Keep reading (and dropping) what the client still sends, so it can read the answer
        // instead of meeting a reset; then close.
        QTimer::singleShot(LingerMs, m_socket, [socket = m_socket] { socket->disconnectFromHost(); });
    }

    QTcpSocket *m_socket;
    qint64 m_max;
    std::function<void()> m_onRejected;
    qint64 m_seen = 0;
    qint64 m_discarded = 0;
    QByteArray m_head;
    bool m_headDone = false;
    bool m_rejected = false;
};

// Acknowledges what arrives at once instead of after the kernel's delayed-ACK timer (~40 ms).
// Qt's HTTP client writes a large body in 16 KiB pieces without TCP_NODELAY, so the last piece
// waits (Nagle) for the ACK of the one before, and the server, holding half a request, would
// wait to send that ACK: every upload of a batch took ~44 ms longer than its work
// (bench/upload_bench, bench/loadgen). Linux only; elsewhere this does nothing.
void acknowledgePromptly(QTcpSocket *socket)
{
#ifdef Q_OS_LINUX
    if (!socket)
        return;
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
        // Quick-ack mode is not sticky: set it again after every read.
        const int on = 1;
        ::setsockopt(int(socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &on, sizeof on);
    });
#else
    Q_UNUSED(socket);
#endif
}

} // namespace

void installBodyLimit(QTcpSocket *socket, const BodyLimit &limit)
{
    if (socket)
        new BodyGuard(socket, limit);
}

QTcpSocket *LimitedTcpServer::nextPendingConnection()
{
    QTcpSocket *socket = QTcpServer::nextPendingConnection();
    installBodyLimit(socket, m_limit);
    acknowledgePromptly(socket);
    return socket;
}

QTcpSocket *LimitedSslServer::nextPendingConnection()
{
    QTcpSocket *socket = QSslServer::nextPendingConnection();
    installBodyLimit(socket, m_limit);
    acknowledgePromptly(socket);
    return socket;
}

} // namespace samenspraak::server
