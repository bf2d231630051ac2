// samenspraak: the touch app, and its command-line tools (see README.md).

#include "appcontext.h"
#include "commands.h"
#include "datadir.h"
#include "uirunner.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Samenspraak_CorePlugin)
Q_IMPORT_QML_PLUGIN(SamenspraakPlugin)

using namespace samenspraak;

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

int runApp(int argc, char **argv)
{
    // Screenshots and the self-test render offscreen when there is no display.
    bool headlessMode = false;
    for (int i = 1; i < argc; ++i)
        headlessMode |= qstrcmp(argv[i], "--self-test") == 0 || qstrcmp(argv[i], "--screenshot-all") == 0;
    if (!hasDisplay()) {
        if (!headlessMode) {
            std::fprintf(stderr, "samenspraak: no display found. On a machine without a screen run it headless with "
                                 "QT_QPA_PLATFORM=offscreen, or use --screenshot-all DIR to see every screen.\n");
            return BadUsage;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    // A kiosk types on the on-screen keyboard (Dutch layout; a hardware keyboard still works).
    // It must be chosen before the application object exists; --workshop leaves it to the
    // tablet, and an explicit QT_IM_MODULE wins.
    bool workshopFlag = false;
    for (int i = 1; i < argc; ++i)
        workshopFlag |= qstrcmp(argv[i], "--workshop") == 0;
    if (!workshopFlag && qEnvironmentVariableIsEmpty("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Samenspraak"));
    QCoreApplication::setApplicationName(QStringLiteral("samenspraak"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMENSPRAAK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Samenspraak: in-person citizen participation, offline first.\n"
                                                    "Subcommands: simulate, sync, enroll, content check (each has --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR"),
                                     platform::defaultDataDir());
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Municipal server URL to sync with."), QStringLiteral("URL"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Start language: nl or en."), QStringLiteral("nl|en"), QStringLiteral("nl"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"), QStringLiteral("Load every screen; exit 0 only without warnings."));
    const QCommandLineOption screenshots(QStringLiteral("screenshot-all"), QStringLiteral("Write a PNG of every screen into DIR."), QStringLiteral("DIR"));
    const QCommandLineOption fullScreen(QStringLiteral("fullscreen"), QStringLiteral("Kiosk: fill the screen."));
    const QCommandLineOption kiosk(QStringLiteral("kiosk"), QStringLiteral("Kiosk mode (remembered): anonymous walk-up use, on-screen keyboard."));
    const QCommandLineOption workshop(QStringLiteral("workshop"), QStringLiteral("Workshop mode (remembered): tablets in a facilitated session."));
    parser.addOptions({dataDir, server, lang, selfTest, screenshots, fullScreen, kiosk, workshop});
    parser.process(app);

    if (parser.value(lang) != QLatin1String("nl") && parser.value(lang) != QLatin1String("en")) {
        std::fprintf(stderr, "samenspraak: --lang must be nl or en.\n");
        return BadUsage;
    }
    // The self-test and screenshots never touch the device's real data.
    QTemporaryDir scratch;
    const bool scratchData = (parser.isSet(selfTest) || parser.isSet(screenshots)) && !parser.isSet(dataDir);
    auto created = AppContext::create(scratchData ? scratch.path() : parser.value(dataDir), CorruptionPolicy::MoveAside);
    if (!created.context) {
        std::fprintf(stderr, "samenspraak: %s\n", qPrintable(created.error.message));
        return Failed;
    }
    if (!created.notice.isEmpty())
        std::fprintf(stderr, "samenspraak: %s\n", qPrintable(created.notice));
    AppContext &context = *created.context;
    context.setLanguage(parser.value(lang));
    if (parser.isSet(server) && context.store().setSetting(QStringLiteral("server_url"), parser.value(server)))
        std::fprintf(stderr, "samenspraak: could not remember the server URL\n");
    // The mode and the language every session starts in are remembered too; the facilitator
    // menu changes them as well.
    if ((parser.isSet(kiosk) || parser.isSet(workshop))
        && context.store().setSetting(QStringLiteral("mode"), parser.isSet(workshop) ? QStringLiteral("workshop") : QStringLiteral("kiosk")))
        std::fprintf(stderr, "samenspraak: could not remember the mode\n");
    if (parser.isSet(lang) && context.store().setSetting(QStringLiteral("default_language"), parser.value(lang)))
        std::fprintf(stderr, "samenspraak: could not remember the language\n");

    if (parser.isSet(selfTest))
        return runSelfTest(context, scratchData);
    if (parser.isSet(screenshots))
        return runScreenshots(context, parser.value(screenshots), scratchData);
    return runUi(context, {{1920, 1080}, parser.isSet(fullScreen)});
}

} // namespace

int main(int argc, char **argv)
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == QLatin1String("simulate") || command == QLatin1String("sync") || command == QLatin1String("content")
        || command == QLatin1String("enroll")) {
        QCoreApplication app(argc, argv);
        // Command-line tools print one sentence per problem; subsystem logs only on request.
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(QStringLiteral("samenspraak.*=false"));
        QCoreApplication::setOrganizationName(QStringLiteral("Samenspraak"));
        QCoreApplication::setApplicationName(QStringLiteral("samenspraak"));
        QStringList arguments = app.arguments();
        arguments.removeAt(1);  // "prog simulate --x" -> "prog --x" for the subcommand's parser
        if (command == QLatin1String("simulate"))
            return commandSimulate(arguments);
        if (command == QLatin1String("sync"))
            return commandSync(arguments);
        if (command == QLatin1String("enroll"))
            return commandEnroll(arguments);
        return commandContent(arguments);
    }
    return runApp(argc, argv);
}
