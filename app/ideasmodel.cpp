#include "ideasmodel.h"

#include "answers.h"
#include "appcontext.h"

namespace samenspraak {

IdeasModel::IdeasModel(QObject *parent) : ActivityModel(parent)
{
    connect(this, &ActivityModel::textsChanged, this, &IdeasModel::kindsChanged);
}

QString IdeasModel::kindName(const QString &kind)
{
    if (kind == QLatin1String("opportunity"))
        //: Kind of idea: something good that could be done or used
        return tr("Kans");
    if (kind == QLatin1String("concern"))
        //: Kind of idea: something the participant worries about
        return tr("Zorg");
    if (kind == QLatin1String("solution"))
        //: Kind of idea: a way to solve a problem
        return tr("Oplossing");
    return kind;
}

QString IdeasModel::kindDescription(const QString &kind)
{
    if (kind == QLatin1String("opportunity"))
        //: Explains the idea kind "Kans" in a few words
        return tr("Iets goeds dat we kunnen doen of gebruiken");
    if (kind == QLatin1String("concern"))
        //: Explains the idea kind "Zorg" in a few words
        return tr("Iets waar je je zorgen over maakt");
    if (kind == QLatin1String("solution"))
        //: Explains the idea kind "Oplossing" in a few words
        return tr("Een idee om iets op te lossen");
    return {};
}

void IdeasModel::load(const ContentPack &pack, const Activity &activity)
{
    m_maxLength = activity.maxLength;
    m_kinds = activity.kinds;
    m_themes.clear();
    for (const Option &t : pack.themesFor(activity))
        m_themes << t.id;
    m_text.clear();
    m_kind.clear();
    m_theme.clear();
    emit ideaChanged();
    emit kindsChanged();
}

void IdeasModel::restore(const QJsonObject &payload)
{
    const answers::Idea given = answers::Idea::parse(payload).answer.value_or(answers::Idea{});
    m_text = answers::clipped(given.text, m_maxLength);
    m_kind = m_kinds.contains(given.ideaKind) ? given.ideaKind : QString();
    m_theme = m_themes.contains(given.theme) ? given.theme : QString();
    refreshRows({SelectedRole});
    emit ideaChanged();
    emit kindsChanged();
    touched();
}

QVariant IdeasModel::data(const QModelIndex &index, int role) const
{
    AppContext *context = this->context();
    if (!context || !index.isValid() || index.row() >= m_themes.size())
        return {};
    const QString id = m_themes.at(index.row());
    switch (role) {
    case ThemeIdRole: return id;
    case NameRole:
        for (const Option &t : context->pack().themes)
            if (t.id == id)
                return t.label.in(context->language());
        return id;
    case SelectedRole: return id == m_theme;
    }
    return {};
}

QHash<int, QByteArray> IdeasModel::roleNames() const
{
    return {{ThemeIdRole, "themeId"}, {NameRole, "name"}, {SelectedRole, "selected"}};
}

QVariantList IdeasModel::kinds() const
{
    QVariantList out;
    for (const QString &k : m_kinds)
        out << QVariantMap{{QStringLiteral("id"), k}, {QStringLiteral("name"), kindName(k)},
                           {QStringLiteral("description"), kindDescription(k)}, {QStringLiteral("selected"), k == m_kind}};
    return out;
}

void IdeasModel::setText(const QString &text)
{
    const QString clipped = answers::clipped(text, m_maxLength);
    if (clipped == m_text)
        return;
    m_text = clipped;
    emit ideaChanged();
    touched();
}

void IdeasModel::setIdeaKind(const QString &kind)
{
    const QString k = m_kinds.contains(kind) ? kind : QString();
    if (k == m_kind)
        return;
    m_kind = k;
    emit ideaChanged();
    emit kindsChanged();
    touched();
}

void IdeasModel::setTheme(const QString &theme)
{
    const QString t = m_themes.contains(theme) ? theme : QString();
    if (t == m_theme)
        return;
    m_theme = t;
    refreshRows({SelectedRole});
    emit ideaChanged();
    touched();
}

bool IdeasModel::canContinue() const
{
    return !m_text.trimmed().isEmpty() && !m_kind.isEmpty() && !m_theme.isEmpty();
}

QJsonObject IdeasModel::payloadJson() const
{
    return answers::Idea{m_text, m_kind, m_theme}.toJson();
}

QStringList IdeasModel::spokenItems(int first, int end) const
{
    QStringList out;
    if (first <= 0 && end > 0)
        //: Read aloud on the ideas screen: step 1
        out << tr("Schrijf je idee op. Schrijf geen namen op.");
    if (first <= 1 && end > 1) {
        //: Read aloud on the ideas screen: step 2, before the kinds of idea
        out << tr("Wat voor idee is het? Kies er een:");
        for (const QString &k : m_kinds)
            out << kindName(k) + QStringLiteral(": ") + kindDescription(k);
    }
    QStringList themes;
    for (int row = qMax(0, first - 2); row < qMin(rows(), end - 2); ++row)
        themes << rowText(row, NameRole);
    if (!themes.isEmpty())
        //: Read aloud on the ideas screen: step 3, %1 the themes one may choose
        out << tr("Over welk onderwerp gaat het? Kies er een: %1").arg(themes.join(QStringLiteral(", ")));
    return out;
}

} // namespace samenspraak
