#include "profilemodel.h"

#include "answers.h"
#include "appcontext.h"

namespace samenspraak {

ProfileModel::ProfileModel(QObject *parent) : ActivityModel(parent) {}

void ProfileModel::load(const ContentPack &, const Activity &activity)
{
    m_ids.clear();
    for (const ProfileQuestion &q : activity.questions)
        m_ids << q.id;
    m_answers = QStringList(m_ids.size(), QString());
}

void ProfileModel::restore(const QJsonObject &payload)
{
    const answers::Profile given = answers::Profile::parse(payload).answer.value_or(answers::Profile{});
    const Activity *a = activity();
    for (int i = 0; i < m_ids.size(); ++i) {
        const QString chosen = given.answers.value(m_ids.at(i));
        const auto &options = a->questions.at(i).options;
        const bool known = std::any_of(options.begin(), options.end(), [&](const Option &o) { return o.id == chosen; });
        m_answers[i] = known ? chosen : QString();
    }
    refreshRows({AnswerRole, OptionsRole});
    touched();
}

int ProfileModel::answeredCount() const
{
    return int(std::count_if(m_answers.begin(), m_answers.end(), [](const QString &a) { return !a.isEmpty(); }));
}

QVariant ProfileModel::data(const QModelIndex &index, int role) const
{
    AppContext *context = this->context();
    const Activity *a = activity();
    if (!context || !a || !index.isValid() || index.row() >= m_ids.size())
        return {};
    const ProfileQuestion &q = a->questions.at(index.row());
    switch (role) {
    case QuestionIdRole: return q.id;
    case QuestionRole: return q.label.in(context->language());
    case AnswerRole: return m_answers.at(index.row());
    case NumberRole: return index.row() + 1;
    case FirstOptionRole: {
        int first = 0;
        for (int row = 0; row < index.row(); ++row)
            first += int(a->questions.at(row).options.size());
        return first;
    }
    case OptionsRole: {
        QVariantList out;
        for (const Option &o : q.options)
            out << QVariantMap{{QStringLiteral("id"), o.id}, {QStringLiteral("name"), o.label.in(context->language())},
                               {QStringLiteral("selected"), o.id == m_answers.at(index.row())}};
        return out;
    }
    }
    return {};
}

QHash<int, QByteArray> ProfileModel::roleNames() const
{
    return {{QuestionIdRole, "questionId"}, {QuestionRole, "question"}, {OptionsRole, "options"},
            {AnswerRole, "answer"}, {NumberRole, "number"}, {FirstOptionRole, "firstOption"}};
}

bool ProfileModel::choose(int row, const QString &optionId)
{
    const Activity *a = activity();
    if (!a || row < 0 || row >= m_ids.size())
        return false;
    const auto &options = a->questions.at(row).options;
    if (!std::any_of(options.begin(), options.end(), [&](const Option &o) { return o.id == optionId; }))
        return false;
    m_answers[row] = m_answers.at(row) == optionId ? QString() : optionId;
    emit dataChanged(index(row), index(row), {AnswerRole, OptionsRole});
    touched();
    return true;
}

QJsonObject ProfileModel::payloadJson() const
{
    answers::Profile out;
    for (int i = 0; i < m_ids.size(); ++i)
        if (!m_answers.at(i).isEmpty())
            out.answers.insert(m_ids.at(i), m_answers.at(i));
    return out.toJson();
}

int ProfileModel::optionCount() const
{
    const Activity *a = activity();
    int n = 0;
    if (a)
        for (const ProfileQuestion &q : a->questions)
            n += int(q.options.size());
    return n;
}

QStringList ProfileModel::spokenItems(int first, int end) const
{
    QStringList out;
    for (int row = 0; row < rows(); ++row) {
        const int firstOption = data(index(row), FirstOptionRole).toInt();
        const QVariantList all = data(index(row), OptionsRole).toList();
        QStringList options;
        for (int i = 0; i < all.size(); ++i)
            if (firstOption + i >= first && firstOption + i < end)
                options << all.at(i).toMap().value(QStringLiteral("name")).toString();
        if (options.isEmpty())
            continue;
        out << rowText(row, QuestionRole);
        //: Read aloud after a profile question; %1 the answers one can choose
        out << tr("Je kunt kiezen uit: %1. Deze vraag mag je overslaan.").arg(options.join(QStringLiteral(", ")));
    }
    return out;
}

} // namespace samenspraak
