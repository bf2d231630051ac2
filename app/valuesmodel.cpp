#include "valuesmodel.h"

#include "appcontext.h"
#include "contrast.h"

namespace samenspraak {

ValuesModel::ValuesModel(QObject *parent) : QAbstractListModel(parent)
{
    if (AppContext *context = AppContext::current())
        connect(context, &AppContext::languageChanged, this, [this] {
            if (!m_ids.isEmpty())
                emit dataChanged(index(0), index(int(m_ids.size()) - 1), {NameRole, DescriptionRole});
        });
}

void ValuesModel::setActivityId(const QString &id)
{
    if (id == m_activityId)
        return;
    m_activityId = id;
    reload();
    emit activityIdChanged();
}

void ValuesModel::reload()
{
    beginResetModel();
    m_ids.clear();
    m_picks.clear();
    if (AppContext *context = AppContext::current()) {
        if (const Activity *a = context->pack().activity(m_activityId)) {
            m_maxPicks = a->maxPicks;
            for (const Option &value : context->pack().palette)
                m_ids << value.id;
        }
    }
    endResetModel();
    emit picksChanged();
}

int ValuesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant ValuesModel::data(const QModelIndex &index, int role) const
{
    AppContext *context = AppContext::current();
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

bool ValuesModel::toggle(int row)
{
    if (row < 0 || row >= m_ids.size())
        return false;
    const QString id = m_ids.at(row);
    if (m_picks.contains(id)) {
        m_picks.removeAll(id);
    } else if (m_picks.size() >= m_maxPicks) {
        emit limitReached();
        return false;
    } else {
        m_picks.append(id);
    }
    // Ranks of the other picks may shift, so refresh every row.
    emit dataChanged(index(0), index(int(m_ids.size()) - 1), {PickedRole, RankRole});
    emit picksChanged();
    return true;
}

void ValuesModel::clear()
{
    if (m_picks.isEmpty())
        return;
    m_picks.clear();
    emit dataChanged(index(0), index(int(m_ids.size()) - 1), {PickedRole, RankRole});
    emit picksChanged();
}

QVariantMap ValuesModel::payload() const
{
    return {{QStringLiteral("picks"), m_picks}};
}

} // namespace samenspraak
