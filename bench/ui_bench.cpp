// The kiosk UI's benchmark (issues 4 and 9), offscreen:
//   1. start to first frame: the app (store, content, QML, every singleton) in kiosk mode
//      (with the on-screen keyboard) and in workshop mode against a bare Qt Quick window, each
//      a fresh process, median of several runs, measured in this run;
//   2. memory: RSS after 100 simulated participants driven through the flow controller and
//      the real screens (each screen's model filled and saved), against the bare window's RSS,
//      and the growth over the 100 participants.
// Goals: start within 1.2x of the bare window in both modes; RSS growth under 10 MB over 100
// participants.
//
//   ui_bench [--runs N] [--participants N]      full run (defaults: 7 runs, 100 participants)
//   ui_bench --quick                            a seconds-long pass for ctest
//   ui_bench --child bare|app [--data-dir DIR] [--participants N]   one measured process

#include "appcontext.h"
#include "dilemmamodel.h"
#include "dotsmodel.h"
#include "flowcontroller.h"
#include "ideasmodel.h"
#include "profilemodel.h"
#include "satisfactionmodel.h"
#include "sessioncontroller.h"
#include "statementsmodel.h"
#include "uicontext.h"
#include "uirunner.h"
#include "valuesmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlEngineExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <functional>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(Samenspraak_CorePlugin)
Q_IMPORT_QML_PLUGIN(SamenspraakPlugin)

using namespace samenspraak;

namespace {

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

// Waits for the window's first frame; false after 20 s.
bool waitForFrame(QQuickWindow *window)
{
    std::atomic_bool swapped = false;  // frameSwapped may come from the render thread
    const QMetaObject::Connection c = QObject::connect(window, &QQuickWindow::frameSwapped, window, [&swapped] { swapped = true; },
                                                       Qt::DirectConnection);
    window->show();
    QElapsedTimer t;
    t.start();
    while (!swapped && t.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
    QObject::disconnect(c);  // `swapped` lives on this stack frame only
    return swapped;
}

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

// Participants the way a person would go: every screen shown, each answer given on the
// screen's own model and saved when moving on. One step per turn of the event loop, as
// taps would come, so the loop also does its usual work (deleting screens left behind).
class Participants : public QObject {
public:
    Participants(QQuickWindow *window, FlowController &flow, int count, std::function<void(bool)> done)
        : m_window(window), m_flow(flow), m_count(count), m_done(std::move(done))
    {
        QTimer::singleShot(0, this, [this] { step(); });
    }

private:
    void finish(bool ok)
    {
        m_done(ok);
    }
    void step()
    {
        if (m_flow.screen() == QLatin1String("attract")) {
            if (m_started == m_count)
                return finish(true);
            ++m_started;
            m_flow.start();
        } else if (m_flow.screen() == QLatin1String("thanks")) {
            m_flow.next();  // the thank-you screen's "done": back to the start, everything forgotten
        } else {
            m_flow.next();
            if (!m_flow.activityId().isEmpty() && !answer())
                return finish(false);
        }
        QTimer::singleShot(0, this, [this] { step(); });
    }
    bool answer()
    {
        const int n = m_started;
        QQuickItem *loader = findItem(m_window->contentItem(), QStringLiteral("screenLoader"));
        QObject *screen = loader ? loader->property("item").value<QObject *>() : nullptr;
        auto *model = screen ? screen->property("model").value<ActivityModel *>() : nullptr;
        if (!model) {
            std::fprintf(stderr, "ui_bench: no model on the %s screen\n", qPrintable(m_flow.screen()));
            return false;
        }
        if (auto *m = qobject_cast<ValuesModel *>(model)) {
            m->toggle(n % m->rowCount());
            m->toggle((n + 3) % m->rowCount());
        } else if (auto *m = qobject_cast<IdeasModel *>(model)) {
            m->setText(QStringLiteral("Idee nummer %1: meer bankjes langs de Vecht").arg(n));
            m->setIdeaKind(m->kinds().value(n % 3).toMap().value(QStringLiteral("id")).toString());
            m->setTheme(m->data(m->index(n % m->rowCount()), IdeasModel::ThemeIdRole).toString());
        } else if (auto *m = qobject_cast<DotsModel *>(model)) {
            for (int i = 0; i < 10 && m->remaining() > 0; ++i)
                m->add((n + i) % m->rowCount());
        } else if (auto *m = qobject_cast<DilemmaModel *>(model)) {
            m->setPosition(n % m->steps());
        } else if (auto *m = qobject_cast<StatementsModel *>(model)) {
            for (int i = 0; i < m->rowCount(); ++i)
                m->setAnswer(i, QStringList{QStringLiteral("agree"), QStringLiteral("disagree"), QStringLiteral("pass")}.at((n + i) % 3));
        } else if (auto *m = qobject_cast<ProfileModel *>(model)) {
            const QVariantList options = m->data(m->index(0), ProfileModel::OptionsRole).toList();
            m->choose(0, options.value(n % options.size()).toMap().value(QStringLiteral("id")).toString());
        } else if (auto *m = qobject_cast<SatisfactionModel *>(model)) {
            m->setScore(1 + n % 5);
        }
        if (!model->submit()) {
            std::fprintf(stderr, "ui_bench: saving failed on %s: %s\n", qPrintable(m_flow.activityId()),
                         qPrintable(model->context()->sessions().lastError()));
            return false;
        }
        return true;
    }

    QQuickWindow *m_window;
    FlowController &m_flow;
    int m_count;
    int m_started = 0;
    std::function<void(bool)> m_done;
};

// Runs `count` participants through the event loop; false when one could not finish.
bool runParticipants(QQuickWindow *window, FlowController &flow, int count)
{
    QEventLoop loop;
    bool ok = false;
    Participants participants(window, flow, count, [&](bool result) {
        ok = result;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);  // and let the loop tidy up
    });
    loop.exec();
    return ok;
}

int child(const QString &kind, const QString &dataDir, int participants, QElapsedTimer &sinceStart)
{
    if (kind == QLatin1String("bare")) {
        QQmlApplicationEngine engine;
        engine.loadData("import QtQuick\nWindow { width: 1920; height: 1080; color: \"white\"\n"
                        "  Text { anchors.centerIn: parent; text: \"Samenspraak\"; font.pixelSize: 72 } }");
        auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        if (!window || !waitForFrame(window))
            return 1;
        std::printf("frame %lld\nrss %.2f\n", qint64(sinceStart.nsecsElapsed() / 1000), rssMb());
        return 0;
    }
    if (qEnvironmentVariableIsSet("UI_BENCH_TRACE"))
        std::fprintf(stderr, "trace: app object %lld us\n", qint64(sinceStart.nsecsElapsed() / 1000));
    // In the app's order (main.cpp): the font list is read on a second thread while the store opens.
    std::unique_ptr<LoadedUi> prepared = LoadedUi::prepare();
    auto created = AppContext::create(dataDir, CorruptionPolicy::Refuse);
    if (qEnvironmentVariableIsSet("UI_BENCH_TRACE"))
        std::fprintf(stderr, "trace: store and content %lld us\n", qint64(sinceStart.nsecsElapsed() / 1000));
    if (!created.context) {
        std::fprintf(stderr, "ui_bench: %s\n", qPrintable(created.error.message));
        return 1;
    }
    std::unique_ptr<LoadedUi> ui = LoadedUi::load(*created.context, std::move(prepared));
    if (qEnvironmentVariableIsSet("UI_BENCH_TRACE"))
        std::fprintf(stderr, "trace: QML loaded %lld us\n", qint64(sinceStart.nsecsElapsed() / 1000));
    if (!ui->window() || !waitForFrame(ui->window()))
        return 1;
    std::printf("frame %lld\n", qint64(sinceStart.nsecsElapsed() / 1000));
    std::fflush(stdout);
    if (participants <= 0)
        return 0;
    FlowController &flow = UiContext::of(*created.context).flow();
    // One participant first, so every screen type was loaded once before the baseline.
    if (!runParticipants(ui->window(), flow, 1))
        return 1;
    const double before = rssMb();
    if (!runParticipants(ui->window(), flow, participants))
        return 1;
    std::printf("rss_before %.2f\nrss_after %.2f\ncontributions %d\n", before, rssMb(),
                created.context->store().contributionCount());
    return 0;
}

struct ChildResult {
    bool ok = false;
    double frameMs = 0;
    QHash<QString, double> values;
};

// The app starts in one of its two modes; main.cpp sets the input method before the
// application object exists, as the parent does here for the child.
enum class Mode { Bare, Kiosk, Workshop };

ChildResult runChild(Mode mode, const QString &dataDir, int participants)
{
    const QString kind = mode == Mode::Bare ? QStringLiteral("bare") : QStringLiteral("app");
    QProcess p;
    QElapsedTimer t;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.info=false;qt.virtualkeyboard*=false"));
    if (mode == Mode::Kiosk)
        env.insert(QStringLiteral("QT_IM_MODULE"), QStringLiteral("qtvirtualkeyboard"));  // the on-screen keyboard
    else
        env.remove(QStringLiteral("QT_IM_MODULE"));
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    t.start();
    p.start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--child"), kind, QStringLiteral("--data-dir"), dataDir, QStringLiteral("--participants"),
             QString::number(participants)});
    ChildResult r;
    QByteArray out;
    // The first frame, as the parent sees it: from starting the process to the line.
    while (p.waitForReadyRead(60000) || p.state() == QProcess::Running) {
        out += p.readAllStandardOutput();
        if (r.frameMs == 0 && out.contains("frame "))
            r.frameMs = t.nsecsElapsed() / 1e6;
        if (p.state() != QProcess::Running)
            break;
    }
    p.waitForFinished(600000);
    out += p.readAllStandardOutput();
    for (const QByteArray &line : out.split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2)
            r.values.insert(QString::fromLatin1(parts.at(0)), parts.at(1).toDouble());
    }
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0 && r.frameMs > 0;
    return r;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    auto option = [&](const QString &name, int fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const qsizetype childAt = args.indexOf(QStringLiteral("--child"));
    if (childAt >= 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        const qsizetype dirAt = args.indexOf(QStringLiteral("--data-dir"));
        return child(args.value(childAt + 1), dirAt >= 0 ? args.value(dirAt + 1) : QString(),
                     option(QStringLiteral("--participants"), 0), sinceStart);
    }
    QCoreApplication application(argc, argv);
    const bool quick = args.contains(QStringLiteral("--quick"));
    const int runs = option(QStringLiteral("--runs"), quick ? 1 : 7);
    const int participants = option(QStringLiteral("--participants"), quick ? 5 : 100);

    // A kiosk starts on the device it ran on yesterday: the first run sets its data dir up,
    // the measured ones start warm.
    QTemporaryDir device;
    if (!runChild(Mode::Kiosk, device.path(), 0).ok) {
        std::fprintf(stderr, "ui_bench: the app did not start (see above)\n");
        return 1;
    }
    QList<double> bareMs, kioskMs, workshopMs, kioskRatio, workshopRatio, bareRss;
    for (int i = 0; i < runs; ++i) {
        // Alternating, so a busy moment of the machine hits all three alike.
        const ChildResult bare = runChild(Mode::Bare, {}, 0);
        const ChildResult kiosk = runChild(Mode::Kiosk, device.path(), 0);
        const ChildResult workshop = runChild(Mode::Workshop, device.path(), 0);
        if (!bare.ok || !kiosk.ok || !workshop.ok) {
            std::fprintf(stderr, "ui_bench: a measured process failed (see above)\n");
            return 1;
        }
        bareMs << bare.frameMs;
        kioskMs << kiosk.frameMs;
        workshopMs << workshop.frameMs;
        kioskRatio << kiosk.frameMs / bare.frameMs;
        workshopRatio << workshop.frameMs / bare.frameMs;
        bareRss << bare.values.value(QStringLiteral("rss"));
    }
    const ChildResult load = runChild(Mode::Kiosk, device.path(), participants);
    if (!load.ok || !load.values.contains(QStringLiteral("rss_after"))) {
        std::fprintf(stderr, "ui_bench: the participants run failed (see above)\n");
        return 1;
    }
    const double bare = median(bareMs), bareMb = median(bareRss);
    const double before = load.values.value(QStringLiteral("rss_before")), after = load.values.value(QStringLiteral("rss_after"));
    std::printf("ui_bench (offscreen, %d runs each, medians)\n", runs);
    std::printf("  start to first frame (the attract screen, complete): bare Qt Quick window %.0f ms\n", bare);
    std::printf("    kiosk (on-screen keyboard) %.0f ms, ratio %.2f (median of the runs' ratios %.2f; goal <= 1.2)\n",
                median(kioskMs), median(kioskMs) / bare, median(kioskRatio));
    std::printf("    workshop                   %.0f ms, ratio %.2f (median of the runs' ratios %.2f; goal <= 1.2)\n",
                median(workshopMs), median(workshopMs) / bare, median(workshopRatio));
    std::printf("  RSS: bare window %.1f MB; app after 1 participant %.1f MB, after %d more %.1f MB (ratio to bare %.2f)\n",
                bareMb, before, participants, after, after / bareMb);
    std::printf("  RSS growth over %d participants: %.2f MB (goal < 10 MB); %d contributions saved\n", participants,
                after - before, int(load.values.value(QStringLiteral("contributions"))));
    return 0;
}
