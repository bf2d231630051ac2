#pragma once
// Helpers shared by the C++ tests.

#include <QFile>
#include <QString>

#ifndef SAMENSPRAAK_SOURCE_DIR
#error "SAMENSPRAAK_SOURCE_DIR must be defined by the build"
#endif

inline QString sourcePath(const QString &relative)
{
    return QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/") + relative;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QString defaultPackPath()
{
    return sourcePath(QStringLiteral("content/dalfsen-2040.json"));
}
