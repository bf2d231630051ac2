#include "satisfactionmodel.h"

#include "answers.h"
#include "appcontext.h"

namespace samenspraak {

SatisfactionModel::SatisfactionModel(QObject *parent) : ActivityModel(parent) {}

void SatisfactionModel::load(const ContentPack &, const Activity &)
{
    m_score = 0;
    m_remark.clear();
    emit scoreChanged();
    emit remarkChanged();
}

void SatisfactionModel::restore(const QJsonObject &payload)
{
    const answers::Satisfaction given = answers::Satisfaction::parse(payload).answer.value_or(answers::Satisfaction{});
    setScore(given.score);
    setRemark(given.remark);
}

QString SatisfactionModel::scoreLabel(int score)
{
    switch (score) {
    //: Satisfaction score 1 of 5
    case 1: return tr("Helemaal niet");
    //: Satisfaction score 2 of 5
    case 2: return tr("Niet echt");
    //: Satisfaction score 3 of 5
    case 3: return tr("Een beetje");
    //: Satisfaction score 4 of 5
    case 4: return tr("Grotendeels");
    //: Satisfaction score 5 of 5
    case 5: return tr("Helemaal wel");
    }
    return {};
}

QString SatisfactionModel::remarkPrompt() const
{
    const Activity *a = activity();
    return a ? a->remarkPrompt.in(context()->language()) : QString();
}

QVariant SatisfactionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= 5)
        return {};
    const int score = index.row() + 1;
    switch (role) {
    case ScoreRole: return score;
    case LabelRole: return scoreLabel(score);
    case SelectedRole: return score == m_score;
    }
    return {};
}

QHash<int, QByteArray> SatisfactionModel::roleNames() const
{
    return {{ScoreRole, "score"}, {LabelRole, "label"}, {SelectedRole, "selected"}};
}

void SatisfactionModel::setScore(int score)
{
    const int s = score >= 1 && score <= 5 ? score : 0;
    if (s == m_score)
        return;
    m_score = s;
    refreshRows({SelectedRole});
    emit scoreChanged();
    touched();
}

void SatisfactionModel::setRemark(const QString &remark)
{
    const QString clipped = answers::clipped(remark, MaxRemarkLength);
    if (clipped == m_remark)
        return;
    m_remark = clipped;
    emit remarkChanged();
    touched();
}

QJsonObject SatisfactionModel::payloadJson() const
{
    return answers::Satisfaction{m_score, m_remark}.toJson();
}

QStringList SatisfactionModel::spokenItems(int first, int end) const
{
    //: Read aloud on the satisfaction screen, before the five scores
    QStringList out{tr("Kies 1 tot 5:")};
    for (int row = first; row < end; ++row)
        //: Read aloud for a satisfaction score; %1 the number, %2 its words
        out << tr("%1: %2").arg(row + 1).arg(rowText(row, LabelRole));
    out << remarkPrompt();
    return out;
}

} // namespace samenspraak
