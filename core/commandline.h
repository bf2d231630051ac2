#pragma once
// The conventions every command of `samenspraak` and `samenspraak-server` keeps: the exit
// codes, one line per problem on stderr prefixed with the program's name, --help on stdout,
// and a content pack's problems as FILE:json-path: message.

#include "contentpack.h"

#include <QCommandLineParser>
#include <QStringList>

namespace samenspraak::commandline {

// StorageFull: the device's own storage is full (opslag vol); what is saved stays saved.
enum ExitCode { Ok = 0, Failed = 1, BadUsage = 2, Unreachable = 3, Refused = 4, StorageFull = 5 };

// "PROGRAM: message" on stderr; PROGRAM is the application name.
void printError(const QString &message);

// Parses `arguments` (the command's own, program name first) with --help added. False when
// the command should stop: the arguments are wrong (said on stderr) or help was printed.
[[nodiscard]] bool parse(QCommandLineParser &parser, const QStringList &arguments);

// One line per problem, FILE:PATH: MESSAGE, on stdout (the checker's output is the answer).
void printPackProblems(const QString &file, const QList<ContentProblem> &problems);
// One line per warning (the pack is valid and used), FILE:PATH: warning: MESSAGE, on stdout.
void printPackWarnings(const QString &file, const QList<ContentProblem> &warnings);

} // namespace samenspraak::commandline
