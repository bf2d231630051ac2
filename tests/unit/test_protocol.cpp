#include <catch2/catch.hpp>

#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace samenspraak::protocol;

namespace {

SessionRecord sampleSession()
{
    return {newId(), QStringLiteral("kiosk"), QString(), QStringLiteral("2026.11.1"), QStringLiteral("nl"),
            QStringLiteral("2026-05-01T10:00:00.000+02:00")};
}

ContributionRecord sampleContribution(const QString &sessionId)
{
    return {newId(), sessionId, QStringLiteral("waarden"), QStringLiteral("values"), QStringLiteral("2026.11.1"),
            QJsonObject{{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect")}}},
            QStringLiteral("2026-05-01T10:01:00.000+02:00"), 7, QString()};
}

QJsonObject batchJson(const UploadBatch &b)
{
    return QJsonDocument::fromJson(encode(b)).object();
}

} // namespace

TEST_CASE("a batch survives encode and decode unchanged", "[protocol]")
{
    const SessionRecord s = sampleSession();
    UploadBatch batch{QStringLiteral("device-1"), QStringLiteral("0.1.0"), QStringLiteral("2026.11.1"), 3, {s}, {sampleContribution(s.id)}};
    const DecodedBatch decoded = decodeBatch(encode(batch));
    REQUIRE_FALSE(decoded.fatal);
    REQUIRE(decoded.rejected.isEmpty());
    CHECK(decoded.batch.deviceId == batch.deviceId);
    CHECK(decoded.batch.pendingReported == 3);
    REQUIRE(decoded.batch.sessions.size() == 1);
    CHECK(decoded.batch.sessions.first() == batch.sessions.first());
    REQUIRE(decoded.batch.contributions.size() == 1);
    CHECK(decoded.batch.contributions.first() == batch.contributions.first());
}

TEST_CASE("an upload result survives encode and decode", "[protocol]")
{
    UploadResult result{{{QStringLiteral("contribution"), newId(), RecordStatus::Stored, {}},
                         {QStringLiteral("contribution"), newId(), RecordStatus::Conflict, QStringLiteral("kept aside")}}};
    const auto decoded = decodeResult(encode(result));
    REQUIRE(decoded);
    CHECK(decoded->results == result.results);
}

TEST_CASE("malformed batches are refused as a whole with a path", "[protocol]")
{
    CHECK(decodeBatch("{not json").fatal->message.startsWith(QStringLiteral("is not valid JSON")));
    CHECK(decodeBatch("[]").fatal->message == QStringLiteral("must be an object"));
    const auto missing = decodeBatch(R"({"deviceId":"d","appVersion":"1","sessions":[]})");
    CHECK(missing.fatal->path == QStringLiteral("$.contributions"));
    CHECK(missing.fatal->message == QStringLiteral("is required"));
    const auto unknown = decodeBatch(R"({"deviceId":"d","appVersion":"1","sessions":[],"contributions":[],"admin":true})");
    CHECK(unknown.fatal->path == QStringLiteral("$.admin"));
    CHECK(unknown.fatal->message == QStringLiteral("is not a known field"));
    const auto wrongType = decodeBatch(R"({"deviceId":5,"appVersion":"1","sessions":[],"contributions":[]})");
    CHECK(wrongType.fatal->path == QStringLiteral("$.deviceId"));
    CHECK(wrongType.fatal->message == QStringLiteral("must be a string"));
}

TEST_CASE("a bad record is rejected on its own, the rest goes through", "[protocol]")
{
    const SessionRecord s = sampleSession();
    UploadBatch batch{QStringLiteral("device-1"), QStringLiteral("0.1.0"), {}, 0, {s}, {sampleContribution(s.id)}};
    QJsonObject root = batchJson(batch);
    QJsonArray contributions = root.value(QStringLiteral("contributions")).toArray();
    QJsonObject bad = contributions.at(0).toObject();
    const QString badId = newId();
    bad.insert(QStringLiteral("id"), badId);
    bad.insert(QStringLiteral("createdAt"), QStringLiteral("yesterday"));
    contributions.append(bad);
    root.insert(QStringLiteral("contributions"), contributions);

    const DecodedBatch decoded = decodeBatch(QJsonDocument(root).toJson());
    REQUIRE_FALSE(decoded.fatal);
    CHECK(decoded.batch.contributions.size() == 1);
    REQUIRE(decoded.rejected.size() == 1);
    CHECK(decoded.rejected.first().id == badId);
    CHECK(decoded.rejected.first().status == RecordStatus::Rejected);
    CHECK(decoded.rejected.first().reason.startsWith(QStringLiteral("$.contributions[1].createdAt must be an ISO 8601 time")));
}

TEST_CASE("record fields are checked strictly", "[protocol]")
{
    const SessionRecord s = sampleSession();
    auto rejectionFor = [&](const QString &field, const QJsonValue &value) {
        QJsonObject c = toJson(sampleContribution(s.id));
        if (value.isUndefined())
            c.remove(field);
        else
            c.insert(field, value);
        ContributionRecord out;
        const auto error = decodeContribution(c, QStringLiteral("$.c"), out);
        return error ? error->path + QLatin1Char(' ') + error->message : QString();
    };
    CHECK(rejectionFor(QStringLiteral("id"), QStringLiteral("1; DROP TABLE contributions")) == QStringLiteral("$.c.id must be a lowercase UUID"));
    CHECK(rejectionFor(QStringLiteral("sessionId"), QJsonValue::Undefined) == QStringLiteral("$.c.sessionId is required"));
    CHECK(rejectionFor(QStringLiteral("deviceSeq"), 1.5) == QStringLiteral("$.c.deviceSeq must be an integer"));
    CHECK(rejectionFor(QStringLiteral("deviceSeq"), -1) == QStringLiteral("$.c.deviceSeq must be between 0 and 9007199254740992"));
    CHECK(rejectionFor(QStringLiteral("payload"), QStringLiteral("x")) == QStringLiteral("$.c.payload must be an object"));
    CHECK(rejectionFor(QStringLiteral("createdAt"), QStringLiteral("2026-05-01T10:00:00")) .startsWith(QStringLiteral("$.c.createdAt must be an ISO 8601 time with offset")));
    CHECK(rejectionFor(QStringLiteral("extra"), 1) == QStringLiteral("$.c.extra is not a known field"));
    CHECK(rejectionFor(QStringLiteral("payload"), QJsonObject{{QStringLiteral("t"), QString(MaxPayloadBytes, QLatin1Char('x'))}})
          == QStringLiteral("$.c.payload is larger than 16384 bytes"));
    CHECK(rejectionFor(QStringLiteral("kind"), QStringLiteral("values")).isEmpty());
}

TEST_CASE("batches above the record cap are refused", "[protocol]")
{
    UploadBatch batch{QStringLiteral("d"), QStringLiteral("1"), {}, 0, {}, {}};
    const SessionRecord s = sampleSession();
    for (int i = 0; i <= MaxBatchRecords; ++i)
        batch.contributions.append(sampleContribution(s.id));
    const auto decoded = decodeBatch(encode(batch));
    REQUIRE(decoded.fatal);
    CHECK(decoded.fatal->message == QStringLiteral("holds 501 records; at most 500 are allowed per batch"));
}

TEST_CASE("canonical form ignores the device sequence but not the payload", "[protocol]")
{
    const ContributionRecord a = sampleContribution(newId());
    ContributionRecord b = a;
    b.deviceSeq = 99;
    CHECK(canonical(a) == canonical(b));
    b.payload.insert(QStringLiteral("picks"), QJsonArray{QStringLiteral("groen")});
    CHECK(canonical(a) != canonical(b));
}

TEST_CASE("an answer that is not ours is refused, e.g. a captive portal page", "[protocol]")
{
    QString error;
    CHECK_FALSE(decodeResult("<html>Log in to the Wi-Fi</html>", &error));
    CHECK(error.contains(QStringLiteral("captive portal")));
    CHECK_FALSE(decodeResult(R"({"results":[{"id":"x","status":"maybe"}]})", &error));
}

TEST_CASE("timestamps need an offset and a real date", "[protocol]")
{
    CHECK(isIsoTimestamp(QStringLiteral("2026-05-01T10:00:00.123+02:00")));
    CHECK(isIsoTimestamp(QStringLiteral("2026-05-01T10:00:00Z")));
    CHECK_FALSE(isIsoTimestamp(QStringLiteral("2026-05-01T10:00:00")));
    CHECK_FALSE(isIsoTimestamp(QStringLiteral("2026-13-45T10:00:00Z")));
    CHECK(isIsoTimestamp(nowIso()));
    CHECK(isUuid(newId()));
}

TEST_CASE("a Report-Sequence header is a whole number from 1 to 2^53 - 1, in plain digits", "[protocol]")
{
    CHECK(parseReportSequence("1") == 1);
    CHECK(parseReportSequence("1764806400123") == qint64(1764806400123));
    CHECK(parseReportSequence("9007199254740991") == MaxReportSequence);
    for (const char *bad : {"", "0", "007", "-1", "+1", " 1", "1 ", "1.0", "1e3", "9007199254740992", "99999999999999999999", "x"}) {
        INFO(bad);
        CHECK_FALSE(parseReportSequence(bad));
    }
}
