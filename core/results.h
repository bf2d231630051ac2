#pragma once
// The results engine: one set of functions over the contributions of a round, whoever holds
// them (the device store, the server store on SQLite or PostgreSQL, a room hub). Feed it every
// contribution, superseded ones included: Round leaves out what a later answer replaced, so a
// changed answer counts once, as its latest version. Small counts are withheld in one place
// (MinimumAnswers): right after someone answers, a figure over two or three people would show
// the next person what they chose.

#include "answers.h"
#include "contentpack.h"
#include "protocol.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QString>

namespace samenspraak::results {

// Below this many answers to an activity, no figure of it is shown.
inline constexpr int MinimumAnswers = 5;

// The minimum-cell rule, the one place it is spelled: a figure over fewer than
// MinimumAnswers people (an activity, a group, a reach count) is withheld, whoever shows or
// exports it. Zero is withheld too: "fewer than five" is all anyone learns.
inline bool withheld(int people) { return people < MinimumAnswers; }

// One answer as the engine keeps it: the record's id, session and device time (moderation
// names them) and its payload, parsed once into the typed answer of the record's kind. No JSON
// is kept: 100,000 of these fit where 100,000 records did not (bench/results_bench).
struct Answer {
    QString id;
    QString sessionId;
    QString createdAt;      // ISO 8601 device clock; empty when the store did not read it
    answers::Any typed;     // monostate: the payload does not parse as its kind
    int session = -1;       // the session's number in Round::sessions() (set by Round)
    // The typed answer when it is a T (an answer of T's kind that parsed), else null.
    template <typename T>
    const T *as() const { return std::get_if<T>(&typed); }
};

// The contributions of a round as they are read, superseded ones included, in any order: each
// payload is parsed into its typed answer as it is added. What Round is made of; a store
// fills it row by row (IngestStore::roundContributions) without a record per row.
class Records {
public:
    Records() = default;
    // Records in memory (the device's store, a hub, tests).
    Records(const QList<protocol::ContributionRecord> &contributions);
    void add(const protocol::ContributionRecord &record);
    // A stored row, every field as UTF-8 text (the payload as its JSON); supersedes empty when
    // it replaces nothing. Session ids, activity ids and kinds repeat from row to row: they are
    // kept once each.
    void add(QByteArrayView id, QByteArrayView sessionId, QByteArrayView activityId, QByteArrayView kind, QByteArrayView payload,
             QByteArrayView supersedes, QByteArrayView createdAt = {});
    void reserve(qsizetype n) { m_entries.reserve(n); }
    qsizetype size() const { return m_entries.size(); }

private:
    friend class Round;
    struct Entry {
        QString activityId;
        Answer answer;
    };
    QList<Entry> m_entries;
    QSet<QString> m_superseded;
    answers::SharedTexts m_shared;
};

// The current answers of a round, by activity.
class Round {
public:
    Round() = default;
    // Every contribution of the round, superseded ones included, in any order.
    explicit Round(Records records);
    explicit Round(const QList<protocol::ContributionRecord> &contributions) : Round(Records(contributions)) {}
    // With the sessions too (any order, any superset): figures by channel need them.
    Round(Records records, const QList<protocol::SessionRecord> &sessions);
    Round(const QList<protocol::ContributionRecord> &contributions, const QList<protocol::SessionRecord> &sessions)
        : Round(Records(contributions), sessions) {}

    // The answers that count for an activity (none superseded), in the order given.
    QList<Answer> answers(const QString &activityId) const { return m_byActivity.value(activityId); }
    // Sessions with at least one answer: the "people took part" figure.
    int participants() const { return m_participants; }
    // Whether `activityId` has enough answers for its figures to be shown.
    bool showable(const QString &activityId) const { return !withheld(int(m_byActivity.value(activityId).size())); }

    // The sessions with at least one answer, sorted. A session's number is its place in this
    // list; every answer carries its session's (Answer::session), so the engine counts by
    // number instead of looking up 100,000 session ids (bench/results_bench).
    QStringList sessions() const { return m_sessions; }
    // The number of `sessionId` in sessions(); -1 when it has no answer.
    int sessionNumber(const QString &sessionId) const { return m_sessionNumbers.value(sessionId, -1); }
    // The channel a session was held in (kiosk, workshop, ...); empty when the session is unknown
    // or has no answer.
    QString channel(const QString &sessionId) const { return channelOf(sessionNumber(sessionId)); }
    QString channelOf(int session) const { return session >= 0 ? m_channels.at(session) : QString(); }
    // The profile a session gave (question id -> option id), its current answers merged.
    QMap<QString, QString> profile(const QString &sessionId) const { return profileOf(sessionNumber(sessionId)); }
    QMap<QString, QString> profileOf(int session) const { return session >= 0 ? m_profiles.at(session) : QMap<QString, QString>(); }

private:
    QHash<QString, QList<Answer>> m_byActivity;
    QStringList m_sessions;
    QHash<QString, int> m_sessionNumbers;
    QStringList m_channels;                   // by session number
    QList<QMap<QString, QString>> m_profiles; // by session number
    int m_participants = 0;
};

struct Share {
    QString id;  // option id (for ideas: the idea kind or theme id)
    int count = 0;  // answers that chose it (or dots/points given to it)
    int of = 0;     // answers to the activity (or dots/points spent in all)
    int percent() const { return of > 0 ? int(100.0 * count / of + 0.5) : 0; }
};
// Most counted first (ties: by id), as every list of shares is shown.
void sortShares(QList<Share> &shares);

// How often each value was picked, most picked first (ties: by id). The participant's own
// value (free text) is not counted: it is not a shared option.
QList<Share> valuePicks(const Round &round, const QString &activityId);

struct StatementTally {
    QString id;
    int agree = 0;
    int disagree = 0;
    int pass = 0;
    int important = 0;
    void add(answers::Statements::Choice choice, bool important);  // one answer to the statement
    int answered() const { return agree + disagree; }
    // Share agreeing among those who took a side (pass is not a side), in whole percent.
    int agreePercent() const { return answered() > 0 ? int(100.0 * agree / answered() + 0.5) : 0; }
};
// A clear majority on a statement: this share of those who took a side agrees (or disagrees).
// Only such a statement is called what residents want (triptych) or what most agree with
// (kiosk); consensus asks it of every group. Between 40% and 60% residents are divided.
inline constexpr int ClearMajorityPercent = 60;
inline bool clearlyAgreed(const StatementTally &t) { return t.answered() > 0 && t.agreePercent() >= ClearMajorityPercent; }
inline bool clearlyRejected(const StatementTally &t) { return t.answered() > 0 && t.agreePercent() <= 100 - ClearMajorityPercent; }
// Where a group stands on one statement, among those who took a side (pass is not a side):
// Withheld below MinimumAnswers sides; Agrees at 70% agree or more, Disagrees at 30% or less,
// Divided without a clear majority (41% to 59%: the room is split, "hier schuurt het"),
// Leaning in between.
enum class Stance { Withheld, Agrees, Disagrees, Divided, Leaning };
Stance stance(const StatementTally &tally);
// One tally per statement that was answered at all, in statement id order.
QList<StatementTally> statements(const Round &round, const QString &activityId);

// The current answers of an activity that are a T (of T's kind, and parsed), with their session
// ids; an answer to an older, different version of the activity is left out.
template <typename T>
QList<std::pair<QString, T>> parsedAnswers(const Round &round, const QString &activityId)
{
    QList<std::pair<QString, T>> out;
    for (const Answer &a : round.answers(activityId))
        if (const T *answer = a.as<T>())
            out.append({a.sessionId, *answer});
    return out;
}

// Dots or points per option, most first; `of` is the total spent over all options.
QList<Share> allocation(const Round &round, const QString &activityId);

// Ranking by Borda count: with k options, first place earns k-1 points, last place 0.
struct RankItem {
    QString id;
    int points = 0;         // Borda points over all answers
    int first = 0;          // answers that put it first
    int n = 0;              // answers to the activity
    double meanPosition = 0; // 1 = first
    int firstPercent() const { return n > 0 ? int(100.0 * first / n + 0.5) : 0; }
};
// Most points first (ties: most firsts, then id).
QList<RankItem> ranking(const Round &round, const QString &activityId);

struct DilemmaTally {
    QList<int> histogram;  // answers per slider position
    int count = 0;
    double mean = 0;       // mean position, 0 .. steps-1
    double spread = 0;     // standard deviation of the positions
    // The room is split in two: two peaks, each with at least a fifth of the answers, with a
    // dip between them to at most half the smaller peak. peaks holds their positions.
    bool split = false;
    QList<int> peaks;
};
DilemmaTally dilemma(const Round &round, const QString &activityId, int steps);

struct SatisfactionTally {
    int count = 0;
    double mean = 0;
    QList<int> histogram;  // scores 1..5 at index 0..4
    int satisfied() const { return histogram.size() == 5 ? histogram[3] + histogram[4] : 0; }  // scores 4 and 5
    int satisfiedPercent() const { return count > 0 ? int(100.0 * satisfied() / count + 0.5) : 0; }
};
SatisfactionTally satisfaction(const Round &round, const QString &activityId);

// Ideas by kind (opportunity / concern / solution) and by theme; `of` is the number of ideas.
struct IdeasTally {
    int count = 0;
    QList<Share> byKind;
    QList<Share> byTheme;  // ideas without a theme count as theme ""
};
IdeasTally ideas(const Round &round, const QString &activityId);

// The same tallies over answers already parsed (a group's answers: summarize() parses each
// activity once and tallies it per group).
QList<Share> tally(const QList<answers::Values> &answers);
QList<StatementTally> tally(const QList<answers::Statements> &answers);
SatisfactionTally tally(const QList<answers::Satisfaction> &answers);

// The thank-you screen's glimpse of what others said (and later the projector's): the most
// chosen values of the first values activity, the statement most agree with and the one that
// divides people most ("het schuurt"), each only with enough answers.
struct GlimpseRow {
    enum class Kind { Value, MostAgreed, MostDivided };
    Kind kind = Kind::Value;
    QString id;          // palette value or statement id
    QString activityId;
    int percent = 0;
    int count = 0;
    int of = 0;
};
QList<GlimpseRow> glimpse(const ContentPack &pack, const Round &round, int topValues);

} // namespace samenspraak::results
