#include "uirunner.h"

#include "appcontext.h"
#include "reachability.h"
#include "sessioncontroller.h"
#include "syncservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QImage>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTranslator>

#include <cstdio>

Q_LOGGING_CATEGORY(lcUi, "samenspraak.ui")

namespace samenspraak {

namespace {

const QUrl MainQml(QStringLiteral("qrc:/qt/qml/Samenspraak/Main.qml"));

// Keeps the Qt translator in step with the content language.
class Translations : public QObject {
public:
    Translations(AppContext &context, QQmlEngine &engine) : m_context(context), m_engine(engine)
    {
        connect(&context, &AppContext::languageChanged, this, &Translations::apply);
        apply();
    }
    void apply()
    {
        QCoreApplication::removeTranslator(&m_translator);
        if (m_context.language() == QLatin1String("en")
            && m_translator.load(QStringLiteral(":/i18n/samenspraak_en.qm")))
            QCoreApplication::installTranslator(&m_translator);
        m_engine.retranslate();
    }

private:
    AppContext &m_context;
    QQmlEngine &m_engine;
    QTranslator m_translator;
};

struct LoadedUi {
    std::unique_ptr<SyncService> sync;  // outlives the engine that uses it
    std::unique_ptr<QQmlApplicationEngine> engine;
    std::unique_ptr<Translations> translations;
    QQuickWindow *window = nullptr;
};

LoadedUi load(AppContext &context)
{
    LoadedUi ui;
    ui.sync = std::make_unique<SyncService>(context, platform::createSystemReachability(&context));
    ui.engine = std::make_unique<QQmlApplicationEngine>();
    ui.engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    ui.translations = std::make_unique<Translations>(context, *ui.engine);
    ui.engine->load(MainQml);
    if (!ui.engine->rootObjects().isEmpty())
        ui.window = qobject_cast<QQuickWindow *>(ui.engine->rootObjects().constFirst());
    return ui;
}

void settle(int ms = 60)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

QStringList screensOf(QQuickWindow *window)
{
    return window->property("screens").toStringList();
}

void show(QQuickWindow *window, const QString &screen)
{
    QMetaObject::invokeMethod(window, "showScreen", Q_ARG(QVariant, screen));
}

int g_warnings = 0;
QtMessageHandler g_previous = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++g_warnings;
    g_previous(type, context, message);
}

} // namespace

int runUi(AppContext &context, const UiOptions &options)
{
    LoadedUi ui = load(context);
    if (!ui.window) {
        std::fprintf(stderr, "samenspraak: the user interface could not be loaded (see the messages above).\n");
        return 1;
    }
    ui.window->resize(options.size);
    if (options.fullScreen)
        ui.window->showFullScreen();
    return QGuiApplication::exec();
}

int runSelfTest(AppContext &context)
{
    g_warnings = 0;
    g_previous = qInstallMessageHandler(countingHandler);
    int screens = 0;
    {
        LoadedUi ui = load(context);
        if (!ui.window) {
            qInstallMessageHandler(g_previous);
            std::fprintf(stderr, "self-test: Main.qml did not load\n");
            return 1;
        }
        for (const QString language : {QStringLiteral("nl"), QStringLiteral("en")}) {
            context.setLanguage(language);
            for (const QString &screen : screensOf(ui.window)) {
                show(ui.window, screen);
                settle(30);
                ui.window->grabWindow();  // forces a real render of the screen
                ++screens;
            }
        }
        context.sessions().end();
    }
    qInstallMessageHandler(g_previous);
    std::printf("self-test: %d screen renders, %d warnings\n", screens, g_warnings);
    return g_warnings == 0 && screens > 0 ? 0 : 1;
}

int runScreenshots(AppContext &context, const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "samenspraak: cannot create the screenshot dir %s\n", qPrintable(dir));
        return 2;
    }
    LoadedUi ui = load(context);
    if (!ui.window)
        return 1;
    struct Resolution { QString name; QSize size; };
    const QList<Resolution> resolutions{{QStringLiteral("kiosk"), {1920, 1080}}, {QStringLiteral("tablet"), {1280, 800}}};
    int written = 0;
    for (const Resolution &resolution : resolutions) {
        ui.window->resize(resolution.size);
        for (const QString language : {QStringLiteral("nl"), QStringLiteral("en")}) {
            context.setLanguage(language);
            for (const QString &screen : screensOf(ui.window)) {
                show(ui.window, screen);
                settle();
                const QString file = QDir(dir).filePath(QStringLiteral("%1_%2_%3-%4x%5.png").arg(screen, language, resolution.name)
                                                            .arg(resolution.size.width()).arg(resolution.size.height()));
                if (!ui.window->grabWindow().save(file)) {
                    std::fprintf(stderr, "samenspraak: cannot write %s\n", qPrintable(file));
                    return 2;
                }
                ++written;
            }
        }
    }
    context.sessions().end();
    std::printf("wrote %d screenshots to %s\n", written, qPrintable(dir));
    return 0;
}

} // namespace samenspraak
