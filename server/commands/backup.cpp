// samenspraak-server backup | restore: an online backup of the server's database, and its
// restore. A restored database gets a new epoch, so devices learn that it may have lost what
// it acknowledged after the backup and send it again (docs/operations.md, "Backups").
#include "commands.h"

#include "commandline.h"
#include "protocol.h"
#include "serverstore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

namespace samenspraak::server::commands {

namespace {

bool isPostgres(const QString &spec)
{
    return spec.startsWith(QLatin1String("postgresql://")) || spec.startsWith(QLatin1String("postgres://"));
}

// The connection URL without its password, and the password for PGPASSWORD: a password in a
// tool's arguments would be readable by every user of the machine (/proc/PID/cmdline).
std::pair<QString, QString> splitPassword(const QString &spec)
{
    QUrl url(spec);
    const QString password = url.password(QUrl::FullyDecoded);
    url.setPassword(QString());
    return {url.toString(), password};
}

// Runs a PostgreSQL client tool; false after saying why on stderr.
bool runTool(const QString &program, const QStringList &arguments, const QString &password = {}, const QByteArray &input = {})
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    if (!password.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), password);
        tool.setProcessEnvironment(environment);
    }
    tool.start(program, arguments);
    if (!tool.waitForStarted(10'000)) {
        commandline::printError(QStringLiteral("cannot run %1 (%2); install the postgresql-client package").arg(program, tool.errorString()));
        return false;
    }
    if (!input.isNull()) {
        tool.write(input);
        tool.closeWriteChannel();
    }
    tool.waitForFinished(-1);
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        commandline::printError(QStringLiteral("%1 failed (exit code %2); see its message above").arg(program).arg(tool.exitCode()));
        return false;
    }
    return true;
}

// Enrollment codes made before the backup and redeemed after it would enroll a second device:
// every code not used in the restored registry is expired.
bool expireUnusedCodes(ServerStore &store)
{
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral("UPDATE enrollment_codes SET expires_at = ? WHERE used_at IS NULL AND expires_at > ?"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        commandline::printError(QStringLiteral("could not expire the restored enrollment codes: %1").arg(q.lastError().text()));
        return false;
    }
    return true;
}

// After the restored database is in place: it opens (migrated if the backup is older), its
// unused enrollment codes are expired, and staff read what they still have to do.
int finishRestore(const QCommandLineParser &parser, const QString &database, const QString &file)
{
    const std::unique_ptr<ServerStore> store = openStore(parser);
    if (!store || !expireUnusedCodes(*store))
        return commandline::Failed;
    std::printf("restored %s from %s; new epoch %s: devices send again what the backup does not have\n", qPrintable(database),
                qPrintable(file), qPrintable(store->epoch()));
    std::printf("the device registry is as it was at the backup: revoke again the devices revoked since then "
                "(samenspraak-server devices revoke), and enroll again the devices enrolled since then; "
                "unused enrollment codes were expired\n");
    return commandline::Ok;
}

} // namespace

int backup(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Copies the server's database while the server runs. SQLite: a consistent "
                                                    "snapshot (VACUUM INTO); PostgreSQL: pg_dump in its custom format."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("The backup file to write (must not exist)."), QStringLiteral("FILE"));
    parser.addOptions({databaseOption(), out});
    if (!commandline::parse(parser, arguments))
        return commandline::BadUsage;
    if (!requireDatabase(parser))
        return commandline::BadUsage;
    const QString file = parser.value(out);
    if (file.isEmpty()) {
        commandline::printError(QStringLiteral("--out FILE is required"));
        return commandline::BadUsage;
    }
    if (QFileInfo::exists(file)) {
        commandline::printError(QStringLiteral("%1 already exists; a backup never overwrites one").arg(file));
        return commandline::Failed;
    }
    const QString spec = parser.value(databaseOption());
    if (isPostgres(spec)) {
        const auto [url, password] = splitPassword(spec);
        if (!runTool(QStringLiteral("pg_dump"), {QStringLiteral("--format=custom"), QStringLiteral("--file=") + file,
                                                 QStringLiteral("--dbname=") + url}, password))
            return commandline::Failed;
    } else {
        // Read-only, without opening it as a store: a backup never migrates or otherwise writes
        // to the database of a running server (perhaps an older one).
        if (!QFileInfo(spec).isFile()) {
            commandline::printError(QStringLiteral("no database at %1").arg(spec));
            return commandline::Failed;
        }
        const QString connection = QStringLiteral("backup-") + protocol::newId();
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(spec);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
            if (!db.open()) {
                error = db.lastError().text();
            } else {
                // A read transaction: a consistent copy of one moment, while uploads go on.
                QSqlQuery q(db);
                q.prepare(QStringLiteral("VACUUM INTO ?"));
                q.addBindValue(QFileInfo(file).absoluteFilePath());
                if (!q.exec())
                    error = q.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        if (!error.isEmpty()) {
            commandline::printError(QStringLiteral("cannot write the backup %1: %2").arg(file, error));
            QFile::remove(file);
            return commandline::Failed;
        }
    }
    std::printf("backup written to %s\n", qPrintable(file));
    return commandline::Ok;
}

int restore(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Puts a backup back as the server's database. Stop the server first. "
                                                    "Devices then send again what the backup does not have."));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("The backup file (from `samenspraak-server backup`)."),
                                  QStringLiteral("FILE"));
    parser.addOptions({databaseOption(), from});
    if (!commandline::parse(parser, arguments))
        return commandline::BadUsage;
    if (!requireDatabase(parser))
        return commandline::BadUsage;
    const QString file = parser.value(from);
    if (file.isEmpty() || !QFileInfo(file).isFile()) {
        commandline::printError(QStringLiteral("--from FILE must name a backup file"));
        return commandline::BadUsage;
    }
    const QString spec = parser.value(databaseOption());
    if (isPostgres(spec)) {
        // One transaction: the schema emptied (so nothing newer than the backup stays behind),
        // the backup restored, and its new epoch set. A failure or a crash leaves the database
        // as it was; success never leaves the old epoch behind.
        const auto [url, password] = splitPassword(spec);
        QProcess dump;
        dump.start(QStringLiteral("pg_restore"), {QStringLiteral("--no-owner"), QStringLiteral("--file=-"), file});
        if (!dump.waitForStarted(10'000) || !dump.waitForFinished(-1) || dump.exitCode() != 0) {
            commandline::printError(QStringLiteral("cannot read the backup %1 with pg_restore: %2").arg(file, QString::fromLocal8Bit(dump.readAllStandardError())));
            return commandline::Failed;
        }
        const QString epoch = protocol::newId();
        QByteArray script = "DROP SCHEMA public CASCADE;\nCREATE SCHEMA public;\n" + dump.readAllStandardOutput();
        // A backup from before epochs has no server_info: opening it then makes a new epoch.
        script += QStringLiteral("\nDO $$ BEGIN IF to_regclass('public.server_info') IS NOT NULL THEN "
                                 "UPDATE public.server_info SET value = '%1' WHERE key = 'epoch'; END IF; END $$;\n").arg(epoch).toUtf8();
        if (!runTool(QStringLiteral("psql"), {QStringLiteral("--quiet"), QStringLiteral("--no-psqlrc"), QStringLiteral("--single-transaction"),
                                              QStringLiteral("--set=ON_ERROR_STOP=1"), QStringLiteral("--dbname=") + url},
                     password, script))
            return commandline::Failed;
        return finishRestore(parser, QUrl(spec).toString(QUrl::RemovePassword), file);
    } else {
        // Checked and given its new epoch as a copy next to the database, then moved into place
        // in one rename: a failed restore leaves the database as it was.
        const QString staged = spec + QStringLiteral(".restoring");
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(staged + suffix);
        if (!QFile::copy(file, staged)) {
            commandline::printError(QStringLiteral("cannot copy %1 next to %2; check the space and permissions").arg(file, spec));
            return commandline::Failed;
        }
        {
            auto opened = ServerStore::open(staged);
            if (!opened.store) {
                commandline::printError(QStringLiteral("%1 is not a usable backup: %2").arg(file, opened.error));
                QFile::remove(staged);
                return commandline::Failed;
            }
            if (const QString e = opened.store->renewEpoch(); !e.isEmpty()) {
                commandline::printError(e);
                return commandline::Failed;
            }
            QSqlQuery(opened.store->db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(staged + suffix);
        // The service's user must still own its database after a restore run as root.
        struct stat old {};
        if (::stat(QFile::encodeName(spec).constData(), &old) == 0) {
            if (::chown(QFile::encodeName(staged).constData(), old.st_uid, old.st_gid) != 0
                || ::chmod(QFile::encodeName(staged).constData(), old.st_mode & 07777) != 0)
                commandline::printError(QStringLiteral("could not give the restored database the owner and mode of %1; check them").arg(spec));
        }
        // The old database's log must not be applied to the restored file: it goes first (the
        // server is stopped, so the log holds nothing the restore keeps anyway).
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(spec + suffix);
        // rename(2) replaces the old file in one step: there is never a moment without a database.
        if (::rename(QFile::encodeName(staged).constData(), QFile::encodeName(spec).constData()) != 0) {
            commandline::printError(QStringLiteral("cannot move the restored database into place as %1: %2").arg(spec, QString::fromLocal8Bit(std::strerror(errno))));
            return commandline::Failed;
        }
        return finishRestore(parser, spec, file);
    }
}

} // namespace samenspraak::server::commands
