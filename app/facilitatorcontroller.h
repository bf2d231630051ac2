#pragma once
// The facilitator (begeleider) menu behind a long press and a PIN: device status, kiosk or
// workshop mode, the default language, "send now". The PIN is kept as a salted PBKDF2 hash
// in the store's settings; wrong PINs lock the menu with a growing delay, enforced here and
// remembered across restarts (pulling the plug does not reset it).

#include <QObject>
#include <QTimer>

#include <functional>


namespace samenspraak {

class AppContext;

class FacilitatorController : public QObject {
    Q_OBJECT
    // The PIN pad (and, once unlocked, the menu) is on screen.
    Q_PROPERTY(bool open READ isOpen NOTIFY openChanged)
    Q_PROPERTY(bool unlocked READ unlocked NOTIFY unlockedChanged)
    // Seconds before another PIN may be tried (0: now).
    Q_PROPERTY(int lockoutSeconds READ lockoutSeconds NOTIFY lockoutChanged)
    Q_PROPERTY(int failures READ failures NOTIFY lockoutChanged)
    // Wrong PINs still possible before the menu locks for a while.
    Q_PROPERTY(int attemptsLeft READ attemptsLeft NOTIFY lockoutChanged)
    // The last PIN typed on the pad was wrong (cleared when the pad opens or closes).
    Q_PROPERTY(bool lastPinWrong READ lastPinWrong NOTIFY lockoutChanged)
    Q_PROPERTY(int pinMinLength READ pinMinLength CONSTANT)
    Q_PROPERTY(int pinMaxLength READ pinMaxLength CONSTANT)
    Q_PROPERTY(QString mode READ mode WRITE setMode NOTIFY modeChanged)
    Q_PROPERTY(QString defaultLanguage READ defaultLanguage WRITE setDefaultLanguage NOTIFY defaultLanguageChanged)
    Q_PROPERTY(QString contentVersion READ contentVersion NOTIFY statusChanged)
    Q_PROPERTY(QString appVersion READ appVersion CONSTANT)
    // The id changes when the device is enrolled (the server may give it one).
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY statusChanged)
    Q_PROPERTY(QString storageFree READ storageFree NOTIFY statusChanged)
    Q_PROPERTY(int participants READ participants NOTIFY statusChanged)
    // A short sentence after an action (saved, refused), for the menu to show.
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)

public:
    enum PinResult { Accepted, Wrong, LockedOut };
    Q_ENUM(PinResult)

    static constexpr int FreeAttempts = 3;            // wrong PINs before the first lockout
    static constexpr int FirstLockoutSeconds = 30;    // doubles with every further wrong PIN
    static constexpr int MaxLockoutSeconds = 15 * 60;
    // Documented in README.md ("At the kiosk"): change it in the menu before use.
    static inline const QString DefaultPin = QStringLiteral("2040");

    using Clock = std::function<qint64()>;  // wall clock, ms since the epoch

    explicit FacilitatorController(AppContext &context, QObject *parent = nullptr);

    bool isOpen() const { return m_open; }
    bool lastPinWrong() const { return m_lastPinWrong; }
    bool unlocked() const { return m_unlocked; }
    int lockoutSeconds() const;
    int failures() const;
    int attemptsLeft() const;
    int pinMinLength() const { return 4; }
    int pinMaxLength() const { return 8; }
    QString mode() const;
    void setMode(const QString &mode);
    QString defaultLanguage() const;
    void setDefaultLanguage(const QString &language);
    QString contentVersion() const;
    QString appVersion() const;
    QString deviceId() const;
    QString storageFree() const;
    int participants() const;
    QString message() const { return m_message; }

    // The long press on the attract screen's corner: shows the PIN pad.
    Q_INVOKABLE void showPinPad();
    Q_INVOKABLE PinResult unlock(const QString &pin);
    // Closes the menu (or the PIN pad) and locks it.
    Q_INVOKABLE void lock();
    // Only while unlocked: the current PIN again, and a new one of 4 to 8 digits, twice.
    Q_INVOKABLE bool changePin(const QString &currentPin, const QString &newPin, const QString &repeatedPin);
    // Re-reads the device status.
    Q_INVOKABLE void refresh() { emit statusChanged(); }
    // A stored ISO time as people read it, e.g. "12-03-2026 14:05"; "nog nooit" when empty.
    Q_INVOKABLE QString formatTime(const QString &iso) const;

    // An empty clock puts the system's wall clock back.
    void setClock(Clock clock);
    static int lockoutAfter(int failures);  // seconds of lockout after this many wrong PINs

signals:
    void openChanged();
    void unlockedChanged();
    void lockoutChanged();
    void modeChanged();
    void defaultLanguageChanged();
    void statusChanged();
    void messageChanged();

private:
    QString setting(const QString &key, const QString &fallback = {}) const;
    QString storedPin();
    bool save(const QString &key, const QString &value);
    void say(const QString &message);
    qint64 lockedUntil() const;

    AppContext &m_context;
    Clock m_clock;
    QTimer m_countdown;  // ticks the lockout countdown on screen
    bool m_open = false;
    bool m_lastPinWrong = false;
    bool m_unlocked = false;
    QString m_message;
};

} // namespace samenspraak
