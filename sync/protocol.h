#pragma once
// Wire types of the Samenspraak sync protocol (docs/api/openapi.yaml), shared by the
// device's sync client and the municipal server. Decoding is strict: unknown fields,
// wrong types and out-of-range values are errors with a JSON path, so a bad record is
// rejected with a precise reason instead of being half-stored.

#include <QByteArrayView>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace samenspraak::protocol {

inline constexpr char ApiVersion[] = "1.1.0";
inline constexpr char ApiBasePath[] = "/api/v1";
// Every answer of the server carries its database's epoch; a new one means the server was
// restored from a backup and may have lost acknowledged records (docs/operations.md, Backups).
inline constexpr char ServerEpochHeader[] = "Server-Epoch";
// An upload's device report (pendingReported, appVersion, contentVersion) is numbered in this
// request header (API 1.1), higher on every batch than on any the device sent before
// (sync::Outbox::reserveReportSequences), so that the server keeps the newest report whatever
// order uploads arrive or commit in. A header, not a field of the body: a server or room hub
// of API 1.0 ignores it, where it refuses an unknown field.
inline constexpr char ReportSequenceHeader[] = "Report-Sequence";
inline constexpr qint64 MaxReportSequence = (qint64(1) << 53) - 1;
// The number in a Report-Sequence header: decimal digits, 1 to MaxReportSequence; nullopt
// when it is not one.
std::optional<qint64> parseReportSequence(QByteArrayView value);

// Limits both sides agree on; the server enforces them, the client never exceeds them.
inline constexpr int MaxBatchRecords = 500;
inline constexpr qsizetype MaxPayloadBytes = 16 * 1024;
inline constexpr qsizetype MaxRequestBytes = 4 * 1024 * 1024;

struct SessionRecord {
    QString id;             // UUID made on the device
    QString channel;        // kiosk | workshop | event | assisted | paper
    QString workshop;       // optional
    QString contentVersion;
    QString language;       // nl | en
    QString startedAt;      // ISO 8601 device clock, with offset

    friend bool operator==(const SessionRecord &, const SessionRecord &) = default;
};

struct ContributionRecord {
    QString id;             // UUID made on the device
    QString sessionId;
    QString activityId;
    QString kind;           // activity kind, e.g. "values"
    QString contentVersion;
    QJsonObject payload;
    QString createdAt;      // ISO 8601 device clock, with offset
    qint64 deviceSeq = 0;   // per-device sequence number
    QString supersedes;     // id of the contribution this one replaces, or empty

    friend bool operator==(const ContributionRecord &, const ContributionRecord &) = default;
};

// What a room hub adds when it forwards what tablets sent it (POST /api/v1/relays): the room
// the sessions belong to, and per session the device that made it (docs/architecture.md,
// "Room hub").
struct RelayInfo {
    QString roomId;                   // UUID the hub made when the room started; sessions carry it as `workshop`
    QString title;
    QString kern;
    QHash<QString, QString> origins;  // session id -> the device that made it

    friend bool operator==(const RelayInfo &, const RelayInfo &) = default;
};

struct UploadBatch {
    QString deviceId;
    QString appVersion;
    QString contentVersion;
    int pendingReported = 0;
    QList<SessionRecord> sessions;
    QList<ContributionRecord> contributions;
    std::optional<RelayInfo> relay = std::nullopt;  // set only in a relay
};

// Which request a batch is: a device's own upload, or a hub's relay (which must carry `relay`).
enum class BatchShape { Upload, Relay };

enum class RecordStatus { Stored, Duplicate, Conflict, Rejected };
QString toString(RecordStatus status);
std::optional<RecordStatus> recordStatusFromString(const QString &text);

struct RecordResult {
    QString type;           // "session" | "contribution"
    QString id;
    RecordStatus status = RecordStatus::Rejected;
    QString reason;         // set for Conflict and Rejected

    friend bool operator==(const RecordResult &, const RecordResult &) = default;
};

struct UploadResult {
    QList<RecordResult> results;
};

struct DecodeError {
    QString path;           // JSON path, e.g. "$.contributions[3].payload"
    QString message;
};

// A whole-request failure (not JSON, wrong shape) has fatal set; a record that fails on
// its own is listed in `rejected` and left out of the batch, the rest goes through.
struct DecodedBatch {
    std::optional<DecodeError> fatal;
    bool overBatchLimit = false;          // fatal because it holds more than MaxBatchRecords
    UploadBatch batch;
    QList<RecordResult> rejected;
    QList<DecodeError> recordErrors;      // the path and message behind each entry of `rejected`
};

// Enrollment (POST /api/v1/enrollments): a one-time code staff made is redeemed for a token.
struct EnrollmentRequest {
    QString code;        // as typed or scanned; normalizeEnrollmentCode() decides
    QString deviceId;    // the device's own id (UUID); the server confirms it
    QString appVersion;
    QString name;        // optional, e.g. "Kiosk bibliotheek Nieuwleusen"
};

struct EnrollmentResponse {
    QString deviceId;
    QString token;       // the bearer token; the server keeps only its hash
    QString name;
};

// Enrollment codes: 16 characters of Crockford base32 (no I, L, O, U), shown in groups of
// four. 80 random bits: guessing one within its lifetime is hopeless.
inline constexpr char EnrollmentCodeAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
inline constexpr int EnrollmentCodeLength = 16;
// Upper-cases, drops spaces and dashes, reads O as 0 and I/L as 1; empty when it cannot be a code.
[[nodiscard]] QString normalizeEnrollmentCode(const QString &typed);
QString formatEnrollmentCode(const QString &normalized);  // XXXX-XXXX-XXXX-XXXX

inline const QStringList Channels{QStringLiteral("kiosk"), QStringLiteral("workshop"), QStringLiteral("event"),
                                  QStringLiteral("assisted"), QStringLiteral("paper")};

[[nodiscard]] bool isUuid(const QString &text);
[[nodiscard]] bool isIsoTimestamp(const QString &text);
// A resource of the API on a server, e.g. apiUrl(http://host:8080/base, "/uploads")
// -> http://host:8080/base/api/v1/uploads.
QUrl apiUrl(const QUrl &server, const QString &resource);

QString nowIso();   // device clock with offset and milliseconds
QString newId();    // UUID v4 without braces

QJsonObject toJson(const SessionRecord &record);
QJsonObject toJson(const ContributionRecord &record);
QByteArray encode(const UploadBatch &batch);
QByteArray encode(const UploadResult &result);

// Returns the record or the first error in it, with a path below `path`.
[[nodiscard]] std::optional<DecodeError> decodeSession(const QJsonValue &value, const QString &path, SessionRecord &out);
[[nodiscard]] std::optional<DecodeError> decodeContribution(const QJsonValue &value, const QString &path,
                                                            ContributionRecord &out);
[[nodiscard]] DecodedBatch decodeBatch(const QByteArray &body, BatchShape shape = BatchShape::Upload);
[[nodiscard]] std::optional<UploadResult> decodeResult(const QByteArray &body, QString *error = nullptr);

QByteArray encode(const EnrollmentRequest &request);
QByteArray encode(const EnrollmentResponse &response);
[[nodiscard]] std::optional<DecodeError> decodeEnrollmentRequest(const QByteArray &body, EnrollmentRequest &out);
[[nodiscard]] std::optional<EnrollmentResponse> decodeEnrollmentResponse(const QByteArray &body, QString *error = nullptr);

// Joining a room (POST /api/v1/rooms/current/members on a hub) is an enrollment with the room
// code: the same fields (the code as typed, normalizeRoomCode() decides; the tablet's own id,
// required; its app version; a name such as "Tafel 3"), for a room token.
using RoomJoinRequest = EnrollmentRequest;

struct RoomJoinResponse {
    QString roomId;
    QString deviceId;
    QString token;       // the room token: a bearer token for this hub only
    QString title;
    QString kern;
    QString phase;
    QString contentVersion;
    QStringList activities;  // the activity ids the facilitator chose; empty: every activity of the pack
    QString place, date;     // where and when (date as YYYY-MM-DD), as the facilitator typed them
};

// Room codes: 6 digits, shown as "123 456".
inline constexpr int RoomCodeLength = 6;
// Drops spaces and dashes; empty when what is left is not 6 digits.
[[nodiscard]] QString normalizeRoomCode(const QString &typed);
QString formatRoomCode(const QString &normalized);

QByteArray encode(const RoomJoinResponse &response);
[[nodiscard]] std::optional<DecodeError> decodeRoomJoinRequest(const QByteArray &body, RoomJoinRequest &out);
[[nodiscard]] std::optional<RoomJoinResponse> decodeRoomJoinResponse(const QByteArray &body, QString *error = nullptr);

// What the facilitator set the room to (GET /api/v1/rooms/current/state, a long poll on the hub):
// every tablet follows it. `sequence` grows with every change and survives a hub restart.
struct RoomState {
    enum class Mode { Free, Activity, Pause, Results };
    qint64 sequence = 0;
    Mode mode = Mode::Free;  // free: each tablet goes its own way through the room's activities
    QString activityId;      // with Activity (and kept through a pause): the activity all tablets show
    QString contentVersion;  // the room's pack
    QStringList activities;  // the room's activities (empty: all of the pack)
};
QString modeName(RoomState::Mode mode);          // "free", "activity", "pause", "results"
std::optional<RoomState::Mode> modeFromName(const QString &name);
QByteArray encode(const RoomState &state);
[[nodiscard]] std::optional<RoomState> decodeRoomState(const QByteArray &body, QString *error = nullptr);

// The `detail` of an application/problem+json body, or empty.
QString problemDetail(const QByteArray &body);

// Formats the server checks besides its own content packs (same rules as contentpack.cpp).
[[nodiscard]] bool isActivityId(const QString &text);      // [a-z0-9][a-z0-9-]{0,62}
[[nodiscard]] bool isContentVersion(const QString &text);  // [A-Za-z0-9._-]{1,64}
[[nodiscard]] bool isAppVersion(const QString &text);      // [A-Za-z0-9.+~-]{1,32}

// Text that can travel: what the device stores, sends and hashes must be what the server stores,
// byte for byte, so text that UTF-8 cannot carry unchanged is refused on both sides, never
// "repaired" (QString::toUtf8() would silently turn it into U+FFFD or '?'). Refused: lone
// surrogates, noncharacters (U+FDD0..U+FDEF and U+xFFFE/U+xFFFF in every plane), NUL and the
// other C0 control characters except tab, line feed and carriage return. Returns why, naming
// the first such character and its position, or an empty string when the text is fine.
[[nodiscard]] QString textProblem(const QString &text);
// The first string value or object key in `value` with a textProblem, with its JSON path
// (e.g. "$.contributions[0].payload.text"), or nullopt.
[[nodiscard]] std::optional<DecodeError> checkText(const QJsonValue &value, const QString &path);
// The same check over every text field of a record, before the device stores it.
[[nodiscard]] std::optional<DecodeError> checkText(const SessionRecord &session);
[[nodiscard]] std::optional<DecodeError> checkText(const ContributionRecord &contribution);

// Canonical bytes of a record's content: what "the same record" means for idempotency.
QByteArray canonical(const SessionRecord &record);
QByteArray canonical(const ContributionRecord &record);
// The same, with the payload's compact JSON already written (json::compact(record.payload)).
QByteArray canonical(const ContributionRecord &record, const QByteArray &payloadJson);

} // namespace samenspraak::protocol
