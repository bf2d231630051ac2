#include "datadir.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <sys/stat.h>

namespace samenspraak::platform {

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString prepareDataDir(const QString &dir, const QString &ownFile)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return QStringLiteral("The data dir %1 is a file, not a directory. Choose another path with --data-dir.").arg(dir);
    const bool made = !info.exists();
    if (!QDir().mkpath(dir))
        return QStringLiteral("Cannot create the data dir %1. Check the path and its permissions, or choose another with --data-dir.").arg(dir);
    struct stat st {};
    const QByteArray native = QFile::encodeName(dir);
    if (::stat(native.constData(), &st) == 0 && (st.st_mode & 077) != 0 && !(st.st_mode & S_ISVTX)
        && (made || (!ownFile.isEmpty() && QFileInfo::exists(QDir(dir).filePath(ownFile))))) {
        if (::chmod(native.constData(), 0700) != 0)
            return QStringLiteral("Cannot make the data dir %1 private (mode 0700). Check its owner, or choose another with --data-dir.").arg(dir);
    }
    QTemporaryFile probe(QDir(dir).filePath(QStringLiteral(".write-test-XXXXXX")));
    if (!probe.open())
        return QStringLiteral("Cannot write in the data dir %1. Check its permissions, or choose another with --data-dir.").arg(dir);
    // A full disk is no reason not to start: what is stored stays readable, and the store says
    // "opslag vol" where a write fails (so the CLI and the facilitator menu can tell staff).
    if ((probe.write("x", 1) != 1 || !probe.flush()) && probe.error() != QFileDevice::ResourceError)
        return QStringLiteral("Cannot write in the data dir %1: %2. Check its permissions and free space, or choose another with --data-dir.")
            .arg(dir, probe.errorString());
    return {};
}

bool makePrivate(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::stat(native.constData(), &st) != 0)
        return true;  // not there (yet)
    return (st.st_mode & 077) == 0 || ::chmod(native.constData(), st.st_mode & 0700) == 0;
}

} // namespace samenspraak::platform
