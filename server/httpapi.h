#pragma once
// The municipal server's HTTP API (docs/api/openapi.yaml) on Qt HttpServer.

#include <QHostAddress>
#include <QHttpServer>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace samenspraak::server {

class ServerStore;

class HttpApi {
public:
    explicit HttpApi(ServerStore &store);
    // Returns the bound port, or 0 with `error` set.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);

private:
    QHttpServerResponse upload(const QHttpServerRequest &request);

    ServerStore &m_store;
    QHttpServer m_http;
};

// application/problem+json (RFC 9457) with the API-Version header.
QHttpServerResponse problem(QHttpServerResponse::StatusCode status, const QString &title, const QString &detail);

} // namespace samenspraak::server
