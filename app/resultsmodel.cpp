#include "resultsmodel.h"

#include "appcontext.h"
#include "contrast.h"
#include "results.h"

namespace samenspraak {

ResultsModel::ResultsModel(QObject *parent) : QAbstractListModel(parent)
{
    if (AppContext *context = AppContext::current())
        connect(context, &AppContext::languageChanged, this, [this] {
            if (!m_rows.isEmpty())
                emit dataChanged(index(0), index(int(m_rows.size()) - 1), {LabelRole});
        });
    refresh();
}

void ResultsModel::setTopValues(int n)
{
    if (n < 0 || n == m_topValues)
        return;
    m_topValues = n;
    refresh();
}

void ResultsModel::refresh()
{
    AppContext *context = AppContext::current();
    beginResetModel();
    m_rows.clear();
    m_participants = context ? context->store().participantCount() : 0;
    if (context) {
        Store &store = context->store();
        const QList<const Activity *> flow = context->pack().flow();
        auto first = [&](const QString &kind) -> const Activity * {
            for (const Activity *a : flow)
                if (a->kind == kind)
                    return a;
            return nullptr;
        };
        if (const Activity *values = first(Kind::Values)) {
            const QList<results::Share> picks = results::valuePicks(store, values->id);
            for (const results::Share &s : picks) {
                if (m_rows.size() >= m_topValues || s.of < results::MinimumAnswers)
                    break;
                if (context->pack().paletteValue(s.id))
                    m_rows.append({QStringLiteral("value"), s.id, values->id, s.percent(), s.count, s.of});
            }
        }
        if (const Activity *statements = first(Kind::Statements)) {
            const QList<results::StatementTally> tallies = results::statements(store, statements->id);
            const results::StatementTally *agreed = nullptr;
            const results::StatementTally *divided = nullptr;
            for (const results::StatementTally &t : tallies) {
                if (t.answered() < results::MinimumAnswers)
                    continue;
                if (!agreed || t.agreePercent() > agreed->agreePercent())
                    agreed = &t;
                if (!divided || std::abs(t.agreePercent() - 50) < std::abs(divided->agreePercent() - 50))
                    divided = &t;
            }
            if (agreed)
                m_rows.append({QStringLiteral("agree"), agreed->id, statements->id, agreed->agreePercent(), agreed->agree,
                               agreed->answered()});
            if (divided && divided != agreed)
                m_rows.append({QStringLiteral("divided"), divided->id, statements->id, divided->agreePercent(),
                               divided->agree, divided->answered()});
        }
    }
    endResetModel();
    emit refreshed();
}

int ResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ResultsModel::data(const QModelIndex &index, int role) const
{
    AppContext *context = AppContext::current();
    if (!context || !index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const ContentPack &pack = context->pack();
    const Option *value = row.kind == QLatin1String("value") ? pack.paletteValue(row.id) : nullptr;
    switch (role) {
    case KindRole: return row.kind;
    case LabelRole:
        if (value)
            return value->label.in(context->language());
        if (const Activity *a = pack.activity(row.activityId))
            for (const Option &o : a->options)
                if (o.id == row.id)
                    return o.label.in(context->language());
        return row.id;
    case PercentRole: return row.percent;
    case CountRole: return row.count;
    case OfRole: return row.of;
    case ColourRole: return value ? QColor(value->colour) : QColor();
    case TextColourRole: return value ? readableTextOn(QColor(value->colour)) : QColor();
    }
    return {};
}

QHash<int, QByteArray> ResultsModel::roleNames() const
{
    return {{KindRole, "kind"}, {LabelRole, "label"}, {PercentRole, "percent"}, {CountRole, "count"},
            {OfRole, "of"}, {ColourRole, "colour"}, {TextColourRole, "textColour"}};
}

} // namespace samenspraak
