#include "commandline.h"

#include <QCoreApplication>

#include <cstdio>

namespace samenspraak::commandline {

void printError(const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(message));
}

bool parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return false;
    }
    return true;
}

void printPackProblems(const QString &file, const QList<ContentProblem> &problems)
{
    for (const ContentProblem &p : problems)
        std::printf("%s:%s: %s\n", qPrintable(file), qPrintable(p.path), qPrintable(p.message));
}

void printPackWarnings(const QString &file, const QList<ContentProblem> &warnings)
{
    for (const ContentProblem &p : warnings)
        std::printf("%s:%s: warning: %s\n", qPrintable(file), qPrintable(p.path), qPrintable(p.message));
}

} // namespace samenspraak::commandline
