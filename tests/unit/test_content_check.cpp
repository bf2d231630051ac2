// Every rule of the content-pack checker has a broken fixture in tests/data/packs/ and its exact
// output here, in the form `samenspraak content check` prints: FILE:json-path: message.

#include <catch2/catch.hpp>

#include "contentpack.h"
#include "testsupport.h"

#include <QDir>
#include <QMap>

using namespace samenspraak;

namespace {

QString packsDir()
{
    return sourcePath(QStringLiteral("tests/data/packs"));
}

// The lines the checker gives for one fixture, named as the command names it when run in
// the fixtures' directory.
QStringList checkLines(const QString &fixture)
{
    const ParsedPack parsed = loadContentPack(QDir(packsDir()).filePath(fixture));
    QStringList lines;
    for (const ContentProblem &p : parsed.problems)
        lines << QStringLiteral("%1:%2: %3").arg(fixture, p.path, p.message);
    if (parsed.pack && !parsed.problems.isEmpty())
        lines << QStringLiteral("a pack was returned despite problems");
    return lines;
}

// Fixture -> the exact problems it must produce, nothing more.
const QMap<QString, QStringList> &expectations()
{
    static const QMap<QString, QStringList> table{
        {QStringLiteral("invalid-json.json"), {QStringLiteral("invalid-json.json:$: not valid JSON: unterminated object (line 5, column 4)")}},
        {QStringLiteral("not-an-object.json"), {QStringLiteral("not-an-object.json:$: must be a JSON object")}},
        {QStringLiteral("wrong-format.json"), {QStringLiteral("wrong-format.json:$.format: must be 1 (the only format this app reads)")}},
        {QStringLiteral("unknown-field.json"),
         {QStringLiteral("unknown-field.json:$.titel: unknown field"), QStringLiteral("unknown-field.json:$.title: is missing")}},
        {QStringLiteral("missing-field.json"), {QStringLiteral("missing-field.json:$.activities[0].prompt: is missing")}},
        {QStringLiteral("not-a-string.json"), {QStringLiteral("not-a-string.json:$.activities[0].phase: must be a non-empty string")}},
        {QStringLiteral("entry-not-an-object.json"), {QStringLiteral("entry-not-an-object.json:$.palette[2]: must be an object")}},
        {QStringLiteral("reference-not-an-object.json"), {QStringLiteral("reference-not-an-object.json:$.reference: must be an object")}},
        {QStringLiteral("missing-dutch.json"), {QStringLiteral("missing-dutch.json:$.title.nl: missing Dutch text")}},
        {QStringLiteral("missing-english.json"), {QStringLiteral("missing-english.json:$.activities[0].prompt.en: missing English text")}},
        {QStringLiteral("text-not-translated.json"),
         {QStringLiteral("text-not-translated.json:$.invitation: must be an object with \"nl\" and \"en\" texts")}},
        {QStringLiteral("bad-id.json"), {QStringLiteral("bad-id.json:$.id: id 'Mini Ronde' must be lowercase letters, digits and dashes")}},
        {QStringLiteral("bad-version.json"),
         {QStringLiteral("bad-version.json:$.version: '1 (concept)' must be 1..64 letters, digits, dots, dashes or underscores")}},
        {QStringLiteral("duplicate-id.json"), {QStringLiteral("duplicate-id.json:$.palette[1].id: duplicate id 'rust'")}},
        {QStringLiteral("duplicate-profile-option.json"),
         {QStringLiteral("duplicate-profile-option.json:$.activities[1].questions[0].options[1].id: duplicate id 'dorp'")}},
        {QStringLiteral("limit-out-of-range.json"),
         {QStringLiteral("limit-out-of-range.json:$.activities[0].maxPicks: 5 is out of range 1..2")}},
        {QStringLiteral("not-a-whole-number.json"), {QStringLiteral("not-a-whole-number.json:$.activities[1].steps: must be a whole number")}},
        {QStringLiteral("not-a-boolean.json"), {QStringLiteral("not-a-boolean.json:$.activities[0].rank: must be true or false")}},
        {QStringLiteral("not-a-list.json"), {QStringLiteral("not-a-list.json:$.themes: must be a list")}},
        {QStringLiteral("too-few-options.json"), {QStringLiteral("too-few-options.json:$.activities[1].options: has 1 entry; expected 2..10")}},
        {QStringLiteral("unknown-kind.json"),
         {QStringLiteral("unknown-kind.json:$.activities[0].kind: unknown kind 'quiz'; expected one of: values, ideas, dots, ranking, "
                         "dilemma, statements, profile, satisfaction")}},
        {QStringLiteral("unknown-activity.json"), {QStringLiteral("unknown-activity.json:$.phases[0].activities[1]: unknown activity 'stellingen'")}},
        {QStringLiteral("unknown-phase.json"), {QStringLiteral("unknown-phase.json:$.activities[1].phase: unknown phase 'fase-9'")}},
        {QStringLiteral("not-listed.json"),
         {QStringLiteral("not-listed.json:$.activities[1]: activity 'stellingen' is not listed in its phase's activities")}},
        {QStringLiteral("listed-twice.json"), {QStringLiteral("listed-twice.json:$.phases[0].activities[1]: activity 'waarden' is listed twice")}},
        {QStringLiteral("phase-entry-not-an-id.json"), {QStringLiteral("phase-entry-not-an-id.json:$.phases[0].activities[1]: must be an activity id")}},
        {QStringLiteral("wrong-phase.json"),
         {QStringLiteral("wrong-phase.json:$.phases[1].activities[0]: activity 'waarden' belongs to phase 'fase-1'")}},
        {QStringLiteral("duplicate-phase-number.json"), {QStringLiteral("duplicate-phase-number.json:$.phases[1].number: duplicate phase number 1")}},
        {QStringLiteral("no-open-phase.json"), {QStringLiteral("no-open-phase.json:$.phases: no phase is open, so there is nothing to ask")}},
        {QStringLiteral("open-phase-empty.json"),
         {QStringLiteral("open-phase-empty.json:$.phases[1].activities: an open phase needs at least one activity")}},
        {QStringLiteral("result-without-result.json"), {QStringLiteral("result-without-result.json:$.phases[0].result: is missing")}},
        {QStringLiteral("unknown-ladder-step.json"),
         {QStringLiteral("unknown-ladder-step.json:$.phases[0].ladder: 'participating' is not one of: informing, consulting, advising, "
                         "coproducing, deciding")}},
        {QStringLiteral("unknown-theme.json"), {QStringLiteral("unknown-theme.json:$.activities[1].themes[1]: unknown theme 'zorg'")}},
        {QStringLiteral("ideas-without-themes.json"),
         {QStringLiteral("ideas-without-themes.json:$.activities[1]: ideas need themes: $.themes is empty")}},
        {QStringLiteral("unknown-idea-kind.json"),
         {QStringLiteral("unknown-idea-kind.json:$.activities[1].ideaKinds[1]: 'idea' is not one of: opportunity, concern, solution")}},
        {QStringLiteral("idea-kind-twice.json"), {QStringLiteral("idea-kind-twice.json:$.activities[1].ideaKinds[2]: 'concern' is listed twice")}},
        {QStringLiteral("dots-and-points.json"), {QStringLiteral("dots-and-points.json:$.activities[1]: set exactly one of \"dots\" or \"points\"")}},
        {QStringLiteral("dots-nor-points.json"), {QStringLiteral("dots-nor-points.json:$.activities[1]: set exactly one of \"dots\" or \"points\"")}},
        {QStringLiteral("bad-colour.json"), {QStringLiteral("bad-colour.json:$.palette[0].colour: 'groen' is not a colour like #1A7F5A")}},
        {QStringLiteral("unknown-kern-in-profile.json"),
         {QStringLiteral("unknown-kern-in-profile.json:$.activities[1].questions[0].options[1].kern: unknown kern 'buurdorp'")}},
        {QStringLiteral("profile-in-phase.json"),
         {QStringLiteral("profile-in-phase.json:$.phases[0].activities[1]: activity 'profiel' is a profile, asked once per session: list it in $.session")}},
        {QStringLiteral("profile-with-phase.json"),
         {QStringLiteral("profile-with-phase.json:$.activities[1].phase: a profile is asked once per session: list it in $.session, not in a phase")}},
        {QStringLiteral("profile-not-in-session.json"),
         {QStringLiteral("profile-not-in-session.json:$.activities[1]: activity 'profiel' is not listed in $.session")}},
        {QStringLiteral("session-wrong-kind.json"),
         {QStringLiteral("session-wrong-kind.json:$.session[1]: activity 'waarden' (values) belongs to a phase; only profile and satisfaction are asked per session")}},
        {QStringLiteral("privacy-not-https.json"),
         {QStringLiteral("privacy-not-https.json:$.privacy.url: 'http://www.voorbeeld.nl/privacy' must be an https:// address")}},
        {QStringLiteral("afterwards-not-https.json"),
         {QStringLiteral("afterwards-not-https.json:$.afterwards.url: 'http://www.voorbeeld.nl/uitkomst' must be an https:// address")}},
        {QStringLiteral("followup-unknown-phase.json"),
         {QStringLiteral("followup-unknown-phase.json:$.followUp.items[0].phase: unknown phase 'fase-9'")}},
        {QStringLiteral("followup-bad-date.json"),
         {QStringLiteral("followup-bad-date.json:$.followUp.updated: '30-11-2026' must be a date like 2026-11-30")}},
        {QStringLiteral("followup-unknown-status.json"),
         {QStringLiteral("followup-unknown-status.json:$.followUp.items[0].status: 'done' is not one of: adopted, partly, declined, pending")}},
        {QStringLiteral("unknown-kern-in-population.json"),
         {QStringLiteral("unknown-kern-in-population.json:$.reference.population[1].kern: unknown kern 'stad'")}},
        {QStringLiteral("duplicate-population-row.json"),
         {QStringLiteral("duplicate-population-row.json:$.reference.population[1]: duplicate row for kern 'dorp', area 'kern', year 2024")}},
        {QStringLiteral("unknown-population-area.json"),
         {QStringLiteral("unknown-population-area.json:$.reference.population[0].area: 'dorp' is not one of: kern, buitengebied")}},
    };
    return table;
}

} // namespace

TEST_CASE("the fixtures' base pack is valid, so each fixture breaks exactly one thing", "[content][check]")
{
    const ParsedPack parsed = loadContentPack(QDir(packsDir()).filePath(QStringLiteral("valid-minimal.json")));
    for (const auto &p : parsed.problems)
        UNSCOPED_INFO(p.path.toStdString() << ": " << p.message.toStdString());
    REQUIRE(parsed.pack);
    CHECK(parsed.pack->activities.size() == 1);
}

TEST_CASE("every broken fixture gives exactly its expected problems", "[content][check]")
{
    for (auto it = expectations().begin(); it != expectations().end(); ++it) {
        INFO("fixture " << it.key().toStdString());
        CHECK(checkLines(it.key()).join(QLatin1Char('\n')).toStdString() == it.value().join(QLatin1Char('\n')).toStdString());
    }
}

TEST_CASE("every fixture in tests/data/packs is asserted", "[content][check]")
{
    // A fixture nobody checks proves nothing: each file is either the valid base or in the table.
    const QStringList files = QDir(packsDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    REQUIRE(files.size() == expectations().size() + 1);
    for (const QString &file : files) {
        INFO("fixture " << file.toStdString());
        CHECK((file == QLatin1String("valid-minimal.json") || expectations().contains(file)));
    }
}

TEST_CASE("a pack with several problems lists every one of them", "[content][check]")
{
    // The checker never stops at the first problem: one run shows the whole job.
    const QByteArray json = readFile(QDir(packsDir()).filePath(QStringLiteral("valid-minimal.json")))
                                .replace("\"maxPicks\": 2", "\"maxPicks\": 0, \"rank\": 1")
                                .replace("\"#1B5E3B\"", "\"#1B5E3\"");
    const ParsedPack parsed = parseContentPack(json);
    REQUIRE_FALSE(parsed.pack);
    QStringList lines;
    for (const ContentProblem &p : parsed.problems)
        lines << p.path + QStringLiteral(": ") + p.message;
    CHECK(lines == QStringList{QStringLiteral("$.palette[0].colour: '#1B5E3' is not a colour like #1A7F5A"),
                               QStringLiteral("$.activities[0].maxPicks: 0 is out of range 1..2"),
                               QStringLiteral("$.activities[0].rank: must be true or false")});
}

TEST_CASE("a statement longer than fits on a tablet at 200% text is a warning, not a problem", "[content][check]")
{
    // The bundled pack has none.
    const QByteArray bundled = readFile(defaultPackPath());
    const ParsedPack clean = parseContentPack(bundled);
    REQUIRE(clean.pack);
    CHECK(clean.warnings.isEmpty());

    // One character past the limit in Dutch, exactly the limit in English: one warning, with
    // its path; the pack is still used.
    const QString tooLong = QString(StatementFitLength + 1, u'a');
    const QString longest = QString(StatementFitLength, u'b');
    QByteArray json = bundled;
    json.replace("\"De gemeente Dalfsen moet vooral houden wat ze heeft.\"", "\"" + tooLong.toUtf8() + "\"");
    json.replace("\"The municipality of Dalfsen should above all keep what it has.\"", "\"" + longest.toUtf8() + "\"");
    REQUIRE(json.contains(tooLong.toUtf8()));
    REQUIRE(json.contains(longest.toUtf8()));
    const ParsedPack parsed = parseContentPack(json);
    REQUIRE(parsed.pack);
    CHECK(parsed.problems.isEmpty());
    REQUIRE(parsed.warnings.size() == 1);
    CHECK(parsed.warnings.at(0).path == QStringLiteral("$.activities[4].statements[0].label.nl"));
    CHECK(parsed.warnings.at(0).message
          == QStringLiteral("%1 characters; a statement longer than %2 does not fit on a tablet at 200% text")
                 .arg(StatementFitLength + 1)
                 .arg(StatementFitLength));
}
