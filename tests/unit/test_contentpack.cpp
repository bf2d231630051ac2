#include <catch2/catch.hpp>

#include "contentpack.h"
#include "payload.h"
#include "testsupport.h"

#include <QJsonArray>

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
    // The 2019 palette is the starting palette.
    for (const char *value : {"dynamiek", "erbij-horen", "respect", "noaberschap", "nuchterheid"})
        CHECK(pack.paletteValue(QString::fromLatin1(value)));
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
    auto check = [&](const QJsonObject &p) { return validatePayload(pack, values, p); };
    CHECK(check({{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect"), QStringLiteral("groen")}}}).isEmpty());
    CHECK(check({{QStringLiteral("picks"), QJsonArray{}}}) == QStringLiteral("payload.picks is empty: pick at least one value"));
    CHECK(check({{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect"), QStringLiteral("respect")}}})
          == QStringLiteral("payload.picks has 'respect' twice"));
    CHECK(check({{QStringLiteral("picks"), QJsonArray{QStringLiteral("geld")}}}) == QStringLiteral("payload.picks has unknown value 'geld'"));
    CHECK(check({{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect")}}, {QStringLiteral("own"), QStringLiteral("Rust")}}).isEmpty());
    CHECK(check({{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect"), QStringLiteral("groen"), QStringLiteral("dynamiek")}},
                 {QStringLiteral("own"), QStringLiteral("Rust")}})
          == QStringLiteral("payload.picks holds 4 values; at most 3 may be picked"));
    CHECK(check({{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect")}}, {QStringLiteral("x"), 1}})
          == QStringLiteral("payload.x is not a known field"));
}
