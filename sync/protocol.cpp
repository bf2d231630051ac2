#include "protocol.h"
#include "compactjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace samenspraak::protocol {

QString toString(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Stored: return QStringLiteral("stored");
    case RecordStatus::Duplicate: return QStringLiteral("duplicate");
    case RecordStatus::Conflict: return QStringLiteral("conflict");
    case RecordStatus::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

std::optional<RecordStatus> recordStatusFromString(const QString &text)
{
    for (auto s : {RecordStatus::Stored, RecordStatus::Duplicate, RecordStatus::Conflict, RecordStatus::Rejected})
        if (toString(s) == text)
            return s;
    return std::nullopt;
}

bool isUuid(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return re.match(text).hasMatch();
}

bool isIsoTimestamp(const QString &text)
{
    // Require an explicit offset: a device clock without a zone cannot be compared later.
    static const QRegularExpression re(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?(Z|[+-]\\d{2}:\\d{2})$"));
    return re.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
}

bool isActivityId(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    return re.match(text).hasMatch();
}

bool isContentVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return re.match(text).hasMatch();
}

bool isAppVersion(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9.+~-]{1,32}$"));
    return re.match(text).hasMatch();
}

QString textProblem(const QString &text)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        char32_t code = c;
        if (QChar::isHighSurrogate(c)) {
            if (i + 1 >= n || !QChar::isLowSurrogate(text.at(i + 1).unicode()))
                return QStringLiteral("holds a lone surrogate U+%1 at character %2").arg(QString::number(uint(c), 16).toUpper()).arg(i);
            code = QChar::surrogateToUcs4(c, text.at(i + 1).unicode());
            ++i;
        } else if (QChar::isLowSurrogate(c)) {
            return QStringLiteral("holds a lone surrogate U+%1 at character %2").arg(QString::number(uint(c), 16).toUpper()).arg(i);
        }
        const qsizetype at = code > 0xFFFF ? i - 1 : i;
        if ((code < 0x20 && code != '\t' && code != '\n' && code != '\r'))
            return QStringLiteral("holds the control character U+%1 at character %2; only tab, line feed and carriage return are allowed")
                .arg(QString::number(uint(code), 16).toUpper().rightJustified(4, QLatin1Char('0')))
                .arg(at);
        if ((code >= 0xFDD0 && code <= 0xFDEF) || (code & 0xFFFE) == 0xFFFE)
            return QStringLiteral("holds the noncharacter U+%1 at character %2, which cannot be stored as sent")
                .arg(QString::number(uint(code), 16).toUpper().rightJustified(4, QLatin1Char('0')))
                .arg(at);
    }
    return {};
}

std::optional<DecodeError> checkText(const QJsonValue &value, const QString &path)
{
    if (value.isString()) {
        if (const QString problem = textProblem(value.toString()); !problem.isEmpty())
            return DecodeError{path, problem};
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            if (auto e = checkText(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)))
                return e;
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString at = path + QLatin1Char('.') + it.key();
            if (const QString problem = textProblem(it.key()); !problem.isEmpty())
                return DecodeError{at, QStringLiteral("(the key) ") + problem};
            if (auto e = checkText(it.value(), at))
                return e;
        }
    }
    return std::nullopt;
}

std::optional<DecodeError> checkText(const SessionRecord &session)
{
    return checkText(toJson(session), QStringLiteral("$"));
}

std::optional<DecodeError> checkText(const ContributionRecord &contribution)
{
    return checkText(toJson(contribution), QStringLiteral("$"));
}

QString normalizeEnrollmentCode(const QString &typed)
{
    QString code;
    for (QChar c : typed) {
        c = c.toUpper();
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (!QLatin1String(EnrollmentCodeAlphabet).contains(c))
            return {};
        code.append(c);
    }
    return code.size() == EnrollmentCodeLength ? code : QString();
}

QString formatEnrollmentCode(const QString &normalized)
{
    QStringList groups;
    for (qsizetype i = 0; i < normalized.size(); i += 4)
        groups.append(normalized.mid(i, 4));
    return groups.join(QLatin1Char('-'));
}

QUrl apiUrl(const QUrl &server, const QString &resource)
{
    QUrl url = server;
    QString path = url.path();
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String(ApiBasePath) + resource);
    return url;
}

QString nowIso()
{
    const QDateTime now = QDateTime::currentDateTime();
    return now.toOffsetFromUtc(now.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject toJson(const SessionRecord &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("channel"), r.channel},
                  {QStringLiteral("contentVersion"), r.contentVersion},
                  {QStringLiteral("language"), r.language},
                  {QStringLiteral("startedAt"), r.startedAt}};
    if (!r.workshop.isEmpty())
        o.insert(QStringLiteral("workshop"), r.workshop);
    return o;
}

QJsonObject toJson(const ContributionRecord &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("sessionId"), r.sessionId},
                  {QStringLiteral("activityId"), r.activityId},
                  {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("contentVersion"), r.contentVersion},
                  {QStringLiteral("payload"), r.payload},
                  {QStringLiteral("createdAt"), r.createdAt},
                  {QStringLiteral("deviceSeq"), double(r.deviceSeq)}};
    if (!r.supersedes.isEmpty())
        o.insert(QStringLiteral("supersedes"), r.supersedes);
    return o;
}

namespace {

// `"key":` (with its comma or brace, given) and the value as a JSON string.
void appendField(QByteArray &out, const char *keyWithQuotes, const QString &value)
{
    out.append(keyWithQuotes);
    json::appendString(out, value);
}

} // namespace

// The batch and the result are written by hand (compactjson.h), in the key order Qt's writer
// would use, so they are the same bytes as QJsonDocument(...).toJson(Compact) of toJson()'s
// objects (tests/unit/test_compactjson.cpp); a server answers thousands of these a second.
namespace {

void appendContribution(QByteArray &out, const ContributionRecord &r)
{
    appendField(out, "{\"activityId\":", r.activityId);
    appendField(out, ",\"contentVersion\":", r.contentVersion);
    appendField(out, ",\"createdAt\":", r.createdAt);
    out.append(",\"deviceSeq\":");
    out.append(QByteArray::number(r.deviceSeq));
    appendField(out, ",\"id\":", r.id);
    appendField(out, ",\"kind\":", r.kind);
    out.append(",\"payload\":");
    json::appendObject(out, r.payload);
    appendField(out, ",\"sessionId\":", r.sessionId);
    if (!r.supersedes.isEmpty())
        appendField(out, ",\"supersedes\":", r.supersedes);
    out.append('}');
}

} // namespace

std::optional<qint64> parseReportSequence(QByteArrayView value)
{
    if (value.isEmpty() || value.size() > 16 || value.front() == '0')
        return std::nullopt;
    qint64 n = 0;
    for (const char c : value) {
        if (c < '0' || c > '9')
            return std::nullopt;
        n = n * 10 + (c - '0');
    }
    return n <= MaxReportSequence ? std::optional<qint64>(n) : std::nullopt;
}

QByteArray encode(const UploadBatch &b)
{
    QByteArray out;
    out.reserve(512 + 400 * b.contributions.size() + 200 * b.sessions.size());
    appendField(out, "{\"appVersion\":", b.appVersion);
    appendField(out, ",\"contentVersion\":", b.contentVersion);
    out.append(",\"contributions\":[");
    for (qsizetype i = 0; i < b.contributions.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendContribution(out, b.contributions.at(i));
    }
    out.append(']');
    appendField(out, ",\"deviceId\":", b.deviceId);
    out.append(",\"pendingReported\":");
    out.append(QByteArray::number(b.pendingReported));
    if (b.relay) {
        QJsonObject origins;
        for (auto it = b.relay->origins.cbegin(); it != b.relay->origins.cend(); ++it)
            origins.insert(it.key(), it.value());
        out.append(",\"relay\":");
        json::appendObject(out, QJsonObject{{QStringLiteral("roomId"), b.relay->roomId},
                                            {QStringLiteral("title"), b.relay->title},
                                            {QStringLiteral("kern"), b.relay->kern},
                                            {QStringLiteral("origins"), origins}});
    }
    out.append(",\"sessions\":[");
    for (qsizetype i = 0; i < b.sessions.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(canonical(b.sessions.at(i)));  // a session's JSON is its canonical form
    }
    out.append("]}");
    return out;
}

QByteArray encode(const UploadResult &r)
{
    QByteArray out;
    out.reserve(16 + 90 * r.results.size());
    out.append("{\"results\":[");
    for (qsizetype i = 0; i < r.results.size(); ++i) {
        const RecordResult &x = r.results.at(i);
        if (i > 0)
            out.append(',');
        appendField(out, "{\"id\":", x.id);
        if (!x.reason.isEmpty())
            appendField(out, ",\"reason\":", x.reason);
        appendField(out, ",\"status\":", toString(x.status));
        appendField(out, ",\"type\":", x.type);
        out.append('}');
    }
    out.append("]}");
    return out;
}

namespace {

// Reads one JSON object strictly: every key must be known, every type right.
class StrictObject {
public:
    StrictObject(const QJsonObject &o, QString path) : m_o(o), m_path(std::move(path)) {}

    QString at(const QString &key) const { return m_path + QLatin1Char('.') + key; }

    bool string(const QString &key, QString &out, bool required, int maxLength = 200)
    {
        m_known.insert(key);
        if (m_error)
            return false;
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("is required"));
            return !required;
        }
        if (!v.isString())
            return fail(key, QStringLiteral("must be a string"));
        out = v.toString();
        if (out.size() > maxLength)
            return fail(key, QStringLiteral("is longer than %1 characters").arg(maxLength));
        if (const QString problem = textProblem(out); !problem.isEmpty())
            return fail(key, problem);
        if (required && out.isEmpty())
            return fail(key, QStringLiteral("must not be empty"));
        return true;
    }

    bool uuid(const QString &key, QString &out, bool required)
    {
        if (!string(key, out, required, 36))
            return false;
        if (!out.isEmpty() && !isUuid(out))
            return fail(key, QStringLiteral("must be a lowercase UUID"));
        return true;
    }

    bool timestamp(const QString &key, QString &out)
    {
        if (!string(key, out, true, 40))
            return false;
        if (!isIsoTimestamp(out))
            return fail(key, QStringLiteral("must be an ISO 8601 time with offset, e.g. 2026-05-01T10:00:00.000+02:00"));
        return true;
    }

    // A string that must satisfy `valid` (a format check); `what` says which format.
    bool formatted(const QString &key, QString &out, bool (*valid)(const QString &), const QString &what, bool required,
                   int maxLength)
    {
        if (!string(key, out, required, maxLength))
            return false;
        if (!out.isEmpty() && !valid(out))
            return fail(key, QStringLiteral("must be %1").arg(what));
        return true;
    }

    bool oneOf(const QString &key, QString &out, const QStringList &allowed, bool required)
    {
        if (!string(key, out, required))
            return false;
        if (!out.isEmpty() && !allowed.contains(out))
            return fail(key, QStringLiteral("must be one of: %1").arg(allowed.join(QStringLiteral(", "))));
        return true;
    }

    bool integer(const QString &key, qint64 &out, qint64 min, qint64 max, bool required)
    {
        m_known.insert(key);
        if (m_error)
            return false;
        const QJsonValue v = m_o.value(key);
        if (v.isUndefined()) {
            if (required)
                return fail(key, QStringLiteral("is required"));
            return true;
        }
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d)))
            return fail(key, QStringLiteral("must be an integer"));
        if (d < double(min) || d > double(max))
            return fail(key, QStringLiteral("must be between %1 and %2").arg(min).arg(max));
        out = qint64(d);
        return true;
    }

    bool object(const QString &key, QJsonObject &out)
    {
        m_known.insert(key);
        if (m_error)
            return false;
        const QJsonValue v = m_o.value(key);
        if (!v.isObject())
            return fail(key, v.isUndefined() ? QStringLiteral("is required") : QStringLiteral("must be an object"));
        out = v.toObject();
        return true;
    }

    bool array(const QString &key, QJsonArray &out)
    {
        m_known.insert(key);
        if (m_error)
            return false;
        const QJsonValue v = m_o.value(key);
        if (!v.isArray())
            return fail(key, v.isUndefined() ? QStringLiteral("is required") : QStringLiteral("must be an array"));
        out = v.toArray();
        return true;
    }

    // Call last: reports the first unknown key.
    std::optional<DecodeError> finish()
    {
        if (!m_error) {
            for (auto it = m_o.begin(); it != m_o.end(); ++it)
                if (!m_known.contains(it.key())) {
                    fail(it.key(), QStringLiteral("is not a known field"));
                    break;
                }
        }
        return m_error;
    }

    bool fail(const QString &key, const QString &message)
    {
        if (!m_error)
            m_error = DecodeError{at(key), message};
        return false;
    }

private:
    QJsonObject m_o;
    QString m_path;
    QSet<QString> m_known;
    std::optional<DecodeError> m_error;
};

std::optional<DecodeError> notAnObject(const QString &path)
{
    return DecodeError{path, QStringLiteral("must be an object")};
}

} // namespace

std::optional<DecodeError> decodeSession(const QJsonValue &value, const QString &path, SessionRecord &out)
{
    if (!value.isObject())
        return notAnObject(path);
    StrictObject o(value.toObject(), path);
    o.uuid(QStringLiteral("id"), out.id, true);
    o.oneOf(QStringLiteral("channel"), out.channel, Channels, true);
    o.string(QStringLiteral("workshop"), out.workshop, false, 120);
    o.formatted(QStringLiteral("contentVersion"), out.contentVersion, isContentVersion, QStringLiteral("1..64 letters, digits, dots, dashes or underscores"), true, 64);
    o.oneOf(QStringLiteral("language"), out.language, {QStringLiteral("nl"), QStringLiteral("en")}, true);
    o.timestamp(QStringLiteral("startedAt"), out.startedAt);
    return o.finish();
}

std::optional<DecodeError> decodeContribution(const QJsonValue &value, const QString &path, ContributionRecord &out)
{
    if (!value.isObject())
        return notAnObject(path);
    StrictObject o(value.toObject(), path);
    o.uuid(QStringLiteral("id"), out.id, true);
    o.uuid(QStringLiteral("sessionId"), out.sessionId, true);
    const QString idFormat = QStringLiteral("lowercase letters, digits and dashes (at most 63)");
    o.formatted(QStringLiteral("activityId"), out.activityId, isActivityId, idFormat, true, 64);
    o.formatted(QStringLiteral("kind"), out.kind, isActivityId, idFormat, true, 32);
    o.formatted(QStringLiteral("contentVersion"), out.contentVersion, isContentVersion, QStringLiteral("1..64 letters, digits, dots, dashes or underscores"), true, 64);
    if (o.object(QStringLiteral("payload"), out.payload)) {
        if (json::compact(out.payload).size() > MaxPayloadBytes)
            o.fail(QStringLiteral("payload"), QStringLiteral("is larger than %1 bytes").arg(MaxPayloadBytes));
        else if (auto e = checkText(out.payload, o.at(QStringLiteral("payload"))))
            o.fail(e->path.mid(o.at(QString()).size()), e->message);
    }
    o.timestamp(QStringLiteral("createdAt"), out.createdAt);
    o.integer(QStringLiteral("deviceSeq"), out.deviceSeq, 0, (qint64(1) << 53), true);
    o.uuid(QStringLiteral("supersedes"), out.supersedes, false);
    return o.finish();
}

namespace {

std::optional<DecodeError> decodeRelay(const QJsonObject &object, const QString &path, RelayInfo &out)
{
    StrictObject o(object, path);
    QJsonObject origins;
    o.uuid(QStringLiteral("roomId"), out.roomId, true);
    o.string(QStringLiteral("title"), out.title, false, 120);
    o.string(QStringLiteral("kern"), out.kern, false, 120);
    o.object(QStringLiteral("origins"), origins);
    if (auto e = o.finish())
        return e;
    for (auto it = origins.begin(); it != origins.end(); ++it) {
        const QString at = path + QStringLiteral(".origins[\"%1\"]").arg(it.key().left(36));
        if (!isUuid(it.key()))
            return DecodeError{at, QStringLiteral("must be keyed by a session id (a lowercase UUID)")};
        if (!it.value().isString() || !isUuid(it.value().toString()))
            return DecodeError{at, QStringLiteral("must be the id (a lowercase UUID) of the device that made the session")};
        out.origins.insert(it.key(), it.value().toString());
    }
    return std::nullopt;
}

} // namespace

DecodedBatch decodeBatch(const QByteArray &body, BatchShape shape)
{
    DecodedBatch result;
    if (!QByteArrayView(body).isValidUtf8()) {
        result.fatal = DecodeError{QStringLiteral("$"), QStringLiteral("is not valid UTF-8")};
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.fatal = DecodeError{QStringLiteral("$"), QStringLiteral("is not valid JSON (%1 at byte %2)")
                                                            .arg(parseError.errorString()).arg(parseError.offset)};
        return result;
    }
    if (!doc.isObject()) {
        result.fatal = notAnObject(QStringLiteral("$"));
        return result;
    }
    StrictObject o(doc.object(), QStringLiteral("$"));
    QJsonArray sessions, contributions;
    qint64 pending = 0;
    o.string(QStringLiteral("deviceId"), result.batch.deviceId, true, 64);
    o.formatted(QStringLiteral("appVersion"), result.batch.appVersion, isAppVersion,
                QStringLiteral("1..32 letters, digits, dots, dashes, pluses or tildes"), true, 32);
    o.formatted(QStringLiteral("contentVersion"), result.batch.contentVersion, isContentVersion, QStringLiteral("1..64 letters, digits, dots, dashes or underscores"), false, 64);
    o.integer(QStringLiteral("pendingReported"), pending, 0, 100'000'000, false);
    o.array(QStringLiteral("sessions"), sessions);
    o.array(QStringLiteral("contributions"), contributions);
    QJsonObject relay;
    if (shape == BatchShape::Relay)
        o.object(QStringLiteral("relay"), relay);
    if (auto e = o.finish()) {
        result.fatal = e;
        return result;
    }
    if (shape == BatchShape::Relay) {
        RelayInfo info;
        if (auto e = decodeRelay(relay, QStringLiteral("$.relay"), info)) {
            result.fatal = e;
            return result;
        }
        result.batch.relay = info;
    }
    result.batch.pendingReported = int(pending);
    if (sessions.size() + contributions.size() > MaxBatchRecords) {
        result.overBatchLimit = true;
        result.fatal = DecodeError{QStringLiteral("$"), QStringLiteral("holds %1 records; at most %2 are allowed per batch")
                                                            .arg(sessions.size() + contributions.size()).arg(MaxBatchRecords)};
        return result;
    }
    auto idOf = [](const QJsonValue &v) { return v.toObject().value(QStringLiteral("id")).toString().left(36); };
    for (int i = 0; i < sessions.size(); ++i) {
        SessionRecord s;
        if (auto e = decodeSession(sessions.at(i), QStringLiteral("$.sessions[%1]").arg(i), s)) {
            result.rejected.append({QStringLiteral("session"), idOf(sessions.at(i)), RecordStatus::Rejected,
                                    e->path + QLatin1Char(' ') + e->message});
            result.recordErrors.append(*e);
        } else
            result.batch.sessions.append(s);
    }
    for (int i = 0; i < contributions.size(); ++i) {
        ContributionRecord c;
        if (auto e = decodeContribution(contributions.at(i), QStringLiteral("$.contributions[%1]").arg(i), c)) {
            result.rejected.append({QStringLiteral("contribution"), idOf(contributions.at(i)), RecordStatus::Rejected,
                                    e->path + QLatin1Char(' ') + e->message});
            result.recordErrors.append(*e);
        } else
            result.batch.contributions.append(c);
    }
    return result;
}

std::optional<UploadResult> decodeResult(const QByteArray &body, QString *error)
{
    auto failed = [error](const QString &message) -> std::optional<UploadResult> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return failed(QStringLiteral("the server's answer is not the expected JSON (a captive portal or proxy?)"));
    const QJsonValue results = doc.object().value(QStringLiteral("results"));
    if (!results.isArray())
        return failed(QStringLiteral("the server's answer has no results list"));
    UploadResult out;
    for (const QJsonValue &v : results.toArray()) {
        const QJsonObject o = v.toObject();
        const auto status = recordStatusFromString(o.value(QStringLiteral("status")).toString());
        const QString id = o.value(QStringLiteral("id")).toString();
        if (!status || id.isEmpty())
            return failed(QStringLiteral("the server's answer has a result without id or status"));
        out.results.append({o.value(QStringLiteral("type")).toString(), id, *status,
                            o.value(QStringLiteral("reason")).toString()});
    }
    return out;
}

QByteArray encode(const EnrollmentRequest &r)
{
    QJsonObject o{{QStringLiteral("code"), r.code}, {QStringLiteral("deviceId"), r.deviceId},
                  {QStringLiteral("appVersion"), r.appVersion}};
    if (!r.name.isEmpty())
        o.insert(QStringLiteral("name"), r.name);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray encode(const EnrollmentResponse &r)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("deviceId"), r.deviceId}, {QStringLiteral("token"), r.token},
                                     {QStringLiteral("name"), r.name}})
        .toJson(QJsonDocument::Compact);
}

namespace {

enum class CodeKind { Enrollment, Room };

// An enrollment and a room join: a code for a token, from a device.
std::optional<DecodeError> decodeCodeRequest(const QByteArray &body, EnrollmentRequest &out, CodeKind kind)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return DecodeError{QStringLiteral("$"), QStringLiteral("is not valid JSON (%1 at byte %2)")
                                                    .arg(parseError.errorString()).arg(parseError.offset)};
    if (!doc.isObject())
        return notAnObject(QStringLiteral("$"));
    const bool room = kind == CodeKind::Room;
    StrictObject o(doc.object(), QStringLiteral("$"));
    o.string(QStringLiteral("code"), out.code, true, room ? 20 : 40);
    o.uuid(QStringLiteral("deviceId"), out.deviceId, room);  // a hub has no id to hand out
    o.formatted(QStringLiteral("appVersion"), out.appVersion, isAppVersion,
                QStringLiteral("1..32 letters, digits, dots, dashes, pluses or tildes"), true, 32);
    o.string(QStringLiteral("name"), out.name, false, 120);
    if (auto e = o.finish())
        return e;
    if (room && normalizeRoomCode(out.code).isEmpty())
        return DecodeError{QStringLiteral("$.code"), QStringLiteral("is not a room code (6 digits, e.g. 123 456)")};
    if (!room && normalizeEnrollmentCode(out.code).isEmpty())
        return DecodeError{QStringLiteral("$.code"), QStringLiteral("is not an enrollment code (16 letters and digits, "
                                                                    "e.g. K7QM-3XRT-9WPA-HC2D)")};
    return std::nullopt;
}

} // namespace

std::optional<DecodeError> decodeEnrollmentRequest(const QByteArray &body, EnrollmentRequest &out)
{
    return decodeCodeRequest(body, out, CodeKind::Enrollment);
}

std::optional<EnrollmentResponse> decodeEnrollmentResponse(const QByteArray &body, QString *error)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    EnrollmentResponse r{o.value(QStringLiteral("deviceId")).toString(), o.value(QStringLiteral("token")).toString(),
                         o.value(QStringLiteral("name")).toString()};
    if (!isUuid(r.deviceId) || r.token.size() < 32) {
        if (error)
            *error = QStringLiteral("the server's answer has no device id and token (a captive portal or proxy?)");
        return std::nullopt;
    }
    return r;
}

QString normalizeRoomCode(const QString &typed)
{
    QString out;
    for (const QChar c : typed) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        if (!c.isDigit() || c.unicode() > '9')
            return {};
        out.append(c);
    }
    return out.size() == RoomCodeLength ? out : QString();
}

QString formatRoomCode(const QString &normalized)
{
    return normalized.left(3) + QLatin1Char(' ') + normalized.mid(3);
}

QByteArray encode(const RoomJoinResponse &r)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("roomId"), r.roomId}, {QStringLiteral("deviceId"), r.deviceId},
                                     {QStringLiteral("token"), r.token}, {QStringLiteral("title"), r.title},
                                     {QStringLiteral("kern"), r.kern}, {QStringLiteral("phase"), r.phase},
                                     {QStringLiteral("contentVersion"), r.contentVersion},
                                     {QStringLiteral("activities"), QJsonArray::fromStringList(r.activities)},
                                     {QStringLiteral("place"), r.place}, {QStringLiteral("date"), r.date}})
        .toJson(QJsonDocument::Compact);
}

std::optional<DecodeError> decodeRoomJoinRequest(const QByteArray &body, RoomJoinRequest &out)
{
    return decodeCodeRequest(body, out, CodeKind::Room);
}

namespace {
// The strings of a JSON array (anything else in it, or not an array: left out).
QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        if (v.isString())
            out << v.toString();
    return out;
}
} // namespace

std::optional<RoomJoinResponse> decodeRoomJoinResponse(const QByteArray &body, QString *error)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    auto text = [&](const char *key) { return o.value(QLatin1String(key)).toString(); };
    RoomJoinResponse r{text("roomId"), text("deviceId"), text("token"), text("title"), text("kern"), text("phase"), text("contentVersion"),
                       stringList(o.value(QLatin1String("activities"))), text("place"), text("date")};
    if (!isUuid(r.roomId) || !isUuid(r.deviceId) || r.token.size() < 32) {
        if (error)
            *error = QStringLiteral("the hub's answer has no room, device id and token");
        return std::nullopt;
    }
    return r;
}

namespace {
const std::pair<RoomState::Mode, const char *> ModeNames[] = {
    {RoomState::Mode::Free, "free"}, {RoomState::Mode::Activity, "activity"}, {RoomState::Mode::Pause, "pause"}, {RoomState::Mode::Results, "results"}};
} // namespace

QString modeName(RoomState::Mode mode)
{
    for (const auto &[m, name] : ModeNames)
        if (m == mode)
            return QLatin1String(name);
    return {};
}

std::optional<RoomState::Mode> modeFromName(const QString &name)
{
    for (const auto &[m, known] : ModeNames)
        if (name == QLatin1String(known))
            return m;
    return std::nullopt;
}

QByteArray encode(const RoomState &state)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("sequence"), state.sequence},
                                     {QStringLiteral("mode"), modeName(state.mode)},
                                     {QStringLiteral("activityId"), state.activityId},
                                     {QStringLiteral("contentVersion"), state.contentVersion},
                                     {QStringLiteral("activities"), QJsonArray::fromStringList(state.activities)}})
        .toJson(QJsonDocument::Compact);
}

std::optional<RoomState> decodeRoomState(const QByteArray &body, QString *error)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const auto mode = modeFromName(o.value(QLatin1String("mode")).toString());
    const QJsonValue sequence = o.value(QLatin1String("sequence"));
    if (!mode || !sequence.isDouble() || sequence.toDouble() < 0) {
        if (error)
            *error = QStringLiteral("the hub's room state has no sequence and mode");
        return std::nullopt;
    }
    return RoomState{qint64(sequence.toDouble()), *mode, o.value(QLatin1String("activityId")).toString(),
                     o.value(QLatin1String("contentVersion")).toString(), stringList(o.value(QLatin1String("activities")))};
}

QString problemDetail(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QStringLiteral("detail")).toString();
}

// Written field by field in the order QJsonObject keeps its keys (sorted), byte for byte what
// QJsonDocument(toJson(record)).toJson(Compact) gives (tests/unit/test_compactjson.cpp): the
// canonical form is compared with what earlier versions stored.
QByteArray canonical(const SessionRecord &r)
{
    QByteArray out;
    out.reserve(256);
    appendField(out, "{\"channel\":", r.channel);
    appendField(out, ",\"contentVersion\":", r.contentVersion);
    appendField(out, ",\"id\":", r.id);
    appendField(out, ",\"language\":", r.language);
    appendField(out, ",\"startedAt\":", r.startedAt);
    if (!r.workshop.isEmpty())
        appendField(out, ",\"workshop\":", r.workshop);
    out.append('}');
    return out;
}

QByteArray canonical(const ContributionRecord &record)
{
    return canonical(record, json::compact(record.payload));
}

QByteArray canonical(const ContributionRecord &r, const QByteArray &payloadJson)
{
    // deviceSeq is bookkeeping, not content: a restored device may renumber.
    QByteArray out;
    out.reserve(320 + payloadJson.size());
    appendField(out, "{\"activityId\":", r.activityId);
    appendField(out, ",\"contentVersion\":", r.contentVersion);
    appendField(out, ",\"createdAt\":", r.createdAt);
    appendField(out, ",\"id\":", r.id);
    appendField(out, ",\"kind\":", r.kind);
    out.append(",\"payload\":");
    out.append(payloadJson);
    appendField(out, ",\"sessionId\":", r.sessionId);
    if (!r.supersedes.isEmpty())
        appendField(out, ",\"supersedes\":", r.supersedes);
    out.append('}');
    return out;
}

} // namespace samenspraak::protocol
