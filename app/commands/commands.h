#pragma once
// The command-line subcommands of `samenspraak` (everything but the UI itself), one per file.
// Each returns the process exit code (commandline::ExitCode) and prints one clear line per
// problem to stderr.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace samenspraak {
class AppContext;
}

namespace samenspraak::commands {

int simulate(const QStringList &arguments);
int sync(const QStringList &arguments);
int content(const QStringList &arguments);
int enroll(const QStringList &arguments);
int hub(const QStringList &arguments);
int join(const QStringList &arguments);
int rooms(const QStringList &arguments);
int roomState(const QStringList &arguments);

// --data-dir, with the platform's default.
QCommandLineOption dataDirOption();
// The device in the --data-dir the parser read, opened as commands open it (a damaged
// database is refused and left alone); null after printing why it could not be opened.
std::unique_ptr<AppContext> openDevice(const QCommandLineParser &parser);

// An http(s) URL, or an empty one when `text` is not one.
QUrl serverUrlFrom(const QString &text);

} // namespace samenspraak::commands
