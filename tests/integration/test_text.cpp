// Text at the protocol boundary (issue 14): what cannot travel as UTF-8 unchanged (noncharacters,
// lone surrogates, NUL and other control characters) is refused by the server with a 400 that
// names the JSON path, on SQLite and PostgreSQL, and by the device before it stores it; text
// that can travel round-trips byte for byte, so a re-send is always `duplicate`. A device that
// holds such a record (from an older version) sets it aside and finishes its upload.

#include <catch2/catch.hpp>

#include "devices.h"
#include "httpclient.h"
#include "pgcluster.h"
#include "protocol.h"
#include "serverstore.h"
#include "store.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace samenspraak;

namespace {

const QString Version = QStringLiteral("2026.11.2");

struct TextServer {
    explicit TextServer(const QString &backend) : db(backend, dir.path())
    {
        INFO(db.error().toStdString());
        REQUIRE(db.ok());
        server = std::make_unique<ServerProcess>(db.spec());
        REQUIRE(server->running());
        REQUIRE(serverCommand({QStringLiteral("content"), QStringLiteral("publish"), QStringLiteral("--db"), db.spec(),
                               QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json")})
                    .exitCode == 0);
        const QString code = makeEnrollmentCode(db.spec());
        REQUIRE_FALSE(code.isEmpty());
        deviceId = protocol::newId();
        const HttpResult enrolled = httpRequest("POST", QUrl(server->url() + QStringLiteral("/api/v1/enrollments")),
                                                protocol::encode(protocol::EnrollmentRequest{code, deviceId, QStringLiteral("0.1.0"), {}}),
                                                jsonHeaders());
        REQUIRE(enrolled.status == 201);
        token = enrolled.json().value(QStringLiteral("token")).toString();
    }
    HttpResult upload(const QByteArray &body) const
    {
        return httpRequest("POST", QUrl(server->url() + QStringLiteral("/api/v1/uploads")), body, jsonHeaders(token));
    }

    QTemporaryDir dir;
    ServerDatabase db;
    std::unique_ptr<ServerProcess> server;
    QString deviceId, token;
};

// One session with one idea whose text is `text`, encoded as the device does.
QByteArray ideaBatch(const QString &deviceId, const protocol::SessionRecord &s, const QString &id, const QString &text)
{
    const protocol::ContributionRecord c{id, s.id, QStringLiteral("kansen-en-zorgen"), QStringLiteral("ideas"), Version,
                                         QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("ideaKind"), QStringLiteral("opportunity")},
                                                     {QStringLiteral("theme"), QStringLiteral("wonen")}},
                                         QStringLiteral("2026-05-01T10:01:00.000+02:00"), 1, QString()};
    return protocol::encode(protocol::UploadBatch{deviceId, QStringLiteral("0.1.0"), Version, 2, {s}, {c}});
}

protocol::SessionRecord kioskSession()
{
    return {protocol::newId(), QStringLiteral("kiosk"), QString(), Version, QStringLiteral("nl"), QStringLiteral("2026-05-01T10:00:00.000+02:00")};
}

} // namespace

TEST_CASE("free text with U+FFFF is refused with its JSON path, a re-send too, and valid text round-trips as duplicate", "[server][text][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    TextServer f(backend);
    const protocol::SessionRecord s = kioskSession();
    for (const QChar bad : {QChar(0xFFFF), QChar(0xFFFE), QChar(0xFDD0), QChar(0xD800), QChar(0)}) {
        INFO("U+" << QString::number(bad.unicode(), 16).toStdString());
        const QString text = QStringLiteral("Meer groen") + bad + QStringLiteral(" in de kern");
        const QString id = protocol::newId();
        for (int attempt = 0; attempt < 2; ++attempt) {  // the same answer every time: never stored, never a conflict
            const HttpResult r = f.upload(ideaBatch(f.deviceId, s, id, text));
            INFO(r.body.toStdString());
            CHECK(r.status == 400);
            CHECK(r.isProblem());
            const QJsonObject invalid = r.json().value(QStringLiteral("invalidParams")).toArray().at(0).toObject();
            CHECK(invalid.value(QStringLiteral("name")).toString() == QStringLiteral("$.contributions[0].payload.text"));
            CHECK(invalid.value(QStringLiteral("reason")).toString().contains(QStringLiteral("at character 10")));
        }
    }
    CHECK(exportedContributions(f.db.spec()).isEmpty());

    // What can travel is kept byte for byte: the re-send is a duplicate, never a conflict.
    const QString rich = QStringLiteral("Tab\there, line\nand CR\r, U+FFFD \uFFFD, emoji \U0001F333, combining e\u0301, RTL \u05D0\u05D1, nbsp\u00A0.");
    const QString id = protocol::newId();
    const QByteArray batch = ideaBatch(f.deviceId, s, id, rich);
    HttpResult first = f.upload(batch);
    INFO(first.body.toStdString());
    REQUIRE(first.status == 200);
    CHECK(first.body.contains("\"status\":\"stored\""));
    const HttpResult again = f.upload(batch);
    REQUIRE(again.status == 200);
    CHECK(again.body.contains("\"status\":\"duplicate\""));
    CHECK_FALSE(again.body.contains("\"conflict\""));
    const QJsonArray exported = exportedContributions(f.db.spec());
    REQUIRE(exported.size() == 1);
    CHECK(exported.at(0).toObject().value(QStringLiteral("payload")).toObject().value(QStringLiteral("text")).toString().toUtf8() == rich.toUtf8());
}

TEST_CASE("the device refuses to store text the server would refuse", "[store][text]")
{
    QTemporaryDir dir;
    auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
    REQUIRE(opened.store);
    protocol::SessionRecord s = kioskSession();
    s.workshop = QStringLiteral("Dorpshuis") + QChar(0) + QStringLiteral("zaal");
    const StoreError refused = opened.store->saveSession(s);
    CHECK(refused.code == StoreError::Invalid);
    CHECK(refused.message == QStringLiteral("The session cannot be saved: $.workshop holds the control character U+0000 at character 9; "
                                            "only tab, line feed and carriage return are allowed."));
    protocol::ContributionRecord c{protocol::newId(), s.id, QStringLiteral("kansen-en-zorgen"), QStringLiteral("ideas"), Version,
                                   QJsonObject{{QStringLiteral("text"), QStringLiteral("a") + QChar(0xFFFF)}, {QStringLiteral("ideaKind"), QStringLiteral("concern")}},
                                   QStringLiteral("2026-05-01T10:01:00.000+02:00"), 0, QString()};
    const StoreError answer = opened.store->saveContribution(c);
    CHECK(answer.code == StoreError::Invalid);
    CHECK(answer.message == QStringLiteral("The answer cannot be saved: $.payload.text holds the noncharacter U+FFFF at character 1, "
                                           "which cannot be stored as sent."));
    CHECK(opened.store->contributionCount() == 0);
}

TEST_CASE("a NUL in a session's workshop field never blocks the device: it is set aside, the rest is sent", "[server][text][quarantine][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    QTemporaryDir dir;
    ServerDatabase db(backend, dir.path());
    REQUIRE(db.ok());
    ServerProcess server(db.spec());
    REQUIRE(server.running());
    const QString device = dir.filePath(QStringLiteral("device"));
    REQUIRE(enrollDevice(server, db.spec(), device));
    REQUIRE(app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("3"), QStringLiteral("--data-dir"), device}).exitCode == 0);
    // A session with a NUL in its workshop name and one answer in it, as an older version could
    // have stored them (the store refuses them now, so they go in by SQL).
    const QString poisoned = protocol::newId();
    int total = 0;
    {
        auto opened = Store::open(device, CorruptionPolicy::Refuse);
        REQUIRE(opened.store);
        QSqlQuery q(opened.store->db());
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO sessions(id, channel, workshop, content_version, language, started_at)"
                                         " SELECT ?, 'workshop', ?, content_version, language, started_at FROM sessions LIMIT 1")));
        q.addBindValue(poisoned);
        q.addBindValue(QStringLiteral("Tafel") + QChar(0) + QStringLiteral("2"));
        REQUIRE(q.exec());
        REQUIRE(q.prepare(QStringLiteral("INSERT INTO contributions(id, session_id, activity_id, kind, content_version, payload, created_at)"
                                         " SELECT ?, ?, activity_id, kind, content_version, payload, created_at FROM contributions LIMIT 1")));
        q.addBindValue(protocol::newId());
        q.addBindValue(poisoned);
        REQUIRE(q.exec());
        REQUIRE(q.exec(QStringLiteral("SELECT length(CAST(workshop AS BLOB)) FROM sessions WHERE workshop LIKE 'Tafel%'")));
        REQUIRE(q.next());
        REQUIRE(q.value(0).toInt() == 7);  // the NUL is really stored
        total = opened.store->contributionCount();
    }
    const CommandResult synced = app({QStringLiteral("sync"), QStringLiteral("--data-dir"), device});
    INFO(synced.out.toStdString() << synced.err.toStdString());
    CHECK(synced.exitCode == 0);
    CHECK(synced.out.contains(QStringLiteral(", pending 0, quarantined 2\n")));  // the session and its answer
    CHECK(exportedContributions(db.spec()).size() == total - 1);
    auto after = Store::open(device, CorruptionPolicy::Refuse);
    QSqlQuery note(after.store->db());
    REQUIRE(note.exec(QStringLiteral("SELECT sync_note FROM sessions WHERE sync_state = 2")));
    REQUIRE(note.next());
    CHECK(note.value(0).toString().contains(QStringLiteral(".workshop holds the control character U+0000 at character 5")));
}
