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
