// Exactly-once across device crashes with several batches in flight: `samenspraak sync` sends
// through a proxy that holds every request a few hundred ms (so the client's window of batches
// is full) and is killed with SIGKILL while two or more batches are on their way. After each
// kill the device opens, and every record it marked as delivered is on the server; in the end
// every contribution is on the server exactly once.

#include <catch2/catch.hpp>

#include "faultproxy.h"
#include "faultsetup.h"

#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>

#include <cstdio>
#include <random>

using namespace samenspraak::testing;

namespace {

QStringList acknowledgedContributions(const QString &dataDir)
{
    QStringList ids;
    auto opened = samenspraak::Store::open(dataDir, samenspraak::CorruptionPolicy::Refuse);
    if (!opened.store)
        return {QStringLiteral("(the store does not open: %1)").arg(opened.error.message)};
    QSqlQuery q(opened.store->db());
    if (q.exec(QStringLiteral("SELECT id FROM contributions WHERE sync_state = 1")))
        while (q.next())
            ids << q.value(0).toString();
    return ids;
}

} // namespace

TEST_CASE("sync pipeline: the device killed with SIGKILL while several batches are in flight: what it marked delivered is on the server, "
          "and in the end every contribution exactly once", "[e2e][faults][kill]")
{
    const auto setup = simulatedDeviceAndServer(QStringLiteral("sqlite"), 300, 47, {QStringLiteral("--rate-limit"), QStringLiteral("0")});
    const QString &device = setup->device;
    const QString &db = setup->db;
    ServerProcess &server = *setup->server;

    // Every request held 100 to 400 ms: the window of batches fills.
    FaultProxy proxy(quint16(server.port()), 20261204, 1.0);
    proxy.setFaultKinds({Fault::Delay});
    REQUIRE(proxy.port() != 0);

    constexpr int Kills = 5;
    std::mt19937 rng(20261204);
    int kills = 0, mostInFlight = 0;
    for (int run = 0; run < 4 * Kills && kills < Kills; ++run) {
        INFO("run " << run + 1);
        const int before = proxy.requests();
        const int after = std::uniform_int_distribution<int>(2, 5)(rng);  // batches seen in this run before the kill
        QProcess sync;
        sync.start(QStringLiteral(SAMENSPRAAK_APP), syncArguments(device, proxy.url(), 0) << QStringLiteral("--window") << QStringLiteral("3"));
        REQUIRE(sync.waitForStarted());
        bool killed = false;
        while (!sync.waitForFinished(2)) {
            // Requests whose head reached the proxy and that it has not forwarded yet: batches the
            // device sent and has no answer to.
            const int inFlight = proxy.requests() - proxy.forwarded();
            if (inFlight >= 2 && proxy.requests() - before >= after) {
                sync.kill();  // SIGKILL: no chance to record an answer or finish a transaction
                sync.waitForFinished();
                killed = true;
                mostInFlight = std::max(mostInFlight, inFlight);
                break;
            }
        }
        if (!killed)
            continue;  // it finished first (the last batches): nothing to check here
        ++kills;
        // The device opens, and what it took as delivered the server has.
        const QJsonArray rows = exportedContributions(db);
        QSet<QString> onServer;
        for (const QJsonValue &v : rows)
            onServer.insert(v.toObject().value(QStringLiteral("id")).toString());
        const QStringList acked = acknowledgedContributions(device);
        int notOnServer = 0;
        for (const QString &id : acked)
            notOnServer += !onServer.contains(id);
        INFO("acknowledged on the device " << acked.size() << ", on the server " << onServer.size());
        CHECK(notOnServer == 0);
    }
    std::printf("device killed %d times with up to %d batches in flight\n", kills, mostInFlight);
    CHECK(kills == Kills);
    CHECK(mostInFlight >= 2);

    proxy.setFaultRate(0);
    CHECK(checkEveryContributionOnce(*setup, proxy.url()).onDevice > 1500);
}
