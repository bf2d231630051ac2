#include "facilitatorcontroller.h"

#include "appcontext.h"
#include "pin.h"
#include "sessioncontroller.h"
#include "uicontext.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStorageInfo>

Q_LOGGING_CATEGORY(lcFacilitator, "samenspraak.facilitator")

namespace samenspraak {

namespace {
const QString PinKey = QStringLiteral("facilitator_pin");
const QString FailuresKey = QStringLiteral("facilitator_failures");
const QString LockedUntilKey = QStringLiteral("facilitator_locked_until");
const QString ModeKey = QStringLiteral("mode");
const QString LanguageKey = QStringLiteral("default_language");
} // namespace

FacilitatorController::FacilitatorController(AppContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_context.sessions().setChannel(mode());
    connect(&context, &AppContext::packChanged, this, &FacilitatorController::statusChanged);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, [this] {
        if (lockoutSeconds() == 0)
            m_countdown.stop();
        emit lockoutChanged();
    });
    if (lockoutSeconds() > 0)
        m_countdown.start();
}

void FacilitatorController::setClock(Clock clock)
{
    m_clock = clock ? std::move(clock) : Clock([] { return QDateTime::currentMSecsSinceEpoch(); });
    emit lockoutChanged();
}

QString FacilitatorController::storedPin()
{
    // A fresh device keeps the default PIN, hashed like any other (on first use: hashing
    // takes a moment the app's start should not wait for).
    QString stored = setting(PinKey);
    if (stored.isEmpty()) {
        stored = pin::hash(DefaultPin, pin::newSalt());
        save(PinKey, stored);
    }
    return stored;
}

QString FacilitatorController::setting(const QString &key, const QString &fallback) const
{
    return m_context.store().setting(key, fallback);
}

bool FacilitatorController::save(const QString &key, const QString &value)
{
    if (StoreError e = m_context.store().setSetting(key, value)) {
        qCWarning(lcFacilitator) << "could not save" << key << e.message;
        say(e.message);
        return false;
    }
    return true;
}

void FacilitatorController::say(const QString &message)
{
    m_message = message;
    emit messageChanged();
}

int FacilitatorController::lockoutAfter(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int doublings = std::min(failures - FreeAttempts, 16);
    return std::min(FirstLockoutSeconds << doublings, MaxLockoutSeconds);
}

int FacilitatorController::failures() const
{
    return setting(FailuresKey, QStringLiteral("0")).toInt();
}

int FacilitatorController::attemptsLeft() const
{
    return failures() < FreeAttempts ? FreeAttempts - failures() : 1;
}

qint64 FacilitatorController::lockedUntil() const
{
    const qint64 until = setting(LockedUntilKey, QStringLiteral("0")).toLongLong();
    // A clock set back must not lock the menu for longer than the longest lockout.
    return std::min(until, m_clock() + qint64(MaxLockoutSeconds) * 1000);
}

int FacilitatorController::lockoutSeconds() const
{
    const qint64 left = lockedUntil() - m_clock();
    return left > 0 ? int((left + 999) / 1000) : 0;
}

FacilitatorController::PinResult FacilitatorController::unlock(const QString &typed)
{
    if (lockoutSeconds() > 0)
        return LockedOut;  // not even checked: guessing during a lockout gains nothing
    if (pin::verify(storedPin(), typed)) {
        m_lastPinWrong = false;
        save(FailuresKey, QStringLiteral("0"));
        save(LockedUntilKey, QStringLiteral("0"));
        say({});
        m_unlocked = true;
        if (!m_open) {
            m_open = true;
            emit openChanged();
        }
        qCInfo(lcFacilitator) << "menu unlocked";
        emit lockoutChanged();
        emit unlockedChanged();
        emit statusChanged();
        return Accepted;
    }
    m_lastPinWrong = true;
    const int failed = failures() + 1;
    save(FailuresKey, QString::number(failed));
    if (const int seconds = lockoutAfter(failed); seconds > 0) {
        save(LockedUntilKey, QString::number(m_clock() + qint64(seconds) * 1000));
        m_countdown.start();
    }
    qCInfo(lcFacilitator) << "wrong PIN, failures:" << failed;
    emit lockoutChanged();
    return Wrong;
}

void FacilitatorController::showPinPad()
{
    say({});
    m_lastPinWrong = false;
    if (m_open)
        return;
    m_open = true;
    emit openChanged();
    emit lockoutChanged();
}

void FacilitatorController::lock()
{
    say({});
    if (m_lastPinWrong) {
        m_lastPinWrong = false;
        emit lockoutChanged();
    }
    if (m_open) {
        m_open = false;
        emit openChanged();
    }
    if (m_unlocked) {
        m_unlocked = false;
        emit unlockedChanged();
    }
}

bool FacilitatorController::changePin(const QString &currentPin, const QString &newPin, const QString &repeatedPin)
{
    if (!m_unlocked)
        return false;
    if (!pin::verify(storedPin(), currentPin)) {
        //: Facilitator menu, changing the PIN: the current PIN typed is wrong
        say(tr("De huidige pincode klopt niet. De pincode is niet gewijzigd."));
        return false;
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{4,8}$"));
    if (!digits.match(newPin).hasMatch()) {
        //: Facilitator menu, changing the PIN: the new PIN has the wrong form
        say(tr("Een pincode heeft 4 tot 8 cijfers. De pincode is niet gewijzigd."));
        return false;
    }
    if (repeatedPin != newPin) {
        //: Facilitator menu, changing the PIN: the new PIN and its repetition differ
        say(tr("De twee nieuwe pincodes zijn niet gelijk. De pincode is niet gewijzigd."));
        return false;
    }
    if (!save(PinKey, pin::hash(newPin, pin::newSalt())))
        return false;
    //: Facilitator menu: the PIN was changed
    say(tr("De nieuwe pincode is bewaard."));
    return true;
}

QString FacilitatorController::mode() const
{
    return setting(ModeKey, QStringLiteral("kiosk")) == QLatin1String("workshop") ? QStringLiteral("workshop")
                                                                                  : QStringLiteral("kiosk");
}

void FacilitatorController::setMode(const QString &mode)
{
    if ((mode != QLatin1String("kiosk") && mode != QLatin1String("workshop")) || mode == this->mode())
        return;
    if (!save(ModeKey, mode))
        return;
    m_context.sessions().setChannel(mode);
    emit modeChanged();
}

QString FacilitatorController::defaultLanguage() const
{
    return setting(LanguageKey, QStringLiteral("nl")) == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("nl");
}

void FacilitatorController::setDefaultLanguage(const QString &language)
{
    if ((language != QLatin1String("nl") && language != QLatin1String("en")) || language == defaultLanguage())
        return;
    if (!save(LanguageKey, language))
        return;
    m_context.setLanguage(language);
    emit defaultLanguageChanged();
}

QString FacilitatorController::contentVersion() const { return m_context.pack().version; }
QString FacilitatorController::appVersion() const { return QStringLiteral(SAMENSPRAAK_VERSION); }
QString FacilitatorController::deviceId() const { return m_context.store().deviceId(); }
int FacilitatorController::participants() const { return m_context.store().participantCount(); }

QString FacilitatorController::storageFree() const
{
    const QStorageInfo storage(QFileInfo(m_context.store().path()).absolutePath());
    const QLocale locale(m_context.language() == QLatin1String("en") ? QLocale::English : QLocale::Dutch);
    return locale.formattedDataSize(storage.bytesAvailable(), 1, QLocale::DataSizeTraditionalFormat);
}

QString FacilitatorController::formatTime(const QString &iso) const
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        //: Facilitator menu: the device never synced
        return tr("nog nooit");
    return time.toLocalTime().toString(QStringLiteral("dd-MM-yyyy HH:mm"));
}

} // namespace samenspraak
