// Device enrollment and revocation through the real commands: staff make a one-time code,
// the device redeems it for a token, the server keeps only hashes, a revoked device is told
// so in words (command line and the app's sync status).

#include <catch2/catch.hpp>

#include "appcontext.h"
#include "devices.h"
#include "pgcluster.h"
#include "processes.h"
#include "protocol.h"
#include "reachability.h"
#include "serverstore.h"
#include "simulator.h"
#include "store.h"
#include "syncservice.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace samenspraak;

namespace {

const QRegularExpression CodeLine(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$"));

QString setting(const QString &dataDir, const QString &key)
{
    auto opened = Store::open(dataDir, CorruptionPolicy::Refuse);
    REQUIRE(opened.store);
    return opened.store->setting(key);
}

// Every value in every row of `table`, as text.
QStringList allValues(server::ServerStore &store, const QString &table)
{
    QStringList out;
    QSqlQuery q(store.db());
    REQUIRE(q.exec(QStringLiteral("SELECT * FROM %1").arg(table)));
    while (q.next())
        for (int i = 0; i < q.record().count(); ++i)
            out << q.value(i).toString();
    return out;
}

CommandResult enroll(const QString &dataDir, const QString &url, const QString &code)
{
    return app({QStringLiteral("enroll"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--server"), url, QStringLiteral("--code"), code});
}

} // namespace

TEST_CASE("devices enroll-code prints the code alone on its first line, then a QR code", "[enroll]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("server.db"));
    const CommandResult r = serverCommand({QStringLiteral("devices"), QStringLiteral("enroll-code"), QStringLiteral("--db"), db,
                                           QStringLiteral("--name"), QStringLiteral("Kiosk bibliotheek Nieuwleusen"), QStringLiteral("--server"),
                                           QStringLiteral("https://samenspraak.dalfsen.nl")});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    const QString code = lines.value(0);
    CHECK(CodeLine.match(code).hasMatch());
    CHECK(lines.value(1).startsWith(QStringLiteral("valid once, until ")));
    CHECK(lines.value(1).endsWith(QStringLiteral(". On the device: samenspraak enroll --server https://samenspraak.dalfsen.nl --code %1").arg(code)));
    // A text QR code follows: square-ish block art with its quiet zone.
    CHECK(lines.size() > 12);
    CHECK(lines.value(2).count(QChar(0x2588)) == lines.value(2).size());

    // --qr writes a PNG instead: a square black-and-white image of (modules + 8) * 8 pixels.
    const QString png = dir.filePath(QStringLiteral("code.png"));
    const CommandResult withPng = serverCommand({QStringLiteral("devices"), QStringLiteral("enroll-code"), QStringLiteral("--db"), db,
                                                 QStringLiteral("--qr"), png});
    REQUIRE(withPng.exitCode == 0);
    CHECK(CodeLine.match(withPng.out.section(QLatin1Char('\n'), 0, 0)).hasMatch());
    CHECK(withPng.out.section(QLatin1Char('\n'), 2, 2) == QStringLiteral("QR code written to %1").arg(png));
    const QImage image(png);
    REQUIRE_FALSE(image.isNull());
    CHECK(image.width() == image.height());
    CHECK(image.width() % 8 == 0);
    CHECK((image.width() / 8 - 8 - 21) % 4 == 0);  // QR versions are 21 + 4k modules
    CHECK(image.pixelColor(0, 0) == QColor(Qt::white));
    CHECK(image.pixelColor(4 * 8, 4 * 8) == QColor(Qt::black));  // the top-left finder pattern

    // Only hashes are stored: neither code appears anywhere in the database.
    auto store = server::ServerStore::open(db);
    REQUIRE(store.store);
    const QStringList stored = allValues(*store.store, QStringLiteral("enrollment_codes"));
    CHECK(stored.contains(QString::fromLatin1(server::hashSecret(QString(code).remove(QLatin1Char('-'))))));
    for (const QString &value : stored)
        CHECK_FALSE(value.contains(QString(code).remove(QLatin1Char('-'))));
}

TEST_CASE("a code enrolls one device, once, and the server keeps only the token's hash", "[enroll][postgres]")
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
    const QString code = makeEnrollmentCode(db.spec(), {QStringLiteral("--name"), QStringLiteral("Tablet tafel 3")});
    REQUIRE_FALSE(code.isEmpty());

    // Typed sloppily: lower case, spaces for dashes, O for 0 and l for 1 all still work.
    QString typed = code.toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
    typed.replace(QLatin1Char('0'), QLatin1Char('o')).replace(QLatin1Char('1'), QLatin1Char('l'));
    const CommandResult r = enroll(device, server.url(), typed);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    const QString deviceId = setting(device, QStringLiteral("device_id"));
    CHECK(r.out == QStringLiteral("enrolled device %1 (Tablet tafel 3) with %2\n").arg(deviceId, server.url()));
    // The token is in a file of its own, readable by the app's user only, not in the database.
    const QString tokenFile = QDir(device).filePath(QStringLiteral("device-token"));
    const QString token = QString::fromUtf8(readFileBytes(tokenFile));
    CHECK(token.size() == 43);  // 256 bits, base64url
    struct stat mode {};
    REQUIRE(::stat(QFile::encodeName(tokenFile).constData(), &mode) == 0);
    CHECK((mode.st_mode & 0777) == 0600);
    CHECK(setting(device, QStringLiteral("device_token")).isEmpty());
    CHECK_FALSE(readFileBytes(QDir(device).filePath(QStringLiteral("samenspraak.db"))).contains(token.toUtf8()));
    CHECK_FALSE(readFileBytes(QDir(device).filePath(QStringLiteral("samenspraak.db-wal"))).contains(token.toUtf8()));
    CHECK(setting(device, QStringLiteral("server_url")) == server.url());

    // The server has the hash of the token, never the token.
    {
        auto store = server::ServerStore::open(db.spec());
        REQUIRE(store.store);
        const QStringList values = allValues(*store.store, QStringLiteral("devices"));
        CHECK(values.contains(QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex())));
        CHECK_FALSE(values.contains(token));
    }

    // The same code again, for another device: refused, with when it was used.
    const CommandResult second = enroll(dir.filePath(QStringLiteral("other")), server.url(), code);
    CHECK(second.exitCode == 4);
    static const QRegularExpression used(QStringLiteral(
        "^samenspraak: The server did not enroll this device \\(HTTP 403: enrollment code (\\S+) was already used at "
        "\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z; each code enrolls one device, ask staff for a new one\\)\\.\n$"));
    const auto m = used.match(second.err);
    INFO(second.err.toStdString());
    REQUIRE(m.hasMatch());
    CHECK(m.captured(1) == code);
    CHECK_FALSE(QFileInfo::exists(QDir(dir.filePath(QStringLiteral("other"))).filePath(QStringLiteral("device-token"))));

    // A code nobody made, and one that is not a code at all.
    const CommandResult unknown = enroll(dir.filePath(QStringLiteral("other")), server.url(), QStringLiteral("AAAA-BBBB-CCCC-DDDD"));
    CHECK(unknown.exitCode == 4);
    CHECK(unknown.err == QStringLiteral("samenspraak: The server did not enroll this device (HTTP 403: enrollment code AAAA-BBBB-CCCC-DDDD "
                                        "is not known to this server; check it, or ask staff for a new one).\n"));
    const CommandResult malformed = enroll(dir.filePath(QStringLiteral("other")), server.url(), QStringLiteral("12345"));
    CHECK(malformed.exitCode == 2);
    CHECK(malformed.err == QStringLiteral("samenspraak: --code '12345' is not an enrollment code: 16 letters and digits, e.g. K7QM-3XRT-9WPA-HC2D.\n"));

    // An expired code.
    const QString late = makeEnrollmentCode(db.spec(), {QStringLiteral("--valid-hours"), QStringLiteral("1")});
    {
        auto store = server::ServerStore::open(db.spec());
        QSqlQuery q(store.store->db());
        q.prepare(QStringLiteral("UPDATE enrollment_codes SET expires_at = '2020-01-01T00:00:00.000Z' WHERE code_hash = ?"));
        q.addBindValue(QString::fromLatin1(server::hashSecret(QString(late).remove(QLatin1Char('-')))));
        REQUIRE(q.exec());
        REQUIRE(q.numRowsAffected() == 1);
    }
    const CommandResult expired = enroll(dir.filePath(QStringLiteral("other")), server.url(), late);
    CHECK(expired.exitCode == 4);
    CHECK(expired.err == QStringLiteral("samenspraak: The server did not enroll this device (HTTP 403: enrollment code %1 expired at "
                                        "2020-01-01T00:00:00.000Z; ask staff for a new one).\n").arg(late));
}

TEST_CASE("a device that is not enrolled, or revoked, is told so in words and keeps its answers", "[enroll][revoke]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("server.db"));
    ServerProcess server(db);
    REQUIRE(server.running());
    const QString device = dir.filePath(QStringLiteral("device"));
    REQUIRE(app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("2"), QStringLiteral("--data-dir"), device}).exitCode == 0);
    auto pending = [&] { return Store::open(device, CorruptionPolicy::Refuse).store->pendingCount(); };
    const int before = pending();

    // Never enrolled: 401.
    const CommandResult anonymous = app({QStringLiteral("sync"), QStringLiteral("--data-dir"), device, QStringLiteral("--server"), server.url()});
    CHECK(anonymous.exitCode == 4);
    CHECK(anonymous.err == QStringLiteral("samenspraak: The server does not know this device (HTTP 401: this request has no Authorization "
                                          "header; enroll the device (samenspraak enroll) and send its token as 'Authorization: Bearer "
                                          "TOKEN'). Enroll it with `samenspraak enroll --server URL --code CODE` (staff make the code); "
                                          "the %1 pending answers stay saved here.\n").arg(before));
    CHECK(pending() == before);

    // Enrolled: it syncs.
    REQUIRE(enrollDevice(server, db, device));
    REQUIRE(app({QStringLiteral("sync"), QStringLiteral("--data-dir"), device}).exitCode == 0);
    REQUIRE(pending() == 0);
    const QString deviceId = setting(device, QStringLiteral("device_id"));

    // Revoked: 403, in words; new answers stay on the device.
    const CommandResult revoked = serverCommand({QStringLiteral("devices"), QStringLiteral("revoke"), QStringLiteral("--db"), db, deviceId});
    REQUIRE(revoked.exitCode == 0);
    CHECK(revoked.out.startsWith(QStringLiteral("revoked device %1 at ").arg(deviceId)));
    const CommandResult twice = serverCommand({QStringLiteral("devices"), QStringLiteral("revoke"), QStringLiteral("--db"), db, deviceId});
    CHECK(twice.exitCode == 0);
    CHECK(twice.out.startsWith(QStringLiteral("device %1 was already revoked at ").arg(deviceId)));
    const CommandResult nobody = serverCommand({QStringLiteral("devices"), QStringLiteral("revoke"), QStringLiteral("--db"), db, QStringLiteral("nope")});
    CHECK(nobody.exitCode == 1);
    CHECK(nobody.err == QStringLiteral("samenspraak-server: no device nope; see `samenspraak-server devices list`\n"));

    REQUIRE(app({QStringLiteral("simulate"), QStringLiteral("--participants"), QStringLiteral("1"), QStringLiteral("--data-dir"), device}).exitCode == 0);
    const int waiting = pending();
    REQUIRE(waiting > 0);
    const CommandResult refused = app({QStringLiteral("sync"), QStringLiteral("--data-dir"), device});
    INFO(refused.err.toStdString());
    CHECK(refused.exitCode == 4);
    static const QRegularExpression revokedLine(QStringLiteral(
        "^samenspraak: The municipality has revoked this device \\(HTTP 403: device %1 was revoked at [\\dT:.Z-]+ and may no longer "
        "send or fetch; ask the municipality to enroll it again\\)\\. It may no longer send; ask staff to enroll it again\\. The %2 "
        "pending answers stay saved here\\.\n$").arg(deviceId).arg(waiting));
    CHECK(revokedLine.match(refused.err).hasMatch());
    CHECK(pending() == waiting);

    const CommandResult listed = serverCommand({QStringLiteral("devices"), QStringLiteral("list"), QStringLiteral("--db"), db});
    CHECK(listed.out.startsWith(QStringLiteral("ID                                    NAME                      LAST SEEN                 APP       CONTENT       PENDING  CLOCK       STATE\n")));
    CHECK(listed.out.contains(QStringLiteral("  revoked 20")));

    // The running app says the same in its sync status, and stops trying.
    {
        auto created = AppContext::create(device, CorruptionPolicy::Refuse, QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json"));
        REQUIRE(created.context);
        platform::FixedReachability network(true);
        SyncService service(*created.context, &network);
        QSignalSpy changed(&service, &SyncService::stateChanged);
        service.syncNow();
        for (int i = 0; i < 50 && service.status() != sync::unauthorizedMessage(403); ++i)
            changed.wait(200);
        CHECK(service.status() == QStringLiteral("The municipality has revoked this device: it may no longer send. The answers stay "
                                                 "saved here; ask staff to enroll it again."));
        CHECK(service.pending() == waiting);
    }

    // Staff enroll it again with a new code: the revocation is lifted, the answers go out.
    REQUIRE(enrollDevice(server, db, device));
    CHECK(setting(device, QStringLiteral("device_id")) == deviceId);
    const CommandResult back = app({QStringLiteral("sync"), QStringLiteral("--data-dir"), device});
    INFO(back.err.toStdString());
    CHECK(back.exitCode == 0);
    CHECK(pending() == 0);
    CHECK(exportedContributions(db).size() == Store::open(device, CorruptionPolicy::Refuse).store->contributionCount());
}
