// Nothing a resident gives is lost to a crash: a child process (crash_child.cpp) records
// answers through the real save path and is killed with SIGKILL at random moments. After
// every kill the database must pass integrity_check and hold every answer the child
// acknowledged before it died.

#include <catch2/catch.hpp>

#include "store.h"
#include "testsupport.h"

#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <cstdio>
#include <random>

#ifndef SAMENSPRAAK_CRASH_CHILD
#error "SAMENSPRAAK_CRASH_CHILD must point at the crash_child executable"
#endif

using namespace samenspraak;

namespace {

constexpr int Kills = 200;

// Complete "ack <id>" lines only: a line cut off by the kill was not acknowledged.
QStringList acknowledged(const QByteArray &out)
{
    QStringList ids;
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)  // the part after the last '\n' is incomplete
        if (lines.at(i).startsWith("ack "))
            ids << QString::fromLatin1(lines.at(i).mid(4));
    return ids;
}

} // namespace

TEST_CASE("SIGKILL at random moments loses no acknowledged answer", "[store][crash]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString pack = defaultPackPath();
    const unsigned seed = std::random_device{}();
    INFO("seed " << seed);
    std::mt19937 rng(seed);

    QSet<QString> acked;
    int startupKills = 0;
    for (int round = 0; round < Kills; ++round) {
        INFO("kill " << round + 1);
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QStringLiteral(SAMENSPRAAK_CRASH_CHILD), {dir.path(), pack});
        REQUIRE(child.waitForStarted(10'000));

        // One kill in five lands while the child starts (opening, migrating, installing the
        // pack); the others while it is saving, a few ms to ~100 ms into the loop.
        QByteArray out;
        const bool duringStartup = round % 5 == 0;
        if (duringStartup) {
            ++startupKills;
            QThread::msleep(std::uniform_int_distribution<int>(1, 40)(rng));
        } else {
            while (!out.contains("ready\n")) {
                const bool more = child.waitForReadyRead(30'000);
                out += child.readAllStandardOutput();
                if (!more && !out.contains("ready\n"))
                    FAIL("the child did not start: " << child.readAllStandardError().toStdString());
            }
            QThread::msleep(std::uniform_int_distribution<int>(2, 100)(rng));
        }
        REQUIRE(::kill(pid_t(child.processId()), SIGKILL) == 0);
        REQUIRE(child.waitForFinished(30'000));
        out += child.readAllStandardOutput();
        INFO("child stderr: " << child.readAllStandardError().toStdString());
        // It died of the kill, not of an error of its own.
        REQUIRE(child.exitStatus() == QProcess::CrashExit);
        for (const QString &id : acknowledged(out))
            acked.insert(id);

        // What the next start of the app would see.
        auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
        INFO("open: " << opened.error.message.toStdString());
        REQUIRE(opened.store);
        QSqlQuery q(opened.store->db());
        REQUIRE(q.exec(QStringLiteral("PRAGMA integrity_check")));
        REQUIRE(q.next());
        REQUIRE(q.value(0).toString() == QStringLiteral("ok"));
        QSet<QString> stored;
        REQUIRE(q.exec(QStringLiteral("SELECT id FROM contributions")));
        while (q.next())
            stored.insert(q.value(0).toString());
        QStringList lost;
        for (const QString &id : std::as_const(acked))
            if (!stored.contains(id))
                lost << id;
        INFO("lost: " << lost.join(QLatin1Char(' ')).toStdString());
        REQUIRE(lost.isEmpty());
    }
    std::printf("crash test: %d SIGKILLs (%d during start-up), %lld acknowledged answers checked after each kill, none lost\n",
                Kills, startupKills, qlonglong(acked.size()));
    CHECK_FALSE(acked.isEmpty());  // the kills really landed mid-save, not only between runs
}
