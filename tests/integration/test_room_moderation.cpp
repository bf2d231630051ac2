// Moderation in a room with real processes (docs/architecture.md, "Moderation"): the hub's word
// list flags, the facilitator approves and rejects on the hub's console, the decisions survive a
// SIGKILL, the room's live results show approved text only, and the decisions reach the municipal
// server exactly once, so its free-text export carries the mark; also when the room ended before
// it could reach the server (`samenspraak sync` and the running app's SyncService send them).

#include <catch2/catch.hpp>

#include "answers.h"
#include "appcontext.h"
#include "contentpack.h"
#include "devices.h"
#include "faultproxy.h"
#include "httpclient.h"
#include "pinning.h"
#include "reachability.h"
#include "room.h"
#include "store.h"
#include "syncservice.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <algorithm>

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

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

// The server's free-text export: the moderation mark of the line holding `text`.
QString exportedMark(const QString &serverDb, const QString &text)
{
    const CommandResult exported = serverCommand({QStringLiteral("export"), QStringLiteral("--db"), serverDb, QStringLiteral("--format"),
                                                  QStringLiteral("free-text")});
    for (const QString &line : exported.out.split(QStringLiteral("\r\n")))
        if (line.contains(text))
            return line.section(QLatin1Char(','), -1);
    return QStringLiteral("(missing: %1)").arg(exported.err);
}

// The one ended room of a hub data dir (DATA_DIR/rooms-ended/STAMP), or empty.
QString endedRoom(const QString &hubDir)
{
    const QDir ended(hubDir + QStringLiteral("/rooms-ended"));
    const QStringList rooms = ended.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return rooms.size() == 1 ? ended.filePath(rooms.first()) : QString();
}

// An evening without internet: the tablet's residents write `texts` as ideas and the tablet
// sends them to the hub; the word list flags what it holds; the facilitator approves the first
// and rejects the second; the room ends with the server still unreachable. Returns the ideas'
// contribution ids; `decisions` gets the hub's decision ids.
QStringList moderatedEveningOffline(const QString &hubDir, const QString &tablet, const QStringList &texts, QStringList *decisions)
{
    HubProcess hub(hubDir, {QStringLiteral("--title"), QStringLiteral("Avond Hoonhorst"), QStringLiteral("--kern"), QStringLiteral("Hoonhorst")});
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    REQUIRE(app({QStringLiteral("join"), QStringLiteral("--data-dir"), tablet, QStringLiteral("--hub"), hub.joinUrl()}).exitCode == 0);
    const QStringList ideas = writeIdeas(tablet, texts);
    const CommandResult synced = syncOnce(tablet);
    INFO(synced.out.toStdString() << synced.err.toStdString());
    REQUIRE(synced.out.contains(QStringLiteral("hub: sent")));
    REQUIRE(hub.command(QStringLiteral("approve ") + ideas.at(0)) == QStringList{QStringLiteral("approved ") + ideas.at(0)});
    REQUIRE(hub.command(QStringLiteral("reject ") + ideas.at(1)) == QStringList{QStringLiteral("rejected ") + ideas.at(1)});
    hub.stop();
    *decisions = sorted(column(hub.database(), QStringLiteral("SELECT id FROM moderation")));
    const CommandResult ended = endRoom(hubDir);
    INFO(ended.out.toStdString() << ended.err.toStdString());
    REQUIRE(ended.exitCode == 0);
    CHECK(ended.out.contains(QStringLiteral("%1 moderation decisions were not sent").arg(decisions->size())));
    REQUIRE_FALSE(endedRoom(hubDir).isEmpty());
    return ideas;
}

} // namespace

TEST_CASE("room moderation: the word list flags, decisions survive a SIGKILL of the hub, the results show approved text only,"
          " and the server's export carries the mark, each decision once",
          "[room][moderation]")
{
    QTemporaryDir serverDir, hubDir, tablet;
    const QString serverDb = serverDir.filePath(QStringLiteral("server.db"));
    // The municipality published the pack the tablets use (the export reads it).
    REQUIRE(publishPack(serverDb).exitCode == 0);
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

TEST_CASE("room moderation: an ended room's decisions reach the server with the next sync, exactly once, also after a killed sync"
          " and a lost answer",
          "[room][moderation][ended][exactlyonce]")
{
    using samenspraak::testing::Fault;
    QTemporaryDir serverDir, hubDir, tablet;
    const QString serverDb = serverDir.filePath(QStringLiteral("server.db"));
    REQUIRE(publishPack(serverDb).exitCode == 0);
    ServerProcess server(serverDb);
    INFO(server.error().toStdString());
    REQUIRE(server.running());
    // The hub tablet reaches the server through a proxy that can hold, cut or drop the requests
    // of the decisions' route alone; the rest passes untouched.
    samenspraak::testing::FaultProxy proxy(quint16(server.port()), 10, 0.0);
    REQUIRE(proxy.port() > 0);
    proxy.setFaultPath("/api/v1/moderation-decisions");
    QString error;
    const bool enrolled = enrollDevice(proxy.url(), serverDb, hubDir.path(), &error) && enrollDevice(server, serverDb, tablet.path(), &error);
    INFO(error.toStdString());
    REQUIRE(enrolled);
    server.stop();  // no internet in the village hall, also when the room ends

    const QString good = QStringLiteral("Een ijsbaan bij de school");
    const QString meh = QStringLiteral("Meer parkeerplaatsen bij de kerk, maar dan echt");
    const QString abuse = QStringLiteral("De wethouder is een KLOOTZAK");
    const QString untouched = QStringLiteral("Een markt op zaterdag");
    QStringList decisions;
    const QStringList ideas = moderatedEveningOffline(hubDir.path(), tablet.path(),
                                                      {good, meh, abuse, untouched, QStringLiteral("Betere bus naar Zwolle"),
                                                       QStringLiteral("Woningen voor starters")},
                                                      &decisions);
    REQUIRE(decisions.size() == 3);  // flagged by the word list, approved, rejected
    const QString room = endedRoom(hubDir.path());
    const QString endedDb = room + QStringLiteral("/hub.db");
    const QString done = room + QStringLiteral("/forwarded");
    const QString hubDevice = column(tabletDb(hubDir.path()), QStringLiteral("SELECT value FROM settings WHERE key = 'device_id'")).value(0);
    const QString serverDecisions = QStringLiteral("SELECT id FROM moderation");
    const QString acknowledgedDecisions = QStringLiteral("SELECT record_id FROM delivered WHERE record_type = 'moderation' AND state = 1");

    // The internet is back. The hub tablet's sync forwards the ended room's contributions, then
    // sends its decisions, and is killed while the proxy holds that request: the server never
    // got it.
    REQUIRE(server.start());
    proxy.setFaultKinds({Fault::Delay});
    proxy.setDelayMs(120'000);
    proxy.setFaultRate(1.0);
    QProcess killed;
    killed.start(QStringLiteral(SAMENSPRAAK_APP),
                 {QStringLiteral("sync"), QStringLiteral("--data-dir"), hubDir.path(), QStringLiteral("--retries"), QStringLiteral("0")});
    REQUIRE(killed.waitForStarted());
    waitUntil([&] { return proxy.onFaultPath() >= 1 || killed.state() == QProcess::NotRunning; });
    const QString killedOutput = QString::fromUtf8(killed.readAllStandardOutput() + killed.readAllStandardError());
    INFO("the killed sync: " << killedOutput.toStdString() << " proxy: " << proxy.summary().toStdString());
    REQUIRE(proxy.onFaultPath() == 1);
    REQUIRE(killed.state() == QProcess::Running);
    killed.kill();
    killed.waitForFinished();
    CHECK(sorted(column(serverDb, QStringLiteral("SELECT id FROM contributions WHERE relayed_by IS NOT NULL"))) == sorted(ideas));
    CHECK(column(serverDb, serverDecisions).isEmpty());
    CHECK(column(endedDb, acknowledgedDecisions).isEmpty());
    CHECK_FALSE(QFile::exists(done));

    // The next sync: the server stores the decisions, but its answer is cut off on the way back.
    proxy.setFaultKinds({Fault::DropResponse});
    const CommandResult cut = syncOnce(hubDir.path());
    INFO(cut.out.toStdString() << cut.err.toStdString());
    CHECK(cut.exitCode != 0);
    CHECK(cut.out.contains(QStringLiteral("ended rooms: 1, forwarded 0, pending 0; moderation decisions sent 0, pending 3")));
    CHECK(cut.err.contains(QStringLiteral("did not all reach the municipal server")));
    CHECK(sorted(column(serverDb, serverDecisions)) == decisions);
    CHECK(column(endedDb, acknowledgedDecisions).isEmpty());
    CHECK_FALSE(QFile::exists(done));

    // And the next: sent again, answered `duplicate`; the server holds each decision once, as
    // relayed by the hub, and the ended room is done.
    proxy.setFaultRate(0.0);
    const CommandResult synced = syncOnce(hubDir.path());
    INFO(synced.out.toStdString() << synced.err.toStdString());
    CHECK(synced.exitCode == 0);
    CHECK(synced.out.contains(QStringLiteral("ended rooms: 1, forwarded 0, pending 0; moderation decisions sent 3, pending 0")));
    CHECK(sorted(column(endedDb, acknowledgedDecisions)) == decisions);
    CHECK(QFile::exists(done));
    CHECK(sorted(column(serverDb, serverDecisions)) == decisions);
    CHECK(column(serverDb, QStringLiteral("SELECT DISTINCT relayed_by FROM moderation")) == QStringList{hubDevice});
    CHECK(proxy.onFaultPath() == 3);
    // So the server's export carries the facilitator's marks.
    CHECK(exportedMark(serverDb, good) == QLatin1String("approved"));
    CHECK(exportedMark(serverDb, QStringLiteral("Meer parkeerplaatsen bij de kerk")) == QLatin1String("rejected"));
    CHECK(exportedMark(serverDb, abuse) == QLatin1String("flagged"));
    CHECK(exportedMark(serverDb, untouched) == QLatin1String("pending"));

    // Once more: the ended room is not opened again, nothing is sent, each decision still once.
    const CommandResult again = syncOnce(hubDir.path());
    INFO(again.out.toStdString() << again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK_FALSE(again.out.contains(QStringLiteral("ended rooms:")));
    CHECK(proxy.onFaultPath() == 3);
    CHECK(sorted(column(serverDb, serverDecisions)) == decisions);
}

TEST_CASE("room moderation: the running app's own sync sends an ended room's records and decisions once the server is back,"
          " without a hub start",
          "[room][moderation][ended][sync]")
{
    QTemporaryDir serverDir, hubDir, tablet;
    const QString serverDb = serverDir.filePath(QStringLiteral("server.db"));
    ServerProcess server(serverDb);
    INFO(server.error().toStdString());
    REQUIRE(server.running());
    REQUIRE(enrollAll(server, serverDb, {hubDir.path(), tablet.path()}) == QString());
    server.stop();

    QStringList decisions;
    const QStringList ideas = moderatedEveningOffline(hubDir.path(), tablet.path(),
                                                      {QStringLiteral("Een speeltuin bij de brede school"), QStringLiteral("Meer bankjes langs de Vecht"),
                                                       QStringLiteral("Een markt op zaterdag"), QStringLiteral("Betere bus naar Zwolle"),
                                                       QStringLiteral("Woningen voor starters")},
                                                      &decisions);
    REQUIRE(decisions.size() == 2);  // approved, rejected
    const QString done = endedRoom(hubDir.path()) + QStringLiteral("/forwarded");

    // The facilitator's tablet runs the app again (no room: it ended), the server still away.
    auto created = AppContext::create(hubDir.path(), CorruptionPolicy::Refuse, QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json"));
    REQUIRE(created.context);
    platform::FixedReachability network(true);
    SyncService service(*created.context, &network);
    QSignalSpy changed(&service, &SyncService::stateChanged);
    QElapsedTimer waited;
    waited.start();
    while (!service.status().contains(QStringLiteral("not reachable")) && waited.elapsed() < 30'000)
        changed.wait(500);
    INFO(service.status().toStdString());
    REQUIRE(service.status().contains(QStringLiteral("not reachable")));
    CHECK_FALSE(QFile::exists(done));

    // The server is back: the service's own next try sends what the ended room holds (nobody
    // taps "sync now", no hub starts).
    REQUIRE(server.start());
    waited.restart();
    while (!QFile::exists(done) && waited.elapsed() < 60'000)
        QTest::qWait(200);
    CHECK(QFile::exists(done));
    CHECK(sorted(column(serverDb, QStringLiteral("SELECT id FROM contributions WHERE relayed_by IS NOT NULL"))) == sorted(ideas));
    CHECK(sorted(column(serverDb, QStringLiteral("SELECT id FROM moderation"))) == decisions);

    // A later sync of the app sends nothing again.
    const int signalled = int(changed.count());
    service.syncNow();
    waited.restart();
    while ((changed.count() == signalled || service.running()) && waited.elapsed() < 30'000)
        changed.wait(500);
    INFO(service.status().toStdString());
    CHECK(service.status().startsWith(QStringLiteral("Everything is sent")));
    CHECK(sorted(column(serverDb, QStringLiteral("SELECT id FROM moderation"))) == decisions);
    CHECK(int(column(serverDb, QStringLiteral("SELECT id FROM contributions")).size()) == int(ideas.size()));
}
