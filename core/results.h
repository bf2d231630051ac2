#pragma once
// The results engine: one set of functions over the contributions of a round, whoever holds
// them (the device store, the server store on SQLite or PostgreSQL, a room hub). Feed it every
// contribution, superseded ones included: Round leaves out what a later answer replaced, so a
// changed answer counts once, as its latest version. Small counts are withheld in one place
// (MinimumAnswers): right after someone answers, a figure over two or three people would show
// the next person what they chose.

#include "contentpack.h"
#include "protocol.h"

#include <QHash>
#include <QList>
#include <QString>

namespace samenspraak::results {

// Below this many answers to an activity, no figure of it is shown.
inline constexpr int MinimumAnswers = 5;

// The current answers of a round, by activity.
class Round {
public:
    Round() = default;
    // Every contribution of the round, superseded ones included, in any order.
    explicit Round(const QList<protocol::ContributionRecord> &contributions);

    // The answers that count for an activity (none superseded), in the order given.
    QList<protocol::ContributionRecord> answers(const QString &activityId) const { return m_byActivity.value(activityId); }
    // Sessions with at least one answer: the "people took part" figure.
    int participants() const { return m_participants; }
    // Whether `activityId` has enough answers for its figures to be shown.
    bool showable(const QString &activityId) const { return answers(activityId).size() >= MinimumAnswers; }

private:
    QHash<QString, QList<protocol::ContributionRecord>> m_byActivity;
    int m_participants = 0;
};

struct Share {
    QString id;
    int count = 0;  // answers that chose it (or dots/points given to it)
    int of = 0;     // answers to the activity (or dots/points spent in all)
    int percent() const { return of > 0 ? int(100.0 * count / of + 0.5) : 0; }
};

// How often each value was picked, most picked first (ties: by id). The participant's own
// value (free text) is not counted: it is not a shared option.
QList<Share> valuePicks(const Round &round, const QString &activityId);

struct StatementTally {
    QString id;
    int agree = 0;
    int disagree = 0;
    int pass = 0;
    int important = 0;
    int answered() const { return agree + disagree; }
    // Share agreeing among those who took a side (pass is not a side), in whole percent.
    int agreePercent() const { return answered() > 0 ? int(100.0 * agree / answered() + 0.5) : 0; }
};
// One tally per statement that was answered at all, in statement id order.
QList<StatementTally> statements(const Round &round, const QString &activityId);

// Dots or points per option, most first; `of` is the total spent over all options.
QList<Share> allocation(const Round &round, const QString &activityId);

struct DilemmaTally {
    QList<int> histogram;  // answers per slider position
    int count = 0;
    double mean = 0;       // mean position, 0 .. steps-1
};
DilemmaTally dilemma(const Round &round, const QString &activityId, int steps);

struct SatisfactionTally {
    int count = 0;
    double mean = 0;
    QList<int> histogram;  // scores 1..5 at index 0..4
};
SatisfactionTally satisfaction(const Round &round, const QString &activityId);

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
