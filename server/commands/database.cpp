#include "commands.h"

#include "commandline.h"
#include "serverstore.h"

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

} // namespace samenspraak::server::commands
