// The results engine over hand-built records (tests/support/resultsround.cpp): no store, no
// SQLite, no Dalfsen ids. Every expected figure is worked out by hand in the comments.
#include <catch2/catch.hpp>

#include "results.h"
#include "resultsround.h"

using namespace samenspraak;
using samenspraak::testing::resultsRound;

TEST_CASE("engine: a changed answer counts once, as its latest version", "[results][engine]")
{
    const auto fixture = resultsRound();
    const results::Round round(fixture.contributions);
    // Six people took part; participants 1 and 6 changed their values, so 8 values
    // contributions hold 6 current answers.
    CHECK(round.participants() == 6);
    CHECK(round.answers(QStringLiteral("kleuren")).size() == 6);
    // Current: [rust durf] [rust] [durf zorg] [rust] [zorg] [zorg] -> rust 3, zorg 3, durf 2 of 6.
    const auto shares = results::valuePicks(round, QStringLiteral("kleuren"));
    REQUIRE(shares.size() == 3);
    CHECK(shares.at(0).id == QLatin1String("rust"));
    CHECK(shares.at(0).count == 3);
    CHECK(shares.at(0).of == 6);
    CHECK(shares.at(0).percent() == 50);
    CHECK(shares.at(1).id == QLatin1String("zorg"));  // a tie goes by id
    CHECK(shares.at(1).count == 3);
    CHECK(shares.at(2).id == QLatin1String("durf"));
    CHECK(shares.at(2).percent() == 33);
}

TEST_CASE("engine: the order records arrive in does not matter", "[results][engine]")
{
    auto fixture = resultsRound();
    std::reverse(fixture.contributions.begin(), fixture.contributions.end());
    const results::Round reversed(fixture.contributions);
    const auto shares = results::valuePicks(reversed, QStringLiteral("kleuren"));
    REQUIRE(shares.size() == 3);
    CHECK(shares.at(0).count == 3);
    CHECK(shares.at(0).of == 6);
    CHECK(samenspraak::testing::figures(fixture.pack, reversed)
          == samenspraak::testing::figures(fixture.pack, results::Round(resultsRound().contributions)));
}

TEST_CASE("engine: statements count agree, disagree, pass and important apart", "[results][engine]")
{
    const auto fixture = resultsRound();
    const results::Round round(fixture.contributions);
    const auto tallies = results::statements(round, QStringLiteral("stellingen"));
    REQUIRE(tallies.size() == 2);
    // bus: agree 1 2 4 5, disagree 3, pass 6; important: 1 -> 4 of 5 sides agree = 80%.
    CHECK(tallies.at(0).id == QLatin1String("bus"));
    CHECK(tallies.at(0).agree == 4);
    CHECK(tallies.at(0).disagree == 1);
    CHECK(tallies.at(0).pass == 1);
    CHECK(tallies.at(0).important == 1);
    CHECK(tallies.at(0).agreePercent() == 80);
    // winkel: agree 2 5, disagree 1 4, pass 3; important: 4 -> 2 of 4 = 50%.
    CHECK(tallies.at(1).id == QLatin1String("winkel"));
    CHECK(tallies.at(1).agree == 2);
    CHECK(tallies.at(1).disagree == 2);
    CHECK(tallies.at(1).pass == 1);
    CHECK(tallies.at(1).important == 1);
    CHECK(tallies.at(1).agreePercent() == 50);
}

TEST_CASE("engine: dots, dilemma and satisfaction", "[results][engine]")
{
    const results::Round round(resultsRound().contributions);
    // park 3+1+2 = 6, school 2+3+1+3 = 9, of 15 spent.
    const auto dots = results::allocation(round, QStringLiteral("geld"));
    REQUIRE(dots.size() == 2);
    CHECK(dots.at(0).id == QLatin1String("school"));
    CHECK(dots.at(0).count == 9);
    CHECK(dots.at(0).of == 15);
    CHECK(dots.at(0).percent() == 60);
    CHECK(dots.at(1).count == 6);
    // Positions 0 4 4 0 4 2 on a slider of 5 steps: mean 14/6.
    const auto dilemma = results::dilemma(round, QStringLiteral("keuze"), 5);
    CHECK(dilemma.count == 6);
    CHECK(dilemma.mean == Approx(14.0 / 6));
    CHECK(dilemma.histogram == QList<int>{2, 0, 1, 0, 3});
    // An answer beyond the slider (an older pack with more steps) is left out.
    const auto narrower = results::dilemma(round, QStringLiteral("keuze"), 3);
    CHECK(narrower.count == 3);
    // Scores 5 4 2 5 3 (participant 6 skipped it): mean 3.8.
    const auto satisfaction = results::satisfaction(round, QStringLiteral("tevreden"));
    CHECK(satisfaction.count == 5);
    CHECK(satisfaction.mean == Approx(3.8));
    CHECK(satisfaction.histogram == QList<int>{0, 1, 1, 1, 2});
}

TEST_CASE("engine: the glimpse shows nothing of an activity with fewer than five answers", "[results][engine]")
{
    const auto fixture = resultsRound();
    const results::Round all(fixture.contributions);
    const auto rows = results::glimpse(fixture.pack, all, 3);
    // Three values (6 answers), and bus as most agreed (5 took a side). winkel has only 4
    // sides, so nothing is said to divide people.
    REQUIRE(rows.size() == 4);
    CHECK(rows.at(0).kind == results::GlimpseRow::Kind::Value);
    CHECK(rows.at(0).id == QLatin1String("rust"));
    CHECK(rows.at(2).id == QLatin1String("durf"));
    CHECK(rows.at(3).kind == results::GlimpseRow::Kind::MostAgreed);
    CHECK(rows.at(3).id == QLatin1String("bus"));
    CHECK(rows.at(3).percent == 80);
    CHECK(results::glimpse(fixture.pack, all, 1).size() == 2);  // the top value only, and bus

    // Four participants: four values answers and four sides on bus, below the minimum.
    const auto four = resultsRound(4);
    const results::Round few(four.contributions);
    CHECK(few.participants() == 4);
    CHECK_FALSE(few.showable(QStringLiteral("kleuren")));
    CHECK(results::glimpse(four.pack, few, 3).isEmpty());
    // Five: values show (5 answers); bus has 5 sides (agree 1 2 4 5, disagree 3).
    const auto five = resultsRound(5);
    const auto fiveRows = results::glimpse(five.pack, results::Round(five.contributions), 3);
    REQUIRE(fiveRows.size() == 4);
    CHECK(fiveRows.at(3).id == QLatin1String("bus"));
}

TEST_CASE("engine: an answer that does not fit its kind is left out, not counted as zero", "[results][engine]")
{
    auto fixture = resultsRound();
    auto broken = fixture.contributions.first();
    broken.id = QStringLiteral("00000000-0000-4000-8000-000000000001");
    broken.supersedes.clear();
    broken.payload = QJsonObject{{QStringLiteral("picks"), QStringLiteral("not a list")}};
    fixture.contributions.append(broken);
    const auto shares = results::valuePicks(results::Round(fixture.contributions), QStringLiteral("kleuren"));
    REQUIRE_FALSE(shares.isEmpty());
    CHECK(shares.at(0).of == 6);
}

// ---- The wider engine: ranking, ideas, dilemma shape, groups, reach, representativeness ----
// resultsRound(16) adds ten kiosk visitors (7-16) to the six workshop participants; the
// table in tests/support/resultsround.cpp is what the hand computations below read from.

#include "resultssummary.h"

#include <QJsonArray>

#include <cmath>
#include <functional>

namespace {

const results::ActivityResult &activityIn(const results::Summary &summary, const QString &id)
{
    for (const auto &a : summary.activities)
        if (a.id == id)
            return a;
    FAIL("no activity " << id.toStdString());
    return summary.activities.first();
}

const results::StatementResult &statementIn(const results::ActivityResult &a, const QString &id)
{
    for (const auto &s : a.statements)
        if (s.overall.id == id)
            return s;
    FAIL("no statement " << id.toStdString());
    return a.statements.first();
}

const results::StatementDimension &dimensionIn(const results::StatementResult &s, const QString &id)
{
    for (const auto &d : s.byDimension)
        if (d.dimension == id)
            return d;
    FAIL("no dimension " << id.toStdString());
    return s.byDimension.first();
}

results::Summary summaryOf(const testing::ResultsRound &fixture, const QString &phase = {})
{
    return results::summarize(fixture.pack, results::Round(fixture.contributions, fixture.sessions), phase);
}

} // namespace

TEST_CASE("engine: ranking by Borda count, with the share that put each first", "[results][engine]")
{
    const results::Round round(resultsRound().contributions);
    // Orders (3 options: first 2 points, second 1, last 0):
    //   1 trein fiets auto | 2 fiets trein auto | 3 fiets auto trein
    //   4 trein fiets auto | 5 fiets trein auto | 6 auto fiets trein
    // fiets 1+2+2+1+2+1 = 9, first by 2 3 5 (3 of 6 = 50%), positions 2 1 1 2 1 2 -> mean 1.5
    // trein 2+1+0+2+1+0 = 6, first by 1 4 (33%), positions 1 2 3 1 2 3 -> mean 2
    // auto  0+0+1+0+0+2 = 3, first by 6 (17%), positions 3 3 2 3 3 1 -> mean 2.5
    const auto ranked = results::ranking(round, QStringLiteral("volgorde"));
    REQUIRE(ranked.size() == 3);
    CHECK(ranked.at(0).id == QLatin1String("fiets"));
    CHECK(ranked.at(0).points == 9);
    CHECK(ranked.at(0).first == 3);
    CHECK(ranked.at(0).firstPercent() == 50);
    CHECK(ranked.at(0).meanPosition == Approx(1.5));
    CHECK(ranked.at(1).id == QLatin1String("trein"));
    CHECK(ranked.at(1).points == 6);
    CHECK(ranked.at(1).firstPercent() == 33);
    CHECK(ranked.at(1).meanPosition == Approx(2.0));
    CHECK(ranked.at(2).id == QLatin1String("auto"));
    CHECK(ranked.at(2).points == 3);
    CHECK(ranked.at(2).firstPercent() == 17);
    CHECK(ranked.at(2).n == 6);
}

TEST_CASE("engine: ideas by kind and by theme", "[results][engine]")
{
    const results::Round round(resultsRound().contributions);
    // Ideas (participant 1 gave two, and ideas never supersede each other):
    //   1 opportunity/wonen, 1 concern/verkeer, 2 concern/verkeer, 3 solution/wonen,
    //   4 concern/wonen, 5 concern/verkeer -> 6 ideas; concern 4, opportunity 1, solution 1;
    //   verkeer 3, wonen 3 (a tie goes by id).
    const auto t = results::ideas(round, QStringLiteral("ideeen"));
    CHECK(t.count == 6);
    REQUIRE(t.byKind.size() == 3);
    CHECK(t.byKind.at(0).id == QLatin1String("concern"));
    CHECK(t.byKind.at(0).count == 4);
    CHECK(t.byKind.at(0).of == 6);
    CHECK(t.byKind.at(1).id == QLatin1String("opportunity"));
    CHECK(t.byKind.at(2).id == QLatin1String("solution"));
    REQUIRE(t.byTheme.size() == 2);
    CHECK(t.byTheme.at(0).id == QLatin1String("verkeer"));
    CHECK(t.byTheme.at(0).count == 3);
    CHECK(t.byTheme.at(1).count == 3);
    // Five people gave ideas: just enough for the summary to show them (n counts people).
    const auto summary = summaryOf(resultsRound());
    CHECK(activityIn(summary, QStringLiteral("ideeen")).n == 5);
    CHECK_FALSE(activityIn(summary, QStringLiteral("ideeen")).withheld);
    CHECK(activityIn(summaryOf(resultsRound(4)), QStringLiteral("ideeen")).withheld);
}

TEST_CASE("engine: the dilemma's spread and whether the room is split in two", "[results][engine]")
{
    const results::Round round(resultsRound().contributions);
    // Positions 0 4 4 0 4 2, histogram [2 0 1 0 3], mean 14/6 = 2.333.
    // Spread: (2*(7/3)^2 + 1*(1/3)^2 + 3*(5/3)^2) / 6 = (98/9 + 1/9 + 75/9) / 6 = 174/54 = 3.222,
    // sqrt = 1.795. Peaks at 0 (2 answers) and 4 (3); the smaller holds 2 of 6 >= a fifth and the
    // dip between them is 0 <= half of 2: split, peaks 0 and 4.
    const auto t = results::dilemma(round, QStringLiteral("keuze"), 5);
    CHECK(t.spread == Approx(std::sqrt(174.0 / 54)).epsilon(1e-9));
    CHECK(t.split);
    CHECK(t.peaks == QList<int>{0, 4});
    // The first five only: 0 4 4 0 4, histogram [2 0 0 0 3]: still split.
    CHECK(results::dilemma(results::Round(resultsRound(5).contributions), QStringLiteral("keuze"), 5).split);
    // A slider of three steps keeps 0 0 2 (the 4s are beyond it): histogram [2 0 1]; peaks 0 (2)
    // and 2 (1), the smaller one holds 1 of 3 >= a fifth, the dip is 0: split.
    CHECK(results::dilemma(round, QStringLiteral("keuze"), 3).split);
    // Positions 0 4 4 0 4 2 read on 7 steps give [2 0 1 0 3 0 0]: the same peaks.
    CHECK(results::dilemma(round, QStringLiteral("keuze"), 7).peaks == QList<int>{0, 4});
}

TEST_CASE("engine: satisfaction by channel, with the share of fours and fives", "[results][engine]")
{
    const auto summary = summaryOf(resultsRound(16));
    const auto &a = activityIn(summary, QStringLiteral("tevreden"));
    // Workshop (1-5; 6 skipped it): 5 4 2 5 3. Kiosk (7-16): 4 5 4 3 5 2 4 5 4 1.
    // All 15: 1:1 2:2 3:2 4:5 5:5, sum 1+4+6+20+25 = 56, mean 3.733; 4 or 5: 10 of 15 = 67%.
    REQUIRE(a.satisfaction);
    CHECK(a.n == 15);
    CHECK(a.satisfaction->histogram == QList<int>{1, 2, 2, 5, 5});
    CHECK(a.satisfaction->mean == Approx(56.0 / 15));
    CHECK(a.satisfaction->satisfiedPercent() == 67);
    REQUIRE(a.satisfactionByChannel.size() == 2);
    // Kiosk comes first (channels in a fixed order): 4 5 4 3 5 2 4 5 4 1 = 37 -> 3.7; 4+: 7 of 10.
    CHECK(a.satisfactionByChannel.at(0).channel == QLatin1String("kiosk"));
    CHECK(a.satisfactionByChannel.at(0).tally.count == 10);
    CHECK(a.satisfactionByChannel.at(0).tally.mean == Approx(3.7));
    CHECK(a.satisfactionByChannel.at(0).tally.satisfiedPercent() == 70);
    // Workshop: 5 4 2 5 3 = 19 -> 3.8; 4+: 3 of 5 = 60%.
    CHECK(a.satisfactionByChannel.at(1).channel == QLatin1String("workshop"));
    CHECK(a.satisfactionByChannel.at(1).tally.mean == Approx(3.8));
    CHECK(a.satisfactionByChannel.at(1).tally.satisfiedPercent() == 60);
    // Nine people: the kiosk's three answers are withheld, the workshop's five are shown.
    const auto nine = activityIn(summaryOf(resultsRound(9)), QStringLiteral("tevreden"));
    CHECK(nine.satisfactionByChannel.at(0).withheld);
    CHECK(nine.satisfactionByChannel.at(0).tally.count == 0);
    CHECK_FALSE(nine.satisfactionByChannel.at(1).withheld);
}

TEST_CASE("engine: statements agreed across groups and statements that divide them", "[results][engine]")
{
    const auto summary = summaryOf(resultsRound(16));
    const auto &a = activityIn(summary, QStringLiteral("stellingen"));
    // bus, all 16: agree 1 2 4 5 7 8 9 10 12 13 14 15 = 12, disagree 3 11, pass 6 16 -> 12/14 = 86%.
    const auto &bus = statementIn(a, QStringLiteral("bus"));
    CHECK(bus.overall.agree == 12);
    CHECK(bus.overall.disagree == 2);
    CHECK(bus.overall.agreePercent() == 86);
    // By age: young (1 3 5 7 8 9 10 11): agree 1 5 7 8 9 10 = 6, disagree 3 11 -> 6/8 = 75%.
    //         older (2 4 12 13 14 15 16): agree 2 4 12 13 14 15 = 6, pass 16 -> 6/6 = 100%.
    // Both at least 60%: agreed. Gap 25. Group-informed consensus (6+1)/(8+2) * (6+1)/(6+2) = 0.6125.
    const auto &busAge = dimensionIn(bus, QStringLiteral("leeftijd"));
    CHECK(busAge.shownGroups == 2);
    CHECK(busAge.agreed);
    CHECK_FALSE(busAge.divided);
    CHECK(busAge.gap == 25);
    CHECK(busAge.consensus == Approx(0.7 * 0.875));
    // By channel: workshop 1-6: agree 1 2 4 5, disagree 3 -> 4/5 = 80%; kiosk 7-16: agree 7 8 9 10
    // 12 13 14 15, disagree 11 -> 8/9 = 89%: agreed too.
    CHECK(dimensionIn(bus, QStringLiteral("channel")).agreed);
    // By kern: Beekdorp village (1 2 4 7 8 9 12 13) all agree, 8/8; the countryside (3 14, 2
    // people), Heiweg (5 10 11 15, 4) and elsewhere (16) are below five: one group shown, no verdict.
    const auto &busKern = dimensionIn(bus, QStringLiteral("kern"));
    CHECK(busKern.shownGroups == 1);
    CHECK_FALSE(busKern.agreed);
    CHECK(busKern.groups.at(0).tally.agreePercent() == 100);
    CHECK(busKern.groups.at(1).withheld);
    CHECK(busKern.groups.at(1).tally.agree == 0);
    CHECK(bus.consensus);
    CHECK(bus.dividedBy.isEmpty());

    // winkel: agree 2 5 7 8 9 10 11 = 7, disagree 1 4 12 13 14 15 16 = 7, pass 3 -> 50%.
    const auto &winkel = statementIn(a, QStringLiteral("winkel"));
    CHECK(winkel.overall.agreePercent() == 50);
    // Young: agree 5 7 8 9 10 11 = 6, disagree 1 -> 6/7 = 86%. Older: agree 2, disagree 4 12 13 14
    // 15 16 = 6 -> 1/7 = 14%. A majority for in one, against in the other, 72 points apart: divided.
    const auto &winkelAge = dimensionIn(winkel, QStringLiteral("leeftijd"));
    CHECK(winkelAge.divided);
    CHECK(winkelAge.gap == 72);
    CHECK(winkel.dividedBy == QStringList{QStringLiteral("leeftijd")});
    CHECK_FALSE(winkel.consensus);
    // By channel: the workshop took 4 sides (2 2): withheld; the kiosk 5 5 -> 50%. One group: no verdict.
    const auto &winkelChannel = dimensionIn(winkel, QStringLiteral("channel"));
    CHECK(winkelChannel.shownGroups == 1);
    CHECK_FALSE(winkelChannel.divided);
}

TEST_CASE("engine: reach by channel and profile, small groups withheld", "[results][engine]")
{
    const auto summary = summaryOf(resultsRound(16));
    CHECK(summary.reach.participants == 16);
    REQUIRE(summary.reach.dimensions.size() == 3);  // channel, kern, leeftijd
    const auto &channel = summary.reach.dimensions.at(0);
    CHECK(channel.dimension.id == QLatin1String("channel"));
    CHECK(channel.groups.at(0).id == QLatin1String("kiosk"));
    CHECK(channel.groups.at(0).count == 10);
    CHECK(channel.groups.at(0).percent() == 63);  // 10/16 = 62.5 -> 63
    CHECK(channel.groups.at(1).count == 6);
    CHECK(channel.unanswered.withheld);            // 0 people: withheld like any small cell
    // Kern: village 1 2 4 7 8 9 12 13 = 8; countryside 3 14 = 2; Heiweg 5 10 11 15 = 4; elsewhere 16;
    // not said: 6.
    const auto &kern = summary.reach.dimensions.at(1);
    CHECK(kern.groups.at(0).count == 8);
    CHECK(kern.groups.at(0).percent() == 50);
    CHECK(kern.groups.at(1).withheld);
    CHECK(kern.groups.at(1).count == 0);
    CHECK(kern.groups.at(2).withheld);
    CHECK(kern.groups.at(3).withheld);
    CHECK(kern.unanswered.withheld);
    // Age: young 8, older 7.
    const auto &age = summary.reach.dimensions.at(2);
    CHECK(age.groups.at(0).count == 8);
    CHECK(age.groups.at(1).count == 7);
}

TEST_CASE("engine: representativeness against the reference population, by hand", "[results][engine]")
{
    const auto summary = summaryOf(resultsRound(16));
    const auto &rep = summary.representativeness;
    // The newest year of the reference (2024), not the 2020 row.
    CHECK(rep.referenceYear == 2024);
    REQUIRE(rep.dimensions.size() == 3);  // kern, kern-gebied, and age without a reference
    // Linked participants: village 8 + countryside 2 + Heiweg 4 = 14 (6 gave no profile, 16 lives elsewhere).
    // By kern: Beekdorp 1500+300 = 1800 of 2000 = 90%, Heiweg 150+50 = 200 = 10%.
    //   participants Beekdorp 10/14 = 71.4%, Heiweg 4/14 = 28.6% (withheld: four people).
    //   TVD = (|.714-.9| + |.286-.1|) / 2 = 0.1857 -> score 0.814.
    //   Beekdorp's ratio .714/.9 = 0.794 < 0.8: named. Heiweg is withheld and could not be under-represented.
    const auto &kern = rep.dimensions.at(0);
    CHECK(kern.id == QLatin1String("kern"));
    CHECK(kern.n == 14);
    CHECK(kern.score == Approx(1 - (0.9 - 10.0 / 14)).epsilon(1e-9));
    REQUIRE(kern.groups.size() == 2);
    CHECK(kern.groups.at(0).id == QLatin1String("dorp"));
    CHECK(kern.groups.at(0).population == 1800);
    CHECK(kern.groups.at(0).ratio == Approx((10.0 / 14) / 0.9));
    CHECK(kern.groups.at(1).withheld);
    CHECK(kern.groups.at(1).participants == 0);
    CHECK(kern.underRepresented == QStringList{QStringLiteral("Beekdorp: 71% van de deelnemers, 90% van de inwoners")});
    // Weights (uncapped: .9/(10/14) = 1.26 and .1/(4/14) = 0.35) already average 1: 1.26*10 + 0.35*4 = 14.
    CHECK(kern.groups.at(0).weight == Approx(1.26));
    // By village and countryside: Beekdorp village 1500 = 75%, Beekdorp countryside 300 = 15%,
    // Heiweg (its one option covers the whole kern) 200 = 10%.
    //   participants 8/14 = 57.1%, 2/14 (withheld), 4/14 (withheld).
    //   TVD = (|.571-.75| + |.143-.15| + |.286-.1|) / 2 = (.1786 + .0071 + .1857) / 2 = 0.1857.
    //   The village: .571/.75 = 0.762: named. The countryside: at most 4/14 = .286 of .15: not named.
    const auto &area = rep.dimensions.at(1);
    CHECK(area.id == QLatin1String("kern-gebied"));
    CHECK(area.score == Approx(1 - ((0.75 - 8.0 / 14) + (0.15 - 2.0 / 14) + (4.0 / 14 - 0.1)) / 2).epsilon(1e-9));
    CHECK(area.groups.at(0).label == QLatin1String("Beekdorp dorp"));
    CHECK(area.groups.at(1).label == QLatin1String("Beekdorp buitengebied"));
    CHECK(area.underRepresented == QStringList{QStringLiteral("Beekdorp dorp: 57% van de deelnemers, 75% van de inwoners")});
    // Age has no reference in the pack: said, nothing computed.
    CHECK(rep.dimensions.at(2).id == QLatin1String("leeftijd"));
    CHECK_FALSE(rep.dimensions.at(2).hasReference);
    CHECK(rep.dimensions.at(2).groups.isEmpty());
    // Weighted agreement on bus with the village/countryside weights 1.3125 (.75/(8/14)), 1.05
    // (.15/(2/14)) and 0.35 (.1/(4/14)): agree 8*1.3125 + 1.05 (14) + 3*0.35 (5 10 15) = 12.6,
    // disagree 1.05 (3) + 0.35 (11) = 1.4 -> 12.6/14 = 90%.
    const auto &bus = statementIn(activityIn(summary, QStringLiteral("stellingen")), QStringLiteral("bus"));
    CHECK(bus.weightedAgree == Approx(0.9));
}

TEST_CASE("engine: representativeness names a missing group in words, in English too", "[results][engine]")
{
    // Capped weights: with a cap of 1.2 Beekdorp's 1.26 becomes 1.2 and Heiweg's 0.35 is raised
    // to 1/1.2 = 0.8333 before scaling.
    const auto fixture = resultsRound(16);
    const results::Round round(fixture.contributions, fixture.sessions);
    const auto capped = results::representativeness(fixture.pack, round, round.sessions(), QStringLiteral("en"), 1.2);
    // 1.2 (Beekdorp, 10 people) and 0.8333 (Heiweg, 4): sum 12 + 3.333 = 15.333, scaled by 14/15.333.
    CHECK(capped.dimensions.at(0).groups.at(0).weight == Approx(1.2 * 14 / (12 + 4 / 1.2)));
    CHECK(capped.dimensions.at(0).underRepresented
          == QStringList{QStringLiteral("Beekdorp: 71% of participants, 90% of residents")});
    // Five participants (1-5, all linked): village 1 2 4 = 3, countryside 3, Heiweg 5: every
    // group withheld. 75% of residents live in the village: at most 4 of 5 = 80% is not under.
    // The countryside: at most 80% of 15%: not under. Nothing is named with a made-up figure.
    const auto five = resultsRound(5);
    const results::Round fewer(five.contributions, five.sessions);
    const auto rep = results::representativeness(five.pack, fewer, fewer.sessions(), QStringLiteral("nl"));
    CHECK(rep.dimensions.at(1).n == 5);
    CHECK(rep.dimensions.at(1).underRepresented.isEmpty());
    for (const auto &g : rep.dimensions.at(1).groups)
        CHECK(g.withheld);
    // Four: below the minimum for the whole dimension.
    const auto four = resultsRound(4);
    const results::Round fourRound(four.contributions, four.sessions);
    CHECK(results::representativeness(four.pack, fourRound, fourRound.sessions(), QStringLiteral("nl")).dimensions.at(0).withheld);
}

TEST_CASE("engine: the brief for staff during a round, in words, small groups withheld", "[results][engine][privacy]")
{
    // The same sixteen as above: 14 linked, Beekdorp 10/14 = 71% of participants against 90% of
    // residents (ratio .714/.9 = 0.79, under 0.8), Heiweg 4 people: withheld. Score 0.814 -> 81.
    // Missing, from the finest split: Beekdorp dorp 57% against 75%.
    const auto fixture = resultsRound(16);
    const results::Round round(fixture.contributions, fixture.sessions);
    const auto brief = results::representationBrief(fixture.pack, round, QStringLiteral("nl"));
    CHECK(brief.participants == 16);
    CHECK(brief.hasReference);
    CHECK_FALSE(brief.withheld);
    CHECK(brief.n == 14);
    CHECK(brief.summary.toStdString()
          == "14 deelnemers zeiden waar ze wonen. Afspiegeling per kern: 81 van de 100 (100: precies zoals de inwoners).");
    REQUIRE(brief.groups.size() == 2);
    CHECK(brief.groups.at(0).label == QLatin1String("Beekdorp"));
    CHECK(brief.groups.at(0).line.toStdString() == "71% van de deelnemers, 90% van de inwoners (verhouding 0,79)");
    CHECK(brief.groups.at(0).under);
    // Four people: no share, no ratio; even four of fourteen (29%) is more than Heiweg's 10%.
    CHECK(brief.groups.at(1).line.toStdString() == "minder dan 5 deelnemers, 10% van de inwoners");
    CHECK_FALSE(brief.groups.at(1).under);
    CHECK(brief.missing == QStringList{QStringLiteral("Beekdorp dorp: 57% van de deelnemers, 75% van de inwoners")});
    CHECK(brief.rule.contains(QLatin1String("minder dan 5")));

    const auto english = results::representationBrief(fixture.pack, round, QStringLiteral("en"));
    CHECK(english.groups.at(0).line.toStdString() == "71% of participants, 90% of residents (ratio 0.79)");
    CHECK(english.summary.startsWith(QLatin1String("14 participants said where they live.")));

    // Four participants: nothing but the sentence that there are too few.
    const auto four = resultsRound(4);
    const results::Round fourRound(four.contributions, four.sessions);
    const auto few = results::representationBrief(four.pack, fourRound, QStringLiteral("nl"));
    CHECK(few.withheld);
    CHECK(few.n == 0);
    CHECK(few.groups.isEmpty());
    CHECK(few.missing.isEmpty());
    CHECK(few.summary.toStdString() == "Minder dan 5 deelnemers zeiden waar ze wonen: nog geen afspiegeling.");

    // A pack without a reference population: said, nothing computed.
    ContentPack bare = fixture.pack;
    bare.population.clear();
    const auto none = results::representationBrief(bare, round, QStringLiteral("nl"));
    CHECK_FALSE(none.hasReference);
    CHECK(none.groups.isEmpty());
    CHECK(none.summary.contains(QLatin1String("niet te berekenen")));
}

TEST_CASE("engine: the minimum-cell rule holds in every figure of the JSON", "[results][engine][privacy]")
{
    // Walk the whole JSON of every prefix of the round: any object with a count of people (n,
    // count, participants) must have at least five, or be marked withheld and carry no count.
    for (int people = 1; people <= 16; ++people) {
        const auto fixture = resultsRound(people);
        const QJsonObject json = results::toJson(fixture.pack, summaryOf(fixture));
        std::function<void(const QJsonValue &, const QString &)> walk = [&](const QJsonValue &v, const QString &path) {
            if (v.isArray()) {
                const QJsonArray a = v.toArray();
                for (int i = 0; i < a.size(); ++i)
                    walk(a.at(i), path + QStringLiteral("[%1]").arg(i));
                return;
            }
            if (!v.isObject())
                return;
            const QJsonObject o = v.toObject();
            INFO(people << " people, at " << path.toStdString());
            if (o.value(QStringLiteral("withheld")).toBool()) {
                CHECK_FALSE(o.contains(QStringLiteral("count")));
                CHECK_FALSE(o.contains(QStringLiteral("n")));
                CHECK_FALSE(o.contains(QStringLiteral("participants")));
            } else if (path.contains(QLatin1String("reach")) || path.contains(QLatin1String("groups"))
                       || path.contains(QLatin1String("byChannel"))) {
                // A group's size: a count in reach, n in a breakdown, participants in representativeness.
                for (const char *key : {"count", "n", "participants"})
                    if (o.contains(QLatin1String(key)))
                        CHECK(o.value(QLatin1String(key)).toInt() >= results::MinimumAnswers);
            }
            for (auto it = o.begin(); it != o.end(); ++it)
                walk(it.value(), path + QLatin1Char('.') + it.key());
        };
        walk(json, QStringLiteral("$"));
        // An activity is shown only with five answers or more.
        for (const QJsonValue &a : json.value(QStringLiteral("activities")).toArray())
            if (!a.toObject().value(QStringLiteral("withheld")).toBool())
                CHECK(a.toObject().value(QStringLiteral("n")).toInt() >= results::MinimumAnswers);
    }
}

TEST_CASE("engine: one phase only", "[results][engine]")
{
    const auto fixture = resultsRound(16);
    // The fixture has one phase: asking for it gives its six activities (the profile and the
    // satisfaction belong to the session, not to a phase), an unknown one nothing.
    const auto phase = summaryOf(fixture, QStringLiteral("fase-1"));
    CHECK(phase.reach.participants == 16);
    CHECK(phase.activities.size() == 6);
    const auto none = summaryOf(fixture, QStringLiteral("fase-9"));
    CHECK(none.reach.participants == 0);
    CHECK(none.activities.isEmpty());
}
