#include "contentpack.h"

#include "moderation.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace samenspraak {

const Activity *ContentPack::activity(const QString &id) const
{
    for (const Activity &a : activities)
        if (a.id == id)
            return &a;
    return nullptr;
}

const Phase *ContentPack::phase(const QString &id) const
{
    for (const Phase &p : phases)
        if (p.id == id)
            return &p;
    return nullptr;
}

const Option *ContentPack::paletteValue(const QString &id) const
{
    for (const Option &o : palette)
        if (o.id == id)
            return &o;
    return nullptr;
}

const Option *ContentPack::kern(const QString &id) const
{
    for (const Option &o : kernen)
        if (o.id == id)
            return &o;
    return nullptr;
}

QList<Option> ContentPack::themesFor(const Activity &activity) const
{
    if (activity.themes.isEmpty())
        return themes;
    QList<Option> out;
    for (const Option &t : themes)
        if (activity.themes.contains(t.id))
            out.append(t);
    return out;
}

QList<const Activity *> ContentPack::flow() const
{
    QList<const Activity *> main, closing;
    for (const Phase &p : phases) {
        if (p.status != QLatin1String("open"))
            continue;
        for (const QString &id : p.activities)
            if (const Activity *a = activity(id))
                main.append(a);
    }
    for (const QString &id : session)
        if (const Activity *a = activity(id))
            closing.append(a);
    // The profile comes before satisfaction, whatever order the pack lists them in.
    std::stable_sort(closing.begin(), closing.end(),
                     [](const Activity *a, const Activity *b) { return a->kind == Kind::Profile && b->kind != Kind::Profile; });
    return main + closing;
}

namespace {

const QRegularExpression &idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    return re;
}

// Walks a JSON tree and collects every problem, each with its JSON path.
class Checker {
public:
    QList<ContentProblem> problems;

    void problem(const QString &path, const QString &message) { problems.append({path, message}); }

    // Reports keys that the format does not know (typos are the most common pack error).
    void onlyKnown(const QJsonObject &o, const QString &path, const QStringList &known)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                problem(path + QLatin1Char('.') + it.key(), QStringLiteral("unknown field"));
    }

    QString string(const QJsonObject &o, const QString &path, const QString &key, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                problem(path + QLatin1Char('.') + key, QStringLiteral("is missing"));
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            problem(path + QLatin1Char('.') + key, QStringLiteral("must be a non-empty string"));
            return {};
        }
        return v.toString();
    }

    QString id(const QJsonObject &o, const QString &path, const QString &key = QStringLiteral("id"))
    {
        const QString value = string(o, path, key, true);
        if (!value.isEmpty() && !idPattern().match(value).hasMatch())
            problem(path + QLatin1Char('.') + key,
                    QStringLiteral("id '%1' must be lowercase letters, digits and dashes").arg(value));
        return value;
    }

    Text text(const QJsonObject &o, const QString &path, const QString &key, bool required = true)
    {
        const QString at = path + QLatin1Char('.') + key;
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                problem(at, QStringLiteral("is missing"));
            return {};
        }
        return textValue(v, at);
    }

    Text textValue(const QJsonValue &v, const QString &at)
    {
        if (!v.isObject()) {
            problem(at, QStringLiteral("must be an object with \"nl\" and \"en\" texts"));
            return {};
        }
        const QJsonObject t = v.toObject();
        onlyKnown(t, at, {QStringLiteral("nl"), QStringLiteral("en")});
        Text result;
        if (!t.value(QStringLiteral("nl")).isString() || t.value(QStringLiteral("nl")).toString().trimmed().isEmpty())
            problem(at + QStringLiteral(".nl"), QStringLiteral("missing Dutch text"));
        else
            result.nl = t.value(QStringLiteral("nl")).toString();
        if (!t.value(QStringLiteral("en")).isString() || t.value(QStringLiteral("en")).toString().trimmed().isEmpty())
            problem(at + QStringLiteral(".en"), QStringLiteral("missing English text"));
        else
            result.en = t.value(QStringLiteral("en")).toString();
        return result;
    }

    int integer(const QJsonObject &o, const QString &path, const QString &key, int min, int max, int fallback,
                bool required = false)
    {
        const QString at = path + QLatin1Char('.') + key;
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                problem(at, QStringLiteral("is missing"));
            return fallback;
        }
        const double d = v.toDouble(-1e300);
        if (!v.isDouble() || d != double(qint64(d))) {
            problem(at, QStringLiteral("must be a whole number"));
            return fallback;
        }
        if (d < min || d > max) {
            problem(at, QStringLiteral("%1 is out of range %2..%3").arg(qint64(d)).arg(min).arg(max));
            return fallback;
        }
        return int(d);
    }

    bool boolean(const QJsonObject &o, const QString &path, const QString &key, bool fallback)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            problem(path + QLatin1Char('.') + key, QStringLiteral("must be true or false"));
            return fallback;
        }
        return v.toBool();
    }

    QString oneOf(const QJsonObject &o, const QString &path, const QString &key, const QStringList &allowed)
    {
        const QString value = string(o, path, key, true);
        if (!value.isEmpty() && !allowed.contains(value))
            problem(path + QLatin1Char('.') + key,
                    QStringLiteral("'%1' is not one of: %2").arg(value, allowed.join(QStringLiteral(", "))));
        return value;
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const QString &key, int min, int max, bool required = true)
    {
        const QString at = path + QLatin1Char('.') + key;
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                problem(at, QStringLiteral("is missing"));
            return {};
        }
        if (!v.isArray()) {
            problem(at, QStringLiteral("must be a list"));
            return {};
        }
        const QJsonArray a = v.toArray();
        if (a.size() < min || a.size() > max)
            problem(at, QStringLiteral("has %1 %2; expected %3..%4")
                            .arg(a.size()).arg(a.size() == 1 ? QStringLiteral("entry") : QStringLiteral("entries")).arg(min).arg(max));
        return a;
    }

    // Iterates a list of objects, checking that each is an object with a unique id.
    template <typename Fn>
    void objects(const QJsonArray &a, const QString &path, QSet<QString> &ids, Fn &&fn)
    {
        for (int i = 0; i < a.size(); ++i) {
            const QString at = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!a.at(i).isObject()) {
                problem(at, QStringLiteral("must be an object"));
                continue;
            }
            const QJsonObject o = a.at(i).toObject();
            const QString itemId = id(o, at);
            if (!itemId.isEmpty() && ids.contains(itemId))
                problem(at + QStringLiteral(".id"), QStringLiteral("duplicate id '%1'").arg(itemId));
            ids.insert(itemId);
            fn(o, at, itemId);
        }
    }

    enum class Extra { None, Colour, KernLink };

    // A list of options with unique ids. Palette values carry a colour; profile options may
    // link to a kern of the pack (`kernen`: the pack's kern ids).
    QList<Option> options(const QJsonObject &parent, const QString &path, const QString &key, int min, int max,
                          Extra extra = Extra::None, const QList<Option> &kernen = {})
    {
        QList<Option> out;
        QSet<QString> ids;
        QStringList known{QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("description")};
        if (extra == Extra::Colour)
            known << QStringLiteral("colour");
        if (extra == Extra::KernLink)
            known << QStringLiteral("kern") << QStringLiteral("area");
        const bool colours = extra == Extra::Colour;
        objects(array(parent, path, key, min, max), path + QLatin1Char('.') + key, ids,
                [&](const QJsonObject &o, const QString &at, const QString &itemId) {
                    onlyKnown(o, at, known);
                    Option opt;
                    opt.id = itemId;
                    opt.label = text(o, at, QStringLiteral("label"));
                    opt.description = text(o, at, QStringLiteral("description"), false);
                    if (extra == Extra::KernLink && (o.contains(QStringLiteral("kern")) || o.contains(QStringLiteral("area")))) {
                        opt.kern = string(o, at, QStringLiteral("kern"), true);
                        if (!opt.kern.isEmpty() && std::none_of(kernen.begin(), kernen.end(), [&](const Option &k) { return k.id == opt.kern; }))
                            problem(at + QStringLiteral(".kern"), QStringLiteral("unknown kern '%1'").arg(opt.kern));
                        if (o.contains(QStringLiteral("area")))
                            opt.area = oneOf(o, at, QStringLiteral("area"), {QStringLiteral("kern"), QStringLiteral("buitengebied")});
                    }
                    if (colours) {
                        opt.colour = string(o, at, QStringLiteral("colour"), true);
                        static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
                        if (!opt.colour.isEmpty() && !hex.match(opt.colour).hasMatch())
                            problem(at + QStringLiteral(".colour"), QStringLiteral("'%1' is not a colour like #1A7F5A").arg(opt.colour));
                    }
                    out.append(opt);
                });
        return out;
    }
};

const QStringList ladderSteps{QStringLiteral("informing"), QStringLiteral("consulting"), QStringLiteral("advising"),
                              QStringLiteral("coproducing"), QStringLiteral("deciding")};

void parseActivity(Checker &c, const QJsonObject &o, const QString &at, Activity &a, const ContentPack &pack)
{
    const QStringList common{QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("phase"),
                             QStringLiteral("title"), QStringLiteral("prompt")};
    a.kind = c.string(o, at, QStringLiteral("kind"), true);
    if (Kind::isSessionLevel(a.kind)) {
        if (o.contains(QStringLiteral("phase")))
            c.problem(at + QStringLiteral(".phase"),
                      QStringLiteral("a %1 is asked once per session: list it in $.session, not in a phase").arg(a.kind));
    } else {
        a.phase = c.string(o, at, QStringLiteral("phase"), true);
    }
    if (!a.kind.isEmpty() && !Kind::All.contains(a.kind)) {
        // The rest of the entry depends on the kind: one precise problem, not a cascade.
        c.problem(at + QStringLiteral(".kind"),
                  QStringLiteral("unknown kind '%1'; expected one of: %2").arg(a.kind, Kind::All.join(QStringLiteral(", "))));
        return;
    }
    a.title = c.text(o, at, QStringLiteral("title"));
    a.prompt = c.text(o, at, QStringLiteral("prompt"));
    QStringList extra;
    if (a.kind == Kind::Values) {
        extra = {QStringLiteral("maxPicks"), QStringLiteral("rank"), QStringLiteral("allowOwn")};
        a.maxPicks = c.integer(o, at, QStringLiteral("maxPicks"), 1, qMax(1, int(qMin<qsizetype>(10, pack.palette.size()))), 3);
        a.rank = c.boolean(o, at, QStringLiteral("rank"), false);
        a.allowOwn = c.boolean(o, at, QStringLiteral("allowOwn"), false);
    } else if (a.kind == Kind::Ideas) {
        extra = {QStringLiteral("ideaKinds"), QStringLiteral("maxLength"), QStringLiteral("themes")};
        a.maxLength = c.integer(o, at, QStringLiteral("maxLength"), 20, 2000, 500);
        if (o.contains(QStringLiteral("ideaKinds"))) {
            const QJsonArray kinds = c.array(o, at, QStringLiteral("ideaKinds"), 1, 3);
            a.kinds.clear();
            for (int i = 0; i < kinds.size(); ++i) {
                const QString k = kinds.at(i).toString();
                const QString kat = QStringLiteral("%1.ideaKinds[%2]").arg(at).arg(i);
                if (!QStringList{QStringLiteral("opportunity"), QStringLiteral("concern"), QStringLiteral("solution")}.contains(k))
                    c.problem(kat, QStringLiteral("'%1' is not one of: opportunity, concern, solution").arg(k));
                else if (a.kinds.contains(k))
                    c.problem(kat, QStringLiteral("'%1' is listed twice").arg(k));
                else
                    a.kinds.append(k);
            }
        }
        if (pack.themes.isEmpty())
            c.problem(at, QStringLiteral("ideas need themes: $.themes is empty"));
        if (o.contains(QStringLiteral("themes"))) {
            // A subset of the pack's themes, e.g. only housing and care for one workshop.
            const QJsonArray themes = c.array(o, at, QStringLiteral("themes"), 1, 24);
            for (int i = 0; i < themes.size(); ++i) {
                const QString t = themes.at(i).toString();
                const QString tat = QStringLiteral("%1.themes[%2]").arg(at).arg(i);
                if (std::none_of(pack.themes.begin(), pack.themes.end(), [&](const Option &x) { return x.id == t; }))
                    c.problem(tat, QStringLiteral("unknown theme '%1'").arg(t));
                else if (a.themes.contains(t))
                    c.problem(tat, QStringLiteral("'%1' is listed twice").arg(t));
                else
                    a.themes.append(t);
            }
        }
    } else if (a.kind == Kind::Dots) {
        extra = {QStringLiteral("options"), QStringLiteral("dots"), QStringLiteral("points")};
        a.options = c.options(o, at, QStringLiteral("options"), 2, 12);
        a.dots = c.integer(o, at, QStringLiteral("dots"), 1, 20, 0);
        a.points = c.integer(o, at, QStringLiteral("points"), 10, 1000, 0);
        if (o.contains(QStringLiteral("dots")) == o.contains(QStringLiteral("points")))
            c.problem(at, QStringLiteral("set exactly one of \"dots\" or \"points\""));
    } else if (a.kind == Kind::Ranking) {
        extra = {QStringLiteral("options")};
        a.options = c.options(o, at, QStringLiteral("options"), 2, 10);
    } else if (a.kind == Kind::Dilemma) {
        extra = {QStringLiteral("left"), QStringLiteral("right"), QStringLiteral("steps")};
        a.left = c.text(o, at, QStringLiteral("left"));
        a.right = c.text(o, at, QStringLiteral("right"));
        a.steps = c.integer(o, at, QStringLiteral("steps"), 3, 11, 7);
    } else if (a.kind == Kind::Statements) {
        extra = {QStringLiteral("statements")};
        a.options = c.options(o, at, QStringLiteral("statements"), 1, 50);
    } else if (a.kind == Kind::Profile) {
        extra = {QStringLiteral("questions")};
        QSet<QString> ids;
        c.objects(c.array(o, at, QStringLiteral("questions"), 1, 10), at + QStringLiteral(".questions"), ids,
                  [&](const QJsonObject &q, const QString &qat, const QString &qid) {
                      c.onlyKnown(q, qat, {QStringLiteral("id"), QStringLiteral("label"), QStringLiteral("options")});
                      a.questions.append({qid, c.text(q, qat, QStringLiteral("label")),
                                          c.options(q, qat, QStringLiteral("options"), 2, 20, Checker::Extra::KernLink, pack.kernen)});
                  });
    } else if (a.kind == Kind::Satisfaction) {
        extra = {QStringLiteral("remarkPrompt")};
        a.remarkPrompt = c.text(o, at, QStringLiteral("remarkPrompt"), false);
    }
    c.onlyKnown(o, at, common + extra);
}

void parseFollowUp(Checker &c, const QJsonObject &o, ContentPack &pack)
{
    const QString at = QStringLiteral("$.followUp");
    c.onlyKnown(o, at, {QStringLiteral("intro"), QStringLiteral("updated"), QStringLiteral("items"), QStringLiteral("url")});
    FollowUp &f = pack.followUp;
    f.intro = c.text(o, at, QStringLiteral("intro"));
    // A page that says what was done must say when: an old answer reads differently.
    f.updated = c.string(o, at, QStringLiteral("updated"), true);
    if (!f.updated.isEmpty() && (f.updated.size() != 10 || !QDate::fromString(f.updated, Qt::ISODate).isValid()))
        c.problem(at + QStringLiteral(".updated"), QStringLiteral("'%1' must be a date like 2026-11-30").arg(f.updated));
    f.url = c.string(o, at, QStringLiteral("url"), false);
    if (!f.url.isEmpty() && !f.url.startsWith(QLatin1String("https://")))
        c.problem(at + QStringLiteral(".url"), QStringLiteral("'%1' must be an https:// address").arg(f.url));
    QSet<QString> ids;
    c.objects(c.array(o, at, QStringLiteral("items"), 1, 20), at + QStringLiteral(".items"), ids,
              [&](const QJsonObject &item, const QString &itemAt, const QString &id) {
                  c.onlyKnown(item, itemAt, {QStringLiteral("id"), QStringLiteral("phase"), QStringLiteral("heard"),
                                             QStringLiteral("response"), QStringLiteral("status")});
                  FollowUpItem i;
                  i.id = id;
                  i.phase = c.string(item, itemAt, QStringLiteral("phase"), false);
                  if (!i.phase.isEmpty() && !pack.phase(i.phase))
                      c.problem(itemAt + QStringLiteral(".phase"), QStringLiteral("unknown phase '%1'").arg(i.phase));
                  i.heard = c.text(item, itemAt, QStringLiteral("heard"));
                  i.response = c.text(item, itemAt, QStringLiteral("response"));
                  i.status = c.oneOf(item, itemAt, QStringLiteral("status"), FollowUp::Statuses);
                  f.items.append(i);
              });
}

// The word list: each entry a word or short phrase that still says something once folded
// (moderation::folded), no entry twice.
void parseModeration(Checker &c, const QJsonObject &o, ContentPack &pack)
{
    const QString at = QStringLiteral("$.moderation");
    c.onlyKnown(o, at, {QStringLiteral("blockedWords")});
    const QJsonArray words = c.array(o, at, QStringLiteral("blockedWords"), 0, ModerationRules::MaxWords, false);
    QSet<QString> seen;
    for (int i = 0; i < words.size(); ++i) {
        const QString wordAt = QStringLiteral("%1.blockedWords[%2]").arg(at).arg(i);
        const QString word = words.at(i).toString();
        if (!words.at(i).isString() || word.trimmed().isEmpty() || word.size() > ModerationRules::MaxWordLength) {
            c.problem(wordAt, QStringLiteral("must be a word or phrase of 1 to %1 characters").arg(ModerationRules::MaxWordLength));
            continue;
        }
        const QString key = moderation::folded(word).trimmed();
        if (key.isEmpty()) {
            c.problem(wordAt, QStringLiteral("'%1' holds no letters or digits, so it would never match").arg(word));
            continue;
        }
        if (seen.contains(key)) {
            c.problem(wordAt, QStringLiteral("'%1' is in the list twice (case and accents are ignored)").arg(word));
            continue;
        }
        seen.insert(key);
        pack.moderation.blockedWords.append(word);
    }
}

} // namespace

namespace {

// Statements longer than fit on a tablet at 200% text (StatementFitLength).
QList<ContentProblem> lengthWarnings(const ContentPack &pack)
{
    QList<ContentProblem> warnings;
    for (int i = 0; i < pack.activities.size(); ++i) {
        const Activity &a = pack.activities.at(i);
        if (a.kind != Kind::Statements)
            continue;
        for (int j = 0; j < a.options.size(); ++j) {
            const Text &text = a.options.at(j).label;
            for (const auto &[language, value] : {std::pair{QStringLiteral("nl"), text.nl}, std::pair{QStringLiteral("en"), text.en}}) {
                if (value.size() > StatementFitLength)
                    warnings.append({QStringLiteral("$.activities[%1].statements[%2].label.%3").arg(i).arg(j).arg(language),
                                     QStringLiteral("%1 characters; a statement longer than %2 does not fit on a tablet at 200% text")
                                         .arg(value.size())
                                         .arg(StatementFitLength)});
            }
        }
    }
    return warnings;
}

} // namespace

ParsedPack parseContentPack(const QByteArray &json)
{
    ParsedPack result;
    Checker c;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Turn the byte offset into a line and column a person can find in an editor.
        const QByteArray before = json.left(parseError.offset);
        const int line = int(before.count('\n')) + 1;
        const int column = int(before.size() - before.lastIndexOf('\n'));
        result.problems.append({QStringLiteral("$"), QStringLiteral("not valid JSON: %1 (line %2, column %3)")
                                                         .arg(parseError.errorString()).arg(line).arg(column)});
        return result;
    }
    if (!doc.isObject()) {
        result.problems.append({QStringLiteral("$"), QStringLiteral("must be a JSON object")});
        return result;
    }
    const QJsonObject root = doc.object();
    const QString $ = QStringLiteral("$");
    c.onlyKnown(root, $, {QStringLiteral("format"), QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("title"),
                          QStringLiteral("municipality"), QStringLiteral("invitation"), QStringLiteral("attractQuestions"),
                          QStringLiteral("phases"), QStringLiteral("palette"), QStringLiteral("themes"), QStringLiteral("kernen"),
                          QStringLiteral("activities"), QStringLiteral("session"), QStringLiteral("privacy"), QStringLiteral("afterwards"),
                          QStringLiteral("followUp"), QStringLiteral("reference"), QStringLiteral("moderation")});
    ContentPack pack;
    if (root.value(QStringLiteral("format")).toInt(-1) != 1 || !root.value(QStringLiteral("format")).isDouble())
        c.problem(QStringLiteral("$.format"), QStringLiteral("must be 1 (the only format this app reads)"));
    pack.id = c.id(root, $);
    pack.version = c.string(root, $, QStringLiteral("version"), true);
    static const QRegularExpression versionPattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!pack.version.isEmpty() && !versionPattern.match(pack.version).hasMatch())
        c.problem(QStringLiteral("$.version"), QStringLiteral("'%1' must be 1..64 letters, digits, dots, dashes or underscores").arg(pack.version));
    pack.title = c.text(root, $, QStringLiteral("title"));
    pack.municipality = c.text(root, $, QStringLiteral("municipality"));
    pack.invitation = c.text(root, $, QStringLiteral("invitation"));
    const QJsonArray questions = c.array(root, $, QStringLiteral("attractQuestions"), 0, 20, false);
    for (int i = 0; i < questions.size(); ++i)
        pack.attractQuestions.append(c.textValue(questions.at(i), QStringLiteral("$.attractQuestions[%1]").arg(i)));

    pack.palette = c.options(root, $, QStringLiteral("palette"), 1, 24, Checker::Extra::Colour);
    pack.themes = c.options(root, $, QStringLiteral("themes"), 0, 24);
    pack.kernen = c.options(root, $, QStringLiteral("kernen"), 0, 40);

    QSet<QString> activityIds;
    c.objects(c.array(root, $, QStringLiteral("activities"), 1, 50), QStringLiteral("$.activities"), activityIds,
              [&](const QJsonObject &o, const QString &at, const QString &id) {
                  Activity a;
                  a.id = id;
                  parseActivity(c, o, at, a, pack);
                  pack.activities.append(a);
              });

    QSet<QString> phaseIds, phaseNumbers;
    QSet<QString> activitiesInPhases;
    struct Listing { QString at, activity, phase; };
    QList<Listing> listings;  // checked once every phase is known
    c.objects(c.array(root, $, QStringLiteral("phases"), 1, 9), QStringLiteral("$.phases"), phaseIds,
              [&](const QJsonObject &o, const QString &at, const QString &id) {
                  c.onlyKnown(o, at, {QStringLiteral("id"), QStringLiteral("number"), QStringLiteral("status"), QStringLiteral("title"),
                                      QStringLiteral("question"), QStringLiteral("horizon"), QStringLiteral("product"),
                                      QStringLiteral("whoTakesPart"), QStringLiteral("whoDecides"), QStringLiteral("ladder"),
                                      QStringLiteral("whatHappens"), QStringLiteral("result"), QStringLiteral("activities")});
                  Phase p;
                  p.id = id;
                  p.number = c.integer(o, at, QStringLiteral("number"), 1, 9, 0, true);
                  if (p.number && phaseNumbers.contains(QString::number(p.number)))
                      c.problem(at + QStringLiteral(".number"), QStringLiteral("duplicate phase number %1").arg(p.number));
                  phaseNumbers.insert(QString::number(p.number));
                  p.status = c.oneOf(o, at, QStringLiteral("status"), {QStringLiteral("result"), QStringLiteral("open"), QStringLiteral("upcoming")});
                  p.title = c.text(o, at, QStringLiteral("title"));
                  p.question = c.text(o, at, QStringLiteral("question"));
                  p.horizon = c.string(o, at, QStringLiteral("horizon"), false);
                  p.product = c.text(o, at, QStringLiteral("product"));
                  p.whoTakesPart = c.text(o, at, QStringLiteral("whoTakesPart"));
                  p.whoDecides = c.text(o, at, QStringLiteral("whoDecides"));
                  p.ladder = c.oneOf(o, at, QStringLiteral("ladder"), ladderSteps);
                  p.whatHappens = c.text(o, at, QStringLiteral("whatHappens"));
                  p.result = c.text(o, at, QStringLiteral("result"), p.status == QLatin1String("result"));
                  const QJsonArray acts = c.array(o, at, QStringLiteral("activities"), 0, 30, false);
                  for (int i = 0; i < acts.size(); ++i) {
                      const QString ref = acts.at(i).toString();
                      const QString refAt = QStringLiteral("%1.activities[%2]").arg(at).arg(i);
                      if (!acts.at(i).isString())
                          c.problem(refAt, QStringLiteral("must be an activity id"));
                      else if (!pack.activity(ref))
                          c.problem(refAt, QStringLiteral("unknown activity '%1'").arg(ref));
                      else if (p.activities.contains(ref))
                          c.problem(refAt, QStringLiteral("activity '%1' is listed twice").arg(ref));
                      else if (Kind::isSessionLevel(pack.activity(ref)->kind))
                          c.problem(refAt, QStringLiteral("activity '%1' is a %2, asked once per session: list it in $.session")
                                               .arg(ref, pack.activity(ref)->kind));
                      else
                          listings.append({refAt, ref, id});
                      activitiesInPhases.insert(ref);
                      if (!p.activities.contains(ref))
                          p.activities.append(ref);
                  }
                  if (p.status == QLatin1String("open") && p.activities.isEmpty())
                      c.problem(at + QStringLiteral(".activities"), QStringLiteral("an open phase needs at least one activity"));
                  pack.phases.append(p);
              });
    for (const Listing &l : listings) {
        // An activity whose own phase is unknown gets that one problem below, not this one too.
        const QString own = pack.activity(l.activity)->phase;
        if (own != l.phase && pack.phase(own))
            c.problem(l.at, QStringLiteral("activity '%1' belongs to phase '%2'").arg(l.activity, own));
    }
    for (int i = 0; i < pack.activities.size(); ++i) {
        const Activity &a = pack.activities.at(i);
        const QString at = QStringLiteral("$.activities[%1].phase").arg(i);
        if (!a.phase.isEmpty() && !pack.phase(a.phase))
            c.problem(at, QStringLiteral("unknown phase '%1'").arg(a.phase));
        else if (!a.phase.isEmpty() && !a.id.isEmpty() && !activitiesInPhases.contains(a.id))
            c.problem(QStringLiteral("$.activities[%1]").arg(i), QStringLiteral("activity '%1' is not listed in its phase's activities").arg(a.id));
    }
    // The session-level activities: asked once per session, whichever phases are open.
    const QJsonArray sessionIds = c.array(root, $, QStringLiteral("session"), 0, 10, false);
    for (int i = 0; i < sessionIds.size(); ++i) {
        const QString ref = sessionIds.at(i).toString();
        const QString refAt = QStringLiteral("$.session[%1]").arg(i);
        const Activity *a = pack.activity(ref);
        if (!sessionIds.at(i).isString())
            c.problem(refAt, QStringLiteral("must be an activity id"));
        else if (!a)
            c.problem(refAt, QStringLiteral("unknown activity '%1'").arg(ref));
        else if (!Kind::isSessionLevel(a->kind))
            c.problem(refAt, QStringLiteral("activity '%1' (%2) belongs to a phase; only profile and satisfaction are asked per session").arg(ref, a->kind));
        else if (pack.session.contains(ref))
            c.problem(refAt, QStringLiteral("activity '%1' is listed twice").arg(ref));
        else
            pack.session.append(ref);
    }
    for (int i = 0; i < pack.activities.size(); ++i) {
        const Activity &a = pack.activities.at(i);
        if (Kind::isSessionLevel(a.kind) && !a.id.isEmpty() && !pack.session.contains(a.id))
            c.problem(QStringLiteral("$.activities[%1]").arg(i), QStringLiteral("activity '%1' is not listed in $.session").arg(a.id));
    }
    bool anyOpen = std::any_of(pack.phases.begin(), pack.phases.end(), [](const Phase &p) { return p.status == QLatin1String("open"); });
    if (!pack.phases.isEmpty() && !anyOpen)
        c.problem(QStringLiteral("$.phases"), QStringLiteral("no phase is open, so there is nothing to ask"));

    if (root.contains(QStringLiteral("privacy")) && !root.value(QStringLiteral("privacy")).isObject())
        c.problem(QStringLiteral("$.privacy"), QStringLiteral("must be an object"));
    if (root.value(QStringLiteral("privacy")).isObject()) {
        const QJsonObject o = root.value(QStringLiteral("privacy")).toObject();
        const QString at = QStringLiteral("$.privacy");
        c.onlyKnown(o, at, {QStringLiteral("controller"), QStringLiteral("purpose"), QStringLiteral("retention"),
                            QStringLiteral("contact"), QStringLiteral("url"), QStringLiteral("deviceRetentionDays")});
        pack.privacy.deviceRetentionDays = c.integer(o, at, QStringLiteral("deviceRetentionDays"), 0, 365, 7);
        pack.privacy.controller = c.text(o, at, QStringLiteral("controller"));
        pack.privacy.purpose = c.text(o, at, QStringLiteral("purpose"));
        pack.privacy.retention = c.text(o, at, QStringLiteral("retention"));
        pack.privacy.contact = c.text(o, at, QStringLiteral("contact"));
        pack.privacy.url = c.string(o, at, QStringLiteral("url"), true);
        if (!pack.privacy.url.isEmpty() && !pack.privacy.url.startsWith(QLatin1String("https://")))
            c.problem(at + QStringLiteral(".url"), QStringLiteral("'%1' must be an https:// address").arg(pack.privacy.url));
    }

    if (root.contains(QStringLiteral("afterwards")) && !root.value(QStringLiteral("afterwards")).isObject())
        c.problem(QStringLiteral("$.afterwards"), QStringLiteral("must be an object"));
    if (root.value(QStringLiteral("afterwards")).isObject()) {
        const QJsonObject o = root.value(QStringLiteral("afterwards")).toObject();
        const QString at = QStringLiteral("$.afterwards");
        c.onlyKnown(o, at, {QStringLiteral("text"), QStringLiteral("url")});
        pack.afterwards.text = c.text(o, at, QStringLiteral("text"));
        pack.afterwards.url = c.string(o, at, QStringLiteral("url"), false);
        if (!pack.afterwards.url.isEmpty() && !pack.afterwards.url.startsWith(QLatin1String("https://")))
            c.problem(at + QStringLiteral(".url"), QStringLiteral("'%1' must be an https:// address").arg(pack.afterwards.url));
    }

    if (root.contains(QStringLiteral("followUp")) && !root.value(QStringLiteral("followUp")).isObject())
        c.problem(QStringLiteral("$.followUp"), QStringLiteral("must be an object"));
    if (root.value(QStringLiteral("followUp")).isObject())
        parseFollowUp(c, root.value(QStringLiteral("followUp")).toObject(), pack);

    if (root.contains(QStringLiteral("moderation")) && !root.value(QStringLiteral("moderation")).isObject())
        c.problem(QStringLiteral("$.moderation"), QStringLiteral("must be an object"));
    if (root.value(QStringLiteral("moderation")).isObject())
        parseModeration(c, root.value(QStringLiteral("moderation")).toObject(), pack);

    if (root.contains(QStringLiteral("reference")) && !root.value(QStringLiteral("reference")).isObject())
        c.problem(QStringLiteral("$.reference"), QStringLiteral("must be an object"));
    if (root.value(QStringLiteral("reference")).isObject()) {
        const QJsonObject ref = root.value(QStringLiteral("reference")).toObject();
        c.onlyKnown(ref, QStringLiteral("$.reference"), {QStringLiteral("population")});
        const QJsonArray rows = c.array(ref, QStringLiteral("$.reference"), QStringLiteral("population"), 0, 1000, false);
        QSet<QString> seenRows;
        for (int i = 0; i < rows.size(); ++i) {
            const QString at = QStringLiteral("$.reference.population[%1]").arg(i);
            if (!rows.at(i).isObject()) {
                c.problem(at, QStringLiteral("must be an object"));
                continue;
            }
            const QJsonObject r = rows.at(i).toObject();
            c.onlyKnown(r, at, {QStringLiteral("kern"), QStringLiteral("area"), QStringLiteral("year"), QStringLiteral("population")});
            PopulationRow row{c.string(r, at, QStringLiteral("kern"), true),
                              c.oneOf(r, at, QStringLiteral("area"), {QStringLiteral("kern"), QStringLiteral("buitengebied")}),
                              c.integer(r, at, QStringLiteral("year"), 1900, 2100, 0, true),
                              c.integer(r, at, QStringLiteral("population"), 0, 10'000'000, 0, true)};
            if (!row.kern.isEmpty() && !pack.kern(row.kern))
                c.problem(at + QStringLiteral(".kern"), QStringLiteral("unknown kern '%1'").arg(row.kern));
            // One figure per kern, area and year: a second one would be counted twice.
            const QString key = QStringLiteral("%1/%2/%3").arg(row.kern, row.area).arg(row.year);
            if (!row.kern.isEmpty() && !row.area.isEmpty() && row.year && seenRows.contains(key))
                c.problem(at, QStringLiteral("duplicate row for kern '%1', area '%2', year %3").arg(row.kern, row.area).arg(row.year));
            seenRows.insert(key);
            pack.population.append(row);
        }
    }

    result.problems = c.problems;
    if (result.problems.isEmpty()) {
        result.warnings = lengthWarnings(pack);
        pack.raw = json;
        pack.sha256 = QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex();
        result.pack = pack;
    }
    return result;
}

ParsedPack loadContentPack(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {std::nullopt, {{QStringLiteral("$"), QStringLiteral("cannot read the file: %1").arg(file.errorString())}}, {}};
    return parseContentPack(file.readAll());
}

} // namespace samenspraak
