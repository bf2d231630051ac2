#pragma once
// Moderation of free text (docs/architecture.md, "Moderation"): ideas, values of one's own and
// remarks appear on a room's projector only after the facilitator approved them. The state of a
// text is the latest of its decisions, each an immutable record with its own id, so a decision
// travels hub -> municipal server exactly once and the server's exports carry the same mark.
// Nothing is deleted: a rejected text stays, marked.

#include "contentpack.h"
#include "results.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samenspraak::moderation {

// pending: nobody decided yet; flagged: the pack's word list held it back for review (never
// shown until approved); approved: on the projector; rejected: kept, never shown.
enum class State { Pending, Flagged, Approved, Rejected };
QString toString(State state);
std::optional<State> stateFrom(const QString &name);

// Who made a decision that no person made: the word list.
inline const QString WordListDecider = QStringLiteral("woordenlijst");

// One free text of a current answer. Each contribution holds at most one (an idea's text, a
// value of one's own, a remark), so the contribution id names the text.
struct FreeText {
    QString contributionId;
    QString sessionId;
    QString activityId;
    QString field;      // text | own | remark
    QString ideaKind;   // ideas only
    QString theme;      // ideas only
    QString text;
    QString createdAt;  // device clock
};
// Every free text of the round's current answers, in pack order, then in the order given.
QList<FreeText> freeTexts(const ContentPack &pack, const results::Round &round);

// A decision about one text: immutable, made once with a new id (protocol::newId()).
struct Decision {
    QString id;
    QString contributionId;
    State state = State::Pending;
    QString decidedBy;  // "begeleider" (the facilitator on the hub) or WordListDecider
    QString decidedAt;  // ISO 8601, the hub's clock
    friend bool operator==(const Decision &, const Decision &) = default;
};
// Latest wins: the later decidedAt, on a tie the greater id (the same answer everywhere).
bool later(const Decision &a, const Decision &b);
// The latest decision per contribution.
QHash<QString, Decision> latest(const QList<Decision> &decisions);
// The state of a text given the latest decisions (Pending when none).
State stateOf(const QHash<QString, Decision> &latest, const QString &contributionId);

// What the projector and the room's live results may show of the free text: approved texts
// only, of activities with enough answers to show at all, and nothing while fewer than five
// people took part (results::withheld, the one minimum-group rule), the latest approved first.
QList<FreeText> shown(const ContentPack &pack, const results::Round &round, const QHash<QString, Decision> &latest);
QJsonObject toJson(const FreeText &text);  // activity, field, kind, theme, text

// The word list (the pack's $.moderation.blockedWords): a text holding one of them as a whole
// word, case and accents ignored ("Klootzak!" matches "klootzak"), is flagged. An entry of
// several words matches that phrase. Returns the first entry found, empty when none.
QString blockedWordIn(const QStringList &blockedWords, const QString &text);
// The text folded for matching: lower case, accents removed, every run of non-letters and
// non-digits one space, with a space at each end.
QString folded(const QString &text);

} // namespace samenspraak::moderation

namespace samenspraak::moderation {

// A decision on the wire (POST /api/v1/moderation-decisions, docs/api/openapi.yaml):
// {"id", "contributionId", "state", "decidedBy", "decidedAt"}. Strict: every field, no other.
QJsonObject toJson(const Decision &decision);
// Empty and `out` set, or the field at fault ("state must be flagged, approved or rejected").
[[nodiscard]] QString decisionFrom(const QJsonValue &value, Decision &out);

} // namespace samenspraak::moderation
