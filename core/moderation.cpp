#include "moderation.h"

#include "answers.h"

#include <algorithm>

namespace samenspraak::moderation {

QString toString(State state)
{
    switch (state) {
    case State::Pending: return QStringLiteral("pending");
    case State::Flagged: return QStringLiteral("flagged");
    case State::Approved: return QStringLiteral("approved");
    case State::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

std::optional<State> stateFrom(const QString &name)
{
    for (State s : {State::Pending, State::Flagged, State::Approved, State::Rejected})
        if (toString(s) == name)
            return s;
    return std::nullopt;
}

QList<FreeText> freeTexts(const ContentPack &pack, const results::Round &round)
{
    QList<FreeText> out;
    for (const Activity &a : pack.activities) {
        for (const results::Answer &c : round.answers(a.id)) {
            FreeText t{c.id, c.sessionId, a.id, {}, {}, {}, {}, c.createdAt};
            if (a.kind == Kind::Ideas) {
                if (const auto *idea = c.as<answers::Idea>())
                    t.field = QStringLiteral("text"), t.ideaKind = idea->ideaKind, t.theme = idea->theme, t.text = idea->text;
            } else if (a.kind == Kind::Values) {
                if (const auto *values = c.as<answers::Values>())
                    t.field = QStringLiteral("own"), t.text = values->own;
            } else if (a.kind == Kind::Satisfaction) {
                if (const auto *satisfaction = c.as<answers::Satisfaction>())
                    t.field = QStringLiteral("remark"), t.text = satisfaction->remark;
            }
            if (!t.text.trimmed().isEmpty())
                out.append(t);
        }
    }
    return out;
}

bool later(const Decision &a, const Decision &b)
{
    return a.decidedAt != b.decidedAt ? a.decidedAt > b.decidedAt : a.id > b.id;
}

QHash<QString, Decision> latest(const QList<Decision> &decisions)
{
    QHash<QString, Decision> out;
    for (const Decision &d : decisions) {
        auto it = out.find(d.contributionId);
        if (it == out.end())
            out.insert(d.contributionId, d);
        else if (later(d, *it))
            *it = d;
    }
    return out;
}

State stateOf(const QHash<QString, Decision> &latest, const QString &contributionId)
{
    const auto it = latest.constFind(contributionId);
    return it == latest.cend() ? State::Pending : it->state;
}

QList<FreeText> shown(const ContentPack &pack, const results::Round &round, const QHash<QString, Decision> &latest)
{
    QList<std::pair<Decision, FreeText>> approved;
    if (results::withheld(round.participants()))
        return {};  // fewer than five people in all: nothing at all (an activity may hold more answers than people)
    for (const FreeText &t : freeTexts(pack, round)) {
        const auto it = latest.constFind(t.contributionId);
        if (it != latest.cend() && it->state == State::Approved && round.showable(t.activityId))
            approved.append({*it, t});
    }
    std::sort(approved.begin(), approved.end(), [](const auto &a, const auto &b) { return later(a.first, b.first); });
    QList<FreeText> out;
    for (const auto &[decision, text] : approved)
        out.append(text);
    return out;
}

QJsonObject toJson(const FreeText &t)
{
    return {{QStringLiteral("activity"), t.activityId}, {QStringLiteral("field"), t.field}, {QStringLiteral("kind"), t.ideaKind},
            {QStringLiteral("theme"), t.theme}, {QStringLiteral("text"), t.text}};
}

QString folded(const QString &text)
{
    // NFKD splits "é" into "e" and a combining accent, which is then dropped; "ﬁ" becomes "fi".
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out(QLatin1Char(' '));
    for (const QChar ch : decomposed) {
        if (ch.category() == QChar::Mark_NonSpacing)
            continue;
        if (ch.isLetterOrNumber())
            out.append(ch);
        else if (!out.endsWith(QLatin1Char(' ')))
            out.append(QLatin1Char(' '));
    }
    if (!out.endsWith(QLatin1Char(' ')))
        out.append(QLatin1Char(' '));
    return out;
}

QString blockedWordIn(const QStringList &blockedWords, const QString &text)
{
    const QString haystack = folded(text);
    for (const QString &word : blockedWords) {
        const QString needle = folded(word);
        if (needle.trimmed().isEmpty())
            continue;
        if (haystack.contains(needle))
            return word;
    }
    return {};
}

} // namespace samenspraak::moderation

namespace samenspraak::moderation {

QJsonObject toJson(const Decision &d)
{
    return {{QStringLiteral("id"), d.id},
            {QStringLiteral("contributionId"), d.contributionId},
            {QStringLiteral("state"), toString(d.state)},
            {QStringLiteral("decidedBy"), d.decidedBy},
            {QStringLiteral("decidedAt"), d.decidedAt}};
}

QString decisionFrom(const QJsonValue &value, Decision &out)
{
    if (!value.isObject())
        return QStringLiteral("must be an object");
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!QStringList{QStringLiteral("id"), QStringLiteral("contributionId"), QStringLiteral("state"), QStringLiteral("decidedBy"),
                         QStringLiteral("decidedAt")}.contains(it.key()))
            return QStringLiteral("%1 is not a known field").arg(it.key());
    out.id = o.value(QStringLiteral("id")).toString();
    out.contributionId = o.value(QStringLiteral("contributionId")).toString();
    out.decidedBy = o.value(QStringLiteral("decidedBy")).toString();
    out.decidedAt = o.value(QStringLiteral("decidedAt")).toString();
    if (!protocol::isUuid(out.id))
        return QStringLiteral("id must be a UUID");
    if (!protocol::isUuid(out.contributionId))
        return QStringLiteral("contributionId must be a UUID");
    const auto state = stateFrom(o.value(QStringLiteral("state")).toString());
    if (!state || *state == State::Pending)
        return QStringLiteral("state must be flagged, approved or rejected");
    out.state = *state;
    if (out.decidedBy.trimmed().isEmpty() || out.decidedBy.size() > 64)
        return QStringLiteral("decidedBy must be 1 to 64 characters");
    if (!protocol::isIsoTimestamp(out.decidedAt))
        return QStringLiteral("decidedAt must be an ISO 8601 time with offset");
    return {};
}

} // namespace samenspraak::moderation
