#include "results.h"

#include "answers.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <numeric>

namespace samenspraak::results {

void sortShares(QList<Share> &shares)
{
    std::sort(shares.begin(), shares.end(), [](const Share &a, const Share &b) {
        return a.count != b.count ? a.count > b.count : a.id < b.id;
    });
}

namespace {

// The typed answers of an activity; a payload that does not parse (an answer to an older,
// different version of the activity) is left out.
template <typename T>
QList<T> typedAnswers(const Round &round, const QString &activityId)
{
    QList<T> out;
    for (auto &[session, answer] : parsedAnswers<T>(round, activityId))
        out.append(std::move(answer));
    return out;
}

} // namespace

Records::Records(const QList<protocol::ContributionRecord> &contributions)
{
    m_entries.reserve(contributions.size());
    for (const auto &c : contributions)
        add(c);
}

void Records::add(const protocol::ContributionRecord &c)
{
    if (!c.supersedes.isEmpty())
        m_superseded.insert(c.supersedes);
    m_entries.append({c.activityId, {c.id, c.sessionId, c.createdAt, answers::parse(c.kind, c.payload)}});
}

void Records::add(QByteArrayView id, QByteArrayView sessionId, QByteArrayView activityId, QByteArrayView kind, QByteArrayView payload,
                  QByteArrayView supersedes, QByteArrayView createdAt)
{
    if (!supersedes.isEmpty())
        m_superseded.insert(QString::fromUtf8(supersedes));
    const QString kindText = m_shared(kind);
    m_entries.append({m_shared(activityId),
                      {QString::fromUtf8(id), m_shared(sessionId), createdAt.isEmpty() ? QString() : QString::fromUtf8(createdAt),
                       answers::parse(kindText, payload, &m_shared)}});
}


Round::Round(Records records)
{
    // The supersede rule: an answer is current unless a later one names it as replaced.
    // Sessions are numbered as met first, then renumbered in sorted order.
    QStringList met;
    QList<QMap<QString, QString>> profiles;  // by number as met
    const QChar *lastSession = nullptr;  // a session's answers mostly come one after the other
    int number = -1;
    QString lastActivity;
    QList<Answer> *activityAnswers = nullptr;
    for (auto &e : records.m_entries) {
        if (!records.m_superseded.isEmpty() && records.m_superseded.contains(e.answer.id))
            continue;
        if (e.answer.sessionId.constData() != lastSession || e.answer.sessionId.isEmpty()) {
            const auto it = m_sessionNumbers.constFind(e.answer.sessionId);
            if (it != m_sessionNumbers.cend()) {
                number = it.value();
            } else {
                number = int(met.size());
                m_sessionNumbers.insert(e.answer.sessionId, number);
                met.append(e.answer.sessionId);
                profiles.append(QMap<QString, QString>());
            }
            lastSession = e.answer.sessionId.constData();
        }
        e.answer.session = number;
        if (const auto *profile = e.answer.as<answers::Profile>())
            for (auto it = profile->answers.begin(); it != profile->answers.end(); ++it)
                profiles[number].insert(it.key(), it.value());
        if (!activityAnswers || e.activityId != lastActivity) {
            activityAnswers = &m_byActivity[e.activityId];
            lastActivity = e.activityId;
        }
        activityAnswers->append(std::move(e.answer));
    }
    m_participants = int(met.size());
    QList<int> order(met.size());  // sorted place -> number as met
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return met.at(a) < met.at(b); });
    QList<int> sorted(met.size());  // number as met -> sorted place
    m_sessions.reserve(met.size());
    m_profiles.reserve(met.size());
    for (int place = 0; place < order.size(); ++place) {
        sorted[order.at(place)] = place;
        m_sessions.append(met.at(order.at(place)));
        m_profiles.append(std::move(profiles[order.at(place)]));
    }
    for (auto it = m_sessionNumbers.begin(); it != m_sessionNumbers.end(); ++it)
        it.value() = sorted.at(it.value());
    for (QList<Answer> &answers : m_byActivity)
        for (Answer &a : answers)
            a.session = sorted.at(a.session);
    m_channels.resize(m_sessions.size());
}

Round::Round(Records records, const QList<protocol::SessionRecord> &sessions)
    : Round(std::move(records))
{
    for (const auto &s : sessions)
        if (const int number = sessionNumber(s.id); number >= 0)
            m_channels[number] = s.channel;
}

QList<Share> valuePicks(const Round &round, const QString &activityId)
{
    return tally(typedAnswers<answers::Values>(round, activityId));
}

QList<Share> tally(const QList<answers::Values> &all)
{
    QHash<QString, int> counts;
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
    return tally(typedAnswers<answers::Statements>(round, activityId));
}

QList<StatementTally> tally(const QList<answers::Statements> &all)
{
    QHash<QString, StatementTally> tallies;
    for (const answers::Statements &s : all) {
        for (auto it = s.answers.begin(); it != s.answers.end(); ++it) {
            StatementTally &t = tallies[it.key()];
            if (t.id.isNull())
                t.id = it.key();
            t.add(it->choice, it->important);
        }
    }
    QList<StatementTally> out = tallies.values();
    std::sort(out.begin(), out.end(), [](const StatementTally &a, const StatementTally &b) { return a.id < b.id; });
    return out;
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
    double squares = 0;
    for (int p = 0; p < t.histogram.size(); ++p)
        squares += t.histogram[p] * (p - t.mean) * (p - t.mean);
    t.spread = t.count > 0 ? std::sqrt(squares / t.count) : 0;
    // Peaks: positions higher than their neighbours (a plateau counts once, at its left end).
    QList<int> peaks;
    for (int p = 0; p < t.histogram.size(); ++p) {
        const int h = t.histogram[p];
        const int left = p > 0 ? t.histogram[p - 1] : -1;
        int q = p;
        while (q + 1 < t.histogram.size() && t.histogram[q + 1] == h)
            ++q;
        const int right = q + 1 < t.histogram.size() ? t.histogram[q + 1] : -1;
        if (h > 0 && h > left && h > right)
            peaks.append(p);
        p = q;
    }
    // The two biggest peaks, in slider order, each with at least a fifth of the answers.
    std::stable_sort(peaks.begin(), peaks.end(), [&](int a, int b) { return t.histogram[a] > t.histogram[b]; });
    if (peaks.size() >= 2) {
        const int a = std::min(peaks[0], peaks[1]), b = std::max(peaks[0], peaks[1]);
        const int smaller = std::min(t.histogram[a], t.histogram[b]);
        const int dip = *std::min_element(t.histogram.begin() + a, t.histogram.begin() + b + 1);
        if (5 * smaller >= t.count && 2 * dip <= smaller) {
            t.split = true;
            t.peaks = {a, b};
        }
    }
    return t;
}

QList<RankItem> ranking(const Round &round, const QString &activityId)
{
    QMap<QString, RankItem> items;
    QHash<QString, long> positions;
    const QList<answers::Ranking> all = typedAnswers<answers::Ranking>(round, activityId);
    for (const answers::Ranking &r : all) {
        const int k = int(r.order.size());
        for (int i = 0; i < k; ++i) {
            RankItem &item = items[r.order[i]];
            item.id = r.order[i];
            item.points += k - 1 - i;
            positions[item.id] += i + 1;
            if (i == 0)
                ++item.first;
        }
    }
    QList<RankItem> out;
    for (RankItem item : items) {
        item.n = int(all.size());
        item.meanPosition = item.n > 0 ? double(positions.value(item.id)) / item.n : 0;
        out.append(item);
    }
    std::sort(out.begin(), out.end(), [](const RankItem &a, const RankItem &b) {
        if (a.points != b.points)
            return a.points > b.points;
        return a.first != b.first ? a.first > b.first : a.id < b.id;
    });
    return out;
}

IdeasTally ideas(const Round &round, const QString &activityId)
{
    IdeasTally t;
    QHash<QString, int> kinds, themes;
    for (const answers::Idea &idea : typedAnswers<answers::Idea>(round, activityId)) {
        ++t.count;
        ++kinds[idea.ideaKind];
        ++themes[idea.theme];
    }
    for (auto it = kinds.begin(); it != kinds.end(); ++it)
        t.byKind.append({it.key(), it.value(), t.count});
    for (auto it = themes.begin(); it != themes.end(); ++it)
        t.byTheme.append({it.key(), it.value(), t.count});
    sortShares(t.byKind);
    sortShares(t.byTheme);
    return t;
}

SatisfactionTally satisfaction(const Round &round, const QString &activityId)
{
    return tally(typedAnswers<answers::Satisfaction>(round, activityId));
}

SatisfactionTally tally(const QList<answers::Satisfaction> &all)
{
    SatisfactionTally t;
    t.histogram.fill(0, 5);
    long sum = 0;
    for (const answers::Satisfaction &s : all) {
        ++t.histogram[s.score - 1];
        ++t.count;
        sum += s.score;
    }
    t.mean = t.count > 0 ? double(sum) / t.count : 0;
    return t;
}

void StatementTally::add(answers::Statements::Choice choice, bool isImportant)
{
    switch (choice) {
    case answers::Statements::Choice::Agree: ++agree; break;
    case answers::Statements::Choice::Disagree: ++disagree; break;
    case answers::Statements::Choice::Pass: ++pass; break;
    }
    if (isImportant)
        ++important;
}

Stance stance(const StatementTally &t)
{
    if (withheld(t.answered()))
        return Stance::Withheld;
    const int agree = t.agreePercent();
    if (agree >= 70)
        return Stance::Agrees;
    if (agree <= 30)
        return Stance::Disagrees;
    if (!clearlyAgreed(t) && !clearlyRejected(t))
        return Stance::Divided;
    return Stance::Leaning;
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
            if (withheld(t.answered()))
                continue;
            if (!agreed || t.agreePercent() > agreed->agreePercent())
                agreed = &t;
            if (!divided || std::abs(t.agreePercent() - 50) < std::abs(divided->agreePercent() - 50))
                divided = &t;
        }
        // "Most agree with" only where a clear majority does (52% is not what most people
        // think), and "think most differently" only where none does (75% agree is not a split).
        if (agreed && clearlyAgreed(*agreed))
            rows.append({GlimpseRow::Kind::MostAgreed, agreed->id, statementsActivity->id, agreed->agreePercent(),
                         agreed->agree, agreed->answered()});
        if (divided && !clearlyAgreed(*divided) && !clearlyRejected(*divided))
            rows.append({GlimpseRow::Kind::MostDivided, divided->id, statementsActivity->id, divided->agreePercent(),
                         divided->agree, divided->answered()});
    }
    return rows;
}

} // namespace samenspraak::results
