#include "activitymodel.h"

#include "appcontext.h"
#include "readaloud.h"
#include "sessioncontroller.h"

namespace samenspraak {

ActivityModel::ActivityModel(QObject *parent) : DeviceModel(parent) {}

void ActivityModel::contextChanged()
{
    if (!m_activityId.isEmpty())
        reload(true);
}

void ActivityModel::languageChanged()
{
    emit textsChanged();
    refreshRows(textRoles());
}

const Activity *ActivityModel::activity() const
{
    AppContext *c = context();
    return c ? c->pack().activity(m_activityId) : nullptr;
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : rows();
}

void ActivityModel::setActivityId(const QString &id)
{
    if (id == m_activityId)
        return;
    m_activityId = id;
    reload(true);
    emit activityIdChanged();
    emit textsChanged();
}

QString ActivityModel::kind() const
{
    const Activity *a = activity();
    return a ? a->kind : QString();
}

QString ActivityModel::title() const
{
    const Activity *a = activity();
    return a ? a->title.in(context()->language()) : QString();
}

QString ActivityModel::prompt() const
{
    const Activity *a = activity();
    return a ? a->prompt.in(context()->language()) : QString();
}

void ActivityModel::reload(bool restoreSaved)
{
    beginResetModel();
    const Activity *a = activity();
    if (a)
        load(context()->pack(), *a);
    endResetModel();
    // The participant came back to this screen: show what they answered before.
    if (a && restoreSaved) {
        const QJsonObject earlier = context()->sessions().answerJson(m_activityId);
        if (!earlier.isEmpty())
            restore(earlier);
    }
    emit countChanged();
    emit answerChanged();
}

void ActivityModel::refreshRows(const QList<int> &roles)
{
    if (rows() > 0)
        emit dataChanged(index(0), index(rows() - 1), roles);
}

QString ActivityModel::spokenText(int first, int count) const
{
    const int items = itemCount();
    const int begin = qBound(0, first, items);
    const int end = count < 0 ? items : qBound(begin, begin + count, items);
    return spokenSentences(QStringList{title(), prompt()} + spokenItems(begin, end));
}

void ActivityModel::clear()
{
    reload(false);
}

bool ActivityModel::submit()
{
    AppContext *c = context();
    if (!c || !activity())
        return false;
    SessionController &sessions = c->sessions();
    if (!answered() && emptyAnswerSkips())
        return true;
    const QJsonObject payload = payloadJson();
    // Back and forth without a change records nothing new.
    if (sessions.active() && !payload.isEmpty() && sessions.answerJson(m_activityId) == payload)
        return true;
    return sessions.submitJson(m_activityId, payload);
}

} // namespace samenspraak
