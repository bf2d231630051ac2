#include "dilemmamodel.h"

#include "answers.h"
#include "appcontext.h"

namespace samenspraak {

DilemmaModel::DilemmaModel(QObject *parent) : ActivityModel(parent)
{
    connect(this, &ActivityModel::textsChanged, this, &DilemmaModel::positionChanged);
}

void DilemmaModel::load(const ContentPack &, const Activity &activity)
{
    m_steps = activity.steps;
    m_position = -1;
    emit positionChanged();
}

void DilemmaModel::restore(const QJsonObject &payload)
{
    const int p = answers::Dilemma::parse(payload).answer.value_or(answers::Dilemma{}).position;
    setPosition(p >= 0 && p < m_steps ? p : -1);
}

QString DilemmaModel::leftLabel() const
{
    const Activity *a = activity();
    return a ? a->left.in(context()->language()) : QString();
}

QString DilemmaModel::rightLabel() const
{
    const Activity *a = activity();
    return a ? a->right.in(context()->language()) : QString();
}

QString DilemmaModel::describe(int position) const
{
    if (position < 0 || position >= m_steps)
        //: Dilemma slider: nothing chosen yet
        return tr("Nog niets gekozen");
    // Odd steps have a middle position; the others lean to a side by their distance from it.
    const bool hasMiddle = m_steps % 2 == 1;
    const int half = m_steps / 2;
    if (hasMiddle && position == half)
        //: Dilemma slider: the participant chose the exact middle
        return tr("Precies in het midden");
    const bool left = position < half;
    const QString pole = left ? leftLabel() : rightLabel();
    const int distance = left ? half - position : position - half + (hasMiddle ? 0 : 1);
    const int outermost = half;
    if (distance >= outermost)
        //: Dilemma slider, an outermost position; %1 is the pole's text
        return tr("Helemaal voor: %1").arg(pole);
    if (distance == 1)
        //: Dilemma slider, next to the middle; %1 is the pole's text
        return tr("Een beetje voor: %1").arg(pole);
    //: Dilemma slider, between the middle and the end; %1 is the pole's text
    return tr("Duidelijk voor: %1").arg(pole);
}

QVariant DilemmaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps)
        return {};
    switch (role) {
    case PositionRole: return index.row();
    case SelectedRole: return index.row() == m_position;
    case DescriptionRole: return describe(index.row());
    }
    return {};
}

QHash<int, QByteArray> DilemmaModel::roleNames() const
{
    return {{PositionRole, "position"}, {SelectedRole, "selected"}, {DescriptionRole, "description"}};
}

void DilemmaModel::setPosition(int position)
{
    const int p = position >= 0 && position < m_steps ? position : -1;
    if (p == m_position)
        return;
    m_position = p;
    refreshRows({SelectedRole});
    emit positionChanged();
    touched();
}

QJsonObject DilemmaModel::payloadJson() const
{
    return answers::Dilemma{m_position}.toJson();
}

QStringList DilemmaModel::spokenItems(int, int) const
{
    //: Read aloud on a dilemma screen: %1 the left pole, %2 the right pole
    return {tr("Aan de ene kant: %1. Aan de andere kant: %2. Tik op de lijn waar jij staat.").arg(leftLabel(), rightLabel())};
}

} // namespace samenspraak
