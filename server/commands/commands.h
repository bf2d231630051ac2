#pragma once
// The commands of `samenspraak-server`, one per file. Each takes its own arguments (program
// name first, the command word removed), prints what it has to say and returns an exit code
// (commandline::ExitCode). docs/operations.md describes them for staff.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFile>
#include <QStringList>

#include "contentpack.h"
#include "moderation.h"
#include "resultssummary.h"

#include <memory>
#include <optional>

namespace samenspraak::server {

class ServerStore;

namespace commands {

int serve(const QStringList &arguments);            // serve.cpp
int exportContributions(const QStringList &arguments);  // export.cpp
int devices(const QStringList &arguments);          // devices.cpp: enroll-code | list | revoke
int content(const QStringList &arguments);          // content.cpp: publish | list
int backup(const QStringList &arguments);           // backup.cpp
int restore(const QStringList &arguments);          // backup.cpp
int results(const QStringList &arguments);          // results.cpp
int reach(const QStringList &arguments);            // reach.cpp
int report(const QStringList &arguments);           // report.cpp (samenspraak_report: Qt Gui)
int triptych(const QStringList &arguments);         // report.cpp (samenspraak_report: Qt Gui)
int summaries(const QStringList &arguments);        // summaries.cpp: the workshop summaries hubs sent

// --db, which every command takes (database.cpp).
const QCommandLineOption &databaseOption();
// Whether --db was given; says so on stderr when not.
bool requireDatabase(const QCommandLineParser &parser);
// Opens the store --db names; null after saying why on stderr.
std::unique_ptr<ServerStore> openStore(const QCommandLineParser &parser);

// Opens --out (`out`) for writing, or stdout when it is not given; false after saying why.
bool openOutput(QFile &file, const QCommandLineParser &parser, const QCommandLineOption &out);

// --phase and --lang of the commands that show results (roundsource.cpp).
const QCommandLineOption &phaseOption();
const QCommandLineOption &languageOption();
// The published pack, the stored round and its summary for --phase and --lang; nullopt
// after saying why on stderr (no --db, no pack published, an unknown phase). Without
// `withSummary` the summary is left empty (for commands that need only the round).
struct LoadedRound {
    ContentPack pack;
    results::Round round;
    results::Summary summary;
    QList<protocol::SessionRecord> sessions;
    QHash<QString, moderation::Decision> moderation;  // the latest decision per free text
};
std::optional<LoadedRound> loadRound(const QCommandLineParser &parser, bool withSummary = true);

} // namespace commands
} // namespace samenspraak::server
