#pragma once
// A throwaway PostgreSQL 15 cluster for one test: initdb in a temp dir, a unix socket in that
// dir, a free TCP port on 127.0.0.1, trust auth. Stopped and removed by the destructor.
// initdb refuses to run as root (CI runs as root): then the dir is given to the `postgres`
// user and the server tools run through `runuser -u postgres --`.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUuid>

#include <memory>

#include <pwd.h>
#include <unistd.h>

class PgCluster {
public:
    static inline const QString BinDir = QStringLiteral("/usr/lib/postgresql/15/bin");

    // `durable`: commits are flushed to disk (fsync on), as in production, for benchmarks; tests
    // run with fsync off.
    explicit PgCluster(bool durable = false)
    {
        if (!QFileInfo(BinDir + QStringLiteral("/initdb")).isExecutable()) {
            m_error = QStringLiteral("PostgreSQL 15 is not installed (%1/initdb is missing); scripts/install-deps.sh installs it").arg(BinDir);
            return;
        }
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("cannot make a temp dir for the cluster");
            return;
        }
        if (::geteuid() == 0) {
            const passwd *pg = ::getpwnam("postgres");
            if (!pg) {
                m_error = QStringLiteral("running as root, but there is no 'postgres' user to run initdb as");
                return;
            }
            if (::chown(QFile::encodeName(m_dir.path()).constData(), pg->pw_uid, pg->pw_gid) != 0) {
                m_error = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir.path());
                return;
            }
            m_asPostgres = true;
        }
        const QString data = m_dir.filePath(QStringLiteral("data"));
        if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), data, QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("-U"),
                                            QStringLiteral("postgres"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                                            QStringLiteral("--locale=C"), QStringLiteral("--no-sync")}))
            return;
        m_port = freePort();
        const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1%3")
                                    .arg(m_dir.path()).arg(m_port)
                                    .arg(durable ? QString() : QStringLiteral(" -c fsync=off -c full_page_writes=off"));
        if (!run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                                            m_dir.filePath(QStringLiteral("log")), QStringLiteral("-w"), QStringLiteral("-t"),
                                            QStringLiteral("60"), QStringLiteral("start")}))
            return;
        m_running = true;
    }

    ~PgCluster() { stop(); }

    // Stops the cluster at once (as a crash or a lost database host would): for tests of a
    // server whose PostgreSQL went away. True once it is down.
    bool stop()
    {
        if (!m_running)
            return true;
        m_running = !run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), m_dir.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                                                    QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")});
        return !m_running;
    }

    bool ok() const { return m_running; }
    QString error() const { return m_error; }
    int port() const { return m_port; }

    // A fresh, empty database; returns its postgresql:// URL for `--db`, or empty.
    QString createDatabase(const QString &name)
    {
        const QString connection = QStringLiteral("pgcluster-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        bool created = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_port);
            db.setUserName(QStringLiteral("postgres"));
            db.setDatabaseName(QStringLiteral("postgres"));
            if (!db.open()) {
                m_error = QStringLiteral("cannot connect to the test cluster: %1").arg(db.lastError().text());
            } else {
                QSqlQuery q(db);
                created = q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
                if (!created)
                    m_error = QStringLiteral("CREATE DATABASE %1 failed: %2").arg(name, q.lastError().text());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        return created ? url(name) : QString();
    }

    QString url(const QString &database) const
    {
        return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
    }

private:
    static int freePort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        return probe.serverPort();
    }

    bool run(const QString &tool, const QStringList &arguments)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path());  // runuser keeps the cwd; postgres must be able to enter it
        const QString program = BinDir + QLatin1Char('/') + tool;
        if (m_asPostgres)
            p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program} + arguments);
        else
            p.start(program, arguments);
        if (!p.waitForFinished(120'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            m_error = QStringLiteral("%1 failed: %2").arg(tool, QString::fromLocal8Bit(p.readAll()));
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_error;
    int m_port = 0;
    bool m_asPostgres = false;
    bool m_running = false;
};

// The server database of one test on a backend, "sqlite" or "postgresql" (the suite runs on
// both: `GENERATE(as<QString>{}, "sqlite", "postgresql")`). `spec()` is what `--db` takes.
class ServerDatabase {
public:
    ServerDatabase(const QString &backend, const QString &dir)
    {
        if (backend == QLatin1String("postgresql")) {
            m_cluster = std::make_unique<PgCluster>();
            if (m_cluster->ok())
                m_spec = m_cluster->createDatabase(QStringLiteral("samenspraak"));
            m_error = m_cluster->error();
        } else {
            m_spec = QDir(dir).filePath(QStringLiteral("server.db"));
        }
    }
    bool ok() const { return !m_spec.isEmpty(); }
    QString error() const { return m_error; }
    QString spec() const { return m_spec; }
    PgCluster *cluster() const { return m_cluster.get(); }  // null on SQLite

private:
    std::unique_ptr<PgCluster> m_cluster;
    QString m_spec;
    QString m_error;
};
