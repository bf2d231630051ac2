#pragma once
// What an answer holds, one typed definition per activity kind (docs/content-packs.md,
// "Payloads"). This file is the only place the payload's JSON keys are spelled: the UI's
// models build answers with toJson(), the results engine reads them with parse(), the
// device and the server check them with validate(), the simulator and the screenshots use
// sample() and example().
//
// parse() checks the shape (known keys, types); check() checks the answer against the pack
// (ids, limits). Both return a sentence naming the field at fault, e.g. "payload.picks has
// unknown value 'x'", for logs, the server's per-record reasons and staff; never for residents.

#include "contentpack.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>
#include <random>
#include <variant>

namespace samenspraak::answers {

template <typename T>
struct Parsed {
    std::optional<T> answer;
    QString error;  // set when answer is empty
};

// values: picked palette values (in order when the activity ranks them), plus an own value.
struct Values {
    QStringList picks;
    QString own;  // free text, only where the activity allows it; empty when none
    static constexpr int MaxOwnLength = 80;

    static Parsed<Values> parse(const QJsonObject &payload);
    QString check(const ContentPack &pack, const Activity &activity) const;
    QJsonObject toJson() const;
    int count() const { return int(picks.size()) + (own.trimmed().isEmpty() ? 0 : 1); }
};

// ideas: one idea, its kind (opportunity / concern / solution) and its theme.
struct Idea {
    QString text;
    QString ideaKind;
    QString theme;

    static Parsed<Idea> parse(const QJsonObject &payload);
    QString check(const ContentPack &pack, const Activity &activity) const;
    QJsonObject toJson() const;
};

// dots (spread some dots) and 100 points (spend them all): amount per option, none zero.
struct Allocation {
    QMap<QString, int> amounts;

    static Parsed<Allocation> parse(const QJsonObject &payload);
    QString check(const Activity &activity) const;
    QJsonObject toJson() const;
    int total() const;
};

// ranking: every option once, most important first.
struct Ranking {
    QStringList order;

    static Parsed<Ranking> parse(const QJsonObject &payload);
    QString check(const Activity &activity) const;
    QJsonObject toJson() const;
};

// dilemma: a position on the slider between the two poles, 0 .. steps-1.
struct Dilemma {
    int position = -1;

    static Parsed<Dilemma> parse(const QJsonObject &payload);
    QString check(const Activity &activity) const;
    QJsonObject toJson() const;
};

// statements: per statement agree / disagree / pass, and whether it is important to them.
struct Statements {
    enum class Choice { Agree, Disagree, Pass };
    struct Answer {
        Choice choice = Choice::Pass;
        bool important = false;
    };
    QMap<QString, Answer> answers;  // by statement id

    static Parsed<Statements> parse(const QJsonObject &payload);
    QString check(const Activity &activity) const;
    QJsonObject toJson() const;
    static QString choiceName(Choice choice);
    static std::optional<Choice> choiceFrom(const QString &name);
};

// profile: the option chosen per question; every question may be skipped.
struct Profile {
    QMap<QString, QString> answers;  // question id -> option id

    static Parsed<Profile> parse(const QJsonObject &payload);
    QString check(const Activity &activity) const;
    QJsonObject toJson() const;
};

// satisfaction: a score of 1 to 5 and an optional remark.
struct Satisfaction {
    int score = 0;
    QString remark;
    static constexpr int MaxRemarkLength = 500;

    static Parsed<Satisfaction> parse(const QJsonObject &payload);
    QString check() const;
    QJsonObject toJson() const;
};

// Any answer, typed: what a payload of some kind parses as; monostate when it does not parse
// (or the kind is unknown). The results engine keeps these instead of the payloads' JSON.
using Any = std::variant<std::monostate, Values, Idea, Allocation, Ranking, Dilemma, Statements, Profile, Satisfaction>;
// The payload of a contribution of `kind` as its typed answer.
Any parse(const QString &kind, const QJsonObject &payload);
// The same from the payload's JSON text (UTF-8, as stored): the canonical compact form the
// device and the server write (sorted keys, no whitespace, no escapes) is read directly,
// anything else through QJsonDocument; both give what T::parse gives on the parsed object.
// With `shared`, the ids in it (options, statements, questions) are kept once each.
class SharedTexts;
Any parse(const QString &kind, QByteArrayView json, SharedTexts *shared = nullptr);

// Texts that repeat from record to record (option, session and activity ids), kept once each:
// a round of 100,000 answers has a few thousand distinct ones (bench/results_bench).
class SharedTexts {
public:
    QString operator()(QByteArrayView utf8);

private:
    QHash<QByteArray, QString> m_texts;
};

// At most `maxLength` UTF-16 units of `text`, never ending in half a character (an emoji cut
// in two would make the answer unsaveable: lone surrogates are refused at the protocol boundary).
QString clipped(const QString &text, qsizetype maxLength);

// Whether an answer says something about the person (free text or a profile): such answers
// are removed from the device after acknowledgement plus the pack's retention (Store::purge).
bool isPersonal(const QString &kind, const QJsonObject &payload);
// The answer with its free text taken out (a value of one's own, a remark), for the exports
// that keep free text apart from who wrote it; nullopt for an idea, which is all free text.
std::optional<QJsonObject> withoutFreeText(const QString &kind, const QJsonObject &payload);

// Empty when `payload` is a valid answer to `activity`, else a sentence naming the field.
[[nodiscard]] QString validate(const ContentPack &pack, const Activity &activity, const QJsonObject &payload);

// A random valid answer (the simulator, benchmarks, demo data): same generator state, same answer.
QJsonObject sample(const ContentPack &pack, const Activity &activity, std::mt19937 &random);

// A fixed valid answer that shows chosen and unchosen options side by side (screenshots).
QJsonObject example(const ContentPack &pack, const Activity &activity);

} // namespace samenspraak::answers
