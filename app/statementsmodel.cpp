#include "statementsmodel.h"

#include "answers.h"
#include "appcontext.h"

namespace samenspraak {

namespace {
bool isChoice(const QString &name) { return answers::Statements::choiceFrom(name).has_value(); }
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
    const answers::Statements given = answers::Statements::parse(payload).answer.value_or(answers::Statements{});
    for (int i = 0; i < m_ids.size(); ++i) {
        const auto it = given.answers.constFind(m_ids.at(i));
        const bool known = it != given.answers.constEnd();
        m_answers[i] = known ? answers::Statements::choiceName(it->choice) : QString();
        m_important[i] = known && it->important;
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
    if (row < 0 || row >= m_ids.size() || !isChoice(answer))
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
    answers::Statements out;
    for (int i = 0; i < m_ids.size(); ++i)
        if (const auto choice = answers::Statements::choiceFrom(m_answers.at(i)))
            out.answers.insert(m_ids.at(i), {*choice, m_important.at(i)});
    return out.toJson();
}

QStringList StatementsModel::spokenItems(int first, int end) const
{
    QStringList out;
    for (int row = first; row < end; ++row) {
        //: Read aloud before a statement; %1 its number, %2 how many there are
        out << tr("Stelling %1 van %2:").arg(row + 1).arg(rows());
        out << QStringLiteral("“%1”").arg(rowText(row, TextRole));
    }
    //: Read aloud after a statement: the answers one can give
    out << tr("Kies: eens, oneens of geen mening.");
    return out;
}

} // namespace samenspraak
