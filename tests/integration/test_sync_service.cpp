#include <catch2/catch.hpp>

#include "appcontext.h"
#include "devices.h"
#include "processes.h"
#include "reachability.h"
#include "simulator.h"
#include "syncservice.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace samenspraak;

TEST_CASE("the running app uploads by itself once a server is set and the network is back", "[e2e][sync]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("server.db"));
    ServerProcess server(db);
    REQUIRE(server.running());

    auto created = AppContext::create(dir.filePath(QStringLiteral("device")), CorruptionPolicy::Refuse,
                                      QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json"));
    REQUIRE(created.context);
    AppContext &context = *created.context;
    REQUIRE(simulateParticipants(context, 3, 11).error.isEmpty());
    QString error;
    const bool enrolled = enrollDevice(server, db, dir.filePath(QStringLiteral("device")), &error);  // stores server_url and the token
    INFO(error.toStdString());
    REQUIRE(enrolled);

    platform::FixedReachability network(false);
    SyncService service(context, &network);
    QSignalSpy changed(&service, &SyncService::stateChanged);
    service.syncNow();
    REQUIRE(changed.wait(5000));
    CHECK(service.status() == QStringLiteral("No network: answers stay on this device"));
    CHECK(service.pending() > 0);

    network.setOnline(true);  // regained connectivity triggers the upload without a tap
    for (int i = 0; i < 50 && service.pending() > 0; ++i)
        changed.wait(200);
    CHECK(service.pending() == 0);
    CHECK(service.status() == QStringLiteral("Everything is sent"));
    CHECK(exportedContributions(db).size() == context.store().contributionCount());
}
