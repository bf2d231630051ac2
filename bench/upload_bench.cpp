// Upload benchmark (issue 5): the time for a device to upload 10,000 contributions to a real
// samenspraak-server over loopback, through the app's own upload engine (SyncClient on the
// device's Store: batches of 200, an fsync'd acknowledgement per batch on the device, the
// server's full request path). Baseline in the same run: a bare HTTP POST loop of the same
// batches, encoded beforehand, to a second server on an empty database: the floor that the
// network, the server and its database set. Both servers have the default pack published, so
// they check every answer against it. Prints figures and the ratio only, with the CPU time
// each side used (which, unlike wall time, hardly moves on a busy machine).
//
//   upload_bench [--quick] [--dir DIR] [--contributions N] [--backend sqlite|postgresql|both] [--window N]
//
// The servers run on SQLite and on a throwaway PostgreSQL 15 cluster (fsync on).
// Goal: 10,000 contributions in under 1 s on SQLite, under 2 s on PostgreSQL.

#include "benchsupport.h"
#include "devices.h"
#include "processes.h"
#include "serverstore.h"
#include "syncclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace bench;

namespace {

constexpr char Program[] = "upload_bench";

// A device the bench enrolls straight in the server's database, before the server starts.
struct Enrolled {
    QString deviceId, token;
};

Enrolled enrollInDatabase(const QString &serverDb)
{
    auto opened = server::ServerStore::open(serverDb);
    if (!opened.store)
        die(Program, opened.error);
    const auto code = opened.store->devices().createEnrollmentCode(QStringLiteral("upload_bench raw"), 1);
    const auto enrolled = opened.store->devices().redeemEnrollmentCode({code.code, newId(), QStringLiteral(SAMENSPRAAK_VERSION), {}});
    if (enrolled.result != server::DeviceRegistry::Enrollment::Enrolled)
        die(Program, QStringLiteral("cannot enroll in %1: %2 %3").arg(serverDb, code.error, enrolled.error));
    return {enrolled.deviceId, enrolled.token};
}

void startServer(ServerProcess &server)
{
    if (!server.running())
        die(Program, QStringLiteral("the server did not start: %1").arg(server.error()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Time to upload contributions to a real server over loopback."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("A few hundred contributions (the ctest smoke run)."));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where the device and server databases go (a real disk)."),
                                       QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption countOption(QStringLiteral("contributions"), QStringLiteral("Contributions to upload."), QStringLiteral("N"),
                                         QStringLiteral("10000"));
    const QCommandLineOption backendOption(QStringLiteral("backend"), QStringLiteral("sqlite, postgresql or both."), QStringLiteral("NAME"),
                                           QStringLiteral("both"));
    const QCommandLineOption windowOption(QStringLiteral("window"), QStringLiteral("Batches the SyncClient keeps in flight (1: one at a time)."),
                                          QStringLiteral("N"), QString::number(sync::SyncConfig{}.window));
    parser.addOptions({quick, dirOption, countOption, backendOption, windowOption});
    parser.process(app);
    const int wanted = parser.isSet(quick) ? 300 : qMax(100, parser.value(countOption).toInt());

    QTemporaryDir root(QDir(parser.value(dirOption)).filePath(QStringLiteral("upload_bench-XXXXXX")));
    if (!root.isValid())
        die(Program, QStringLiteral("cannot create a directory in %1").arg(parser.value(dirOption)));
    Records records;
    const auto scratch = scratchDir();
    simulateDevice(Program, scratch->path(), wanted, 1);
    records = readRecords(Program, scratch->path());
    const qsizetype count = records.contributions.size();
    const QString contentVersion = records.contributions.value(0).contentVersion;

    for (const QString &backend : backendsFrom(Program, parser.value(backendOption))) {
        BenchDatabases databases(Program, backend, root.path());
        const QString device = root.filePath(QStringLiteral("device-") + backend);
        copyDataDir(Program, scratch->path(), device);

        // --- the device's upload engine against server A -----------------------------------
        const QString dbA = databases.create(QStringLiteral("server_a"));
        // No per-device rate limit: its burst (60 requests) covers 10,000 contributions anyway,
        // and larger --contributions runs measure throughput, not the limit.
        const QStringList serverOptions{QStringLiteral("--rate-limit"), QStringLiteral("0")};
        publishDefaultPack(Program, dbA);
        ServerProcess serverA(dbA, serverOptions);
        startServer(serverA);
        QString error;
        if (!enrollDevice(serverA, dbA, device, &error))
            die(Program, error);
        double syncSeconds = 0;
        std::pair<double, double> syncCpu;  // device (this process), server
        int batches = 0;
        {
            auto opened = Store::open(device, CorruptionPolicy::Refuse);
            if (!opened.store)
                die(Program, opened.error.message);
            Store &store = *opened.store;
            QNetworkAccessManager network;
            sync::SyncConfig config{QUrl(serverA.url()), store.deviceId(), store.deviceToken(),
                                    QStringLiteral(SAMENSPRAAK_VERSION), contentVersion};
            config.window = qMax(1, parser.value(windowOption).toInt());
            batches = int((count + config.batchSize - 1) / config.batchSize);
            sync::SyncClient client(store, config, &network);
            QElapsedTimer timer;
            const double serverCpu = processCpuSeconds(serverA.pid()), deviceCpu = selfCpuSeconds();
            timer.start();
            const sync::SyncSummary summary = sync::runOnce(client);
            syncSeconds = timer.nsecsElapsed() / 1e9;
            syncCpu = {selfCpuSeconds() - deviceCpu, processCpuSeconds(serverA.pid()) - serverCpu};
            if (summary.failure != sync::FailureKind::None || summary.pending != 0)
                die(Program, QStringLiteral("the upload did not finish: %1 (pending %2)").arg(summary.error).arg(summary.pending));
        }
        serverA.stop();
        const qint64 onServer = exportedContributions(dbA).size();
        if (onServer != count)
            die(Program, QStringLiteral("server A holds %1 of %2 contributions").arg(onServer).arg(count));

        // --- baseline: the same batches, encoded beforehand, POSTed in a bare loop to server B ---
        const QString dbB = databases.create(QStringLiteral("server_b"));
        const Enrolled raw = enrollInDatabase(dbB);
        QList<QByteArray> bodies;
        for (const UploadBatch &b : makeBatches(records, sync::SyncConfig{}.batchSize, raw.deviceId, contentVersion))
            bodies.append(encode(b));
        publishDefaultPack(Program, dbB);
        ServerProcess serverB(dbB, serverOptions);
        startServer(serverB);
        double rawSeconds = 0;
        std::pair<double, double> rawCpu;
        {
            QNetworkAccessManager network;
            QNetworkRequest request(QUrl(serverB.url() + QStringLiteral("/api/v1/uploads")));
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("API-Version", ApiVersion);
            request.setRawHeader("Authorization", "Bearer " + raw.token.toUtf8());
            QElapsedTimer timer;
            const double serverCpu = processCpuSeconds(serverB.pid()), clientCpu = selfCpuSeconds();
            timer.start();
            for (const QByteArray &body : bodies) {
                QNetworkReply *reply = network.post(request, body);
                QEventLoop loop;
                QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
                loop.exec();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                reply->deleteLater();
                if (status != 200)
                    die(Program, QStringLiteral("the raw POST loop got HTTP %1").arg(status));
            }
            rawSeconds = timer.nsecsElapsed() / 1e9;
            rawCpu = {selfCpuSeconds() - clientCpu, processCpuSeconds(serverB.pid()) - serverCpu};
        }
        serverB.stop();
        if (exportedContributions(dbB).size() != count)
            die(Program, QStringLiteral("server B does not hold all %1 contributions").arg(count));

        std::printf("upload_bench: %lld contributions (%lld sessions) in %d batches over loopback, %s server, device and servers in %s\n",
                    qlonglong(count), qlonglong(records.sessions.size()), batches, qPrintable(databases.label()), qPrintable(root.path()));
        std::printf("  %-36s %8s %16s %12s %12s\n", "", "wall s", "contributions/s", "client CPU s", "server CPU s");
        std::printf("  %-36s %8.2f %16.0f %12.2f %12.2f\n", "SyncClient on the device's Store", syncSeconds, double(count) / syncSeconds,
                    syncCpu.first, syncCpu.second);
        std::printf("  %-36s %8.2f %16.0f %12.2f %12.2f\n", "bare POST loop of the same batches", rawSeconds, double(count) / rawSeconds,
                    rawCpu.first, rawCpu.second);
        std::printf("  ratio SyncClient / bare POST loop (time): %.2f\n", syncSeconds / rawSeconds);
        std::printf("  %s: 10,000 contributions take %.2f s at this rate  (goal < %s)\n", qPrintable(databases.label()),
                    syncSeconds * 10000.0 / double(count), backend == QLatin1String("sqlite") ? "1 s" : "2 s");
    }
    return 0;
}
