#include "resultstable.h"

#include "moderation.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <optional>

namespace samenspraak::results {

namespace {

QString choiceText(answers::Statements::Choice c) { return answers::Statements::choiceName(c); }

// Nullopt for an activity that is all free text (ideas) when the free text goes apart.
std::optional<Table> tableFor(const ContentPack &pack, const Activity &a, const Round &round, const Participants &who)
{
    const bool withText = who.isJoined();
    if (a.kind == Kind::Ideas && !withText)
        return std::nullopt;
    Table t;
    t.name = a.id;
    t.header = QStringList{QStringLiteral("participant"), QStringLiteral("channel")};
    auto start = [&](const QString &session) { return QStringList{who(session), round.channel(session)}; };
    if (a.kind == Kind::Values) {
        for (const Option &v : pack.palette)
            t.header << v.id;
        if (withText)
            t.header << QStringLiteral("own");
        for (const auto &[session, answer] : parsedAnswers<answers::Values>(round, a.id)) {
            QStringList row = start(session);
            // Picked: 1, or the rank when the activity ranks them; not picked: 0.
            for (const Option &v : pack.palette) {
                const qsizetype at = answer.picks.indexOf(v.id);
                row << (at < 0 ? QStringLiteral("0") : QString::number(a.rank ? at + 1 : 1));
            }
            if (withText)
                row << answer.own;
            t.rows.append(row);
        }
    } else if (a.kind == Kind::Ideas) {
        t.header << QStringLiteral("kind") << QStringLiteral("theme") << QStringLiteral("text");
        for (const auto &[session, answer] : parsedAnswers<answers::Idea>(round, a.id))
            t.rows.append(start(session) << answer.ideaKind << answer.theme << answer.text);
    } else if (a.kind == Kind::Dots) {
        for (const Option &o : a.options)
            t.header << o.id;
        for (const auto &[session, answer] : parsedAnswers<answers::Allocation>(round, a.id)) {
            QStringList row = start(session);
            for (const Option &o : a.options)
                row << QString::number(answer.amounts.value(o.id));
            t.rows.append(row);
        }
    } else if (a.kind == Kind::Ranking) {
        for (const Option &o : a.options)
            t.header << o.id;
        for (const auto &[session, answer] : parsedAnswers<answers::Ranking>(round, a.id)) {
            QStringList row = start(session);
            for (const Option &o : a.options) {
                const qsizetype at = answer.order.indexOf(o.id);
                row << (at < 0 ? QString() : QString::number(at + 1));
            }
            t.rows.append(row);
        }
    } else if (a.kind == Kind::Dilemma) {
        t.header << QStringLiteral("position");
        for (const auto &[session, answer] : parsedAnswers<answers::Dilemma>(round, a.id))
            t.rows.append(start(session) << QString::number(answer.position));
    } else if (a.kind == Kind::Statements) {
        for (const Option &o : a.options)
            t.header << o.id << o.id + QStringLiteral(":important");
        for (const auto &[session, answer] : parsedAnswers<answers::Statements>(round, a.id)) {
            QStringList row = start(session);
            for (const Option &o : a.options) {
                const auto it = answer.answers.find(o.id);
                row << (it == answer.answers.end() ? QString() : choiceText(it->choice))
                    << (it == answer.answers.end() ? QString() : QString::number(it->important ? 1 : 0));
            }
            t.rows.append(row);
        }
    } else if (a.kind == Kind::Profile) {
        for (const ProfileQuestion &q : a.questions)
            t.header << q.id;
        for (const auto &[session, answer] : parsedAnswers<answers::Profile>(round, a.id)) {
            QStringList row = start(session);
            for (const ProfileQuestion &q : a.questions)
                row << answer.answers.value(q.id);
            t.rows.append(row);
        }
    } else if (a.kind == Kind::Satisfaction) {
        t.header << QStringLiteral("score");
        if (withText)
            t.header << QStringLiteral("remark");
        for (const auto &[session, answer] : parsedAnswers<answers::Satisfaction>(round, a.id)) {
            QStringList row = start(session) << QString::number(answer.score);
            if (withText)
                row << answer.remark;
            t.rows.append(row);
        }
    }
    return t;
}

} // namespace

Participants Participants::pseudonymous()
{
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(key.begin(), key.end());
    return Participants(key);
}

QString Participants::operator()(const QString &sessionId) const
{
    if (isJoined())
        return sessionId;
    const QByteArray mac = QMessageAuthenticationCode::hash(sessionId.toUtf8(), m_key, QCryptographicHash::Sha256);
    return QLatin1Char('p') + QString::fromLatin1(mac.left(8).toHex());  // 64 bits: no collision in any round
}

DayPart dayPart(const QString &isoTime)
{
    const QDateTime t = QDateTime::fromString(isoTime, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    const int hour = t.time().hour();
    const QString part = hour < 6 ? QStringLiteral("nacht") : hour < 12 ? QStringLiteral("ochtend") : hour < 18 ? QStringLiteral("middag")
                                                                                                                : QStringLiteral("avond");
    return {t.date().toString(Qt::ISODate), part};
}

QList<Table> wideTables(const ContentPack &pack, const Round &round, const Participants &who)
{
    QList<Table> out;
    for (const Activity &a : pack.activities)
        if (std::optional<Table> t = tableFor(pack, a, round, who))
            out.append(*t);
    return out;
}

Table freeTextTable(const ContentPack &pack, const Round &round, const QHash<QString, moderation::Decision> &decisions)
{
    Table t{QStringLiteral("vrije-tekst"),
            {QStringLiteral("activity"), QStringLiteral("field"), QStringLiteral("kind"), QStringLiteral("theme"), QStringLiteral("text"),
             QStringLiteral("moderation")},
            {}};
    for (const moderation::FreeText &text : moderation::freeTexts(pack, round))
        t.rows.append({text.activityId, text.field, text.ideaKind, text.theme, text.text,
                       moderation::toString(moderation::stateOf(decisions, text.contributionId))});
    std::sort(t.rows.begin(), t.rows.end(), [](const QStringList &x, const QStringList &y) {
        return std::tie(x[0], x[1], x[4], x[2], x[3], x[5]) < std::tie(y[0], y[1], y[4], y[2], y[3], y[5]);
    });
    return t;
}

Table sessionsTable(const Round &round, const QList<protocol::SessionRecord> &sessions, const Participants &who)
{
    Table t{QStringLiteral("sessions"),
            {QStringLiteral("participant"), QStringLiteral("channel"), QStringLiteral("workshop"), QStringLiteral("language")},
            {}};
    if (who.isJoined())
        t.header << QStringLiteral("started_at_device");
    else
        t.header << QStringLiteral("date") << QStringLiteral("part_of_day");
    const QStringList answered = round.sessions();
    const QSet<QString> taking(answered.cbegin(), answered.cend());
    for (const auto &s : sessions) {
        if (!taking.contains(s.id))
            continue;
        QStringList row{who(s.id), s.channel, s.workshop, s.language};
        if (who.isJoined()) {
            row << s.startedAt;
        } else {
            const DayPart when = dayPart(s.startedAt);
            row << when.date << when.part;
        }
        t.rows.append(row);
    }
    return t;
}

Table polisVotes(const ContentPack &pack, const Round &round, const Participants &who)
{
    Table t{QStringLiteral("participants-votes"),
            {QStringLiteral("participant"), QStringLiteral("group-id"), QStringLiteral("n-comments"), QStringLiteral("n-votes"),
             QStringLiteral("n-agree"), QStringLiteral("n-disagree")},
            {}};
    QList<const Activity *> activities;
    for (const Activity &a : pack.activities)
        if (a.kind == Kind::Statements)
            activities.append(&a);
    for (const Activity *a : activities)
        for (const Option &o : a->options)
            t.header << (activities.size() > 1 ? a->id + QLatin1Char('/') + o.id : o.id);
    QMap<QString, QMap<QString, answers::Statements>> bySession;  // session -> activity -> answer
    for (const Activity *a : activities)
        for (const auto &[session, answer] : parsedAnswers<answers::Statements>(round, a->id))
            bySession[session][a->id] = answer;
    for (auto it = bySession.cbegin(); it != bySession.cend(); ++it) {
        QStringList votes;
        int agree = 0, disagree = 0, voted = 0;
        for (const Activity *a : activities) {
            const answers::Statements answer = it->value(a->id);
            for (const Option &o : a->options) {
                const auto found = answer.answers.find(o.id);
                if (found == answer.answers.end()) {
                    votes << QString();
                    continue;
                }
                ++voted;
                switch (found->choice) {
                case answers::Statements::Choice::Agree: ++agree; votes << QStringLiteral("1"); break;
                case answers::Statements::Choice::Disagree: ++disagree; votes << QStringLiteral("-1"); break;
                case answers::Statements::Choice::Pass: votes << QStringLiteral("0"); break;
                }
            }
        }
        t.rows.append(QStringList{who(it.key()), QString(), QStringLiteral("0"), QString::number(voted), QString::number(agree),
                                  QString::number(disagree)}
                      + votes);
    }
    return t;
}

} // namespace samenspraak::results
