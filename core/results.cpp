#include "results.h"

#include "answers.h"

#include <QSet>

#include <algorithm>
#include <cstdlib>

namespace samenspraak::results {

namespace {

void sortShares(QList<Share> &shares)
{
    std::sort(shares.begin(), shares.end(), [](const Share &a, const Share &b) {
        return a.count != b.count ? a.count > b.count : a.id < b.id;
    });
}

// The typed answers of an activity; a payload that does not parse (an answer to an older,
// different version of the activity) is left out.
template <typename T>
QList<T> typedAnswers(const Round &round, const QString &activityId)
{
    QList<T> out;
    for (const auto &c : round.answers(activityId))
        if (auto parsed = T::parse(c.payload); parsed.answer)
            out.append(*parsed.answer);
    return out;
}

} // namespace

Round::Round(const QList<protocol::ContributionRecord> &contributions)
{
    // The supersede rule: an answer is current unless a later one names it as replaced.
    QSet<QString> superseded;
    for (const auto &c : contributions)
        if (!c.supersedes.isEmpty())
            superseded.insert(c.supersedes);
    QSet<QString> sessions;
    for (const auto &c : contributions) {
        if (superseded.contains(c.id))
            continue;
        m_byActivity[c.activityId].append(c);
        sessions.insert(c.sessionId);
    }
    m_participants = int(sessions.size());
}

QList<Share> valuePicks(const Round &round, const QString &activityId)
{
    QHash<QString, int> counts;
    const QList<answers::Values> all = typedAnswers<answers::Values>(round, activityId);
    for (const answers::Values &v : all)
        for (const QString &id : v.picks)
            ++counts[id];
    QList<Share> out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out.append({it.key(), it.value(), int(all.size())});
    sortShares(out);
    return out;
}

QList<StatementTally> statements(const Round &round, const QString &activityId)
{
    QMap<QString, StatementTally> tallies;
    for (const answers::Statements &s : typedAnswers<answers::Statements>(round, activityId)) {
        for (auto it = s.answers.begin(); it != s.answers.end(); ++it) {
            StatementTally &t = tallies[it.key()];
            t.id = it.key();
            switch (it->choice) {
            case answers::Statements::Choice::Agree: ++t.agree; break;
            case answers::Statements::Choice::Disagree: ++t.disagree; break;
            case answers::Statements::Choice::Pass: ++t.pass; break;
            }
            if (it->important)
                ++t.important;
        }
    }
    return tallies.values();
}

QList<Share> allocation(const Round &round, const QString &activityId)
{
    QHash<QString, int> totals;
    int spent = 0;
    for (const answers::Allocation &a : typedAnswers<answers::Allocation>(round, activityId)) {
        for (auto it = a.amounts.begin(); it != a.amounts.end(); ++it)
            totals[it.key()] += it.value();
        spent += a.total();
    }
    QList<Share> out;
    for (auto it = totals.begin(); it != totals.end(); ++it)
        out.append({it.key(), it.value(), spent});
    sortShares(out);
    return out;
}

DilemmaTally dilemma(const Round &round, const QString &activityId, int steps)
{
    DilemmaTally t;
    t.histogram.fill(0, std::max(steps, 0));
    long sum = 0;
    for (const answers::Dilemma &d : typedAnswers<answers::Dilemma>(round, activityId)) {
        if (d.position < 0 || d.position >= steps)
            continue;  // an answer to an older version of the pack with more steps
        ++t.histogram[d.position];
        ++t.count;
        sum += d.position;
    }
    t.mean = t.count > 0 ? double(sum) / t.count : 0;
    return t;
}

SatisfactionTally satisfaction(const Round &round, const QString &activityId)
{
    SatisfactionTally t;
    t.histogram.fill(0, 5);
    long sum = 0;
    for (const answers::Satisfaction &s : typedAnswers<answers::Satisfaction>(round, activityId)) {
        ++t.histogram[s.score - 1];
        ++t.count;
        sum += s.score;
    }
    t.mean = t.count > 0 ? double(sum) / t.count : 0;
    return t;
}

QList<GlimpseRow> glimpse(const ContentPack &pack, const Round &round, int topValues)
{
    QList<GlimpseRow> rows;
    const QList<const Activity *> flow = pack.flow();
    auto first = [&](const QString &kind) -> const Activity * {
        for (const Activity *a : flow)
            if (a->kind == kind)
                return a;
        return nullptr;
    };
    if (const Activity *values = first(Kind::Values); values && round.showable(values->id)) {
        int shown = 0;
        for (const Share &s : valuePicks(round, values->id)) {
            if (shown >= topValues)
                break;
            if (!pack.paletteValue(s.id))
                continue;  // a value of an older palette
            rows.append({GlimpseRow::Kind::Value, s.id, values->id, s.percent(), s.count, s.of});
            ++shown;
        }
    }
    if (const Activity *statementsActivity = first(Kind::Statements)) {
        const QList<StatementTally> tallies = statements(round, statementsActivity->id);
        const StatementTally *agreed = nullptr;
        const StatementTally *divided = nullptr;
        for (const StatementTally &t : tallies) {
            // Per statement: only those who took a side count towards its figure.
            if (t.answered() < MinimumAnswers)
                continue;
            if (!agreed || t.agreePercent() > agreed->agreePercent())
                agreed = &t;
            if (!divided || std::abs(t.agreePercent() - 50) < std::abs(divided->agreePercent() - 50))
                divided = &t;
        }
        if (agreed)
            rows.append({GlimpseRow::Kind::MostAgreed, agreed->id, statementsActivity->id, agreed->agreePercent(),
                         agreed->agree, agreed->answered()});
        if (divided && divided != agreed)
            rows.append({GlimpseRow::Kind::MostDivided, divided->id, statementsActivity->id, divided->agreePercent(),
                         divided->agree, divided->answered()});
    }
    return rows;
}

} // namespace samenspraak::results
