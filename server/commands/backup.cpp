// samenspraak-server backup | restore: an online backup of the server's database, and its
// restore. A restored database gets a new epoch, so devices learn that it may have lost what
// it acknowledged after the backup and send it again (docs/operations.md, "Backups").
#include "commands.h"

#include "commandline.h"
#include "serverstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cstdio>

namespace samenspraak::server::commands {

namespace {

bool isPostgres(const QString &spec)
{
    return spec.startsWith(QLatin1String("postgresql://")) || spec.startsWith(QLatin1String("postgres://"));
}

// Runs a PostgreSQL client tool; false after saying why on stderr.
bool runTool(const QString &program, const QStringList &arguments)
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    tool.start(program, arguments);
    if (!tool.waitForStarted(10'000)) {
        commandline::printError(QStringLiteral("cannot run %1 (%2); install the postgresql-client package").arg(program, tool.errorString()));
        return false;
    }
    tool.waitForFinished(-1);
    if (tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0) {
        commandline::printError(QStringLiteral("%1 failed (exit code %2); see its message above").arg(program).arg(tool.exitCode()));
        return false;
    }
    return true;
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
        if (!runTool(QStringLiteral("pg_dump"), {QStringLiteral("--format=custom"), QStringLiteral("--file=") + file,
                                                 QStringLiteral("--dbname=") + spec}))
            return commandline::Failed;
    } else {
        auto store = openStore(parser);
        if (!store)
            return commandline::Failed;
        // A read transaction: a consistent copy of one moment, while uploads go on.
        QSqlQuery q(store->db());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(QFileInfo(file).absoluteFilePath());
        if (!q.exec()) {
            commandline::printError(QStringLiteral("cannot write the backup %1: %2").arg(file, q.lastError().text()));
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
    std::unique_ptr<ServerStore> store;
    if (isPostgres(spec)) {
        if (!runTool(QStringLiteral("pg_restore"), {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--no-owner"),
                                                    QStringLiteral("--single-transaction"), QStringLiteral("--dbname=") + spec, file}))
            return commandline::Failed;
        store = openStore(parser);
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
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            QFile::remove(spec + suffix);
            QFile::remove(staged + suffix);
        }
        if (QFile::exists(spec) && !QFile::remove(spec)) {
            commandline::printError(QStringLiteral("cannot replace %1; check its permissions").arg(spec));
            return commandline::Failed;
        }
        if (!QFile::rename(staged, spec)) {
            commandline::printError(QStringLiteral("cannot move the restored database into place as %1").arg(spec));
            return commandline::Failed;
        }
        store = openStore(parser);
        if (!store)
            return commandline::Failed;
        std::printf("restored %s from %s; new epoch %s: devices send again what the backup does not have\n", qPrintable(spec),
                    qPrintable(file), qPrintable(store->epoch()));
        return commandline::Ok;
    }
    if (!store)
        return commandline::Failed;
    if (const QString e = store->renewEpoch(); !e.isEmpty()) {
        commandline::printError(e);
        return commandline::Failed;
    }
    std::printf("restored the database from %s; new epoch %s: devices send again what the backup does not have\n", qPrintable(file),
                qPrintable(store->epoch()));
    return commandline::Ok;
}

} // namespace samenspraak::server::commands
