#include "commands.h"

#include "commandline.h"
#include "serverstore.h"

#include <QFile>

namespace samenspraak::server::commands {

const QCommandLineOption &databaseOption()
{
    static const QCommandLineOption option(QStringLiteral("db"), QStringLiteral("SQLite file, or postgresql://user:pass@host:port/db"),
                                           QStringLiteral("PATH|URL"));
    return option;
}

bool requireDatabase(const QCommandLineParser &parser)
{
    if (parser.isSet(databaseOption()))
        return true;
    commandline::printError(QStringLiteral("--db is required (a file path, or a postgresql:// URL)"));
    return false;
}

std::unique_ptr<ServerStore> openStore(const QCommandLineParser &parser)
{
    if (!requireDatabase(parser))
        return nullptr;
    auto opened = ServerStore::open(parser.value(databaseOption()));
    if (!opened.store)
        commandline::printError(opened.error);
    return std::move(opened.store);
}

bool openOutput(QFile &file, const QCommandLineParser &parser, const QCommandLineOption &out)
{
    if (!parser.isSet(out))
        return file.open(stdout, QIODevice::WriteOnly);
    file.setFileName(parser.value(out));
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return true;
    commandline::printError(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return false;
}

} // namespace samenspraak::server::commands
