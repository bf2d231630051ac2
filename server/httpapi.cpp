#include "httpapi.h"

#include "protocol.h"
#include "serverstore.h"

#include <QJsonDocument>
#include <QJsonObject>

Q_LOGGING_CATEGORY(lcHttp, "samenspraak.server.http")

namespace samenspraak::server {

using namespace protocol;
using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse problem(Status status, const QString &title, const QString &detail)
{
    const QJsonObject body{{QStringLiteral("type"), QStringLiteral("about:blank")},
                           {QStringLiteral("title"), title},
                           {QStringLiteral("status"), int(status)},
                           {QStringLiteral("detail"), detail}};
    QHttpServerResponse response(QByteArrayLiteral("application/problem+json"), QJsonDocument(body).toJson(QJsonDocument::Compact), status);
    response.setHeader(QByteArrayLiteral("API-Version"), QByteArray(ApiVersion));
    return response;
}

namespace {
QHttpServerResponse json(const QByteArray &body, Status status = Status::Ok)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), body, status);
    return response;
}
} // namespace

HttpApi::HttpApi(ServerStore &store) : m_store(store)
{
    m_http.route(QStringLiteral("/healthz"), QHttpServerRequest::Method::Get, [this] {
        const bool ok = m_store.contributionCount() >= 0;
        return ok ? json(R"({"status":"ok"})") : problem(Status::ServiceUnavailable, QStringLiteral("Unhealthy"),
                                                         QStringLiteral("the database does not answer"));
    });
    m_http.route(QStringLiteral("/api/v1/uploads"), QHttpServerRequest::Method::Post,
                 [this](const QHttpServerRequest &request) { return upload(request); });
    m_http.afterRequest([](QHttpServerResponse &&response) {
        response.setHeader(QByteArrayLiteral("API-Version"), QByteArray(ApiVersion));
        return std::move(response);
    });
    m_http.setMissingHandler([](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QJsonObject body{{QStringLiteral("type"), QStringLiteral("about:blank")},
                               {QStringLiteral("title"), QStringLiteral("Not Found")},
                               {QStringLiteral("status"), 404},
                               {QStringLiteral("detail"), QStringLiteral("no resource at %1 for this method").arg(request.url().path())}};
        responder.write(QJsonDocument(body), {{"Content-Type", "application/problem+json"}, {"API-Version", ApiVersion}},
                        QHttpServerResponder::StatusCode::NotFound);
    });
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port, QString *error)
{
    const quint16 bound = m_http.listen(address, port);
    if (!bound && error)
        *error = QStringLiteral("cannot listen on %1:%2 (in use, or not allowed)").arg(address.toString()).arg(port);
    return bound;
}

QHttpServerResponse HttpApi::upload(const QHttpServerRequest &request)
{
    if (request.body().size() > MaxRequestBytes)
        return problem(Status::PayloadTooLarge, QStringLiteral("Payload Too Large"),
                       QStringLiteral("the body has %1 bytes; at most %2 are accepted").arg(request.body().size()).arg(MaxRequestBytes));
    const QByteArray contentType = request.value(QByteArrayLiteral("Content-Type")).toLower();
    if (!contentType.startsWith("application/json"))
        return problem(Status::UnsupportedMediaType, QStringLiteral("Unsupported Media Type"),
                       QStringLiteral("send the batch as application/json"));
    DecodedBatch decoded = decodeBatch(request.body());
    if (decoded.fatal)
        return problem(Status::BadRequest, QStringLiteral("Bad Request"), decoded.fatal->path + QLatin1Char(' ') + decoded.fatal->message);
    const QString deviceId = decoded.batch.deviceId;
    ServerStore::Ingested ingested = m_store.ingest(decoded.batch, deviceId);
    if (!ingested.error.isEmpty())
        return problem(Status::ServiceUnavailable, QStringLiteral("Service Unavailable"),
                       QStringLiteral("the batch could not be stored; nothing of it was kept, send it again later"));
    m_store.touchDevice(deviceId, decoded.batch);
    UploadResult result{ingested.results + decoded.rejected};
    qCInfo(lcHttp) << "upload from" << deviceId << ":" << result.results.size() << "results";
    return json(encode(result));
}

} // namespace samenspraak::server
