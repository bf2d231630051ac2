#pragma once
// The command-line subcommands of `samenspraak` (everything but the UI itself), one per file.
// Each returns the process exit code (commandline::ExitCode) and prints one clear line per
// problem to stderr.

#include <QCommandLineOption>
#include <QStringList>
#include <QUrl>

namespace samenspraak::commands {

int simulate(const QStringList &arguments);
int sync(const QStringList &arguments);
int content(const QStringList &arguments);
int enroll(const QStringList &arguments);

// --data-dir, with the platform's default.
QCommandLineOption dataDirOption();
// An http(s) URL, or an empty one when `text` is not one.
QUrl serverUrlFrom(const QString &text);

} // namespace samenspraak::commands
