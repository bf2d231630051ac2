#include "uirunner.h"

#include "translations.h"

#include "answers.h"
#include "appcontext.h"
#include "facilitatorcontroller.h"
#include "flowcontroller.h"
#include "idleguard.h"
#include "readaloud.h"
#include "services.h"
#include "sessioncontroller.h"
#include "simulator.h"
#include "syncservice.h"
#include "uicontext.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QInputMethod>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>
#include <QTranslator>

#include <algorithm>
#include <cstdio>
#include <functional>

Q_LOGGING_CATEGORY(lcUi, "samenspraak.ui")

namespace samenspraak {

namespace {

const QUrl MainQml(QStringLiteral("qrc:/qt/qml/Samenspraak/Main.qml"));
// The first screen Main.qml shows (by file name, so it is not compiled with Main.qml).
const QUrl AttractQml(QStringLiteral("qrc:/qt/qml/Samenspraak/ScreenStart.qml"));

void settle(int ms = 60)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

int g_warnings = 0;
QtMessageHandler g_previous = nullptr;

void countingHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        ++g_warnings;
    g_previous(type, context, message);
}

// Items of a screen are found through the visual tree (a Loader's item is not a QObject child).
QQuickItem *findItem(QQuickItem *root, const QString &objectName)
{
    if (!root)
        return nullptr;
    if (root->objectName() == objectName)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, objectName))
            return found;
    return nullptr;
}

// Waits until the screen on show has settled on how many items a page holds (ActivityPage's
// "fitting"; a frame or two per step), at most `ms`.
void settleFit(QQuickWindow *window, int ms = 3000)
{
    QElapsedTimer timer;
    timer.start();
    QQuickItem *loader = findItem(window->contentItem(), QStringLiteral("screenLoader"));
    while (timer.elapsed() < ms) {
        auto *screen = loader ? loader->property("item").value<QObject *>() : nullptr;
        if (!screen || !screen->property("fitting").toBool())
            return;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
}

// Waits until "Dit zeiden anderen" on the attract screen has counted (in the background, once
// a frame is up: OthersSaid.qml), at most `ms`, so its line is in the picture.
void settleGlimpse(QQuickWindow *window, int ms = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
        QQuickItem *glimpse = findItem(window->contentItem(), QStringLiteral("othersSaid"));
        if (!glimpse || !glimpse->property("pending").toBool())
            return;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
}

// One screen in one state, reached the way a participant (or the runner's clock) would.
struct UiState {
    QString name;
    std::function<void()> enter;
    bool textSizes = true;  // the participant's text size applies (not on attract or the facilitator's screens)
    std::function<void()> then = {};  // once the language and the text size are set
    bool inSelfTest = true;  // false for a state that logs a warning on purpose (a failed save)
};

class StateDriver {
public:
    StateDriver(AppContext &context, LoadedUi &ui, bool demoData)
        : m_context(context), m_ui(ui), m_ctx(UiContext::of(context)), m_demo(demoData)
    {
        // The runner owns time: nothing expires while it takes its pictures.
        m_ctx.idle().setClock([this] { return m_idleClock; });
        m_ctx.facilitator().setClock([this] { return m_wallClock; });
    }
    ~StateDriver()
    {
        m_ctx.facilitator().lock();
        m_ctx.flow().reset();
        m_ctx.idle().setClock({});
        m_ctx.facilitator().setClock({});
    }

    QList<UiState> states()
    {
        FlowController &flow = m_ctx.flow();
        QList<UiState> out;
        out.append({QStringLiteral("attract"), [&flow] { flow.reset(); }, false});
        if (!m_context.pack().followUp.isEmpty())
            out.append({QStringLiteral("followup"), [&flow] {
                            flow.reset();
                            flow.showFollowUp();
                        }});
        out.append({QStringLiteral("welcome"), [&flow] { flow.reset(); flow.start(); }});
        QStringList seen;
        for (const FlowController::Step &step : flow.steps()) {
            if (step.screen == QLatin1String("privacy")) {
                out.append({QStringLiteral("privacy"), [&flow] {
                                flow.reset();
                                flow.jumpTo(QStringLiteral("privacy"));
                            }});
            } else if (step.screen == QLatin1String("intro")) {
                out.append({QStringLiteral("intro-%1").arg(step.phaseId), [&flow, step] {
                                flow.reset();
                                flow.jumpTo(step.screen, step.phaseId);
                            }});
            } else if (!step.activityId.isEmpty()) {
                // The second dilemma is "dilemma-2".
                const int nth = int(seen.count(step.screen)) + 1;
                const QString name = nth > 1 ? QStringLiteral("%1-%2").arg(step.screen).arg(nth) : step.screen;
                seen << step.screen;
                if (step.screen == Kind::Values)
                    out.append({QStringLiteral("values-empty"), [&flow, step] {
                                    flow.reset();
                                    flow.jumpTo(step.screen, step.activityId);
                                }});
                out.append({name, [this, step] { enterAnswered(step); }});
                if (step.screen == Kind::Ideas && flow.virtualKeyboard())
                    out.append({QStringLiteral("ideas-keyboard"), [this, step] {
                                    enterAnswered(step);
                                    settle(30);
                                    m_ui.window()->requestActivate();
                                    if (QQuickItem *field = findItem(m_ui.window()->contentItem(), QStringLiteral("ideaText"))) {
                                        field->forceActiveFocus();
                                        QGuiApplication::inputMethod()->show();
                                    }
                                    settle(200);  // the keyboard slides in
                                }});
            }
        }
        // "Lees voor" tapped: the button says it reads, and how to stop it.
        out.append({QStringLiteral("readaloud"), [this] { enterAnswered(firstActivity()); }, true, [this] {
                        settle(30);  // the screen says what it shows
                        m_ctx.readAloud().toggle();
                    }});
        // Saving failed (the disk is full): the resident's sentence above the navigation. Only
        // on scratch data; the disk is "full" only for this picture.
        if (m_demo)
            out.append({QStringLiteral("error"), [this] {
                            enterAnswered(firstActivity());
                            fillDisk();
                        }, true, {}, false});
        // A paper form being typed in: the session bar says so (SessionBar.qml).
        if (m_demo)
            out.append({QStringLiteral("onbehalf-paper"), [this] { enterAnswered(firstActivity(), QStringLiteral("paper")); }});
        out.append({QStringLiteral("stop"), [this, &flow] {
                        enterAnswered(firstActivity());
                        flow.askStop();
                    }});
        out.append({QStringLiteral("idle"), [this] {
                        enterAnswered(firstActivity());
                        m_idleClock += (m_ctx.idle().idleSeconds() + 4) * 1000LL;
                        m_ctx.idle().tick();
                    }});
        out.append({QStringLiteral("thanks"), [this, &flow] {
                        enterAnswered(firstActivity());
                        flow.jumpTo(QStringLiteral("thanks"));
                    }});
        out.append({QStringLiteral("facilitator-pin"), [this, &flow] {
                        flow.reset();
                        m_ctx.facilitator().showPinPad();
                    }, false});
        if (m_demo) {
            // Wrong PINs change what the device remembers, so only on scratch data.
            out.append({QStringLiteral("facilitator-wrong-pin"), [this, &flow] {
                            flow.reset();
                            clearLockout();
                            m_ctx.facilitator().showPinPad();
                            (void)m_ctx.facilitator().unlock(QStringLiteral("0000"));
                        }, false});
            out.append({QStringLiteral("facilitator-locked"), [this, &flow] {
                            flow.reset();
                            clearLockout();
                            m_ctx.facilitator().showPinPad();
                            for (int i = 0; i < FacilitatorController::FreeAttempts; ++i)
                                (void)m_ctx.facilitator().unlock(QStringLiteral("0000"));
                        }, false});
            out.append({QStringLiteral("facilitator-menu"), [this, &flow] {
                            flow.reset();
                            clearLockout();
                            (void)m_ctx.facilitator().unlock(FacilitatorController::DefaultPin);
                        }, false});
            // Assisted and paper entry (OnBehalfCard.qml), paper chosen: the form's date shows.
            out.append({QStringLiteral("facilitator-onbehalf"), [this, &flow] {
                            flow.reset();
                            clearLockout();
                            (void)m_ctx.facilitator().unlock(FacilitatorController::DefaultPin);
                            settle(100);
                            QQuickItem *flick = findItem(m_ui.window()->contentItem(), QStringLiteral("facilitatorFlick"));
                            QQuickItem *card = findItem(m_ui.window()->contentItem(), QStringLiteral("onBehalfCard"));
                            if (!flick || !card)
                                return;
                            card->setProperty("channel", QStringLiteral("paper"));
                            settle(50);
                            auto *content = flick->property("contentItem").value<QQuickItem *>();
                            const qreal top = card->mapToItem(content, QPointF()).y() - 16;
                            const qreal end = flick->property("contentHeight").toReal() - flick->height();
                            flick->setProperty("contentY", std::clamp<qreal>(top, 0, std::max<qreal>(0, end)));
                        }, false});
            // The end of the menu: who took part here against the residents (ReachCard.qml).
            out.append({QStringLiteral("facilitator-reach"), [this, &flow] {
                            flow.reset();
                            clearLockout();
                            (void)m_ctx.facilitator().unlock(FacilitatorController::DefaultPin);
                            settle(100);
                            if (QQuickItem *flick = findItem(m_ui.window()->contentItem(), QStringLiteral("facilitatorFlick"))) {
                                const qreal end = flick->property("contentHeight").toReal() - flick->height();
                                flick->setProperty("contentY", std::max<qreal>(0, end));
                            }
                        }, false});
        }
        return out;
    }

    void enter(const UiState &state, double textScale, const QString &language)
    {
        unfillDisk();
        m_ctx.facilitator().lock();
        m_idleClock += 1000;
        state.enter();
        if (state.textSizes)
            m_ctx.flow().setTextScale(textScale);
        m_context.setLanguage(language);
        if (state.then)
            state.then();
    }

private:
    FlowController::Step firstActivity() const
    {
        for (const FlowController::Step &s : m_ctx.flow().steps())
            if (!s.activityId.isEmpty())
                return s;
        return {};
    }

    // The screen as it looks after answering: chosen and unchosen options side by side.
    // `onBehalf`: the session is a facilitator's "assisted" or "paper" entry (prepareOnBehalf).
    void enterAnswered(const FlowController::Step &step, const QString &onBehalf = {})
    {
        FlowController &flow = m_ctx.flow();
        flow.reset();
        if (!onBehalf.isEmpty())
            (void)m_context.sessions().prepareOnBehalf(onBehalf);
        flow.start();
        // Only on scratch data: a sample answer is a real contribution.
        if (m_demo) {
            if (const Activity *a = m_context.pack().activity(step.activityId))
                if (!m_context.sessions().submitJson(a->id, answers::example(m_context.pack(), *a)))
                    qCWarning(lcUi) << "sample answer refused:" << m_context.sessions().lastError();
        }
        flow.jumpTo(step.screen, step.activityId);
    }

    // The database may not grow (as on a full disk), and an answer is saved: it fails, and the
    // screen shows the resident's sentence.
    void fillDisk()
    {
        QSqlQuery q(m_context.store().db());
        if (!q.exec(QStringLiteral("PRAGMA max_page_count")) || !q.next())
            return;
        m_maxPageCount = q.value(0).toInt();
        if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next())
            return;
        m_context.store().setMaxPageCount(q.value(0).toInt());
        const FlowController::Step step = firstActivity();
        if (const Activity *a = m_context.pack().activity(step.activityId))
            for (int i = 0; i < 200 && m_context.sessions().submitJson(a->id, answers::example(m_context.pack(), *a)); ++i) {
            }
    }
    void unfillDisk()
    {
        if (m_maxPageCount > 0)
            m_context.store().setMaxPageCount(m_maxPageCount);
        m_maxPageCount = 0;
    }

    // A successful unlock clears the failures; the clock jumps past any lockout first.
    void clearLockout()
    {
        m_wallClock += qint64(FacilitatorController::MaxLockoutSeconds + 1) * 1000;
        (void)m_ctx.facilitator().unlock(FacilitatorController::DefaultPin);
        m_ctx.facilitator().lock();
    }

    AppContext &m_context;
    LoadedUi &m_ui;
    UiContext &m_ctx;
    bool m_demo;
    int m_maxPageCount = 0;
    qint64 m_idleClock = 0;
    qint64 m_wallClock = QDateTime::currentMSecsSinceEpoch();
};

void seedDemoParticipants(AppContext &context)
{
    // Enough for the thank-you screen's glimpse to show figures.
    const SimulationResult r = simulateParticipants(context, 40, 2040);
    if (!r.error.isEmpty())
        qCWarning(lcUi) << "demo participants:" << r.error;
}

} // namespace

std::unique_ptr<LoadedUi> LoadedUi::prepare()
{
    std::unique_ptr<LoadedUi> ui(new LoadedUi);
    // Every control draws its own look (Theme); the Basic style adds nothing to load.
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    // The default font is the kiosk's running text (Theme.fontFamily at Theme.fontBody, 30 px
    // at 1920x1080). Every Text in qml/ sets its own font, but Qt Quick's text layout also
    // asks for the default one: as the system's Sans Serif at 12 px that was a font engine of
    // its own to find and load before the first frame; as this one it is already loaded.
    QFont body(QStringLiteral("Noto Sans"));
    body.setPixelSize(30);
    QGuiApplication::setFont(body);
    ui->m_engine = std::make_unique<QQmlApplicationEngine>();
    ui->m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    // Reading the system's font list (fontconfig, every font file's entry) is a fifth of the
    // start; QFontDatabase is thread-safe, so it runs on the other core meanwhile and the
    // first Text finds it done.
    ui->m_fontWarmUp.reset(QThread::create([] { (void)QFontDatabase::families(); }));
    ui->m_fontWarmUp->start();
    // The QML loader thread imports QtQuick and this module and reads the window's and the
    // attract screen's compiled units meanwhile too: nothing of them is created before load(),
    // which finds them loaded (or waits for the rest).
    for (const QUrl &url : {MainQml, AttractQml})
        ui->m_preloaded.push_back(std::make_unique<QQmlComponent>(ui->m_engine.get(), url, QQmlComponent::Asynchronous));
    return ui;
}

std::unique_ptr<LoadedUi> LoadedUi::load(AppContext &context, std::unique_ptr<LoadedUi> prepared)
{
    std::unique_ptr<LoadedUi> ui = prepared ? std::move(prepared) : prepare();
    UiContext &controllers = UiContext::of(context);
    provideServices(*ui->m_engine, {&context, &controllers, context.sync()});
    ui->m_translations = std::make_unique<Translations>(context, *ui->m_engine);
    ui->m_engine->load(MainQml);
    if (!ui->m_engine->rootObjects().isEmpty())
        ui->m_window = qobject_cast<QQuickWindow *>(ui->m_engine->rootObjects().constFirst());
    // A participant who leaves is a good moment to upload.
    if (SyncService *sync = context.sync())
        QObject::connect(&controllers.flow(), &FlowController::participantLeft, sync, &SyncService::sessionFinished);
    return ui;
}

LoadedUi::~LoadedUi()
{
    if (m_fontWarmUp)
        m_fontWarmUp->wait();
    m_preloaded.clear();
    m_engine.reset();
    m_translations.reset();
}

int runUi(AppContext &context, const UiOptions &options, std::unique_ptr<LoadedUi> prepared)
{
    std::unique_ptr<LoadedUi> ui = LoadedUi::load(context, std::move(prepared));
    if (!ui->window()) {
        std::fprintf(stderr, "samenspraak: the user interface could not be loaded (see the messages above).\n");
        return 1;
    }
    ui->window()->resize(options.size);
    if (options.fullScreen)
        ui->window()->showFullScreen();
    return QGuiApplication::exec();
}

int runSelfTest(AppContext &context, bool demoData)
{
    g_warnings = 0;
    g_previous = qInstallMessageHandler(countingHandler);
    int screens = 0;
    {
        if (demoData)
            seedDemoParticipants(context);
        std::unique_ptr<LoadedUi> ui = LoadedUi::load(context);
        if (!ui->window()) {
            qInstallMessageHandler(g_previous);
            std::fprintf(stderr, "self-test: Main.qml did not load\n");
            return 1;
        }
        {
            StateDriver driver(context, *ui, demoData);
            const QList<UiState> states = driver.states();
            for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
                for (const double textScale : {1.0, 2.0}) {
                    for (const UiState &state : states) {
                        if ((textScale > 1.0 && !state.textSizes) || !state.inSelfTest)
                            continue;
                        driver.enter(state, textScale, language);
                        settle(30);
                        settleGlimpse(ui->window());
                        ui->window()->grabWindow();  // forces a real render of the screen
                        ++screens;
                    }
                }
            }
        }
        context.sessions().end();
    }
    qInstallMessageHandler(g_previous);
    std::printf("self-test: %d screen renders, %d warnings\n", screens, g_warnings);
    return g_warnings == 0 && screens > 0 ? 0 : 1;
}

int runScreenshots(AppContext &context, const QString &dir, bool demoData)
{
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "samenspraak: cannot create the screenshot dir %s\n", qPrintable(dir));
        return 2;
    }
    if (demoData)
        seedDemoParticipants(context);
    std::unique_ptr<LoadedUi> ui = LoadedUi::load(context);
    if (!ui->window())
        return 1;
    struct Resolution { QString name; QSize size; };
    const QList<Resolution> resolutions{{QStringLiteral("kiosk"), {1920, 1080}}, {QStringLiteral("tablet"), {1280, 800}}};
    int written = 0;
    {
        StateDriver driver(context, *ui, demoData);
        const QList<UiState> states = driver.states();
        for (const Resolution &resolution : resolutions) {
            ui->window()->resize(resolution.size);
            for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
                for (const double textScale : {1.0, 2.0}) {
                    for (const UiState &state : states) {
                        if (textScale > 1.0 && !state.textSizes)
                            continue;
                        driver.enter(state, textScale, language);
                        settle();
                        settleFit(ui->window());
                        settleGlimpse(ui->window());
                        const QString file = QDir(dir).filePath(QStringLiteral("%1_%2_%3-%4x%5%6.png")
                                                                    .arg(state.name, language, resolution.name)
                                                                    .arg(resolution.size.width())
                                                                    .arg(resolution.size.height())
                                                                    .arg(textScale > 1.0 ? QStringLiteral("_text200") : QString()));
                        if (!ui->window()->grabWindow().save(file)) {
                            std::fprintf(stderr, "samenspraak: cannot write %s\n", qPrintable(file));
                            return 2;
                        }
                        ++written;
                    }
                }
            }
        }
    }
    context.sessions().end();
    std::printf("wrote %d screenshots to %s\n", written, qPrintable(dir));
    return 0;
}

} // namespace samenspraak
