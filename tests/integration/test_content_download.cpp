// Content flows down: staff publish a pack (checked by the same validator as `samenspraak
// content check`, immutable per version), devices fetch it by ETag, keep the versions their
// contributions refer to, and switch only between participants.

#include <catch2/catch.hpp>

#include "appcontext.h"
#include "contentupdater.h"
#include "devices.h"
#include "pgcluster.h"
#include "processes.h"
#include "reachability.h"
#include "sessioncontroller.h"
#include "simulator.h"
#include "store.h"
#include "syncservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace samenspraak;

namespace {

const QString DefaultPack = QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json");

// The default pack with `changes` applied, written as FILE in `dir`.
QString writePack(const QString &dir, const QString &file, const QJsonObject &changes)
{
    QJsonObject pack = QJsonDocument::fromJson(readFileBytes(DefaultPack)).object();
    for (auto it = changes.begin(); it != changes.end(); ++it)
        pack.insert(it.key(), it.value());
    const QString path = QDir(dir).filePath(file);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(pack).toJson());
    return path;
}

CommandResult inDir(const QString &program, const QString &workingDir, const QStringList &arguments)
{
    QProcess p;
    p.setWorkingDirectory(workingDir);
    p.start(program, arguments);
    CommandResult r;
    if (!p.waitForFinished(60'000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

CommandResult publish(const QString &db, const QString &file)
{
    return serverCommand({QStringLiteral("content"), QStringLiteral("publish"), QStringLiteral("--db"), db, file});
}

ContentCheck fetch(ContentUpdater &updater, const ServerProcess &server, const QString &token)
{
    QSignalSpy done(&updater, &ContentUpdater::finished);
    updater.start(QUrl(server.url()), token);
    REQUIRE(done.wait(30'000));
    return done.first().first().value<ContentCheck>();
}

} // namespace

TEST_CASE("content publish refuses an invalid pack with the same lines as content check", "[content][publish]")
{
    QTemporaryDir dir;
    writePack(dir.path(), QStringLiteral("broken.json"), {{QStringLiteral("titel"), QStringLiteral("Dalfsen")},
                                                           {QStringLiteral("version"), QStringLiteral("versie 2!")}});
    const QString db = dir.filePath(QStringLiteral("server.db"));
    const CommandResult checked = inDir(QStringLiteral(SAMENSPRAAK_APP), dir.path(),
                                        {QStringLiteral("content"), QStringLiteral("check"), QStringLiteral("broken.json")});
    const CommandResult published = inDir(QStringLiteral(SAMENSPRAAK_SERVER), dir.path(),
                                          {QStringLiteral("content"), QStringLiteral("publish"), QStringLiteral("--db"), db, QStringLiteral("broken.json")});
    CHECK(checked.exitCode == 1);
    CHECK(published.exitCode == 1);
    CHECK(published.out == checked.out);
    CHECK(published.out.contains(QStringLiteral("broken.json:$.version: ")));
    CHECK(published.out.contains(QStringLiteral("broken.json:$.titel: ")));
    CHECK(published.err == QStringLiteral("samenspraak-server: broken.json is not a valid content pack; nothing was published\n"));
    CHECK(serverCommand({QStringLiteral("content"), QStringLiteral("list"), QStringLiteral("--db"), db}).out.isEmpty());
}

TEST_CASE("published content versions never change", "[content][publish][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    QTemporaryDir dir;
    ServerDatabase db(backend, dir.path());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    const QString a = writePack(dir.path(), QStringLiteral("a.json"), {{QStringLiteral("version"), QStringLiteral("2027.1")}});
    const QString changed = writePack(dir.path(), QStringLiteral("changed.json"),
                                      {{QStringLiteral("version"), QStringLiteral("2027.1")}, {QStringLiteral("id"), QStringLiteral("dalfsen-2040-b")}});
    const QString b = writePack(dir.path(), QStringLiteral("b.json"), {{QStringLiteral("version"), QStringLiteral("2027.2")}});
    const QByteArray shaA = loadContentPack(a).pack->sha256;

    CommandResult r = publish(db.spec(), a);
    CHECK(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("published dalfsen-2040 version 2027.1 (sha256 %1); devices fetch it on their next sync\n").arg(QString::fromLatin1(shaA)));
    r = publish(db.spec(), changed);
    CHECK(r.exitCode == 1);
    CHECK(r.err == QStringLiteral("samenspraak-server: version 2027.1 is already published with different content (sha256 %1); published "
                                  "versions never change: give the changed pack a new version\n").arg(QString::fromLatin1(shaA)));
    r = publish(db.spec(), a);
    CHECK(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("version 2027.1 is already published and current; nothing changed\n"));
    REQUIRE(publish(db.spec(), b).exitCode == 0);
    r = publish(db.spec(), a);  // going back to an older version is allowed, by re-publishing it
    CHECK(r.exitCode == 0);
    CHECK(r.out == QStringLiteral("version 2027.1 was published before; it is the current version again\n"));
    const QStringList listed = serverCommand({QStringLiteral("content"), QStringLiteral("list"), QStringLiteral("--db"), db.spec()}).out.split(QLatin1Char('\n'));
    REQUIRE(listed.size() == 3);
    CHECK(listed[0].startsWith(QStringLiteral("2027.1  dalfsen-2040  published ")));
    CHECK(listed[0].endsWith(QStringLiteral("sha256 %1  (current)").arg(QString::fromLatin1(shaA))));
    CHECK(listed[1].startsWith(QStringLiteral("2027.2  dalfsen-2040  published ")));
}

TEST_CASE("publish, fetch, 304, and the switch waits for the participant to finish", "[content][download][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    QTemporaryDir dir;
    ServerDatabase db(backend, dir.path());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    ServerProcess server(db.spec());
    REQUIRE(server.running());
    const QString device = dir.filePath(QStringLiteral("device"));
    REQUIRE(enrollDevice(server, db.spec(), device));
    REQUIRE(app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("2"), QStringLiteral("--data-dir"), device}).exitCode == 0);
    const QString bundled = loadContentPack(DefaultPack).pack->version;
    REQUIRE(publish(db.spec(), writePack(dir.path(), QStringLiteral("v2.json"), {{QStringLiteral("version"), QStringLiteral("2026.12.0")}})).exitCode == 0);

    {
        auto created = AppContext::create(device, CorruptionPolicy::Refuse, DefaultPack);
        REQUIRE(created.context);
        AppContext &context = *created.context;
        Store &store = context.store();
        const QString token = store.deviceToken();
        QNetworkAccessManager network;
        ContentUpdater updater(context, &network);
        QSignalSpy switched(&context, &AppContext::packChanged);

        // No participant busy: the new pack is in use at once.
        ContentCheck c = fetch(updater, server, token);
        INFO(c.error.toStdString());
        CHECK(c.outcome == ContentCheck::Installed);
        CHECK(c.httpStatus == 200);
        CHECK_FALSE(c.deferred);
        CHECK(c.version == QStringLiteral("2026.12.0"));
        CHECK(context.pack().version == QStringLiteral("2026.12.0"));
        CHECK(switched.count() == 1);
        CHECK(store.setting(QStringLiteral("content_version")) == QStringLiteral("2026.12.0"));
        CHECK(describe(c) == QStringLiteral("content version 2026.12.0 installed and in use"));

        // Asked again: 304, nothing downloaded.
        c = fetch(updater, server, token);
        CHECK(c.outcome == ContentCheck::UpToDate);
        CHECK(c.httpStatus == 304);
        CHECK(describe(c) == QStringLiteral("content version 2026.12.0 is up to date"));

        // A participant is busy when the next version arrives: it waits for them.
        SessionController &sessions = context.sessions();
        REQUIRE(sessions.begin());
        REQUIRE(sessions.submitJson(QStringLiteral("waarden"), {{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect")}}}));
        REQUIRE(publish(db.spec(), writePack(dir.path(), QStringLiteral("v3.json"), {{QStringLiteral("version"), QStringLiteral("2026.12.1")}})).exitCode == 0);
        c = fetch(updater, server, token);
        CHECK(c.outcome == ContentCheck::Installed);
        CHECK(c.deferred);
        CHECK(describe(c) == QStringLiteral("content version 2026.12.1 installed; it starts with the next participant"));
        CHECK(context.pack().version == QStringLiteral("2026.12.0"));
        REQUIRE(context.pendingPack());
        CHECK(context.pendingPack()->version == QStringLiteral("2026.12.1"));
        CHECK(switched.count() == 1);
        c = fetch(updater, server, token);  // asks with the waiting pack's ETag
        CHECK(c.httpStatus == 304);
        CHECK(c.deferred);
        REQUIRE(sessions.submitJson(QStringLiteral("waarden"), {{QStringLiteral("picks"), QJsonArray{QStringLiteral("erbij-horen")}}}));
        const QString busySession = sessions.sessionId();
        for (const auto &contribution : store.contributions(busySession))
            CHECK(contribution.contentVersion == QStringLiteral("2026.12.0"));  // the whole visit on one version

        sessions.end();  // the boundary
        CHECK(context.pack().version == QStringLiteral("2026.12.1"));
        CHECK(context.pendingPack() == nullptr);
        CHECK(switched.count() == 2);
        CHECK(store.setting(QStringLiteral("content_version")) == QStringLiteral("2026.12.1"));
        REQUIRE(sessions.begin());
        REQUIRE(sessions.submitJson(QStringLiteral("waarden"), {{QStringLiteral("picks"), QJsonArray{QStringLiteral("dynamiek")}}}));
        CHECK(store.contributions(sessions.sessionId()).first().contentVersion == QStringLiteral("2026.12.1"));
        sessions.end();

        // Every version a contribution refers to stays on the device.
        const QStringList versions = store.contentVersions();
        CHECK(versions.contains(bundled));
        CHECK(versions.contains(QStringLiteral("2026.12.0")));
        CHECK(versions.contains(QStringLiteral("2026.12.1")));
    }

    // A restart keeps the adopted pack; the upload is checked against each version on the server.
    auto reopened = AppContext::create(device, CorruptionPolicy::Refuse, DefaultPack);
    REQUIRE(reopened.context);
    CHECK(reopened.context->pack().version == QStringLiteral("2026.12.1"));
    reopened = {};
    const CommandResult synced = app({QStringLiteral("sync"), QStringLiteral("--data-dir"), device});
    INFO(synced.out.toStdString() << synced.err.toStdString());
    CHECK(synced.exitCode == 0);
    CHECK(synced.out.contains(QStringLiteral(" rejected 0, pending 0, quarantined 0\ncontent: content version 2026.12.1 is up to date\n")));
    CHECK(exportedContributions(db.spec()).size() == Store::open(device, CorruptionPolicy::Refuse).store->contributionCount());
}

TEST_CASE("the running app fetches new content by itself after uploading", "[content][sync]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("server.db"));
    ServerProcess server(db);
    REQUIRE(server.running());
    const QString device = dir.filePath(QStringLiteral("device"));
    auto created = AppContext::create(device, CorruptionPolicy::Refuse, DefaultPack);
    REQUIRE(created.context);
    AppContext &context = *created.context;
    REQUIRE(simulateParticipants(context, 2, 5).error.isEmpty());
    REQUIRE(enrollDevice(server, db, device));
    REQUIRE(publish(db, writePack(dir.path(), QStringLiteral("v2.json"), {{QStringLiteral("version"), QStringLiteral("2026.12.0")}})).exitCode == 0);

    platform::FixedReachability network(true);
    SyncService service(context, &network);
    QSignalSpy changed(&service, &SyncService::stateChanged);
    service.syncNow();
    const QString expected = QStringLiteral("Everything is sent; content version 2026.12.0 installed and in use");
    for (int i = 0; i < 100 && service.status() != expected; ++i)
        changed.wait(200);
    CHECK(service.status() == expected);
    CHECK(service.pending() == 0);
    CHECK(context.pack().version == QStringLiteral("2026.12.0"));

    // Next time round nothing is new: the plain status again.
    service.syncNow();
    for (int i = 0; i < 100 && service.status() != QStringLiteral("Everything is sent"); ++i)
        changed.wait(200);
    CHECK(service.status() == QStringLiteral("Everything is sent"));
}
