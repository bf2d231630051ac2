// The participant's way through the kiosk (FlowController) and the inactivity guard.
#include <catch2/catch.hpp>

#include "appcontext.h"
#include "contentservice.h"
#include "flowcontroller.h"
#include "idleguard.h"
#include "sessioncontroller.h"
#include "testsupport.h"
#include "uicontext.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace samenspraak;

namespace {

struct Device {
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    Device()
    {
        auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
        REQUIRE(created.context);
        context = std::move(created.context);
    }
    UiContext &ui() { return UiContext::of(*context); }
};

QStringList screensOf(const FlowController &flow)
{
    QStringList out;
    for (const auto &s : flow.steps())
        out << (s.activityId.isEmpty() ? s.screen + (s.phaseId.isEmpty() ? QString() : QLatin1Char(':') + s.phaseId) : s.activityId);
    return out;
}

} // namespace

TEST_CASE("the flow is built from the pack: intro per open phase, profile and satisfaction last", "[flow]")
{
    Device d;
    FlowController &flow = d.ui().flow();
    // Phase 3 waits for the vision (the memo's order): only phase 2 is open, and the profile
    // and satisfaction are still asked, once, at the end of the session.
    CHECK(d.context->pack().phase(QStringLiteral("fase-3"))->status == QLatin1String("upcoming"));
    CHECK(screensOf(flow) == QStringList{QStringLiteral("attract"), QStringLiteral("welcome"), QStringLiteral("privacy"),
                                         QStringLiteral("intro:fase-2"),
                                         QStringLiteral("waarden"), QStringLiteral("kansen-en-zorgen"), QStringLiteral("dilemma-groei"),
                                         QStringLiteral("dilemma-dorp"), QStringLiteral("stellingen"), QStringLiteral("profiel"),
                                         QStringLiteral("tevredenheid"), QStringLiteral("thanks")});
    CHECK(flow.activityCount() == 7);
    CHECK(flow.screen() == QLatin1String("attract"));
    CHECK_FALSE(flow.inSession());
}

TEST_CASE("start, next and back walk the steps, and back from the welcome screen starts over", "[flow]")
{
    Device d;
    FlowController &flow = d.ui().flow();
    QSignalSpy changed(&flow, &FlowController::stepChanged);
    flow.start();
    CHECK(flow.screen() == QLatin1String("welcome"));
    CHECK(flow.inSession());
    flow.next();
    CHECK(flow.screen() == QLatin1String("privacy"));
    CHECK(flow.activityNumber() == 0);
    flow.next();
    CHECK(flow.screen() == QLatin1String("intro"));
    CHECK(flow.phaseId() == QLatin1String("fase-2"));
    CHECK(flow.activityNumber() == 0);
    flow.next();
    CHECK(flow.screen() == QLatin1String("values"));
    CHECK(flow.activityId() == QLatin1String("waarden"));
    CHECK(flow.activityNumber() == 1);
    flow.back();
    CHECK(flow.screen() == QLatin1String("intro"));
    flow.back();
    flow.back();
    flow.back();
    CHECK(flow.screen() == QLatin1String("attract"));
    CHECK(changed.count() == 8);
}

TEST_CASE("one progress scheme: the part (an open phase, or the closing questions) and the question within it", "[flow]")
{
    Device d;
    FlowController &flow = d.ui().flow();
    QSignalSpy changed(&flow, &FlowController::progressTextChanged);
    CHECK(flow.progressText().isEmpty());
    flow.start();
    CHECK(flow.progressText().isEmpty());  // welcome
    REQUIRE(flow.jumpTo(QStringLiteral("intro"), QStringLiteral("fase-2")));
    CHECK(flow.progressText() == QStringLiteral("Deel 1 van 2"));
    flow.next();
    CHECK(flow.progressText() == QStringLiteral("Deel 1 van 2 · vraag 1 van 5"));
    REQUIRE(flow.jumpTo(QStringLiteral("statements")));
    CHECK(flow.progressText() == QStringLiteral("Deel 1 van 2 · vraag 5 van 5"));
    // Profile and satisfaction are a part of their own, without an intro.
    flow.next();
    CHECK(flow.screen() == QLatin1String("profile"));
    CHECK(flow.progressText() == QStringLiteral("Deel 2 van 2 · vraag 1 van 2"));
    flow.next();
    CHECK(flow.progressText() == QStringLiteral("Deel 2 van 2 · vraag 2 van 2"));
    flow.next();
    CHECK(flow.screen() == QLatin1String("thanks"));
    CHECK(flow.progressText().isEmpty());
    CHECK(changed.count() >= 6);
    // A new language is announced, so the words follow it.
    const int before = int(changed.count());
    d.context->setLanguage(QStringLiteral("en"));
    CHECK(changed.count() == before + 1);
}

TEST_CASE("the thank-you screen only goes forward, to the attract screen", "[flow]")
{
    Device d;
    FlowController &flow = d.ui().flow();
    REQUIRE(flow.jumpTo(QStringLiteral("thanks")));
    flow.back();
    CHECK(flow.screen() == QLatin1String("thanks"));
    flow.next();
    CHECK(flow.screen() == QLatin1String("attract"));
}

TEST_CASE("stopping early thanks a participant who answered, and starts over for one who did not", "[flow]")
{
    Device d;
    FlowController &flow = d.ui().flow();
    SessionController &sessions = d.context->sessions();
    flow.start();
    flow.askStop();
    CHECK(flow.stopAsked());
    flow.cancelStop();
    CHECK_FALSE(flow.stopAsked());
    flow.askStop();
    flow.stop();
    CHECK_FALSE(flow.stopAsked());
    CHECK(flow.screen() == QLatin1String("attract"));

    flow.start();
    REQUIRE(flow.jumpTo(QStringLiteral("values")));
    REQUIRE(sessions.submitJson(QStringLiteral("waarden"), {{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect")}}}));
    flow.askStop();
    flow.stop();
    CHECK(flow.screen() == QLatin1String("thanks"));
}

TEST_CASE("reset forgets the participant: answers, language and text size", "[flow]")
{
    Device d;
    FlowController &flow = d.ui().flow();
    SessionController &sessions = d.context->sessions();
    QSignalSpy left(&flow, &FlowController::participantLeft);
    flow.start();
    d.context->setLanguage(QStringLiteral("en"));
    flow.setTextScale(2.0);
    REQUIRE(sessions.submitJson(QStringLiteral("waarden"), {{QStringLiteral("picks"), QJsonArray{QStringLiteral("respect")}}}));
    REQUIRE(sessions.hasAnswers());

    flow.reset();
    CHECK(flow.screen() == QLatin1String("attract"));
    CHECK_FALSE(sessions.active());
    CHECK_FALSE(sessions.hasAnswers());
    CHECK(sessions.answer(QStringLiteral("waarden")).isEmpty());
    CHECK(d.context->language() == QLatin1String("nl"));
    CHECK(flow.textScale() == 1.0);
    CHECK(left.count() == 1);
    CHECK(d.context->store().participantCount() == 1);  // what was saved stays saved
}

TEST_CASE("the text size is kept between 100% and 200%", "[flow]")
{
    Device d;
    FlowController &flow = d.ui().flow();
    flow.setTextScale(3.0);
    CHECK(flow.textScale() == 2.0);
    flow.setTextScale(0.5);
    CHECK(flow.textScale() == 1.0);
    flow.setTextScale(1.5);
    CHECK(flow.textScale() == 1.5);
}

TEST_CASE("the idle guard warns with a countdown, and a touch goes on", "[idle]")
{
    IdleGuard idle(nullptr);
    qint64 now = 0;
    idle.setClock([&now] { return now; });
    idle.setIdleSeconds(60);
    idle.setWarningSeconds(30);
    QSignalSpy expired(&idle, &IdleGuard::expired);
    idle.setMode(IdleGuard::Mode::Session);

    now = 59'999;
    idle.tick();
    CHECK_FALSE(idle.warning());
    now = 60'000;
    idle.tick();
    CHECK(idle.warning());
    CHECK(idle.secondsLeft() == 30);
    now = 75'500;
    idle.tick();
    CHECK(idle.secondsLeft() == 15);

    idle.stillHere();
    CHECK_FALSE(idle.warning());
    now += 59'000;
    idle.tick();
    CHECK_FALSE(idle.warning());
    CHECK(expired.isEmpty());
}

TEST_CASE("the idle guard expires once the countdown ends, and then stays quiet", "[idle]")
{
    IdleGuard idle(nullptr);
    qint64 now = 1000;
    idle.setClock([&now] { return now; });
    idle.setIdleSeconds(60);
    idle.setWarningSeconds(30);
    QSignalSpy expired(&idle, &IdleGuard::expired);
    idle.setMode(IdleGuard::Mode::Session);
    now += 90'000;
    idle.tick();
    CHECK(expired.count() == 1);
    CHECK_FALSE(idle.warning());
    CHECK(idle.mode() == IdleGuard::Mode::Off);
    now += 500'000;
    idle.tick();
    CHECK(expired.count() == 1);
}

TEST_CASE("on the thank-you screen the countdown runs at once, without a warning", "[idle]")
{
    IdleGuard idle(nullptr);
    qint64 now = 0;
    idle.setClock([&now] { return now; });
    idle.setClosingSeconds(20);
    QSignalSpy expired(&idle, &IdleGuard::expired);
    idle.setMode(IdleGuard::Mode::Closing);
    CHECK(idle.secondsLeft() == 20);
    now = 12'000;
    idle.tick();
    CHECK(idle.secondsLeft() == 8);
    CHECK_FALSE(idle.warning());
    now = 20'000;
    idle.tick();
    CHECK(expired.count() == 1);
}

TEST_CASE("the attract screen never times out", "[idle]")
{
    IdleGuard idle(nullptr);
    qint64 now = 0;
    idle.setClock([&now] { return now; });
    QSignalSpy expired(&idle, &IdleGuard::expired);
    idle.setMode(IdleGuard::Mode::Off);
    now = 10'000'000;
    idle.tick();
    CHECK(expired.isEmpty());
    CHECK_FALSE(idle.warning());
}

TEST_CASE("a quiet kiosk ends the session: the next person starts with no answers", "[idle][flow]")
{
    Device d;
    UiContext &ui = d.ui();
    qint64 now = 0;
    ui.idle().setClock([&now] { return now; });
    ui.flow().start();
    REQUIRE(ui.idle().mode() == IdleGuard::Mode::Session);
    REQUIRE(d.context->sessions().submitJson(QStringLiteral("waarden"), {{QStringLiteral("picks"), QJsonArray{QStringLiteral("erbij-horen")}}}));
    ui.flow().next();
    now += qint64(ui.idle().idleSeconds() + ui.idle().warningSeconds()) * 1000;
    ui.idle().tick();
    CHECK(ui.flow().screen() == QLatin1String("attract"));
    CHECK_FALSE(d.context->sessions().hasAnswers());
    CHECK(ui.idle().mode() == IdleGuard::Mode::Off);
}

TEST_CASE("the thank-you screen returns to the attract screen by itself", "[idle][flow]")
{
    Device d;
    UiContext &ui = d.ui();
    qint64 now = 0;
    ui.idle().setClock([&now] { return now; });
    REQUIRE(ui.flow().jumpTo(QStringLiteral("thanks")));
    CHECK(ui.idle().mode() == IdleGuard::Mode::Closing);
    now += qint64(ui.idle().closingSeconds()) * 1000;
    ui.idle().tick();
    CHECK(ui.flow().screen() == QLatin1String("attract"));
}

TEST_CASE("the privacy notice comes before the first question, and only with the pack's facts", "[flow][privacy]")
{
    Device d;
    FlowController &flow = d.ui().flow();
    const auto &steps = flow.steps();
    const auto privacy = std::find_if(steps.begin(), steps.end(), [](const auto &s) { return s.screen == QLatin1String("privacy"); });
    const auto firstQuestion = std::find_if(steps.begin(), steps.end(), [](const auto &s) { return !s.activityId.isEmpty(); });
    REQUIRE(privacy != steps.end());
    REQUIRE(firstQuestion != steps.end());
    CHECK(privacy < firstQuestion);
    CHECK(std::count_if(steps.begin(), steps.end(), [](const auto &s) { return s.screen == QLatin1String("privacy"); }) == 1);
    const PrivacyNotice &notice = d.context->pack().privacy;
    CHECK(notice.controller.nl == QStringLiteral("Gemeente Dalfsen"));
    CHECK(notice.url.startsWith(QStringLiteral("https://")));
    for (const Text *t : {&notice.controller, &notice.purpose, &notice.retention, &notice.contact}) {
        CHECK_FALSE(t->nl.isEmpty());
        CHECK_FALSE(t->en.isEmpty());
    }
}

TEST_CASE("the thank-you screen says what happens next, from the pack, with the page as a QR code", "[flow][content]")
{
    Device d;
    ContentService &content = d.context->content();
    QVariantMap next = content.afterwards();
    CHECK(next.value(QStringLiteral("text")).toString().contains(QStringLiteral("augustus")));
    CHECK(next.value(QStringLiteral("url")).toString() == QStringLiteral("https://www.dalfsen.nl"));
    const int size = next.value(QStringLiteral("qrSize")).toInt();
    CHECK(size >= 21);  // the smallest QR code
    const QVariantList modules = next.value(QStringLiteral("qrModules")).toList();
    CHECK(modules.size() == size * size);
    CHECK(std::count_if(modules.begin(), modules.end(), [](const QVariant &m) { return m.toBool(); }) > size * size / 4);
    d.context->setLanguage(QStringLiteral("en"));
    next = content.afterwards();
    CHECK(next.value(QStringLiteral("text")).toString().contains(QStringLiteral("August")));
}
