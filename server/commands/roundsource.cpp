// What the results, report and triptych commands read: the published pack, every stored
// contribution (superseded ones included) and every session, as one results::Summary.

#include "commands.h"

#include "commandline.h"
#include "moderationlog.h"
#include "serverstore.h"

namespace samenspraak::server::commands {

const QCommandLineOption &phaseOption()
{
    static const QCommandLineOption option(QStringLiteral("phase"), QStringLiteral("Only this phase (its id in the content pack)."),
                                           QStringLiteral("ID"));
    return option;
}

const QCommandLineOption &languageOption()
{
    static const QCommandLineOption option(QStringLiteral("lang"), QStringLiteral("nl (default) or en."), QStringLiteral("nl|en"),
                                           QStringLiteral("nl"));
    return option;
}

std::optional<LoadedRound> loadRound(const QCommandLineParser &parser, bool withSummary)
{
    const QString language = parser.value(languageOption());
    if (language != QLatin1String("nl") && language != QLatin1String("en")) {
        commandline::printError(QStringLiteral("--lang must be nl or en"));
        return std::nullopt;
    }
    auto store = openStore(parser);
    if (!store)
        return std::nullopt;
    const auto published = store->content().current(true);
    if (!published) {
        commandline::printError(QStringLiteral("no content pack is published: publish one first (samenspraak-server content publish)"));
        return std::nullopt;
    }
    ParsedPack parsed = parseContentPack(published->json);
    if (!parsed.pack) {
        commandline::printError(QStringLiteral("the published content pack %1 does not parse").arg(published->version));
        return std::nullopt;
    }
    // Commands without a summary take no --phase.
    const QString phase = withSummary ? parser.value(phaseOption()) : QString();
    if (!phase.isEmpty() && !parsed.pack->phase(phase)) {
        commandline::printError(QStringLiteral("--phase %1 is not a phase of content pack %2").arg(phase, parsed.pack->version));
        return std::nullopt;
    }
    const QList<protocol::SessionRecord> sessions = store->ingest().sessions();
    LoadedRound out{*parsed.pack, results::Round(store->ingest().roundContributions(), sessions), {}, sessions, store->moderation().latest()};
    if (withSummary)
        out.summary = results::summarize(out.pack, out.round, phase, language);
    return out;
}

} // namespace samenspraak::server::commands
