#pragma once
// "Every contribution exactly once": compares a device's store with the server's export,
// and drives `samenspraak sync` until nothing is pending. Shared by the fault tests.

#include "processes.h"
#include "store.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QJsonObject>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QSet>

#include <memory>
#include <optional>

struct Arrival {
    int onDevice = -1;       // contributions on the device
    int exported = 0;        // rows in the server's export
    QStringList duplicated;  // ids the server exports more than once
    QStringList missing;     // device ids the server does not have
    QStringList unknown;     // exported ids the device never made
    int pending = -1;        // still waiting on the device
    int quarantined = -1;    // kept aside on the device

    std::string describe() const
    {
        return QStringLiteral("device %1, exported %2, duplicated %3, missing %4, unknown %5, pending %6, quarantined %7")
            .arg(onDevice).arg(exported).arg(duplicated.size()).arg(missing.size()).arg(unknown.size()).arg(pending)
            .arg(quarantined).toStdString();
    }
};

inline Arrival compareArrival(const QString &dataDir, const QString &serverDb)
{
    Arrival a;
    const QJsonArray rows = exportedContributions(serverDb);
    a.exported = int(rows.size());
    QHash<QString, int> counts;
    for (const QJsonValue &v : rows)
        ++counts[v.toObject().value(QStringLiteral("id")).toString()];
    auto opened = samenspraak::Store::open(dataDir, samenspraak::CorruptionPolicy::Refuse);
    if (!opened.store)
        return a;
    QSet<QString> onDevice;
    for (const auto &c : opened.store->contributions()) {
        onDevice.insert(c.id);
        if (!counts.contains(c.id))
            a.missing << c.id;
    }
    a.onDevice = int(onDevice.size());
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() > 1)
            a.duplicated << it.key();
        if (!onDevice.contains(it.key()))
            a.unknown << it.key();
    }
    a.pending = opened.store->pendingCount();
    a.quarantined = opened.store->quarantinedCount();
    return a;
}

// A device data dir on /dev/shm when there is one: simulating thousands of participants
// then costs no fsyncs, which the fault tests do not measure anyway.
inline std::unique_ptr<QTemporaryDir> deviceTempDir()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    return shm.isDir() && shm.isWritable() ? std::make_unique<QTemporaryDir>(QStringLiteral("/dev/shm/samenspraak-faults-XXXXXX"))
                                           : std::make_unique<QTemporaryDir>();
}

// "pending N" from the summary line `samenspraak sync` prints.
inline std::optional<int> pendingIn(const QString &syncOutput)
{
    static const QRegularExpression pending(QStringLiteral("pending (\\d+)"));
    const auto m = pending.match(syncOutput);
    return m.hasMatch() ? std::optional<int>(m.captured(1).toInt()) : std::nullopt;
}

inline QStringList syncArguments(const QString &dataDir, const QString &serverUrl, int retries)
{
    return {QStringLiteral("sync"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--server"), serverUrl,
            QStringLiteral("--retries"), QString::number(retries)};
}

// Counts the contributions the server has committed so far, beside the running server.
class ServerCount {
public:
    explicit ServerCount(const QString &spec) : m_connection(QUuid::createUuid().toString())
    {
        const bool postgres = spec.startsWith(QLatin1String("postgresql://"));
        QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE"), m_connection);
        if (postgres) {
            const QUrl url(spec);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db.setDatabaseName(spec);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=1000"));
        }
    }
    ~ServerCount() { QSqlDatabase::removeDatabase(m_connection); }

    qint64 operator()()
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection);  // opens it if need be
        QSqlQuery q(db);
        if (db.isOpen() && q.exec(QStringLiteral("SELECT count(*) FROM contributions")) && q.next())
            return q.value(0).toLongLong();
        return -1;
    }

private:
    QString m_connection;
};
