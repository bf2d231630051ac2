// samenspraak-server: the municipal server (see README.md and docs/operations.md). The
// commands live in server/commands/, one per file.

#include "commandline.h"
#include "commands/commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <memory>

using namespace samenspraak;

int main(int argc, char **argv)
{
    // The report and the triptych draw charts and a PDF (Qt Gui): it gets a QGuiApplication, offscreen unless
    // told otherwise; every other command stays a plain QCoreApplication.
    const bool drawing = argc > 1 && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "triptych") == 0);
    if (drawing && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(drawing ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("samenspraak-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMENSPRAAK_VERSION));
    QStringList arguments = app.arguments();
    const QString command = arguments.value(1);
    const QString usage = QStringLiteral("usage: samenspraak-server serve|export|devices|content|backup|restore|results|reach|report|triptych|summaries [options]   (each has --help)");
    if (command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h")) {
        std::printf("%s\n", qPrintable(usage));
        return command.isEmpty() ? commandline::BadUsage : commandline::Ok;
    }
    arguments.removeAt(1);
    // A one-shot command prints its answer and nothing else; the server's log (the journal)
    // keeps the migration runner's lines. QT_LOGGING_RULES still overrides this.
    if (command != QLatin1String("serve"))
        QLoggingCategory::setFilterRules(QStringLiteral("samenspraak.migrations.info=false"));
    if (command == QLatin1String("serve"))
        return server::commands::serve(arguments);
    if (command == QLatin1String("export"))
        return server::commands::exportContributions(arguments);
    if (command == QLatin1String("devices"))
        return server::commands::devices(arguments);
    if (command == QLatin1String("content"))
        return server::commands::content(arguments);
    if (command == QLatin1String("backup"))
        return server::commands::backup(arguments);
    if (command == QLatin1String("restore"))
        return server::commands::restore(arguments);
    if (command == QLatin1String("results"))
        return server::commands::results(arguments);
    if (command == QLatin1String("reach"))
        return server::commands::reach(arguments);
    if (command == QLatin1String("report"))
        return server::commands::report(arguments);
    if (command == QLatin1String("triptych"))
        return server::commands::triptych(arguments);
    if (command == QLatin1String("summaries"))
        return server::commands::summaries(arguments);
    commandline::printError(QStringLiteral("unknown command '%1'. %2").arg(command, usage));
    return commandline::BadUsage;
}
