#include <catch2/catch.hpp>

#include "processes.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace samenspraak;

namespace {

QHash<QString, int> countById(const QJsonArray &rows)
{
    QHash<QString, int> counts;
    for (const QJsonValue &v : rows)
        ++counts[v.toObject().value(QStringLiteral("id")).toString()];
    return counts;
}

QList<protocol::ContributionRecord> deviceContributions(const QString &dataDir)
{
    auto opened = Store::open(dataDir, CorruptionPolicy::Refuse);
    REQUIRE(opened.store);
    return opened.store->contributions();
}

} // namespace

TEST_CASE("simulate, sync and export: every contribution exactly once", "[e2e]")
{
    QTemporaryDir dir;
    const QString device = dir.filePath(QStringLiteral("device"));
    const QString db = dir.filePath(QStringLiteral("server.db"));
    ServerProcess server(db);
    REQUIRE(server.running());
    INFO(server.error().toStdString());

    const CommandResult simulated = app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("25"),
                                         QStringLiteral("--data-dir"), device, QStringLiteral("--seed"), QStringLiteral("7")});
    INFO(simulated.err.toStdString());
    REQUIRE(simulated.exitCode == 0);
    const auto onDevice = deviceContributions(device);
    REQUIRE(onDevice.size() >= 25);

    const CommandResult synced = app({QStringLiteral("sync"), QStringLiteral("--data-dir"), device, QStringLiteral("--server"), server.url()});
    INFO(synced.out.toStdString() << synced.err.toStdString());
    REQUIRE(synced.exitCode == 0);
    CHECK(synced.out.contains(QStringLiteral("pending 0")));

    QHash<QString, int> counts = countById(exportedContributions(db));
    CHECK(counts.size() == onDevice.size());
    for (const auto &c : onDevice) {
        INFO(c.id.toStdString());
        CHECK(counts.value(c.id) == 1);
    }

    // A second sync sends nothing; a device that forgot its acks (restored from a backup)
    // sends everything again and the server keeps each record once.
    const CommandResult again = app({QStringLiteral("sync"), QStringLiteral("--data-dir"), device});
    CHECK(again.exitCode == 0);
    CHECK(again.out.startsWith(QStringLiteral("sent 0,")));
    {
        auto opened = Store::open(device, CorruptionPolicy::Refuse);
        QSqlQuery q(opened.store->db());
        REQUIRE(q.exec(QStringLiteral("UPDATE contributions SET sync_state = 0")));
        REQUIRE(q.exec(QStringLiteral("UPDATE sessions SET sync_state = 0")));
    }
    const CommandResult resent = app({QStringLiteral("sync"), QStringLiteral("--data-dir"), device});
    INFO(resent.out.toStdString());
    CHECK(resent.exitCode == 0);
    CHECK(resent.out == synced.out);  // everything sent again, everything acknowledged again
    counts = countById(exportedContributions(db));
    CHECK(counts.size() == onDevice.size());
    CHECK(std::all_of(counts.begin(), counts.end(), [](int n) { return n == 1; }));
}

TEST_CASE("the CSV export opens in Excel: BOM, header, one line per contribution", "[e2e][export]")
{
    QTemporaryDir dir;
    const QString device = dir.filePath(QStringLiteral("device"));
    const QString db = dir.filePath(QStringLiteral("server.db"));
    ServerProcess server(db);
    REQUIRE(server.running());
    REQUIRE(app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("2"), QStringLiteral("--data-dir"), device}).exitCode == 0);
    REQUIRE(app({QStringLiteral("sync"), QStringLiteral("--data-dir"), device, QStringLiteral("--server"), server.url()}).exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("export.csv"));
    const CommandResult exported = serverCommand({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"),
                                                  QStringLiteral("csv"), QStringLiteral("--separator"), QStringLiteral("semicolon"),
                                                  QStringLiteral("--out"), out});
    REQUIRE(exported.exitCode == 0);
    const QByteArray csv = readFileBytes(out);
    REQUIRE(csv.startsWith("\xEF\xBB\xBF" "id;session_id;device_id;activity_id;kind;content_version;payload;created_at_device;received_at_server"));
    const int lines = int(csv.count("\r\n"));
    CHECK(lines == 1 + int(deviceContributions(device).size()));
}

TEST_CASE("a server that does not answer: clear error, nothing lost", "[e2e][bad-input]")
{
    QTemporaryDir dir;
    const QString device = dir.filePath(QStringLiteral("device"));
    REQUIRE(app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("3"), QStringLiteral("--data-dir"), device}).exitCode == 0);
    const auto before = deviceContributions(device);
    // Port 9 (discard) on loopback: nothing listens there in a test machine.
    const CommandResult r = app({QStringLiteral("sync"), QStringLiteral("--data-dir"), device, QStringLiteral("--server"),
                                 QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--retries"), QStringLiteral("1")});
    CHECK(r.exitCode == 3);
    CHECK(r.err.contains(QStringLiteral("Cannot reach the server at http://127.0.0.1:9")));
    CHECK(r.err.contains(QStringLiteral("pending answers stay saved on this device")));
    const auto after = deviceContributions(device);
    CHECK(after == before);
    auto opened = Store::open(device, CorruptionPolicy::Refuse);
    CHECK(opened.store->pendingCount() == int(before.size()) + 3);
}

TEST_CASE("a data dir that cannot be written: clear error", "[e2e][bad-input]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("plain-file"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    const CommandResult r = app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("1"), QStringLiteral("--data-dir"), file});
    CHECK(r.exitCode == 1);
    CHECK(r.err.trimmed() == QStringLiteral("samenspraak: The data dir %1 is a file, not a directory. Choose another path with --data-dir.").arg(file));
}

TEST_CASE("a corrupt database: clear error, the file is not changed", "[e2e][bad-input]")
{
    QTemporaryDir dir;
    const QString device = dir.filePath(QStringLiteral("device"));
    QDir().mkpath(device);
    const QString path = QDir(device).filePath(QStringLiteral("samenspraak.db"));
    const QByteArray garbage = QByteArray("SQLite format 3") + QByteArray(4096, '\x7f');
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    const QList<QStringList> commands{{QStringLiteral("simulate"), QStringLiteral("--data-dir"), device},
                                      {QStringLiteral("sync"), QStringLiteral("--data-dir"), device, QStringLiteral("--server"),
                                       QStringLiteral("http://127.0.0.1:9")}};
    for (const QStringList &command : commands) {
        const CommandResult r = app(command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK(r.err.contains(QStringLiteral("is damaged")));
        CHECK(readFileBytes(path) == garbage);
    }
}
