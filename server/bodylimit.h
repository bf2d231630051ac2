#pragma once
// A request-size cap in front of QHttpServer. Qt 6.4's QHttpServer has none: it buffers a
// whole request, however large, before any handler runs. These TCP servers hand it sockets
// that are watched first: a request whose Content-Length is over the cap, or whose bytes pass
// it, is answered 413 (problem+json) at once, the rest of its body is read and thrown away,
// and the connection closes. QHttpServer never sees it.

#include <QSslServer>
#include <QTcpServer>

#include <functional>

namespace samenspraak::server {

struct BodyLimit {
    qint64 maxBodyBytes = 0;            // the headers may add up to 64 KiB
    std::function<void()> onRejected;   // e.g. counts the 413 in the metrics
};

// Watches `socket`; call before QHttpServer connects to it.
void installBodyLimit(QTcpSocket *socket, const BodyLimit &limit);

class LimitedTcpServer : public QTcpServer {
public:
    LimitedTcpServer(BodyLimit limit, QObject *parent = nullptr) : QTcpServer(parent), m_limit(std::move(limit)) {}
    QTcpSocket *nextPendingConnection() override;

private:
    BodyLimit m_limit;
};

class LimitedSslServer : public QSslServer {
public:
    LimitedSslServer(BodyLimit limit, QObject *parent = nullptr) : QSslServer(parent), m_limit(std::move(limit)) {}
    QTcpSocket *nextPendingConnection() override;

private:
    BodyLimit m_limit;
};

} // namespace samenspraak::server
