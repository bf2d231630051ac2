#include "moderationrelay.h"

#include "moderationlog.h"
#include "serverstore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace samenspraak::server {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse receiveModerationDecisions(ApiRouter &router, const QHttpServerRequest &request)
{
    QString hub;
    if (auto refused = router.authenticateDevice(request, &hub))
        return std::move(*refused);
    if (!request.value(QByteArrayLiteral("Content-Type")).toLower().startsWith("application/json"))
        return problem(Status::UnsupportedMediaType, QStringLiteral("Unsupported Media Type"), QStringLiteral("send the body as application/json"));
    const QJsonDocument doc = QJsonDocument::fromJson(request.body());
    const QJsonObject body = doc.object();
    const auto invalid = [](const QString &path, const QString &reason) {
        return problem(Status::BadRequest, QStringLiteral("Bad Request"), path + QLatin1Char(' ') + reason,
                       QJsonArray{QJsonObject{{QStringLiteral("name"), path}, {QStringLiteral("reason"), reason}}});
    };
    if (!doc.isObject() || !body.value(QStringLiteral("decisions")).isArray() || body.size() != 1)
        return invalid(QStringLiteral("$"), QStringLiteral("must be an object holding only `decisions`, an array"));
    const QJsonArray decisions = body.value(QStringLiteral("decisions")).toArray();
    if (decisions.size() > MaxModerationDecisions)
        return problem(Status::PayloadTooLarge, QStringLiteral("Payload Too Large"),
                       QStringLiteral("at most %1 decisions per request; split it").arg(MaxModerationDecisions));
    ModerationLog &log = router.store().moderation();
    protocol::UploadResult result;
    for (qsizetype i = 0; i < decisions.size(); ++i) {
        moderation::Decision d;
        const QString error = moderation::decisionFrom(decisions.at(i), d);
        const QString id = decisions.at(i).toObject().value(QStringLiteral("id")).toString();
        protocol::RecordResult r{QStringLiteral("moderation"), id, protocol::RecordStatus::Rejected, {}};
        if (!error.isEmpty()) {
            r.reason = QStringLiteral("$.decisions[%1] %2").arg(i).arg(error);
        } else if (log.hubOf(d.contributionId) != hub) {
            // A hub decides only on what was said in its own rooms, and the contribution comes first.
            r.reason = QStringLiteral("contribution %1 is not in a room this hub relayed").arg(d.contributionId);
        } else {
            switch (log.record(d, hub)) {
            case ModerationLog::Recorded::Stored: r.status = protocol::RecordStatus::Stored; break;
            case ModerationLog::Recorded::Duplicate: r.status = protocol::RecordStatus::Duplicate; break;
            case ModerationLog::Recorded::Conflict:
                r.status = protocol::RecordStatus::Conflict;
                r.reason = QStringLiteral("another decision is stored under id %1").arg(d.id);
                break;
            case ModerationLog::Recorded::Failed:
                // What was stored before stays stored: the hub's resend gets `duplicate` for it.
                return problem(Status::ServiceUnavailable, QStringLiteral("Service Unavailable"),
                               QStringLiteral("the moderation decisions could not be stored; try again"));
            }
        }
        result.results.append(r);
    }
    return QHttpServerResponse(QByteArrayLiteral("application/json"), protocol::encode(result));
}

} // namespace samenspraak::server
