// Backups that restore: a backup taken while devices upload, restored later, must not lose what
// devices were told is stored. The restored server has a new epoch; devices see it, send again
// what was acknowledged, and the server answers `duplicate` for what it kept.
#include <catch2/catch.hpp>

#include "devices.h"
#include "exactlyonce.h"
#include "pgcluster.h"

#include <QProcess>
#include <QTemporaryDir>

TEST_CASE("backup during uploads, restore an older backup: every acknowledged contribution ends up stored exactly once",
          "[backup][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    QTemporaryDir dir;
    ServerDatabase db(backend, dir.path());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    ServerProcess server(db.spec());
    INFO(server.error().toStdString());
    REQUIRE(server.running());

    // Device A has a backlog to send while the backup is taken; device B sends only later.
    const QString deviceA = dir.filePath(QStringLiteral("device-a")), deviceB = dir.filePath(QStringLiteral("device-b"));
    for (const QString &device : {deviceA, deviceB}) {
        QString error;
        REQUIRE(enrollDevice(server, db.spec(), device, &error));
    }
    REQUIRE(app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("300"), QStringLiteral("--data-dir"), deviceA,
                 QStringLiteral("--seed"), QStringLiteral("1")}).exitCode == 0);

    // The backup runs while A's upload is in progress.
    QProcess upload;
    upload.start(QStringLiteral(SAMENSPRAAK_APP), syncArguments(deviceA, server.url(), 5));
    REQUIRE(upload.waitForStarted());
    const QString backupFile = dir.filePath(QStringLiteral("backup.db"));
    const CommandResult backedUp = serverCommand({QStringLiteral("backup"), QStringLiteral("--db"), db.spec(), QStringLiteral("--out"), backupFile});
    INFO(backedUp.err.toStdString());
    REQUIRE(backedUp.exitCode == 0);
    REQUIRE(upload.waitForFinished(120'000));
    REQUIRE(upload.exitCode() == 0);

    // After the backup: more answers on both devices, all acknowledged by the server.
    for (const QString &device : {deviceA, deviceB})
        REQUIRE(app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("40"), QStringLiteral("--data-dir"), device,
                     QStringLiteral("--seed"), QStringLiteral("2")}).exitCode == 0);
    for (const QString &device : {deviceA, deviceB}) {
        const CommandResult synced = app(syncArguments(device, server.url(), 5));
        INFO(synced.out.toStdString() << synced.err.toStdString());
        REQUIRE(synced.exitCode == 0);
    }
    const int storedBefore = int(exportedContributions(db.spec()).size());

    // The server is restored from the older backup: what came after it is gone from the server.
    server.stop();
    const CommandResult restored = serverCommand({QStringLiteral("restore"), QStringLiteral("--db"), db.spec(), QStringLiteral("--from"), backupFile});
    INFO(restored.out.toStdString() << restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("new epoch")));
    const int storedAfterRestore = int(exportedContributions(db.spec()).size());
    CHECK(storedAfterRestore < storedBefore);
    REQUIRE(server.start());

    // A has nothing pending (it learns of the restore from the content check); B gets new
    // answers first (it learns from its upload). Both send again, and all arrives once.
    REQUIRE(app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("5"), QStringLiteral("--data-dir"), deviceB,
                 QStringLiteral("--seed"), QStringLiteral("3")}).exitCode == 0);
    for (const QString &device : {deviceA, deviceB}) {
        const CommandResult synced = app(syncArguments(device, server.url(), 5));
        INFO(synced.out.toStdString() << synced.err.toStdString());
        REQUIRE(synced.exitCode == 0);
    }
    const QJsonArray rows = exportedContributions(db.spec());
    QHash<QString, int> counts;
    for (const QJsonValue &row : rows)
        ++counts[row.toObject().value(QStringLiteral("id")).toString()];
    int onDevices = 0;
    for (const QString &device : {deviceA, deviceB}) {
        auto opened = samenspraak::Store::open(device, samenspraak::CorruptionPolicy::Refuse);
        REQUIRE(opened.store);
        CHECK(opened.store->pendingCount() == 0);
        for (const auto &c : opened.store->contributions()) {
            ++onDevices;
            INFO("contribution " << c.id.toStdString());
            CHECK(counts.value(c.id) == 1);
        }
    }
    CHECK(rows.size() == onDevices);
    CHECK(onDevices > storedAfterRestore);
}
