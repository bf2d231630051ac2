// One results engine, whoever holds the records: the hand-built round of
// tests/support/resultsround.cpp goes into the device store, the server store on SQLite and
// on PostgreSQL, comes back out, and must give exactly the figures the engine gives on the
// records themselves (test_results_engine.cpp checks those by hand).
#include <catch2/catch.hpp>

#include "pgcluster.h"
#include "results.h"
#include "resultsround.h"
#include "serverstore.h"
#include "store.h"

#include <QTemporaryDir>

using namespace samenspraak;
using samenspraak::testing::figures;
using samenspraak::testing::resultsRound;

TEST_CASE("results: the device store gives the engine the same round", "[results][store]")
{
    const auto fixture = resultsRound();
    const QString expected = figures(fixture.pack, results::Round(fixture.contributions));
    QTemporaryDir dir;
    auto opened = Store::open(dir.path(), CorruptionPolicy::Refuse);
    REQUIRE(opened.store);
    Store &store = *opened.store;
    REQUIRE_FALSE(store.installContent(fixture.pack));
    for (const auto &session : fixture.sessions)
        REQUIRE_FALSE(store.saveSession(session));
    for (auto contribution : fixture.contributions)
        REQUIRE_FALSE(store.saveContribution(contribution));
    const auto stored = store.contributions();
    REQUIRE(stored.size() == fixture.contributions.size());
    CHECK(figures(fixture.pack, results::Round(stored)).toStdString() == expected.toStdString());
}

TEST_CASE("results: the server store gives the engine the same round, on SQLite and PostgreSQL", "[results][server][postgres]")
{
    const QString backend = GENERATE(as<QString>{}, "sqlite", "postgresql");
    INFO("backend: " << backend.toStdString());
    const auto fixture = resultsRound();
    const QString expected = figures(fixture.pack, results::Round(fixture.contributions));
    QTemporaryDir dir;
    ServerDatabase db(backend, dir.path());
    INFO(db.error().toStdString());
    REQUIRE(db.ok());
    auto opened = server::ServerStore::open(db.spec());
    INFO(opened.error.toStdString());
    REQUIRE(opened.store);
    // Two devices' uploads, the second answer of a changed pair in a later batch than the first.
    const int half = int(fixture.contributions.size()) / 2;
    for (const auto &part : {fixture.contributions.mid(0, half), fixture.contributions.mid(half)}) {
        const protocol::UploadBatch batch{QStringLiteral("device-a"), QStringLiteral("0.1.0"), fixture.pack.version,
                                          int(part.size() + fixture.sessions.size()), fixture.sessions, part};
        const auto ingested = opened.store->ingest().add(batch, QStringLiteral("device-a"));
        REQUIRE(ingested.error.isEmpty());
    }
    const auto stored = opened.store->ingest().contributions();
    REQUIRE(stored.size() == fixture.contributions.size());
    CHECK(figures(fixture.pack, results::Round(stored)).toStdString() == expected.toStdString());
}
