// Server ingest benchmark (issue 5): contributions per second through ServerStore::ingest in
// batches of 100 on SQLite, against bare QtSql inserts of the same rows into the same schema
// with the same pragmas (WAL, synchronous=FULL, foreign keys), one transaction per batch,
// statements prepared once and every value computed beforehand. Measured interleaved, batch
// by batch, in the same run. Prints figures and the ratio only.
//
//   ingest_bench [--quick] [--dir DIR] [--contributions N] [--batch N]
//
// Goal: ingest rate / bare rate > 0.5. The bare side is the floor of what SQLite must do to
// keep the rows; the ratio is what deciding stored / duplicate / conflict per record, the
// canonical form, the session check and the device's report cost on top.

#include "benchsupport.h"
#include "serverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace bench;
using namespace samenspraak::server;

namespace {

constexpr char Program[] = "ingest_bench";

// One batch as bare rows: everything bound is ready, nothing is decided.
struct BareBatch {
    QList<QVariantList> sessions;       // only sessions not inserted by an earlier batch
    QList<QVariantList> contributions;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Server ingest rate against bare SQLite inserts."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("A few batches only (the ctest smoke run)."));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where the databases go (a real disk: fsync is measured)."),
                                       QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption countOption(QStringLiteral("contributions"), QStringLiteral("Contributions ingested per side."),
                                         QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Contributions per batch."), QStringLiteral("N"),
                                         QStringLiteral("100"));
    parser.addOptions({quick, dirOption, countOption, batchOption});
    parser.process(app);
    const int wanted = parser.isSet(quick) ? 500 : qMax(100, parser.value(countOption).toInt());
    const int batchSize = qBound(1, parser.value(batchOption).toInt(), MaxBatchRecords / 2);

    QTemporaryDir root(QDir(parser.value(dirOption)).filePath(QStringLiteral("ingest_bench-XXXXXX")));
    if (!root.isValid())
        die(Program, QStringLiteral("cannot create a directory in %1").arg(parser.value(dirOption)));

    const Records records = simulatedRecords(Program, wanted, 1);
    const QString contentVersion = records.contributions.value(0).contentVersion;

    // --- the server store, with an enrolled device (ingest also records its report) -----
    auto opened = ServerStore::open(QDir(root.path()).filePath(QStringLiteral("server.db")));
    if (!opened.store)
        die(Program, opened.error);
    ServerStore &store = *opened.store;
    const DeviceRegistry::CreatedCode code = store.devices().createEnrollmentCode(QStringLiteral("bench"), 1);
    const DeviceRegistry::Enrollment enrolled =
        store.devices().redeemEnrollmentCode({code.code, newId(), QStringLiteral(SAMENSPRAAK_VERSION), QStringLiteral("bench")});
    if (enrolled.result != DeviceRegistry::Enrollment::Enrolled)
        die(Program, QStringLiteral("cannot enroll the bench device: %1 %2").arg(code.error, enrolled.error));
    const QList<UploadBatch> batches = makeBatches(records, batchSize, enrolled.deviceId, contentVersion);

    // --- the baseline: the server's schema, bare QtSql ----------------------------------
    QSqlDatabase bare = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
    bare.setDatabaseName(QDir(root.path()).filePath(QStringLiteral("bare.db")));
    if (!bare.open())
        die(Program, bare.lastError().text());
    {
        QSqlQuery q(bare);
        for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=5000"})
            if (!q.exec(QLatin1String(sql)))
                die(Program, q.lastError().text());
        QSqlQuery schema(store.db());
        if (!schema.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid")))
            die(Program, schema.lastError().text());
        while (schema.next())
            if (!q.exec(schema.value(0).toString()))
                die(Program, q.lastError().text());
    }
    QSqlQuery bareSession(bare), bareContribution(bare);
    if (!bareSession.prepare(QStringLiteral("INSERT INTO sessions(id, device_id, channel, workshop, content_version, language, started_at,"
                                            " received_at, canonical) VALUES(?,?,?,?,?,?,?,?,?)"))
        || !bareContribution.prepare(QStringLiteral("INSERT INTO contributions(id, device_id, session_id, activity_id, kind,"
                                                    " content_version, payload, created_at, device_seq, supersedes, received_at,"
                                                    " canonical) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)")))
        die(Program, bare.lastError().text());
    QList<BareBatch> bareBatches;
    {
        const QString now = nowIso();
        QSet<QString> inserted;
        for (const UploadBatch &b : batches) {
            BareBatch bb;
            for (const SessionRecord &s : b.sessions) {
                if (inserted.contains(s.id))
                    continue;
                inserted.insert(s.id);
                bb.sessions.append({s.id, enrolled.deviceId, s.channel, s.workshop, s.contentVersion, s.language, s.startedAt, now,
                                    QString::fromUtf8(canonical(s))});
            }
            for (const ContributionRecord &c : b.contributions)
                bb.contributions.append({c.id, enrolled.deviceId, c.sessionId, c.activityId, c.kind, c.contentVersion,
                                         QString::fromUtf8(QJsonDocument(c.payload).toJson(QJsonDocument::Compact)), c.createdAt,
                                         c.deviceSeq, c.supersedes.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.supersedes),
                                         now, QString::fromUtf8(canonical(c))});
            bareBatches.append(bb);
        }
    }
    auto insertBare = [&](const BareBatch &bb) {
        if (!bare.transaction())
            die(Program, bare.lastError().text());
        for (const auto &[query, rows] : {std::pair{&bareSession, &bb.sessions}, std::pair{&bareContribution, &bb.contributions}})
            for (const QVariantList &row : *rows) {
                for (const QVariant &v : row)
                    query->addBindValue(v);
                if (!query->exec())
                    die(Program, query->lastError().text());
            }
        if (!bare.commit())
            die(Program, bare.lastError().text());
    };

    // Interleaved, alternating which side goes first, so disk hiccups hit both alike.
    QList<double> ingestMs, bareMs;
    QElapsedTimer timer;
    int stored = 0;
    for (qsizetype i = 0; i < batches.size(); ++i) {
        auto runIngest = [&] {
            timer.start();
            const IngestStore::Ingested r = store.ingest().add(batches.at(i), enrolled.deviceId);
            ingestMs << timer.nsecsElapsed() / 1e6;
            if (!r.error.isEmpty())
                die(Program, r.error);
            for (const RecordResult &result : r.results)
                stored += result.type == QLatin1String("contribution") && result.status == RecordStatus::Stored;
        };
        auto runBare = [&] {
            timer.start();
            insertBare(bareBatches.at(i));
            bareMs << timer.nsecsElapsed() / 1e6;
        };
        if (i % 2 == 0) {
            runIngest();
            runBare();
        } else {
            runBare();
            runIngest();
        }
    }
    if (stored != records.contributions.size())
        die(Program, QStringLiteral("ingest stored %1 of %2 contributions").arg(stored).arg(records.contributions.size()));

    const Percentiles in = percentiles(ingestMs), ba = percentiles(bareMs);
    const double n = double(records.contributions.size());
    const double ingestRate = n / (in.mean * double(in.count) / 1000.0);
    const double bareRate = n / (ba.mean * double(ba.count) / 1000.0);
    std::printf("ingest_bench: %lld contributions (%lld sessions) in %lld batches of %d, SQLite WAL + synchronous=FULL, in %s\n",
                qlonglong(records.contributions.size()), qlonglong(records.sessions.size()), qlonglong(batches.size()), batchSize,
                qPrintable(root.path()));
    std::printf("  %-34s %14s %10s %10s %10s\n", "", "contrib/s", "p50 ms", "p99 ms", "mean ms");
    std::printf("  %-34s %14.0f %10.3f %10.3f %10.3f\n", "ServerStore::ingest", ingestRate, in.p50, in.p99, in.mean);
    std::printf("  %-34s %14.0f %10.3f %10.3f %10.3f\n", "bare QtSql inserts (same rows)", bareRate, ba.p50, ba.p99, ba.mean);
    std::printf("  ratio ingest / bare (rate): %.2f  (goal > 0.5)\n", ingestRate / bareRate);

    bareSession = QSqlQuery();
    bareContribution = QSqlQuery();
    bare.close();
    bare = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    return 0;
}
