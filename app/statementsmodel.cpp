#include "statementsmodel.h"

#include "appcontext.h"

namespace samenspraak {

namespace {
const QStringList Answers{QStringLiteral("agree"), QStringLiteral("disagree"), QStringLiteral("pass")};
}

StatementsModel::StatementsModel(QObject *parent) : ActivityModel(parent) {}

void StatementsModel::load(const ContentPack &, const Activity &activity)
{
    m_ids.clear();
    for (const Option &o : activity.options)
        m_ids << o.id;
    m_answers = QStringList(m_ids.size(), QString());
    m_important.fill(false, m_ids.size());
}

void StatementsModel::restore(const QJsonObject &payload)
{
    const QJsonObject answers = payload.value(QStringLiteral("answers")).toObject();
    for (int i = 0; i < m_ids.size(); ++i) {
        const QJsonObject a = answers.value(m_ids.at(i)).toObject();
        const QString answer = a.value(QStringLiteral("answer")).toString();
        m_answers[i] = Answers.contains(answer) ? answer : QString();
        m_important[i] = !m_answers.at(i).isEmpty() && a.value(QStringLiteral("important")).toBool();
    }
    refreshRows({AnswerRole, ImportantRole});
    touched();
}

int StatementsModel::answeredCount() const
{
    return int(std::count_if(m_answers.begin(), m_answers.end(), [](const QString &a) { return !a.isEmpty(); }));
}

QVariant StatementsModel::data(const QModelIndex &index, int role) const
{
    AppContext *context = this->context();
    const Activity *a = activity();
    if (!context || !a || !index.isValid() || index.row() >= m_ids.size())
        return {};
    switch (role) {
    case StatementIdRole: return m_ids.at(index.row());
    case TextRole: return a->options.value(index.row()).label.in(context->language());
    case AnswerRole: return m_answers.at(index.row());
    case ImportantRole: return m_important.at(index.row());
    case NumberRole: return index.row() + 1;
    }
    return {};
}

QHash<int, QByteArray> StatementsModel::roleNames() const
{
    return {{StatementIdRole, "statementId"}, {TextRole, "text"}, {AnswerRole, "answer"},
            {ImportantRole, "important"}, {NumberRole, "number"}};
}

bool StatementsModel::setAnswer(int row, const QString &answer)
{
    if (row < 0 || row >= m_ids.size() || !Answers.contains(answer))
        return false;
    if (m_answers.at(row) == answer) {
        m_answers[row].clear();
        m_important[row] = false;
    } else {
        m_answers[row] = answer;
    }
    emit dataChanged(index(row), index(row), {AnswerRole, ImportantRole});
    touched();
    return true;
}

bool StatementsModel::setImportant(int row, bool important)
{
    if (row < 0 || row >= m_ids.size() || (important && m_answers.at(row).isEmpty()))
        return false;
    if (m_important.at(row) != important) {
        m_important[row] = important;
        emit dataChanged(index(row), index(row), {ImportantRole});
        touched();
    }
    return true;
}

QJsonObject StatementsModel::payloadJson() const
{
    QJsonObject answers;
    for (int i = 0; i < m_ids.size(); ++i)
        if (!m_answers.at(i).isEmpty())
            answers.insert(m_ids.at(i), QJsonObject{{QStringLiteral("answer"), m_answers.at(i)},
                                                    {QStringLiteral("important"), m_important.at(i)}});
    return {{QStringLiteral("answers"), answers}};
}

} // namespace samenspraak
