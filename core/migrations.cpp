#include "migrations.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QVariant>

Q_LOGGING_CATEGORY(lcMigrations, "samenspraak.migrations")

namespace samenspraak::migrations {

namespace {

Outcome failure(Outcome out, const QString &doing, const QSqlError &error)
{
    out.doing = doing;
    out.error = error;
    return out;
}

} // namespace

Outcome migrate(QSqlDatabase &db, const Plan &plan, int target)
{
    Outcome out;
    const int last = int(plan.steps.size());
    target = target < 0 ? last : qMin(target, last);
    QSqlQuery q(db);
    const bool userVersion = plan.keeping == VersionKeeping::UserVersion;
    if (!userVersion
        && !q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)")))
        return failure(out, QStringLiteral("preparing the schema table"), q.lastError());
    if (!q.exec(userVersion ? QStringLiteral("PRAGMA user_version") : QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"))
        || !q.next())
        return failure(out, QStringLiteral("reading the schema version"), q.lastError());
    out.from = out.to = q.value(0).toInt();
    q.finish();
    if (out.from > last) {
        out.tooNew = true;
        return out;
    }
    for (int v = out.from; v < target; ++v) {
        const QString doing = QStringLiteral("migrating to schema %1").arg(v + 1);
        if (!db.transaction())
            return failure(out, doing, db.lastError());
        for (const QString &statement : plan.steps.at(v)) {
            if (!q.exec(plan.dialect ? plan.dialect(statement) : statement)) {
                const QSqlError error = q.lastError();
                db.rollback();
                return failure(out, doing, error);
            }
        }
        // The version moves inside the same transaction, so a crash leaves the old schema.
        bool moved = false;
        if (userVersion) {
            moved = q.exec(QStringLiteral("PRAGMA user_version=%1").arg(v + 1));
        } else {
            q.prepare(QStringLiteral("INSERT INTO schema_migrations(version, applied_at) VALUES(?, ?)"));
            q.addBindValue(v + 1);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            moved = q.exec();
        }
        if (!moved || !db.commit()) {
            const QSqlError error = moved ? db.lastError() : q.lastError();
            db.rollback();
            return failure(out, doing, error);
        }
        out.to = v + 1;
        qCInfo(lcMigrations) << "migrated" << db.databaseName() << "to schema" << out.to;
    }
    return out;
}

} // namespace samenspraak::migrations
