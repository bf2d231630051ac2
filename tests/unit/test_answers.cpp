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
