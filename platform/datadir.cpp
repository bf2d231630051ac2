#include "datadir.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace samenspraak::platform {

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString prepareDataDir(const QString &dir)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return QStringLiteral("The data dir %1 is a file, not a directory. Choose another path with --data-dir.").arg(dir);
    if (!QDir().mkpath(dir))
        return QStringLiteral("Cannot create the data dir %1. Check the path and its permissions, or choose another with --data-dir.").arg(dir);
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open() || probe.write("x", 1) != 1 || !probe.flush())
        return QStringLiteral("Cannot write in the data dir %1. Check its permissions and free space, or choose another with --data-dir.").arg(dir);
    return {};
}

} // namespace samenspraak::platform
