// Room hub benchmark (issue 10): the idle hub's CPU against an idle municipal server, and 30
// tablets submitting at once through the hub against the same tablets submitting one at a
// time; then the idle hub's CPU while every tablet holds its long poll on the room state (as
// the app's RoomFollower does), and the time a facilitator's "next activity" takes to reach
// all of them; then the hub as the app runs it, with its projector model, in a thread of its
// own: the time from a tablet's submit to the projector model's update that counts it, and that
// hub's idle CPU. Prints figures and ratios; asserts nothing (bench/README.md).
//
//     build/bench/hub_bench [--tablets 30] [--idle 10] [--poll-idle 60] [--dir DIR] [--quick]

#include "benchsupport.h"
#include "roomclient.h"
#include "roomfollower.h"
#include "sessioncontroller.h"
#include "room.h"
#include "roomoutbox.h"
#include "pinning.h"
#include "projectormodel.h"
#include "roomhub.h"

#include <QMutex>
#include <QSemaphore>
#include <chrono>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QThread>
#include <QUdpSocket>

using namespace bench;

namespace {

const char *Program = "hub_bench";

double idleCpuPercent(qint64 pid, int seconds)
{
    QThread::sleep(1);  // past start-up
    const double before = processCpuSeconds(pid);
    QThread::sleep(seconds);
    const double after = processCpuSeconds(pid);
    return before < 0 || after < 0 ? -1 : 100.0 * (after - before) / seconds;
}

// The same, while this process goes on serving its event loop (the tablets' long polls).
double idleCpuPercentServing(qint64 pid, int seconds)
{
    auto wait = [](int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    };
    wait(1000);
    const double before = processCpuSeconds(pid);
    wait(seconds * 1000);
    const double after = processCpuSeconds(pid);
    return before < 0 || after < 0 ? -1 : 100.0 * (after - before) / seconds;
}

struct Tablet {
    std::unique_ptr<AppContext> device;
    RoomMembership room;
};

// Every tablet sends what it has for the hub; all at once, or one after the other. The time from
// start to the hub's last acknowledgement, per tablet, in ms.
// Each tablet's sync client towards the hub, over its own pinned connection.
struct Senders {
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    std::vector<std::unique_ptr<RoomOutbox>> outboxes;
    std::vector<std::unique_ptr<sync::SyncClient>> clients;

    explicit Senders(std::vector<Tablet> &tablets)
    {
        for (Tablet &t : tablets) {
            networks.push_back(std::make_unique<QNetworkAccessManager>());
            new sync::CertificatePin(networks.back().get(), t.room.fingerprint);
            outboxes.push_back(std::make_unique<RoomOutbox>(t.device->store(), t.room.roomId));
            sync::SyncConfig config = t.device->syncConfig(t.room.hub);
            config.token = t.room.token;
            clients.push_back(std::make_unique<sync::SyncClient>(*outboxes.back(), config, networks.back().get()));
        }
    }
};

QList<double> submit(std::vector<Tablet> &tablets, bool atOnce)
{
    QList<double> times;
    Senders senders(tablets);
    QEventLoop loop;
    int running = 0;
    for (auto &client : senders.clients) {
        auto *clock = new QElapsedTimer;
        clock->start();
        ++running;
        QObject::connect(client.get(), &sync::SyncClient::finished, &loop, [&, clock](const sync::SyncSummary &s) {
            if (s.failure != sync::FailureKind::None || s.pending != 0)
                die(Program, QStringLiteral("a tablet could not send to the hub: %1").arg(s.error));
            times.append(double(clock->nsecsElapsed()) / 1e6);
            delete clock;
            if (--running == 0 || !atOnce)
                loop.quit();
        });
        client->start();
        if (!atOnce)
            loop.exec();
    }
    if (atOnce && running > 0)
        loop.exec();
    return times;
}

using Clock = std::chrono::steady_clock;

double msBetween(Clock::time_point from, Clock::time_point to)
{
    return std::chrono::duration<double, std::milli>(to - from).count();
}

// The hub as the app runs it (RoomHub, with a ProjectorModel on it), in a thread of its own so
// that its event loop is not the tablets'. Every update of the model is kept with the sessions it
// counted.
class ProjectorHub : public QThread {
public:
    explicit ProjectorHub(QString dataDir) : m_dataDir(std::move(dataDir)) {}
    struct Update {
        Clock::time_point at;
        QSet<QString> sessions;
    };
    QUrl url;
    QString code;
    QByteArray fingerprint;
    QString error;
    QSemaphore ready;

    QList<Update> updates()
    {
        QMutexLocker lock(&m_mutex);
        return m_updates;
    }

protected:
    void run() override
    {
        auto created = AppContext::create(m_dataDir, CorruptionPolicy::Refuse, defaultPackPath());
        if (!created.context) {
            error = created.error.message;
            ready.release();
            return;
        }
        {
            RoomHub hub(*created.context);
            RoomHub::Options options;
            options.address = QHostAddress::LocalHost;
            const RoomHub::Started started = hub.start(options);
            if (!started.ok()) {
                error = started.error;
                ready.release();
                return;
            }
            ProjectorModel projector;
            QObject::connect(&projector, &ProjectorModel::updated, [&] {
                const QStringList counted = projector.countedSessions();
                QMutexLocker lock(&m_mutex);
                m_updates.append({Clock::now(), QSet<QString>(counted.cbegin(), counted.cend())});
            });
            projector.setHub(&hub);
            url = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(hub.port()));
            code = hub.room().code;
            fingerprint = hub.fingerprint();
            ready.release();
            exec();
            hub.stop();
        }
    }

private:
    QString m_dataDir;
    QMutex m_mutex;
    QList<Update> m_updates;
};

// Each tablet's new session (one participant each) sent to the hub at once; per tablet, the time
// from its submit to the first projector update that counts its session, in ms.
QList<double> submitToProjector(std::vector<Tablet> &tablets, ProjectorHub &hub, double *cpuMs)
{
    QList<QString> sessions;
    for (Tablet &t : tablets) {
        RoomOutbox outbox(t.device->store(), t.room.roomId);
        const auto pending = outbox.pendingSessions(10);
        if (pending.size() != 1)
            die(Program, QStringLiteral("a tablet has %1 sessions to send, not 1").arg(pending.size()));
        sessions.append(pending.first().id);
    }
    const double cpuBefore = selfCpuSeconds();
    const Clock::time_point start = Clock::now();  // every client starts within a few ms of this
    std::vector<Clock::time_point> starts;
    Senders senders(tablets);
    QEventLoop loop;
    int running = 0;
    for (auto &client : senders.clients) {
        QObject::connect(client.get(), &sync::SyncClient::finished, &loop, [&](const sync::SyncSummary &s) {
            if (s.failure != sync::FailureKind::None || s.pending != 0)
                die(Program, QStringLiteral("a tablet could not send to the hub: %1").arg(s.error));
            if (--running == 0)
                loop.quit();
        });
    }
    for (auto &client : senders.clients) {
        starts.push_back(Clock::now());
        ++running;
        client->start();
    }
    loop.exec();
    // The last update may come just after the last acknowledgement.
    QList<double> times;
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 5000) {
        times.clear();
        const QList<ProjectorHub::Update> updates = hub.updates();
        for (int i = 0; i < int(tablets.size()); ++i)
            for (const ProjectorHub::Update &u : updates)
                if (u.at >= start && u.sessions.contains(sessions.at(i))) {
                    times.append(msBetween(starts.at(i), u.at));
                    break;
                }
        if (times.size() == int(tablets.size())) {
            // The CPU this process spent on the round (its hub thread, the tablets' clients and
            // their TLS): what the load of the machine does not distort, unlike the times.
            *cpuMs = (selfCpuSeconds() - cpuBefore) * 1e3;
            return times;
        }
        QThread::msleep(20);
    }
    die(Program, QStringLiteral("the projector model did not count every tablet's participant within 5 s"));
}

void print(const char *what, const Percentiles &p)
{
    std::printf("%-34s p50 %7.1f ms   p99 %7.1f ms   max %7.1f ms   (%lld tablets)\n", what, p.p50, p.p99, p.max, qlonglong(p.count));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("samenspraak.*=false"));
    const QStringList args = app.arguments();
    const bool quick = args.contains(QStringLiteral("--quick"));
    auto option = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int tabletCount = option(QStringLiteral("--tablets"), quick ? 4 : 30);
    const int idleSeconds = option(QStringLiteral("--idle"), quick ? 1 : 10);
    const qsizetype dirAt = args.indexOf(QStringLiteral("--dir"));
    // The hub's store commits with fsync (synchronous=FULL): on /dev/shm (the default) that costs
    // nothing; give --dir on a real disk to include it.
    const auto scratch = dirAt >= 0 && dirAt + 1 < args.size()
                           ? std::make_unique<QTemporaryDir>(args.at(dirAt + 1) + QStringLiteral("/hub-bench-XXXXXX"))
                           : scratchDir();

    // Idle: the hub, and as baseline a municipal server, each left alone.
    // With room discovery on (a UDP socket of its own), as in a hall.
    QUdpSocket freePort;
    freePort.bind(QHostAddress::LocalHost, 0);
    const QString discoveryPort = QString::number(freePort.localPort());
    freePort.close();
    HubProcess hub(scratch->filePath(QStringLiteral("hub")), {QStringLiteral("--discovery-port"), discoveryPort});
    if (!hub.start())
        die(Program, QStringLiteral("the hub did not start: %1").arg(hub.error()));
    ServerProcess server(scratch->filePath(QStringLiteral("server.db")));
    if (!server.running())
        die(Program, QStringLiteral("the server did not start: %1").arg(server.error()));
    const double hubIdle = idleCpuPercent(hub.pid(), idleSeconds);
    const double serverIdle = idleCpuPercent(server.pid(), idleSeconds);
    std::printf("idle CPU over %d s (%% of one core, resolution %.2f %%): hub %.2f %%, server %.2f %% (baseline); goal: hub below 1 %%\n",
                idleSeconds, 100.0 / double(::sysconf(_SC_CLK_TCK)) / idleSeconds, hubIdle, serverIdle);
    server.stop();

    // Tablets joined to the hub, one participant each per round.
    std::vector<Tablet> tablets;
    for (int i = 0; i < tabletCount; ++i) {
        const QString dir = scratch->filePath(QStringLiteral("tablet-%1").arg(i));
        auto created = AppContext::create(dir, CorruptionPolicy::Refuse, defaultPackPath());
        if (!created.context)
            die(Program, created.error.message);
        const JoinOutcome joined = joinRoom(*created.context, QUrl(hub.hubUrl()), protocol::normalizeRoomCode(hub.code()),
                                            sync::normalizeFingerprint(hub.fingerprint()));
        if (joined.result != JoinOutcome::Joined)
            die(Program, joined.message);
        created.context->sessions().setChannel(QStringLiteral("workshop"));
        tablets.push_back({std::move(created.context), joined.membership});
    }
    auto participate = [&](quint32 seed) {
        for (Tablet &t : tablets)
            if (const SimulationResult r = simulateParticipants(*t.device, 1, ++seed); !r.error.isEmpty())
                die(Program, r.error);
    };
    participate(1);
    const Percentiles oneAtATime = percentiles(submit(tablets, false));
    participate(1000);
    const Percentiles atOnce = percentiles(submit(tablets, true));
    print("one tablet at a time (baseline):", oneAtATime);
    print("all tablets at once:", atOnce);
    std::printf("ratio p99 at once / p50 one at a time: %.2f; goal: p99 at once below 200 ms\n",
                oneAtATime.p50 > 0 ? atOnce.p99 / oneAtATime.p50 : 0.0);
    std::printf("(time from a tablet's submit to the hub's acknowledgement over pinned TLS)\n");
    const double hubAfter = idleCpuPercent(hub.pid(), idleSeconds);
    std::printf("idle CPU after the load, over %d s: hub %.2f %%\n", idleSeconds, hubAfter);

    // Every tablet follows the room: one long poll each, held by the hub until something changes.
    std::vector<std::unique_ptr<RoomFollower>> followers;
    for (Tablet &t : tablets) {
        followers.push_back(std::make_unique<RoomFollower>());
        followers.back()->follow(t.room);
    }
    {
        QEventLoop loop;
        QTimer check;
        QObject::connect(&check, &QTimer::timeout, &loop, [&] {
            if (std::all_of(followers.begin(), followers.end(), [](const auto &f) { return f->reachable(); }))
                loop.quit();
        });
        check.start(50);
        QTimer::singleShot(30'000, &loop, [&] { die(Program, QStringLiteral("the tablets could not follow the room")); });
        loop.exec();
    }
    const int pollIdleSeconds = option(QStringLiteral("--poll-idle"), quick ? 2 : 60);
    const double hubPolling = idleCpuPercentServing(hub.pid(), pollIdleSeconds);
    std::printf("idle CPU with %d tablets long-polling the room state, over %d s (each poll waits 25 s): hub %.2f %% "
                "(against %.2f %% idle without them); goal: below 1 %%\n",
                tabletCount, pollIdleSeconds, hubPolling, hubIdle);

    // The facilitator's "next activity": from the POST to each tablet hearing it.
    QFile tokenFile(scratch->filePath(QStringLiteral("hub/room/hub-token")));
    if (!tokenFile.open(QIODevice::ReadOnly))
        die(Program, QStringLiteral("no hub token in %1").arg(tokenFile.fileName()));
    const QByteArray hubToken = tokenFile.readAll().trimmed();
    QList<double> heard;
    QElapsedTimer pushed;
    QEventLoop loop;
    for (auto &f : followers)
        QObject::connect(f.get(), &RoomFollower::stateChanged, &loop, [&, follower = f.get()] {
            if (follower->state().mode == protocol::RoomState::Mode::Activity) {
                heard.append(double(pushed.nsecsElapsed()) / 1e6);
                if (heard.size() == qsizetype(followers.size()))
                    loop.quit();
            }
        });
    QNetworkAccessManager control;
    new sync::CertificatePin(&control, sync::normalizeFingerprint(hub.fingerprint()));
    QNetworkRequest request = sync::apiRequest(QUrl(hub.hubUrl()), QStringLiteral("/rooms/current/state"), QString::fromLatin1(hubToken));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    pushed.start();
    QNetworkReply *reply = control.post(request, QByteArrayLiteral(R"({"command":"next"})"));
    QTimer::singleShot(30'000, &loop, [&] { die(Program, QStringLiteral("not every tablet heard \"next\"")); });
    loop.exec();
    reply->deleteLater();
    print("'next activity' heard by a tablet:", percentiles(heard));
    for (auto &f : followers)
        f->stop();
    hub.stop();

    // The hub as the app runs it, with its projector model: submit to projector update.
    ProjectorHub projectorHub(scratch->filePath(QStringLiteral("projector-hub")));
    projectorHub.start();
    projectorHub.ready.acquire();
    if (!projectorHub.error.isEmpty())
        die(Program, QStringLiteral("the in-process hub did not start: %1").arg(projectorHub.error));
    std::vector<Tablet> roomTablets;
    for (int i = 0; i < tabletCount; ++i) {
        auto created = AppContext::create(scratch->filePath(QStringLiteral("projector-tablet-%1").arg(i)), CorruptionPolicy::Refuse, defaultPackPath());
        if (!created.context)
            die(Program, created.error.message);
        const JoinOutcome joined = joinRoom(*created.context, projectorHub.url, projectorHub.code, projectorHub.fingerprint);
        if (joined.result != JoinOutcome::Joined)
            die(Program, joined.message);
        created.context->sessions().setChannel(QStringLiteral("workshop"));
        roomTablets.push_back({std::move(created.context), joined.membership});
    }
    const int rounds = quick ? 1 : 3;
    QList<double> toProjector;
    QStringList cpu;
    for (int round = 0; round < rounds; ++round) {
        for (Tablet &t : roomTablets)
            if (const SimulationResult r = simulateParticipants(*t.device, 1, quint32(5000 + round * 100 + toProjector.size())); !r.error.isEmpty())
                die(Program, r.error);
        double cpuMs = 0;
        toProjector += submitToProjector(roomTablets, projectorHub, &cpuMs);
        cpu << QString::number(cpuMs, 'f', 0);
    }
    print("submit to projector update:", percentiles(toProjector));
    std::printf("CPU of this process per round (hub thread, tablets' clients and TLS): %s ms\n", qPrintable(cpu.join(QStringLiteral(", "))));
    std::printf("(%d rounds of all tablets at once; per update the projector model recomputes the activities whose answers changed;"
                " goal: p99 below 200 ms)\n", rounds);
    // Idle: this process does nothing but sleep, so its CPU is the hub thread's.
    QThread::sleep(1);
    const double before = selfCpuSeconds();
    QThread::sleep(idleSeconds);
    const double projectorIdle = 100.0 * (selfCpuSeconds() - before) / idleSeconds;
    std::printf("idle CPU over %d s: hub with projector model %.2f %% (resolution %.2f %%); goal: below 1 %%\n", idleSeconds, projectorIdle,
                100.0 / double(::sysconf(_SC_CLK_TCK)) / idleSeconds);
    projectorHub.quit();
    projectorHub.wait();
    return 0;
}
