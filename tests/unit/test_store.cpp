#include <catch2/catch.hpp>

#include "answers.h"
#include "appcontext.h"
#include "contentpack.h"
#include "sessioncontroller.h"
#include "results.h"
#include "roomoutbox.h"
#include "store.h"
#include "processes.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>

#include <sys/stat.h>

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

// A full disk: the database may not grow, and ideas are saved until one no longer fits.
// True once a save failed (as it must within 200).
bool fillUntilFull(Store &store, SessionController &sessions)
{
    QSqlQuery q(store.db());
    if (!q.exec(QStringLiteral("PRAGMA page_count")) || !q.next())
        return false;
    store.setMaxPageCount(q.value(0).toInt());  // no room for one more page
    const QJsonObject big{{QStringLiteral("text"), QString(480, QLatin1Char('x'))}, {QStringLiteral("ideaKind"), QStringLiteral("concern")},
                          {QStringLiteral("theme"), QStringLiteral("wonen")}};
    for (int i = 0; i < 200; ++i)
        if (!sessions.submitJson(QStringLiteral("kansen-en-zorgen"), big))
            return true;
    return false;
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

namespace {

// Fills a database left at an earlier schema with what a device of that release holds.
void seedRelease(Store &store, const QString &version)
{
    ContentPack pack = *loadContentPack(defaultPackPath()).pack;
    pack.version = version;
    REQUIRE_FALSE(store.installContent(pack));
    REQUIRE_FALSE(store.setSetting(QStringLiteral("server_url"), QStringLiteral("http://127.0.0.1:9")));
    const SessionRecord session{newId(), QStringLiteral("workshop"), QStringLiteral("hoonhorst-1"), version, QStringLiteral("nl"), nowIso()};
    REQUIRE_FALSE(store.saveSession(session));
    for (const char *value : {"respect", "erbij-horen"}) {
        ContributionRecord c{newId(), session.id, QStringLiteral("waarden"), QStringLiteral("values"), version, picks({value}),
                             nowIso(), 0, {}};
        REQUIRE_FALSE(store.saveContribution(c));
    }
}

} // namespace

TEST_CASE("migrations run from every earlier schema version", "[store]")
{
    // Each earlier version is built by opening with the migrations cut short, and filled with
    // data as that release would have left it; the upgrade must keep every byte of it.
    for (int from = 0; from < Store::SchemaVersion; ++from) {
        INFO("from schema " << from);
        QTemporaryDir dir;
        QList<ContributionRecord> before;
        QString deviceId;
        {
            auto old = Store::open(dir.path(), CorruptionPolicy::Refuse, from);
            REQUIRE(old.store);
            REQUIRE(pragma(*old.store, QStringLiteral("user_version")).toInt() == from);
            if (from >= 1) {
                seedRelease(*old.store, QStringLiteral("2026.1"));
                deviceId = old.store->deviceId();
                before = old.store->contributions();
                REQUIRE(before.size() == 2);
            }
        }
        auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
        REQUIRE(opened.store);
        Store &store = *opened.store;
        CHECK(pragma(store, QStringLiteral("user_version")).toInt() == Store::SchemaVersion);
        CHECK(pragma(store, QStringLiteral("integrity_check")).toString() == QStringLiteral("ok"));
        CHECK(store.contributions() == before);
        if (from >= 1) {
            CHECK(store.deviceId() == deviceId);
            CHECK(store.setting(QStringLiteral("server_url")) == QStringLiteral("http://127.0.0.1:9"));
            CHECK(store.contentVersions() == QStringList{QStringLiteral("2026.1")});
            CHECK(store.pendingCount() == 3);  // one session and two answers still to send
        }
        // Version 2: content versions are looked up by index and cannot be edited. Version 3:
        // what replaced an answer is looked up by index.
        QSqlQuery q(store.db());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                      "('contributions_by_content_version', 'sessions_by_content_version', 'content_versions_immutable',"
                                      " 'contributions_by_supersedes')")));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 4);
        // And the upgraded store keeps working: a new answer goes in next to the old ones.
        if (from >= 1) {
            seedRelease(store, QStringLiteral("2026.2"));
            CHECK(store.contributionCount() == 4);
        }
    }
}

TEST_CASE("an interrupted migration leaves the earlier schema and its data", "[store]")
{
    QTemporaryDir dir;
    {
        auto old = Store::open(dir.path(), CorruptionPolicy::Refuse, 1);
        REQUIRE(old.store);
        seedRelease(*old.store, QStringLiteral("2026.1"));
        // A step that cannot complete: the index name is taken, so the step's transaction fails.
        QSqlQuery q(old.store->db());
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE sessions_by_content_version (x)")));
    }
    auto failed = Store::open(dir.path(), CorruptionPolicy::Refuse);
    REQUIRE_FALSE(failed.store);
    CHECK(failed.error.message.contains(QStringLiteral("migrating to schema 2")));
    failed = {};
    auto old = Store::open(dir.path(), CorruptionPolicy::Refuse, 1);
    REQUIRE(old.store);
    CHECK(pragma(*old.store, QStringLiteral("user_version")).toInt() == 1);
    CHECK(old.store->contributionCount() == 2);
    QSqlQuery q(old.store->db());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'contributions_by_content_version'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);  // the first statement of the step was rolled back too
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
    REQUIRE(sessions.submitJson(QStringLiteral("waarden"), picks({"erbij-horen", "dynamiek"})));
    const auto all = created.context->store().contributions();
    REQUIRE(all.size() == 2);
    CHECK(all.at(1).supersedes == all.at(0).id);
    const auto current = results::Round(created.context->store().contributions()).answers(QStringLiteral("waarden"));
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
    CHECK_FALSE(sessions.submitJson(QStringLiteral("waarden"), picks({"respect", "erbij-horen", "dynamiek", "nuchterheid"})));
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

TEST_CASE("a write group: one batch's acknowledgements and the next batch's freeze commit together", "[store][sync]")
{
    QTemporaryDir dir;
    auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
    REQUIRE(created.context);
    SessionController &sessions = created.context->sessions();
    for (int i = 0; i < 4; ++i)
        REQUIRE(sessions.submitJson(QStringLiteral("waarden"), picks({"respect"})));
    Store &store = created.context->store();
    const auto pending = store.pendingContributions(10);
    REQUIRE(pending.size() == 4);

    // What another connection sees: only what is committed.
    const QString other = QStringLiteral("write-group-observer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        db.setDatabaseName(QDir(dir.path()).filePath(QStringLiteral("samenspraak.db")));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
        REQUIRE(db.open());
    }
    auto committed = [&](const QString &sql) {
        QSqlQuery q(QSqlDatabase::database(other));
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    };
    const QString acked = QStringLiteral("SELECT count(*) FROM contributions WHERE sync_state = 1");
    const QString frozen = QStringLiteral("SELECT count(*) FROM contributions WHERE attempts > 0 AND id IN ('%1', '%2')")
                               .arg(pending.at(2).id, pending.at(3).id);

    REQUIRE(store.beginWriteGroup());
    REQUIRE(store.applyResults({{QStringLiteral("contribution"), pending.at(0).id, RecordStatus::Stored, {}},
                                {QStringLiteral("contribution"), pending.at(1).id, RecordStatus::Duplicate, {}}}));
    REQUIRE(store.markSendAttempt({pending.at(2).id, pending.at(3).id}));
    // Inside the group the store sees its own writes; nothing is committed yet.
    CHECK(store.pendingCount() == 3);  // the session and the two frozen ones
    CHECK(committed(acked) == 0);
    CHECK(committed(frozen) == 0);
    REQUIRE(store.commitWriteGroup());
    CHECK(committed(acked) == 2);
    CHECK(committed(frozen) == 2);
    // Outside a group each write commits on its own again.
    REQUIRE(store.applyResults({{QStringLiteral("contribution"), pending.at(2).id, RecordStatus::Stored, {}}}));
    CHECK(committed(acked) == 3);
    QSqlDatabase::removeDatabase(other);
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

namespace {

int modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

} // namespace

TEST_CASE("the data dir and the database files are readable by their own user only, made so and checked at open", "[store][privacy]")
{
    QTemporaryDir parent;
    const QString dir = QDir(parent.path()).filePath(QStringLiteral("device"));
    const QString db = QDir(dir).filePath(QStringLiteral("samenspraak.db"));
    const mode_t oldMask = ::umask(022);  // the usual umask: left alone, files would be 0644
    {
        auto opened = Store::open(dir, CorruptionPolicy::Refuse);
        REQUIRE(opened.store);
        CHECK(modeOf(dir) == 0700);
        CHECK(modeOf(db) == 0600);
        CHECK(modeOf(db + QStringLiteral("-wal")) == 0600);
        CHECK(modeOf(db + QStringLiteral("-shm")) == 0600);
    }
    // As an older release left them: opened again, they are tightened.
    REQUIRE(::chmod(QFile::encodeName(dir).constData(), 0755) == 0);
    REQUIRE(::chmod(QFile::encodeName(db).constData(), 0644) == 0);
    {
        auto opened = Store::open(dir, CorruptionPolicy::Refuse);
        REQUIRE(opened.store);
        CHECK(modeOf(dir) == 0700);
        CHECK(modeOf(db) == 0600);
        CHECK(modeOf(db + QStringLiteral("-wal")) == 0600);
    }
    ::umask(oldMask);
}

TEST_CASE("the enrollment token lives in a 0600 file, and one an older release kept in the database is moved out and wiped", "[store][privacy]")
{
    QTemporaryDir dir;
    const QString token = QStringLiteral("tok3n-") + QString(37, QLatin1Char('Q'));
    {
        auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
        REQUIRE(opened.store);
        // What an older release did: the token in the settings table.
        REQUIRE_FALSE(opened.store->setSetting(QStringLiteral("device_token"), token));
        CHECK(opened.store->deviceToken().isEmpty());
    }
    auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
    REQUIRE(opened.store);
    Store &store = *opened.store;
    CHECK(store.deviceToken() == token);
    CHECK(store.setting(QStringLiteral("device_token")).isEmpty());
    CHECK(modeOf(store.tokenPath()) == 0600);
    CHECK(store.tokenPath() == QDir(dir.path()).filePath(QStringLiteral("device-token")));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        INFO("file " << suffix.toStdString());
        CHECK_FALSE(readFileBytes(store.path() + suffix).contains(token.toUtf8()));
    }
    REQUIRE_FALSE(store.setDeviceToken(QStringLiteral("another")));
    CHECK(store.deviceToken() == QStringLiteral("another"));
    CHECK(modeOf(store.tokenPath()) == 0600);
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
    REQUIRE(fillUntilFull(store, sessions));
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

TEST_CASE("content versions are kept while contributions refer to them", "[store]")
{
    QTemporaryDir dir;
    ContentPack pack = *loadContentPack(defaultPackPath()).pack;
    auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
    REQUIRE(opened.store);
    Store &store = *opened.store;
    auto install = [&](const char *version) {
        ContentPack p = pack;
        p.version = QString::fromLatin1(version);
        REQUIRE_FALSE(store.installContent(p));
    };
    install("2026.1");  // answered in: kept
    install("2026.2");  // never used: removed
    install("2026.3");  // only a session started in it: kept
    install("2026.4");  // current: kept
    const SessionRecord s1{newId(), QStringLiteral("kiosk"), {}, QStringLiteral("2026.1"), QStringLiteral("nl"), nowIso()};
    REQUIRE_FALSE(store.saveSession(s1));
    ContributionRecord c{newId(), s1.id, QStringLiteral("waarden"), QStringLiteral("values"), QStringLiteral("2026.1"),
                         picks({"respect"}), nowIso(), 0, {}};
    REQUIRE_FALSE(store.saveContribution(c));
    const SessionRecord s3{newId(), QStringLiteral("kiosk"), {}, QStringLiteral("2026.3"), QStringLiteral("nl"), nowIso()};
    REQUIRE_FALSE(store.saveSession(s3));

    CHECK(store.pruneContent(QStringLiteral("2026.4")) == 1);
    CHECK(store.contentVersions() == QStringList{QStringLiteral("2026.1"), QStringLiteral("2026.3"), QStringLiteral("2026.4")});
    CHECK_FALSE(store.contentJson(QStringLiteral("2026.1")).isEmpty());
    CHECK(store.pruneContent(QStringLiteral("2026.4")) == 0);  // nothing more to remove

    // Even by hand, a version in use cannot be removed or altered.
    QSqlQuery q(store.db());
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM content_versions WHERE version = '2026.1'")));
    CHECK(q.lastError().text().contains(QStringLiteral("FOREIGN KEY constraint failed")));
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE content_versions SET pack_json = '{}' WHERE version = '2026.4'")));
    CHECK(q.lastError().text().contains(QStringLiteral("content versions are immutable")));
}

TEST_CASE("a published content version is never replaced by different content", "[store]")
{
    QTemporaryDir dir;
    auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
    REQUIRE(opened.store);
    ContentPack pack = *loadContentPack(defaultPackPath()).pack;
    REQUIRE_FALSE(opened.store->installContent(pack));
    REQUIRE_FALSE(opened.store->installContent(pack));  // the same bytes again: fine
    ContentPack changed = pack;
    changed.raw.replace("Dalfsen 2040: praat mee", "Dalfsen 2040: doe mee");
    changed.sha256 = "0000";
    const StoreError e = opened.store->installContent(changed);
    CHECK(e.code == StoreError::Invalid);
    CHECK(e.message == QStringLiteral("Content version %1 is already installed with different content. "
                                      "Give the changed pack a new version.").arg(pack.version));
    CHECK(opened.store->contentJson(pack.version) == pack.raw);
}

namespace {

// What a resident may read: no path, no field or key name, no quoted id, no English words
// when the device speaks Dutch.
void checkResidentSentence(const QString &shown, const QString &technical)
{
    INFO("shown: " << shown.toStdString() << " / technical: " << technical.toStdString());
    CHECK_FALSE(shown.isEmpty());
    CHECK(shown != technical);
    CHECK_FALSE(shown.contains(QLatin1Char('/')));
    CHECK_FALSE(shown.contains(QLatin1Char('\'')));
    CHECK_FALSE(shown.contains(QLatin1Char('_')));
    CHECK_FALSE(shown.contains(QStringLiteral("payload")));
    CHECK_FALSE(shown.contains(QRegularExpression(QStringLiteral("\\b[a-z]+\\.[a-z]+\\b"))));  // picks.x, file.db
}

bool hasEnglish(const QString &text)
{
    static const QRegularExpression words(QStringLiteral("\\b(the|not|was|saved|storage|answer|value|pick|staff)\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    return text.contains(words);
}

} // namespace

TEST_CASE("a resident sees a plain sentence in their language, staff the technical reason", "[store][i18n]")
{
    QTemporaryDir dir;
    auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
    REQUIRE(created.context);
    SessionController &sessions = created.context->sessions();
    CHECK(sessions.residentError().isEmpty());

    // An answer the pack does not allow.
    REQUIRE_FALSE(sessions.submitJson(QStringLiteral("waarden"), picks({"respect", "noaberschap", "dynamiek", "nuchterheid"})));
    CHECK(sessions.lastError().contains(QStringLiteral("payload.picks")));
    checkResidentSentence(sessions.residentError(), sessions.lastError());
    CHECK_FALSE(hasEnglish(sessions.residentError()));

    // A full disk: the resident hears that earlier answers are safe and whom to tell.
    REQUIRE(sessions.submitJson(QStringLiteral("waarden"), picks({"respect"})));
    CHECK(sessions.residentError().isEmpty());
    Store &store = created.context->store();
    REQUIRE(fillUntilFull(store, sessions));
    const QString dutch = sessions.residentError();
    checkResidentSentence(dutch, sessions.lastError());
    CHECK_FALSE(hasEnglish(dutch));
    CHECK(dutch.contains(QStringLiteral("eerdere antwoorden zijn wel bewaard")));
    CHECK(dutch.contains(QStringLiteral("medewerker")));

    // In English mode the same failure reads in English.
    QTranslator english;
    REQUIRE(english.load(QStringLiteral(":/i18n/samenspraak_en.qm")));
    QCoreApplication::installTranslator(&english);
    const QString inEnglish = sessions.residentError();
    QCoreApplication::removeTranslator(&english);
    checkResidentSentence(inEnglish, sessions.lastError());
    CHECK(inEnglish != dutch);
    CHECK(hasEnglish(inEnglish));
    store.setMaxPageCount(1'000'000);

    // Saving again clears it.
    REQUIRE(sessions.submitJson(QStringLiteral("waarden"), picks({"respect"})));
    CHECK(sessions.residentError().isEmpty());
}

TEST_CASE("after acknowledgement plus the retention, free text and profiles are gone from the database file and its WAL", "[store][privacy]")
{
    QTemporaryDir dir;
    auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
    REQUIRE(created.context);
    AppContext &context = *created.context;
    Store &store = context.store();
    CHECK(context.pack().privacy.deviceRetentionDays == 7);  // the default when a pack says nothing
    const QString version = context.pack().version;
    const SessionRecord session{newId(), QStringLiteral("kiosk"), QString(), version, QStringLiteral("nl"), nowIso()};
    REQUIRE_FALSE(store.saveSession(session));
    const QString secret = QStringLiteral("Mijn buurman Jansen op de Kerkstraat 12 parkeert altijd op de stoep");
    answers::Idea idea{secret, QStringLiteral("concern"), QStringLiteral("wonen")};
    answers::Profile profile;
    profile.answers.insert(QStringLiteral("kern"), QStringLiteral("hoonhorst"));
    ContributionRecord records[] = {
        {newId(), session.id, QStringLiteral("kansen-en-zorgen"), QStringLiteral("ideas"), version, idea.toJson(), nowIso(), 0, {}},
        {newId(), session.id, QStringLiteral("profiel"), QStringLiteral("profile"), version, profile.toJson(), nowIso(), 0, {}},
        {newId(), session.id, QStringLiteral("waarden"), QStringLiteral("values"), version, picks({"respect"}), nowIso(), 0, {}},
    };
    QList<RecordResult> acks{{QStringLiteral("session"), session.id, RecordStatus::Stored, {}}};
    for (ContributionRecord &c : records) {
        REQUIRE_FALSE(store.saveContribution(c));
        acks.append({QStringLiteral("contribution"), c.id, RecordStatus::Stored, {}});
    }
    const QByteArray ideaHash = QCryptographicHash::hash(canonical(records[0]), QCryptographicHash::Sha256).toHex();
    auto onDisk = [&](const QString &suffix) { return readFileBytes(store.path() + suffix); };
    REQUIRE(onDisk(QStringLiteral("-wal")).contains(secret.toUtf8()));  // the test can see the text while it is there

    // Not acknowledged yet: nothing is removed, whatever the retention.
    int purged = -1;
    REQUIRE_FALSE(store.purge(0, QDateTime::currentDateTimeUtc(), &purged));
    CHECK(purged == 0);
    REQUIRE(store.applyResults(acks));
    // Acknowledged, but the retention (7 days) has not passed.
    REQUIRE_FALSE(store.purge(7, QDateTime::currentDateTimeUtc(), &purged));
    CHECK(purged == 0);
    CHECK(store.retained().personal == 2);
    // Eight days on: the idea and the profile go; the values answer (no free text) stays.
    REQUIRE_FALSE(store.purge(7, QDateTime::currentDateTimeUtc().addDays(8), &purged));
    CHECK(purged == 2);
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        INFO("file samenspraak.db" << suffix.toStdString());
        CHECK_FALSE(onDisk(suffix).contains(secret.toUtf8()));
    }
    const Store::Retained kept = store.retained();
    CHECK(kept.answers == 3);
    CHECK(kept.personal == 0);
    CHECK(kept.purged == 2);
    QStringList left;
    for (const ContributionRecord &c : store.contributions())
        left << c.id;
    CHECK(left == QStringList{records[2].id});
    QSqlQuery q(store.db());
    REQUIRE(q.exec(QStringLiteral("SELECT canonical_sha256, payload FROM contributions WHERE id = '%1'").arg(records[0].id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toByteArray() == ideaHash);  // what was sent can still be matched with the server's copy
    CHECK(q.value(1).toString() == QStringLiteral("{}"));
    REQUIRE(q.exec(QStringLiteral("SELECT payload FROM contributions WHERE id = '%1'").arg(records[1].id)));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("{}"));  // the profile (kern hoonhorst) is gone too
    // Still immutable otherwise: a purged record cannot be changed back or deleted.
    CHECK_FALSE(q.exec(QStringLiteral("UPDATE contributions SET payload = '{\"text\":\"x\"}' WHERE id = '%1'").arg(records[0].id)));
    CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM contributions WHERE id = '%1'").arg(records[0].id)));

    // The server restored from a backup: the purged records cannot be sent again; it is said.
    REQUIRE_FALSE(store.noteServerEpoch(QStringLiteral("http://server"), QStringLiteral("one")));  // first contact
    REQUIRE(store.noteServerEpoch(QStringLiteral("http://server"), QStringLiteral("two")));
    CHECK(store.pendingCount() == 2);  // the session and the values answer
    CHECK(store.retained().notResent == 2);
}

TEST_CASE("with retention 0, a sync during a session leaves that session's answers until it ends", "[store][privacy]")
{
    QTemporaryDir dir;
    // The shipped pack with the retention set to 0 (remove at the first chance).
    QJsonObject pack = QJsonDocument::fromJson(readFileBytes(defaultPackPath())).object();
    QJsonObject privacy = pack.value(QStringLiteral("privacy")).toObject();
    privacy.insert(QStringLiteral("deviceRetentionDays"), 0);
    pack.insert(QStringLiteral("privacy"), privacy);
    const QString packPath = dir.filePath(QStringLiteral("pack.json"));
    {
        QFile f(packPath);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(pack).toJson());
    }
    auto created = AppContext::create(dir.filePath(QStringLiteral("data")), CorruptionPolicy::Refuse, packPath);
    REQUIRE(created.context);
    AppContext &context = *created.context;
    REQUIRE(context.pack().privacy.deviceRetentionDays == 0);
    Store &store = context.store();
    SessionController &sessions = context.sessions();
    // An earlier participant who has finished: their answers are due at once after the ack.
    REQUIRE(sessions.submitJson(QStringLiteral("kansen-en-zorgen"),
                                answers::Idea{QStringLiteral("Een bankje bij de brink"), QStringLiteral("solution"), QStringLiteral("wonen")}.toJson()));
    sessions.end();
    // The participant now at the screen has given a profile and an idea.
    answers::Profile profile;
    profile.answers.insert(QStringLiteral("kern"), QStringLiteral("hoonhorst-kern"));
    REQUIRE(sessions.submitJson(QStringLiteral("profiel"), profile.toJson()));
    const QString secret = QStringLiteral("De stoep bij de school is te smal");
    REQUIRE(sessions.submitJson(QStringLiteral("kansen-en-zorgen"), answers::Idea{secret, QStringLiteral("concern"), QStringLiteral("wonen")}.toJson()));
    const QString current = sessions.sessionId();
    // A background sync uploads and is acknowledged while they are still answering...
    QList<RecordResult> acks;
    for (const SessionRecord &s : store.pendingSessions(100))
        acks.append({QStringLiteral("session"), s.id, RecordStatus::Stored, {}});
    for (const ContributionRecord &c : store.pendingContributions(100))
        acks.append({QStringLiteral("contribution"), c.id, RecordStatus::Stored, {}});
    REQUIRE(acks.size() == 5);
    REQUIRE(store.applyResults(acks));
    // ...and then removes what is due (SyncService does this after every upload): only the
    // finished participant's idea, not the current one's profile and idea.
    CHECK(context.purgeExpired() == 1);
    QStringList kept;
    for (const ContributionRecord &c : store.contributions(current))
        kept << c.activityId + QLatin1Char('=') + QString::fromUtf8(QJsonDocument(c.payload).toJson(QJsonDocument::Compact));
    CHECK(kept.size() == 2);
    CHECK(kept.join(QLatin1Char(' ')).contains(secret));
    CHECK(kept.join(QLatin1Char(' ')).contains(QStringLiteral("hoonhorst")));
    CHECK(store.retained().personal == 2);
    // Going back and changing the idea still supersedes the stored one.
    REQUIRE(sessions.submitJson(QStringLiteral("kansen-en-zorgen"),
                                answers::Idea{secret + QStringLiteral("!"), QStringLiteral("concern"), QStringLiteral("wonen")}.toJson()));
    // Once the session ends, the acknowledged answers go at the next chance; the one not yet
    // acknowledged stays until it is.
    sessions.end();
    CHECK(context.purgeExpired() == 2);
    CHECK(store.retained().personal == 1);
    CHECK_FALSE(readFileBytes(store.path()).contains(secret.toUtf8() + "\""));
}

TEST_CASE("a session that was never ended (the app was killed) counts as ended after a day", "[store][privacy]")
{
    QTemporaryDir dir;
    auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
    REQUIRE(opened.store);
    Store &store = *opened.store;
    const ContentPack pack = *loadContentPack(defaultPackPath()).pack;
    REQUIRE_FALSE(store.installContent(pack));
    const SessionRecord session{newId(), QStringLiteral("kiosk"), QString(), pack.version, QStringLiteral("nl"), nowIso()};
    REQUIRE_FALSE(store.saveSession(session));
    ContributionRecord idea{newId(), session.id, QStringLiteral("kansen-en-zorgen"), QStringLiteral("ideas"), pack.version,
                            answers::Idea{QStringLiteral("Meer groen"), QStringLiteral("solution"), QStringLiteral("wonen")}.toJson(),
                            nowIso(), 0, {}};
    REQUIRE_FALSE(store.saveContribution(idea));
    REQUIRE(store.applyResults({{QStringLiteral("session"), session.id, RecordStatus::Stored, {}},
                                {QStringLiteral("contribution"), idea.id, RecordStatus::Stored, {}}}));
    int purged = -1;
    REQUIRE_FALSE(store.purge(0, QDateTime::currentDateTimeUtc().addSecs(3600), &purged));
    CHECK(purged == 0);  // an hour on it may still be in progress
    REQUIRE_FALSE(store.purge(0, QDateTime::currentDateTimeUtc().addSecs(25 * 3600), &purged));
    CHECK(purged == 1);
}

TEST_CASE("the device numbers its reports from one counter: higher every time, kept across restarts, with the write group",
          "[store][sync]")
{
    QTemporaryDir dir;
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    qint64 first = 0;
    {
        auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
        REQUIRE(opened.store);
        Store &store = *opened.store;
        // Three numbers: first, first + 1, first + 2; each later call gives a higher one (the
        // clock may have moved on meanwhile: then that one).
        first = store.reserveReportSequences(3);
        CHECK(first >= before);  // never below the clock: a store restored from an older copy numbers on
        const qint64 second = store.reserveReportSequences(1);
        CHECK(second >= first + 3);
        // Inside a write group the numbers commit with the group (the freeze of the batches).
        REQUIRE(store.beginWriteGroup());
        const qint64 third = store.reserveReportSequences(2);
        CHECK(third > second);
        REQUIRE(store.commitWriteGroup());
        // The room's outbox shares the device's counter.
        RoomOutbox room(store, protocol::newId());
        first = room.reserveReportSequences(1);
        CHECK(first > third + 1);
    }
    auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
    REQUIRE(opened.store);
    CHECK(opened.store->reserveReportSequences(1) > first);
    // A counter ahead of the clock (a clock that was set back since) still goes up by one.
    REQUIRE_FALSE(opened.store->setSetting(QStringLiteral("report_sequence"), QString::number(before + 3'600'000'000)));
    CHECK(opened.store->reserveReportSequences(1) == before + 3'600'000'001);
}
