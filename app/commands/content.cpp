// samenspraak content check: the content pack checker, as staff run it before publishing.
#include "commands.h"

#include "commandline.h"
#include "contentpack.h"

#include <cstdio>

namespace samenspraak::commands {

int content(const QStringList &arguments)
{
    // samenspraak content check FILE...
    // arguments: program, "check", FILE...
    if (arguments.size() < 3 || arguments.at(1) != QLatin1String("check")) {
        commandline::printError(QStringLiteral("usage: samenspraak content check FILE..."));
        return commandline::BadUsage;
    }
    int invalid = 0;
    for (const QString &file : arguments.mid(2)) {
        const ParsedPack parsed = loadContentPack(file);
        commandline::printPackProblems(file, parsed.problems);
        commandline::printPackWarnings(file, parsed.warnings);
        if (parsed.pack)
            std::printf("%s: ok (%s version %s, %lld activities)\n", qPrintable(file), qPrintable(parsed.pack->id),
                        qPrintable(parsed.pack->version), qlonglong(parsed.pack->activities.size()));
        else
            ++invalid;
    }
    return invalid == 0 ? commandline::Ok : commandline::Failed;
}

} // namespace samenspraak::commands
