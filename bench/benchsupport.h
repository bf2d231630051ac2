#pragma once
// Shared by the sync benchmarks: realistic records (participants simulated through the real
// SessionController, every activity kind of the default pack), batches as the device's
// SyncClient makes them, and percentiles.

#include "appcontext.h"
#ifdef SAMENSPRAAK_SERVER
#include "processes.h"  // the real executables (tests/support)
#include "testsupport.h"
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
