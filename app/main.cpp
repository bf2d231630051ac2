// samenspraak: the touch app, and its command-line tools (see README.md).

#include "appcontext.h"
#include "commandline.h"
#include "commands/commands.h"
#include "reachability.h"
#include "readaloud.h"
#include "speech.h"
#include "syncservice.h"
#include "datadir.h"
#include "uicontext.h"
#include "uirunner.h"

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlEngineExtensionPlugin>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(Samenspraak_CorePlugin)
Q_IMPORT_QML_PLUGIN(SamenspraakPlugin)

using namespace samenspraak;
using commandline::BadUsage;
using commandline::Failed;

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

// The mode this start runs in: --workshop or --kiosk if given, else the one remembered in the
// data dir (the facilitator menu sets it), else kiosk. Read before any Qt application object
// exists, straight from the store's settings.
bool wantsVirtualKeyboard(int argc, char **argv)
{
    QString dataDir;
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--workshop") == 0)
            return false;
        if (qstrcmp(argv[i], "--kiosk") == 0)
            return true;
        if (qstrcmp(argv[i], "--data-dir") == 0 && i + 1 < argc)
            dataDir = QString::fromLocal8Bit(argv[i + 1]);
        else if (qstrncmp(argv[i], "--data-dir=", 11) == 0)
            dataDir = QString::fromLocal8Bit(argv[i] + 11);
    }
    return Store::peekSetting(dataDir.isEmpty() ? platform::defaultDataDir() : dataDir, QStringLiteral("mode")) != QLatin1String("workshop");
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
    // It must be chosen before the application object exists, so the remembered mode is read
    // first; --workshop/--kiosk on this start win, and an explicit QT_IM_MODULE wins over all.
    QCoreApplication::setOrganizationName(QStringLiteral("Samenspraak"));
    QCoreApplication::setApplicationName(QStringLiteral("samenspraak"));
    if (qEnvironmentVariableIsEmpty("QT_IM_MODULE") && wantsVirtualKeyboard(argc, argv))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Samenspraak"));
    QCoreApplication::setApplicationName(QStringLiteral("samenspraak"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SAMENSPRAAK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Samenspraak: in-person citizen participation, offline first.\n"
                                                    "Subcommands: simulate, sync, enroll, hub, join, rooms, room-state, content check (each has --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR"),
                                     platform::defaultDataDir());
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Municipal server URL to sync with."), QStringLiteral("URL"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Start language: nl or en."), QStringLiteral("nl|en"), QStringLiteral("nl"));
    const QCommandLineOption selfTest(QStringLiteral("self-test"), QStringLiteral("Load every screen; exit 0 only without warnings."));
    const QCommandLineOption screenshots(QStringLiteral("screenshot-all"), QStringLiteral("Write a PNG of every screen into DIR."), QStringLiteral("DIR"));
    // Staff preview a pack before publishing it: every screen of that pack, on scratch data.
    const QCommandLineOption content(QStringLiteral("content"),
                                     QStringLiteral("With --self-test or --screenshot-all: use this content pack instead of the bundled one."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption fullScreen(QStringLiteral("fullscreen"), QStringLiteral("Kiosk: fill the screen."));
    const QCommandLineOption kiosk(QStringLiteral("kiosk"), QStringLiteral("Kiosk mode (remembered): anonymous walk-up use, on-screen keyboard."));
    const QCommandLineOption workshop(QStringLiteral("workshop"), QStringLiteral("Workshop mode (remembered): tablets in a facilitated session."));
    parser.addOptions({dataDir, server, lang, selfTest, screenshots, content, fullScreen, kiosk, workshop});
    parser.process(app);

    if (parser.value(lang) != QLatin1String("nl") && parser.value(lang) != QLatin1String("en")) {
        std::fprintf(stderr, "samenspraak: --lang must be nl or en.\n");
        return BadUsage;
    }
    // The system's fonts are read on a second thread while this one opens the store and reads
    // the content pack (bench/README.md, ui_bench: the start-up profile).
    const bool interactive = !parser.isSet(selfTest) && !parser.isSet(screenshots);
    std::unique_ptr<LoadedUi> preparedUi = interactive ? LoadedUi::prepare() : nullptr;
    // The self-test and screenshots never touch the device's real data.
    QTemporaryDir scratch;
    const bool scratchData = (parser.isSet(selfTest) || parser.isSet(screenshots)) && !parser.isSet(dataDir);
    if (parser.isSet(content) && !scratchData) {
        std::fprintf(stderr, "samenspraak: --content is for --self-test and --screenshot-all (without --data-dir).\n");
        return BadUsage;
    }
    auto created = parser.isSet(content)
                       ? AppContext::create(scratch.path(), CorruptionPolicy::MoveAside, parser.value(content))
                       : AppContext::create(scratchData ? scratch.path() : parser.value(dataDir), CorruptionPolicy::MoveAside);
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

    // Uploads and content checks run for the device, with or without its UI. Finding the
    // network (a plugin, D-Bus) waits until the first frame is up.
    SyncService &sync = context.startSync(nullptr);
    QTimer::singleShot(0, &context, [&context, &sync] { sync.setReachability(platform::createSystemReachability(&context)); });

    // Reading aloud: the system's voices on a kiosk (found after the first frame, like the
    // network); the self-test and the screenshots read with a recording speech that has both
    // languages, so the button and its "reading" state are seen without a sound device.
    platform::RecordingSpeech recordingSpeech({QStringLiteral("nl"), QStringLiteral("en")});
    ReadAloud &readAloud = UiContext::of(context).readAloud();
    if (parser.isSet(selfTest) || parser.isSet(screenshots))
        readAloud.setSpeech(&recordingSpeech);
    else
        QTimer::singleShot(0, &context, [&context, &readAloud] { readAloud.setSpeech(platform::createSystemSpeech(&context)); });

    if (parser.isSet(selfTest))
        return runSelfTest(context, scratchData);
    if (parser.isSet(screenshots))
        return runScreenshots(context, parser.value(screenshots), scratchData);
    return runUi(context, {{1920, 1080}, parser.isSet(fullScreen)}, std::move(preparedUi));
}

} // namespace

int main(int argc, char **argv)
{
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == QLatin1String("simulate") || command == QLatin1String("sync") || command == QLatin1String("content")
        || command == QLatin1String("enroll") || command == QLatin1String("hub") || command == QLatin1String("join")
        || command == QLatin1String("rooms") || command == QLatin1String("room-state")) {
        // Ending a room draws its summary PDF (fonts, QPdfWriter): that needs Qt Gui, offscreen
        // when there is no screen. Every other command stays without it.
        bool draws = false;
        for (int i = 2; i < argc; ++i)
            draws |= command == QLatin1String("hub") && qstrcmp(argv[i], "--end") == 0;
        if (draws && !hasDisplay())
            qputenv("QT_QPA_PLATFORM", "offscreen");
        std::unique_ptr<QCoreApplication> application;
        if (draws)
            application = std::make_unique<QGuiApplication>(argc, argv);
        else
            application = std::make_unique<QCoreApplication>(argc, argv);
        QCoreApplication &app = *application;
        // Command-line tools print one sentence per problem; subsystem logs only on request.
        if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
            QLoggingCategory::setFilterRules(QStringLiteral("samenspraak.*=false"));
        QCoreApplication::setOrganizationName(QStringLiteral("Samenspraak"));
        QCoreApplication::setApplicationName(QStringLiteral("samenspraak"));
        QStringList arguments = app.arguments();
        arguments.removeAt(1);  // "prog simulate --x" -> "prog --x" for the subcommand's parser
        if (command == QLatin1String("simulate"))
            return commands::simulate(arguments);
        if (command == QLatin1String("sync"))
            return commands::sync(arguments);
        if (command == QLatin1String("enroll"))
            return commands::enroll(arguments);
        if (command == QLatin1String("hub"))
            return commands::hub(arguments);
        if (command == QLatin1String("join"))
            return commands::join(arguments);
        if (command == QLatin1String("rooms"))
            return commands::rooms(arguments);
        if (command == QLatin1String("room-state"))
            return commands::roomState(arguments);
        return commands::content(arguments);
    }
    return runApp(argc, argv);
}
