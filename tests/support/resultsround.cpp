#include "resultsround.h"

#include "answers.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QUuid>

namespace samenspraak::testing {

namespace {

// Ids made from names, so every run (and every store) sees the same records.
QString idFor(const QString &name)
{
    return QUuid::createUuidV5(QUuid(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}")), name).toString(QUuid::WithoutBraces);
}

QJsonObject picks(const QStringList &ids) { return {{QStringLiteral("picks"), QJsonArray::fromStringList(ids)}}; }

QJsonObject statements(const QList<std::tuple<QString, QString, bool>> &answers)
{
    QJsonObject out;
    for (const auto &[id, answer, important] : answers)
        out.insert(id, QJsonObject{{QStringLiteral("answer"), answer}, {QStringLiteral("important"), important}});
    return {{QStringLiteral("answers"), out}};
}

QJsonObject dots(const QList<std::pair<QString, int>> &amounts)
{
    QJsonObject out;
    for (const auto &[id, n] : amounts)
        out.insert(id, n);
    return {{QStringLiteral("allocation"), out}};
}

QJsonObject position(int p) { return {{QStringLiteral("position"), p}}; }
QJsonObject score(int s) { return {{QStringLiteral("score"), s}}; }
QJsonObject order(const QStringList &ids) { return answers::Ranking{ids}.toJson(); }
QJsonObject idea(const QString &kind, const QString &theme)
{
    return answers::Idea{QStringLiteral("Een idee over %1").arg(theme), kind, theme}.toJson();
}
QJsonObject profile(const QString &kern, const QString &age)
{
    answers::Profile p;
    if (!kern.isEmpty())
        p.answers.insert(QStringLiteral("kern"), kern);
    if (!age.isEmpty())
        p.answers.insert(QStringLiteral("leeftijd"), age);
    return p.toJson();
}

} // namespace

ResultsRound resultsRound(int participants)
{
    ResultsRound round;
    const QString path = sourcePath(QStringLiteral("tests/data/results/round-pack.json"));
    ParsedPack parsed = loadContentPack(path);
    if (!parsed.pack)
        qFatal("%s is not a valid pack: %s", qPrintable(path), qPrintable(parsed.problems.value(0).message));
    round.pack = *parsed.pack;
    const QString version = round.pack.version;
    const QString yes = QStringLiteral("agree"), no = QStringLiteral("disagree"), pass = QStringLiteral("pass");
    const QString rust = QStringLiteral("rust"), durf = QStringLiteral("durf"), zorg = QStringLiteral("zorg");
    const QString bus = QStringLiteral("bus"), winkel = QStringLiteral("winkel");
    const QString park = QStringLiteral("park"), school = QStringLiteral("school");

    // Per participant, the answers in the order given; a second answer to the same activity
    // supersedes the first.
    const QString fiets = QStringLiteral("fiets"), trein = QStringLiteral("trein"), autoo = QStringLiteral("auto");
    const QString kans = QStringLiteral("opportunity"), zorgen = QStringLiteral("concern"), oplossing = QStringLiteral("solution");
    const QString wonen = QStringLiteral("wonen"), verkeer = QStringLiteral("verkeer");
    const QString dorpKern = QStringLiteral("dorp-kern"), dorpBuiten = QStringLiteral("dorp-buiten"), gehucht = QStringLiteral("gehucht"),
                  elders = QStringLiteral("elders"), jong = QStringLiteral("jong"), oud = QStringLiteral("oud");
    const QString kleuren = QStringLiteral("kleuren"), stellingen = QStringLiteral("stellingen"), geld = QStringLiteral("geld"),
                  keuze = QStringLiteral("keuze"), tevreden = QStringLiteral("tevreden"), volgorde = QStringLiteral("volgorde"),
                  ideeen = QStringLiteral("ideeen"), profiel = QStringLiteral("profiel");

    // Per participant, the answers in the order given; a second answer to the same activity
    // supersedes the first (ideas do not: each idea is one more). Participants 1-6 were at a
    // workshop, 7-16 at the kiosk.
    const QList<QList<std::pair<QString, QJsonObject>>> people{
        // 1..6
        {{kleuren, picks({rust})}, {kleuren, picks({rust, durf})}, {stellingen, statements({{bus, yes, true}, {winkel, no, false}})},
         {geld, dots({{park, 3}})}, {keuze, position(0)}, {volgorde, order({trein, fiets, autoo})}, {ideeen, idea(kans, wonen)},
         {ideeen, idea(zorgen, verkeer)}, {profiel, profile(dorpKern, jong)}, {tevreden, score(5)}},
        {{kleuren, picks({rust})}, {stellingen, statements({{bus, yes, false}, {winkel, yes, false}})},
         {geld, dots({{park, 1}, {school, 2}})}, {keuze, position(4)}, {volgorde, order({fiets, trein, autoo})},
         {ideeen, idea(zorgen, verkeer)}, {profiel, profile(dorpKern, oud)}, {tevreden, score(4)}},
        {{kleuren, picks({durf, zorg})}, {stellingen, statements({{bus, no, false}, {winkel, pass, false}})},
         {geld, dots({{school, 3}})}, {keuze, position(4)}, {volgorde, order({fiets, autoo, trein})},
         {ideeen, idea(oplossing, wonen)}, {profiel, profile(dorpBuiten, jong)}, {tevreden, score(2)}},
        {{kleuren, picks({rust})}, {stellingen, statements({{bus, yes, false}, {winkel, no, true}})},
         {geld, dots({{park, 2}, {school, 1}})}, {keuze, position(0)}, {volgorde, order({trein, fiets, autoo})},
         {ideeen, idea(zorgen, wonen)}, {profiel, profile(dorpKern, oud)}, {tevreden, score(5)}},
        {{kleuren, picks({zorg})}, {stellingen, statements({{bus, yes, false}, {winkel, yes, false}})},
         {geld, dots({{school, 3}})}, {keuze, position(4)}, {volgorde, order({fiets, trein, autoo})},
         {ideeen, idea(zorgen, verkeer)}, {profiel, profile(gehucht, jong)}, {tevreden, score(3)}},
        {{kleuren, picks({rust})}, {stellingen, statements({{bus, pass, false}})},
         {keuze, position(2)}, {volgorde, order({autoo, fiets, trein})}, {kleuren, picks({zorg})}},
        // 7..16: statements, profile and satisfaction only
        {{stellingen, statements({{bus, yes, false}, {winkel, yes, false}})}, {profiel, profile(dorpKern, jong)}, {tevreden, score(4)}},
        {{stellingen, statements({{bus, yes, false}, {winkel, yes, false}})}, {profiel, profile(dorpKern, jong)}, {tevreden, score(5)}},
        {{stellingen, statements({{bus, yes, false}, {winkel, yes, false}})}, {profiel, profile(dorpKern, jong)}, {tevreden, score(4)}},
        {{stellingen, statements({{bus, yes, false}, {winkel, yes, false}})}, {profiel, profile(gehucht, jong)}, {tevreden, score(3)}},
        {{stellingen, statements({{bus, no, false}, {winkel, yes, false}})}, {profiel, profile(gehucht, jong)}, {tevreden, score(5)}},
        {{stellingen, statements({{bus, yes, false}, {winkel, no, false}})}, {profiel, profile(dorpKern, oud)}, {tevreden, score(2)}},
        {{stellingen, statements({{bus, yes, false}, {winkel, no, false}})}, {profiel, profile(dorpKern, oud)}, {tevreden, score(4)}},
        {{stellingen, statements({{bus, yes, false}, {winkel, no, false}})}, {profiel, profile(dorpBuiten, oud)}, {tevreden, score(5)}},
        {{stellingen, statements({{bus, yes, false}, {winkel, no, false}})}, {profiel, profile(gehucht, oud)}, {tevreden, score(4)}},
        {{stellingen, statements({{bus, pass, false}, {winkel, no, false}})}, {profiel, profile(elders, oud)}, {tevreden, score(1)}},
    };
    qint64 seq = 0;
    for (int p = 0; p < std::min<qsizetype>(participants, people.size()); ++p) {
        const QString sessionId = idFor(QStringLiteral("session-%1").arg(p));
        const bool kiosk = p >= 6;
        round.sessions.append({sessionId, kiosk ? QStringLiteral("kiosk") : QStringLiteral("workshop"),
                               kiosk ? QString() : QStringLiteral("dorpshuis"), version, QStringLiteral("nl"),
                               QStringLiteral("2026-11-%1T19:00:00.000+01:00").arg(p + 1, 2, 10, QLatin1Char('0'))});
        QHash<QString, QString> latest;  // activity -> contribution id
        int n = 0;
        for (const auto &[activityId, payload] : people.at(p)) {
            const Activity *activity = round.pack.activity(activityId);
            const QString id = idFor(QStringLiteral("contribution-%1-%2").arg(p).arg(n));
            round.contributions.append({id, sessionId, activityId, activity->kind, version, payload,
                                        QStringLiteral("2026-11-%1T19:%2:00.000+01:00").arg(p + 1, 2, 10, QLatin1Char('0')).arg(10 + n), ++seq,
                                        activity->kind == Kind::Ideas ? QString() : latest.value(activityId)});
            latest.insert(activityId, id);
            ++n;
        }
    }
    return round;
}

} // namespace samenspraak::testing

#include "results.h"
#include "resultssummary.h"

#include <QJsonDocument>

namespace samenspraak::testing {

QString figures(const ContentPack &pack, const results::Round &round)
{
    QStringList lines{QStringLiteral("participants %1").arg(round.participants())};
    for (const Activity &a : pack.activities) {
        const QString head = a.id + QStringLiteral(": ");
        if (a.kind == Kind::Values)
            for (const results::Share &s : results::valuePicks(round, a.id))
                lines << head + QStringLiteral("%1 %2/%3 %4%").arg(s.id).arg(s.count).arg(s.of).arg(s.percent());
        if (a.kind == Kind::Dots)
            for (const results::Share &s : results::allocation(round, a.id))
                lines << head + QStringLiteral("%1 %2/%3 %4%").arg(s.id).arg(s.count).arg(s.of).arg(s.percent());
        if (a.kind == Kind::Statements)
            for (const results::StatementTally &t : results::statements(round, a.id))
                lines << head + QStringLiteral("%1 agree %2 disagree %3 pass %4 important %5 %6%")
                                    .arg(t.id).arg(t.agree).arg(t.disagree).arg(t.pass).arg(t.important).arg(t.agreePercent());
        if (a.kind == Kind::Dilemma) {
            const results::DilemmaTally t = results::dilemma(round, a.id, a.steps);
            QStringList histogram;
            for (int n : t.histogram)
                histogram << QString::number(n);
            lines << head + QStringLiteral("n %1 mean %2 [%3]").arg(t.count).arg(t.mean, 0, 'f', 3).arg(histogram.join(QLatin1Char(' ')));
        }
        if (a.kind == Kind::Satisfaction) {
            const results::SatisfactionTally t = results::satisfaction(round, a.id);
            QStringList histogram;
            for (int n : t.histogram)
                histogram << QString::number(n);
            lines << head + QStringLiteral("n %1 mean %2 [%3]").arg(t.count).arg(t.mean, 0, 'f', 3).arg(histogram.join(QLatin1Char(' ')));
        }
    }
    for (const results::GlimpseRow &row : results::glimpse(pack, round, 3))
        lines << QStringLiteral("glimpse %1 %2 %3/%4 %5%").arg(int(row.kind)).arg(row.id).arg(row.count).arg(row.of).arg(row.percent);
    // And the whole summary (groups, reach, representativeness) as the results command writes it.
    lines << QString::fromUtf8(QJsonDocument(results::toJson(pack, results::summarize(pack, round))).toJson());
    return lines.join(QLatin1Char('\n'));
}

} // namespace samenspraak::testing
