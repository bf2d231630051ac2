// docs/content-packs.md cannot go stale: its example pack must pass the checker, and every
// payload example in it must be accepted by the payload validation of its activity.

#include <catch2/catch.hpp>

#include "contentpack.h"
#include "answers.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace samenspraak;

namespace {

struct Block {
    QString info;  // what follows ```json, e.g. "example-pack" or "payload:waarden"
    QByteArray body;
};

QList<Block> jsonBlocks()
{
    const QString doc = QString::fromUtf8(readFile(sourcePath(QStringLiteral("docs/content-packs.md"))));
    static const QRegularExpression fence(QStringLiteral("^```json ([^\\n]+)\\n(.*?)^```$"),
                                          QRegularExpression::MultilineOption | QRegularExpression::DotMatchesEverythingOption);
    QList<Block> out;
    for (auto it = fence.globalMatch(doc); it.hasNext();) {
        const auto m = it.next();
        out.append({m.captured(1).trimmed(), m.captured(2).toUtf8()});
    }
    return out;
}

} // namespace

TEST_CASE("the example pack in docs/content-packs.md is valid and uses every kind", "[content][docs]")
{
    const auto blocks = jsonBlocks();
    const auto example = std::find_if(blocks.begin(), blocks.end(), [](const Block &b) { return b.info == QLatin1String("example-pack"); });
    REQUIRE(example != blocks.end());
    const ParsedPack parsed = parseContentPack(example->body);
    for (const auto &p : parsed.problems)
        UNSCOPED_INFO(p.path.toStdString() << ": " << p.message.toStdString());
    REQUIRE(parsed.pack);
    for (const QString &kind : Kind::All) {
        INFO("kind " << kind.toStdString());
        CHECK(std::any_of(parsed.pack->activities.begin(), parsed.pack->activities.end(),
                          [&](const Activity &a) { return a.kind == kind; }));
    }
    CHECK_FALSE(parsed.pack->population.isEmpty());
}

TEST_CASE("every payload example in docs/content-packs.md is accepted, one per kind", "[content][docs][payload]")
{
    const auto blocks = jsonBlocks();
    const auto example = std::find_if(blocks.begin(), blocks.end(), [](const Block &b) { return b.info == QLatin1String("example-pack"); });
    REQUIRE(example != blocks.end());
    const ParsedPack parsed = parseContentPack(example->body);
    REQUIRE(parsed.pack);
    QStringList kindsShown;
    for (const Block &b : blocks) {
        if (!b.info.startsWith(QLatin1String("payload:")))
            continue;
        const QString activityId = b.info.mid(8);
        INFO("payload example for " << activityId.toStdString());
        const Activity *activity = parsed.pack->activity(activityId);
        REQUIRE(activity);
        QJsonParseError error;
        const QJsonDocument payload = QJsonDocument::fromJson(b.body, &error);
        REQUIRE(error.error == QJsonParseError::NoError);
        REQUIRE(payload.isObject());
        CHECK(answers::validate(*parsed.pack, *activity, payload.object()).toStdString() == "");
        kindsShown << activity->kind;
    }
    for (const QString &kind : Kind::All) {
        INFO("kind " << kind.toStdString());
        CHECK(kindsShown.contains(kind));
    }
}
