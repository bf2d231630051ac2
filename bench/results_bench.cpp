// Results benchmark (issue 11): everything `samenspraak-server results` computes (every
// contribution and session read from the server store, results::Round, results::summarize for
// the whole round and its JSON) over 10,000, 30,000 and 100,000 contributions, on SQLite and on
// PostgreSQL (a throwaway cluster, tests/support/pgcluster.h). Participants are simulated ones
// of the default pack copied with fresh ids (about seven contributions each while phase 3 is
// upcoming: 100,000 from some 14,000 participants), ingested as devices send them; ingesting
// is not measured.
//
//   results_bench [--quick] [--dir DIR] [--runs N] [--backend sqlite|postgresql|both] [--sizes N,N,...]
//
// Prints, per backend and size, the best of --runs runs split into reading the store and the
// engine, and the growth against the smallest size measured in the same run: linear growth
// is a time ratio close to the size ratio. Goal: under 0.5 s at 100,000, linear.

#include "benchsupport.h"
#include "pgcluster.h"
#include "results.h"
#include "resultssummary.h"
#include "serverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>

#include <algorithm>
#include <ctime>

using namespace bench;
using namespace samenspraak::server;

namespace {

constexpr char Program[] = "results_bench";

struct Timing {
    double readMs = 0;    // contributions and sessions out of the store
    double engineMs = 0;  // Round, summarize, JSON
    double cpuMs = 0;     // this thread's CPU time for both (PostgreSQL's own work is not in it)
    double total() const { return readMs + engineMs; }
};

// On a shared machine the wall clock also counts the time other processes had the CPU; the
// thread's CPU time does not, so its growth shows the code's own.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

Q_NEVER_INLINE Timing measure(ServerStore &store, const ContentPack &pack, int runs, int *participants)
{
    Timing best{1e18, 0, 1e18};
    double bestCpu = 1e18;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        results::Records contributions = store.ingest().roundContributions();
        const QList<SessionRecord> sessions = store.ingest().sessions();
        const double read = timer.nsecsElapsed() / 1e6;
        timer.start();
        const results::Round round(std::move(contributions), sessions);
        const results::Summary summary = results::summarize(pack, round, {}, QStringLiteral("nl"));
        const QByteArray json = QJsonDocument(results::toJson(pack, summary)).toJson(QJsonDocument::Compact);
        const double engine = timer.nsecsElapsed() / 1e6;
        bestCpu = std::min(bestCpu, threadCpuMs() - cpuStart);
        if (json.isEmpty())
            die(Program, QStringLiteral("the results JSON is empty"));
        *participants = summary.reach.participants;
        if (read + engine < best.total())
            best = {read, engine, 0};
    }
    best.cpuMs = bestCpu;  // the best of the runs, like the wall times
    return best;
}

// Runs every size on one backend; false (after saying why) when the backend cannot be had.
bool runBackend(const QString &backend, const QString &dir, const ContentPack &pack, Templates &templates,
                const QList<int> &sizes, int runs)
{
    ServerDatabase database(backend, dir);
    if (!database.ok()) {
        std::printf("%-10s not measured: %s\n", qPrintable(backend), qPrintable(database.error()));
        return false;
    }
    auto opened = ServerStore::open(database.spec());
    if (!opened.store)
        die(Program, opened.error);
    ServerStore &store = *opened.store;
    QString error;
    if (store.content().publish(pack, &error) != ContentRegistry::Publish::Published)
        die(Program, QStringLiteral("cannot publish the default pack: %1").arg(error));
    const DeviceRegistry::CreatedCode code = store.devices().createEnrollmentCode(QStringLiteral("bench"), 1);
    const DeviceRegistry::Enrollment enrolled =
        store.devices().redeemEnrollmentCode({code.code, newId(), QStringLiteral(SAMENSPRAAK_VERSION), QStringLiteral("bench")});
    if (enrolled.result != DeviceRegistry::Enrollment::Enrolled)
        die(Program, QStringLiteral("cannot enroll the bench device: %1 %2").arg(code.error, enrolled.error));

    qsizetype next = 0;
    int stored = 0;
    double baseMs = 0, baseCpuMs = 0;
    int baseSize = 0;
    for (int size : sizes) {
        // Ingest whole participants until the store holds `size` contributions.
        while (stored < size) {
            UploadBatch batch{enrolled.deviceId, QStringLiteral(SAMENSPRAAK_VERSION), pack.version, 0, {}, {}};
            while (batch.contributions.size() < MaxBatchRecords / 2 && stored + batch.contributions.size() < size) {
                const Participant p = templates.fresh(next++);
                batch.sessions.append(p.session);
                batch.contributions.append(p.contributions);
            }
            const IngestStore::Ingested r = store.ingest().add(batch, enrolled.deviceId);
            if (!r.error.isEmpty())
                die(Program, r.error);
            stored += int(batch.contributions.size());
        }
        int participants = 0;
        const Timing t = measure(store, pack, runs, &participants);
        if (baseSize == 0) {
            baseMs = t.total();
            baseCpuMs = t.cpuMs;
            baseSize = stored;
        }
        std::printf("%-10s %7d contributions %6d participants: read %7.1f ms  engine %7.1f ms  total %7.1f ms  cpu %7.1f ms   "
                    "time x%.2f cpu x%.2f for size x%.2f\n",
                    qPrintable(backend), stored, participants, t.readMs, t.engineMs, t.total(), t.cpuMs, t.total() / baseMs,
                    t.cpuMs / baseCpuMs, double(stored) / baseSize);
        std::fflush(stdout);
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("All results over 10k, 30k and 100k contributions on SQLite and PostgreSQL."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("1,000 and 3,000 contributions only (the ctest smoke run)."));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where the SQLite database goes."), QStringLiteral("DIR"),
                                       QDir::tempPath());
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per size; the best counts."), QStringLiteral("N"),
                                        QStringLiteral("3"));
    const QCommandLineOption backendOption(QStringLiteral("backend"), QStringLiteral("sqlite, postgresql or both."), QStringLiteral("NAME"),
                                           QStringLiteral("both"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
                                         QStringLiteral("Contributions to measure at, ascending (one size alone: to profile it)."),
                                         QStringLiteral("N,N,..."), QStringLiteral("10000,30000,100000"));
    parser.addOptions({quick, dirOption, runsOption, backendOption, sizesOption});
    parser.process(app);
    QList<int> sizes;
    for (const QString &size : parser.value(sizesOption).split(QLatin1Char(',')))
        if (const int n = size.toInt(); n > 0 && (sizes.isEmpty() || n > sizes.last()))
            sizes.append(n);
        else
            die(Program, QStringLiteral("--sizes takes contribution counts in ascending order, not '%1'").arg(size));
    if (parser.isSet(quick))
        sizes = {1000, 3000};
    const int runs = qMax(1, parser.value(runsOption).toInt());

    const ParsedPack parsed = loadContentPack(defaultPackPath());
    if (!parsed.pack)
        die(Program, QStringLiteral("the default pack does not load"));
    // Some 300 simulated participants (every activity kind the pack's flow asks), copied.
    Templates templates(simulatedRecords(Program, parser.isSet(quick) ? 500 : 3000, 11));
    if (templates.isEmpty())
        die(Program, QStringLiteral("the simulation made no participants"));

    QTemporaryDir root(QDir(parser.value(dirOption)).filePath(QStringLiteral("results_bench-XXXXXX")));
    if (!root.isValid())
        die(Program, QStringLiteral("cannot create a directory in %1").arg(parser.value(dirOption)));
    const QString backend = parser.value(backendOption);
    bool any = false;
    for (const QString &b : {QStringLiteral("sqlite"), QStringLiteral("postgresql")})
        if (backend == QLatin1String("both") || backend == b)
            {
            const QString dir = QDir(root.path()).filePath(b);
            QDir().mkpath(dir);
            any = runBackend(b, dir, *parsed.pack, templates, sizes, runs) || any;
        }
    return any ? 0 : 1;
}
