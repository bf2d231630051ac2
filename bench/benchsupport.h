#pragma once
// Shared by the sync benchmarks: realistic records (participants simulated through the real
// SessionController, every activity kind of the default pack), batches as the device's
// SyncClient makes them, and percentiles.

#include "appcontext.h"
#ifdef SAMENSPRAAK_SERVER
#include "pgcluster.h"  // the throwaway PostgreSQL cluster (tests/support)
#include "processes.h"  // the real executables (tests/support)
#include "serverstore.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#endif
#include "simulator.h"
#include "store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

namespace bench {

using namespace samenspraak;
using namespace samenspraak::protocol;

[[noreturn]] inline void die(const char *program, const QString &message)
{
    std::fprintf(stderr, "%s: %s\n", program, qPrintable(message));
    std::exit(1);
}

// Scratch space on /dev/shm when there is one: making the input records is not measured,
// so its fsyncs need not be paid.
inline std::unique_ptr<QTemporaryDir> scratchDir()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable() ? std::make_unique<QTemporaryDir>(QStringLiteral("/dev/shm/samenspraak-bench-XXXXXX"))
                                           : std::make_unique<QTemporaryDir>();
}

// A device data dir holding at least `contributions` contributions of simulated participants.
inline int simulateDevice(const char *program, const QString &dataDir, int contributions, quint32 seed)
{
    auto created = AppContext::create(dataDir, CorruptionPolicy::Refuse, defaultPackPath());
    if (!created.context)
        die(program, created.error.message);
    const int perParticipant = qMax<int>(1, int(created.context->pack().flow().size()));
    const SimulationResult sim = simulateParticipants(*created.context, (contributions + perParticipant - 1) / perParticipant, seed);
    if (!sim.error.isEmpty())
        die(program, sim.error);
    return sim.contributions;
}

struct Records {
    QList<SessionRecord> sessions;
    QList<ContributionRecord> contributions;
    QHash<QString, SessionRecord> sessionById;
};

// The records a device holds, read back from its store.
inline Records readRecords(const char *program, const QString &dataDir)
{
    auto opened = Store::open(dataDir, CorruptionPolicy::Refuse);
    if (!opened.store)
        die(program, opened.error.message);
    Records r;
    r.contributions = opened.store->contributions();
    r.sessions = opened.store->pendingSessions(1 << 30);
    for (const SessionRecord &s : r.sessions)
        r.sessionById.insert(s.id, s);
    return r;
}

// The records of a freshly simulated device.
inline Records simulatedRecords(const char *program, int contributions, quint32 seed)
{
    const auto dir = scratchDir();
    if (!dir->isValid())
        die(program, QStringLiteral("cannot make a scratch directory"));
    simulateDevice(program, dir->path(), contributions, seed);
    return readRecords(program, dir->path());
}

// Copies the files of a closed device data dir (the database moves to the disk measured).
inline void copyDataDir(const char *program, const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        die(program, QStringLiteral("cannot create %1").arg(to));
    for (const QFileInfo &f : QDir(from).entryInfoList(QDir::Files))
        if (!QFile::copy(f.filePath(), QDir(to).filePath(f.fileName())))
            die(program, QStringLiteral("cannot copy %1 to %2").arg(f.filePath(), to));
}

// Batches of `size` contributions, each with the sessions they belong to, as SyncClient
// sends them (a session spanning two batches travels in both).
inline QList<UploadBatch> makeBatches(const Records &records, int size, const QString &deviceId, const QString &contentVersion)
{
    QList<UploadBatch> out;
    for (qsizetype i = 0; i < records.contributions.size(); i += size) {
        UploadBatch b{deviceId, QStringLiteral(SAMENSPRAAK_VERSION), contentVersion, 0, {}, records.contributions.mid(i, size)};
        QSet<QString> seen;
        for (const ContributionRecord &c : b.contributions)
            if (!seen.contains(c.sessionId)) {
                seen.insert(c.sessionId);
                b.sessions.append(records.sessionById.value(c.sessionId));
            }
        out.append(b);
    }
    return out;
}

// CPU seconds (user + system) a process has used so far, from /proc; -1 when unknown. Unlike
// wall time, it hardly moves when other work competes for the cores.
inline double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(::sysconf(_SC_CLK_TCK));
}

inline double selfCpuSeconds()
{
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    auto seconds = [](const timeval &t) { return double(t.tv_sec) + double(t.tv_usec) / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

#ifdef SAMENSPRAAK_SERVER
// As in production: the server checks every answer against the pack it was given under.
inline void publishDefaultPack(const char *program, const QString &serverDb)
{
    const CommandResult r = serverCommand({QStringLiteral("content"), QStringLiteral("publish"), QStringLiteral("--db"), serverDb,
                                           defaultPackPath()});
    if (r.exitCode != 0)
        die(program, QStringLiteral("content publish failed: %1").arg(r.err));
}
#endif

#ifdef SAMENSPRAAK_SERVER
// The backends a server benchmark runs on: "sqlite", "postgresql" or "both" (--backend).
inline QStringList backendsFrom(const char *program, const QString &option)
{
    if (option == QLatin1String("both"))
        return {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
    if (option == QLatin1String("sqlite") || option == QLatin1String("postgresql"))
        return {option};
    die(program, QStringLiteral("--backend is sqlite, postgresql or both, not %1").arg(option));
}

// Server databases of one backend for one benchmark: SQLite files in `dir`, or databases in a
// throwaway PostgreSQL 15 cluster (tests/support/pgcluster.h) that flushes its commits to disk
// (fsync on), as a production server does.
class BenchDatabases {
public:
    BenchDatabases(const char *program, const QString &backend, const QString &dir) : m_program(program), m_dir(dir)
    {
        if (backend == QLatin1String("postgresql")) {
            m_cluster = std::make_unique<PgCluster>(true);
            if (!m_cluster->ok())
                die(program, m_cluster->error());
        }
    }
    // A new, empty database: what `--db` takes.
    QString create(const QString &name)
    {
        if (!m_cluster)
            return QDir(m_dir).filePath(name + QStringLiteral(".db"));
        const QString url = m_cluster->createDatabase(name);
        if (url.isEmpty())
            die(m_program, m_cluster->error());
        return url;
    }
    QString label() const { return m_cluster ? QStringLiteral("PostgreSQL") : QStringLiteral("SQLite"); }

private:
    const char *m_program;
    QString m_dir;
    std::unique_ptr<PgCluster> m_cluster;
};

// CPU seconds this thread has used so far.
inline double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// The CPU seconds (user + system) that the PostgreSQL backend process serving `db` has used so
// far, read from /proc (the throwaway cluster runs on this machine); 0 on SQLite.
class BackendCpu {
public:
    explicit BackendCpu(QSqlDatabase db)
    {
        QSqlQuery q(db);
        if (db.driverName() == QLatin1String("QPSQL") && q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next())
            m_pid = q.value(0).toLongLong();
    }
    double seconds() const
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_pid));
        if (m_pid == 0 || !stat.open(QIODevice::ReadOnly))
            return 0;
        const QByteArray line = stat.readAll();
        // Fields after the command's closing parenthesis: state is field 3; utime, stime 14, 15.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        return fields.size() > 12 ? double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK)) : 0;
    }

private:
    qint64 m_pid = 0;
};

// The floor a server store cannot go below: the same rows inserted by bare QtSql statements,
// prepared once, with every value (canonical form, payload text) computed beforehand, one
// transaction per batch, into the server's own schema on the same backend and disk (a
// ServerStore opened on `spec`, so with the server's pragmas).
class BareWriter {
public:
    struct Rows {
        QList<QVariantList> sessions;  // only those no earlier batch inserted
        QList<QVariantList> contributions;
    };

    BareWriter(const char *program, const QString &spec, const QString &deviceId) : m_program(program), m_deviceId(deviceId)
    {
        auto opened = server::ServerStore::open(spec);
        if (!opened.store)
            die(program, opened.error);
        m_store = std::move(opened.store);
        m_session = QSqlQuery(m_store->db());
        m_contribution = QSqlQuery(m_store->db());
        if (!m_session.prepare(QStringLiteral("INSERT INTO sessions(id, device_id, channel, workshop, content_version, language,"
                                              " started_at, received_at, canonical) VALUES(?,?,?,?,?,?,?,?,?)"))
            || !m_contribution.prepare(QStringLiteral("INSERT INTO contributions(id, device_id, session_id, activity_id, kind,"
                                                      " content_version, payload, created_at, device_seq, supersedes, received_at,"
                                                      " canonical) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)")))
            die(program, m_store->db().lastError().text());
    }
    ~BareWriter()
    {
        m_session = QSqlQuery();
        m_contribution = QSqlQuery();
    }

    // What a batch binds, computed before anything is timed.
    Rows rows(const UploadBatch &b)
    {
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        Rows out;
        for (const SessionRecord &s : b.sessions) {
            if (m_sessionsSeen.contains(s.id))
                continue;
            m_sessionsSeen.insert(s.id);
            out.sessions.append({s.id, m_deviceId, s.channel, s.workshop, s.contentVersion, s.language, s.startedAt, now,
                                 QString::fromUtf8(canonical(s))});
        }
        for (const ContributionRecord &c : b.contributions)
            out.contributions.append({c.id, m_deviceId, c.sessionId, c.activityId, c.kind, c.contentVersion,
                                      QString::fromUtf8(QJsonDocument(c.payload).toJson(QJsonDocument::Compact)), c.createdAt, c.deviceSeq,
                                      c.supersedes.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(c.supersedes), now,
                                      QString::fromUtf8(canonical(c))});
        return out;
    }

    QSqlDatabase &db() { return m_store->db(); }

    // One transaction.
    void insert(const Rows &rows)
    {
        QSqlDatabase &db = m_store->db();
        if (!db.transaction())
            die(m_program, db.lastError().text());
        for (const auto &[query, list] : {std::pair{&m_session, &rows.sessions}, std::pair{&m_contribution, &rows.contributions}})
            for (const QVariantList &row : *list) {
                for (const QVariant &v : row)
                    query->addBindValue(v);
                if (!query->exec())
                    die(m_program, query->lastError().text());
            }
        if (!db.commit())
            die(m_program, db.lastError().text());
    }

private:
    const char *m_program;
    QString m_deviceId;
    std::unique_ptr<server::ServerStore> m_store;
    QSqlQuery m_session, m_contribution;
    QSet<QString> m_sessionsSeen;
};
#endif

struct Participant {
    SessionRecord session;
    QList<ContributionRecord> contributions;
};

// Simulated participants to copy from; each copy gets new ids, so every upload is new work.
class Templates {
public:
    explicit Templates(const Records &records)
    {
        QHash<QString, qsizetype> index;
        for (const SessionRecord &s : records.sessions) {
            index.insert(s.id, m_participants.size());
            m_participants.append({s, {}});
        }
        for (const ContributionRecord &c : records.contributions)
            if (index.contains(c.sessionId))
                m_participants[index.value(c.sessionId)].contributions.append(c);
        m_participants.removeIf([](const Participant &p) { return p.contributions.isEmpty(); });
    }
    bool isEmpty() const { return m_participants.isEmpty(); }

    Participant fresh(qsizetype n)
    {
        Participant p = m_participants.at(n % m_participants.size());
        QHash<QString, QString> ids;
        p.session.id = newId();
        for (ContributionRecord &c : p.contributions) {
            const QString id = newId();
            ids.insert(c.id, id);
            c.id = id;
            c.sessionId = p.session.id;
            c.supersedes = ids.value(c.supersedes);
        }
        return p;
    }

private:
    QList<Participant> m_participants;
};

struct Percentiles {
    double p50 = 0, p95 = 0, p99 = 0, max = 0, mean = 0;
    qsizetype count = 0;
};

inline Percentiles percentiles(QList<double> values)
{
    Percentiles p;
    p.count = values.size();
    if (values.isEmpty())
        return p;
    std::sort(values.begin(), values.end());
    auto rank = [&](double q) { return values.at(qBound<qsizetype>(0, qsizetype(std::ceil(q * double(values.size()))) - 1, values.size() - 1)); };
    double sum = 0;
    for (double v : values)
        sum += v;
    p.p50 = rank(0.50);
    p.p95 = rank(0.95);
    p.p99 = rank(0.99);
    p.max = values.last();
    p.mean = sum / double(values.size());
    return p;
}

} // namespace bench
