// Assisted and paper entry and the workshop summary with real processes on loopback
// (docs/architecture.md, "Assisted and paper entry" and "Workshop summary"): `samenspraak hub`,
// a tablet, the hub tablet's own sessions, `samenspraak hub --end` and the municipal server.

#include <catch2/catch.hpp>

#include "devices.h"
#include "exactlyonce.h"
#include "httpclient.h"
#include "pinning.h"
#include "room.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QThread>

#include <algorithm>

using namespace samenspraak;

namespace {

CommandResult simulateWith(const QString &dataDir, int participants, int seed, const QString &channel)
{
    return app({QStringLiteral("simulate"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--participants"), QString::number(participants),
                QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--channel"), channel});
}

// channel -> sessions, in a SQLite database with a sessions table.
QMap<QString, int> sessionsByChannel(const QString &db)
{
    QMap<QString, int> out;
    for (const QString &channel : ids(db, QStringLiteral("SELECT channel FROM sessions")))
        ++out[channel];
    return out;
}

// channel -> participants, from the results engine's JSON (reach, dimension "channel").
QMap<QString, int> channelFigures(const QJsonObject &results)
{
    QMap<QString, int> out;
    for (const QJsonValue &d : results.value(QStringLiteral("reach")).toArray())
        if (d.toObject().value(QStringLiteral("id")).toString() == QLatin1String("channel"))
            for (const QJsonValue &g : d.toObject().value(QStringLiteral("groups")).toArray())
                out.insert(g.toObject().value(QStringLiteral("id")).toString(), g.toObject().value(QStringLiteral("count")).toInt());
    return out;
}

QString pdfText(const QString &pdf)
{
    const CommandResult r = runCommand(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r.out;
}

QString summaryPath(const CommandResult &ended)
{
    static const QRegularExpression line(QStringLiteral("^summary: (.+\\.pdf)$"), QRegularExpression::MultilineOption);
    return line.match(ended.out).captured(1);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST_CASE("room entry: assisted and paper sessions reach the server with their channel, once, and the hub's own sessions count in the room once",
          "[room][entry][exactlyonce]")
{
    QTemporaryDir serverDir, hubDir, tablet;
    const QString serverDb = serverDir.filePath(QStringLiteral("server.db"));
    ServerProcess server(serverDb);
    INFO(server.error().toStdString());
    REQUIRE(server.running());
    REQUIRE(enrollAll(server, serverDb, {hubDir.path(), tablet.path()}) == QString());
    HubProcess hub(hubDir.path(), {QStringLiteral("--title"), QStringLiteral("Avond Nieuwleusen"), QStringLiteral("--kern"), QStringLiteral("Nieuwleusen")});
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    const CommandResult joined = app({QStringLiteral("join"), QStringLiteral("--data-dir"), tablet.path(), QStringLiteral("--hub"), hub.joinUrl()});
    INFO(joined.err.toStdString());
    REQUIRE(joined.exitCode == 0);

    // A tablet's facilitator records five residents on their behalf; the hub tablet itself
    // takes in six paper forms and one assisted resident.
    REQUIRE(simulateWith(tablet.path(), 5, 11, QStringLiteral("assisted")).exitCode == 0);
    REQUIRE(simulateWith(hubDir.path(), 6, 12, QStringLiteral("paper")).exitCode == 0);
    REQUIRE(simulateWith(hubDir.path(), 1, 13, QStringLiteral("assisted")).exitCode == 0);
    const QString roomId = ids(tabletDb(hubDir.path()), QStringLiteral("SELECT value FROM settings WHERE key = 'workshop'")).value(0);
    CHECK_FALSE(roomId.isEmpty());
    CHECK(ids(tabletDb(hubDir.path()), QStringLiteral("SELECT DISTINCT workshop FROM sessions")) == QStringList{roomId});

    // Each device sends as usual: to its room's hub (the hub tablet to itself, over loopback and
    // the same pinned TLS), then to the server.
    for (const QString &dir : {tablet.path(), hubDir.path()}) {
        const CommandResult r = syncOnce(dir);
        INFO(r.out.toStdString() << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QStringLiteral("hub: sent")));
    }
    CHECK(sessionsByChannel(hub.database()) == QMap<QString, int>{{QStringLiteral("assisted"), 6}, {QStringLiteral("paper"), 6}});
    const QStringList onHubTablet = ids(tabletDb(hubDir.path()), QStringLiteral("SELECT id FROM contributions"));
    CHECK(int(ids(hub.database(), QStringLiteral("SELECT id FROM contributions")).size())
          == int(onHubTablet.size() + ids(tabletDb(tablet.path()), QStringLiteral("SELECT id FROM contributions")).size()));

    // Restarted (the hub sends its own store at start again): still once in the room.
    hub.stop();
    REQUIRE(hub.start());
    QThread::msleep(1000);
    CHECK(sessionsByChannel(hub.database()) == QMap<QString, int>{{QStringLiteral("assisted"), 6}, {QStringLiteral("paper"), 6}});

    // The room's live results count them once, by channel (the results engine's JSON).
    QNetworkAccessManager pinned;
    new sync::CertificatePin(&pinned, hub.fingerprint().toLatin1());
    const QString token = ids(tabletDb(tablet.path()), QStringLiteral("SELECT value FROM settings WHERE key = 'room_token'")).value(0);
    const HttpResult results = httpRequest("GET", QUrl(hub.hubUrl() + QStringLiteral("/api/v1/rooms/current/results")), {},
                                           {{"Authorization", "Bearer " + token.toLatin1()}}, &pinned);
    INFO(results.body.left(600).toStdString());
    REQUIRE(results.status == 200);
    CHECK(results.json().value(QStringLiteral("participants")).toInt() == 12);
    CHECK(channelFigures(results.json()) == QMap<QString, int>{{QStringLiteral("assisted"), 6}, {QStringLiteral("paper"), 6}});

    // The server: every session with its channel and every answer once, whichever came first
    // (the devices directly, the hub's relay).
    // Once the hub has forwarded all it holds (its delivery ledger towards the server).
    const int atHub = int(ids(hub.database(), QStringLiteral("SELECT id FROM sessions UNION ALL SELECT id FROM contributions")).size());
    waitUntil([&] { return ids(hub.database(), QStringLiteral("SELECT record_id FROM delivered WHERE state = 1")).size() == atHub; });
    CHECK(ids(hub.database(), QStringLiteral("SELECT record_id FROM delivered WHERE state = 1")).size() == atHub);
    CHECK(sessionsByChannel(serverDb) == QMap<QString, int>{{QStringLiteral("assisted"), 6}, {QStringLiteral("paper"), 6}});
    for (const QString &dir : {tablet.path(), hubDir.path()}) {
        const Arrival arrival = compareArrival(dir, serverDb);
        INFO(arrival.describe());
        CHECK(arrival.missing.isEmpty());
        CHECK(arrival.duplicated.isEmpty());
        CHECK(arrival.pending == 0);
    }
    // The hub tablet's own answers are stored as its own (it made them), not as relayed.
    const QString hubDevice = ids(tabletDb(hubDir.path()), QStringLiteral("SELECT value FROM settings WHERE key = 'device_id'")).value(0);
    CHECK(ids(serverDb, QStringLiteral("SELECT id FROM contributions WHERE device_id = '%1'").arg(hubDevice)).size() == onHubTablet.size());
    // And the channel figures of the server's results engine and export.
    const CommandResult published = publishPack(serverDb);
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);
    const CommandResult figures = serverCommand({QStringLiteral("results"), QStringLiteral("--db"), serverDb});
    INFO(figures.err.toStdString());
    REQUIRE(figures.exitCode == 0);
    CHECK(channelFigures(QJsonDocument::fromJson(figures.out.toUtf8()).object())
          == QMap<QString, int>{{QStringLiteral("assisted"), 6}, {QStringLiteral("paper"), 6}});
    // The export per activity names each participant's channel.
    const QString wide = serverDir.filePath(QStringLiteral("wide"));
    REQUIRE(serverCommand({QStringLiteral("export"), QStringLiteral("--db"), serverDb, QStringLiteral("--format"), QStringLiteral("wide-csv"),
                           QStringLiteral("--out"), wide})
                .exitCode == 0);
    QMap<QString, int> exported;
    for (const QString &line : QString::fromUtf8(fileBytes(wide + QStringLiteral("/waarden.csv"))).split(QLatin1Char('\n')).mid(1))
        if (!line.trimmed().isEmpty())
            ++exported[line.section(QLatin1Char(','), 1, 1)];
    CHECK(exported == QMap<QString, int>{{QStringLiteral("assisted"), 6}, {QStringLiteral("paper"), 6}});

    // Ending the room with the server online: the summary arrives at once.
    hub.stop();
    const CommandResult ended = endRoom(hubDir.path());
    INFO(ended.out.toStdString() << ended.err.toStdString());
    REQUIRE(ended.exitCode == 0);
    CHECK(ended.out.contains(QStringLiteral("summary sent to")));
    CHECK(ids(serverDb, QStringLiteral("SELECT room_id FROM room_summaries")) == QStringList{roomId});
    // The hub tablet left the room: its next resident is its own again.
    CHECK(ids(tabletDb(hubDir.path()), QStringLiteral("SELECT value FROM settings WHERE key = 'workshop'")).value(0).isEmpty());
}

TEST_CASE("room entry: ending the room writes a summary PDF without groups under 5, and it reaches the server once, also after the "
          "server was offline",
          "[room][summary]")
{
    QTemporaryDir serverDir, hubDir, tabletA, tabletB, out;
    const QString serverDb = serverDir.filePath(QStringLiteral("server.db"));
    ServerProcess server(serverDb);
    INFO(server.error().toStdString());
    REQUIRE(server.running());
    REQUIRE(enrollAll(server, serverDb, {hubDir.path(), tabletA.path(), tabletB.path()}) == QString());
    server.stop();  // no internet in the village hall, also at the end

    HubProcess hub(hubDir.path(), {QStringLiteral("--title"), QStringLiteral("Avond Lemelerveld"), QStringLiteral("--kern"), QStringLiteral("Lemelerveld")});
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    for (const QString &dir : {tabletA.path(), tabletB.path()})
        REQUIRE(app({QStringLiteral("join"), QStringLiteral("--data-dir"), dir, QStringLiteral("--hub"), hub.joinUrl()}).exitCode == 0);
    REQUIRE(simulateWith(tabletA.path(), 6, 21, QStringLiteral("workshop")).exitCode == 0);
    REQUIRE(simulateWith(tabletB.path(), 3, 22, QStringLiteral("workshop")).exitCode == 0);
    REQUIRE(simulateWith(hubDir.path(), 2, 23, QStringLiteral("assisted")).exitCode == 0);
    for (const QString &dir : {tabletA.path(), tabletB.path(), hubDir.path()})
        CHECK(syncOnce(dir).exitCode == 3);  // the hub has it, the server cannot be reached
    const QString roomId = ids(hub.database(), QStringLiteral("SELECT DISTINCT workshop FROM sessions")).value(0);
    REQUIRE_FALSE(roomId.isEmpty());

    // A running hub is not ended behind its back.
    const CommandResult whileRunning = endRoom(hubDir.path());
    CHECK(whileRunning.exitCode != 0);
    CHECK(whileRunning.err.contains(QStringLiteral("runs on this data dir")));
    hub.stop();

    const CommandResult ended = endRoom(hubDir.path());
    INFO(ended.out.toStdString() << ended.err.toStdString());
    REQUIRE(ended.exitCode == 0);
    CHECK(ended.out.contains(QStringLiteral("goes with the next `samenspraak sync`")));
    const QString pdf = summaryPath(ended);
    CHECK(pdf == QDir(hubDir.path()).filePath(QStringLiteral("summaries/%1.pdf").arg(roomId)));
    REQUIRE(QFile::exists(pdf));
    CHECK(QFile::exists(QDir(hubDir.path()).filePath(QStringLiteral("summaries/%1.pending").arg(roomId))));
    CHECK_FALSE(QFile::exists(hub.database()));  // the room was moved aside, whole
    CHECK(QDir(hubDir.filePath(QStringLiteral("rooms-ended"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() == 1);
    CHECK(endRoom(hubDir.path()).exitCode != 0);  // nothing left to end

    // What the PDF says: its room, the counts, and no group of fewer than 5 shown.
    const QString text = pdfText(pdf);
    INFO(text.left(3000).toStdString());
    CHECK(text.contains(QStringLiteral("Verslag: Avond Lemelerveld")));
    CHECK(text.contains(QStringLiteral("Kern: Lemelerveld.")));
    CHECK(QRegularExpression(QStringLiteral("Deelnemers\\s+11\\b")).match(text).hasMatch());
    CHECK(QRegularExpression(QStringLiteral("Tablets\\s+3\\b")).match(text).hasMatch());
    CHECK(text.contains(QStringLiteral("11 mensen deden mee.")));
    // By channel: 9 in the workshop, 2 assisted: the 2 are not shown as a number.
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto assisted = std::find_if(lines.cbegin(), lines.cend(), [](const QString &l) { return l.trimmed().startsWith(QStringLiteral("Met hulp")); });
    REQUIRE(assisted != lines.cend());
    CHECK(assisted->contains(QStringLiteral("minder dan 5")));
    CHECK(QRegularExpression(QStringLiteral("(?m)^\\s*Bijeenkomst\\s+9\\s+82%")).match(text).hasMatch());
    // Every group row of "who took part" (name, count, share) counts 5 or more people.
    const QString reach = text.section(QStringLiteral("Resultaten per fase"), 0, 0).section(QStringLiteral("Aantallen"), 1);
    static const QRegularExpression row(QStringLiteral("(?m)^\\s*\\S.*?\\s{2,}(\\d+)\\s+(\\d+)%\\s*$"));
    int rows = 0;
    for (auto it = row.globalMatch(reach); it.hasNext();) {
        const auto m = it.next();
        INFO(m.captured(0).toStdString());
        CHECK(m.captured(1).toInt() >= 5);
        ++rows;
    }
    CHECK(rows >= 1);
    CHECK(text.contains(QStringLiteral("Resultaten per fase")));

    // The server comes back: the next sync of the hub tablet sends it, once.
    REQUIRE(server.start());
    const CommandResult synced = syncOnce(hubDir.path());
    INFO(synced.out.toStdString() << synced.err.toStdString());
    CHECK(synced.exitCode == 0);
    CHECK(synced.out.contains(QStringLiteral("summaries: sent 1, pending 0")));
    CHECK_FALSE(QFile::exists(QDir(hubDir.path()).filePath(QStringLiteral("summaries/%1.pending").arg(roomId))));
    const CommandResult again = syncOnce(hubDir.path());
    CHECK(again.exitCode == 0);
    CHECK_FALSE(again.out.contains(QStringLiteral("summaries:")));
    CHECK(ids(serverDb, QStringLiteral("SELECT room_id FROM room_summaries")) == QStringList{roomId});
    const CommandResult listed = serverCommand({QStringLiteral("summaries"), QStringLiteral("--db"), serverDb, QStringLiteral("--out-dir"), out.path()});
    INFO(listed.err.toStdString());
    REQUIRE(listed.exitCode == 0);
    CHECK(listed.out.contains(roomId));
    CHECK(fileBytes(out.filePath(roomId + QStringLiteral(".pdf"))) == fileBytes(pdf));

    // The route itself: the same PDF again is a duplicate, another one for the room a conflict,
    // and only the room's own hub may send one.
    const QString hubToken = QString::fromUtf8(fileBytes(hubDir.filePath(QStringLiteral("device-token")))).trimmed();
    const QString otherToken = QString::fromUtf8(fileBytes(tabletA.filePath(QStringLiteral("device-token")))).trimmed();
    REQUIRE_FALSE(hubToken.isEmpty());
    auto put = [&](const QString &token, const QByteArray &body, const QByteArray &type = "application/pdf") {
        return httpRequest("PUT", QUrl(server.url() + QStringLiteral("/api/v1/rooms/%1/summary").arg(roomId)), body,
                           {{"Authorization", "Bearer " + token.toLatin1()}, {"Content-Type", type}});
    };
    const HttpResult same = put(hubToken, fileBytes(pdf));
    CHECK(same.status == 200);
    CHECK(same.json().value(QStringLiteral("status")).toString() == QLatin1String("duplicate"));
    const HttpResult different = put(hubToken, "%PDF-1.4 another summary");
    CHECK(different.status == 409);
    CHECK(different.isProblem());
    CHECK(put(otherToken, fileBytes(pdf)).status == 403);
    CHECK(put(hubToken, "not a pdf").status == 400);
    CHECK(put(hubToken, fileBytes(pdf), "application/json").status == 415);
    CHECK(ids(serverDb, QStringLiteral("SELECT count(*) FROM room_summaries")) == QStringList{QStringLiteral("1")});

    // The hub tablet holds a different summary of the room than the server (written again, say):
    // the server answers 409. That is settled as a conflict, kept with its mark, and not sent
    // again on every later sync; the server keeps the one it has.
    const QByteArray stored = fileBytes(pdf);
    {
        QFile rewritten(pdf);
        REQUIRE(rewritten.open(QIODevice::WriteOnly));
        rewritten.write("%PDF-1.4 a summary written again");
    }
    const QString pending = QDir(hubDir.path()).filePath(QStringLiteral("summaries/%1.pending").arg(roomId));
    const QString conflict = QDir(hubDir.path()).filePath(QStringLiteral("summaries/%1.conflict").arg(roomId));
    {
        QFile marker(pending);
        REQUIRE(marker.open(QIODevice::WriteOnly));
    }
    const CommandResult conflicted = syncOnce(hubDir.path());
    INFO(conflicted.out.toStdString() << conflicted.err.toStdString());
    CHECK(conflicted.exitCode == 0);
    CHECK(conflicted.out.contains(QStringLiteral("summaries: sent 0, pending 0, conflicts 1")));
    CHECK(conflicted.err.contains(QStringLiteral("different summary")));
    CHECK_FALSE(QFile::exists(pending));
    CHECK(QFile::exists(conflict));
    CHECK(QFile::exists(pdf));  // kept, for staff to compare
    const CommandResult settled = syncOnce(hubDir.path());
    CHECK(settled.exitCode == 0);
    CHECK_FALSE(settled.out.contains(QStringLiteral("summaries:")));  // not sent again
    CHECK(ids(serverDb, QStringLiteral("SELECT sha256 FROM room_summaries")).size() == 1);
    CHECK(fileBytes(out.filePath(roomId + QStringLiteral(".pdf"))) == stored);
}

TEST_CASE("room entry: what an ended room's hub had not forwarded reaches the server with the next sync, exactly once",
          "[room][ended][exactlyonce]")
{
    QTemporaryDir serverDir, hubDir, tablet;
    const QString serverDb = serverDir.filePath(QStringLiteral("server.db"));
    ServerProcess server(serverDb);
    INFO(server.error().toStdString());
    REQUIRE(server.running());
    REQUIRE(enrollAll(server, serverDb, {hubDir.path(), tablet.path()}) == QString());
    server.stop();  // no internet in the village hall, also when the room ends

    HubProcess hub(hubDir.path(), {QStringLiteral("--title"), QStringLiteral("Avond Ledeacker"), QStringLiteral("--kern"), QStringLiteral("Dalfsen")});
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    REQUIRE(app({QStringLiteral("join"), QStringLiteral("--data-dir"), tablet.path(), QStringLiteral("--hub"), hub.joinUrl()}).exitCode == 0);
    REQUIRE(simulateWith(tablet.path(), 5, 31, QStringLiteral("workshop")).exitCode == 0);
    REQUIRE(simulateWith(hubDir.path(), 2, 32, QStringLiteral("paper")).exitCode == 0);
    for (const QString &dir : {tablet.path(), hubDir.path()})
        CHECK(syncOnce(dir).exitCode == 3);  // the hub has it, the server cannot be reached
    const QStringList atHub = ids(hub.database(), QStringLiteral("SELECT id FROM contributions"));
    const QStringList sessionsAtHub = ids(hub.database(), QStringLiteral("SELECT id FROM sessions"));
    REQUIRE(atHub.size() > 0);
    REQUIRE(sessionsAtHub.size() == 7);
    hub.stop();
    const CommandResult ended = endRoom(hubDir.path());
    INFO(ended.out.toStdString() << ended.err.toStdString());
    REQUIRE(ended.exitCode == 0);
    CHECK(ended.out.contains(QStringLiteral("were not forwarded")));
    CHECK_FALSE(QFile::exists(hub.database()));

    // The internet is back; the tablet does not sync (it may be lost): the hub tablet's sync
    // forwards what its ended room holds, under the tablets that made it.
    REQUIRE(server.start());
    const CommandResult synced = syncOnce(hubDir.path());
    INFO(synced.out.toStdString() << synced.err.toStdString());
    CHECK(synced.exitCode == 0);
    CHECK(synced.out.contains(QStringLiteral("ended rooms: 1, forwarded %1, pending 0").arg(atHub.size() + sessionsAtHub.size())));
    auto sorted = [](QStringList l) {
        std::sort(l.begin(), l.end());
        return l;
    };
    CHECK(sorted(ids(serverDb, QStringLiteral("SELECT id FROM contributions"))) == sorted(atHub));
    // The tablet's through the ended room (relayed); the hub tablet's own came directly.
    CHECK(sorted(ids(serverDb, QStringLiteral("SELECT id FROM contributions WHERE relayed_by IS NOT NULL")))
          == sorted(ids(tabletDb(tablet.path()), QStringLiteral("SELECT id FROM contributions"))));
    CHECK(exportedContributions(serverDb).size() == atHub.size());
    CHECK(ids(serverDb, QStringLiteral("SELECT id FROM sessions")).size() == sessionsAtHub.size());

    // Again: nothing new is sent (the ended room is done), the server still holds each once.
    const CommandResult again = syncOnce(hubDir.path());
    INFO(again.out.toStdString() << again.err.toStdString());
    CHECK(again.exitCode == 0);
    CHECK_FALSE(again.out.contains(QStringLiteral("ended rooms:")));
    CHECK(exportedContributions(serverDb).size() == atHub.size());
    // Then the tablet sends directly: duplicates only, each contribution once.
    REQUIRE(syncOnce(tablet.path()).exitCode == 0);
    const Arrival arrival = compareArrival(tablet.path(), serverDb);
    INFO(arrival.describe());
    CHECK(arrival.missing.isEmpty());
    CHECK(arrival.duplicated.isEmpty());
    CHECK(exportedContributions(serverDb).size() == atHub.size());
}

TEST_CASE("room entry: the next hub start forwards what an ended room had not forwarded", "[room][ended][exactlyonce]")
{
    QTemporaryDir serverDir, hubDir, tablet;
    const QString serverDb = serverDir.filePath(QStringLiteral("server.db"));
    ServerProcess server(serverDb);
    INFO(server.error().toStdString());
    REQUIRE(server.running());
    REQUIRE(enrollAll(server, serverDb, {hubDir.path(), tablet.path()}) == QString());
    server.stop();

    HubProcess hub(hubDir.path(), {QStringLiteral("--title"), QStringLiteral("Avond Oudleusen"), QStringLiteral("--kern"), QStringLiteral("Oudleusen")});
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    REQUIRE(app({QStringLiteral("join"), QStringLiteral("--data-dir"), tablet.path(), QStringLiteral("--hub"), hub.joinUrl()}).exitCode == 0);
    REQUIRE(simulateWith(tablet.path(), 5, 41, QStringLiteral("workshop")).exitCode == 0);
    CHECK(syncOnce(tablet.path()).exitCode == 3);
    const QStringList fromTablet = ids(tabletDb(tablet.path()), QStringLiteral("SELECT id FROM contributions"));
    REQUIRE(int(ids(hub.database(), QStringLiteral("SELECT id FROM contributions")).size()) == int(fromTablet.size()));
    hub.stop();
    REQUIRE(endRoom(hubDir.path()).exitCode == 0);

    // The server is back; the next evening's hub starts on the same tablet: it forwards the
    // ended room's records by itself (no sync, the tablet sends nothing).
    REQUIRE(server.start());
    REQUIRE(hub.start());
    const QStringList ended = QDir(hubDir.filePath(QStringLiteral("rooms-ended"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    REQUIRE(ended.size() == 1);
    const QString done = hubDir.filePath(QStringLiteral("rooms-ended/%1/forwarded").arg(ended.first()));
    waitUntil([&] { return QFile::exists(done); });
    CHECK(QFile::exists(done));  // all acknowledged: not opened again
    hub.stop();
    auto sorted = [](QStringList l) {
        std::sort(l.begin(), l.end());
        return l;
    };
    CHECK(sorted(ids(serverDb, QStringLiteral("SELECT id FROM contributions WHERE relayed_by IS NOT NULL"))) == sorted(fromTablet));
}
