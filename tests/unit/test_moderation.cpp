// Moderation of free text in the core (core/moderation.h): the word list, the latest decision
// winning, and what the projector may show (approved text of activities with enough answers).
#include <catch2/catch.hpp>

#include "moderation.h"
#include "resultsround.h"

#include <QJsonDocument>

using namespace samenspraak;
using samenspraak::testing::resultsRound;

namespace {

const QStringList Words{QStringLiteral("klootzak"), QStringLiteral("kanker op"), QStringLiteral("débiel")};

moderation::Decision decision(const QString &contribution, moderation::State state, const QString &at)
{
    return {protocol::newId(), contribution, state, QStringLiteral("begeleider"), at};
}

} // namespace

TEST_CASE("moderation: the word list flags a listed word as a whole word, case and accents ignored", "[moderation]")
{
    CHECK(moderation::blockedWordIn(Words, QStringLiteral("De wethouder is een klootzak")) == QLatin1String("klootzak"));
    CHECK(moderation::blockedWordIn(Words, QStringLiteral("KLOOTZAK!!")) == QLatin1String("klootzak"));
    CHECK(moderation::blockedWordIn(Words, QStringLiteral("wat een Debiel plan")) == QStringLiteral("débiel"));  // accent in the list only
    CHECK(moderation::blockedWordIn(Words, QStringLiteral("Kanker   op, gemeente")) == QLatin1String("kanker op"));  // a phrase
    // Not inside another word, and not a word that only begins like one.
    CHECK(moderation::blockedWordIn(Words, QStringLiteral("Meer zorg voor kankerpatiënten")).isEmpty());
    CHECK(moderation::blockedWordIn(Words, QStringLiteral("kanker is een zorg")).isEmpty());
    CHECK(moderation::blockedWordIn(Words, QStringLiteral("Een speeltuin bij de brede school")).isEmpty());
    CHECK(moderation::blockedWordIn({}, QStringLiteral("klootzak")).isEmpty());
}

TEST_CASE("moderation: the pack checker takes a word list and names what is wrong in it", "[moderation][content]")
{
    const auto withWords = [](const QString &words) {
        QJsonObject pack = QJsonDocument::fromJson(resultsRound().pack.raw).object();
        pack.insert(QStringLiteral("moderation"), QJsonDocument::fromJson(words.toUtf8()).object());
        return parseContentPack(QJsonDocument(pack).toJson());
    };
    const ParsedPack good = withWords(QStringLiteral(R"({"blockedWords": ["klootzak", "rot op"]})"));
    REQUIRE(good.pack);
    CHECK(good.pack->moderation.blockedWords == QStringList({QStringLiteral("klootzak"), QStringLiteral("rot op")}));
    auto problemAt = [](const ParsedPack &p) { return p.problems.isEmpty() ? QString() : p.problems.first().path + QLatin1Char(' ') + p.problems.first().message; };
    CHECK(problemAt(withWords(QStringLiteral(R"({"blockedWords": ["Klootzak", "klootzak"]})")))
          == QLatin1String("$.moderation.blockedWords[1] 'klootzak' is in the list twice (case and accents are ignored)"));
    CHECK(problemAt(withWords(QStringLiteral(R"({"blockedWords": ["!!!"]})")))
          == QLatin1String("$.moderation.blockedWords[0] '!!!' holds no letters or digits, so it would never match"));
    CHECK(problemAt(withWords(QStringLiteral(R"({"blockedWords": [3]})"))).startsWith(QLatin1String("$.moderation.blockedWords[0] must be a word")));
    CHECK(problemAt(withWords(QStringLiteral(R"({"words": []})"))).startsWith(QLatin1String("$.moderation")));
    // The bundled pack has a list, and it passes.
    const ParsedPack bundled = loadContentPack(QStringLiteral(SAMENSPRAAK_SOURCE_DIR "/content/dalfsen-2040.json"));
    REQUIRE(bundled.pack);
    CHECK(bundled.pack->moderation.blockedWords.size() >= 10);
}

TEST_CASE("moderation: the latest decision wins, whatever order decisions arrive in", "[moderation]")
{
    const QString text = protocol::newId();
    const auto flagged = decision(text, moderation::State::Flagged, QStringLiteral("2026-12-03T19:00:00.000+01:00"));
    const auto approved = decision(text, moderation::State::Approved, QStringLiteral("2026-12-03T19:05:00.000+01:00"));
    const auto rejected = decision(text, moderation::State::Rejected, QStringLiteral("2026-12-03T19:07:00.000+01:00"));
    CHECK(moderation::stateOf(moderation::latest({flagged, approved, rejected}), text) == moderation::State::Rejected);
    CHECK(moderation::stateOf(moderation::latest({rejected, flagged, approved}), text) == moderation::State::Rejected);
    CHECK(moderation::stateOf(moderation::latest({flagged}), text) == moderation::State::Flagged);
    CHECK(moderation::stateOf(moderation::latest({}), text) == moderation::State::Pending);
    // On the wire and back, unchanged; a wrong field is named.
    moderation::Decision back;
    CHECK(moderation::decisionFrom(moderation::toJson(approved), back).isEmpty());
    CHECK(back == approved);
    QJsonObject pending = moderation::toJson(approved);
    pending.insert(QStringLiteral("state"), QStringLiteral("pending"));
    CHECK(moderation::decisionFrom(pending, back) == QLatin1String("state must be flagged, approved or rejected"));
}

TEST_CASE("moderation: only approved text of an activity with enough answers may be shown", "[moderation][results]")
{
    const auto fixture = resultsRound();  // six participants, six ideas
    const results::Round round(fixture.contributions);
    const QList<moderation::FreeText> texts = moderation::freeTexts(fixture.pack, round);
    QList<moderation::FreeText> ideas;
    for (const auto &t : texts)
        if (t.field == QLatin1String("text"))
            ideas.append(t);
    REQUIRE(ideas.size() == 6);
    CHECK(moderation::shown(fixture.pack, round, {}).isEmpty());  // nothing approved yet
    const QHash<QString, moderation::Decision> latest = moderation::latest(
        {decision(ideas.at(0).contributionId, moderation::State::Approved, QStringLiteral("2026-12-03T19:00:00.000+01:00")),
         decision(ideas.at(1).contributionId, moderation::State::Rejected, QStringLiteral("2026-12-03T19:01:00.000+01:00")),
         decision(ideas.at(2).contributionId, moderation::State::Flagged, QStringLiteral("2026-12-03T19:02:00.000+01:00")),
         decision(ideas.at(3).contributionId, moderation::State::Approved, QStringLiteral("2026-12-03T19:03:00.000+01:00"))});
    const QList<moderation::FreeText> shown = moderation::shown(fixture.pack, round, latest);
    REQUIRE(shown.size() == 2);
    CHECK(shown.at(0).contributionId == ideas.at(3).contributionId);  // the latest approved first
    CHECK(shown.at(1).contributionId == ideas.at(0).contributionId);

    // Four participants: below the minimum group, nothing is shown, approved or not.
    const auto few = resultsRound(4);
    const results::Round small(few.contributions);
    QHash<QString, moderation::Decision> all;
    for (const auto &t : moderation::freeTexts(few.pack, small))
        all.insert(t.contributionId, decision(t.contributionId, moderation::State::Approved, QStringLiteral("2026-12-03T19:00:00.000+01:00")));
    REQUIRE_FALSE(all.isEmpty());
    CHECK(moderation::shown(few.pack, small, all).isEmpty());
}
