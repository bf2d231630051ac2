#include "resultssummary.h"

#include "translation.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <functional>
#include <numeric>
#include <cmath>

namespace samenspraak::results {

namespace {

const QString ChannelDimension = QStringLiteral("channel");
const QStringList ChannelOrder{QStringLiteral("kiosk"), QStringLiteral("workshop"), QStringLiteral("event"), QStringLiteral("assisted"),
                               QStringLiteral("paper")};

bool isEnglish(const QString &language) { return language == QLatin1String("en"); }

// The engine's own words (labels and sentences the report, the server's `reach` and the
// facilitator menu show) in the language asked for, from i18n/samenspraak_*.ts. Mark them
// QT_TRANSLATE_NOOP("samenspraak::results", ...) where they are written.
QString text(const QString &language, const char *source) { return i18n::translate(language, "samenspraak::results", source); }
// A label in both languages, as the pack's texts are.
Text bilingual(const char *source) { return {text(QStringLiteral("nl"), source), text(QStringLiteral("en"), source)}; }

// Who is in which group on one dimension, by number. Each distinct group of the dimension has
// a slot; `slotOfPerson` holds each person's (-1: did not say, or not one of its groups),
// `slotOfGroup` the slot of each entry of Dimension::groups.
struct Grouping {
    QList<int> slotOfPerson;
    QList<int> slotOfGroup;
    int slotCount = 0;
};

// `people` are session numbers (Round::sessions()).
Grouping grouping(const Round &round, const Dimension &dimension, const QList<int> &people)
{
    Grouping out;
    QHash<QString, int> slotOfText;
    for (const QString &g : dimension.groups) {
        auto it = slotOfText.constFind(g);
        if (it == slotOfText.cend())
            it = slotOfText.insert(g, out.slotCount++);
        out.slotOfGroup.append(it.value());
    }
    const bool channel = dimension.id == ChannelDimension;
    out.slotOfPerson.reserve(people.size());
    for (const int session : people) {
        const QString g = channel ? round.channelOf(session) : round.profileOf(session).value(dimension.id);
        out.slotOfPerson.append(g.isEmpty() ? -1 : slotOfText.value(g, -1));
    }
    return out;
}

// The ids an activity's answers name (options, statements), numbered as met.
class Numbering {
public:
    int operator()(const QString &id)
    {
        auto it = m_numbers.constFind(id);
        if (it == m_numbers.cend()) {
            it = m_numbers.insert(id, int(m_ids.size()));
            m_ids.append(id);
        }
        return it.value();
    }
    const QStringList &ids() const { return m_ids; }
    int size() const { return int(m_ids.size()); }

private:
    QHash<QString, int> m_numbers;
    QStringList m_ids;
};

// Shares from counts by option number (an option no answer chose is left out), most first.
QList<Share> sharesOf(const QStringList &ids, const int *counts, int of)
{
    QList<Share> out;
    for (int o = 0; o < ids.size(); ++o)
        if (counts[o] > 0)
            out.append({ids.at(o), counts[o], of});
    sortShares(out);
    return out;
}

template <typename T>
QList<T> answersOf(const QList<std::pair<QString, T>> &all)
{
    QList<T> out;
    out.reserve(all.size());
    for (const auto &[session, answer] : all)
        out.append(answer);
    return out;
}

Cell cell(const QString &id, int count, int of)
{
    const bool hide = withheld(count);
    return {id, hide ? 0 : count, of, hide};
}

const Option *profileOption(const ContentPack &pack, const QString &questionId, const QString &optionId)
{
    for (const Activity &a : pack.activities)
        for (const ProfileQuestion &q : a.questions)
            if (q.id == questionId)
                for (const Option &o : q.options)
                    if (o.id == optionId)
                        return &o;
    return nullptr;
}

// The representativeness group an option counts towards on the "kern" or "kern-gebied" dimension.
QString referenceGroup(const Option &option, bool byArea)
{
    if (option.kern.isEmpty())
        return {};
    return byArea && !option.area.isEmpty() ? option.kern + QLatin1Char(':') + option.area : option.kern;
}

QString referenceLabel(const ContentPack &pack, const QString &group, const QString &language)
{
    const QString kern = group.section(QLatin1Char(':'), 0, 0);
    const QString area = group.section(QLatin1Char(':'), 1, 1);
    const Option *k = pack.kern(kern);
    const QString name = k ? k->label.in(language) : kern;
    if (area == QLatin1String("buitengebied"))
        //: A village's countryside in the representativeness figures; %1 = the village ("Lemelerveld buitengebied")
        return text(language, QT_TRANSLATE_NOOP("samenspraak::results", "%1 buitengebied")).arg(name);
    if (area == QLatin1String("kern"))
        //: A village itself, without its countryside, in the representativeness figures; %1 = the village
        return text(language, QT_TRANSLATE_NOOP("samenspraak::results", "%1 dorp")).arg(name);
    return name;
}

QJsonArray sharesJson(const QList<Share> &shares, const std::function<QString(const QString &)> &label)
{
    QJsonArray out;
    for (const Share &s : shares)
        out.append(QJsonObject{{QStringLiteral("id"), s.id}, {QStringLiteral("label"), label(s.id)}, {QStringLiteral("count"), s.count},
                               {QStringLiteral("of"), s.of}, {QStringLiteral("percent"), s.percent()}});
    return out;
}

QJsonArray histogramJson(const QList<int> &histogram)
{
    QJsonArray out;
    for (int n : histogram)
        out.append(n);
    return out;
}

void merge(QJsonObject &into, const QJsonObject &from)
{
    for (auto it = from.begin(); it != from.end(); ++it)
        into.insert(it.key(), it.value());
}

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }

QJsonObject tallyJson(const StatementTally &t)
{
    return {{QStringLiteral("agree"), t.agree},     {QStringLiteral("disagree"), t.disagree},         {QStringLiteral("pass"), t.pass},
            {QStringLiteral("important"), t.important}, {QStringLiteral("n"), t.answered()}, {QStringLiteral("agreePercent"), t.agreePercent()}};
}

QJsonObject satisfactionJson(const SatisfactionTally &t)
{
    return {{QStringLiteral("n"), t.count},
            {QStringLiteral("mean"), round3(t.mean)},
            {QStringLiteral("histogram"), histogramJson(t.histogram)},
            {QStringLiteral("satisfied"), t.satisfied()},
            {QStringLiteral("satisfiedPercent"), t.satisfiedPercent()}};
}

} // namespace

QString percentText(double share, const QString &language)
{
    const double percent = 100.0 * share;
    const int whole = int(std::lround(percent));
    if (whole == 0 && percent > 0)
        //: A share above zero that rounds to 0%
        return text(language, QT_TRANSLATE_NOOP("samenspraak::results", "minder dan 1%"));
    return QStringLiteral("%1%").arg(whole);
}

QString optionLabel(const ContentPack &pack, const QString &activityId, const QString &id, const QString &language)
{
    const Activity *a = pack.activity(activityId);
    if (a && a->kind == Kind::Values)
        if (const Option *v = pack.paletteValue(id))
            return v->label.in(language);
    if (a)
        for (const Option &o : a->options)
            if (o.id == id)
                return o.label.in(language);
    for (const Option &t : pack.themes)
        if (t.id == id)
            return t.label.in(language);
    static const QHash<QString, const char *> kinds{
        //: The kind of an idea, in lower case: an opportunity
        {QStringLiteral("opportunity"), QT_TRANSLATE_NOOP("samenspraak::results", "kans")},
        //: The kind of an idea, in lower case: a concern
        {QStringLiteral("concern"), QT_TRANSLATE_NOOP("samenspraak::results", "zorg")},
        //: The kind of an idea, in lower case: a solution
        {QStringLiteral("solution"), QT_TRANSLATE_NOOP("samenspraak::results", "oplossing")}};
    if (const auto it = kinds.find(id); it != kinds.end())
        return text(language, it.value());
    return id;
}

QList<Dimension> dimensions(const ContentPack &pack, const Round &round)
{
    //: How someone took part (at a kiosk, in a workshop, ...): a heading of the figures by group
    Dimension channel{ChannelDimension, bilingual(QT_TRANSLATE_NOOP("samenspraak::results", "Kanaal")), {}, false};
    QSet<QString> seen;
    for (const QString &s : round.sessions())
        if (const QString c = round.channel(s); !c.isEmpty())
            seen.insert(c);
    for (const QString &c : ChannelOrder)
        if (seen.remove(c))
            channel.groups.append(c);
    QStringList rest(seen.begin(), seen.end());
    rest.sort();
    channel.groups += rest;
    QList<Dimension> out{channel};
    for (const Activity &a : pack.activities) {
        if (a.kind != Kind::Profile)
            continue;
        for (const ProfileQuestion &q : a.questions) {
            Dimension d{q.id, q.label, {}, false};
            for (const Option &o : q.options) {
                d.groups.append(o.id);
                d.kernLinked = d.kernLinked || !o.kern.isEmpty();
            }
            out.append(d);
        }
    }
    return out;
}

QString groupOf(const Round &round, const Dimension &dimension, const QString &sessionId)
{
    return dimension.id == ChannelDimension ? round.channel(sessionId) : round.profile(sessionId).value(dimension.id);
}

QString groupLabel(const ContentPack &pack, const Dimension &dimension, const QString &group, const QString &language)
{
    if (dimension.id == ChannelDimension) {
        static const QHash<QString, const char *> names{
            //: Channel: answers given at a kiosk (zuil)
            {QStringLiteral("kiosk"), QT_TRANSLATE_NOOP("samenspraak::results", "Zuil")},
            //: Channel: answers given in a workshop on tablets
            {QStringLiteral("workshop"), QT_TRANSLATE_NOOP("samenspraak::results", "Bijeenkomst")},
            //: Channel: answers given at an event (a market, a fair)
            {QStringLiteral("event"), QT_TRANSLATE_NOOP("samenspraak::results", "Evenement")},
            //: Channel: answers entered by staff on someone's behalf
            {QStringLiteral("assisted"), QT_TRANSLATE_NOOP("samenspraak::results", "Met hulp")},
            //: Channel: answers given on paper and typed in
            {QStringLiteral("paper"), QT_TRANSLATE_NOOP("samenspraak::results", "Papier")}};
        const auto it = names.find(group);
        return it == names.end() ? group : text(language, it.value());
    }
    const Option *o = profileOption(pack, dimension.id, group);
    return o ? o->label.in(language) : group;
}

namespace {

// A group is named as under-represented when its share is below UnderRepresented times its
// share of the residents; a withheld group when even MinimumAnswers - 1 participants would be.
bool isUnderRepresented(const RepresentativeGroup &g, int n)
{
    const double atMost = g.withheld ? double(MinimumAnswers - 1) / n : g.participantShare;
    return g.populationShare > 0 && atMost / g.populationShare < UnderRepresented;
}

// "2% van de deelnemers, 6% van de inwoners" (a withheld group: "minder dan 5 deelnemers").
QString sharesText(const RepresentativeGroup &g, const QString &language)
{
    const QString taking = g.withheld
        //: A group too small to show its share; %1 = the minimum group size (5)
        ? text(language, QT_TRANSLATE_NOOP("samenspraak::results", "minder dan %1 deelnemers")).arg(MinimumAnswers)
        //: A group's share of the participants; %1 = "6%"
        : text(language, QT_TRANSLATE_NOOP("samenspraak::results", "%1 van de deelnemers")).arg(percentText(g.participantShare, language));
    //: A group's shares: %1 = "6% van de deelnemers", %2 = its share of the residents ("8%")
    return text(language, QT_TRANSLATE_NOOP("samenspraak::results", "%1, %2 van de inwoners"))
        .arg(taking, percentText(g.populationShare, language));
}

} // namespace

namespace {

// representativeness() over `people` (session numbers; -1: a session without answers) with
// their ids; `weightOf` gets each person's weight (-1: none), as sessionWeights has it.
Representativeness representativenessOf(const ContentPack &pack, const Round &round, const QList<int> &people, const QStringList &peopleIds,
                                        const QString &language, double weightCap, QList<double> *weightOf)
{
    Representativeness out;
    weightOf->fill(-1, people.size());
    out.weightCap = weightCap;
    for (const PopulationRow &r : pack.population)
        out.referenceYear = std::max(out.referenceYear, r.year);
    const QList<Dimension> dims = dimensions(pack, round);
    for (const Dimension &d : dims) {
        if (d.id == ChannelDimension)
            continue;
        if (!d.kernLinked || out.referenceYear == 0) {
            RepresentativeDimension none;
            none.id = d.id;
            none.label = d.label;
            out.dimensions.append(none);
            continue;
        }
        bool anyArea = false;
        for (const QString &g : d.groups)
            if (const Option *o = profileOption(pack, d.id, g); o && !o->area.isEmpty())
                anyArea = true;
        const QList<bool> splits = anyArea ? QList<bool>{false, true} : QList<bool>{false};
        // Each person's answer to the question, as its option (null: none, or not an option).
        QList<const Option *> optionOf;
        optionOf.reserve(people.size());
        QHash<QString, const Option *> optionOfId;
        for (const int session : people) {
            const QString id = round.profileOf(session).value(d.id);
            auto it = optionOfId.constFind(id);
            if (it == optionOfId.cend())
                it = optionOfId.insert(id, profileOption(pack, d.id, id));
            optionOf.append(it.value());
        }
        for (const bool byArea : splits) {
            RepresentativeDimension rd;
            rd.id = byArea ? QStringLiteral("kern-gebied") : QStringLiteral("kern");
            rd.label = byArea
                //: Representativeness heading: villages with their countryside apart
                ? bilingual(QT_TRANSLATE_NOOP("samenspraak::results", "Kern en buitengebied"))
                //: Representativeness heading: whole villages
                : bilingual(QT_TRANSLATE_NOOP("samenspraak::results", "Kern"));
            rd.hasReference = true;
            // The groups: every group a linked option counts towards, with its reference population.
            QStringList order;  // the groups in the order of the question's options
            QHash<QString, int> population;
            for (const QString &g : d.groups) {
                const Option *o = profileOption(pack, d.id, g);
                const QString group = o ? referenceGroup(*o, byArea) : QString();
                if (group.isEmpty() || population.contains(group))
                    continue;
                order.append(group);
                population.insert(group, 0);
            }
            int totalPopulation = 0;
            for (const PopulationRow &r : pack.population) {
                if (r.year != out.referenceYear)
                    continue;
                QString group = r.kern + QLatin1Char(':') + r.area;
                if (!population.contains(group))
                    group = r.kern;  // an option for the whole kern
                if (!population.contains(group))
                    continue;       // a kern no option points at: not part of the comparison
                population[group] += r.population;
                totalPopulation += r.population;
            }
            // Each person's group, as its place in `order` (-1: none that counts).
            QHash<const Option *, int> placeOfOption;
            QList<int> placeOf;
            placeOf.reserve(people.size());
            QList<int> counts(order.size(), 0);
            for (const Option *o : optionOf) {
                auto it = placeOfOption.constFind(o);
                if (it == placeOfOption.cend())
                    it = placeOfOption.insert(o, o ? int(order.indexOf(referenceGroup(*o, byArea))) : -1);
                placeOf.append(it.value());
                if (it.value() >= 0) {
                    ++counts[it.value()];
                    ++rd.n;
                }
            }
            rd.withheld = withheld(rd.n);
            if (rd.withheld || totalPopulation == 0) {
                rd.n = rd.withheld ? 0 : rd.n;
                out.dimensions.append(rd);
                continue;
            }
            double tvd = 0, weighted = 0;
            for (qsizetype place = 0; place < order.size(); ++place) {
                RepresentativeGroup g;
                g.id = order.at(place);
                g.label = referenceLabel(pack, g.id, language);
                g.population = population.value(g.id);
                g.populationShare = double(g.population) / totalPopulation;
                g.participants = counts.at(place);
                g.participantShare = double(g.participants) / rd.n;
                g.ratio = g.populationShare > 0 ? g.participantShare / g.populationShare : 0;
                tvd += std::abs(g.participantShare - g.populationShare) / 2;
                if (g.participants > 0) {
                    g.weight = std::clamp(g.populationShare / g.participantShare, 1.0 / weightCap, weightCap);
                    weighted += g.weight * g.participants;
                }
                rd.groups.append(g);
            }
            rd.score = 1 - tvd;
            // Scale so the weights average 1 over the participants.
            for (RepresentativeGroup &g : rd.groups)
                if (g.participants > 0)
                    g.weight *= rd.n / weighted;
            // Named: groups below the threshold, the biggest gap in points first. A withheld group
            // is named only when even MinimumAnswers - 1 participants would be too few.
            QList<const RepresentativeGroup *> under;
            for (RepresentativeGroup &g : rd.groups) {
                g.withheld = withheld(g.participants);
                if (isUnderRepresented(g, rd.n))
                    under.append(&g);
            }
            std::stable_sort(under.begin(), under.end(), [](const RepresentativeGroup *a, const RepresentativeGroup *b) {
                const double gapA = a->populationShare - (a->withheld ? 0 : a->participantShare);
                const double gapB = b->populationShare - (b->withheld ? 0 : b->participantShare);
                return gapA > gapB;
            });
            for (const RepresentativeGroup *g : under.mid(0, 3))
                rd.underRepresented.append(QStringLiteral("%1: %2").arg(g->label, sharesText(*g, language)));
            // Per session, the weight of its group; the finest dimension (kern-gebied) comes last and wins.
            for (qsizetype p = 0; p < people.size(); ++p) {
                const int place = placeOf.at(p);
                (*weightOf)[p] = place >= 0 && rd.groups.at(place).participants > 0 ? rd.groups.at(place).weight : -1;
            }
            // What a withheld group's figures would tell is not given out.
            for (RepresentativeGroup &g : rd.groups)
                if (g.withheld) {
                    g.participants = 0;
                    g.participantShare = 0;
                    g.ratio = 0;
                    g.weight = 1;
                }
            out.dimensions.append(rd);
        }
    }
    for (qsizetype p = 0; p < people.size(); ++p)
        if (weightOf->at(p) >= 0)
            out.sessionWeights.insert(peopleIds.at(p), weightOf->at(p));
    return out;
}

} // namespace

Representativeness representativeness(const ContentPack &pack, const Round &round, const QStringList &sessions,
                                      const QString &language, double weightCap)
{
    QList<int> people;
    people.reserve(sessions.size());
    for (const QString &s : sessions)
        people.append(round.sessionNumber(s));
    QList<double> weightOf;
    return representativenessOf(pack, round, people, sessions, language, weightCap, &weightOf);
}

namespace {

// An activity's id, kind, phase and n (people for ideas, answers otherwise); below the
// minimum group it is withheld and its n is not given out.
ActivityResult activityHeader(const Activity &a, const Round &round)
{
    ActivityResult r;
    r.id = a.id;
    r.kind = a.kind;
    r.phase = a.phase;
    const QList<Answer> answered = round.answers(a.id);
    r.n = int(answered.size());
    if (a.kind == Kind::Ideas) {  // people, not ideas
        QSet<int> answering;
        for (const auto &c : answered)
            answering.insert(c.session);
        r.n = int(answering.size());
    }
    r.withheld = withheld(r.n);
    if (r.withheld)
        r.n = 0;
    return r;
}

// The overall result of every statement, each withheld below the minimum group.
QList<StatementResult> overallStatements(const QList<StatementTally> &tallies)
{
    QList<StatementResult> out;
    for (const StatementTally &overall : tallies) {
        StatementResult s;
        s.overall = overall;
        s.withheld = withheld(overall.answered());
        if (s.withheld)
            s.overall = StatementTally{overall.id};
        out.append(s);
    }
    return out;
}

// The figures of the kinds without breakdowns by group.
void addUngroupedFigures(ActivityResult &r, const Activity &a, const Round &round)
{
    if (a.kind == Kind::Dots)
        r.shares = allocation(round, a.id);
    else if (a.kind == Kind::Ranking)
        r.ranking = ranking(round, a.id);
    else if (a.kind == Kind::Dilemma)
        r.dilemma = dilemma(round, a.id, a.steps);
    else if (a.kind == Kind::Ideas)
        r.ideas = ideas(round, a.id);
}

} // namespace

ActivityResult activityFigures(const Activity &a, const Round &round)
{
    ActivityResult r = activityHeader(a, round);
    if (r.withheld)
        return r;
    if (a.kind == Kind::Values)
        r.shares = tally(answersOf(parsedAnswers<answers::Values>(round, a.id)));
    else if (a.kind == Kind::Satisfaction)
        r.satisfaction = tally(answersOf(parsedAnswers<answers::Satisfaction>(round, a.id)));
    else if (a.kind == Kind::Statements)
        r.statements = overallStatements(tally(answersOf(parsedAnswers<answers::Statements>(round, a.id))));
    else
        addUngroupedFigures(r, a, round);
    return r;
}

Summary summarize(const ContentPack &pack, const Round &round, const QString &phaseId, const QString &language)
{
    Summary summary;
    summary.packId = pack.id;
    summary.packVersion = pack.version;
    summary.phase = phaseId;
    summary.language = language;

    // The people of the phase: who answered one of its activities (the profile does not count),
    // as session numbers in sorted order; personOf is each session's number among them.
    const QStringList sessions = round.sessions();
    QList<int> people;
    QStringList peopleIds;
    if (phaseId.isEmpty()) {
        people.resize(sessions.size());
        std::iota(people.begin(), people.end(), 0);
        peopleIds = sessions;
    } else {
        QList<bool> inPhase(sessions.size(), false);
        for (const Activity &a : pack.activities)
            if (a.phase == phaseId && a.kind != Kind::Profile)
                for (const auto &c : round.answers(a.id))
                    inPhase[c.session] = true;
        for (int s = 0; s < inPhase.size(); ++s)
            if (inPhase.at(s)) {
                people.append(s);
                peopleIds.append(sessions.at(s));
            }
    }
    QList<int> personOf(sessions.size(), -1);
    for (int p = 0; p < people.size(); ++p)
        personOf[people.at(p)] = p;

    const QList<Dimension> dims = dimensions(pack, round);
    // Who is in which group, once per dimension: every activity's breakdown uses it.
    QList<Grouping> groupings;
    for (const Dimension &d : dims)
        groupings.append(grouping(round, d, people));
    summary.reach.participants = int(people.size());
    for (int i = 0; i < dims.size(); ++i) {
        const Dimension &d = dims.at(i);
        const Grouping &gr = groupings.at(i);
        QList<int> inGroup(gr.slotCount, 0);
        for (const int slot : gr.slotOfPerson)
            if (slot >= 0)
                ++inGroup[slot];
        ReachDimension rd{d, {}, {}};
        int said = 0;
        for (qsizetype g = 0; g < d.groups.size(); ++g) {
            const int n = inGroup.at(gr.slotOfGroup.at(g));
            rd.groups.append(cell(d.groups.at(g), n, summary.reach.participants));
            said += n;
        }
        rd.unanswered = cell(QString(), summary.reach.participants - said, summary.reach.participants);
        summary.reach.dimensions.append(rd);
    }

    QList<double> weightOf;  // per person; -1: none
    summary.representativeness = representativenessOf(pack, round, people, peopleIds, language, 3, &weightOf);
    const bool weighted = !summary.representativeness.sessionWeights.isEmpty();

    for (const Activity &a : pack.activities) {
        if (a.kind == Kind::Profile || (!phaseId.isEmpty() && a.phase != phaseId))
            continue;
        // Each kind's answers are read once, for the overall figures and the breakdowns by group.
        ActivityResult r = activityHeader(a, round);
        if (r.withheld) {
            summary.activities.append(r);
            continue;
        }
        const QList<Answer> answers = round.answers(a.id);
        if (a.kind == Kind::Values) {
            // Per answer its person and its picks by option number (`begin`: where each answer's start).
            Numbering options;
            QList<int> persons, picks, begin{0};
            for (const Answer &answer : answers)
                if (const auto *values = answer.as<answers::Values>()) {
                    for (const QString &id : values->picks)
                        picks.append(options(id));
                    begin.append(int(picks.size()));
                    persons.append(personOf.at(answer.session));
                }
            const int optionCount = options.size();
            QList<int> counts(optionCount, 0);
            for (const int o : picks)
                ++counts[o];
            r.shares = sharesOf(options.ids(), counts.constData(), int(persons.size()));
            for (int i = 0; i < dims.size(); ++i) {
                const Dimension &d = dims.at(i);
                const Grouping &gr = groupings.at(i);
                QList<int> inGroup(gr.slotCount, 0), groupCounts(gr.slotCount * optionCount, 0);
                for (qsizetype k = 0; k < persons.size(); ++k) {
                    const int slot = persons.at(k) >= 0 ? gr.slotOfPerson.at(persons.at(k)) : -1;
                    if (slot < 0)
                        continue;
                    ++inGroup[slot];
                    for (int j = begin.at(k); j < begin.at(k + 1); ++j)
                        ++groupCounts[slot * optionCount + picks.at(j)];
                }
                for (qsizetype g = 0; g < d.groups.size(); ++g) {
                    const int slot = gr.slotOfGroup.at(g);
                    const int n = inGroup.at(slot);
                    GroupShares gs{d.id, d.groups.at(g), n, withheld(n), {}};
                    if (gs.withheld)
                        gs.n = 0;
                    else
                        gs.shares = sharesOf(options.ids(), groupCounts.constData() + slot * optionCount, n);
                    r.byGroup.append(gs);
                }
            }
        } else if (a.kind == Kind::Satisfaction) {
            const Grouping &channels = groupings.first();
            QList<answers::Satisfaction> all;
            QList<QList<answers::Satisfaction>> bySlot(channels.slotCount);
            for (const Answer &answer : answers)
                if (const auto *satisfaction = answer.as<answers::Satisfaction>()) {
                    all.append(*satisfaction);
                    const int person = personOf.at(answer.session);
                    if (const int slot = person >= 0 ? channels.slotOfPerson.at(person) : -1; slot >= 0)
                        bySlot[slot].append(*satisfaction);
                }
            r.satisfaction = tally(all);
            for (qsizetype g = 0; g < dims.first().groups.size(); ++g) {
                const SatisfactionTally t = tally(bySlot.at(channels.slotOfGroup.at(g)));
                r.satisfactionByChannel.append({dims.first().groups.at(g), withheld(t.count) ? SatisfactionTally{} : t, withheld(t.count)});
            }
        } else if (a.kind == Kind::Statements) {
            // Per answer its person and its votes by statement number (`begin`: where each answer's start).
            struct Vote {
                int statement;
                answers::Statements::Choice choice;
                bool important;
            };
            Numbering statementIds;
            QList<Vote> votes;
            QList<int> persons, begin{0};
            for (const Answer &answer : answers)
                if (const auto *statements = answer.as<answers::Statements>()) {
                    for (auto it = statements->answers.begin(); it != statements->answers.end(); ++it)
                        votes.append({statementIds(it.key()), it->choice, it->important});
                    begin.append(int(votes.size()));
                    persons.append(personOf.at(answer.session));
                }
            const int statementCount = statementIds.size();
            QList<StatementTally> overall(statementCount);
            for (int st = 0; st < statementCount; ++st)
                overall[st].id = statementIds.ids().at(st);
            for (const Vote &v : votes)
                overall[v.statement].add(v.choice, v.important);
            // Per dimension, per group slot and statement number: the tallies.
            QList<QList<StatementTally>> perDimension;
            for (const Grouping &gr : groupings) {
                QList<StatementTally> tallies(gr.slotCount * statementCount);
                for (qsizetype k = 0; k < persons.size(); ++k) {
                    const int slot = persons.at(k) >= 0 ? gr.slotOfPerson.at(persons.at(k)) : -1;
                    if (slot >= 0)
                        for (int j = begin.at(k); j < begin.at(k + 1); ++j)
                            tallies[slot * statementCount + votes.at(j).statement].add(votes.at(j).choice, votes.at(j).important);
                }
                perDimension.append(tallies);
            }
            // The agree share with the kern weights, per statement: the answers summed in their order.
            QList<double> agreeWeight(statementCount, 0.0), sidesWeight(statementCount, 0.0);
            if (weighted)
                for (qsizetype k = 0; k < persons.size(); ++k) {
                    const double w = persons.at(k) >= 0 && weightOf.at(persons.at(k)) >= 0 ? weightOf.at(persons.at(k)) : 1.0;
                    for (int j = begin.at(k); j < begin.at(k + 1); ++j) {
                        const Vote &v = votes.at(j);
                        if (v.choice == answers::Statements::Choice::Pass)
                            continue;
                        sidesWeight[v.statement] += w;
                        agreeWeight[v.statement] += v.choice == answers::Statements::Choice::Agree ? w : 0;
                    }
                }
            // The statements in id order, as tally() gives them.
            QList<int> byId(statementCount);
            std::iota(byId.begin(), byId.end(), 0);
            std::sort(byId.begin(), byId.end(), [&](int x, int y) { return statementIds.ids().at(x) < statementIds.ids().at(y); });
            QList<StatementTally> sorted;
            for (const int st : byId)
                sorted.append(overall.at(st));
            r.statements = overallStatements(sorted);
            for (qsizetype at = 0; at < r.statements.size(); ++at) {
                StatementResult &s = r.statements[at];
                if (s.withheld)
                    continue;
                const int st = byId.at(at);
                const StatementTally &overallTally = s.overall;
                if (weighted)
                    s.weightedAgree = sidesWeight.at(st) > 0 ? agreeWeight.at(st) / sidesWeight.at(st) : -1;
                bool anyDimension = false, allAgreed = true;
                for (int i = 0; i < dims.size(); ++i) {
                    const Dimension &d = dims.at(i);
                    const Grouping &gr = groupings.at(i);
                    StatementDimension sd;
                    sd.dimension = d.id;
                    sd.consensus = sd.consensusAgainst = 1;
                    int low = 101, high = -1;
                    bool allFor = true, allAgainst = true, someFor = false, someAgainst = false;
                    for (qsizetype g = 0; g < d.groups.size(); ++g) {
                        StatementTally t = perDimension.at(i).at(gr.slotOfGroup.at(g) * statementCount + st);
                        t.id = overallTally.id;
                        GroupStatement gs{d.groups.at(g), t, withheld(t.answered())};
                        if (gs.withheld) {
                            gs.tally = StatementTally{overallTally.id};
                            sd.groups.append(gs);
                            continue;
                        }
                        ++sd.shownGroups;
                        sd.consensus *= (t.agree + 1.0) / (t.answered() + 2.0);
                        sd.consensusAgainst *= (t.disagree + 1.0) / (t.answered() + 2.0);
                        const int p = t.agreePercent();
                        low = std::min(low, p);
                        high = std::max(high, p);
                        allFor = allFor && clearlyAgreed(t);
                        allAgainst = allAgainst && clearlyRejected(t);
                        someFor = someFor || p > 50;
                        someAgainst = someAgainst || p < 50;
                        sd.groups.append(gs);
                    }
                    if (sd.shownGroups >= 2) {
                        sd.gap = high - low;
                        sd.agreed = allFor;
                        sd.rejected = allAgainst;
                        sd.divided = someFor && someAgainst && sd.gap >= 30;
                        anyDimension = true;
                        allAgreed = allAgreed && (sd.agreed || sd.rejected);
                        if (sd.divided)
                            s.dividedBy.append(d.id);
                    } else {
                        sd.consensus = sd.consensusAgainst = 0;
                    }
                    s.byDimension.append(sd);
                }
                s.consensus = anyDimension && allAgreed;
            }
        } else {
            addUngroupedFigures(r, a, round);
        }
        summary.activities.append(r);
    }
    return summary;
}

RepresentationBrief representationBrief(const ContentPack &pack, const Round &round, const QString &language)
{
    RepresentationBrief brief;
    brief.participants = round.participants();
    //: The minimum-group rule, for staff; %1 = the minimum group size (5)
    brief.rule = text(language, QT_TRANSLATE_NOOP("samenspraak::results", "Groepen van minder dan %1 deelnemers tonen we niet, zodat niemand herkenbaar is."))
                     .arg(MinimumAnswers);
    const Representativeness r = representativeness(pack, round, round.sessions(), language);
    const RepresentativeDimension *kern = nullptr;
    const RepresentativeDimension *finest = nullptr;
    for (const RepresentativeDimension &d : r.dimensions) {
        if (!d.hasReference)
            continue;
        if (d.id == QLatin1String("kern"))
            kern = &d;
        finest = &d;  // "kern-gebied", when there is one, comes after "kern"
    }
    if (!kern) {
        //: Representativeness for staff, when the content pack has no population figures
        brief.summary = text(language, QT_TRANSLATE_NOOP("samenspraak::results", "Deze ronde heeft geen inwonertallen per kern, dus de afspiegeling is niet te berekenen."));
        return brief;
    }
    brief.hasReference = true;
    brief.withheld = kern->withheld;
    brief.n = kern->n;
    if (kern->withheld) {
        //: Representativeness for staff, too early to say; %1 = the minimum group size (5)
        brief.summary = text(language, QT_TRANSLATE_NOOP("samenspraak::results", "Minder dan %1 deelnemers zeiden waar ze wonen: nog geen afspiegeling."))
                            .arg(MinimumAnswers);
        return brief;
    }
    const QLocale locale(isEnglish(language) ? QLocale::English : QLocale::Dutch);
    const int score = int(std::lround(100 * kern->score));
    //: Representativeness for staff; %1 = participants who gave their village, %2 = score 0..100
    brief.summary = text(language, QT_TRANSLATE_NOOP("samenspraak::results", "%1 deelnemers zeiden waar ze wonen. Afspiegeling per kern: %2 van de 100 "
                                                                               "(100: precies zoals de inwoners)."))
                        .arg(kern->n)
                        .arg(score);
    for (const RepresentativeGroup &g : kern->groups) {
        QString line = sharesText(g, language);
        if (!g.withheld)
            //: After a village's shares: participants share divided by residents share; %1 = "1,13"
            line += text(language, QT_TRANSLATE_NOOP("samenspraak::results", " (verhouding %1)")).arg(locale.toString(g.ratio, 'f', 2));
        brief.groups.append({g.label, line, isUnderRepresented(g, kern->n)});
    }
    brief.missing = finest->underRepresented;
    return brief;
}

QJsonObject toJson(const ContentPack &pack, const Summary &summary)
{
    const QString lang = summary.language;
    const QList<Dimension> dims = [&] {
        QList<Dimension> out;
        for (const ReachDimension &rd : summary.reach.dimensions)
            out.append(rd.dimension);
        return out;
    }();
    auto dimensionOf = [&](const QString &id) {
        for (const Dimension &d : dims)
            if (d.id == id)
                return d;
        Dimension unknown;
        unknown.id = id;
        return unknown;
    };
    auto cellJson = [](const Cell &c, const QString &label) {
        QJsonObject o{{QStringLiteral("id"), c.id}, {QStringLiteral("label"), label}, {QStringLiteral("of"), c.of}};
        if (c.withheld)
            o.insert(QStringLiteral("withheld"), true);
        else
            merge(o, {{QStringLiteral("count"), c.count}, {QStringLiteral("percent"), c.percent()}});
        return o;
    };

    QJsonArray reach;
    for (const ReachDimension &rd : summary.reach.dimensions) {
        QJsonArray groups;
        for (const Cell &c : rd.groups)
            groups.append(cellJson(c, groupLabel(pack, rd.dimension, c.id, lang)));
        reach.append(QJsonObject{{QStringLiteral("id"), rd.dimension.id},
                                 {QStringLiteral("label"), rd.dimension.label.in(lang)},
                                 {QStringLiteral("groups"), groups},
                                 {QStringLiteral("unanswered"), cellJson(rd.unanswered, QString())}});
    }

    QJsonArray representativeness;
    for (const RepresentativeDimension &rd : summary.representativeness.dimensions) {
        QJsonObject o{{QStringLiteral("id"), rd.id}, {QStringLiteral("label"), rd.label.in(lang)}, {QStringLiteral("reference"), rd.hasReference}};
        if (!rd.hasReference) {
            //: Results JSON: a profile question the pack has no population figures for
            o.insert(QStringLiteral("note"), text(lang, QT_TRANSLATE_NOOP("samenspraak::results", "Het inhoudspakket heeft hiervoor geen referentiecijfers.")));
            representativeness.append(o);
            continue;
        }
        if (rd.withheld) {
            o.insert(QStringLiteral("withheld"), true);
            representativeness.append(o);
            continue;
        }
        QJsonArray groups;
        for (const RepresentativeGroup &g : rd.groups) {
            QJsonObject go{{QStringLiteral("id"), g.id}, {QStringLiteral("label"), g.label}, {QStringLiteral("population"), g.population},
                           {QStringLiteral("populationShare"), round3(g.populationShare)}};
            if (g.withheld) {
                go.insert(QStringLiteral("withheld"), true);
            } else {
                go.insert(QStringLiteral("participants"), g.participants);
                go.insert(QStringLiteral("participantShare"), round3(g.participantShare));
                go.insert(QStringLiteral("ratio"), round3(g.ratio));
                go.insert(QStringLiteral("weight"), round3(g.weight));
            }
            groups.append(go);
        }
        o.insert(QStringLiteral("n"), rd.n);
        o.insert(QStringLiteral("score"), round3(rd.score));
        o.insert(QStringLiteral("groups"), groups);
        o.insert(QStringLiteral("underRepresented"), QJsonArray::fromStringList(rd.underRepresented));
        representativeness.append(o);
    }

    QJsonArray activities;
    for (const ActivityResult &r : summary.activities) {
        const Activity *a = pack.activity(r.id);
        auto optionLabel = [&](const QString &id) { return results::optionLabel(pack, r.id, id, lang); };
        QJsonObject o{{QStringLiteral("id"), r.id},
                      {QStringLiteral("kind"), r.kind},
                      {QStringLiteral("phase"), r.phase},
                      {QStringLiteral("title"), a ? a->title.in(lang) : QString()}};
        if (r.withheld) {
            o.insert(QStringLiteral("withheld"), true);
            activities.append(o);
            continue;
        }
        o.insert(QStringLiteral("n"), r.n);
        if (r.kind == Kind::Values || r.kind == Kind::Dots)
            o.insert(r.kind == Kind::Values ? QStringLiteral("values") : QStringLiteral("options"), sharesJson(r.shares, optionLabel));
        if (!r.byGroup.isEmpty()) {
            QJsonArray groups;
            for (const GroupShares &g : r.byGroup) {
                QJsonObject go{{QStringLiteral("dimension"), g.dimension}, {QStringLiteral("group"), g.group},
                               {QStringLiteral("label"), groupLabel(pack, dimensionOf(g.dimension), g.group, lang)}};
                if (g.withheld)
                    go.insert(QStringLiteral("withheld"), true);
                else
                    merge(go, {{QStringLiteral("n"), g.n}, {QStringLiteral("values"), sharesJson(g.shares.mid(0, 3), optionLabel)}});
                groups.append(go);
            }
            o.insert(QStringLiteral("topValuesByGroup"), groups);
        }
        if (r.kind == Kind::Ranking) {
            QJsonArray items;
            for (const RankItem &i : r.ranking)
                items.append(QJsonObject{{QStringLiteral("id"), i.id},       {QStringLiteral("label"), optionLabel(i.id)},
                                         {QStringLiteral("borda"), i.points}, {QStringLiteral("first"), i.first},
                                         {QStringLiteral("firstPercent"), i.firstPercent()}, {QStringLiteral("meanPosition"), round3(i.meanPosition)},
                                         {QStringLiteral("n"), i.n}});
            o.insert(QStringLiteral("ranking"), items);
        }
        if (r.dilemma) {
            QJsonArray peaks;
            for (int p : r.dilemma->peaks)
                peaks.append(p);
            o.insert(QStringLiteral("dilemma"), QJsonObject{{QStringLiteral("n"), r.dilemma->count},
                                                            {QStringLiteral("left"), a ? a->left.in(lang) : QString()},
                                                            {QStringLiteral("right"), a ? a->right.in(lang) : QString()},
                                                            {QStringLiteral("histogram"), histogramJson(r.dilemma->histogram)},
                                                            {QStringLiteral("mean"), round3(r.dilemma->mean)},
                                                            {QStringLiteral("spread"), round3(r.dilemma->spread)},
                                                            {QStringLiteral("split"), r.dilemma->split},
                                                            {QStringLiteral("peaks"), peaks}});
        }
        if (r.ideas) {
            o.insert(QStringLiteral("ideas"), QJsonObject{{QStringLiteral("n"), r.ideas->count},
                                                          {QStringLiteral("byKind"), sharesJson(r.ideas->byKind, optionLabel)},
                                                          {QStringLiteral("byTheme"), sharesJson(r.ideas->byTheme, optionLabel)}});
        }
        if (r.satisfaction) {
            QJsonObject s = satisfactionJson(*r.satisfaction);
            QJsonArray channels;
            for (const GroupSatisfaction &g : r.satisfactionByChannel) {
                QJsonObject go{{QStringLiteral("channel"), g.channel}, {QStringLiteral("label"), groupLabel(pack, dims.first(), g.channel, lang)}};
                if (g.withheld)
                    go.insert(QStringLiteral("withheld"), true);
                else
                    merge(go, satisfactionJson(g.tally));
                channels.append(go);
            }
            s.insert(QStringLiteral("byChannel"), channels);
            o.insert(QStringLiteral("satisfaction"), s);
        }
        if (r.kind == Kind::Statements) {
            QJsonArray statements;
            for (const StatementResult &s : r.statements) {
                QJsonObject so{{QStringLiteral("id"), s.overall.id}, {QStringLiteral("label"), optionLabel(s.overall.id)}};
                if (s.withheld) {
                    so.insert(QStringLiteral("withheld"), true);
                    statements.append(so);
                    continue;
                }
                so.insert(QStringLiteral("overall"), tallyJson(s.overall));
                if (s.weightedAgree >= 0)
                    so.insert(QStringLiteral("weightedAgreePercent"), int(std::lround(100 * s.weightedAgree)));
                so.insert(QStringLiteral("consensus"), s.consensus);
                so.insert(QStringLiteral("dividedBy"), QJsonArray::fromStringList(s.dividedBy));
                QJsonArray byDimension;
                for (const StatementDimension &sd : s.byDimension) {
                    QJsonArray groups;
                    for (const GroupStatement &g : sd.groups) {
                        QJsonObject go{{QStringLiteral("group"), g.group}, {QStringLiteral("label"), groupLabel(pack, dimensionOf(sd.dimension), g.group, lang)}};
                        if (g.withheld)
                            go.insert(QStringLiteral("withheld"), true);
                        else
                            merge(go, tallyJson(g.tally));
                        groups.append(go);
                    }
                    byDimension.append(QJsonObject{{QStringLiteral("dimension"), sd.dimension},
                                                   {QStringLiteral("shownGroups"), sd.shownGroups},
                                                   {QStringLiteral("groupConsensus"), round3(sd.consensus)},
                                                   {QStringLiteral("groupConsensusAgainst"), round3(sd.consensusAgainst)},
                                                   {QStringLiteral("gap"), sd.gap},
                                                   {QStringLiteral("agreed"), sd.agreed},
                                                   {QStringLiteral("rejected"), sd.rejected},
                                                   {QStringLiteral("divided"), sd.divided},
                                                   {QStringLiteral("groups"), groups}});
                }
                so.insert(QStringLiteral("byDimension"), byDimension);
                statements.append(so);
            }
            o.insert(QStringLiteral("statements"), statements);
        }
        activities.append(o);
    }

    QJsonObject out{{QStringLiteral("format"), 1},
                    {QStringLiteral("pack"), QJsonObject{{QStringLiteral("id"), summary.packId}, {QStringLiteral("version"), summary.packVersion}}},
                    {QStringLiteral("phase"), summary.phase.isEmpty() ? QJsonValue() : QJsonValue(summary.phase)},
                    {QStringLiteral("language"), lang},
                    {QStringLiteral("minimumCell"), MinimumAnswers},
                    {QStringLiteral("participants"), summary.reach.participants},
                    {QStringLiteral("reach"), reach},
                    {QStringLiteral("representativeness"),
                     QJsonObject{{QStringLiteral("referenceYear"), summary.representativeness.referenceYear},
                                 {QStringLiteral("weightCap"), summary.representativeness.weightCap},
                                 {QStringLiteral("dimensions"), representativeness}}},
                    {QStringLiteral("activities"), activities}};
    return out;
}

} // namespace samenspraak::results
