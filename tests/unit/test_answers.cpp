// What an answer holds (core/answers.h), beyond what the content-pack and store tests cover.
#include <catch2/catch.hpp>

#include "answers.h"

using namespace samenspraak;

TEST_CASE("answers: text cut to a length never ends in half an emoji", "[answers]")
{
    // 'ab' then U+1F600 (two UTF-16 units): cut at 3 units the emoji would be half there, a lone
    // surrogate the protocol refuses, and the resident's answer could not be saved.
    const QString text = QStringLiteral("ab") + QString::fromUcs4(U"\U0001F600") + QStringLiteral("c");
    REQUIRE(text.size() == 5);
    CHECK(answers::clipped(text, 3) == QStringLiteral("ab"));
    CHECK(answers::clipped(text, 4) == text.left(4));
    CHECK(answers::clipped(text, 4).back().isLowSurrogate());
    CHECK(answers::clipped(text, 10) == text);
    CHECK(answers::clipped(QString(), 5).isEmpty());
}

#include "compactjson.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
// A typed answer back as JSON, to compare two parses; "none" when it did not parse.
QByteArray shown(const answers::Any &a)
{
    return std::visit(
        [](const auto &v) -> QByteArray {
            if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::monostate>)
                return "none";
            else
                return QJsonDocument(v.toJson()).toJson(QJsonDocument::Compact);
        },
        a);
}
} // namespace

TEST_CASE("answers: the payload's stored text gives the answer its parsed JSON gives, read directly or not", "[answers]")
{
    const ParsedPack parsed = loadContentPack(defaultPackPath());
    REQUIRE(parsed.pack);
    std::mt19937 random(7);
    int checked = 0;
    for (int round = 0; round < 40; ++round)
        for (const Activity &a : parsed.pack->activities) {
            const QJsonObject payload = answers::sample(*parsed.pack, a, random);
            const QByteArray text = protocol::json::compact(payload);
            INFO(a.kind.toStdString() << " " << text.toStdString());
            CHECK(shown(answers::parse(a.kind, QByteArrayView(text))) == shown(answers::parse(a.kind, payload)));
            ++checked;
        }
    CHECK(checked > 100);
    // Beyond the canonical form: whitespace, escapes, text beyond ASCII, fractions, unknown and
    // repeated keys, wrong types, out-of-range numbers: the same answer (or none) either way.
    const QList<std::pair<QString, QByteArray>> odd{
        {Kind::Values, R"({"picks":["a","b"]})"},          {Kind::Values, R"({ "picks" : ["a"] })"},
        {Kind::Values, R"({"own":"","picks":[]})"},        {Kind::Values, R"({"own":"caf\u00e9","picks":["a"]})"},
        {Kind::Values, "{\"own\":\"caf\xc3\xa9\",\"picks\":[\"a\"]}"}, {Kind::Values, R"({"picks":["a",3]})"},
        {Kind::Values, R"({"picks":"a"})"},                {Kind::Values, R"({"other":1,"picks":["a"]})"},
        {Kind::Ideas, R"({"ideaKind":"concern","text":"a \"b\"","theme":"wonen"})"}, {Kind::Ideas, R"({"text":"x"})"},
        {Kind::Dots, R"({"allocation":{"a":2,"b":1}})"},   {Kind::Dots, R"({"allocation":{"a":2.5}})"},
        {Kind::Dots, R"({"allocation":{"a":1000000}})"},   {Kind::Dots, R"({"allocation":{"a":1000001}})"},
        {Kind::Dots, R"({"allocation":{"b":1,"a":2}})"},   {Kind::Dots, R"({"allocation":{"a":1,"a":2}})"},
        {Kind::Dots, R"({"allocation":{}})"},              {Kind::Ranking, R"({"order":[]})"},
        {Kind::Ranking, R"({})"},                          {Kind::Dilemma, R"({"position":999})"},
        {Kind::Dilemma, R"({"position":1000})"},           {Kind::Dilemma, R"({"position":-1})"},
        {Kind::Dilemma, R"({"position":03})"},             {Kind::Dilemma, R"({"position":2.0})"},
        {Kind::Dilemma, R"({"position":2e0})"},            {Kind::Dilemma, R"({"position":"2"})"},
        {Kind::Statements, R"({"answers":{"s1":{"answer":"agree","important":true},"s2":{"answer":"pass"}}})"},
        {Kind::Statements, R"({"answers":{"s1":{"answer":"maybe"}}})"}, {Kind::Statements, R"({"answers":{}})"},
        {Kind::Statements, R"({"answers":{"s1":{"important":true}}})"}, {Kind::Statements, R"({"answers":{"s1":{"answer":"agree","important":1}}})"},
        {Kind::Profile, R"({"answers":{"kern":"dalfsen","leeftijd":"18-34"}})"}, {Kind::Profile, R"({"answers":{"kern":3}})"},
        {Kind::Satisfaction, R"({"score":5})"},            {Kind::Satisfaction, R"({"remark":"goed","score":4})"},
        {Kind::Satisfaction, R"({"score":6})"},            {Kind::Satisfaction, R"({"score":0})"},
        {Kind::Satisfaction, R"({"remark":3,"score":4})"}, {Kind::Values, R"([1,2])"},
        {Kind::Values, R"({"picks":["a"]} )"},             {Kind::Values, R"(not json)"},
    };
    answers::SharedTexts shared;
    for (const auto &[kind, text] : odd) {
        INFO(kind.toStdString() << " " << text.toStdString());
        const QByteArray viaQt = shown(answers::parse(kind, QJsonDocument::fromJson(text).object()));
        CHECK(shown(answers::parse(kind, QByteArrayView(text))) == viaQt);
        CHECK(shown(answers::parse(kind, QByteArrayView(text), &shared)) == viaQt);
    }
}
