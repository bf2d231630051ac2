#pragma once
// Aggregates of the answers on this device, for the thank-you screen's glimpse of what
// others said (and later the room's projector). Counted from Store::currentContributions,
// so a changed answer counts once. Small counts are withheld: right after someone answers,
// a figure over two or three people would show the next person what they chose.

#include <QList>
#include <QString>

namespace samenspraak {

class Store;

namespace results {

// Below this many answers to an activity, no figure of it is shown.
inline constexpr int MinimumAnswers = 5;

struct Share {
    QString id;
    int count = 0;  // answers that chose it
    int of = 0;     // answers to the activity
    int percent() const { return of > 0 ? int(100.0 * count / of + 0.5) : 0; }
};

// How often each value was picked, most picked first (ties: by id). The participant's own
// value (free text) is not counted: it is not a shared option.
QList<Share> valuePicks(Store &store, const QString &activityId);

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
// One tally per statement that was answered at all, in the order first answered.
QList<StatementTally> statements(Store &store, const QString &activityId);

// Dots or points per option, most first; `of` is the total spent over all options.
QList<Share> allocation(Store &store, const QString &activityId);

struct DilemmaTally {
    QList<int> histogram;  // answers per slider position
    int count = 0;
    double mean = 0;       // mean position, 0 .. steps-1
};
DilemmaTally dilemma(Store &store, const QString &activityId, int steps);

struct SatisfactionTally {
    int count = 0;
    double mean = 0;
    QList<int> histogram;  // scores 1..5 at index 0..4
};
SatisfactionTally satisfaction(Store &store, const QString &activityId);

} // namespace results
} // namespace samenspraak
