#include "sessioncontroller.h"

#include "appcontext.h"
#include "answers.h"

namespace samenspraak {

using namespace protocol;

SessionController::SessionController(AppContext &context, QObject *parent) : QObject(parent), m_context(context) {}

void SessionController::setChannel(const QString &channel)
{
    if (!Channels.contains(channel) || channel == m_channel)
        return;
    m_channel = channel;
    emit channelChanged();
}

bool SessionController::fail(const QString &message)
{
    m_lastError = message;
    emit lastErrorChanged();
    return false;
}

bool SessionController::begin()
{
    end();
    SessionRecord s{newId(), m_channel, m_context.store().setting(QStringLiteral("workshop")), m_context.pack().version,
                    m_context.language(), nowIso()};
    if (StoreError e = m_context.store().saveSession(s))
        return fail(e.message);
    m_session = s;
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        emit lastErrorChanged();
    }
    emit activeChanged();
    return true;
}

bool SessionController::submit(const QString &activityId, const QVariantMap &payload)
{
    return submitJson(activityId, QJsonObject::fromVariantMap(payload));
}

bool SessionController::submitJson(const QString &activityId, const QJsonObject &payload)
{
    if (!active() && !begin())
        return false;
    const ContentPack &pack = m_context.pack();
    const Activity *activity = pack.activity(activityId);
    if (!activity)
        return fail(QStringLiteral("Unknown activity '%1'.").arg(activityId));
    if (const QString problem = answers::validate(pack, *activity, payload); !problem.isEmpty())
        return fail(problem);
    ContributionRecord c{newId(), m_session.id, activityId, activity->kind, pack.version, payload, nowIso(), 0,
                         m_lastContributionByActivity.value(activityId)};
    if (StoreError e = m_context.store().saveContribution(c))
        return fail(e.message);
    m_lastContributionByActivity.insert(activityId, c.id);
    m_answers.insert(activityId, payload);
    ++m_savedCount;
    if (!m_lastError.isEmpty()) {
        m_lastError.clear();
        emit lastErrorChanged();
    }
    emit savedCountChanged();
    emit saved(activityId);
    return true;
}

void SessionController::end()
{
    const bool wasActive = active();
    m_session = {};
    m_lastContributionByActivity.clear();
    m_answers.clear();
    m_savedCount = 0;
    m_lastError.clear();
    if (wasActive)
        emit activeChanged();
    emit savedCountChanged();
    emit lastErrorChanged();
}

} // namespace samenspraak
