// The facilitator menu: the PIN (hashed, with a growing lockout), mode and language.
#include <catch2/catch.hpp>

#include "appcontext.h"
#include "facilitatorcontroller.h"
#include "pin.h"
#include "sessioncontroller.h"
#include "testsupport.h"
#include "uicontext.h"

#include <QTemporaryDir>

using namespace samenspraak;

namespace {

struct Device {
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    qint64 now = 1'800'000'000'000;  // a fixed wall clock
    Device()
    {
        auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
        REQUIRE(created.context);
        context = std::move(created.context);
        facilitator().setClock([this] { return now; });
    }
    FacilitatorController &facilitator() { return UiContext::of(*context).facilitator(); }
};

} // namespace

TEST_CASE("the PIN is kept as a salted hash, never as the digits", "[facilitator]")
{
    Device d;
    REQUIRE(d.facilitator().unlock(FacilitatorController::DefaultPin) == FacilitatorController::Accepted);
    const QString stored = d.context->store().setting(QStringLiteral("facilitator_pin"));
    CHECK(stored.startsWith(QLatin1String("pbkdf2-sha256$20000$")));
    CHECK_FALSE(stored.contains(FacilitatorController::DefaultPin));
    CHECK(pin::verify(stored, FacilitatorController::DefaultPin));
    CHECK_FALSE(pin::verify(stored, QStringLiteral("2041")));
    // Two hashes of one PIN differ by their salt.
    CHECK(pin::hash(QStringLiteral("1234"), "salt-one") != pin::hash(QStringLiteral("1234"), "salt-two"));
    CHECK_FALSE(pin::verify(QStringLiteral("plain"), QStringLiteral("plain")));
}

TEST_CASE("PIN hashes are standard PBKDF2-HMAC-SHA256, so PINs set by earlier releases still open the menu", "[facilitator]")
{
    // The published test vector (RFC 7914, section 11) for one iteration.
    CHECK(pin::hash(QStringLiteral("password"), "salt", 1)
          == QStringLiteral("pbkdf2-sha256$1$73616c74$120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b"));
    // A default PIN as the previous release stored it (Qt's QPasswordDigestor), computed
    // independently with Python's hashlib.pbkdf2_hmac.
    const QString earlier = QStringLiteral("pbkdf2-sha256$20000$00112233445566778899aabbccddeeff$"
                                           "48b266e367e7eaf83881d652cf4451ca13590d3807d479cc7c380b03529ef244");
    CHECK(pin::verify(earlier, QStringLiteral("2040")));
    CHECK_FALSE(pin::verify(earlier, QStringLiteral("2041")));
    CHECK_FALSE(pin::verify(earlier.chopped(1) + QLatin1Char('5'), QStringLiteral("2040")));
}

TEST_CASE("the default PIN opens the menu", "[facilitator]")
{
    Device d;
    FacilitatorController &f = d.facilitator();
    f.showPinPad();
    CHECK(f.isOpen());
    CHECK_FALSE(f.unlocked());
    CHECK(f.unlock(FacilitatorController::DefaultPin) == FacilitatorController::Accepted);
    CHECK(f.unlocked());
    f.lock();
    CHECK_FALSE(f.unlocked());
    CHECK_FALSE(f.isOpen());
}

TEST_CASE("the lockout grows with every wrong PIN after the third", "[facilitator]")
{
    CHECK(FacilitatorController::lockoutAfter(1) == 0);
    CHECK(FacilitatorController::lockoutAfter(2) == 0);
    CHECK(FacilitatorController::lockoutAfter(3) == 30);
    CHECK(FacilitatorController::lockoutAfter(4) == 60);
    CHECK(FacilitatorController::lockoutAfter(5) == 120);
    CHECK(FacilitatorController::lockoutAfter(8) == 900);
    CHECK(FacilitatorController::lockoutAfter(40) == 900);
}

TEST_CASE("wrong PINs lock the menu, and during a lockout even the right PIN is refused", "[facilitator]")
{
    Device d;
    FacilitatorController &f = d.facilitator();
    f.showPinPad();
    CHECK(f.unlock(QStringLiteral("1111")) == FacilitatorController::Wrong);
    CHECK(f.attemptsLeft() == 2);
    CHECK(f.lastPinWrong());
    CHECK(f.unlock(QStringLiteral("2222")) == FacilitatorController::Wrong);
    CHECK(f.lockoutSeconds() == 0);
    CHECK(f.unlock(QStringLiteral("3333")) == FacilitatorController::Wrong);
    CHECK(f.lockoutSeconds() == 30);

    CHECK(f.unlock(FacilitatorController::DefaultPin) == FacilitatorController::LockedOut);
    CHECK_FALSE(f.unlocked());
    CHECK(f.failures() == 3);  // a refused try is not counted

    d.now += 29'000;
    CHECK(f.lockoutSeconds() == 1);
    d.now += 1'000;
    CHECK(f.lockoutSeconds() == 0);
    CHECK(f.unlock(QStringLiteral("4444")) == FacilitatorController::Wrong);
    CHECK(f.lockoutSeconds() == 60);

    d.now += 60'000;
    CHECK(f.unlock(FacilitatorController::DefaultPin) == FacilitatorController::Accepted);
    CHECK(f.failures() == 0);
    CHECK(f.lockoutSeconds() == 0);
}

TEST_CASE("a lockout survives a restart of the app", "[facilitator]")
{
    QTemporaryDir dir;
    qint64 now = 1'800'000'000'000;
    {
        auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
        REQUIRE(created.context);
        FacilitatorController &f = UiContext::of(*created.context).facilitator();
        f.setClock([&now] { return now; });
        for (int i = 0; i < 3; ++i)
            (void)f.unlock(QStringLiteral("0000"));
        REQUIRE(f.lockoutSeconds() == 30);
    }
    auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
    REQUIRE(created.context);
    FacilitatorController &f = UiContext::of(*created.context).facilitator();
    f.setClock([&now] { return now + 10'000; });
    CHECK(f.lockoutSeconds() == 20);
    CHECK(f.unlock(FacilitatorController::DefaultPin) == FacilitatorController::LockedOut);
}

TEST_CASE("a clock set far back cannot lock the menu longer than the longest lockout", "[facilitator]")
{
    Device d;
    FacilitatorController &f = d.facilitator();
    for (int i = 0; i < 3; ++i)
        (void)f.unlock(QStringLiteral("0000"));
    d.now -= 10LL * 24 * 3600 * 1000;  // ten days back
    CHECK(f.lockoutSeconds() == FacilitatorController::MaxLockoutSeconds);
}

TEST_CASE("changing the PIN needs the current one and a new one of 4 to 8 digits, twice", "[facilitator]")
{
    Device d;
    FacilitatorController &f = d.facilitator();
    CHECK_FALSE(f.changePin(FacilitatorController::DefaultPin, QStringLiteral("5678"), QStringLiteral("5678")));  // locked
    REQUIRE(f.unlock(FacilitatorController::DefaultPin) == FacilitatorController::Accepted);

    CHECK_FALSE(f.changePin(QStringLiteral("9999"), QStringLiteral("5678"), QStringLiteral("5678")));
    CHECK(f.message() == QLatin1String("De huidige pincode klopt niet. De pincode is niet gewijzigd."));
    CHECK_FALSE(f.changePin(FacilitatorController::DefaultPin, QStringLiteral("12a4"), QStringLiteral("12a4")));
    CHECK(f.message() == QLatin1String("Een pincode heeft 4 tot 8 cijfers. De pincode is niet gewijzigd."));
    CHECK_FALSE(f.changePin(FacilitatorController::DefaultPin, QStringLiteral("123"), QStringLiteral("123")));
    CHECK_FALSE(f.changePin(FacilitatorController::DefaultPin, QStringLiteral("5678"), QStringLiteral("5679")));
    CHECK(f.message() == QLatin1String("De twee nieuwe pincodes zijn niet gelijk. De pincode is niet gewijzigd."));

    CHECK(f.changePin(FacilitatorController::DefaultPin, QStringLiteral("56781234"), QStringLiteral("56781234")));
    CHECK(f.message() == QLatin1String("De nieuwe pincode is bewaard."));
    f.lock();
    CHECK(f.unlock(FacilitatorController::DefaultPin) == FacilitatorController::Wrong);
    CHECK(f.unlock(QStringLiteral("56781234")) == FacilitatorController::Accepted);
}

TEST_CASE("the mode sets the channel of new sessions and is remembered", "[facilitator]")
{
    Device d;
    FacilitatorController &f = d.facilitator();
    CHECK(f.mode() == QLatin1String("kiosk"));
    CHECK(d.context->sessions().channel() == QLatin1String("kiosk"));
    f.setMode(QStringLiteral("workshop"));
    CHECK(d.context->sessions().channel() == QLatin1String("workshop"));
    CHECK(d.context->store().setting(QStringLiteral("mode")) == QLatin1String("workshop"));
    f.setMode(QStringLiteral("disco"));
    CHECK(f.mode() == QLatin1String("workshop"));
}

TEST_CASE("the default language is remembered and applied", "[facilitator]")
{
    Device d;
    FacilitatorController &f = d.facilitator();
    f.setDefaultLanguage(QStringLiteral("en"));
    CHECK(d.context->language() == QLatin1String("en"));
    CHECK(d.context->store().setting(QStringLiteral("default_language")) == QLatin1String("en"));
    f.setDefaultLanguage(QStringLiteral("fr"));
    CHECK(f.defaultLanguage() == QLatin1String("en"));
}

TEST_CASE("the menu shows the device's status", "[facilitator]")
{
    Device d;
    FacilitatorController &f = d.facilitator();
    CHECK(f.contentVersion() == d.context->pack().version);
    CHECK(f.deviceId() == d.context->store().deviceId());
    CHECK_FALSE(f.storageFree().isEmpty());
    CHECK(f.participants() == 0);
    CHECK(f.formatTime({}) == QLatin1String("nog nooit"));
    CHECK(f.formatTime(QStringLiteral("2026-03-12T14:05:00.000Z")).contains(QLatin1String("2026")));
}
