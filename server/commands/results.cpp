// samenspraak-server results: every figure of the round as JSON (docs/results.md).

#include "commands.h"

#include "commandline.h"

#include <QFile>
#include <QJsonDocument>

namespace samenspraak::server::commands {

using namespace samenspraak::commandline;

int results(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Every figure of the round (reach, representativeness, results per activity) as JSON."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("json (the only format for now)."), QStringLiteral("FORMAT"),
                                    QStringLiteral("json"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Write to FILE instead of stdout."), QStringLiteral("FILE"));
    parser.addOptions({databaseOption(), format, phaseOption(), languageOption(), out});
    if (!parse(parser, arguments))
        return BadUsage;
    if (parser.value(format) != QLatin1String("json")) {
        printError(QStringLiteral("--format must be json"));
        return BadUsage;
    }
    const auto loaded = loadRound(parser);
    if (!loaded)
        return Failed;
    const QByteArray json = QJsonDocument(samenspraak::results::toJson(loaded->pack, loaded->summary)).toJson(QJsonDocument::Indented);
    QFile file;
    if (!openOutput(file, parser, out))
        return Failed;
    file.write(json);
    return Ok;
}

} // namespace samenspraak::server::commands
