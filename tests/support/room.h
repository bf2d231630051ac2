#pragma once
// A room hub for integration tests: `samenspraak hub` on a loopback port of its own, restartable
// on the same data dir and port (docs/architecture.md, "Room hub").

#include "processes.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QUrlQuery>
#include <QThread>

#include <functional>

// The first column of what `sql` selects in a SQLite database (the hub's, the server's, a
// tablet's), read on a connection of its own; empty when it cannot be read.
inline QStringList sqliteColumn(const QString &databaseFile, const QString &sql)
{
    QStringList out;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(databaseFile);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql))
                while (q.next())
                    out.append(q.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

class HubProcess {
public:
    explicit HubProcess(const QString &dataDir, const QStringList &extra = {}) : m_dataDir(dataDir), m_extra(extra) {}
    ~HubProcess() { stop(); }

    // Starts the hub (again on the same port after stop() or kill()). True once it printed its
    // room code and join URL.
    bool start()
    {
        m_process.setProgram(QStringLiteral(SAMENSPRAAK_APP));
        m_process.setArguments(QStringList{QStringLiteral("hub"), QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--listen"),
                                           QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--advertise"), QStringLiteral("127.0.0.1"),
                                           QStringLiteral("--forward-retry-max"), QStringLiteral("1"),
                                           QStringLiteral("--discovery-port"), QStringLiteral("0")} + m_extra);
        m_process.start();
        QString seen;
        while (m_process.waitForReadyRead(15'000)) {
            seen += QString::fromUtf8(m_process.readAllStandardOutput());
            const QStringList lines = seen.split(QLatin1Char('\n'));
            if (lines.size() >= 3) {
                m_code = lines.at(0).trimmed();
                m_joinUrl = lines.at(1).trimmed();
                m_output = seen;
                m_port = QUrl(m_joinUrl).port();
                return m_port > 0;
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
    // One line for the hub's console (app/hubconsole.h) and its answer, line by line ("queue":
    // up to and without its "end").
    QStringList command(const QString &line, int timeoutMs = 10'000)
    {
        m_process.readAllStandardOutput();
        m_process.write((line + QLatin1Char('\n')).toUtf8());
        const bool queue = line.trimmed() == QLatin1String("queue");
        QString seen;
        while (m_process.waitForReadyRead(timeoutMs)) {
            seen += QString::fromUtf8(m_process.readAllStandardOutput());
            if (!seen.endsWith(QLatin1Char('\n')))
                continue;
            QStringList lines = seen.trimmed().split(QLatin1Char('\n'));
            if (!queue)
                return lines;
            if (lines.last() == QLatin1String("end")) {
                lines.removeLast();
                return lines;
            }
        }
        return {QStringLiteral("error: no answer from the hub to '%1'").arg(line)};
    }
    qint64 pid() const { return m_process.processId(); }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    QString code() const { return m_code; }           // "123 456"
    QString joinUrl() const { return m_joinUrl; }     // https://127.0.0.1:PORT/join?code=...&fp=...
    QString hubUrl() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_port); }
    QString fingerprint() const { return QUrlQuery(QUrl(m_joinUrl)).queryItemValue(QStringLiteral("fp")); }
    QString output() const { return m_output; }
    QString error() const { return m_error; }
    QString database() const { return m_dataDir + QStringLiteral("/room/hub.db"); }
    int port() const { return m_port; }

private:
    QString m_dataDir;
    QStringList m_extra;
    QProcess m_process;
    QString m_code, m_joinUrl, m_output, m_error;
    int m_port = 0;
};

// Ids in a SQLite database (the hub's, the server's, a tablet's), by query.
inline QStringList ids(const QString &databaseFile, const QString &sql)
{
    return sqliteColumn(databaseFile, sql);
}

inline QString tabletDb(const QString &dataDir)
{
    return dataDir + QStringLiteral("/samenspraak.db");
}

// `samenspraak sync` once, without retries: to the device's room hub (when in a room), then to
// the municipal server, with the summaries and ended rooms of a hub tablet.
inline CommandResult syncOnce(const QString &dataDir)
{
    return app({QStringLiteral("sync"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--retries"), QStringLiteral("0")});
}

// `samenspraak hub --end`: ends the room of a hub data dir whose hub is stopped.
inline CommandResult endRoom(const QString &dataDir)
{
    return app({QStringLiteral("hub"), QStringLiteral("--end"), QStringLiteral("--data-dir"), dataDir});
}

// Polls `done` (what another process writes) until it holds or `timeoutMs` passed.
inline void waitUntil(const std::function<bool()> &done, int timeoutMs = 60'000)
{
    QElapsedTimer waited;
    waited.start();
    while (!done() && waited.elapsed() < timeoutMs)
        QThread::msleep(200);
}
