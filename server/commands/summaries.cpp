// samenspraak-server summaries: the workshop summaries room hubs sent when their rooms ended
// (server/roomsummaries.*): one line each, and with --out-dir each PDF as ROOM.pdf.

#include "commands.h"

#include "commandline.h"
#include "roomsummaries.h"
#include "serverstore.h"

#include <QDir>

#include <cstdio>

namespace samenspraak::server::commands {

using namespace samenspraak::commandline;

int summaries(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Lists the workshop summaries room hubs sent; --out-dir writes each PDF as ROOM.pdf."));
    const QCommandLineOption outDir(QStringLiteral("out-dir"), QStringLiteral("Folder to write the PDFs into."), QStringLiteral("DIR"));
    parser.addOptions({databaseOption(), outDir});
    if (!parse(parser, arguments))
        return BadUsage;
    const std::unique_ptr<ServerStore> store = openStore(parser);
    if (!store)
        return Failed;
    const bool writing = parser.isSet(outDir);
    if (writing && !QDir().mkpath(parser.value(outDir))) {
        printError(QStringLiteral("cannot create %1").arg(parser.value(outDir)));
        return Failed;
    }
    const QList<StoredSummary> all = roomSummaries(*store, writing);
    for (const StoredSummary &s : all) {
        std::printf("%s\t%s\t%s\thub %s\treceived %s\tsha256 %s\n", qPrintable(s.roomId), qPrintable(s.title.isEmpty() ? QStringLiteral("-") : s.title),
                    qPrintable(s.kern.isEmpty() ? QStringLiteral("-") : s.kern), qPrintable(s.deviceId), qPrintable(s.receivedAt), qPrintable(s.sha256));
        if (!writing)
            continue;
        QFile file(parser.value(outDir) + QLatin1Char('/') + s.roomId + QStringLiteral(".pdf"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(s.pdf) != s.pdf.size() || !file.flush()) {
            printError(QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
            return Failed;
        }
    }
    std::fprintf(stderr, "%lld workshop summaries\n", static_cast<long long>(all.size()));
    return Ok;
}

} // namespace samenspraak::server::commands
