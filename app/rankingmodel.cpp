#include "rankingmodel.h"

#include "answers.h"
#include "appcontext.h"

#include <QJsonArray>

namespace samenspraak {

RankingModel::RankingModel(QObject *parent) : ActivityModel(parent) {}

void RankingModel::load(const ContentPack &, const Activity &activity)
{
    m_order.clear();
    for (const Option &o : activity.options)
        m_order << o.id;
    m_moved = false;
}

void RankingModel::restore(const QJsonObject &payload)
{
    QStringList order;
    for (const QString &id : answers::Ranking::parse(payload).answer.value_or(answers::Ranking{}).order)
        if (m_order.contains(id) && !order.contains(id))
            order << id;
    if (order.size() != m_order.size())
        return;  // not an order of these options: keep the pack's
    beginResetModel();
    m_order = order;
    m_moved = true;
    endResetModel();
    touched();
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    AppContext *context = this->context();
    const Activity *a = activity();
    if (!context || !a || !index.isValid() || index.row() >= m_order.size())
        return {};
    const QString id = m_order.at(index.row());
    switch (role) {
    case OptionIdRole: return id;
    case NameRole:
        for (const Option &o : a->options)
            if (o.id == id)
                return o.label.in(context->language());
        return id;
    case PositionRole: return index.row() + 1;
    case FirstRole: return index.row() == 0;
    case LastRole: return index.row() == m_order.size() - 1;
    }
    return {};
}

QHash<int, QByteArray> RankingModel::roleNames() const
{
    return {{OptionIdRole, "optionId"}, {NameRole, "name"}, {PositionRole, "position"}, {FirstRole, "first"}, {LastRole, "last"}};
}

bool RankingModel::swap(int row, int other)
{
    if (row < 0 || other < 0 || row >= m_order.size() || other >= m_order.size())
        return false;
    const int top = std::min(row, other);
    // A move keeps the delegates (and so the focus on the moved option's button).
    beginMoveRows({}, top + 1, top + 1, {}, top);
    m_order.swapItemsAt(row, other);
    endMoveRows();
    emit dataChanged(index(top), index(top + 1), {PositionRole, FirstRole, LastRole});
    m_moved = true;
    touched();
    return true;
}

bool RankingModel::moveUp(int row) { return swap(row, row - 1); }
bool RankingModel::moveDown(int row) { return swap(row, row + 1); }

QJsonObject RankingModel::payloadJson() const
{
    return answers::Ranking{m_order}.toJson();
}

QStringList RankingModel::spokenItems(int first, int end) const
{
    //: Read aloud on the ranking screen, before the options in their current order
    QStringList out{tr("Zet deze in de volgorde die jij wilt. Het belangrijkste bovenaan. Nu staan ze zo:")};
    for (int row = first; row < end; ++row)
        //: Read aloud on the ranking screen: %1 the place, %2 the option
        out << tr("%1: %2").arg(row + 1).arg(rowText(row, NameRole));
    return out;
}

} // namespace samenspraak
