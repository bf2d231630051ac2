// Store benchmark (issue 3): the latency of saving one contribution through
// Store::saveContribution against a bare QtSql insert of the same row into the same schema
// with the same pragmas (WAL, synchronous=FULL, foreign keys), measured interleaved in the
// same run; and the store's size per 10,000 contributions. Prints figures and ratios only.
//
//   store_bench [--quick] [--dir DIR] [--saves N] [--contributions N]
//
// Goal: p99(Store) / p99(bare) < 1.5. Both commit and fsync once per row, so the ratio is
// the Store's own overhead on top of what SQLite must do anyway.

#include "appcontext.h"
#include "contentpack.h"
#include "simulator.h"
#include "store.h"
#include "testsupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace samenspraak;
using namespace samenspraak::protocol;

namespace {

struct Stats {
    double p50 = 0, p99 = 0, mean = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto rank = [&](double p) { return ms.at(qBound<qsizetype>(0, qsizetype(std::ceil(p * double(ms.size()))) - 1, ms.size() - 1)); };
    double sum = 0;
    for (double v : ms)
        sum += v;
    return {rank(0.50), rank(0.99), sum / double(ms.size())};
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "store_bench: %s\n", qPrintable(message));
    std::exit(1);
}

const QString InsertSql = QStringLiteral("INSERT INTO contributions(id, session_id, activity_id, kind, content_version, payload,"
                                         " created_at, supersedes) VALUES(?,?,?,?,?,?,?,?)");

void bind(QSqlQuery &q, const ContributionRecord &c, const QString &payloadJson)
{
    q.addBindValue(c.id);
    q.addBindValue(c.sessionId);
    q.addBindValue(c.activityId);
    q.addBindValue(c.kind);
    q.addBindValue(c.contentVersion);
    q.addBindValue(payloadJson);
    q.addBindValue(c.createdAt);
    q.addBindValue(QVariant(QMetaType::fromType<QString>()));
}

qint64 fileSize(const QString &path)
{
    return QFileInfo::exists(path) ? QFileInfo(path).size() : 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Store save latency and size."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("A few saves only (the ctest smoke run)."));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where the databases go (a real disk: fsync is measured)."),
                                       QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption savesOption(QStringLiteral("saves"), QStringLiteral("Saves measured per side."), QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption sizeOption(QStringLiteral("contributions"), QStringLiteral("Contributions for the size figure."),
                                        QStringLiteral("N"), QStringLiteral("10000"));
    parser.addOptions({quick, dirOption, savesOption, sizeOption});
    parser.process(app);
    const int saves = parser.isSet(quick) ? 40 : qMax(10, parser.value(savesOption).toInt());
    const int sizeTarget = parser.isSet(quick) ? 100 : qMax(10, parser.value(sizeOption).toInt());
    const int warmUp = parser.isSet(quick) ? 5 : 50;

    QTemporaryDir root(QDir(parser.value(dirOption)).filePath(QStringLiteral("store_bench-XXXXXX")));
    if (!root.isValid())
        die(QStringLiteral("cannot create a directory in %1").arg(parser.value(dirOption)));
    const ParsedPack parsed = loadContentPack(defaultPackPath());
    if (!parsed.pack)
        die(QStringLiteral("the default pack is not valid"));
    const ContentPack &pack = *parsed.pack;

    // --- the store under test ---------------------------------------------------------
    auto opened = Store::open(QDir(root.path()).filePath(QStringLiteral("store")), CorruptionPolicy::Refuse);
    if (!opened.store)
        die(opened.error.message);
    Store &store = *opened.store;
    if (StoreError e = store.installContent(pack))
        die(e.message);
    const SessionRecord session{newId(), QStringLiteral("kiosk"), {}, pack.version, QStringLiteral("nl"), nowIso()};
    if (StoreError e = store.saveSession(session))
        die(e.message);

    // --- the baseline: the same schema and rows, bare QtSql ----------------------------
    QSqlDatabase bare = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
    bare.setDatabaseName(QDir(root.path()).filePath(QStringLiteral("bare.db")));
    if (!bare.open())
        die(bare.lastError().text());
    {
        QSqlQuery q(bare);
        for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"})
            if (!q.exec(QLatin1String(sql)))
                die(q.lastError().text());
        QSqlQuery schema(store.db());
        if (!schema.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid")))
            die(schema.lastError().text());
        while (schema.next())
            if (!q.exec(schema.value(0).toString()))
                die(q.lastError().text());
        // The rows the contributions refer to, copied as they are.
        if (!q.exec(QStringLiteral("ATTACH DATABASE '%1' AS store").arg(store.path()))
            || !q.exec(QStringLiteral("INSERT INTO content_versions SELECT * FROM store.content_versions"))
            || !q.exec(QStringLiteral("INSERT INTO sessions SELECT * FROM store.sessions")) || !q.exec(QStringLiteral("DETACH DATABASE store")))
            die(q.lastError().text());
    }
    QSqlQuery barePrepared(bare);
    if (!barePrepared.prepare(InsertSql))
        die(barePrepared.lastError().text());

    // A typical answer: three values picked (the ideas text is longer, the dilemma shorter).
    const QJsonObject payload{{QStringLiteral("picks"), QJsonArray{QStringLiteral("noaberschap"), QStringLiteral("respect"), QStringLiteral("erbij-horen")}}};
    const QString payloadJson = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    auto record = [&]() {
        return ContributionRecord{newId(), session.id, QStringLiteral("waarden"), QStringLiteral("values"), pack.version, payload, nowIso(), 0, {}};
    };

    // Interleaved, alternating which side goes first, so disk hiccups hit both alike.
    QList<double> storeMs, bareMs, reprepareMs;
    QElapsedTimer timer;
    for (int i = 0; i < warmUp + saves; ++i) {
        const bool measured = i >= warmUp;
        auto saveStore = [&] {
            ContributionRecord c = record();
            timer.start();
            if (StoreError e = store.saveContribution(c))
                die(e.message);
            if (measured)
                storeMs << timer.nsecsElapsed() / 1e6;
        };
        auto saveBare = [&] {
            const ContributionRecord c = record();
            timer.start();
            bind(barePrepared, c, payloadJson);
            if (!barePrepared.exec())
                die(barePrepared.lastError().text());
            if (measured)
                bareMs << timer.nsecsElapsed() / 1e6;
        };
        // What Store did before its statement was cached: prepare() on every save.
        auto saveReprepared = [&] {
            const ContributionRecord c = record();
            timer.start();
            QSqlQuery q(bare);
            if (!q.prepare(InsertSql))
                die(q.lastError().text());
            bind(q, c, payloadJson);
            if (!q.exec())
                die(q.lastError().text());
            if (measured)
                reprepareMs << timer.nsecsElapsed() / 1e6;
        };
        switch (i % 3) {
        case 0: saveStore(); saveBare(); saveReprepared(); break;
        case 1: saveBare(); saveReprepared(); saveStore(); break;
        default: saveReprepared(); saveStore(); saveBare(); break;
        }
    }
    const Stats s = stats(storeMs), b = stats(bareMs), r = stats(reprepareMs);

    std::printf("store_bench: %d saves per side after %d warm-up, WAL + synchronous=FULL, in %s\n", saves, warmUp, qPrintable(root.path()));
    std::printf("  %-38s %9s %9s %9s\n", "", "p50 ms", "p99 ms", "mean ms");
    std::printf("  %-38s %9.3f %9.3f %9.3f\n", "Store::saveContribution", s.p50, s.p99, s.mean);
    std::printf("  %-38s %9.3f %9.3f %9.3f\n", "bare QtSql insert (prepared once)", b.p50, b.p99, b.mean);
    std::printf("  %-38s %9.3f %9.3f %9.3f\n", "bare QtSql insert, prepare() per save", r.p50, r.p99, r.mean);
    std::printf("  ratio Store / bare:                 p50 %.2f  p99 %.2f  mean %.2f  (goal: p99 < 1.5)\n", s.p50 / b.p50,
                s.p99 / b.p99, s.mean / b.mean);
    std::printf("  ratio prepare-per-save / bare:      p50 %.2f  p99 %.2f  mean %.2f\n", r.p50 / b.p50, r.p99 / b.p99, r.mean / b.mean);

    // --- size: realistic participants through the real save path -----------------------
    const QString sizeDir = QDir(root.path()).filePath(QStringLiteral("size"));
    auto created = AppContext::create(sizeDir, CorruptionPolicy::Refuse, defaultPackPath());
    if (!created.context)
        die(created.error.message);
    const int perParticipant = int(created.context->pack().flow().size());
    const int participants = (sizeTarget + perParticipant - 1) / perParticipant;
    QElapsedTimer total;
    total.start();
    const SimulationResult sim = simulateParticipants(*created.context, participants, 1);
    if (!sim.error.isEmpty())
        die(sim.error);
    const double seconds = total.elapsed() / 1000.0;
    Store &sized = created.context->store();
    QSqlQuery checkpoint(sized.db());
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        die(checkpoint.lastError().text());
    checkpoint.finish();
    const qint64 db = fileSize(sized.path()), wal = fileSize(sized.path() + QStringLiteral("-wal"));
    const double per10k = double(db + wal) * 10000.0 / sim.contributions;
    std::printf("store size: %d contributions from %d participants (all activity kinds) in %.1f s: db %lld + wal %lld bytes "
                "after checkpoint\n", sim.contributions, sim.participants, seconds, qlonglong(db), qlonglong(wal));
    std::printf("  = %.2f MB per 10,000 contributions (%.0f bytes each, sessions and the %lld-byte content pack included)\n",
                per10k / 1e6, double(db + wal) / sim.contributions, qlonglong(pack.raw.size()));

    created.context.reset();
    barePrepared = QSqlQuery();
    bare.close();
    bare = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    return 0;
}
