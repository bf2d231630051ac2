#include "dotsmodel.h"

#include "answers.h"
#include "appcontext.h"

#include <numeric>

namespace samenspraak {

DotsModel::DotsModel(QObject *parent) : ActivityModel(parent) {}

void DotsModel::load(const ContentPack &, const Activity &activity)
{
    m_points = activity.dots <= 0;
    m_budget = m_points ? activity.points : activity.dots;
    m_step = m_points ? std::max(1, m_budget / 10) : 1;
    m_ids.clear();
    for (const Option &o : activity.options)
        m_ids << o.id;
    m_amounts.fill(0, m_ids.size());
    emit spentChanged();
}

void DotsModel::restore(const QJsonObject &payload)
{
    const answers::Allocation alloc = answers::Allocation::parse(payload).answer.value_or(answers::Allocation{});
    int total = 0;
    for (int i = 0; i < m_ids.size(); ++i) {
        const int amount = std::clamp(alloc.amounts.value(m_ids.at(i)), 0, m_budget - total);
        m_amounts[i] = amount;
        total += amount;
    }
    refreshRows({AmountRole});
    emit spentChanged();
    touched();
}

int DotsModel::spent() const
{
    return std::accumulate(m_amounts.begin(), m_amounts.end(), 0);
}

QVariant DotsModel::data(const QModelIndex &index, int role) const
{
    AppContext *context = this->context();
    const Activity *a = activity();
    if (!context || !a || !index.isValid() || index.row() >= m_ids.size())
        return {};
    switch (role) {
    case OptionIdRole: return m_ids.at(index.row());
    case NameRole: return a->options.value(index.row()).label.in(context->language());
    case AmountRole: return m_amounts.at(index.row());
    }
    return {};
}

QHash<int, QByteArray> DotsModel::roleNames() const
{
    return {{OptionIdRole, "optionId"}, {NameRole, "name"}, {AmountRole, "amount"}};
}

void DotsModel::changed(int row)
{
    emit dataChanged(index(row), index(row), {AmountRole});
    emit spentChanged();
    touched();
}

bool DotsModel::add(int row)
{
    if (row < 0 || row >= m_ids.size())
        return false;
    const int amount = std::min(m_step, remaining());
    if (amount <= 0) {
        emit limitReached();
        return false;
    }
    m_amounts[row] += amount;
    changed(row);
    return true;
}

bool DotsModel::remove(int row)
{
    if (row < 0 || row >= m_ids.size() || m_amounts.at(row) == 0)
        return false;
    m_amounts[row] -= std::min(m_step, m_amounts.at(row));
    changed(row);
    return true;
}

QJsonObject DotsModel::payloadJson() const
{
    answers::Allocation alloc;
    for (int i = 0; i < m_ids.size(); ++i)
        if (m_amounts.at(i) > 0)
            alloc.amounts.insert(m_ids.at(i), m_amounts.at(i));
    return alloc.toJson();
}

QStringList DotsModel::spokenItems(int first, int end) const
{
    QStringList out{m_points
                        //: Read aloud on the 100-points screen, before the options; %1 the points to divide
                        ? tr("Verdeel %1 punten over deze onderwerpen:").arg(m_budget)
                        //: Read aloud on the dots screen, before the options; %1 the dots to give
                        : tr("Geef je %1 stippen aan deze onderwerpen:").arg(m_budget)};
    for (int row = first; row < end; ++row)
        out << rowText(row, NameRole);
    return out;
}

} // namespace samenspraak
