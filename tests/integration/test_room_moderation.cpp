// Moderation in a room with real processes (docs/architecture.md, "Moderation"): the hub's word
// list flags, the facilitator approves and rejects on the hub's console, the decisions survive a
// SIGKILL, the room's live results show approved text only, and the decisions reach the municipal
// server exactly once, so its free-text export carries the mark.

#include <catch2/catch.hpp>

#include "answers.h"
#include "contentpack.h"
#include "devices.h"
#include "httpclient.h"
#include "pinning.h"
#include "room.h"
#include "store.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

using namespace samenspraak;

namespace {

const QString Ideas = QStringLiteral("kansen-en-zorgen");

QStringList column(const QString &databaseFile, const QString &sql)
{
    return sqliteColumn(databaseFile, sql);
}

void execute(const QString &databaseFile, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseFile);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(sql));
    }
    QSqlDatabase::removeDatabase(name);
}

// Participants in the tablet's room, each in a session of their own, who wrote one idea.
// Returns the ideas' contribution ids, in order.
QStringList writeIdeas(const QString &dataDir, const QStringList &texts)
{
    const ParsedPack pack = loadContentPack(QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json"));
    REQUIRE(pack.pack);
    const Activity *activity = pack.pack->activity(Ideas);
    REQUIRE(activity);
    auto opened = Store::open(dataDir, CorruptionPolicy::Refuse);
    REQUIRE(opened.store);
    const QString room = opened.store->setting(QStringLiteral("room_id"));
    REQUIRE_FALSE(room.isEmpty());
    QStringList ids;
    for (const QString &text : texts) {
        const protocol::SessionRecord session{protocol::newId(), QStringLiteral("workshop"), room, pack.pack->version, QStringLiteral("nl"),
                                              protocol::nowIso()};
        REQUIRE_FALSE(opened.store->saveSession(session));
        answers::Idea idea{text, activity->kinds.first(), pack.pack->themesFor(*activity).first().id};
        protocol::ContributionRecord c{protocol::newId(), session.id, Ideas, Kind::Ideas, pack.pack->version, idea.toJson(), protocol::nowIso(), 0, {}};
        REQUIRE_FALSE(opened.store->saveContribution(c));
        ids.append(c.id);
    }
    return ids;
}

// "queue" on the hub's console: contribution id -> state.
QHash<QString, QString> states(HubProcess &hub)
{
    QHash<QString, QString> out;
    for (const QString &line : hub.command(QStringLiteral("queue")))
        out.insert(line.section(QLatin1Char(' '), 1, 1), line.section(QLatin1Char(' '), 0, 0));
    return out;
}

} // namespace

TEST_CASE("room moderation: the word list flags, decisions survive a SIGKILL of the hub, the results show approved text only,"
          " and the server's export carries the mark, each decision once",
          "[room][moderation]")
{
    QTemporaryDir serverDir, hubDir, tablet;
    const QString serverDb = serverDir.filePath(QStringLiteral("server.db"));
    // The municipality published the pack the tablets use (the export reads it).
    REQUIRE(serverCommand({QStringLiteral("content"), QStringLiteral("publish"), QStringLiteral("--db"), serverDb,
                           QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json")})
                .exitCode == 0);
    ServerProcess server(serverDb);
    INFO(server.error().toStdString());
    REQUIRE(server.running());
    QString error;
    for (const QString &dir : {hubDir.path(), tablet.path()}) {
        INFO(error.toStdString());
        REQUIRE(enrollDevice(server, serverDb, dir, &error));
    }
    server.stop();  // no internet in the hall: the decisions wait on the hub

    HubProcess hub(hubDir.path(), {QStringLiteral("--title"), QStringLiteral("Avond Ankum")});
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    REQUIRE(app({QStringLiteral("join"), QStringLiteral("--data-dir"), tablet.path(), QStringLiteral("--hub"), hub.joinUrl()}).exitCode == 0);
    const QString good = QStringLiteral("Een speeltuin bij de brede school");
    const QString meh = QStringLiteral("Meer bankjes langs de Vecht, maar dan echt");
    const QString abuse = QStringLiteral("De wethouder is een KLOOTZAK");
    const QStringList other = {QStringLiteral("Een markt op zaterdag"), QStringLiteral("Betere bus naar Zwolle"),
                               QStringLiteral("Woningen voor starters")};
    const QStringList ids = writeIdeas(tablet.path(), QStringList{good, meh, abuse} + other);
    const CommandResult synced = app({QStringLiteral("sync"), QStringLiteral("--data-dir"), tablet.path(), QStringLiteral("--retries"), QStringLiteral("0")});
    INFO(synced.out.toStdString() << synced.err.toStdString());
    REQUIRE(synced.out.contains(QStringLiteral("hub: sent")));

    // The word list held the abuse back; the rest waits for the facilitator.
    QHash<QString, QString> state = states(hub);
    CHECK(state.value(ids.at(2)) == QLatin1String("flagged"));
    for (const QString &id : {ids.at(0), ids.at(1), ids.at(3), ids.at(4), ids.at(5)})
        CHECK(state.value(id) == QLatin1String("pending"));

    // The room's live results: six ideas (enough to show), but no text before it is approved.
    QNetworkAccessManager pinned;
    new sync::CertificatePin(&pinned, hub.fingerprint().toLatin1());
    const QString token = column(tablet.path() + QStringLiteral("/samenspraak.db"), QStringLiteral("SELECT value FROM settings WHERE key = 'room_token'")).value(0);
    auto shownTexts = [&] {
        const HttpResult r = httpRequest("GET", QUrl(hub.hubUrl() + QStringLiteral("/api/v1/rooms/current/results")), {},
                                         {{"Authorization", "Bearer " + token.toLatin1()}}, &pinned);
        REQUIRE(r.status == 200);
        QStringList texts;
        for (const QJsonValue &t : r.json().value(QStringLiteral("freeText")).toArray())
            texts << t.toObject().value(QStringLiteral("text")).toString();
        CHECK_FALSE(QString::fromUtf8(r.body).contains(abuse));
        CHECK_FALSE(QString::fromUtf8(r.body).contains(meh));
        return texts;
    };
    CHECK(shownTexts().isEmpty());

    CHECK(hub.command(QStringLiteral("approve ") + ids.at(0)) == QStringList{QStringLiteral("approved ") + ids.at(0)});
    CHECK(hub.command(QStringLiteral("reject ") + ids.at(1)) == QStringList{QStringLiteral("rejected ") + ids.at(1)});
    CHECK(hub.command(QStringLiteral("approve ") + QUuid::createUuid().toString(QUuid::WithoutBraces)).value(0).startsWith(QLatin1String("error: there is no free text")));
    CHECK(shownTexts() == QStringList{good});

    // SIGKILL straight after the decisions, and the hub started again on the same data dir.
    hub.kill();
    REQUIRE(hub.start());
    state = states(hub);
    CHECK(state.value(ids.at(0)) == QLatin1String("approved"));
    CHECK(state.value(ids.at(1)) == QLatin1String("rejected"));
    CHECK(state.value(ids.at(2)) == QLatin1String("flagged"));
    CHECK(state.value(ids.at(3)) == QLatin1String("pending"));
    CHECK(shownTexts() == QStringList{good});
    // Nothing was deleted: every text is still on the hub.
    CHECK(state.size() >= ids.size());

    // The internet is back: the hub forwards the contributions, then the decisions.
    REQUIRE(server.start());
    hub.stop();
    REQUIRE(hub.start());
    const QString serverDecisions = QStringLiteral("SELECT id FROM moderation WHERE relayed_by IS NOT NULL");
    QElapsedTimer waited;
    waited.start();
    while (column(serverDb, serverDecisions).size() < 3 && waited.elapsed() < 60'000)
        QThread::msleep(250);
    INFO("hub deliveries: " << column(hub.database(), QStringLiteral("SELECT record_type || ':' || state || ':' || COALESCE(note, '')"
                                                                   " FROM delivered")).join(QLatin1Char(' ')).toStdString());
    CHECK(column(serverDb, serverDecisions).size() == 3);  // flagged, approved, rejected
    const CommandResult exported = serverCommand({QStringLiteral("export"), QStringLiteral("--db"), serverDb, QStringLiteral("--format"),
                                                  QStringLiteral("free-text")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    auto markOf = [&](const QString &text) {
        for (const QString &line : exported.out.split(QStringLiteral("\r\n")))
            if (line.contains(text))
                return line.section(QLatin1Char(','), -1);
        return QStringLiteral("(missing)");
    };
    CHECK(exported.out.contains(QLatin1String("activity,field,kind,theme,text,moderation\r\n")));
    CHECK(markOf(good) == QLatin1String("approved"));
    CHECK(markOf(QStringLiteral("Meer bankjes langs de Vecht")) == QLatin1String("rejected"));
    CHECK(markOf(abuse) == QLatin1String("flagged"));
    CHECK(markOf(other.at(0)) == QLatin1String("pending"));

    // Exactly once: the hub forgets what the server acknowledged of the decisions and sends them
    // all again; the server answers `duplicate` and still holds each once.
    hub.stop();
    const QStringList acknowledged = column(hub.database(), QStringLiteral("SELECT record_id FROM delivered WHERE record_type = 'moderation' AND state = 1"));
    CHECK(acknowledged.size() == 3);
    execute(hub.database(), QStringLiteral("DELETE FROM delivered WHERE record_type = 'moderation'"));
    REQUIRE(hub.start());
    waited.restart();
    while (column(hub.database(), QStringLiteral("SELECT record_id FROM delivered WHERE record_type = 'moderation' AND state = 1")).size() < 3
           && waited.elapsed() < 60'000)
        QThread::msleep(250);
    CHECK(column(hub.database(), QStringLiteral("SELECT record_id FROM delivered WHERE record_type = 'moderation' AND state = 1")).size() == 3);
    CHECK(column(serverDb, QStringLiteral("SELECT id FROM moderation")).size() == 3);
    hub.stop();
    CHECK(hub.exitCode() == 0);
}
