// samenspraak-server content publish|list: the content packs devices fetch.

#include "commands.h"

#include "commandline.h"
#include "contentpack.h"
#include "serverstore.h"

#include <cstdio>

namespace samenspraak::server::commands {

using namespace samenspraak::commandline;

int content(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    QCommandLineParser parser;
    if (sub == QLatin1String("publish")) {
        parser.setApplicationDescription(QStringLiteral("Publishes a content pack: devices fetch it on their next sync."));
        parser.addOptions({databaseOption()});
        parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The content pack (JSON)."));
        if (!parse(parser, rest))
            return BadUsage;
        if (parser.positionalArguments().size() != 1) {
            printError(QStringLiteral("give exactly one pack: samenspraak-server content publish --db PATH FILE"));
            return BadUsage;
        }
        const QString file = parser.positionalArguments().first();
        // The same validator as `samenspraak content check`, with the same lines.
        const ParsedPack parsed = loadContentPack(file);
        printPackProblems(file, parsed.problems);
        printPackWarnings(file, parsed.warnings);
        if (!parsed.pack) {
            printError(QStringLiteral("%1 is not a valid content pack; nothing was published").arg(file));
            return Failed;
        }
        auto store = openStore(parser);
        if (!store)
            return Failed;
        const ContentPack &pack = *parsed.pack;
        QString error;
        switch (store->content().publish(pack, &error)) {
        case ContentRegistry::Publish::Published:
            std::printf("published %s version %s (sha256 %s); devices fetch it on their next sync\n", qPrintable(pack.id),
                        qPrintable(pack.version), pack.sha256.constData());
            return Ok;
        case ContentRegistry::Publish::MadeCurrent:
            std::printf("version %s was published before; it is the current version again\n", qPrintable(pack.version));
            return Ok;
        case ContentRegistry::Publish::AlreadyCurrent:
            std::printf("version %s is already published and current; nothing changed\n", qPrintable(pack.version));
            return Ok;
        case ContentRegistry::Publish::VersionTaken:
            printError(QStringLiteral("version %1 is already published with different content (sha256 %2); published versions "
                                      "never change: give the changed pack a new version").arg(pack.version, error));
            return Failed;
        case ContentRegistry::Publish::Failed:
            break;
        }
        printError(QStringLiteral("could not publish: %1").arg(error));
        return Failed;
    }
    if (sub == QLatin1String("list")) {
        parser.addOptions({databaseOption()});
        if (!parse(parser, rest))
            return BadUsage;
        auto store = openStore(parser);
        if (!store)
            return Failed;
        bool first = true;
        for (const PublishedPack &p : store->content().list()) {
            std::printf("%s  %s  published %s  sha256 %s%s\n", qPrintable(p.version), qPrintable(p.packId), qPrintable(p.publishedAt),
                        p.sha256.constData(), first ? "  (current)" : "");
            first = false;
        }
        return Ok;
    }
    printError(QStringLiteral("usage: samenspraak-server content publish|list --db PATH [FILE]   (each has --help)"));
    return BadUsage;
}

} // namespace samenspraak::server::commands
