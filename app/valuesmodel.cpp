#include "valuesmodel.h"

#include "answers.h"
#include "appcontext.h"
#include "contrast.h"

#include <QJsonArray>

namespace samenspraak {

ValuesModel::ValuesModel(QObject *parent) : ActivityModel(parent) {}

void ValuesModel::load(const ContentPack &pack, const Activity &activity)
{
    m_ids.clear();
    m_picks.clear();
    m_own.clear();
    m_maxPicks = activity.maxPicks;
    m_ranked = activity.rank;
    m_allowOwn = activity.allowOwn;
    for (const Option &value : pack.palette)
        m_ids << value.id;
    emit picksChanged();
}

void ValuesModel::restore(const QJsonObject &payload)
{
    const answers::Values given = answers::Values::parse(payload).answer.value_or(answers::Values{});
    for (const QString &id : given.picks)
        if (m_ids.contains(id) && !m_picks.contains(id))
            m_picks << id;
    if (m_allowOwn)
        m_own = answers::clipped(given.own, MaxOwnLength);
    changed();
}

QVariant ValuesModel::data(const QModelIndex &index, int role) const
{
    AppContext *context = this->context();
    if (!context || !index.isValid() || index.row() >= m_ids.size())
        return {};
    const Option *value = context->pack().paletteValue(m_ids.at(index.row()));
    if (!value)
        return {};
    switch (role) {
    case ValueIdRole: return value->id;
    case NameRole: return value->label.in(context->language());
    case DescriptionRole: return value->description.in(context->language());
    case ColourRole: return QColor(value->colour);
    case TextColourRole: return readableTextOn(QColor(value->colour));
    case PickedRole: return m_picks.contains(value->id);
    case RankRole: return int(m_picks.indexOf(value->id)) + 1;  // 0 when not picked
    }
    return {};
}

QHash<int, QByteArray> ValuesModel::roleNames() const
{
    return {{ValueIdRole, "valueId"}, {NameRole, "name"}, {DescriptionRole, "description"}, {ColourRole, "colour"},
            {TextColourRole, "textColour"}, {PickedRole, "picked"}, {RankRole, "rank"}};
}

void ValuesModel::changed()
{
    // Ranks of the other picks may shift, so refresh every row.
    refreshRows({PickedRole, RankRole});
    emit picksChanged();
    touched();
}

bool ValuesModel::toggle(int row)
{
    if (row < 0 || row >= m_ids.size())
        return false;
    const QString id = m_ids.at(row);
    if (m_picks.contains(id)) {
        m_picks.removeAll(id);
    } else if (pickedCount() >= m_maxPicks) {
        emit limitReached();
        return false;
    } else {
        m_picks.append(id);
    }
    changed();
    return true;
}

void ValuesModel::setOwnValue(const QString &text)
{
    const QString clipped = m_allowOwn ? answers::clipped(text, MaxOwnLength) : QString();
    if (clipped == m_own)
        return;
    // A new own value needs a free place, like any pick.
    if (!hasOwn() && !clipped.trimmed().isEmpty() && pickedCount() >= m_maxPicks) {
        emit limitReached();
        emit picksChanged();  // puts the field back to what the model holds
        return;
    }
    m_own = clipped;
    emit picksChanged();
    touched();
}

QJsonObject ValuesModel::payloadJson() const
{
    return answers::Values{m_picks, hasOwn() ? m_own : QString()}.toJson();
}

QStringList ValuesModel::spokenItems(int first, int end) const
{
    QStringList out;
    for (int row = first; row < end; ++row) {
        const QString description = rowText(row, DescriptionRole);
        out << (description.isEmpty() ? rowText(row, NameRole) : rowText(row, NameRole) + QStringLiteral(": ") + description);
    }
    return out;
}

} // namespace samenspraak
