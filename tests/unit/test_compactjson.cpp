// The hand-written JSON writer (sync/compactjson.h) against Qt's own, byte for byte: the
// canonical form decides whether a resend is a duplicate or a conflict, so every byte must be
// what QJsonDocument::toJson(Compact) wrote when earlier versions stored it.

#include <catch2/catch.hpp>

#include "appcontext.h"
#include "compactjson.h"
#include "protocol.h"
#include "simulator.h"
#include "store.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <limits>

using namespace samenspraak;
using namespace samenspraak::protocol;

namespace {

QByteArray qtCompact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// What canonical() and encode() were before they were written by hand: Qt's writer over toJson().
QByteArray qtCanonical(const ContributionRecord &r)
{
    QJsonObject o = toJson(r);
    o.remove(QStringLiteral("deviceSeq"));
    return qtCompact(o);
}

QByteArray qtEncode(const UploadBatch &b)
{
    QJsonArray sessions, contributions;
    for (const auto &s : b.sessions)
        sessions.append(toJson(s));
    for (const auto &c : b.contributions)
        contributions.append(toJson(c));
    QJsonObject o{{QStringLiteral("deviceId"), b.deviceId}, {QStringLiteral("appVersion"), b.appVersion},
                  {QStringLiteral("contentVersion"), b.contentVersion}, {QStringLiteral("pendingReported"), b.pendingReported},
                  {QStringLiteral("sessions"), sessions}, {QStringLiteral("contributions"), contributions}};
    if (b.relay) {
        QJsonObject origins;
        for (auto it = b.relay->origins.cbegin(); it != b.relay->origins.cend(); ++it)
            origins.insert(it.key(), it.value());
        o.insert(QStringLiteral("relay"), QJsonObject{{QStringLiteral("roomId"), b.relay->roomId}, {QStringLiteral("title"), b.relay->title},
                                                      {QStringLiteral("kern"), b.relay->kern}, {QStringLiteral("origins"), origins}});
    }
    return qtCompact(o);
}

QByteArray qtEncode(const UploadResult &r)
{
    QJsonArray results;
    for (const auto &x : r.results) {
        QJsonObject o{{QStringLiteral("type"), x.type}, {QStringLiteral("id"), x.id}, {QStringLiteral("status"), toString(x.status)}};
        if (!x.reason.isEmpty())
            o.insert(QStringLiteral("reason"), x.reason);
        results.append(o);
    }
    return qtCompact(QJsonObject{{QStringLiteral("results"), results}});
}

// Random text that reaches every branch of the writer: ASCII, the escaped characters, other
// control characters, DEL, two- and three-byte UTF-8, surrogate pairs, lone surrogates (which
// the protocol refuses, but the writer must still match), noncharacters.
class Texts {
public:
    explicit Texts(quint32 seed) : m_random(seed) {}

    QString text(int maxLength = 12)
    {
        QString s;
        const int length = int(m_random.bounded(maxLength + 1));
        for (int i = 0; i < length; ++i) {
            switch (m_random.bounded(12)) {
            case 0: s += QChar(char16_t(m_random.bounded(0x20))); break;
            case 1: s += QChar(u"\"\\/\b\f\n\r\t\x7f"[m_random.bounded(9)]); break;
            case 2: s += QChar(char16_t(0x80 + m_random.bounded(0x780))); break;      // two bytes
            case 3: s += QChar(char16_t(0x800 + m_random.bounded(0xd000))); break;    // three bytes, below the surrogates
            case 4: s += QChar(char16_t(0xe000 + m_random.bounded(0x2000))); break;   // three bytes, up to U+FFFF
            case 5: {                                                                // a pair: U+10000..U+10FFFF
                const char32_t c = 0x10000 + m_random.bounded(0x100000);
                s += QString::fromUcs4(&c, 1);
                break;
            }
            case 6: s += QChar(char16_t(0xd800 + m_random.bounded(0x800))); break;    // a lone surrogate
            case 7: s += QStringLiteral("één café 😀"); break;
            default: s += QChar(char16_t(0x20 + m_random.bounded(0x60))); break;     // printable ASCII
            }
        }
        return s;
    }

    QJsonValue number()
    {
        static const double fixed[] = {0.0, -0.0, 1.0, -1.0, 0.1, 1e15, 1e16, 1e20, 1e-7, 1.5e300, 2.5, 1.0 / 3.0,
                                       9007199254740992.0, 9007199254740993.0, 4611686018427387904.0,
                                       std::numeric_limits<double>::max(), std::numeric_limits<double>::min(),
                                       std::numeric_limits<double>::denorm_min(), std::numeric_limits<double>::infinity()};
        switch (m_random.bounded(5)) {
        case 0: return fixed[m_random.bounded(int(std::size(fixed)))];
        case 1: return qint64(m_random.generate64());                         // 64-bit integers (stored as integers)
        case 2: return int(m_random.bounded(2001)) - 1000;
        case 3: return (m_random.generateDouble() - 0.5) * std::pow(10.0, int(m_random.bounded(40)) - 20);
        default: {
            // As a device's JSON text would bring it: the parser decides integer or double.
            const QByteArray text = "[" + QByteArray::number(m_random.bounded(100000)) + (m_random.bounded(2) ? ".5e3]" : "]");
            return QJsonDocument::fromJson(text).array().first();
        }
        }
    }

    QJsonValue value(int depth)
    {
        switch (m_random.bounded(depth > 0 ? 7 : 5)) {
        case 0: return text();
        case 1: return number();
        case 2: return bool(m_random.bounded(2));
        case 3: return QJsonValue(QJsonValue::Null);
        case 4: return text(3);
        case 5: {
            QJsonArray a;
            for (int i = int(m_random.bounded(5)); i > 0; --i)
                a.append(value(depth - 1));
            return a;
        }
        default: return object(depth - 1);
        }
    }

    QJsonObject object(int depth)
    {
        QJsonObject o;
        for (int i = int(m_random.bounded(7)); i > 0; --i)
            o.insert(m_random.bounded(3) ? text(6) : QStringLiteral("k%1").arg(m_random.bounded(20)), value(depth));
        return o;
    }

    QString maybeEmpty() { return m_random.bounded(3) ? text(20) : QString(); }

private:
    QRandomGenerator m_random;
};

} // namespace

TEST_CASE("the hand-written JSON is Qt's compact JSON byte for byte, over random objects", "[protocol][compactjson]")
{
    Texts random(20261203);
    for (int i = 0; i < 5000; ++i) {
        const QJsonObject o = random.object(3);
        INFO("case " << i << ": " << qtCompact(o).toStdString());
        REQUIRE(json::compact(o) == qtCompact(o));
    }
}

TEST_CASE("the hand-written canonical form and batch are Qt's bytes, over random records", "[protocol][compactjson]")
{
    Texts random(7);
    for (int i = 0; i < 2000; ++i) {
        const SessionRecord s{random.text(36), random.text(8), random.maybeEmpty(), random.text(10), random.text(2), random.text(29)};
        const ContributionRecord c{random.text(36), random.text(36), random.text(20), random.text(10), random.text(10),
                                   random.object(2), random.text(29), qint64(i) * 7919, random.maybeEmpty()};
        INFO("case " << i);
        REQUIRE(canonical(s) == qtCompact(toJson(s)));
        REQUIRE(canonical(c) == qtCanonical(c));
        REQUIRE(canonical(c, json::compact(c.payload)) == qtCanonical(c));
        UploadBatch batch{random.text(36), random.text(8), random.text(10), i, {s, s}, {c, c}};
        if (i % 3 == 0)
            batch.relay = RelayInfo{random.text(36), random.text(10), random.maybeEmpty(), {{random.text(36), random.text(36)}, {random.text(5), random.text(5)}}};
        REQUIRE(encode(batch) == qtEncode(batch));
        const UploadResult result{{{QStringLiteral("session"), s.id, RecordStatus::Stored, {}},
                                   {QStringLiteral("contribution"), c.id, RecordStatus::Conflict, random.maybeEmpty()}}};
        REQUIRE(encode(result) == qtEncode(result));
    }
    const UploadBatch empty{};
    CHECK(encode(empty) == qtEncode(empty));
    CHECK(encode(UploadResult{}) == qtEncode(UploadResult{}));
}

TEST_CASE("the canonical form of every simulated answer of the default pack is Qt's bytes", "[protocol][compactjson]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    {
        auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
        REQUIRE(created.context);
        const SimulationResult sim = simulateParticipants(*created.context, 60, 42);
        REQUIRE(sim.error.isEmpty());
    }
    auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
    REQUIRE(opened.store);
    const QList<ContributionRecord> contributions = opened.store->contributions();
    const QList<SessionRecord> sessions = opened.store->pendingSessions(1 << 30);
    REQUIRE(contributions.size() > 300);
    REQUIRE(sessions.size() == 60);
    for (const ContributionRecord &c : contributions) {
        INFO(qtCanonical(c).toStdString());
        REQUIRE(canonical(c) == qtCanonical(c));
    }
    for (const SessionRecord &s : sessions)
        REQUIRE(canonical(s) == qtCompact(toJson(s)));
    const UploadBatch batch{newId(), QStringLiteral("1.0"), QStringLiteral("x"), 0, sessions, contributions};
    CHECK(encode(batch).toStdString() == qtEncode(batch).toStdString());
}

// Fixed bytes, so that a change of Qt's own writer (an upgrade) shows here too: records stored by
// earlier versions keep these bytes, and canonical() must keep producing them.
TEST_CASE("the canonical form of a known record is the bytes earlier versions stored", "[protocol][compactjson]")
{
    const ContributionRecord c{QStringLiteral("0b1f6c9e-3f3a-4c39-9c1e-6d7e2b1a0f11"), QStringLiteral("5a7d0c4e-2b8f-4f7e-8a61-0c9d3e2f1b22"),
                               QStringLiteral("waarden"), QStringLiteral("values"), QStringLiteral("2026.11.1"),
                               QJsonObject{{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect"), QStringLiteral("rust")}},
                                           {QStringLiteral("text"), QStringLiteral("Zeg \"hoi\"\\\n\tcafé 😀\x01")},
                                           {QStringLiteral("score"), 3}, {QStringLiteral("ratio"), 0.25},
                                           {QStringLiteral("Über"), true}, {QStringLiteral("nested"), QJsonObject{{QStringLiteral("b"), QJsonValue::Null}, {QStringLiteral("a"), 1e21}}}},
                               QStringLiteral("2026-05-01T10:01:00.000+02:00"), 7, QString()};
    const QByteArray expected = "{\"activityId\":\"waarden\",\"contentVersion\":\"2026.11.1\",\"createdAt\":\"2026-05-01T10:01:00.000+02:00\","
                                "\"id\":\"0b1f6c9e-3f3a-4c39-9c1e-6d7e2b1a0f11\",\"kind\":\"values\",\"payload\":{\"nested\":{\"a\":1e+21,\"b\":null},"
                                "\"picks\":[\"respect\",\"rust\"],\"ratio\":0.25,\"score\":3,\"text\":\"Zeg \\\"hoi\\\"\\\\\\n\\tcaf\xc3\xa9 \xf0\x9f\x98\x80\\u0001\","
                                "\"\xc3\x9c" "ber\":true},\"sessionId\":\"5a7d0c4e-2b8f-4f7e-8a61-0c9d3e2f1b22\"}";
    CHECK(qtCanonical(c) == expected);
    CHECK(canonical(c) == expected);
}
