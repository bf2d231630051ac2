// Server ingest benchmark (issues 5 and 9): contributions per second through ServerStore::ingest
// in batches of 100, against bare QtSql inserts of the same rows into the same schema on the
// same backend (bench::BareWriter: one transaction per batch, statements prepared once, every
// value computed beforehand). Measured interleaved, batch by batch, in the same run, on SQLite
// (WAL, synchronous=FULL) and on a throwaway PostgreSQL 15 cluster (fsync on). Prints figures
// and the ratio only.
//
//   ingest_bench [--quick] [--dir DIR] [--contributions N] [--batch N] [--backend sqlite|postgresql|both]
//
// Goal: ingest rate / bare rate >= 0.8. The bare side is the floor of what the database must do
// to keep the rows; the ratio is what deciding stored / duplicate / conflict per record, the
// canonical form, the session check and the device's report cost on top.

#include "benchsupport.h"
#include "serverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

using namespace bench;
using namespace samenspraak::server;

namespace {

constexpr char Program[] = "ingest_bench";

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Server ingest rate against bare inserts, on SQLite and PostgreSQL."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("A few batches only (the ctest smoke run)."));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where the databases go (a real disk: fsync is measured)."),
                                       QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption countOption(QStringLiteral("contributions"), QStringLiteral("Contributions ingested per side."),
                                         QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption batchOption(QStringLiteral("batch"), QStringLiteral("Contributions per batch."), QStringLiteral("N"),
                                         QStringLiteral("100"));
    const QCommandLineOption backendOption(QStringLiteral("backend"), QStringLiteral("sqlite, postgresql or both."), QStringLiteral("NAME"),
                                           QStringLiteral("both"));
    parser.addOptions({quick, dirOption, countOption, batchOption, backendOption});
    parser.process(app);
    const int wanted = parser.isSet(quick) ? 500 : qMax(100, parser.value(countOption).toInt());
    const int batchSize = qBound(1, parser.value(batchOption).toInt(), MaxBatchRecords / 2);

    QTemporaryDir root(QDir(parser.value(dirOption)).filePath(QStringLiteral("ingest_bench-XXXXXX")));
    if (!root.isValid())
        die(Program, QStringLiteral("cannot create a directory in %1").arg(parser.value(dirOption)));
    const Records records = simulatedRecords(Program, wanted, 1);
    const QString contentVersion = records.contributions.value(0).contentVersion;

    for (const QString &backend : backendsFrom(Program, parser.value(backendOption))) {
        BenchDatabases databases(Program, backend, root.path());
        // --- the server store, with an enrolled device (ingest also records its report) ---
        auto opened = ServerStore::open(databases.create(QStringLiteral("server")));
        if (!opened.store)
            die(Program, opened.error);
        ServerStore &store = *opened.store;
        const DeviceRegistry::CreatedCode code = store.devices().createEnrollmentCode(QStringLiteral("bench"), 1);
        const DeviceRegistry::Enrollment enrolled =
            store.devices().redeemEnrollmentCode({code.code, newId(), QStringLiteral(SAMENSPRAAK_VERSION), QStringLiteral("bench")});
        if (enrolled.result != DeviceRegistry::Enrollment::Enrolled)
            die(Program, QStringLiteral("cannot enroll the bench device: %1 %2").arg(code.error, enrolled.error));
        const QList<UploadBatch> batches = makeBatches(records, batchSize, enrolled.deviceId, contentVersion);

        // --- the baseline: the server's schema on the same backend, bare QtSql ------------
        BareWriter bare(Program, databases.create(QStringLiteral("bare")), enrolled.deviceId);
        QList<BareWriter::Rows> bareBatches;
        for (const UploadBatch &b : batches)
            bareBatches.append(bare.rows(b));

        // Interleaved, alternating which side goes first, so disk hiccups hit both alike.
        QList<double> ingestMs, bareMs;
        QElapsedTimer timer;
        // CPU, which the load of a shared machine distorts far less than the wall clock: this
        // thread's and (PostgreSQL) the backend process's of each side's connection.
        const BackendCpu ingestBackend(store.db()), bareBackend(bare.db());
        const double ingestBackendStart = ingestBackend.seconds(), bareBackendStart = bareBackend.seconds();
        double ingestCpu = 0, bareCpu = 0;
        int stored = 0;
        for (qsizetype i = 0; i < batches.size(); ++i) {
            auto runIngest = [&] {
                const double cpu = threadCpuSeconds();
                timer.start();
                const IngestStore::Ingested r = store.ingest().add(batches.at(i), enrolled.deviceId);
                ingestMs << timer.nsecsElapsed() / 1e6;
                ingestCpu += threadCpuSeconds() - cpu;
                if (!r.error.isEmpty())
                    die(Program, r.error);
                for (const RecordResult &result : r.results)
                    stored += result.type == QLatin1String("contribution") && result.status == RecordStatus::Stored;
            };
            auto runBare = [&] {
                const double cpu = threadCpuSeconds();
                timer.start();
                bare.insert(bareBatches.at(i));
                bareMs << timer.nsecsElapsed() / 1e6;
                bareCpu += threadCpuSeconds() - cpu;
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
        std::printf("ingest_bench: %lld contributions (%lld sessions) in %lld batches of %d, %s (%s), in %s\n",
                    qlonglong(records.contributions.size()), qlonglong(records.sessions.size()), qlonglong(batches.size()), batchSize,
                    qPrintable(databases.label()),
                    backend == QLatin1String("sqlite") ? "WAL + synchronous=FULL" : "throwaway cluster, fsync on", qPrintable(root.path()));
        std::printf("  %-34s %14s %10s %10s %10s\n", "", "contrib/s", "p50 ms", "p99 ms", "mean ms");
        std::printf("  %-34s %14.0f %10.3f %10.3f %10.3f\n", "ServerStore::ingest", ingestRate, in.p50, in.p99, in.mean);
        std::printf("  %-34s %14.0f %10.3f %10.3f %10.3f\n", "bare QtSql inserts (same rows)", bareRate, ba.p50, ba.p99, ba.mean);
        std::printf("  %s: ratio ingest / bare (rate): %.2f  (goal >= 0.8)\n", qPrintable(databases.label()), ingestRate / bareRate);
        const double ingestBackendCpu = ingestBackend.seconds() - ingestBackendStart, bareBackendCpu = bareBackend.seconds() - bareBackendStart;
        std::printf("  CPU ms per 1000 contributions: ingest %.1f (this thread %.1f + PostgreSQL backend %.1f), bare %.1f (%.1f + %.1f)\n",
                    (ingestCpu + ingestBackendCpu) * 1e6 / n, ingestCpu * 1e6 / n, ingestBackendCpu * 1e6 / n,
                    (bareCpu + bareBackendCpu) * 1e6 / n, bareCpu * 1e6 / n, bareBackendCpu * 1e6 / n);
    }
    return 0;
}
