// samenspraak-server reach: during a round, who took part against the residents per kern and
// whom to go and find, in words (the lines the facilitator menu shows for one device, here for
// everything the server holds). Read-only: it may run while `serve` does, e.g. under `watch`.

#include "commands.h"

#include "commandline.h"

#include <QDateTime>
#include <QLocale>
#include <QTextStream>

namespace samenspraak::server::commands {

using namespace samenspraak::commandline;

int reach(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Reach and representativeness per kern, in words, over what the server holds now."));
    parser.addOptions({databaseOption(), languageOption()});
    if (!parse(parser, arguments))
        return BadUsage;
    const auto loaded = loadRound(parser, false);
    if (!loaded)
        return Failed;
    const QString language = parser.value(languageOption());
    const bool en = language == QLatin1String("en");
    const results::RepresentationBrief brief = results::representationBrief(loaded->pack, loaded->round, language);
    const QLocale locale(en ? QLocale::English : QLocale::Dutch);

    QTextStream out(stdout);
    out << (en ? QStringLiteral("Reach and representativeness, %1 (content %2), %3")
               : QStringLiteral("Bereik en afspiegeling, %1 (inhoud %2), %3"))
                   .arg(loaded->pack.title.in(language), loaded->pack.version,
                        locale.toString(QDateTime::currentDateTime(), QStringLiteral("d MMMM yyyy HH:mm")))
        << "\n\n";
    out << (en ? QStringLiteral("%1 people took part.") : QStringLiteral("%1 mensen deden mee.")).arg(brief.participants) << '\n';
    out << brief.summary << '\n';
    if (!brief.groups.isEmpty()) {
        out << '\n' << (en ? QStringLiteral("Per village:") : QStringLiteral("Per kern:")) << '\n';
        for (const auto &g : brief.groups)
            out << "  " << g.label << ": " << g.line
                << (g.under ? (en ? QStringLiteral("  <- too few") : QStringLiteral("  <- te weinig")) : QString()) << '\n';
    }
    if (!brief.missing.isEmpty()) {
        out << '\n' << (en ? QStringLiteral("Whom are we missing?") : QStringLiteral("Wie missen we nog?")) << '\n';
        for (const QString &line : brief.missing)
            out << "  - " << line << '\n';
    }
    out << '\n' << brief.rule << '\n';
    return Ok;
}

} // namespace samenspraak::server::commands
