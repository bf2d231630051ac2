#include <catch2/catch.hpp>

#include "devices.h"
#include "pgcluster.h"
#include "processes.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

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

// Device data dirs on tmpfs when there is one: a thousand participants are ten thousand
// fsyncs on the device, and the device's durability is not what this suite is about.
QString fastTempRoot()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable() ? QStringLiteral("/dev/shm/samenspraak-e2e-XXXXXX") : QString();
}

// The default pack under a new version: what the municipality publishes for this round.
QString writePublishedPack(const QString &dir, const QString &version)
{
    QJsonObject pack = QJsonDocument::fromJson(readFileBytes(QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json"))).object();
    pack.insert(QStringLiteral("version"), version);
    const QString path = QDir(dir).filePath(QStringLiteral("published.json"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(pack).toJson());
    return path;
}

} // namespace

TEST_CASE("enroll, fetch content, 1,000 participants, sync, export: every contribution exactly once", "[e2e][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    QTemporaryDir dir;
    const QString root = fastTempRoot();
    std::optional<QTemporaryDir> deviceRoot;
    if (root.isEmpty())
        deviceRoot.emplace();
    else
        deviceRoot.emplace(root);
    REQUIRE(deviceRoot->isValid());
    const QString device = deviceRoot->filePath(QStringLiteral("device"));
    ServerDatabase db(backend, dir.path());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    ServerProcess server(db.spec());
    INFO(server.error().toStdString());
    REQUIRE(server.running());

    const QString version = QStringLiteral("2026.11.5-e2e");
    const CommandResult published = serverCommand({QStringLiteral("content"), QStringLiteral("publish"), QStringLiteral("--db"), db.spec(),
                                                   writePublishedPack(dir.path(), version)});
    INFO(published.err.toStdString());
    REQUIRE(published.exitCode == 0);

    QString error;
    const bool enrolled = enrollDevice(server, db.spec(), device, &error);
    INFO(error.toStdString());
    REQUIRE(enrolled);

    // The first sync has nothing to send and fetches the published pack, in use at once.
    const CommandResult fetched = app({QStringLiteral("sync"), QStringLiteral("--data-dir"), device});
    INFO(fetched.out.toStdString() << fetched.err.toStdString());
    REQUIRE(fetched.exitCode == 0);
    CHECK(fetched.out == QStringLiteral("sent 0, acknowledged 0, conflicts 0, rejected 0, pending 0, quarantined 0\n"
                                        "content: content version %1 installed and in use\n").arg(version));

    const CommandResult simulated = app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("1000"),
                                         QStringLiteral("--data-dir"), device, QStringLiteral("--seed"), QStringLiteral("7")});
    INFO(simulated.err.toStdString());
    REQUIRE(simulated.exitCode == 0);
    const auto onDevice = deviceContributions(device);
    REQUIRE(onDevice.size() >= 1000);
    CHECK(std::all_of(onDevice.begin(), onDevice.end(), [&](const auto &c) { return c.contentVersion == version; }));

    const CommandResult synced = app({QStringLiteral("sync"), QStringLiteral("--data-dir"), device});
    INFO(synced.out.toStdString() << synced.err.toStdString());
    REQUIRE(synced.exitCode == 0);
    CHECK(synced.out.contains(QStringLiteral(", conflicts 0, rejected 0, pending 0, quarantined 0\n")));
    CHECK(synced.out.endsWith(QStringLiteral("content: content version %1 is up to date\n").arg(version)));

    const QJsonArray exported = exportedContributions(db.spec());
    QHash<QString, int> counts = countById(exported);
    CHECK(counts.size() == onDevice.size());
    CHECK(exported.size() == onDevice.size());
    for (const auto &c : onDevice) {
        INFO(c.id.toStdString());
        CHECK(counts.value(c.id) == 1);
    }

    // The registry shows what the device reported.
    const CommandResult listed = serverCommand({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--db"), db.spec(), QStringLiteral("--json")});
    const QJsonArray devices = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    REQUIRE(devices.size() == 1);
    const QJsonObject registered = devices.first().toObject();
    CHECK(registered.value(QStringLiteral("id")).toString() == Store::open(device, CorruptionPolicy::Refuse).store->deviceId());
    CHECK(registered.value(QStringLiteral("contentVersion")).toString() == version);
    CHECK(registered.value(QStringLiteral("appVersion")).toString() == QStringLiteral(SAMENSPRAAK_VERSION));
    CHECK(registered.value(QStringLiteral("pendingReported")).toInt() == 0);
    CHECK_FALSE(registered.value(QStringLiteral("lastSeen")).toString().isEmpty());

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
    // Everything sent again, everything acknowledged again. Only "sent" may be higher: the
    // server's per-device rate limit (10/s, burst 60) may answer 429 to a resend right after
    // the first upload, and the retried batch is sent twice.
    const auto afterSent = [](const QString &out) { return out.section(QStringLiteral(", "), 1); };
    CHECK(afterSent(resent.out) == afterSent(synced.out));
    CHECK(resent.out.section(QLatin1Char(','), 0, 0).mid(5).toInt() >= synced.out.section(QLatin1Char(','), 0, 0).mid(5).toInt());
    const QJsonArray after = exportedContributions(db.spec());
    counts = countById(after);
    CHECK(counts.size() == onDevice.size());
    CHECK(after.size() == onDevice.size());
    CHECK(std::all_of(counts.begin(), counts.end(), [](int n) { return n == 1; }));
}

TEST_CASE("the CSV export opens in Dutch Excel: BOM, semicolons, quoting, a date and part of day", "[e2e][export][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    QTemporaryDir dir;
    const QString device = dir.filePath(QStringLiteral("device"));
    ServerDatabase db(backend, dir.path());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    ServerProcess server(db.spec());
    REQUIRE(server.running());
    REQUIRE(enrollDevice(server, db.spec(), device));
    REQUIRE(app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("3"), QStringLiteral("--data-dir"), device}).exitCode == 0);
    REQUIRE(app({QStringLiteral("sync"), QStringLiteral("--data-dir"), device}).exitCode == 0);
    const QString out = dir.filePath(QStringLiteral("export.csv"));
    const CommandResult exported = serverCommand({QStringLiteral("export"), QStringLiteral("--db"), db.spec(), QStringLiteral("--format"),
                                                  QStringLiteral("csv"), QStringLiteral("--separator"), QStringLiteral("semicolon"),
                                                  QStringLiteral("--out"), out});
    REQUIRE(exported.exitCode == 0);
    const QByteArray csv = readFileBytes(out);
    // The default form: a pseudonym per participant, date and part of day, no free text (the
    // ideas go with --format free-text).
    REQUIRE(csv.startsWith("\xEF\xBB\xBF" "id;participant;activity_id;kind;content_version;payload;date;part_of_day;supersedes\r\n"));
    const QList<QByteArray> lines = csv.mid(3).split('\n');
    int ideas = 0;
    for (const auto &c : deviceContributions(device))
        ideas += c.kind == QLatin1String("ideas");
    REQUIRE(ideas > 0);
    CHECK(int(csv.count("\r\n")) == 1 + int(deviceContributions(device).size()) - ideas);
    // Every row: 9 fields; the payload JSON quoted (its quotes doubled), an ISO date and a part of day.
    const QByteArray row = lines.value(1);
    CHECK(row.contains(";\"{\"\""));
    static const QRegularExpression day(QStringLiteral(";\\d{4}-\\d{2}-\\d{2};(nacht|ochtend|middag|avond);"));
    CHECK(day.match(QString::fromUtf8(row)).hasMatch());
    // Joined: the whole record, with the device's and the server's times to the millisecond.
    const CommandResult joined = serverCommand({QStringLiteral("export"), QStringLiteral("--db"), db.spec(), QStringLiteral("--format"),
                                                QStringLiteral("csv"), QStringLiteral("--separator"), QStringLiteral("semicolon"),
                                                QStringLiteral("--joined"), QStringLiteral("--no-bom")});
    REQUIRE(joined.exitCode == 0);
    REQUIRE(joined.out.startsWith(QLatin1String("id;session_id;device_id;activity_id;kind;content_version;payload;created_at_device;"
                                                "received_at_server;supersedes;device_seq\r\n")));
    CHECK(int(joined.out.count(QLatin1String("\r\n"))) == 1 + int(deviceContributions(device).size()));
    static const QRegularExpression iso(QStringLiteral(";\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2});"
                                                       "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z;"));
    CHECK(iso.match(joined.out.section(QStringLiteral("\r\n"), 1, 1)).hasMatch());

    // --since: nothing arrived after now.
    const CommandResult none = serverCommand({QStringLiteral("export"), QStringLiteral("--db"), db.spec(), QStringLiteral("--format"),
                                              QStringLiteral("json"), QStringLiteral("--since"), QStringLiteral("2999-01-01T00:00:00Z")});
    CHECK(none.exitCode == 0);
    CHECK(QJsonDocument::fromJson(none.out.toUtf8()).array().isEmpty());
    const CommandResult all = serverCommand({QStringLiteral("export"), QStringLiteral("--db"), db.spec(), QStringLiteral("--format"),
                                             QStringLiteral("json"), QStringLiteral("--joined"), QStringLiteral("--since"),
                                             QStringLiteral("2000-01-01T00:00:00+01:00")});
    CHECK(QJsonDocument::fromJson(all.out.toUtf8()).array().size() == deviceContributions(device).size());
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
                                       QStringLiteral("http://127.0.0.1:9")},
                                      {QStringLiteral("enroll"), QStringLiteral("--data-dir"), device, QStringLiteral("--server"),
                                       QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--code"), QStringLiteral("AAAA-BBBB-CCCC-DDDD")}};
    for (const QStringList &command : commands) {
        const CommandResult r = app(command);
        INFO(command.join(QLatin1Char(' ')).toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.count(QLatin1Char('\n')) == 1);
        CHECK(r.err.contains(QStringLiteral("is damaged")));
        CHECK(readFileBytes(path) == garbage);
    }
}

// The device's own disk full (a small tmpfs of its own, in a private mount namespace held by a
// sleeping process; root may make one where the kernel allows it, else the test is reported
// as skipped): `samenspraak sync` starts, says "opslag vol" with exit code 5, keeps every
// answer, and sends the rest once there is room.
TEST_CASE("samenspraak sync on a full device disk: exit 5 and 'opslag vol', nothing lost, the rest sent once there is room", "[e2e][storage]")
{
    QTemporaryDir dir;
    const QString disk = dir.filePath(QStringLiteral("disk"));
    if (!PrivateDisk::prepare(disk)) {
        WARN(PrivateDisk::Unavailable);
        return;
    }
    const QString db = dir.filePath(QStringLiteral("server.db"));
    ServerProcess server(db);
    REQUIRE(server.running());
    // The device made on the ordinary disk, then moved onto the small one.
    const QString prepared = dir.filePath(QStringLiteral("prepared"));
    REQUIRE(enrollDevice(server, db, prepared));
    REQUIRE(app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("200"), QStringLiteral("--data-dir"), prepared}).exitCode == 0);
    const int records = Store::open(prepared, CorruptionPolicy::Refuse).store->pendingCount();  // sessions and answers, none sent
    REQUIRE(records > 1000);
    QProcess holder;
    holder.setProgram(QStringLiteral("/bin/sleep"));
    holder.setArguments({QStringLiteral("600")});
    holder.setChildProcessModifier(PrivateDisk{disk, 16}.childModifier());
    holder.start();
    REQUIRE(holder.waitForStarted());
    auto onDisk = [&](const QStringList &arguments) { return PrivateDisk::inMountNamespace(holder.processId(), arguments); };
    const QString device = disk + QStringLiteral("/device");
    REQUIRE(onDisk({QStringLiteral("cp"), QStringLiteral("-a"), prepared, device}).exitCode == 0);
    // Full but for 96 KiB: room to open the database (its 32 KiB -shm), not to record every
    // acknowledgement.
    const CommandResult df = onDisk({QStringLiteral("df"), QStringLiteral("--output=avail"), QStringLiteral("-B1"), disk});
    REQUIRE(df.exitCode == 0);
    const qint64 available = df.out.split(QLatin1Char('\n')).value(1).trimmed().toLongLong();
    REQUIRE(available > 200 * 1024);
    const QString filler = disk + QStringLiteral("/filler");
    REQUIRE(onDisk({QStringLiteral("fallocate"), QStringLiteral("-l"), QString::number(available - 1024 * 1024), filler}).exitCode == 0);
    auto sync = [&] { return onDisk({QStringLiteral(SAMENSPRAAK_APP), QStringLiteral("sync"), QStringLiteral("--data-dir"), device}); };

    const CommandResult full = sync();
    INFO(full.out.toStdString() << full.err.toStdString());
    CHECK(full.exitCode == 5);
    CHECK(full.err.contains(QStringLiteral("Storage full (opslag vol)")));
    CHECK(full.err.contains(QStringLiteral("what was acknowledged is kept")));
    CHECK_FALSE(full.err.contains(QStringLiteral("Cannot reach")));
    // It stopped part-way: some acknowledgements were recorded before the disk was full.
    const int storedFirst = int(exportedContributions(db).size());
    std::printf("full device disk: %d records on the server; %s", storedFirst, qPrintable(full.out));
    CHECK(storedFirst > 0);
    CHECK(storedFirst < records);
    // It starts again on the full disk and says the same; nothing was lost on the device.
    const CommandResult again = sync();
    INFO(again.out.toStdString() << again.err.toStdString());
    CHECK(again.exitCode == 5);
    const CommandResult count = onDisk({QStringLiteral("sqlite3"), device + QStringLiteral("/samenspraak.db"),
                                        QStringLiteral("SELECT (SELECT COUNT(*) FROM sessions) + (SELECT COUNT(*) FROM contributions)")});
    REQUIRE(count.exitCode == 0);  // sqlite3: scripts/install-deps.sh
    CHECK(count.out.trimmed().toInt() == records);

    // Room again: the rest goes, each record once on the server.
    REQUIRE(onDisk({QStringLiteral("rm"), filler}).exitCode == 0);
    const CommandResult resumed = sync();
    INFO(resumed.err.toStdString());
    CHECK(resumed.exitCode == 0);
    CHECK(resumed.out.contains(QStringLiteral("pending 0")));
    const QJsonArray exported = exportedContributions(db);
    CHECK(countById(exported).size() == exported.size());
    holder.kill();
    holder.waitForFinished();
}
