#pragma once
// Runs the QML UI: interactively, as a self-test, or to write screenshots of every screen
// and state. The benchmark loads it the same way through LoadedUi.

#include <QSize>
#include <QString>

#include <memory>
#include <vector>

class QQmlApplicationEngine;
class QQmlComponent;
class QQuickWindow;
class QThread;

namespace samenspraak {

class AppContext;

struct UiOptions {
    QSize size{1920, 1080};
    bool fullScreen = false;
};

// The UI as the app loads it: the QML engine with the device's services and its translators,
// the window. The device's sync (AppContext::startSync) runs with or without it.
class LoadedUi {
public:
    // The engine, and the system's font list read on a second thread while the caller opens
    // the store and reads the content pack; the QML loader thread meanwhile imports what the
    // window and the attract screen need. Needs the application object; nothing of the device.
    static std::unique_ptr<LoadedUi> prepare();
    // Creates the window on `prepared` (or on a fresh engine) with the device's services and
    // translators.
    static std::unique_ptr<LoadedUi> load(AppContext &context, std::unique_ptr<LoadedUi> prepared = {});
    ~LoadedUi();
    QQuickWindow *window() const { return m_window; }
    QQmlApplicationEngine &engine() const { return *m_engine; }

private:
    LoadedUi() = default;
    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<QThread> m_fontWarmUp;
    std::vector<std::unique_ptr<QQmlComponent>> m_preloaded;  // loading asynchronously, never created
    std::unique_ptr<class Translations> m_translations;
    QQuickWindow *m_window = nullptr;
};

int runUi(AppContext &context, const UiOptions &options, std::unique_ptr<LoadedUi> prepared = {});
// Loads every screen and state in every language and at 100% and 200% text; exit code 0
// only without a single QML warning. demoData: the data dir is a scratch one, so sample
// participants and the facilitator's PIN states may be used.
int runSelfTest(AppContext &context, bool demoData = false);
// One PNG per screen/state, language, resolution (kiosk 1920x1080, tablet 1280x800) and
// text size into `dir`, e.g. values_nl_kiosk-1920x1080_text200.png.
int runScreenshots(AppContext &context, const QString &dir, bool demoData = false);

} // namespace samenspraak
