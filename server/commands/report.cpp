// samenspraak-server report: the council report as PDF or accessible HTML (server/report/).

#include "commands.h"

#include "commandline.h"
#include "report.h"

#include <cstdio>

namespace samenspraak::server::commands {

using namespace samenspraak::commandline;

int report(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The council report: summary, reach and representativeness, results per phase, "
                                                    "consensus and tension points, satisfaction, method and limits."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("FILE.pdf or FILE.html."), QStringLiteral("FILE"));
    parser.addOptions({databaseOption(), out, phaseOption(), languageOption()});
    if (!parse(parser, arguments))
        return BadUsage;
    const QString path = parser.value(out);
    const bool pdf = path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive);
    const bool html = path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    if (!pdf && !html) {
        printError(QStringLiteral("--out must name a .pdf or .html file"));
        return BadUsage;
    }
    const auto loaded = loadRound(parser);
    if (!loaded)
        return Failed;
    // Charts and the PDF are drawn with Qt Gui: main.cpp made a QGuiApplication for this command.
    const report::Document document = report::build(loaded->pack, loaded->summary);
    const QString error = pdf ? report::writePdf(document, path) : report::writeHtml(document, path);
    if (!error.isEmpty()) {
        printError(error);
        return Failed;
    }
    std::fprintf(stderr, "wrote %s\n", qPrintable(path));
    return Ok;
}

} // namespace samenspraak::server::commands
