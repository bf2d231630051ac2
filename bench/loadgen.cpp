// Load generator (issue 5): many devices uploading to one real samenspraak-server at once,
// bounded in time, in one process (one QNetworkAccessManager, so one connection, per device).
// Each device sends fresh records (simulated participants of the default pack, new ids per
// request), as its enrolled self, to a server that validates them against the published pack.
// Two patterns, each run with all devices and, as the baseline in the same run, one device:
//
//   live     every device uploads one participant (a session and its answers) once per
//            --interval ms, as the app does after each participant (at a pace far above a
//            real kiosk's one participant per few minutes);
//   backlog  every device uploads batches of 200 contributions back to back, as after a day
//            offline: the server's throughput, and the latency a single writer gives then.
//
//   loadgen [--quick] [--dir DIR] [--devices N] [--seconds S] [--interval MS] [--backend sqlite|postgresql|both]
//
// Prints request latency p50/p95/p99, throughput and the ratios to one device, and, as the
// backlog's baseline, one writer doing bare batched inserts of the same rows on the same disk
// (bench::BareWriter). On SQLite and on a throwaway PostgreSQL 15 cluster (fsync on).
// Goals with 50 devices: live p99 < 20 ms; backlog >= 0.8x the bare writer's rate, p99 < 500 ms.

#include "benchsupport.h"
#include "processes.h"
#include "serverstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <functional>
#include <random>

using namespace bench;

namespace {

constexpr char Program[] = "loadgen";

struct Run {
    QList<double> latencyMs;
    qint64 contributions = 0;  // stored, by the server's answers
    int failures = 0;          // answers other than 200 with every record stored
    double seconds = 0;
};

class Device : public QObject {
public:
    Device(const QString &url, const QString &id, const QString &token, Templates &templates, quint32 seed)
        : m_id(id), m_templates(templates), m_rng(seed)
    {
        m_request.setUrl(QUrl(url + QStringLiteral("/api/v1/uploads")));
        m_request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        m_request.setRawHeader("API-Version", ApiVersion);
        m_request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        m_request.setTransferTimeout(60'000);
    }

    // Uploads until `deadline` (ms on `clock`): `perRequest` contributions per batch (0: one
    // participant), one request every `intervalMs` (0: back to back).
    void run(const QElapsedTimer *clock, qint64 deadline, int perRequest, int intervalMs, Run *phase, std::function<void()> done)
    {
        m_clock = clock;
        m_deadline = deadline;
        m_perRequest = perRequest;
        m_intervalMs = intervalMs;
        m_phase = phase;
        m_done = std::move(done);
        // Devices do not start in lockstep.
        QTimer::singleShot(intervalMs > 0 ? std::uniform_int_distribution<int>(0, intervalMs)(m_rng) : 0, this, [this] { next(); });
    }

private:
    void next()
    {
        if (m_clock->elapsed() >= m_deadline) {
            m_done();
            return;
        }
        UploadBatch batch{m_id, QStringLiteral(SAMENSPRAAK_VERSION), {}, 0, {}, {}};
        do {
            const Participant p = m_templates.fresh(m_next++);
            batch.sessions.append(p.session);
            batch.contributions.append(p.contributions);
        } while (batch.contributions.size() < m_perRequest);
        while (m_perRequest > 0 && batch.contributions.size() > m_perRequest)
            batch.contributions.removeLast();  // exactly the batch size; the cut copies are simply not sent
        batch.contentVersion = batch.contributions.first().contentVersion;
        m_sent = int(batch.contributions.size() + batch.sessions.size());
        const QByteArray body = encode(batch);
        m_started = m_clock->nsecsElapsed();
        QNetworkReply *reply = m_network.post(m_request, body);
        connect(reply, &QNetworkReply::finished, this, [this, reply] { answered(reply); });
    }

    void answered(QNetworkReply *reply)
    {
        const qint64 now = m_clock->nsecsElapsed();
        reply->deleteLater();
        m_phase->latencyMs << (now - m_started) / 1e6;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const auto result = decodeResult(reply->readAll());
        int stored = 0, contributions = 0;
        if (result)
            for (const RecordResult &r : result->results) {
                stored += r.status == RecordStatus::Stored;
                contributions += r.status == RecordStatus::Stored && r.type == QLatin1String("contribution");
            }
        if (status != 200 || stored != m_sent) {
            ++m_phase->failures;
            if (m_phase->failures <= 3)
                std::fprintf(stderr, "loadgen: HTTP %d, %d of %d records stored: %s\n", status, stored, m_sent, qPrintable(reply->errorString()));
        }
        m_phase->contributions += contributions;
        const qint64 waitMs = m_intervalMs > 0 ? qMax<qint64>(0, m_intervalMs - (now - m_started) / 1'000'000) : 0;
        QTimer::singleShot(int(waitMs), this, [this] { next(); });
    }

    QString m_id;
    Templates &m_templates;
    std::mt19937 m_rng;
    QNetworkAccessManager m_network;
    QNetworkRequest m_request;
    const QElapsedTimer *m_clock = nullptr;
    qint64 m_deadline = 0;
    int m_perRequest = 0, m_intervalMs = 0, m_sent = 0;
    qint64 m_next = 0, m_started = 0;
    Run *m_phase = nullptr;
    std::function<void()> m_done;
};

Run runPhase(const QList<Device *> &devices, int seconds, int perRequest, int intervalMs)
{
    Run phase;
    QElapsedTimer clock;
    QEventLoop loop;
    int running = int(devices.size());
    clock.start();
    for (Device *d : devices)
        d->run(&clock, qint64(seconds) * 1000, perRequest, intervalMs, &phase, [&] {
            if (--running == 0)
                loop.quit();
        });
    loop.exec();
    phase.seconds = clock.nsecsElapsed() / 1e9;
    return phase;
}

void print(const char *label, const Run &p)
{
    const Percentiles l = percentiles(p.latencyMs);
    std::printf("  %-30s %7lld %9.1f %9.0f %8.1f %8.1f %8.1f %8.1f %6d\n", label, qlonglong(l.count), double(l.count) / p.seconds,
                double(p.contributions) / p.seconds, l.p50, l.p95, l.p99, l.max, p.failures);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Many devices uploading to one server at once."));
    parser.addHelpOption();
    const QCommandLineOption quick(QStringLiteral("quick"), QStringLiteral("5 devices, 1 s per pattern (the ctest smoke run)."));
    const QCommandLineOption dirOption(QStringLiteral("dir"), QStringLiteral("Where the server database goes (a real disk)."),
                                       QStringLiteral("DIR"), QDir::tempPath());
    const QCommandLineOption devicesOption(QStringLiteral("devices"), QStringLiteral("Devices uploading at once."), QStringLiteral("N"),
                                           QStringLiteral("50"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Duration of each run."), QStringLiteral("S"),
                                           QStringLiteral("10"));
    const QCommandLineOption intervalOption(QStringLiteral("interval"), QStringLiteral("Live pattern: ms between a device's uploads."),
                                            QStringLiteral("MS"), QStringLiteral("1000"));
    const QCommandLineOption backendOption(QStringLiteral("backend"), QStringLiteral("sqlite, postgresql or both."), QStringLiteral("NAME"),
                                           QStringLiteral("both"));
    parser.addOptions({quick, dirOption, devicesOption, secondsOption, intervalOption, backendOption});
    parser.process(app);
    const int deviceCount = parser.isSet(quick) ? 5 : qMax(1, parser.value(devicesOption).toInt());
    const int seconds = parser.isSet(quick) ? 1 : qMax(1, parser.value(secondsOption).toInt());
    const int intervalMs = qMax(1, parser.value(intervalOption).toInt());
    constexpr int BacklogBatch = 200;  // SyncConfig's default

    QTemporaryDir root(QDir(parser.value(dirOption)).filePath(QStringLiteral("loadgen-XXXXXX")));
    if (!root.isValid())
        die(Program, QStringLiteral("cannot create a directory in %1").arg(parser.value(dirOption)));
    Templates templates(simulatedRecords(Program, 2000, 1));
    if (templates.isEmpty())
        die(Program, QStringLiteral("the simulation made no participants"));

    int failures = 0;
    for (const QString &backend : backendsFrom(Program, parser.value(backendOption))) {
        // The server's database: the default pack published, every device enrolled.
        BenchDatabases databases(Program, backend, root.path());
        const QString db = databases.create(QStringLiteral("server"));
        publishDefaultPack(Program, db);
        QList<QPair<QString, QString>> enrolled;  // device id, token
        {
            auto opened = server::ServerStore::open(db);
            if (!opened.store)
                die(Program, opened.error);
            for (int i = 0; i < deviceCount; ++i) {
                const auto code = opened.store->devices().createEnrollmentCode(QStringLiteral("loadgen %1").arg(i), 1);
                const auto e = opened.store->devices().redeemEnrollmentCode({code.code, newId(), QStringLiteral(SAMENSPRAAK_VERSION), {}});
                if (e.result != server::DeviceRegistry::Enrollment::Enrolled)
                    die(Program, QStringLiteral("cannot enroll device %1: %2 %3").arg(i).arg(code.error, e.error));
                enrolled.append({e.deviceId, e.token});
            }
        }
        // No per-device rate limit: it protects against a device stuck in a loop, which the
        // back-to-back baseline of one device would otherwise look like.
        ServerProcess server(db, {QStringLiteral("--rate-limit"), QStringLiteral("0")});
        if (!server.running())
            die(Program, QStringLiteral("the server did not start: %1").arg(server.error()));

        QList<Device *> devices;
        for (int i = 0; i < deviceCount; ++i)
            devices.append(new Device(server.url(), enrolled.at(i).first, enrolled.at(i).second, templates, quint32(i + 1)));
        const QList<Device *> one{devices.first()};

        const Run liveOne = runPhase(one, seconds, 0, intervalMs);
        const Run liveAll = runPhase(devices, seconds, 0, intervalMs);
        const Run backlogOne = runPhase(one, seconds, BacklogBatch, 0);
        const Run backlogAll = runPhase(devices, seconds, BacklogBatch, 0);
        qDeleteAll(devices);
        server.stop();

        // Baseline: one writer doing bare batched inserts of the same kind of rows (fresh
        // participants, batches of 200) into the same schema on the same backend and disk, for as
        // long as the backlog runs; only the inserts are timed.
        double bareSeconds = 0;
        qint64 bareContributions = 0;
        {
            BareWriter bare(Program, databases.create(QStringLiteral("bare")), enrolled.first().first);
            qint64 next = 1'000'000;
            QElapsedTimer timer;
            while (bareSeconds < seconds) {
                UploadBatch batch{enrolled.first().first, QStringLiteral(SAMENSPRAAK_VERSION), {}, 0, {}, {}};
                while (batch.contributions.size() < BacklogBatch) {
                    const Participant p = templates.fresh(next++);
                    batch.sessions.append(p.session);
                    batch.contributions.append(p.contributions);
                }
                while (batch.contributions.size() > BacklogBatch)
                    batch.contributions.removeLast();
                const BareWriter::Rows rows = bare.rows(batch);
                timer.start();
                bare.insert(rows);
                bareSeconds += timer.nsecsElapsed() / 1e9;
                bareContributions += batch.contributions.size();
            }
        }

        std::printf("loadgen: %d devices, %d s per run, %s server in %s\n", deviceCount, seconds, qPrintable(databases.label()),
                    qPrintable(root.path()));
        std::printf("  live: one participant (a session and ~%d answers) per device every %d ms; backlog: batches of %d back to back\n",
                    int(templates.fresh(0).contributions.size()), intervalMs, BacklogBatch);
        std::printf("  %-30s %7s %9s %9s %8s %8s %8s %8s %6s\n", "", "requests", "req/s", "contrib/s", "p50 ms", "p95 ms", "p99 ms",
                    "max ms", "failed");
        const QByteArray all = QByteArray::number(deviceCount) + " devices";
        print("live, 1 device", liveOne);
        print(("live, " + all).constData(), liveAll);
        print("backlog, 1 device", backlogOne);
        print(("backlog, " + all).constData(), backlogAll);
        const Percentiles lo = percentiles(liveOne.latencyMs), la = percentiles(liveAll.latencyMs);
        const Percentiles bo = percentiles(backlogOne.latencyMs), ba = percentiles(backlogAll.latencyMs);
        std::printf("  %-30s %7s %9s %9.0f\n", "bare batched writer, 1", "", "", double(bareContributions) / bareSeconds);
        std::printf("  %s live:    p99 %d devices / 1 device %.2f, throughput %.1fx; p99 %.1f ms (goal < 20 ms)\n", qPrintable(databases.label()),
                    deviceCount, la.p99 / lo.p99, (double(la.count) / liveAll.seconds) / (double(lo.count) / liveOne.seconds), la.p99);
        std::printf("  %s backlog: %d devices / bare batched writer (contrib/s) %.2f (goal >= 0.8); p99 %.1f ms (goal < 500 ms);"
                    " throughput %.2fx one device\n",
                    qPrintable(databases.label()), deviceCount, (double(backlogAll.contributions) / backlogAll.seconds) / (double(bareContributions) / bareSeconds),
                    ba.p99, (double(backlogAll.contributions) / backlogAll.seconds) / (double(backlogOne.contributions) / backlogOne.seconds));
        Q_UNUSED(bo);
        failures += liveOne.failures + liveAll.failures + backlogOne.failures + backlogAll.failures;
    }
    if (failures > 0)
        die(Program, QStringLiteral("%1 request(s) failed").arg(failures));
    return 0;
}
