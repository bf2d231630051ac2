#pragma once
// A hand-built round for the results engine: sixteen participants of an invented municipality
// (tests/data/results/round-pack.json, no Dalfsen ids), two of whom changed an answer. The
// first six (a workshop) answer everything; 7-16 (the kiosk) only the statements, the profile
// and satisfaction, so group breakdowns have groups of five and more. The
// same records go into the device store, the server store on SQLite and on PostgreSQL, and
// straight into the engine; every source must give the numbers test_results_engine.cpp
// works out by hand.

#include "contentpack.h"
#include "protocol.h"

#include <QList>

namespace samenspraak::testing {

struct ResultsRound {
    ContentPack pack;
    QList<protocol::SessionRecord> sessions;
    // In the order they were made: a changed answer comes after the one it supersedes.
    QList<protocol::ContributionRecord> contributions;
};

// The first `participants` (1..16) participants of the round.
ResultsRound resultsRound(int participants = 6);

} // namespace samenspraak::testing

namespace samenspraak::results {
class Round;
}

namespace samenspraak::testing {

// Every figure the engine gives for the round, one per line ("kleuren: rust 3/6 50%", ...),
// so two sources of the same records can be compared in one assertion.
QString figures(const ContentPack &pack, const results::Round &round);

} // namespace samenspraak::testing
