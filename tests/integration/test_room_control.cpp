// The facilitator's controls of a room with real processes on loopback (docs/architecture.md,
// "Room hub: facilitator controls"): `samenspraak hub`, tablets that `join` and follow the room
// with `samenspraak room-state` (the app's long poll, RoomFollower), and the hub's own token.

#include <catch2/catch.hpp>

#include "httpclient.h"
#include "pinning.h"
#include "room.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <memory>
#include <vector>

using namespace samenspraak;

namespace {

CommandResult joinTablet(const QString &dataDir, const QString &joinUrl)
{
    return app({QStringLiteral("join"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--hub"), joinUrl});
}

QString roomToken(const QString &dataDir)
{
    QString token;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dataDir + QStringLiteral("/samenspraak.db"));
        QSqlQuery q(db);
        if (db.open() && q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'room_token'")) && q.next())
            token = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return token;
}

QByteArray hubToken(const QString &hubDir)
{
    QFile file(hubDir + QStringLiteral("/room/hub-token"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

// A tablet following the room in its own process: prints the first state past `after`.
struct Follower {
    QProcess process;
    void start(const QString &dataDir, qint64 after, int timeoutSeconds = 60)
    {
        process.setProgram(QStringLiteral(SAMENSPRAAK_APP));
        process.setArguments({QStringLiteral("room-state"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--after"), QString::number(after),
                              QStringLiteral("--timeout"), QString::number(timeoutSeconds)});
        process.start();
        process.waitForStarted();
    }
    // "SEQUENCE MODE ACTIVITY", or empty when it failed.
    QString result()
    {
        process.waitForFinished(90'000);
        return process.exitCode() == 0 ? QString::fromUtf8(process.readAllStandardOutput()).trimmed() : QString();
    }
    ~Follower() { stopProcess(process); }
};

// Waits until the followers had time to be in their long polls (each asks for the state at
// once, then waits): they are still running then.
bool stillWaiting(std::vector<std::unique_ptr<Follower>> &followers, int ms)
{
    QThread::msleep(ms);
    for (auto &f : followers)
        if (f->process.state() != QProcess::Running)
            return false;
    return true;
}

struct Hub {
    QNetworkAccessManager pinned;
    HubProcess &process;
    explicit Hub(HubProcess &p) : process(p) { new sync::CertificatePin(&pinned, p.fingerprint().toLatin1()); }
    HttpResult request(const QByteArray &method, const QString &path, const QByteArray &token, const QByteArray &body = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
        if (!token.isEmpty())
            headers.append({"Authorization", "Bearer " + token});
        return httpRequest(method, QUrl(process.hubUrl() + path), body, headers, &pinned);
    }
    HttpResult command(const QByteArray &token, const char *name)
    {
        return request("POST", QStringLiteral("/api/v1/rooms/current/state"), token, QByteArray(R"({"command":")") + name + "\"}");
    }
};

} // namespace

TEST_CASE("room control: next activity, pause and results reach 3 tablets through their long polls", "[room][control]")
{
    QTemporaryDir hubDir;
    HubProcess hub(hubDir.path(), {QStringLiteral("--title"), QStringLiteral("Avond Hoonhorst")});
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    const QByteArray token = hubToken(hubDir.path());
    REQUIRE(token.size() >= 32);
    std::vector<std::unique_ptr<QTemporaryDir>> tablets;
    for (int i = 0; i < 3; ++i) {
        tablets.push_back(std::make_unique<QTemporaryDir>());
        const CommandResult joined = joinTablet(tablets.back()->path(), hub.joinUrl());
        INFO(joined.err.toStdString());
        REQUIRE(joined.exitCode == 0);
    }
    Hub control(hub);
    const HttpResult initial = control.request("GET", QStringLiteral("/api/v1/rooms/current/state"), token);
    REQUIRE(initial.status == 200);
    CHECK(initial.json().value(QStringLiteral("mode")).toString() == QLatin1String("free"));
    CHECK(initial.json().value(QStringLiteral("sequence")).toInt() == 0);
    const QJsonArray activities = initial.json().value(QStringLiteral("activities")).toArray();
    REQUIRE(activities.size() >= 3);

    struct Step {
        const char *command;
        QString expected;
    };
    const QString first = activities.at(0).toString();
    const std::vector<Step> steps{{"next", QStringLiteral("1 activity ") + first},
                                  {"pause", QStringLiteral("2 pause ") + first},
                                  {"results", QStringLiteral("3 results ") + first},
                                  {"next", QStringLiteral("4 activity ") + activities.at(1).toString()}};
    qint64 sequence = 0;
    for (const Step &step : steps) {
        INFO(step.command);
        std::vector<std::unique_ptr<Follower>> followers;
        for (auto &t : tablets) {
            followers.push_back(std::make_unique<Follower>());
            followers.back()->start(t->path(), sequence);
        }
        // Nothing changed yet: every tablet is still waiting (a long poll, not an answer at once).
        REQUIRE(stillWaiting(followers, 1500));
        const HttpResult changed = control.command(token, step.command);
        REQUIRE(changed.status == 200);
        for (auto &f : followers)
            CHECK(f->result() == step.expected);
        ++sequence;
    }
}

TEST_CASE("room control: a tablet that lost the hub gets the current state once the hub is back", "[room][control][crash]")
{
    QTemporaryDir hubDir, tablet;
    HubProcess hub(hubDir.path());
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    REQUIRE(joinTablet(tablet.path(), hub.joinUrl()).exitCode == 0);
    const QByteArray token = hubToken(hubDir.path());
    {
        Hub control(hub);
        REQUIRE(control.command(token, "next").status == 200);
        REQUIRE(control.command(token, "pause").status == 200);
    }
    // The tablet waits for news past the pause; the hub dies meanwhile.
    std::vector<std::unique_ptr<Follower>> waiting;
    waiting.push_back(std::make_unique<Follower>());
    waiting.back()->start(tablet.path(), 2, 90);
    REQUIRE(stillWaiting(waiting, 1500));
    hub.kill();
    // Started again on the same data dir: the same room, state and sequence.
    REQUIRE(hub.start());
    Follower current;
    current.start(tablet.path(), -1);
    const QString now = current.result();
    CHECK(now.startsWith(QStringLiteral("2 pause ")));
    // The follower that lost the hub is still there, and hears the next change.
    CHECK(waiting.back()->process.state() == QProcess::Running);
    Hub control(hub);
    REQUIRE(control.command(token, "results").status == 200);
    CHECK(waiting.back()->result().startsWith(QStringLiteral("3 results ")));
}

TEST_CASE("room control: without the right token the state is refused, and only the hub's token changes it", "[room][control]")
{
    QTemporaryDir hubDir, tablet;
    HubProcess hub(hubDir.path());
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    REQUIRE(joinTablet(tablet.path(), hub.joinUrl()).exitCode == 0);
    const QByteArray member = roomToken(tablet.path()).toLatin1();
    const QByteArray token = hubToken(hubDir.path());
    REQUIRE(member.size() >= 32);
    Hub control(hub);
    const QString state = QStringLiteral("/api/v1/rooms/current/state");
    const HttpResult anonymous = control.request("GET", state, {});
    CHECK(anonymous.status == 401);
    CHECK(anonymous.isProblem());
    CHECK(control.request("GET", state, QByteArray(43, 'x')).status == 401);
    CHECK(control.request("GET", state + QStringLiteral("?after=abc"), member).status == 400);
    // A member may read it, and a long poll that sees no change answers the same state after its wait.
    QElapsedTimer waited;
    waited.start();
    const HttpResult unchanged = control.request("GET", state + QStringLiteral("?after=0&wait=1"), member);
    CHECK(unchanged.status == 200);
    CHECK(unchanged.json().value(QStringLiteral("sequence")).toInt() == 0);
    CHECK(waited.elapsed() >= 900);
    // Only the hub's own token changes the room: a member's is refused, and nothing changed.
    const HttpResult byMember = control.command(member, "next");
    CHECK(byMember.status == 403);
    CHECK(byMember.isProblem());
    CHECK(control.command({}, "next").status == 401);
    CHECK(control.command(QByteArray(token.size(), 'x'), "next").status == 403);  // a bearer token, but not the hub's
    const HttpResult bad = control.command(token, "jump");
    CHECK(bad.status == 400);
    CHECK(bad.detail().contains(QStringLiteral("next, pause, resume or results")));
    CHECK(control.request("GET", state, member).json().value(QStringLiteral("sequence")).toInt() == 0);
    CHECK(control.command(token, "next").status == 200);
    CHECK(control.request("GET", state, member).json().value(QStringLiteral("sequence")).toInt() == 1);
}

TEST_CASE("room hub: /metrics and /healthz are closed to the room's network without a token, kept in a 0600 file", "[room][control]")
{
    QTemporaryDir hubDir, tablet;
    HubProcess hub(hubDir.path());
    INFO(hub.error().toStdString());
    REQUIRE(hub.start());
    REQUIRE(joinTablet(tablet.path(), hub.joinUrl()).exitCode == 0);
    const QFileInfo tokenFile(hubDir.path() + QStringLiteral("/room/hub-token"));
    REQUIRE(tokenFile.exists());
    CHECK(tokenFile.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QByteArray token = hubToken(hubDir.path());
    const QByteArray member = roomToken(tablet.path()).toLatin1();
    Hub control(hub);
    for (const QString &path : {QStringLiteral("/metrics"), QStringLiteral("/healthz")}) {
        INFO(path.toStdString());
        const HttpResult open = control.request("GET", path, {});
        CHECK(open.status == 401);
        CHECK(open.isProblem());
        CHECK_FALSE(open.body.contains("samenspraak_"));
        CHECK(control.request("GET", path, QByteArray(token.size(), 'y')).status == 401);
        CHECK(control.request("GET", path, token).status == 200);
        CHECK(control.request("GET", path, member).status == 200);
    }
    CHECK(control.request("GET", QStringLiteral("/metrics"), token).body.contains("samenspraak_"));
    // Restarted, the hub keeps the same token.
    hub.stop();
    REQUIRE(hub.start());
    CHECK(hubToken(hubDir.path()) == token);
    Hub again(hub);
    CHECK(again.request("GET", QStringLiteral("/healthz"), token).status == 200);
}
