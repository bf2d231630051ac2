#include "flowcontroller.h"

#include "appcontext.h"
#include "contentservice.h"
#include "sessioncontroller.h"
#include "uicontext.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcFlow, "samenspraak.flow", QtInfoMsg)

namespace samenspraak {

namespace {
const QString FollowUpScreen = QStringLiteral("followup");
}

FlowController::FlowController(AppContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    build();
    connect(this, &FlowController::stepChanged, this, &FlowController::progressTextChanged);
    // The line is translated in C++: announce it at once, and again once the UI's translator for
    // the new language is in place (it listens to the same signal, after this controller).
    connect(&context, &AppContext::languageChanged, this, &FlowController::progressTextChanged);
    connect(&context, &AppContext::languageChanged, this, &FlowController::progressTextChanged, Qt::QueuedConnection);
    // A newer pack is adopted only between participants; the steps follow it.
    connect(&context, &AppContext::packChanged, this, [this] {
        build();
        m_step = std::min(m_step, int(m_steps.size()) - 1);
        if (m_context.pack().followUp.isEmpty())
            m_aside.clear();
        emit stepChanged();
    });
}

void FlowController::build()
{
    m_steps.clear();
    m_steps.append({QStringLiteral("attract"), {}, {}});
    m_steps.append({QStringLiteral("welcome"), {}, {}});
    // Who asks, for what, and for how long, before the first question (AVG art. 13).
    if (!m_context.pack().privacy.isEmpty())
        m_steps.append({QStringLiteral("privacy"), {}, {}});
    QString phase;
    for (const Activity *a : m_context.pack().flow()) {
        // Each open phase is introduced once; the closing profile and satisfaction are not
        // part of a phase's questions, so they get no intro of their own.
        const bool closing = Kind::isSessionLevel(a->kind);
        if (!closing && !m_roomActivities.isEmpty() && !m_roomActivities.contains(a->id))
            continue;
        if (!closing && a->phase != phase) {
            phase = a->phase;
            m_steps.append({QStringLiteral("intro"), {}, phase});
        }
        m_steps.append({a->kind, a->id, a->phase, closing});
    }
    m_steps.append({QStringLiteral("thanks"), {}, {}});
}

QString FlowController::defaultLanguage() const
{
    return m_context.store().setting(QStringLiteral("default_language"), QStringLiteral("nl"));
}

int FlowController::activityNumber() const
{
    if (current().activityId.isEmpty())
        return 0;
    int n = 0;
    for (int i = 0; i <= m_step; ++i)
        n += m_steps.at(i).activityId.isEmpty() ? 0 : 1;
    return n;
}

int FlowController::activityCount() const
{
    return int(std::count_if(m_steps.begin(), m_steps.end(), [](const Step &s) { return !s.activityId.isEmpty(); }));
}

QString FlowController::partOf(const Step &step) const
{
    if (step.activityId.isEmpty() && step.screen != QLatin1String("intro"))
        return {};
    return step.closing ? QStringLiteral(" closing") : step.phaseId;
}

QString FlowController::progressText() const
{
    const QString part = partOf(current());
    if (part.isEmpty())
        return {};
    QStringList parts;
    int question = 0;
    int questions = 0;
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step &s = m_steps.at(i);
        const QString p = partOf(s);
        if (p.isEmpty())
            continue;
        if (!parts.contains(p))
            parts << p;
        if (p == part && !s.activityId.isEmpty()) {
            ++questions;
            if (i <= m_step)
                question = questions;
        }
    }
    const int partNumber = int(parts.indexOf(part)) + 1;
    if (current().activityId.isEmpty())
        //: Progress along the top on a part's introduction; %1 this part, %2 how many parts
        return tr("Deel %1 van %2").arg(partNumber).arg(parts.size());
    //: Progress along the top; %1 this part, %2 how many parts, %3 this question within the part, %4 the questions in this part
    return tr("Deel %1 van %2 · vraag %3 van %4").arg(partNumber).arg(parts.size()).arg(question).arg(questions);
}

bool FlowController::inSession() const
{
    return m_step > 0 && m_step < m_steps.size() - 1;
}

void FlowController::setTextScale(double scale)
{
    const double clamped = std::clamp(scale, 1.0, 2.0);
    if (qFuzzyCompare(clamped, m_textScale))
        return;
    m_textScale = clamped;
    emit textScaleChanged();
}

bool FlowController::virtualKeyboard() const
{
    return qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard";
}

QStringList FlowController::screens() const
{
    QStringList out;
    for (const Step &s : m_steps)
        if (!out.contains(s.screen))
            out << s.screen;
    if (!m_context.pack().followUp.isEmpty())
        out << FollowUpScreen;
    return out;
}

void FlowController::go(int step)
{
    cancelStop();
    step = std::clamp(step, 0, int(m_steps.size()) - 1);
    const bool leavesAside = !m_aside.isEmpty();
    m_aside.clear();
    if (step == m_step && !leavesAside)
        return;
    m_step = step;
    qCDebug(lcFlow) << "step" << m_step << current().screen << current().activityId;
    emit stepChanged();
}

void FlowController::start()
{
    if (m_step == 0)
        go(1);
}

void FlowController::showFollowUp()
{
    if (m_step != 0 || !m_aside.isEmpty() || m_context.pack().followUp.isEmpty())
        return;
    m_aside = FollowUpScreen;
    qCDebug(lcFlow) << "aside" << m_aside;
    emit stepChanged();
}

void FlowController::next()
{
    if (m_step == m_steps.size() - 1) {
        reset();
        return;
    }
    go(m_step + 1);
}

void FlowController::back()
{
    if (m_step <= 1) {
        reset();
        return;
    }
    if (m_step == m_steps.size() - 1)
        return;  // the answers are in; the thank-you screen only goes forward
    go(m_step - 1);
}

void FlowController::askStop()
{
    if (!inSession() || m_stopAsked)
        return;
    m_stopAsked = true;
    emit stopAskedChanged();
}

void FlowController::cancelStop()
{
    if (!m_stopAsked)
        return;
    m_stopAsked = false;
    emit stopAskedChanged();
}

void FlowController::stop()
{
    cancelStop();
    if (m_context.sessions().hasAnswers())
        go(int(m_steps.size()) - 1);
    else
        reset();
}

void FlowController::reset()
{
    const bool hadSession = m_context.sessions().active();
    m_context.sessions().end();
    m_context.setLanguage(defaultLanguage());
    setTextScale(1.0);
    m_step = -1;  // always announce the change, even from the attract screen
    go(0);
    if (hadSession) {
        m_context.content().refreshParticipantCount();
        emit participantLeft();
    }
    emit sessionReset();
}

void FlowController::setRoomActivities(const QStringList &activityIds)
{
    if (activityIds == m_roomActivities)
        return;
    m_roomActivities = activityIds;
    const QString screen = current().screen, at = current().activityId;
    build();
    // Stay on the same activity when it is still asked.
    m_step = std::min(m_step, int(m_steps.size()) - 1);
    if (!at.isEmpty() && jumpTo(screen, at))
        return;
    emit stepChanged();
}

bool FlowController::jumpTo(const QString &screen, const QString &id)
{
    for (int i = 0; i < m_steps.size(); ++i) {
        const Step &s = m_steps.at(i);
        if (s.screen == screen && (id.isEmpty() || s.activityId == id || s.phaseId == id)) {
            go(i);
            return true;
        }
    }
    return false;
}

} // namespace samenspraak
