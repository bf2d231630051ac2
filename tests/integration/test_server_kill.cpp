// Exactly-once across server crashes: the server is killed with SIGKILL at random points of
// a large upload and restarted on the same database and port; the device keeps syncing and
// in the end every contribution is on the server once.

#include <catch2/catch.hpp>

#include "faultsetup.h"

#include <QThread>

#include <algorithm>
#include <cstdio>
#include <random>

TEST_CASE("the server killed with SIGKILL during an upload and restarted: every contribution exactly once", "[e2e][faults][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    const auto setup = simulatedDeviceAndServer(backend, 1000, 43);
    const QString &device = setup->device;
    const QString &db = setup->db;
    ServerProcess &server = *setup->server;
    int total = 0;
    {
        auto opened = samenspraak::Store::open(device, samenspraak::CorruptionPolicy::Refuse);
        REQUIRE(opened.store);
        total = opened.store->contributionCount();
    }
    REQUIRE(total > 1000);

    // Kill at random points of the upload, measured by what the server has committed.
    constexpr int Kills = 4;
    std::mt19937 rng(20260502);
    QList<int> killAt;
    for (int i = 0; i < Kills; ++i)
        killAt << std::uniform_int_distribution<int>(total / 20, total * 6 / 10)(rng);
    std::sort(killAt.begin(), killAt.end());

    ServerCount storedOnServer(db);
    int kills = 0;
    int runs = 0;
    std::optional<int> pending;
    while (runs < 20 && !(kills == Kills && pending == 0)) {
        ++runs;
        QProcess sync;
        sync.start(QStringLiteral(SAMENSPRAAK_APP), syncArguments(device, server.url(), 10));
        REQUIRE(sync.waitForStarted());
        while (!sync.waitForFinished(5)) {
            if (kills < Kills && storedOnServer() >= killAt.at(kills)) {
                server.kill();  // SIGKILL: no chance to finish a transaction or an answer
                ++kills;
                QThread::msleep(std::uniform_int_distribution<int>(0, 300)(rng));
                INFO(server.error().toStdString());
                REQUIRE(server.start());
            }
        }
        const QString out = QString::fromUtf8(sync.readAllStandardOutput());
        INFO(out.toStdString() << sync.readAllStandardError().toStdString());
        pending = pendingIn(out);
        REQUIRE(pending.has_value());
        REQUIRE(sync.exitStatus() == QProcess::NormalExit);
        REQUIRE((sync.exitCode() == 0 || sync.exitCode() == 3));  // done, or a transient failure
    }
    std::printf("%s: server killed %d times during %d sync runs\n", qPrintable(backend), kills, runs);
    CHECK(kills == Kills);

    const Arrival arrival = checkEveryContributionOnce(*setup, server.url());
    CHECK(arrival.onDevice == total);
    CHECK(arrival.exported == total);
}
