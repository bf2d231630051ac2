#pragma once
// The command-line subcommands of `samenspraak` (everything but the UI itself). Each returns
// the process exit code and prints one clear line per problem to stderr.

#include <QStringList>

namespace samenspraak {

// Exit codes shared by every command.
enum ExitCode { Ok = 0, Failed = 1, BadUsage = 2, Unreachable = 3, Refused = 4 };

int commandSimulate(const QStringList &arguments);
int commandSync(const QStringList &arguments);
int commandContent(const QStringList &arguments);
int commandEnroll(const QStringList &arguments);

} // namespace samenspraak
