#include "payload.h"

#include <QJsonArray>
#include <QSet>

namespace samenspraak {

namespace {

QString unknownKey(const QJsonObject &o, const QStringList &known)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return QStringLiteral("payload.%1 is not a known field").arg(it.key());
    return {};
}

bool hasOption(const QList<Option> &options, const QString &id)
{
    return std::any_of(options.begin(), options.end(), [&](const Option &o) { return o.id == id; });
}

QString values(const ContentPack &pack, const Activity &a, const QJsonObject &p)
{
    if (auto e = unknownKey(p, {QStringLiteral("picks"), QStringLiteral("own")}); !e.isEmpty())
        return e;
    if (!p.value(QStringLiteral("picks")).isArray())
        return QStringLiteral("payload.picks must be a list of value ids");
    const QJsonArray picks = p.value(QStringLiteral("picks")).toArray();
    const QString own = p.value(QStringLiteral("own")).toString();
    if (p.contains(QStringLiteral("own")) && (!a.allowOwn || !p.value(QStringLiteral("own")).isString()))
        return a.allowOwn ? QStringLiteral("payload.own must be text") : QStringLiteral("payload.own is not allowed in this activity");
    if (own.size() > 80)
        return QStringLiteral("payload.own is longer than 80 characters");
    const int total = int(picks.size()) + (own.trimmed().isEmpty() ? 0 : 1);
    if (total == 0)
        return QStringLiteral("payload.picks is empty: pick at least one value");
    if (total > a.maxPicks)
        return QStringLiteral("payload.picks holds %1 values; at most %2 may be picked").arg(total).arg(a.maxPicks);
    QSet<QString> seen;
    for (const QJsonValue &v : picks) {
        const QString id = v.toString();
        if (!pack.paletteValue(id))
            return QStringLiteral("payload.picks has unknown value '%1'").arg(id);
        if (seen.contains(id))
            return QStringLiteral("payload.picks has '%1' twice").arg(id);
        seen.insert(id);
    }
    return {};
}

QString ideas(const ContentPack &pack, const Activity &a, const QJsonObject &p)
{
    if (auto e = unknownKey(p, {QStringLiteral("text"), QStringLiteral("ideaKind"), QStringLiteral("theme")}); !e.isEmpty())
        return e;
    const QString text = p.value(QStringLiteral("text")).toString();
    if (text.trimmed().isEmpty())
        return QStringLiteral("payload.text is empty");
    if (text.size() > a.maxLength)
        return QStringLiteral("payload.text is longer than %1 characters").arg(a.maxLength);
    if (!a.kinds.contains(p.value(QStringLiteral("ideaKind")).toString()))
        return QStringLiteral("payload.ideaKind must be one of: %1").arg(a.kinds.join(QStringLiteral(", ")));
    const QString theme = p.value(QStringLiteral("theme")).toString();
    if (!hasOption(pack.themes, theme))
        return QStringLiteral("payload.theme '%1' is not a theme of this pack").arg(theme);
    if (!hasOption(pack.themesFor(a), theme))
        return QStringLiteral("payload.theme '%1' is not offered in this activity").arg(theme);
    return {};
}

QString dots(const Activity &a, const QJsonObject &p)
{
    if (auto e = unknownKey(p, {QStringLiteral("allocation")}); !e.isEmpty())
        return e;
    if (!p.value(QStringLiteral("allocation")).isObject())
        return QStringLiteral("payload.allocation must map option ids to numbers");
    const QJsonObject alloc = p.value(QStringLiteral("allocation")).toObject();
    const int budget = a.dots > 0 ? a.dots : a.points;
    int sum = 0;
    for (auto it = alloc.begin(); it != alloc.end(); ++it) {
        if (!hasOption(a.options, it.key()))
            return QStringLiteral("payload.allocation has unknown option '%1'").arg(it.key());
        const double d = it.value().toDouble(-1);
        if (!it.value().isDouble() || d < 0 || d != int(d))
            return QStringLiteral("payload.allocation.%1 must be a whole number of 0 or more").arg(it.key());
        sum += int(d);
    }
    if (sum == 0)
        return QStringLiteral("payload.allocation gives nothing to any option");
    if (sum > budget)
        return QStringLiteral("payload.allocation spends %1; only %2 are available").arg(sum).arg(budget);
    if (a.points > 0 && sum != a.points)
        return QStringLiteral("payload.allocation spends %1 points; all %2 must be spent").arg(sum).arg(a.points);
    return {};
}

QString ranking(const Activity &a, const QJsonObject &p)
{
    if (auto e = unknownKey(p, {QStringLiteral("order")}); !e.isEmpty())
        return e;
    const QJsonArray order = p.value(QStringLiteral("order")).toArray();
    QSet<QString> seen;
    for (const QJsonValue &v : order) {
        if (!hasOption(a.options, v.toString()))
            return QStringLiteral("payload.order has unknown option '%1'").arg(v.toString());
        seen.insert(v.toString());
    }
    if (seen.size() != a.options.size() || order.size() != a.options.size())
        return QStringLiteral("payload.order must list each of the %1 options exactly once").arg(a.options.size());
    return {};
}

QString dilemma(const Activity &a, const QJsonObject &p)
{
    if (auto e = unknownKey(p, {QStringLiteral("position")}); !e.isEmpty())
        return e;
    const QJsonValue v = p.value(QStringLiteral("position"));
    if (!v.isDouble() || v.toDouble() != v.toInt() || v.toInt() < 0 || v.toInt() >= a.steps)
        return QStringLiteral("payload.position must be a whole number from 0 to %1").arg(a.steps - 1);
    return {};
}

QString statements(const Activity &a, const QJsonObject &p)
{
    if (auto e = unknownKey(p, {QStringLiteral("answers")}); !e.isEmpty())
        return e;
    const QJsonObject answers = p.value(QStringLiteral("answers")).toObject();
    if (answers.isEmpty())
        return QStringLiteral("payload.answers is empty");
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        if (!hasOption(a.options, it.key()))
            return QStringLiteral("payload.answers has unknown statement '%1'").arg(it.key());
        const QJsonObject ans = it.value().toObject();
        if (auto e = unknownKey(ans, {QStringLiteral("answer"), QStringLiteral("important")}); !e.isEmpty())
            return QStringLiteral("payload.answers.%1: %2").arg(it.key(), e);
        if (!QStringList{QStringLiteral("agree"), QStringLiteral("disagree"), QStringLiteral("pass")}.contains(
                ans.value(QStringLiteral("answer")).toString()))
            return QStringLiteral("payload.answers.%1.answer must be agree, disagree or pass").arg(it.key());
        if (ans.contains(QStringLiteral("important")) && !ans.value(QStringLiteral("important")).isBool())
            return QStringLiteral("payload.answers.%1.important must be true or false").arg(it.key());
    }
    return {};
}

QString profile(const Activity &a, const QJsonObject &p)
{
    if (auto e = unknownKey(p, {QStringLiteral("answers")}); !e.isEmpty())
        return e;
    const QJsonObject answers = p.value(QStringLiteral("answers")).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        auto q = std::find_if(a.questions.begin(), a.questions.end(), [&](const ProfileQuestion &x) { return x.id == it.key(); });
        if (q == a.questions.end())
            return QStringLiteral("payload.answers has unknown question '%1'").arg(it.key());
        if (!hasOption(q->options, it.value().toString()))
            return QStringLiteral("payload.answers.%1 has unknown option '%2'").arg(it.key(), it.value().toString());
    }
    return {};
}

QString satisfaction(const QJsonObject &p)
{
    if (auto e = unknownKey(p, {QStringLiteral("score"), QStringLiteral("remark")}); !e.isEmpty())
        return e;
    const QJsonValue score = p.value(QStringLiteral("score"));
    if (!score.isDouble() || score.toDouble() != score.toInt() || score.toInt() < 1 || score.toInt() > 5)
        return QStringLiteral("payload.score must be a whole number from 1 to 5");
    if (p.contains(QStringLiteral("remark")) && (!p.value(QStringLiteral("remark")).isString()
                                                  || p.value(QStringLiteral("remark")).toString().size() > 500))
        return QStringLiteral("payload.remark must be text of at most 500 characters");
    return {};
}

} // namespace

QString validatePayload(const ContentPack &pack, const Activity &a, const QJsonObject &p)
{
    if (a.kind == Kind::Values)
        return values(pack, a, p);
    if (a.kind == Kind::Ideas)
        return ideas(pack, a, p);
    if (a.kind == Kind::Dots)
        return dots(a, p);
    if (a.kind == Kind::Ranking)
        return ranking(a, p);
    if (a.kind == Kind::Dilemma)
        return dilemma(a, p);
    if (a.kind == Kind::Statements)
        return statements(a, p);
    if (a.kind == Kind::Profile)
        return profile(a, p);
    if (a.kind == Kind::Satisfaction)
        return satisfaction(p);
    return QStringLiteral("activity kind '%1' is unknown").arg(a.kind);
}

} // namespace samenspraak
