#pragma once
// What the fault tests share (test_fault_proxy, test_server_kill, test_device_kill): a device
// with many simulated participants, enrolled with a fresh server on SQLite or PostgreSQL; and the
// verdict at the end, "every contribution on the server exactly once".

#include <catch2/catch.hpp>

#include "devices.h"
#include "exactlyonce.h"
#include "pgcluster.h"

#include <QTemporaryDir>

#include <memory>

struct FaultSetup {
    QTemporaryDir dir;  // the server's database (SQLite)
    std::unique_ptr<QTemporaryDir> deviceDir = deviceTempDir();
    QString device;     // the device's data dir
    std::unique_ptr<ServerDatabase> serverDb;
    QString db;         // the server's database spec
    std::unique_ptr<ServerProcess> server;
};

// The server on `backend` ("sqlite" or "postgresql") started with `serverOptions`, a device with
// `participants` simulated participants (`seed`), enrolled with it.
inline std::unique_ptr<FaultSetup> simulatedDeviceAndServer(const QString &backend, int participants, int seed,
                                                            const QStringList &serverOptions = {})
{
    auto setup = std::make_unique<FaultSetup>();
    REQUIRE(setup->deviceDir->isValid());
    setup->device = setup->deviceDir->filePath(QStringLiteral("device"));
    setup->serverDb = std::make_unique<ServerDatabase>(backend, setup->dir.path());
    INFO(setup->serverDb->error().toStdString());
    REQUIRE(setup->serverDb->ok());
    setup->db = setup->serverDb->spec();
    setup->server = std::make_unique<ServerProcess>(setup->db, serverOptions);
    INFO(setup->server->error().toStdString());
    REQUIRE(setup->server->running());
    const CommandResult simulated = app({QStringLiteral("simulate"), QStringLiteral("--participants"), QString::number(participants),
                                         QStringLiteral("--data-dir"), setup->device, QStringLiteral("--seed"), QString::number(seed)});
    INFO(simulated.err.toStdString());
    REQUIRE(simulated.exitCode == 0);
    QString error;
    const bool enrolled = enrollDevice(*setup->server, setup->db, setup->device, &error);
    INFO(error.toStdString());
    REQUIRE(enrolled);
    return setup;
}

// One more `samenspraak sync` through `serverUrl` without faults leaves nothing pending, and
// every contribution of the device is on the server once: none missing, none twice, none
// unknown, none pending or set aside. Returns the arrival, for the test's own count.
inline Arrival checkEveryContributionOnce(const FaultSetup &setup, const QString &serverUrl)
{
    const CommandResult last = app(syncArguments(setup.device, serverUrl, 0));
    INFO(last.out.toStdString() << last.err.toStdString());
    CHECK(last.exitCode == 0);
    CHECK(last.out.contains(QStringLiteral("rejected 0, pending 0, quarantined 0")));

    const Arrival arrival = compareArrival(setup.device, setup.db);
    INFO(arrival.describe());
    CHECK(arrival.exported == arrival.onDevice);
    CHECK(arrival.duplicated.isEmpty());
    CHECK(arrival.missing.isEmpty());
    CHECK(arrival.unknown.isEmpty());
    CHECK(arrival.pending == 0);
    CHECK(arrival.quarantined == 0);
    return arrival;
}
