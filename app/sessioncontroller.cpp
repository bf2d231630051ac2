#include "sessioncontroller.h"

#include "appcontext.h"
#include "answers.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "samenspraak.session", QtInfoMsg)

namespace samenspraak {

using namespace protocol;

SessionController::SessionController(AppContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    // The resident's sentence is translated when read: once the new translator is in place
    // (queued, after the UI swapped it), an error on screen follows the language.
    connect(&context, &AppContext::languageChanged, this, [this] {
        if (m_failure != Failure::None)
            emit lastErrorChanged();
    }, Qt::QueuedConnection);
}

void SessionController::setChannel(const QString &channel)
{
    if (!Channels.contains(channel) || channel == m_channel)
        return;
    m_channel = channel;
    emit channelChanged();
}

bool SessionController::fail(Failure failure, const QString &message)
{
    qCWarning(lcSession) << "not saved:" << message;
    m_failure = failure;
    m_lastError = message;
    emit lastErrorChanged();
    return false;
}

void SessionController::clearError()
{
    if (m_failure == Failure::None && m_lastError.isEmpty())
        return;
    m_failure = Failure::None;
    m_lastError.clear();
    emit lastErrorChanged();
}

QString SessionController::residentError() const
{
    switch (m_failure) {
    case Failure::None:
        return {};
    case Failure::Start:
        //: Shown to the participant when a new session could not be started on the device
        return tr("Meedoen lukt nu niet. Meld dit bij een medewerker.");
    case Failure::Answer:
        //: Shown to the participant when their answer does not fit the question (should not happen)
        return tr("Dit antwoord kunnen we zo niet bewaren. Verander je antwoord of tik op Sla over.");
    case Failure::Storage:
        //: Shown to the participant when the device could not save their answer (disk full, broken storage)
        return tr("Dit antwoord is niet bewaard. Je eerdere antwoorden zijn wel bewaard. Meld dit bij een medewerker.");
    }
    return {};
}

bool SessionController::begin()
{
    end();
    SessionRecord s{newId(), m_channel, m_context.store().setting(QStringLiteral("workshop")), m_context.pack().version,
                    m_context.language(), nowIso()};
    if (StoreError e = m_context.store().saveSession(s))
        return fail(Failure::Start, e.message);
    m_session = s;
    clearError();
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
        return fail(Failure::Answer, QStringLiteral("Unknown activity '%1'.").arg(activityId));
    if (const QString problem = answers::validate(pack, *activity, payload); !problem.isEmpty())
        return fail(Failure::Answer, problem);
    ContributionRecord c{newId(), m_session.id, activityId, activity->kind, pack.version, payload, nowIso(), 0,
                         m_lastContributionByActivity.value(activityId)};
    if (StoreError e = m_context.store().saveContribution(c))
        return fail(Failure::Storage, e.message);
    m_lastContributionByActivity.insert(activityId, c.id);
    m_answers.insert(activityId, payload);
    ++m_savedCount;
    clearError();
    emit savedCountChanged();
    emit saved(activityId);
    return true;
}

void SessionController::end()
{
    const bool wasActive = active();
    // From now on their acknowledged free text and profile may be removed (Store::purge). If
    // this fails (storage full), the session counts as ended after Store::MaxSessionHours.
    if (wasActive)
        if (StoreError e = m_context.store().endSession(m_session.id))
            qCWarning(lcStore) << "could not mark the session as ended:" << e.message;
    m_session = {};
    m_lastContributionByActivity.clear();
    m_answers.clear();
    m_savedCount = 0;
    m_failure = Failure::None;
    m_lastError.clear();
    if (wasActive)
        emit activeChanged();
    emit savedCountChanged();
    emit lastErrorChanged();
}

} // namespace samenspraak
