#pragma once
// Everything the municipality gets back from a round, in one structure built by the results
// engine (results.h): reach, representativeness against the pack's reference population, and
// per activity every figure with its n, with the minimum-cell rule (results::withheld) already
// applied. The server's `results` command writes it as JSON (toJson, docs/results.md); the
// report, the triptych and the exports read the same structure, so no figure is computed twice
// and no small cell slips out through one of them.

#include "contentpack.h"
#include "results.h"

#include <QJsonObject>

#include <optional>

namespace samenspraak::results {

// A way to split participants into groups: the session's channel, or one profile question
// (kern, age band, relation, first time, ... whatever the pack asks).
struct Dimension {
    QString id;            // "channel" or the profile question id
    Text label;
    QStringList groups;    // option ids (channels: as met in the sessions), in pack order
    bool kernLinked = false; // its options point at the reference population
};
QList<Dimension> dimensions(const ContentPack &pack, const Round &round);
// The group a session falls in on `dimension`; empty when it did not say.
QString groupOf(const Round &round, const Dimension &dimension, const QString &sessionId);
// A group's label in `language` (a channel's name in words, a profile option's label).
QString groupLabel(const ContentPack &pack, const Dimension &dimension, const QString &group, const QString &language);

// An option's label in `language`: a palette value (values), an option or statement of the
// activity, a theme, an idea kind; the id itself when none is known.
QString optionLabel(const ContentPack &pack, const QString &activityId, const QString &id, const QString &language);

// A count of people; `count` is 0 when withheld.
struct Cell {
    QString id;
    int count = 0;
    int of = 0;
    bool withheld = false;
    int percent() const { return of > 0 && !withheld ? int(100.0 * count / of + 0.5) : 0; }
};

struct ReachDimension {
    Dimension dimension;
    QList<Cell> groups;  // `of`: the participants
    Cell unanswered;     // participants who did not say
};

struct Reach {
    int participants = 0;
    QList<ReachDimension> dimensions;
};

struct RepresentativeGroup {
    QString id;                 // "<kern>" or "<kern>:<area>"
    QString label;              // in the summary's language
    int participants = 0;       // 0 when withheld
    bool withheld = false;      // fewer than five participants: the share is not shown
    double participantShare = 0; // of the participants with a linked answer, 0..1
    int population = 0;
    double populationShare = 0;  // 0..1
    double ratio = 0;           // participantShare / populationShare
    double weight = 1;          // post-stratification weight, capped
};

struct RepresentativeDimension {
    QString id;                 // "kern" (whole kernen) or "kern-gebied" (village and countryside apart); or a question id
    Text label;
    bool hasReference = false;  // false: the pack has no reference for it (nothing is computed)
    int n = 0;                  // participants with a linked answer
    bool withheld = false;      // n below the minimum: no score, no groups
    double score = 0;           // 1 - total variation distance, 0..1
    QList<RepresentativeGroup> groups;
    QStringList underRepresented; // sentences, most under-represented first (at most three)
};

struct Representativeness {
    int referenceYear = 0;      // 0 when the pack has no reference population
    double weightCap = 3;
    QList<RepresentativeDimension> dimensions;
    // Per participant (session id), the weight of their group on the finest dimension with a
    // reference; participants without a linked answer have none (count as 1). Not exported.
    QHash<QString, double> sessionWeights;
};

// The under-representation threshold: a group is named when its ratio is below this.
inline constexpr double UnderRepresented = 0.8;
// Participants against the pack's reference population (its newest year). Weights: population
// share / participant share per group, clamped to [1/cap, cap], then scaled so they average 1
// over the participants.
Representativeness representativeness(const ContentPack &pack, const Round &round, const QStringList &sessions,
                                      const QString &language, double weightCap = 3);

// Reach and representativeness during a round, in words, for staff who want to know whom to
// go and find: the facilitator menu on a device (over what the device holds) and
// `samenspraak-server reach` (over what the server holds) show the same lines.
struct RepresentationBrief {
    struct Group {
        QString label;          // the kern
        QString line;           // "34% van de deelnemers, 30% van de inwoners (verhouding 1,13)"
        bool under = false;     // below UnderRepresented
    };
    int participants = 0;
    int n = 0;                  // participants whose answer counts towards a kern; 0 when withheld
    bool hasReference = false;  // the pack has a reference population and a profile linked to it
    bool withheld = false;      // fewer than MinimumAnswers: no shares, no score
    QString summary;            // one sentence: how many, the score, or why there is none
    QList<Group> groups;        // per kern, in the profile's order
    QStringList missing;        // the most under-represented groups, finest split the pack has
    QString rule;               // the minimum-group rule in one sentence
};
RepresentationBrief representationBrief(const ContentPack &pack, const Round &round, const QString &language);

struct GroupStatement {
    QString group;
    StatementTally tally;       // zero when withheld
    bool withheld = false;      // fewer than five took a side
};

struct StatementDimension {
    QString dimension;
    QList<GroupStatement> groups;
    int shownGroups = 0;
    double consensus = 0;       // Pol.is group-informed consensus: product over shown groups of (agree+1)/(sides+2)
    double consensusAgainst = 0; // the same for disagree
    int gap = 0;                // highest minus lowest group agree percent
    bool agreed = false;        // two or more groups shown, every one agrees by ClearMajorityPercent or more
    bool rejected = false;      // ... every one disagrees by ClearMajorityPercent or more
    bool divided = false;       // a majority agrees in one group, a majority disagrees in another, 30+ points apart
};

struct StatementResult {
    StatementTally overall;
    bool withheld = false;
    double weightedAgree = -1;  // agree share with the kern weights, 0..1; -1 when there are none
    QList<StatementDimension> byDimension;
    bool consensus = false;     // agreed (or rejected) across the groups of every dimension with groups shown
    QStringList dividedBy;      // the dimensions whose groups disagree
};

struct GroupShares {
    QString dimension;
    QString group;
    int n = 0;
    bool withheld = false;
    QList<Share> shares;        // empty when withheld
};

struct GroupSatisfaction {
    QString channel;
    SatisfactionTally tally;    // empty when withheld
    bool withheld = false;
};

struct ActivityResult {
    QString id;
    QString kind;
    QString phase;
    int n = 0;                  // current answers
    bool withheld = false;      // n below the minimum: nothing below is filled
    QList<Share> shares;        // values: picks per value; dots/points: amount per option
    QList<GroupShares> byGroup; // values: picks per group of every dimension
    QList<RankItem> ranking;
    std::optional<DilemmaTally> dilemma;
    QList<StatementResult> statements;
    std::optional<IdeasTally> ideas;
    std::optional<SatisfactionTally> satisfaction;
    QList<GroupSatisfaction> satisfactionByChannel;
};

struct Summary {
    QString packId;
    QString packVersion;
    QString phase;              // empty: the whole round
    QString language;
    Reach reach;
    Representativeness representativeness;
    QList<ActivityResult> activities;
};

// One activity's figures over every answer of the round: n, withheld and the overall tallies
// (shares, ranking, dilemma, ideas, satisfaction, statements with their withheld flags), the
// minimum-cell rule applied, without the breakdowns by group and the weighted shares. They
// depend on that activity's own answers only (Round::answers), so a live view (the projector)
// keeps them until those change. summarize() starts each activity from it.
ActivityResult activityFigures(const Activity &activity, const Round &round);

// Everything, for the whole round or one phase (the participants who answered in it).
Summary summarize(const ContentPack &pack, const Round &round, const QString &phaseId = {}, const QString &language = QStringLiteral("nl"));

// The JSON of docs/results.md.
QJsonObject toJson(const ContentPack &pack, const Summary &summary);

// A share (0..1) as text in whole percent: "6%"; above zero but below half a percent "minder dan 1%".
QString percentText(double share, const QString &language);

} // namespace samenspraak::results
