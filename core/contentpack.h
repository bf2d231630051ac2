#pragma once
// A content pack: one participation round as the municipality defines it (docs/content-packs.md).
// parse() collects every problem with its JSON path, so `samenspraak content check` can list
// them all at once; a pack with any problem is never used.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace samenspraak {

struct Text {
    QString nl;
    QString en;
    // Dutch is the default and always present in a valid pack.
    QString in(const QString &language) const { return language == QLatin1String("en") && !en.isEmpty() ? en : nl; }
    bool isEmpty() const { return nl.isEmpty() && en.isEmpty(); }
};

struct Option {
    QString id;
    Text label;
    QString colour;  // palette values carry a colour (#RRGGBB)
    Text description;
    // Profile options only: the reference population this answer counts towards, so
    // representativeness can be computed from the pack alone. Empty when not linked.
    QString kern;    // a $.kernen id
    QString area;    // "kern" | "buitengebied" | empty (the whole kern)
};

struct ProfileQuestion {
    QString id;
    Text label;
    QList<Option> options;
};

namespace Kind {
inline const QString Values = QStringLiteral("values");
inline const QString Ideas = QStringLiteral("ideas");
inline const QString Dots = QStringLiteral("dots");
inline const QString Ranking = QStringLiteral("ranking");
inline const QString Dilemma = QStringLiteral("dilemma");
inline const QString Statements = QStringLiteral("statements");
inline const QString Profile = QStringLiteral("profile");
inline const QString Satisfaction = QStringLiteral("satisfaction");
inline const QStringList All{Values, Ideas, Dots, Ranking, Dilemma, Statements, Profile, Satisfaction};
} // namespace Kind

namespace Kind {
// Profile and satisfaction are asked once per session, whichever phases are open: they are
// listed in the pack's "session", not in a phase.
inline bool isSessionLevel(const QString &kind) { return kind == Profile || kind == Satisfaction; }
} // namespace Kind

struct Activity {
    QString id;
    QString kind;
    QString phase;  // empty for a session-level activity (profile, satisfaction)
    Text title;
    Text prompt;
    // values
    int maxPicks = 3;
    bool rank = false;
    bool allowOwn = false;
    // ideas
    QStringList kinds{QStringLiteral("opportunity"), QStringLiteral("concern"), QStringLiteral("solution")};
    int maxLength = 500;
    QStringList themes;  // the $.themes ids offered; empty means all of them
    // dots, ranking, statements: the options (statements are options too)
    QList<Option> options;
    int dots = 0;    // dots: spread this many dots...
    int points = 0;  // ...or this many points (exactly one of the two is set)
    // dilemma
    Text left;
    Text right;
    int steps = 7;   // positions on the slider, 0 .. steps-1
    // profile
    QList<ProfileQuestion> questions;
    // satisfaction
    Text remarkPrompt;
};

struct Phase {
    QString id;
    int number = 0;
    QString status;     // "result" (finished, shown as its outcome) | "open" | "upcoming"
    Text title;
    Text question;
    QString horizon;    // e.g. "2040", may be empty
    Text product;
    Text whoTakesPart;
    Text whoDecides;
    QString ladder;     // informing | consulting | advising | coproducing | deciding
    Text whatHappens;   // the sentence shown to participants about what is done with their input
    Text result;        // for a finished phase: what came out of it
    QStringList activities;
};

// What the participant is told before the first question (AVG art. 13): who collects, for
// what, how long it is kept, whom to ask, and where the full statement is.
struct PrivacyNotice {
    Text controller;  // who is responsible, e.g. "Gemeente Dalfsen"
    Text purpose;     // what the answers are used for
    Text retention;   // how long they are kept
    Text contact;     // whom to ask, e.g. an e-mail address or phone number
    QString url;      // the full privacy statement (https)
    // Days an acknowledged answer's free text and profile stay on the device (0: removed at
    // once after the server acknowledged it). Store::purge.
    int deviceRetentionDays = 7;
    bool isEmpty() const { return controller.isEmpty(); }
};

// What happens next, on the thank-you screen: when the decision is taken and where the
// results appear (the page is also shown as a QR code).
struct Afterwards {
    Text text;
    QString url;  // the municipality's page (https); optional
    bool isEmpty() const { return text.isEmpty(); }
};

// "Wat is er met je inbreng gedaan?": what the municipality did with what residents said, on a
// page the kiosk's attract screen opens, so the loop closes on the same kiosks. The municipality
// fills it in and publishes a new version of the pack as the round goes on.
struct FollowUpItem {
    QString id;
    QString phase;     // the phase the input came from (a $.phases id); may be empty
    Text heard;        // what residents said
    Text response;     // what the municipality did with it, and why when it did otherwise
    QString status;    // one of FollowUp::Statuses
};

struct FollowUp {
    // adopted: taken over; partly: in part; declined: not taken over (the response says why);
    // pending: not decided yet.
    static inline const QStringList Statuses{QStringLiteral("adopted"), QStringLiteral("partly"), QStringLiteral("declined"),
                                             QStringLiteral("pending")};
    Text intro;
    QString updated;   // the day the municipality last brought it up to date, YYYY-MM-DD
    QList<FollowUpItem> items;
    QString url;       // where the full answer is (https); optional
    bool isEmpty() const { return items.isEmpty(); }
};

struct PopulationRow {
    QString kern;
    QString area;       // kern | buitengebied
    int year = 0;
    int population = 0;
};

// How the room hub's moderation treats free text (core/moderation.h): text holding one of
// these words is held back for the facilitator and never shown on the projector by itself.
struct ModerationRules {
    QStringList blockedWords;  // as written in the pack; matched as whole words, case and accents ignored
    static constexpr int MaxWords = 2000;
    static constexpr int MaxWordLength = 64;
};

struct ContentProblem {
    QString path;       // JSON path, e.g. $.activities[2].maxPicks
    QString message;
};

struct ContentPack {
    QString id;
    QString version;
    Text title;
    Text municipality;
    Text invitation;
    QList<Text> attractQuestions;
    QList<Phase> phases;
    QList<Option> palette;
    QList<Option> themes;
    QList<Option> kernen;
    QList<Activity> activities;
    // The session-level activities (profile, satisfaction): asked once per session, after the
    // open phases' questions, whichever phases are open.
    QStringList session;
    PrivacyNotice privacy;  // empty when the pack has none
    Afterwards afterwards;  // empty when the pack has none
    FollowUp followUp;      // empty when the pack has none
    ModerationRules moderation;  // no words when the pack has none
    QList<PopulationRow> population;
    QByteArray sha256;  // hex digest of the exact bytes parsed
    QByteArray raw;

    const Activity *activity(const QString &id) const;
    const Phase *phase(const QString &id) const;
    const Option *paletteValue(const QString &id) const;
    const Option *kern(const QString &id) const;
    // The themes an ideas activity offers, in pack order.
    QList<Option> themesFor(const Activity &activity) const;
    // Activities of open phases, in phase order, then the session-level ones (the profile
    // before satisfaction).
    QList<const Activity *> flow() const;
};

// The longest statement, in characters (Dutch or English), that fits on a tablet (1280x800)
// at 200% text without scrolling, answer buttons included. tst_largetext shows a statement of
// this length fits; the checker warns about longer ones (docs/content-packs.md).
inline constexpr int StatementFitLength = 100;

struct ParsedPack {
    std::optional<ContentPack> pack;
    QList<ContentProblem> problems;
    // What a valid pack may hold but a screen does not show well (a statement too long to fit
    // at 200% text): the pack is used, and `content check` prints them as warnings.
    QList<ContentProblem> warnings;
};

[[nodiscard]] ParsedPack parseContentPack(const QByteArray &json);
[[nodiscard]] ParsedPack loadContentPack(const QString &path);

} // namespace samenspraak
