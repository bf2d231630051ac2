#include <catch2/catch.hpp>

#include "appcontext.h"
#include "sessioncontroller.h"
#include "store.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace samenspraak;
using namespace samenspraak::protocol;

namespace {

QJsonObject picks(std::initializer_list<const char *> ids)
{
    QJsonArray a;
    for (const char *id : ids)
        a.append(QString::fromLatin1(id));
    return {{QStringLiteral("picks"), a}};
}

QVariant pragma(Store &store, const QString &name)
{
    QSqlQuery q(store.db());
    return q.exec(QStringLiteral("PRAGMA ") + name) && q.next() ? q.value(0) : QVariant();
}

} // namespace

TEST_CASE("a new store is migrated, in WAL mode with full sync", "[store]")
{
    QTemporaryDir dir;
    auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
    REQUIRE(opened.store);
    CHECK(pragma(*opened.store, QStringLiteral("user_version")).toInt() == Store::SchemaVersion);
    CHECK(pragma(*opened.store, QStringLiteral("journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(pragma(*opened.store, QStringLiteral("synchronous")).toInt() == 2);  // FULL
    CHECK(pragma(*opened.store, QStringLiteral("foreign_keys")).toInt() == 1);
}

TEST_CASE("migrations run from every earlier schema version", "[store]")
{
    // Version 0 is an empty file; every later version is reached by opening with the
    // migrations cut short, so each step is proven on a database left by the one before.
    for (int from = 0; from < Store::SchemaVersion; ++from) {
        QTemporaryDir dir;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
            db.setDatabaseName(QDir(dir.path()).filePath(QStringLiteral("samenspraak.db")));
            REQUIRE(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version=%1").arg(from));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("seed"));
        auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
        INFO("from schema " << from);
        REQUIRE(opened.store);
        CHECK(pragma(*opened.store, QStringLiteral("user_version")).toInt() == Store::SchemaVersion);
    }
}

TEST_CASE("a database from a newer app is refused and left alone", "[store]")
{
    QTemporaryDir dir;
    {
        auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
        QSqlQuery(opened.store->db()).exec(QStringLiteral("PRAGMA user_version=99"));
    }
    auto opened = Store::open(dir.path(), CorruptionPolicy::MoveAside);
    REQUIRE_FALSE(opened.store);
    CHECK(opened.error.code == StoreError::Invalid);
    CHECK(opened.error.message.contains(QStringLiteral("newer version of Samenspraak (schema 99")));
}

TEST_CASE("contributions are immutable and never deleted", "[store]")
{
    QTemporaryDir dir;
    auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
    REQUIRE(created.context);
    SessionController &sessions = created.context->sessions();
    REQUIRE(sessions.submitJson(QStringLiteral("waarden"), picks({"respect"})));
    Store &store = created.context->store();
    QSqlQuery q(store.db());
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE contributions SET payload = '{}'")));
    CHECK(q.lastError().text().contains(QStringLiteral("contributions are immutable")));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM contributions")));
    CHECK(q.lastError().text().contains(QStringLiteral("never deleted")));
    CHECK(store.contributionCount() == 1);
}

TEST_CASE("a changed answer supersedes the earlier one", "[store]")
{
    QTemporaryDir dir;
    auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
    REQUIRE(created.context);
    SessionController &sessions = created.context->sessions();
    REQUIRE(sessions.submitJson(QStringLiteral("waarden"), picks({"respect"})));
    REQUIRE(sessions.submitJson(QStringLiteral("waarden"), picks({"groen", "dynamiek"})));
    const auto all = created.context->store().contributions();
    REQUIRE(all.size() == 2);
    CHECK(all.at(1).supersedes == all.at(0).id);
    const auto current = created.context->store().currentContributions(QStringLiteral("waarden"));
    REQUIRE(current.size() == 1);
    CHECK(current.first().id == all.at(1).id);
    CHECK(all.at(1).deviceSeq > all.at(0).deviceSeq);
}

TEST_CASE("invalid answers are refused with a reason and not stored", "[store]")
{
    QTemporaryDir dir;
    auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
    REQUIRE(created.context);
    SessionController &sessions = created.context->sessions();
    CHECK_FALSE(sessions.submitJson(QStringLiteral("waarden"), picks({"respect", "groen", "dynamiek", "nuchterheid"})));
    CHECK(sessions.lastError() == QStringLiteral("payload.picks holds 4 values; at most 3 may be picked"));
    CHECK_FALSE(sessions.submitJson(QStringLiteral("nope"), picks({"respect"})));
    CHECK(sessions.lastError() == QStringLiteral("Unknown activity 'nope'."));
    CHECK(created.context->store().contributionCount() == 0);
}

TEST_CASE("the outbox follows the server's per-record answers", "[store][sync]")
{
    QTemporaryDir dir;
    auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
    REQUIRE(created.context);
    SessionController &sessions = created.context->sessions();
    for (int i = 0; i < 3; ++i)
        REQUIRE(sessions.submitJson(QStringLiteral("waarden"), picks({"respect"})));
    Store &store = created.context->store();
    CHECK(store.pendingCount() == 4);  // one session, three contributions
    const auto pending = store.pendingContributions(10);
    REQUIRE(pending.size() == 3);
    REQUIRE(store.sessionsFor(pending).size() == 1);

    REQUIRE(store.applyResults({{QStringLiteral("session"), sessions.sessionId(), RecordStatus::Stored, {}},
                                {QStringLiteral("contribution"), pending.at(0).id, RecordStatus::Stored, {}},
                                {QStringLiteral("contribution"), pending.at(1).id, RecordStatus::Duplicate, {}},
                                {QStringLiteral("contribution"), pending.at(2).id, RecordStatus::Conflict, QStringLiteral("differs")}}));
    CHECK(store.pendingCount() == 0);
    CHECK(store.quarantinedCount() == 1);
    CHECK(store.contributionCount() == 3);  // quarantined is kept, not dropped
    CHECK_FALSE(store.lastSyncAt().isEmpty());
}

TEST_CASE("a record the server keeps failing on is quarantined, not retried forever", "[store][sync]")
{
    QTemporaryDir dir;
    auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
    REQUIRE(created.context);
    REQUIRE(created.context->sessions().submitJson(QStringLiteral("waarden"), picks({"respect"})));
    Store &store = created.context->store();
    const QString id = store.pendingContributions(1).first().id;
    for (int i = 0; i < Store::PoisonAttempts - 1; ++i)
        REQUIRE(store.recordServerFailure({id}, QStringLiteral("HTTP 500")));
    CHECK(store.quarantinedCount() == 0);
    REQUIRE(store.recordServerFailure({id}, QStringLiteral("HTTP 500")));
    CHECK(store.quarantinedCount() == 1);
    CHECK(store.pendingContributions(10).isEmpty());
}

TEST_CASE("a damaged database is refused untouched, or moved aside, never deleted", "[store]")
{
    QTemporaryDir dir;
    const QString path = QDir(dir.path()).filePath(QStringLiteral("samenspraak.db"));
    QByteArray garbage(8192, 'x');
    garbage.prepend("SQLite format 3");  // looks like SQLite, is not
    {
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    auto refused = Store::open(dir.path(), CorruptionPolicy::Refuse);
    REQUIRE_FALSE(refused.store);
    CHECK(refused.error.code == StoreError::Corrupt);
    CHECK(refused.error.message.contains(QStringLiteral("is damaged")));
    CHECK(readFile(path) == garbage);

    auto moved = Store::open(dir.path(), CorruptionPolicy::MoveAside);
    REQUIRE(moved.store);
    REQUIRE_FALSE(moved.movedAsideTo.isEmpty());
    CHECK(readFile(moved.movedAsideTo) == garbage);
    CHECK(moved.store->contributionCount() == 0);
}

TEST_CASE("a data dir that cannot be written is a clear error", "[store]")
{
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("not-a-dir"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    auto opened = Store::open(file, CorruptionPolicy::Refuse);
    REQUIRE_FALSE(opened.store);
    CHECK(opened.error.code == StoreError::DataDir);
    CHECK(opened.error.message == QStringLiteral("The data dir %1 is a file, not a directory. Choose another path with --data-dir.").arg(file));
}

TEST_CASE("a full disk fails the save clearly and keeps what was saved", "[store]")
{
    QTemporaryDir dir;
    auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
    REQUIRE(created.context);
    Store &store = created.context->store();
    SessionController &sessions = created.context->sessions();
    REQUIRE(sessions.submitJson(QStringLiteral("waarden"), picks({"respect"})));
    const auto before = store.contributions();
    QSqlQuery q(store.db());
    REQUIRE(q.exec(QStringLiteral("PRAGMA page_count")));
    REQUIRE(q.next());
    store.setMaxPageCount(q.value(0).toInt());  // no room for one more page

    const QJsonObject big{{QStringLiteral("text"), QString(480, QLatin1Char('x'))}, {QStringLiteral("ideaKind"), QStringLiteral("concern")},
                          {QStringLiteral("theme"), QStringLiteral("wonen")}};
    bool failed = false;
    for (int i = 0; i < 200 && !failed; ++i)
        failed = !sessions.submitJson(QStringLiteral("kansen-en-zorgen"), big);
    REQUIRE(failed);
    CHECK(sessions.lastError().startsWith(QStringLiteral("The storage is full while saving an answer; this was not saved.")));
    store.setMaxPageCount(1'000'000);
    const auto after = store.contributions();
    REQUIRE(after.size() >= before.size());
    CHECK(after.first() == before.first());
    QSqlQuery check(store.db());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok"));
}
