#pragma once
// The municipal server's HTTP API (docs/api/openapi.yaml) on Qt HttpServer.
//
// Device routes need `Authorization: Bearer TOKEN` (from POST /api/v1/enrollments): missing or
// unknown → 401, revoked → 403. Every answer carries API-Version; every error is
// application/problem+json with a precise `detail`. Limits: a request body cap (413, enforced
// before QHttpServer buffers the body, see bodylimit.h), a batch size cap (413) and a token
// bucket per device (429 with Retry-After).

#include "metrics.h"
#include "ratelimiter.h"

#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSslConfiguration>

#include <memory>
#include <optional>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace samenspraak {
struct ContentPack;
}

namespace samenspraak::server {

class ServerStore;

struct ApiOptions {
    double ratePerSecond = 10;   // per device; 0 turns the limit off
    double rateBurst = 60;
    qint64 maxBodyBytes = protocol::MaxRequestBytes;
};

class HttpApi {
public:
    explicit HttpApi(ServerStore &store, ApiOptions options = {});
    ~HttpApi();

    // Serve HTTPS instead of HTTP: PEM certificate (chain) and private key. Call before listen().
    [[nodiscard]] bool setupTls(const QString &certificateFile, const QString &keyFile, QString *error);
    // Returns the bound port, or 0 with `error` set.
    quint16 listen(const QHostAddress &address, quint16 port, QString *error);
    bool tls() const { return m_tls; }

    Metrics &metrics() { return m_metrics; }

    // Every route the server answers, as "METHOD /path" (the OpenAPI test compares these).
    static QStringList routes();

private:
    struct Device {
        QString id;
    };
    QHttpServerResponse upload(const QHttpServerRequest &request);
    QHttpServerResponse enroll(const QHttpServerRequest &request);
    QHttpServerResponse currentContent(const QHttpServerRequest &request);
    QHttpServerResponse metricsPage();

    // Each returns a response to send instead when the check fails.
    std::optional<QHttpServerResponse> checkBody(const QHttpServerRequest &request) const;
    std::optional<QHttpServerResponse> authenticate(const QHttpServerRequest &request, Device &device);
    std::optional<QHttpServerResponse> rateLimit(const Device &device);

    // A published pack by version (cached: versions are immutable), or null when the server
    // does not have that version.
    const ContentPack *pack(const QString &version);

    ServerStore &m_store;
    ApiOptions m_options;
    QHttpServer m_http;
    Metrics m_metrics;
    RateLimiter m_limiter;
    QHash<QString, std::shared_ptr<const ContentPack>> m_packs;
    bool m_tls = false;
    QSslConfiguration m_ssl;
};

// application/problem+json (RFC 9457) with the API-Version header. `invalidParams` lists
// {name: JSON path, reason} per field at fault (NL GOV API Design Rules, invalid input).
QHttpServerResponse problem(QHttpServerResponse::StatusCode status, const QString &title, const QString &detail,
                            const QJsonArray &invalidParams = {});

} // namespace samenspraak::server
