#include "sessioncontroller.h"

#include "appcontext.h"
#include "answers.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <utility>

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

QString SessionController::prepareOnBehalf(const QString &channel, const QString &formDate)
{
    if (channel != QLatin1String("assisted") && channel != QLatin1String("paper"))
        return QStringLiteral("channel must be assisted or paper, not '%1'").arg(channel);
    OnBehalf next{channel, {}};
    if (channel == QLatin1String("paper") && !formDate.trimmed().isEmpty()) {
        const QDate date = QDate::fromString(formDate.trimmed(), Qt::ISODate);
        const QDate today = QDate::currentDate();
        if (!date.isValid())
            //: Facilitator, typing in a paper form: the date typed is not a date; %1 what was typed
            return tr("'%1' is geen datum. Schrijf de datum zo: 2026-11-24.").arg(formDate.trimmed());
        if (date > today)
            //: Facilitator, typing in a paper form: the form's date lies in the future
            return tr("Deze datum ligt in de toekomst. Kies de datum waarop het formulier is ingevuld.");
        if (date.daysTo(today) > MaxPaperAgeDays)
            //: Facilitator, typing in a paper form: the form's date is more than a year ago (probably a typing error)
            return tr("Deze datum is meer dan een jaar geleden. Kijk de datum na.");
        // A paper form has a day, not a time: the day's noon (local), so it counts on that day.
        if (date != today) {
            const QDateTime noon(date, QTime(12, 0));
            next.startedAt = noon.toOffsetFromUtc(noon.offsetFromUtc()).toString(Qt::ISODateWithMs);
        }
    }
    end();  // the on-behalf session is a new participant
    m_onBehalf = next;
    emit onBehalfChanged();
    return {};
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
    // The on-behalf tag is for the session begun here: end() would forget it with the last one.
    const OnBehalf onBehalf = std::exchange(m_onBehalf, {});
    end();
    m_onBehalf = onBehalf;
    SessionRecord s{newId(), m_onBehalf.channel.isEmpty() ? m_channel : m_onBehalf.channel,
                    m_context.store().setting(QStringLiteral("workshop")), m_context.pack().version, m_context.language(),
                    m_onBehalf.startedAt.isEmpty() ? nowIso() : m_onBehalf.startedAt};
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
    if (!m_onBehalf.channel.isEmpty()) {
        m_onBehalf = {};
        emit onBehalfChanged();
    }
    emit savedCountChanged();
    emit lastErrorChanged();
}

} // namespace samenspraak
