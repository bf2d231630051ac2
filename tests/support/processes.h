#pragma once
// Runs the real executables for integration tests: a samenspraak-server on a free loopback
// port, and one-shot commands with their output captured.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

#include <sys/mount.h>
#include <grp.h>
#include <sys/resource.h>
#include <sched.h>
#include <unistd.h>

#ifndef SAMENSPRAAK_APP
#error "SAMENSPRAAK_APP and SAMENSPRAAK_SERVER must point at the built executables"
#endif

struct CommandResult {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CommandResult runCommand(const QString &program, const QStringList &arguments, int timeoutMs = 120'000)
{
    QProcess p;
    p.start(program, arguments);
    CommandResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline QByteArray readFileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline CommandResult app(const QStringList &arguments) { return runCommand(QStringLiteral(SAMENSPRAAK_APP), arguments); }
// The server executable: the one built with these tests, or SAMENSPRAAK_SERVER_PROGRAM (a
// benchmark comparing two builds runs the same bench against an older server).
inline QString serverProgram()
{
    const QString other = qEnvironmentVariable("SAMENSPRAAK_SERVER_PROGRAM");
    return other.isEmpty() ? QStringLiteral(SAMENSPRAAK_SERVER) : other;
}
inline CommandResult serverCommand(const QStringList &arguments) { return runCommand(serverProgram(), arguments); }
// `samenspraak-server content publish`: a content pack (the shipped one unless named) into a
// server database.
inline CommandResult publishPack(const QString &db, const QString &pack = QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json"))
{
    return serverCommand({QStringLiteral("content"), QStringLiteral("publish"), QStringLiteral("--db"), db, pack});
}

// A small file system of its own for one process: the child gets a private mount namespace
// with a tmpfs of `mebibytes` over `dir` (root may do this where the kernel lets it: a full or
// read-only disk for that process alone, without touching the machine's). Other processes keep
// seeing the real `dir`; `inMountNamespace` runs a command inside the child's view.
struct PrivateDisk {
    QString dir;
    int mebibytes = 0;
    explicit operator bool() const { return !dir.isEmpty() && mebibytes > 0; }
    // For QProcess::setChildProcessModifier: exits 126 when the namespace cannot be made.
    std::function<void()> childModifier() const
    {
        return [dir = QFile::encodeName(dir), options = QByteArray("size=") + QByteArray::number(mebibytes) + "m"] {
            if (::unshare(CLONE_NEWNS) != 0 || ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0
                || ::mount("tmpfs", dir.constData(), "tmpfs", 0, options.constData()) != 0)
                ::_exit(126);
        };
    }
    // Whether this machine lets the tests make one (root, and a kernel or container that allows
    // mount namespaces): tried on a throwaway child.
    static bool available(const QString &scratchDir)
    {
        QProcess probe;
        probe.setProgram(QStringLiteral("/bin/true"));
        probe.setChildProcessModifier(PrivateDisk{scratchDir, 1}.childModifier());
        probe.start();
        return probe.waitForFinished(10'000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    }
    // Makes `mountPoint` and tells whether a private disk can be mounted over it (available).
    static bool prepare(const QString &mountPoint) { return QDir().mkpath(mountPoint) && available(mountPoint); }
    static constexpr const char *Unavailable = "SKIPPED: no private mount namespace can be made here (needs root and a kernel that allows it)";
    // Runs `arguments` (program first) in the mount namespace of process `pid`.
    static CommandResult inMountNamespace(qint64 pid, const QStringList &arguments)
    {
        return runCommand(QStringLiteral("nsenter"), QStringList{QStringLiteral("-t"), QString::number(pid), QStringLiteral("-m"), QStringLiteral("--")} + arguments);
    }
};

// SIGTERM, and SIGKILL after 5 s.
inline void stopProcess(QProcess &process)
{
    if (process.state() != QProcess::NotRunning) {
        process.terminate();
        if (!process.waitForFinished(5000)) {
            process.kill();
            process.waitForFinished();
        }
    }
}

class ServerProcess {
public:
    // `openFileLimit` > 0 runs the server with that many open files at most (soft and hard
    // limit, as `prlimit --nofile=N:N` would).
    explicit ServerProcess(const QString &db, const QStringList &extra = {}, int openFileLimit = 0)
        : m_db(db), m_extra(extra), m_openFileLimit(openFileLimit)
    {
        start();
    }
    // The server on a small disk of its own (PrivateDisk): `db` should lie under `disk.dir`.
    ServerProcess(const QString &db, const PrivateDisk &disk) : m_db(db), m_disk(disk) { start(); }
    // The server as an unprivileged user (root may switch to it; root itself is never refused
    // a write, so a read-only directory shows only under another user).
    struct User {
        uid_t uid;
        gid_t gid;
    };
    ServerProcess(const QString &db, User user) : m_db(db), m_user(user) { start(); }
    ~ServerProcess() { stop(); }

    // Starts the server, or restarts it after stop() or kill() on the same db, port and options.
    bool start()
    {
        m_process.setProgram(serverProgram());
        m_process.setArguments(QStringList{QStringLiteral("serve"), QStringLiteral("--db"), m_db, QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:%1").arg(m_port)} + m_extra);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        if (m_disk)
            m_process.setChildProcessModifier(m_disk.childModifier());
        if (m_user) {
            m_process.setChildProcessModifier([user = *m_user] {
                // Group first: once the user is switched, the group can no longer be.
                if (::setgroups(0, nullptr) != 0 || ::setgid(user.gid) != 0 || ::setuid(user.uid) != 0)
                    ::_exit(126);
            });
        }
        if (m_openFileLimit > 0) {
            m_process.setChildProcessModifier([limit = rlim_t(m_openFileLimit)] {
                const rlimit files{limit, limit};
                ::setrlimit(RLIMIT_NOFILE, &files);
            });
        }
        m_process.start();
        static const QRegularExpression listening(QStringLiteral("listening on (http://127\\.0\\.0\\.1:(\\d+))"));
        QString seen;
        while (m_process.waitForReadyRead(10'000)) {
            seen += QString::fromUtf8(m_process.readAllStandardOutput());
            const auto m = listening.match(seen);
            if (m.hasMatch()) {
                m_url = m.captured(1);
                m_port = m.captured(2).toInt();
                return true;
            }
        }
        m_error = seen + QString::fromUtf8(m_process.readAllStandardError());
        return false;
    }
    void stop() { stopProcess(m_process); }
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    qint64 pid() const { return m_process.processId(); }
    QString url() const { return m_url; }
    int port() const { return m_port; }
    QString error() const { return m_error; }

private:
    QString m_db;
    QStringList m_extra;
    QProcess m_process;
    QString m_url;
    QString m_error;
    int m_port = 0;  // 0 first: the server picks a free port; a restart reuses it
    int m_openFileLimit = 0;
    PrivateDisk m_disk;
    std::optional<User> m_user;
};

// The server's export as JSON, via the real export command: the joined form, whole records
// with their session and device ids, to check exactly-once against.
inline QJsonArray exportedContributions(const QString &db)
{
    const CommandResult r = serverCommand({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("json"),
                                           QStringLiteral("--joined")});
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}
