// samenspraak-server report and triptych: the council report as PDF or accessible HTML, and the
// drieluik on one A3 page as PDF or PNG (server/report/). Both draw with Qt Gui: main.cpp made a
// QGuiApplication for them.

#include "commands.h"

#include "commandline.h"
#include "report.h"
#include "triptych.h"

#include <cstdio>
#include <functional>

namespace samenspraak::server::commands {

using namespace samenspraak::commandline;

namespace {

// --db, --out with one of `extensions`, --phase, --lang; then `write` (empty on success, else why).
int drawingCommand(const QStringList &arguments, const QString &description, const QStringList &extensions,
                   const std::function<QString(const LoadedRound &, const QString &path, const QString &extension)> &write)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("FILE.%1.").arg(extensions.join(QStringLiteral(" or FILE."))),
                                 QStringLiteral("FILE"));
    parser.addOptions({databaseOption(), out, phaseOption(), languageOption()});
    if (!parse(parser, arguments))
        return BadUsage;
    const QString path = parser.value(out);
    const QString extension = path.section(QLatin1Char('.'), -1).toLower();
    if (!path.contains(QLatin1Char('.')) || !extensions.contains(extension)) {
        printError(QStringLiteral("--out must name a .%1 file").arg(extensions.join(QStringLiteral(" or ."))));
        return BadUsage;
    }
    const auto loaded = loadRound(parser);
    if (!loaded)
        return Failed;
    const QString error = write(*loaded, path, extension);
    if (!error.isEmpty()) {
        printError(error);
        return Failed;
    }
    std::fprintf(stderr, "wrote %s\n", qPrintable(path));
    return Ok;
}

} // namespace

int report(const QStringList &arguments)
{
    return drawingCommand(arguments,
                          QStringLiteral("The council report: summary, reach and representativeness, results per phase, "
                                         "consensus and tension points, satisfaction, method and limits."),
                          {QStringLiteral("pdf"), QStringLiteral("html"), QStringLiteral("htm")},
                          [](const LoadedRound &loaded, const QString &path, const QString &extension) {
                              const report::Document document = report::build(loaded.pack, loaded.summary);
                              return extension == QLatin1String("pdf") ? report::writePdf(document, path) : report::writeHtml(document, path);
                          });
}

int triptych(const QStringList &arguments)
{
    return drawingCommand(arguments,
                          QStringLiteral("The triptych on one A3 landscape page: values, what residents want for the "
                                         "vision's horizon, where to act first; the strongest findings with their n."),
                          {QStringLiteral("pdf"), QStringLiteral("png")},
                          [](const LoadedRound &loaded, const QString &path, const QString &extension) {
                              const report::Triptych drawing = report::buildTriptych(loaded.pack, loaded.summary);
                              return extension == QLatin1String("pdf") ? report::writeTriptychPdf(drawing, path)
                                                                       : report::writeTriptychPng(drawing, path);
                          });
}

} // namespace samenspraak::server::commands
