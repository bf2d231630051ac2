#pragma once
// Runs the QML UI: interactively, as a self-test, or to write screenshots of every screen.

#include <QSize>
#include <QString>

namespace samenspraak {

class AppContext;

struct UiOptions {
    QSize size{1920, 1080};
    bool fullScreen = false;
};

int runUi(AppContext &context, const UiOptions &options);
// Loads every screen in every language; exit code 0 only without a single QML warning.
int runSelfTest(AppContext &context);
// One PNG per screen, language and resolution into `dir`.
int runScreenshots(AppContext &context, const QString &dir);

} // namespace samenspraak
