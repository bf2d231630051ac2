#include <catch2/catch.hpp>

#include "contentpack.h"
#include "answers.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace samenspraak;

TEST_CASE("the default Dalfsen pack is valid", "[content]")
{
    const ParsedPack parsed = loadContentPack(defaultPackPath());
    for (const auto &p : parsed.problems)
        UNSCOPED_INFO(p.path.toStdString() << ": " << p.message.toStdString());
    REQUIRE(parsed.pack);
    const ContentPack &pack = *parsed.pack;
    CHECK(pack.id == QStringLiteral("dalfsen-2040"));
    CHECK(pack.phases.size() == 3);
    CHECK(pack.phase(QStringLiteral("fase-1"))->status == QStringLiteral("result"));
    CHECK(pack.kernen.size() == 6);
    // The palette is phase 1's result: the council's five values of 2019, no more.
    CHECK(pack.palette.size() == 5);
    for (const char *value : {"dynamiek", "erbij-horen", "respect", "noaberschap", "nuchterheid"})
        CHECK(pack.paletteValue(QString::fromLatin1(value)));
    // The values activity says so.
    CHECK(pack.activity(QStringLiteral("waarden"))->prompt.nl.contains(QStringLiteral("In 2019 koos de gemeenteraad")));
    // The memo's order: phase 2 open, phase 3 after it.
    CHECK(pack.phase(QStringLiteral("fase-2"))->status == QStringLiteral("open"));
    CHECK(pack.phase(QStringLiteral("fase-3"))->status == QStringLiteral("upcoming"));
    CHECK(pack.session == QStringList{QStringLiteral("profiel"), QStringLiteral("tevredenheid")});
    // The flow ends with the profile, then satisfaction.
    const auto flow = pack.flow();
    REQUIRE(flow.size() >= 2);
    CHECK(flow.at(flow.size() - 2)->kind == Kind::Profile);
    CHECK(flow.last()->kind == Kind::Satisfaction);
    // Every activity kind is present.
    for (const QString &kind : Kind::All)
        CHECK(std::any_of(pack.activities.begin(), pack.activities.end(), [&](const Activity &a) { return a.kind == kind; }));
}

TEST_CASE("values payloads are validated against the palette and the limit", "[content][payload]")
{
    const ContentPack pack = *loadContentPack(defaultPackPath()).pack;
    const Activity &values = *pack.activity(QStringLiteral("waarden"));
    auto check = [&](const QJsonObject &p) { return answers::validate(pack, values, p); };
    CHECK(check({{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect"), QStringLiteral("erbij-horen")}}}).isEmpty());
    CHECK(check({{QStringLiteral("picks"), QJsonArray{}}}) == QStringLiteral("payload.picks is empty: pick at least one value"));
    CHECK(check({{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect"), QStringLiteral("respect")}}})
          == QStringLiteral("payload.picks has 'respect' twice"));
    CHECK(check({{QStringLiteral("picks"), QJsonArray{QStringLiteral("geld")}}}) == QStringLiteral("payload.picks has unknown value 'geld'"));
    CHECK(check({{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect")}}, {QStringLiteral("own"), QStringLiteral("Rust")}}).isEmpty());
    CHECK(check({{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect"), QStringLiteral("erbij-horen"), QStringLiteral("dynamiek")}},
                 {QStringLiteral("own"), QStringLiteral("Rust")}})
          == QStringLiteral("payload.picks holds 4 values; at most 3 may be picked"));
    CHECK(check({{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect")}}, {QStringLiteral("x"), 1}})
          == QStringLiteral("payload.x is not a known field"));
}

TEST_CASE("the default pack follows the Dalfsen round", "[content]")
{
    const ContentPack pack = *loadContentPack(defaultPackPath()).pack;
    // Phase 1 is shown as its result (the palette); phase 2 is open and phase 3 comes after
    // it (the memo's order), each with its horizon.
    REQUIRE(pack.phase(QStringLiteral("fase-1")));
    CHECK_FALSE(pack.phase(QStringLiteral("fase-1"))->result.nl.isEmpty());
    CHECK(pack.phase(QStringLiteral("fase-1"))->ladder == QStringLiteral("informing"));
    for (const char *id : {"fase-2", "fase-3"}) {
        const Phase *p = pack.phase(QString::fromLatin1(id));
        REQUIRE(p);
        CHECK(p->status == QString::fromLatin1(p->id == QLatin1String("fase-2") ? "open" : "upcoming"));
        CHECK(p->ladder == QStringLiteral("advising"));
    }
    CHECK(pack.phase(QStringLiteral("fase-2"))->horizon == QStringLiteral("2040"));
    CHECK(pack.phase(QStringLiteral("fase-3"))->horizon == QStringLiteral("2030"));
    CHECK(pack.phase(QStringLiteral("fase-2"))->whoDecides.nl == QStringLiteral("De burgemeester"));
    CHECK(pack.phase(QStringLiteral("fase-3"))->whoDecides.nl == QStringLiteral("De gemeenteraad"));

    // The six kernen, and every kern and its countryside can be answered in the profile.
    QStringList kernen;
    for (const Option &k : pack.kernen)
        kernen << k.label.nl;
    CHECK(kernen == QStringList{QStringLiteral("Dalfsen"), QStringLiteral("Nieuwleusen"), QStringLiteral("Lemelerveld"),
                                QStringLiteral("Hoonhorst"), QStringLiteral("Oudleusen"), QStringLiteral("Ankum")});
    const Activity *profile = pack.activity(QStringLiteral("profiel"));
    REQUIRE(profile);
    const auto kernQuestion = std::find_if(profile->questions.begin(), profile->questions.end(),
                                           [](const ProfileQuestion &q) { return q.id == QLatin1String("kern"); });
    REQUIRE(kernQuestion != profile->questions.end());
    for (const Option &k : pack.kernen)
        for (const char *area : {"kern", "buitengebied"})
            CHECK(std::count_if(kernQuestion->options.begin(), kernQuestion->options.end(), [&](const Option &o) {
                      return o.kern == k.id && o.area == QLatin1String(area);
                  }) == 1);

    // The tensions the memo names: growth vs green, own village vs the whole municipality, keep vs renew.
    CHECK(pack.activity(QStringLiteral("dilemma-groei")));
    CHECK(pack.activity(QStringLiteral("dilemma-dorp")));
    const Activity *statements = pack.activity(QStringLiteral("stellingen"));
    REQUIRE(statements);
    for (const char *id : {"behouden", "vernieuwen", "keuzes", "eigen-dorp"})
        CHECK(std::any_of(statements->options.begin(), statements->options.end(),
                          [&](const Option &o) { return o.id == QLatin1String(id); }));
}

TEST_CASE("the default pack's reference population is the reference CSV", "[content]")
{
    // The municipality's reference CSV (a verbatim copy of ../shared/reference/dalfsen-population.csv,
    // kept in the repository so CI on a clean clone has it), compared row by row with the pack's copy.
    const QString csvPath = sourcePath(QStringLiteral("tests/data/reference/dalfsen-population.csv"));
    const QByteArray csv = readFile(csvPath);
    REQUIRE_FALSE(csv.isEmpty());
    const ContentPack pack = *loadContentPack(defaultPackPath()).pack;
    QStringList expected;
    bool header = true;
    for (const QByteArray &raw : csv.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (header) {
            REQUIRE(line == QStringLiteral("kern,area,year,population"));
            header = false;
            continue;
        }
        expected << line;
    }
    QStringList actual;
    for (const PopulationRow &row : pack.population) {
        const Option *kern = pack.kern(row.kern);
        REQUIRE(kern);
        actual << QStringLiteral("%1,%2,%3,%4").arg(kern->label.nl, row.area).arg(row.year).arg(row.population);
    }
    CHECK(actual.join(QLatin1Char('\n')).toStdString() == expected.join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("every activity kind refuses a wrong payload with a precise sentence", "[content][payload]")
{
    const ContentPack pack = *loadContentPack(defaultPackPath()).pack;
    auto check = [&](const char *activity, const char *json) {
        const Activity *a = pack.activity(QString::fromLatin1(activity));
        REQUIRE(a);
        return answers::validate(pack, *a, QJsonDocument::fromJson(json).object()).toStdString();
    };
    CHECK(check("kansen-en-zorgen", R"({"text": "Meer bankjes", "ideaKind": "concern", "theme": "wonen"})") == "");
    CHECK(check("kansen-en-zorgen", R"({"text": " ", "ideaKind": "concern", "theme": "wonen"})") == "payload.text is empty");
    CHECK(check("kansen-en-zorgen", R"({"text": "x", "ideaKind": "idea", "theme": "wonen"})")
          == "payload.ideaKind must be one of: opportunity, concern, solution");
    CHECK(check("kansen-en-zorgen", R"({"text": "x", "ideaKind": "concern", "theme": "geld"})")
          == "payload.theme 'geld' is not a theme of this pack");
    CHECK(check("stippen", R"({"allocation": {"woningen": 3, "zorg": 2}})") == "");
    CHECK(check("stippen", R"({"allocation": {"woningen": 6}})") == "payload.allocation spends 6; only 5 are available");
    CHECK(check("stippen", R"({"allocation": {"woningen": 1.5}})") == "payload.allocation.woningen must be a whole number of 0 or more");
    CHECK(check("stippen", R"({"allocation": {"kerk": 1}})") == "payload.allocation has unknown option 'kerk'");
    CHECK(check("stippen", R"({"allocation": {}})") == "payload.allocation gives nothing to any option");
    CHECK(check("volgorde", R"({"order": ["ontmoeten", "bereikbaar", "duurzaam", "ondernemers"]})") == "");
    CHECK(check("volgorde", R"({"order": ["ontmoeten", "ontmoeten", "duurzaam", "ondernemers"]})")
          == "payload.order must list each of the 4 options exactly once");
    CHECK(check("dilemma-groei", R"({"position": 6})") == "");
    CHECK(check("dilemma-groei", R"({"position": 7})") == "payload.position must be a whole number from 0 to 6");
    CHECK(check("stellingen", R"({"answers": {"behouden": {"answer": "agree", "important": true}}})") == "");
    CHECK(check("stellingen", R"({"answers": {"behouden": {"answer": "maybe"}}})") == "payload.answers.behouden.answer must be agree, disagree or pass");
    CHECK(check("stellingen", R"({"answers": {"behouden": {"answer": "agree", "important": "yes"}}})")
          == "payload.answers.behouden.important must be true or false");
    CHECK(check("stellingen", R"({"answers": {}})") == "payload.answers is empty");
    CHECK(check("profiel", R"({"answers": {}})") == "");  // every question may be skipped
    CHECK(check("profiel", R"({"answers": {"kern": "ankum-buitengebied", "leeftijd": "65-plus"}})") == "");
    CHECK(check("profiel", R"({"answers": {"kern": "zwolle"}})") == "payload.answers.kern has unknown option 'zwolle'");
    CHECK(check("profiel", R"({"answers": {"naam": "Jan"}})") == "payload.answers has unknown question 'naam'");
    CHECK(check("tevredenheid", R"({"score": 5, "remark": "Goed zo"})") == "");
    CHECK(check("tevredenheid", R"({"score": 0})") == "payload.score must be a whole number from 1 to 5");
    CHECK(check("tevredenheid", R"({"score": 3, "mood": "blij"})") == "payload.mood is not a known field");
}

TEST_CASE("an ideas activity offers only the themes it lists", "[content][payload]")
{
    QByteArray json = readFile(sourcePath(QStringLiteral("tests/data/packs/valid-minimal.json")));
    json.replace("\"themes\": [\n", "\"themes\": [\n    {\"id\": \"zorg\", \"label\": {\"nl\": \"Zorg\", \"en\": \"Care\"}},\n");
    json.replace("\"maxPicks\": 2}\n", "\"maxPicks\": 2},\n    {\"id\": \"ideeen\", \"kind\": \"ideas\", \"phase\": \"fase-1\", "
                                      "\"title\": {\"nl\": \"Idee\", \"en\": \"Idea\"}, \"prompt\": {\"nl\": \"Schrijf\", \"en\": \"Write\"}, "
                                      "\"themes\": [\"wonen\"]}\n");
    json.replace("\"activities\": [\"waarden\"]", "\"activities\": [\"waarden\", \"ideeen\"]");
    const ParsedPack parsed = parseContentPack(json);
    for (const auto &p : parsed.problems)
        UNSCOPED_INFO(p.path.toStdString() << ": " << p.message.toStdString());
    REQUIRE(parsed.pack);
    const Activity &ideas = *parsed.pack->activity(QStringLiteral("ideeen"));
    REQUIRE(parsed.pack->themesFor(ideas).size() == 1);
    CHECK(parsed.pack->themesFor(ideas).first().id == QStringLiteral("wonen"));
    auto payload = [](const char *theme) {
        return QJsonObject{{QStringLiteral("text"), QStringLiteral("Meer huizen")}, {QStringLiteral("ideaKind"), QStringLiteral("solution")},
                           {QStringLiteral("theme"), QString::fromLatin1(theme)}};
    };
    CHECK(answers::validate(*parsed.pack, ideas, payload("wonen")).isEmpty());
    CHECK(answers::validate(*parsed.pack, ideas, payload("zorg")) == QStringLiteral("payload.theme 'zorg' is not offered in this activity"));
}

TEST_CASE("profile and satisfaction are asked once per session, whichever phases are open", "[content][flow]")
{
    QByteArray json = readFile(defaultPackPath());
    // Only phase 2 open (the shipped pack), only phase 3 open, both open: the session-level
    // activities close the flow exactly once each time.
    auto flowIds = [](const QByteArray &bytes) {
        const ParsedPack parsed = parseContentPack(bytes);
        for (const auto &p : parsed.problems)
            UNSCOPED_INFO(p.path.toStdString() << ": " << p.message.toStdString());
        REQUIRE(parsed.pack);
        QStringList ids;
        for (const Activity *a : parsed.pack->flow())
            ids << a->id;
        return ids;
    };
    const QStringList onlyTwo = flowIds(json);
    CHECK(onlyTwo == QStringList{QStringLiteral("waarden"), QStringLiteral("kansen-en-zorgen"), QStringLiteral("dilemma-groei"),
                                 QStringLiteral("dilemma-dorp"), QStringLiteral("stellingen"), QStringLiteral("profiel"),
                                 QStringLiteral("tevredenheid")});
    QByteArray bothOpen = json;
    bothOpen.replace("\"status\": \"upcoming\"", "\"status\": \"open\"");
    const QStringList both = flowIds(bothOpen);
    CHECK(both.count(QStringLiteral("profiel")) == 1);
    CHECK(both.count(QStringLiteral("tevredenheid")) == 1);
    CHECK(both.mid(both.size() - 2) == QStringList{QStringLiteral("profiel"), QStringLiteral("tevredenheid")});
    CHECK(both.contains(QStringLiteral("stippen")));
}

namespace {

// Every {"nl": ..., "en": ...} text in a JSON tree, with its path.
void collectTexts(const QJsonValue &v, const QString &path, QList<QPair<QString, QJsonObject>> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("nl")) || o.contains(QStringLiteral("en")))
            out.append({path, o});
        for (auto it = o.begin(); it != o.end(); ++it)
            collectTexts(it.value(), path + QLatin1Char('.') + it.key(), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            collectTexts(a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), out);
    }
}

} // namespace

TEST_CASE("every resident-facing text of the shipped pack has Dutch and English", "[content][i18n]")
{
    const QJsonObject root = QJsonDocument::fromJson(readFile(defaultPackPath())).object();
    QList<QPair<QString, QJsonObject>> texts;
    collectTexts(root, QStringLiteral("$"), texts);
    // Titles, prompts, options, phases, the privacy notice...: well over a hundred.
    CHECK(texts.size() > 100);
    for (const auto &[path, text] : texts) {
        INFO(path.toStdString());
        CHECK(text.keys() == QStringList{QStringLiteral("en"), QStringLiteral("nl")});
        const QString nl = text.value(QStringLiteral("nl")).toString().trimmed();
        const QString en = text.value(QStringLiteral("en")).toString().trimmed();
        CHECK_FALSE(nl.isEmpty());
        CHECK_FALSE(en.isEmpty());
    }
    // The privacy notice is among them.
    CHECK(std::any_of(texts.begin(), texts.end(), [](const auto &t) { return t.first == QLatin1String("$.privacy.retention"); }));
}
