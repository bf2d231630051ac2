#pragma once
// Enrolls a device data dir with a running server, the way staff and a device do it for real:
// `samenspraak-server devices enroll-code` then `samenspraak enroll`. Call before `samenspraak sync`.

#include "processes.h"

// The one-time code `devices enroll-code` prints alone on its first line, or empty.
inline QString makeEnrollmentCode(const QString &serverDb, const QStringList &extra = {}, QString *error = nullptr)
{
    const CommandResult r = serverCommand(QStringList{QStringLiteral("devices"), QStringLiteral("enroll-code"), QStringLiteral("--db"), serverDb} + extra);
    if (r.exitCode != 0) {
        if (error)
            *error = QStringLiteral("devices enroll-code failed (%1): %2").arg(r.exitCode).arg(r.err);
        return {};
    }
    return r.out.section(QLatin1Char('\n'), 0, 0);
}

// `serverUrl`: where the device reaches the server (the server's own URL, or a proxy's in front
// of it); the device keeps it as its server.
inline bool enrollDevice(const QString &serverUrl, const QString &serverDb, const QString &dataDir, QString *error = nullptr)
{
    const QString code = makeEnrollmentCode(serverDb, {}, error);
    if (code.isEmpty())
        return false;
    const CommandResult r = app({QStringLiteral("enroll"), QStringLiteral("--data-dir"), dataDir, QStringLiteral("--server"), serverUrl,
                                 QStringLiteral("--code"), code});
    if (r.exitCode != 0) {
        if (error)
            *error = QStringLiteral("samenspraak enroll failed (%1): %2").arg(r.exitCode).arg(r.err);
        return false;
    }
    return true;
}

inline bool enrollDevice(const ServerProcess &server, const QString &serverDb, const QString &dataDir, QString *error = nullptr)
{
    return enrollDevice(server.url(), serverDb, dataDir, error);
}

// Enrolls every data dir with the server: empty, or the first failure.
inline QString enrollAll(const ServerProcess &server, const QString &serverDb, const QStringList &dataDirs)
{
    QString error;
    for (const QString &dir : dataDirs)
        if (!enrollDevice(server, serverDb, dir, &error))
            return error;
    return {};
}
