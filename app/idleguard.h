#pragma once
// Kiosk inactivity (WCAG 2.2.1 "timing adjustable"): after a quiet spell the screen asks
// "Ben je er nog?" with a visible countdown and a button to go on; when the countdown runs
// out, expired() ends the session so the next person sees nothing of this one. On the
// thank-you screen the countdown runs at once and simply returns to the start.
//
// Any touch, click or key press anywhere counts as "still here" (an event filter on the
// application). Time comes from a clock that tests replace.

#include <QObject>
#include <QTimer>

#include <functional>


namespace samenspraak {

class IdleGuard : public QObject {
    Q_OBJECT
    Q_PROPERTY(bool warning READ warning NOTIFY changed)
    // During the warning, or on the thank-you screen: whole seconds until expired().
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY changed)
    Q_PROPERTY(int idleSeconds READ idleSeconds WRITE setIdleSeconds NOTIFY timingChanged)
    Q_PROPERTY(int warningSeconds READ warningSeconds WRITE setWarningSeconds NOTIFY timingChanged)
    Q_PROPERTY(int closingSeconds READ closingSeconds WRITE setClosingSeconds NOTIFY timingChanged)

public:
    enum class Mode {
        Off,      // the attract screen: nobody to wait for
        Session,  // someone is answering: warn, then expire
        Closing,  // the thank-you screen: count down, then expire
    };
    using Clock = std::function<qint64()>;  // milliseconds, monotonic

    // No default argument on purpose: Qt 6.4 builds a default-constructible singleton itself
    // instead of calling create(), and QML would get a second, idle guard of its own.
    explicit IdleGuard(QObject *parent);

    bool warning() const { return m_warning; }
    int secondsLeft() const { return m_secondsLeft; }
    int idleSeconds() const { return m_idleSeconds; }
    void setIdleSeconds(int seconds);
    int warningSeconds() const { return m_warningSeconds; }
    void setWarningSeconds(int seconds);
    int closingSeconds() const { return m_closingSeconds; }
    void setClosingSeconds(int seconds);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    // An empty clock puts the system's monotonic clock back.
    void setClock(Clock clock);

    // The participant is there (the warning's button; every input event calls it too).
    Q_INVOKABLE void stillHere();
    // Looks at the clock; the timer calls it four times a second, tests call it directly.
    void tick();

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void changed();
    void timingChanged();
    void expired();

private:
    void update(bool warning, int secondsLeft);

    Clock m_clock;
    QTimer m_timer;
    Mode m_mode = Mode::Off;
    qint64 m_lastInput = 0;
    bool m_warning = false;
    int m_secondsLeft = 0;
    // WCAG 2.2.1 asks for at least 20 seconds to answer the warning.
    int m_idleSeconds = 60;
    int m_warningSeconds = 30;
    int m_closingSeconds = 20;
};

} // namespace samenspraak
