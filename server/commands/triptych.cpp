// samenspraak-server triptych: the drieluik on one A3 landscape page, as PDF or PNG
// (server/report/triptych.h).

#include "commands.h"

#include "commandline.h"
#include "triptych.h"

#include <cstdio>

namespace samenspraak::server::commands {

using namespace samenspraak::commandline;

int triptych(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The triptych on one A3 landscape page: values, what residents want for the "
                                                    "vision's horizon, where to act first; the strongest findings with their n."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("FILE.pdf or FILE.png."), QStringLiteral("FILE"));
    parser.addOptions({databaseOption(), out, phaseOption(), languageOption()});
    if (!parse(parser, arguments))
        return BadUsage;
    const QString path = parser.value(out);
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const bool png = path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive);
    if (!pdf && !png) {
        printError(QStringLiteral("--out must name a .pdf or .png file"));
        return BadUsage;
    }
    const auto loaded = loadRound(parser);
    if (!loaded)
        return Failed;
    // Drawn with Qt Gui: main.cpp made a QGuiApplication for this command.
    const report::Triptych drawing = report::buildTriptych(loaded->pack, loaded->summary);
    const QString error = pdf ? report::writeTriptychPdf(drawing, path) : report::writeTriptychPng(drawing, path);
    if (!error.isEmpty()) {
        printError(error);
        return Failed;
    }
    std::fprintf(stderr, "wrote %s\n", qPrintable(path));
    return Ok;
}

} // namespace samenspraak::server::commands
