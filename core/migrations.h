#pragma once
// One schema migration runner for every database we keep: the device store (SQLite, version
// in PRAGMA user_version) and the server store (SQLite or PostgreSQL, version in a
// schema_migrations table, which PostgreSQL needs because it has no user_version).
//
// Each step takes the schema from version i to i+1 in one transaction, with the version
// moved inside that same transaction, so a crash leaves the old schema whole. Never edit a
// released step: add one.

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>

namespace samenspraak::migrations {

enum class VersionKeeping {
    UserVersion,      // PRAGMA user_version (SQLite only)
    MigrationsTable,  // schema_migrations(version, applied_at), portable SQL
};

struct Plan {
    QList<QStringList> steps;        // steps[i] takes the schema from i to i+1
    VersionKeeping keeping = VersionKeeping::UserVersion;
    // Rewrites a statement for the driver at hand (e.g. %SERIAL% on PostgreSQL); may be empty.
    std::function<QString(const QString &)> dialect;
};

struct Outcome {
    int from = 0;           // the schema found
    int to = 0;             // the schema now
    bool tooNew = false;    // the database is newer than the plan: nothing was changed
    QString doing;          // what failed, e.g. "migrating to schema 3"
    QSqlError error;        // the driver's error, when a statement failed
    bool ok() const { return !tooNew && !error.isValid() && doing.isEmpty(); }
};

// Brings `db` to `target` (default: the plan's last step). Never downgrades.
[[nodiscard]] Outcome migrate(QSqlDatabase &db, const Plan &plan, int target = -1);

} // namespace samenspraak::migrations
