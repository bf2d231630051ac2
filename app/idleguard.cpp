#include "idleguard.h"

#include "uicontext.h"

#include <QElapsedTimer>
#include <QEvent>

namespace samenspraak {

IdleGuard::IdleGuard(QObject *parent) : QObject(parent)
{
    setClock({});
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &IdleGuard::tick);
}

void IdleGuard::setIdleSeconds(int seconds)
{
    if (seconds < 1 || seconds == m_idleSeconds)
        return;
    m_idleSeconds = seconds;
    emit timingChanged();
}

void IdleGuard::setWarningSeconds(int seconds)
{
    if (seconds < 1 || seconds == m_warningSeconds)
        return;
    m_warningSeconds = seconds;
    emit timingChanged();
}

void IdleGuard::setClosingSeconds(int seconds)
{
    if (seconds < 1 || seconds == m_closingSeconds)
        return;
    m_closingSeconds = seconds;
    emit timingChanged();
}

void IdleGuard::setClock(Clock clock)
{
    if (!clock) {
        auto monotonic = std::make_shared<QElapsedTimer>();
        monotonic->start();
        clock = [monotonic] { return monotonic->elapsed(); };
    }
    m_clock = std::move(clock);
    m_lastInput = m_clock();
}

void IdleGuard::setMode(Mode mode)
{
    m_mode = mode;
    m_lastInput = m_clock();
    if (mode == Mode::Off)
        m_timer.stop();
    else if (!m_timer.isActive())
        m_timer.start();
    tick();
}

void IdleGuard::stillHere()
{
    m_lastInput = m_clock();
    if (m_mode != Mode::Off)
        tick();
}

void IdleGuard::update(bool warning, int secondsLeft)
{
    if (warning == m_warning && secondsLeft == m_secondsLeft)
        return;
    m_warning = warning;
    m_secondsLeft = secondsLeft;
    emit changed();
}

void IdleGuard::tick()
{
    const qint64 quiet = m_clock() - m_lastInput;
    auto secondsUntil = [](qint64 ms) { return int((std::max<qint64>(ms, 0) + 999) / 1000); };
    switch (m_mode) {
    case Mode::Off:
        update(false, 0);
        return;
    case Mode::Session: {
        const qint64 warnAt = qint64(m_idleSeconds) * 1000;
        const qint64 endAt = warnAt + qint64(m_warningSeconds) * 1000;
        if (quiet < warnAt) {
            update(false, 0);
            return;
        }
        if (quiet < endAt) {
            update(true, secondsUntil(endAt - quiet));
            return;
        }
        break;
    }
    case Mode::Closing: {
        const qint64 endAt = qint64(m_closingSeconds) * 1000;
        if (quiet < endAt) {
            update(false, secondsUntil(endAt - quiet));
            return;
        }
        break;
    }
    }
    // Time is up. Whoever handles expired() sets the next mode; until then stay quiet.
    m_mode = Mode::Off;
    m_timer.stop();
    update(false, 0);
    emit expired();
}

bool IdleGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::KeyPress:
    case QEvent::Wheel:
    case QEvent::InputMethod:
        if (m_mode != Mode::Off)
            stillHere();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace samenspraak
