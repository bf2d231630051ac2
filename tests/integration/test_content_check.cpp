// `samenspraak content check` as a municipal editor runs it: exact lines, exact exit codes.

#include <catch2/catch.hpp>

#include "commandline.h"
#include "contentpack.h"
#include "processes.h"
#include "testsupport.h"

#include <QProcess>

namespace {

// Runs the real executable in `workingDir`, so FILE is printed as given.
CommandResult check(const QString &workingDir, const QStringList &files)
{
    QProcess p;
    p.setWorkingDirectory(workingDir);
    p.start(QStringLiteral(SAMENSPRAAK_APP), QStringList{QStringLiteral("content"), QStringLiteral("check")} + files);
    CommandResult r;
    if (!p.waitForFinished(60'000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

TEST_CASE("content check rejects a broken pack with every problem on its own line", "[content][cli]")
{
    const CommandResult r = check(sourcePath(QStringLiteral("tests/data/packs")), {QStringLiteral("unknown-field.json")});
    CHECK(r.exitCode == samenspraak::commandline::Failed);
    CHECK(r.out.toStdString() == "unknown-field.json:$.titel: unknown field\n"
                                 "unknown-field.json:$.title: is missing\n");
    CHECK(r.err.toStdString() == "");
}

TEST_CASE("content check accepts the default pack", "[content][cli]")
{
    const auto pack = samenspraak::loadContentPack(defaultPackPath()).pack;
    REQUIRE(pack);
    const CommandResult r = check(sourcePath(QStringLiteral("content")), {QStringLiteral("dalfsen-2040.json")});
    CHECK(r.exitCode == samenspraak::commandline::Ok);
    CHECK(r.out.toStdString() == QStringLiteral("dalfsen-2040.json: ok (dalfsen-2040 version %1, %2 activities)\n")
                                     .arg(pack->version).arg(pack->activities.size()).toStdString());
}

TEST_CASE("content check fails when any of several files is broken", "[content][cli]")
{
    const CommandResult r = check(sourcePath(QStringLiteral("tests/data/packs")),
                                  {QStringLiteral("valid-minimal.json"), QStringLiteral("invalid-json.json")});
    CHECK(r.exitCode == samenspraak::commandline::Failed);
    CHECK(r.out.toStdString() == "valid-minimal.json: ok (mini version 1, 1 activities)\n"
                                 "invalid-json.json:$: not valid JSON: unterminated object (line 5, column 4)\n");
}
