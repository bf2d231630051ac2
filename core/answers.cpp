#include "answers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <initializer_list>

namespace samenspraak::answers {

namespace {

// The payload keys, spelled once.
namespace Key {
const QString Picks = QStringLiteral("picks");
const QString Own = QStringLiteral("own");
const QString Text = QStringLiteral("text");
const QString IdeaKind = QStringLiteral("ideaKind");
const QString Theme = QStringLiteral("theme");
const QString Allocation = QStringLiteral("allocation");
const QString Order = QStringLiteral("order");
const QString Position = QStringLiteral("position");
const QString Answers = QStringLiteral("answers");
const QString Answer = QStringLiteral("answer");
const QString Important = QStringLiteral("important");
const QString Score = QStringLiteral("score");
const QString Remark = QStringLiteral("remark");
} // namespace Key

QString unknownKey(const QJsonObject &o, std::initializer_list<QStringView> known)
{
    // The common case, every key known, without making a QString of each key: the results
    // engine parses every stored payload (bench/results_bench).
    qsizetype present = 0;
    for (const QStringView k : known)
        present += o.contains(k) ? 1 : 0;
    if (present == o.size())
        return {};
    for (auto it = o.begin(); it != o.end(); ++it)
        if (std::find(known.begin(), known.end(), QStringView(it.key())) == known.end())
            return QStringLiteral("payload.%1 is not a known field").arg(it.key());
    return {};
}

bool hasOption(const QList<Option> &options, const QString &id)
{
    return std::any_of(options.begin(), options.end(), [&](const Option &o) { return o.id == id; });
}

bool isWholeNumber(const QJsonValue &v)
{
    return v.isDouble() && v.toDouble() == double(qint64(v.toDouble()));
}

template <typename T>
Parsed<T> failed(const QString &error)
{
    return {std::nullopt, error};
}

QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    return out;
}

int budgetOf(const Activity &a)
{
    return a.dots > 0 ? a.dots : a.points;
}

} // namespace

QString clipped(const QString &text, qsizetype maxLength)
{
    QString out = text.left(maxLength);
    if (!out.isEmpty() && out.back().isHighSurrogate())
        out.chop(1);
    return out;
}

// --- values

Parsed<Values> Values::parse(const QJsonObject &p)
{
    if (auto e = unknownKey(p, {Key::Picks, Key::Own}); !e.isEmpty())
        return failed<Values>(e);
    if (!p.value(Key::Picks).isArray())
        return failed<Values>(QStringLiteral("payload.picks must be a list of value ids"));
    if (p.contains(Key::Own) && !p.value(Key::Own).isString())
        return failed<Values>(QStringLiteral("payload.own must be text"));
    Values v;
    v.picks = stringList(p.value(Key::Picks));
    v.own = p.value(Key::Own).toString();
    if (p.contains(Key::Own) && v.own.isNull())
        v.own = QStringLiteral("");  // present but empty: still "given", see check()
    return {v, {}};
}

QString Values::check(const ContentPack &pack, const Activity &a) const
{
    if (!own.isNull() && !a.allowOwn)
        return QStringLiteral("payload.own is not allowed in this activity");
    if (own.size() > MaxOwnLength)
        return QStringLiteral("payload.own is longer than %1 characters").arg(MaxOwnLength);
    if (count() == 0)
        return QStringLiteral("payload.picks is empty: pick at least one value");
    if (count() > a.maxPicks)
        return QStringLiteral("payload.picks holds %1 values; at most %2 may be picked").arg(count()).arg(a.maxPicks);
    QSet<QString> seen;
    for (const QString &id : picks) {
        if (!pack.paletteValue(id))
            return QStringLiteral("payload.picks has unknown value '%1'").arg(id);
        if (seen.contains(id))
            return QStringLiteral("payload.picks has '%1' twice").arg(id);
        seen.insert(id);
    }
    return {};
}

QJsonObject Values::toJson() const
{
    QJsonObject out{{Key::Picks, QJsonArray::fromStringList(picks)}};
    if (!own.trimmed().isEmpty())
        out.insert(Key::Own, own.trimmed());
    return out;
}

// --- ideas

Parsed<Idea> Idea::parse(const QJsonObject &p)
{
    if (auto e = unknownKey(p, {Key::Text, Key::IdeaKind, Key::Theme}); !e.isEmpty())
        return failed<Idea>(e);
    return {Idea{p.value(Key::Text).toString(), p.value(Key::IdeaKind).toString(), p.value(Key::Theme).toString()}, {}};
}

QString Idea::check(const ContentPack &pack, const Activity &a) const
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("payload.text is empty");
    if (text.size() > a.maxLength)
        return QStringLiteral("payload.text is longer than %1 characters").arg(a.maxLength);
    if (!a.kinds.contains(ideaKind))
        return QStringLiteral("payload.ideaKind must be one of: %1").arg(a.kinds.join(QStringLiteral(", ")));
    if (!hasOption(pack.themes, theme))
        return QStringLiteral("payload.theme '%1' is not a theme of this pack").arg(theme);
    if (!hasOption(pack.themesFor(a), theme))
        return QStringLiteral("payload.theme '%1' is not offered in this activity").arg(theme);
    return {};
}

QJsonObject Idea::toJson() const
{
    return {{Key::Text, text.trimmed()}, {Key::IdeaKind, ideaKind}, {Key::Theme, theme}};
}

// --- dots and points

Parsed<Allocation> Allocation::parse(const QJsonObject &p)
{
    if (auto e = unknownKey(p, {Key::Allocation}); !e.isEmpty())
        return failed<Allocation>(e);
    if (!p.value(Key::Allocation).isObject())
        return failed<Allocation>(QStringLiteral("payload.allocation must map option ids to numbers"));
    Allocation out;
    const QJsonObject alloc = p.value(Key::Allocation).toObject();
    for (auto it = alloc.begin(); it != alloc.end(); ++it) {
        if (!isWholeNumber(it.value()) || it.value().toDouble() < 0 || it.value().toDouble() > 1e6)
            return failed<Allocation>(QStringLiteral("payload.allocation.%1 must be a whole number of 0 or more").arg(it.key()));
        out.amounts.insert(it.key(), it.value().toInt());
    }
    return {out, {}};
}

int Allocation::total() const
{
    int sum = 0;
    for (int amount : amounts)
        sum += amount;
    return sum;
}

QString Allocation::check(const Activity &a) const
{
    for (auto it = amounts.begin(); it != amounts.end(); ++it)
        if (!hasOption(a.options, it.key()))
            return QStringLiteral("payload.allocation has unknown option '%1'").arg(it.key());
    const int sum = total();
    if (sum == 0)
        return QStringLiteral("payload.allocation gives nothing to any option");
    if (sum > budgetOf(a))
        return QStringLiteral("payload.allocation spends %1; only %2 are available").arg(sum).arg(budgetOf(a));
    if (a.points > 0 && sum != a.points)
        return QStringLiteral("payload.allocation spends %1 points; all %2 must be spent").arg(sum).arg(a.points);
    return {};
}

QJsonObject Allocation::toJson() const
{
    QJsonObject alloc;
    for (auto it = amounts.begin(); it != amounts.end(); ++it)
        alloc.insert(it.key(), it.value());
    return {{Key::Allocation, alloc}};
}

// --- ranking

Parsed<Ranking> Ranking::parse(const QJsonObject &p)
{
    if (auto e = unknownKey(p, {Key::Order}); !e.isEmpty())
        return failed<Ranking>(e);
    return {Ranking{stringList(p.value(Key::Order))}, {}};
}

QString Ranking::check(const Activity &a) const
{
    QSet<QString> seen;
    for (const QString &id : order) {
        if (!hasOption(a.options, id))
            return QStringLiteral("payload.order has unknown option '%1'").arg(id);
        seen.insert(id);
    }
    if (seen.size() != a.options.size() || order.size() != a.options.size())
        return QStringLiteral("payload.order must list each of the %1 options exactly once").arg(a.options.size());
    return {};
}

QJsonObject Ranking::toJson() const
{
    return {{Key::Order, QJsonArray::fromStringList(order)}};
}

// --- dilemma

Parsed<Dilemma> Dilemma::parse(const QJsonObject &p)
{
    if (auto e = unknownKey(p, {Key::Position}); !e.isEmpty())
        return failed<Dilemma>(e);
    const QJsonValue v = p.value(Key::Position);
    // A position that is not a whole number is out of range whatever the activity: check() says so.
    const bool whole = isWholeNumber(v) && v.toDouble() >= 0 && v.toDouble() < 1000;
    return {Dilemma{whole ? v.toInt() : -1}, {}};
}

QString Dilemma::check(const Activity &a) const
{
    if (position < 0 || position >= a.steps)
        return QStringLiteral("payload.position must be a whole number from 0 to %1").arg(a.steps - 1);
    return {};
}

QJsonObject Dilemma::toJson() const
{
    return position >= 0 ? QJsonObject{{Key::Position, position}} : QJsonObject{};
}

// --- statements

QString Statements::choiceName(Choice choice)
{
    switch (choice) {
    case Choice::Agree: return QStringLiteral("agree");
    case Choice::Disagree: return QStringLiteral("disagree");
    case Choice::Pass: break;
    }
    return QStringLiteral("pass");
}

std::optional<Statements::Choice> Statements::choiceFrom(const QString &name)
{
    for (Choice c : {Choice::Agree, Choice::Disagree, Choice::Pass})
        if (choiceName(c) == name)
            return c;
    return std::nullopt;
}

Parsed<Statements> Statements::parse(const QJsonObject &p)
{
    if (auto e = unknownKey(p, {Key::Answers}); !e.isEmpty())
        return failed<Statements>(e);
    const QJsonObject answers = p.value(Key::Answers).toObject();
    if (answers.isEmpty())
        return failed<Statements>(QStringLiteral("payload.answers is empty"));
    Statements out;
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        const QJsonObject ans = it.value().toObject();
        // Each field looked up once (the results engine parses every stored answer): with both
        // found, or one and nothing else, there is no unknown key to look for.
        const QJsonValue answer = ans.value(Key::Answer);
        const QJsonValue important = ans.value(Key::Important);
        if (int(!answer.isUndefined()) + int(!important.isUndefined()) != ans.size())
            if (auto e = unknownKey(ans, {Key::Answer, Key::Important}); !e.isEmpty())
                return failed<Statements>(QStringLiteral("payload.answers.%1: %2").arg(it.key(), e));
        const auto choice = choiceFrom(answer.toString());
        if (!choice)
            return failed<Statements>(QStringLiteral("payload.answers.%1.answer must be agree, disagree or pass").arg(it.key()));
        if (!important.isUndefined() && !important.isBool())
            return failed<Statements>(QStringLiteral("payload.answers.%1.important must be true or false").arg(it.key()));
        out.answers.insert(it.key(), {*choice, important.toBool()});
    }
    return {out, {}};
}

QString Statements::check(const Activity &a) const
{
    for (auto it = answers.begin(); it != answers.end(); ++it)
        if (!hasOption(a.options, it.key()))
            return QStringLiteral("payload.answers has unknown statement '%1'").arg(it.key());
    return {};
}

QJsonObject Statements::toJson() const
{
    QJsonObject out;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        out.insert(it.key(), QJsonObject{{Key::Answer, choiceName(it->choice)}, {Key::Important, it->important}});
    return {{Key::Answers, out}};
}

// --- profile

Parsed<Profile> Profile::parse(const QJsonObject &p)
{
    if (auto e = unknownKey(p, {Key::Answers}); !e.isEmpty())
        return failed<Profile>(e);
    Profile out;
    const QJsonObject answers = p.value(Key::Answers).toObject();
    for (auto it = answers.begin(); it != answers.end(); ++it)
        out.answers.insert(it.key(), it.value().toString());
    return {out, {}};
}

QString Profile::check(const Activity &a) const
{
    for (auto it = answers.begin(); it != answers.end(); ++it) {
        auto q = std::find_if(a.questions.begin(), a.questions.end(), [&](const ProfileQuestion &x) { return x.id == it.key(); });
        if (q == a.questions.end())
            return QStringLiteral("payload.answers has unknown question '%1'").arg(it.key());
        if (!hasOption(q->options, it.value()))
            return QStringLiteral("payload.answers.%1 has unknown option '%2'").arg(it.key(), it.value());
    }
    return {};
}

QJsonObject Profile::toJson() const
{
    QJsonObject out;
    for (auto it = answers.begin(); it != answers.end(); ++it)
        out.insert(it.key(), it.value());
    return {{Key::Answers, out}};
}

// --- satisfaction

Parsed<Satisfaction> Satisfaction::parse(const QJsonObject &p)
{
    if (auto e = unknownKey(p, {Key::Score, Key::Remark}); !e.isEmpty())
        return failed<Satisfaction>(e);
    const QJsonValue score = p.value(Key::Score);
    if (!isWholeNumber(score) || score.toInt() < 1 || score.toInt() > 5)
        return failed<Satisfaction>(QStringLiteral("payload.score must be a whole number from 1 to 5"));
    if (p.contains(Key::Remark) && (!p.value(Key::Remark).isString() || p.value(Key::Remark).toString().size() > MaxRemarkLength))
        return failed<Satisfaction>(QStringLiteral("payload.remark must be text of at most %1 characters").arg(MaxRemarkLength));
    return {Satisfaction{score.toInt(), p.value(Key::Remark).toString()}, {}};
}

QString Satisfaction::check() const
{
    return {};
}

QJsonObject Satisfaction::toJson() const
{
    QJsonObject out{{Key::Score, score}};
    if (!remark.trimmed().isEmpty())
        out.insert(Key::Remark, remark.trimmed());
    return out;
}

// --- every kind

namespace {
template <typename T, typename Check>
QString parseAndCheck(const QJsonObject &payload, Check check)
{
    const Parsed<T> parsed = T::parse(payload);
    return parsed.answer ? check(*parsed.answer) : parsed.error;
}
} // namespace

namespace {
template <typename T>
Any typed(const QJsonObject &payload)
{
    if (auto parsed = T::parse(payload); parsed.answer)
        return std::move(*parsed.answer);
    return {};
}
} // namespace

Any parse(const QString &kind, const QJsonObject &payload)
{
    if (kind == Kind::Values)
        return typed<Values>(payload);
    if (kind == Kind::Ideas)
        return typed<Idea>(payload);
    if (kind == Kind::Dots)
        return typed<Allocation>(payload);
    if (kind == Kind::Ranking)
        return typed<Ranking>(payload);
    if (kind == Kind::Dilemma)
        return typed<Dilemma>(payload);
    if (kind == Kind::Statements)
        return typed<Statements>(payload);
    if (kind == Kind::Profile)
        return typed<Profile>(payload);
    if (kind == Kind::Satisfaction)
        return typed<Satisfaction>(payload);
    return {};
}

namespace {

// A reader of the canonical payload text (protocol::json::compact, what the device sends and
// the server stores): no whitespace, keys in order, no escapes, plain whole numbers. It reads
// only the subset whose answer is plain; anything else (another layout, an escape, a
// character beyond ASCII, a fraction, an unknown or repeated key) makes it give up, and the
// payload goes through QJsonDocument and T::parse instead. So what it accepts gives exactly
// the answer T::parse gives: the shape rules below are those of T::parse, for that subset.
class Canonical {
public:
    Canonical(QByteArrayView json, SharedTexts *shared) : m_p(json.data()), m_end(json.data() + json.size()), m_shared(shared) {}
    bool ok() const { return m_ok; }
    bool at(char c) const { return m_ok && m_p < m_end && *m_p == c; }
    bool eat(char c)
    {
        if (!at(c))
            return false;
        ++m_p;
        return true;
    }
    void expect(char c)
    {
        if (!eat(c))
            m_ok = false;
    }
    bool done() { return m_ok && m_p == m_end; }
    // A string of plain ASCII (no escape, no control character).
    QByteArrayView string()
    {
        expect('"');
        const char *start = m_p;
        while (m_ok && m_p < m_end && *m_p != '"') {
            const unsigned char c = static_cast<unsigned char>(*m_p);
            if (c < 0x20 || c > 0x7e || c == '\\')
                m_ok = false;
            ++m_p;
        }
        const QByteArrayView out(start, m_p - start);
        expect('"');
        return m_ok ? out : QByteArrayView();
    }
    QString text() { return QString::fromLatin1(string()); }
    // An id: kept once with `shared`.
    QString id()
    {
        const QByteArrayView s = string();
        return m_shared && m_ok ? (*m_shared)(s) : QString::fromLatin1(s);
    }
    // `"key":`; false (and no longer ok) when the next key is another one.
    bool key(QLatin1String name)
    {
        if (!keyIf(name))
            m_ok = false;
        return m_ok;
    }
    // The next key, if it is `name` (nothing read otherwise).
    bool keyIf(QLatin1String name)
    {
        const qsizetype n = name.size();
        if (!m_ok || m_end - m_p < n + 3 || m_p[0] != '"' || m_p[n + 1] != '"' || m_p[n + 2] != ':'
            || QLatin1String(m_p + 1, n) != name)
            return false;
        m_p += n + 3;
        return true;
    }
    // A whole number of at most six digits, without sign, fraction or exponent.
    int number()
    {
        const char *start = m_p;
        int value = 0;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9' && m_p - start < 7)
            value = value * 10 + (*m_p++ - '0');
        const qsizetype digits = m_p - start;
        if (digits == 0 || digits > 6 || (digits > 1 && *start == '0'))
            m_ok = false;
        return value;
    }
    bool boolean()
    {
        if (m_end - m_p >= 4 && QByteArrayView(m_p, 4) == "true") {
            m_p += 4;
            return true;
        }
        if (m_end - m_p >= 5 && QByteArrayView(m_p, 5) == "false") {
            m_p += 5;
            return false;
        }
        m_ok = false;
        return false;
    }
    // ["a","b"]: ids
    QStringList ids()
    {
        QStringList out;
        expect('[');
        if (eat(']'))
            return out;
        do
            out.append(id());
        while (eat(','));
        expect(']');
        return out;
    }
    // {"k":...,"l":...} with keys in increasing order (so none twice): `value` reads each value.
    template <typename F>
    void members(F value)
    {
        expect('{');
        if (eat('}'))
            return;
        QByteArrayView previous;
        do {
            const QByteArrayView k = string();
            if (!m_ok || (!previous.isNull() && !(previous < k)))
                m_ok = false;
            previous = k;
            expect(':');
            if (m_ok)
                value(m_shared ? (*m_shared)(k) : QString::fromLatin1(k));
        } while (m_ok && eat(','));
        expect('}');
    }
    void fail() { m_ok = false; }

private:
    const char *m_p;
    const char *m_end;
    SharedTexts *m_shared;
    bool m_ok = true;
};

// The canonical payload of `kind` read directly; nullopt when it is not plain (see Canonical).
std::optional<Any> canonical(const QString &kind, QByteArrayView json, SharedTexts *shared)
{
    Canonical in(json, shared);
    Any out;
    in.expect('{');
    if (kind == Kind::Values) {
        Values v;
        if (in.keyIf(QLatin1String("own"))) {
            v.own = in.text();
            if (v.own.isEmpty())
                v.own = QStringLiteral("");  // present but empty: still "given", as Values::parse
            in.expect(',');
        }
        in.key(QLatin1String("picks"));
        v.picks = in.ids();
        out = std::move(v);
    } else if (kind == Kind::Ideas) {
        Idea v;
        in.key(QLatin1String("ideaKind"));
        v.ideaKind = in.id();
        in.expect(',');
        in.key(QLatin1String("text"));
        v.text = in.text();
        in.expect(',');
        in.key(QLatin1String("theme"));
        v.theme = in.id();
        out = std::move(v);
    } else if (kind == Kind::Dots) {
        Allocation v;
        in.key(QLatin1String("allocation"));
        in.members([&](const QString &option) { v.amounts.insert(v.amounts.cend(), option, in.number()); });
        out = std::move(v);
    } else if (kind == Kind::Ranking) {
        in.key(QLatin1String("order"));
        out = Ranking{in.ids()};
    } else if (kind == Kind::Dilemma) {
        in.key(QLatin1String("position"));
        const int position = in.number();
        out = Dilemma{position < 1000 ? position : -1};
    } else if (kind == Kind::Statements) {
        Statements v;
        in.key(QLatin1String("answers"));
        in.members([&](const QString &statement) {
            Statements::Answer a;
            in.expect('{');
            in.key(QLatin1String("answer"));
            const QByteArrayView choice = in.string();
            if (choice == "agree")
                a.choice = Statements::Choice::Agree;
            else if (choice == "disagree")
                a.choice = Statements::Choice::Disagree;
            else if (choice == "pass")
                a.choice = Statements::Choice::Pass;
            else
                in.fail();
            if (in.eat(',')) {
                in.key(QLatin1String("important"));
                a.important = in.boolean();
            }
            in.expect('}');
            v.answers.insert(v.answers.cend(), statement, a);  // keys come in order
        });
        if (v.answers.isEmpty())
            in.fail();  // Statements::parse refuses it, with its reason
        out = std::move(v);
    } else if (kind == Kind::Profile) {
        Profile v;
        in.key(QLatin1String("answers"));
        in.members([&](const QString &question) { v.answers.insert(v.answers.cend(), question, in.id()); });
        out = std::move(v);
    } else if (kind == Kind::Satisfaction) {
        Satisfaction v;
        if (in.keyIf(QLatin1String("remark"))) {
            v.remark = in.text();
            if (v.remark.size() > Satisfaction::MaxRemarkLength)
                in.fail();
            in.expect(',');
        }
        in.key(QLatin1String("score"));
        v.score = in.number();
        if (v.score < 1 || v.score > 5)
            in.fail();
        out = std::move(v);
    } else {
        return std::nullopt;
    }
    in.expect('}');
    if (!in.done())
        return std::nullopt;
    return out;
}

} // namespace

QString SharedTexts::operator()(QByteArrayView utf8)
{
    // fromRawData: the look-up makes no copy; only a text met for the first time is kept.
    auto it = m_texts.constFind(QByteArray::fromRawData(utf8.data(), utf8.size()));
    if (it == m_texts.constEnd())
        it = m_texts.insert(utf8.toByteArray(), QString::fromUtf8(utf8));
    return *it;
}

Any parse(const QString &kind, QByteArrayView json, SharedTexts *shared)
{
    if (auto plain = canonical(kind, json, shared))
        return std::move(*plain);
    return parse(kind, QJsonDocument::fromJson(QByteArray::fromRawData(json.data(), json.size())).object());
}

QString validate(const ContentPack &pack, const Activity &a, const QJsonObject &p)
{
    if (a.kind == Kind::Values)
        return parseAndCheck<Values>(p, [&](const Values &v) { return v.check(pack, a); });
    if (a.kind == Kind::Ideas)
        return parseAndCheck<Idea>(p, [&](const Idea &v) { return v.check(pack, a); });
    if (a.kind == Kind::Dots)
        return parseAndCheck<Allocation>(p, [&](const Allocation &v) { return v.check(a); });
    if (a.kind == Kind::Ranking)
        return parseAndCheck<Ranking>(p, [&](const Ranking &v) { return v.check(a); });
    if (a.kind == Kind::Dilemma)
        return parseAndCheck<Dilemma>(p, [&](const Dilemma &v) { return v.check(a); });
    if (a.kind == Kind::Statements)
        return parseAndCheck<Statements>(p, [&](const Statements &v) { return v.check(a); });
    if (a.kind == Kind::Profile)
        return parseAndCheck<Profile>(p, [&](const Profile &v) { return v.check(a); });
    if (a.kind == Kind::Satisfaction)
        return parseAndCheck<Satisfaction>(p, [](const Satisfaction &v) { return v.check(); });
    return QStringLiteral("activity kind '%1' is unknown").arg(a.kind);
}

QJsonObject sample(const ContentPack &pack, const Activity &a, std::mt19937 &random)
{
    auto between = [&](int low, int high) { return std::uniform_int_distribution<int>(low, high)(random); };
    auto chance = [&](double p) { return std::bernoulli_distribution(p)(random); };
    auto shuffled = [&](QList<Option> list) {
        std::shuffle(list.begin(), list.end(), random);
        return list;
    };
    if (a.kind == Kind::Values) {
        Values v;
        const auto palette = shuffled(pack.palette);
        for (int i = 0, n = between(1, a.maxPicks); i < n; ++i)
            v.picks.append(palette.at(i).id);
        return v.toJson();
    }
    if (a.kind == Kind::Ideas) {
        static const QStringList texts{QStringLiteral("Meer plekken om elkaar te ontmoeten in het dorp"),
                                       QStringLiteral("Betaalbare woningen voor jongeren"),
                                       QStringLiteral("Veilige fietspaden naar school"),
                                       QStringLiteral("Zorg dichtbij voor ouderen")};
        const QString text = texts.at(between(0, int(texts.size()) - 1));
        const QString kind = a.kinds.at(between(0, int(a.kinds.size()) - 1));
        const QList<Option> themes = pack.themesFor(a);
        return Idea{text, kind, themes.at(between(0, int(themes.size()) - 1)).id}.toJson();
    }
    if (a.kind == Kind::Dots) {
        // Spends the whole budget, one dot (or point) at a time on a random option.
        Allocation v;
        for (int spent = 0, budget = budgetOf(a); spent < budget; ++spent)
            ++v.amounts[a.options.at(between(0, int(a.options.size()) - 1)).id];
        return v.toJson();
    }
    if (a.kind == Kind::Ranking) {
        Ranking v;
        for (const Option &o : shuffled(a.options))
            v.order.append(o.id);
        return v.toJson();
    }
    if (a.kind == Kind::Dilemma)
        return Dilemma{between(0, a.steps - 1)}.toJson();
    if (a.kind == Kind::Statements) {
        static const QList<Statements::Choice> choices{Statements::Choice::Agree, Statements::Choice::Disagree,
                                                       Statements::Choice::Pass};
        Statements v;
        for (const Option &s : a.options) {
            const Statements::Choice choice = choices.at(between(0, 2));
            v.answers.insert(s.id, {choice, chance(0.3)});
        }
        return v.toJson();
    }
    if (a.kind == Kind::Profile) {
        Profile v;
        for (const ProfileQuestion &q : a.questions)
            if (chance(0.85))  // some questions are skipped, as in real life
                v.answers.insert(q.id, q.options.at(between(0, int(q.options.size()) - 1)).id);
        return v.toJson();
    }
    if (a.kind == Kind::Satisfaction)
        return Satisfaction{between(2, 5), {}}.toJson();
    return {};
}

QJsonObject example(const ContentPack &pack, const Activity &a)
{
    if (a.kind == Kind::Values) {
        Values v;
        for (int i = 0; i < std::min<qsizetype>(2, pack.palette.size()); ++i)
            v.picks.append(pack.palette.at(i * 3 % pack.palette.size()).id);
        return v.toJson();
    }
    if (a.kind == Kind::Ideas) {
        const QList<Option> themes = pack.themesFor(a);
        return Idea{QStringLiteral("Een overdekte plek bij de sporthal waar jongeren na school kunnen afspreken."),
                    a.kinds.value(0), themes.isEmpty() ? QString() : themes.constLast().id}.toJson();
    }
    if (a.kind == Kind::Dots) {
        Allocation v;
        const int budget = budgetOf(a);
        v.amounts.insert(a.options.value(0).id, a.dots > 0 ? 2 : budget / 2);
        v.amounts.insert(a.options.value(2 % a.options.size()).id, a.dots > 0 ? 1 : budget / 5);
        if (a.points > 0)  // points must all be spent
            v.amounts[a.options.value(0).id] += budget - v.total();
        return v.toJson();
    }
    if (a.kind == Kind::Ranking) {
        Ranking v;
        for (const Option &o : a.options)
            v.order.append(o.id);
        if (v.order.size() > 2)
            v.order.move(2, 0);
        return v.toJson();
    }
    if (a.kind == Kind::Dilemma)
        return Dilemma{std::max(0, a.steps - 2)}.toJson();
    if (a.kind == Kind::Statements) {
        Statements v;
        if (a.options.size() > 0)
            v.answers.insert(a.options.at(0).id, {Statements::Choice::Agree, true});
        if (a.options.size() > 1)
            v.answers.insert(a.options.at(1).id, {Statements::Choice::Disagree, false});
        return v.toJson();
    }
    if (a.kind == Kind::Profile) {
        Profile v;
        for (int i = 0; i < a.questions.size(); i += 2)
            v.answers.insert(a.questions.at(i).id, a.questions.at(i).options.value(0).id);
        return v.toJson();
    }
    if (a.kind == Kind::Satisfaction)
        return Satisfaction{4, {}}.toJson();
    return {};
}

bool isPersonal(const QString &kind, const QJsonObject &payload)
{
    if (kind == Kind::Ideas || kind == Kind::Profile)
        return true;
    if (kind == Kind::Values)
        return !payload.value(Key::Own).toString().trimmed().isEmpty();
    if (kind == Kind::Satisfaction)
        return !payload.value(Key::Remark).toString().trimmed().isEmpty();
    return false;
}

std::optional<QJsonObject> withoutFreeText(const QString &kind, const QJsonObject &payload)
{
    if (kind == Kind::Ideas)
        return std::nullopt;
    QJsonObject out = payload;
    if (kind == Kind::Values)
        out.remove(Key::Own);
    else if (kind == Kind::Satisfaction)
        out.remove(Key::Remark);
    return out;
}

} // namespace samenspraak::answers
