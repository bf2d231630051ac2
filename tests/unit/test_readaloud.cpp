// "Lees voor": what each activity kind reads aloud, in Dutch and in English, and when the
// button is offered (ReadAloud with a recording speech instead of the system's engine).
#include <catch2/catch.hpp>

#include "activitymodel.h"
#include "appcontext.h"
#include "contentpack.h"
#include "dilemmamodel.h"
#include "dotsmodel.h"
#include "flowcontroller.h"
#include "ideasmodel.h"
#include "profilemodel.h"
#include "rankingmodel.h"
#include "readaloud.h"
#include "satisfactionmodel.h"
#include "speech.h"
#include "statementsmodel.h"
#include "testsupport.h"
#include "uicontext.h"
#include "valuesmodel.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTranslator>

#include <memory>

using namespace samenspraak;

namespace {

struct Device {
    QTemporaryDir dir;
    std::unique_ptr<AppContext> context;
    QTranslator english;
    explicit Device(const QString &language)
    {
        auto created = AppContext::create(dir.path(), CorruptionPolicy::Refuse, defaultPackPath());
        REQUIRE(created.context);
        context = std::move(created.context);
        UiContext::of(*context);  // sets the default language first, as the app does
        context->setLanguage(language);
        // The UI's translator, as the app installs it for English (Dutch is the source).
        if (language == QLatin1String("en")) {
            REQUIRE(english.load(QStringLiteral(":/i18n/samenspraak_en.qm")));
            QCoreApplication::installTranslator(&english);
        }
    }
    ~Device() { QCoreApplication::removeTranslator(&english); }
    const ContentPack &pack() const { return context->pack(); }
    const Activity &activityOfKind(const QString &kind) const
    {
        for (const Activity &a : pack().activities)
            if (a.kind == kind)
                return a;
        FAIL("no activity of kind " << kind.toStdString());
        return pack().activities.constFirst();
    }
};

template <typename Model>
std::unique_ptr<Model> modelFor(Device &d, const QString &kind)
{
    auto model = std::make_unique<Model>();
    model->setContext(d.context.get());
    model->setActivityId(d.activityOfKind(kind).id);
    REQUIRE(model->count() >= 0);
    return model;
}

// Every text must be heard, in the order the screen shows it.
void checkInOrder(const QString &spoken, const QStringList &texts)
{
    qsizetype from = 0;
    for (const QString &t : texts) {
        INFO("spoken: " << spoken.toStdString());
        INFO("expected next: " << t.toStdString());
        const qsizetype at = spoken.indexOf(t, from);
        REQUIRE(at >= 0);
        from = at + t.size();
    }
}

QStringList labels(const QList<Option> &options, const QString &language)
{
    QStringList out;
    for (const Option &o : options)
        out << o.label.in(language);
    return out;
}

} // namespace

TEST_CASE("read aloud: every kind reads its question and its options, in Dutch and in English", "[readaloud]")
{
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")}) {
        DYNAMIC_SECTION("in " << language.toStdString())
        {
            Device d(language);
            const bool nl = language == QLatin1String("nl");
            auto question = [&](const QString &kind) {
                const Activity &a = d.activityOfKind(kind);
                return QStringList{a.title.in(language), a.prompt.in(language)};
            };

            SECTION("values: each value with its meaning")
            {
                auto m = modelFor<ValuesModel>(d, QStringLiteral("values"));
                QStringList expected = question(QStringLiteral("values"));
                for (const Option &v : d.pack().palette)
                    expected << v.label.in(language) + QStringLiteral(": ") + v.description.in(language);
                checkInOrder(m->spokenText(), expected);
                // A page of two reads those two only.
                const QString page = m->spokenText(2, 2);
                CHECK(page.contains(d.pack().palette.at(2).label.in(language)));
                CHECK(page.contains(d.pack().palette.at(3).label.in(language)));
                CHECK_FALSE(page.contains(d.pack().palette.at(1).label.in(language) + QStringLiteral(":")));
                CHECK_FALSE(page.contains(d.pack().palette.at(4).label.in(language) + QStringLiteral(":")));
            }
            SECTION("ideas: the three steps, the kinds and the themes")
            {
                auto m = modelFor<IdeasModel>(d, QStringLiteral("ideas"));
                QStringList expected = question(QStringLiteral("ideas"));
                expected << (nl ? QStringLiteral("Schrijf je idee op. Schrijf geen namen op.") : QStringLiteral("Write down your idea. Do not write any names."));
                for (const QString &k : d.activityOfKind(QStringLiteral("ideas")).kinds)
                    expected << IdeasModel::kindName(k);
                expected << labels(d.pack().themesFor(d.activityOfKind(QStringLiteral("ideas"))), language);
                checkInOrder(m->spokenText(), expected);
                // A page with the second and third theme only: step 3's question and those two.
                const QStringList themes = labels(d.pack().themesFor(d.activityOfKind(QStringLiteral("ideas"))), language);
                REQUIRE(themes.size() > 3);
                const QString page = m->spokenText(3, 2);
                CHECK(page.contains((nl ? QStringLiteral("Over welk onderwerp gaat het? Kies er een: %1, %2")
                                        : QStringLiteral("What is it about? Choose one: %1, %2")).arg(themes.at(1), themes.at(2))));
                CHECK_FALSE(page.contains(themes.at(0)));
                CHECK_FALSE(page.contains(IdeasModel::kindDescription(QStringLiteral("concern"))));
            }
            SECTION("dots: what to divide, and the options")
            {
                auto m = modelFor<DotsModel>(d, QStringLiteral("dots"));
                const Activity &a = d.activityOfKind(QStringLiteral("dots"));
                QStringList expected = question(QStringLiteral("dots"));
                expected << (nl ? QStringLiteral("Geef je %1 stippen aan deze onderwerpen:") : QStringLiteral("Give your %1 dots to these topics:")).arg(a.dots);
                expected << labels(a.options, language);
                checkInOrder(m->spokenText(), expected);
            }
            SECTION("ranking: the options in their current order, with their places")
            {
                auto m = modelFor<RankingModel>(d, QStringLiteral("ranking"));
                const QStringList names = labels(d.activityOfKind(QStringLiteral("ranking")).options, language);
                QStringList expected = question(QStringLiteral("ranking"));
                for (int i = 0; i < names.size(); ++i)
                    expected << QStringLiteral("%1: %2").arg(i + 1).arg(names.at(i));
                checkInOrder(m->spokenText(), expected);
                REQUIRE(m->moveDown(0));
                checkInOrder(m->spokenText(), {QStringLiteral("1: ") + names.at(1), QStringLiteral("2: ") + names.at(0)});
            }
            SECTION("dilemma: both poles")
            {
                auto m = modelFor<DilemmaModel>(d, QStringLiteral("dilemma"));
                const Activity &a = d.activityOfKind(QStringLiteral("dilemma"));
                checkInOrder(m->spokenText(), question(QStringLiteral("dilemma")) << a.left.in(language) << a.right.in(language));
            }
            SECTION("statements: the statement shown, and the answers")
            {
                auto m = modelFor<StatementsModel>(d, QStringLiteral("statements"));
                const QStringList texts = labels(d.activityOfKind(QStringLiteral("statements")).options, language);
                REQUIRE(texts.size() > 2);
                const QString second = m->spokenText(1, 1);
                checkInOrder(second, question(QStringLiteral("statements"))
                                         << (nl ? QStringLiteral("Stelling 2 van %1:") : QStringLiteral("Statement 2 of %1:")).arg(texts.size())
                                         << texts.at(1)
                                         << (nl ? QStringLiteral("Kies: eens, oneens of geen mening.")
                                                : QStringLiteral("Choose: agree, disagree or no opinion.")));
                CHECK_FALSE(second.contains(texts.at(0)));
                CHECK_FALSE(second.contains(texts.at(2)));
            }
            SECTION("profile: each question with its answers, and a page of options with its question")
            {
                auto m = modelFor<ProfileModel>(d, QStringLiteral("profile"));
                const QList<ProfileQuestion> &questions = d.activityOfKind(QStringLiteral("profile")).questions;
                QStringList expected = question(QStringLiteral("profile"));
                for (const ProfileQuestion &q : questions)
                    expected << q.label.in(language) << labels(q.options, language).join(QStringLiteral(", "));
                checkInOrder(m->spokenText(), expected);
                // The pages count options: the last two of the first question and the first of the second.
                REQUIRE(questions.size() > 1);
                const QStringList first = labels(questions.at(0).options, language);
                const QStringList second = labels(questions.at(1).options, language);
                const QString page = m->spokenText(int(first.size()) - 2, 3);
                checkInOrder(page, {questions.at(0).label.in(language), first.mid(first.size() - 2).join(QStringLiteral(", ")),
                                    questions.at(1).label.in(language), second.at(0) + QStringLiteral(".")});
                CHECK_FALSE(page.contains(first.at(0) + QStringLiteral(",")));
            }
            SECTION("satisfaction: the five scores with their words, and the remark")
            {
                auto m = modelFor<SatisfactionModel>(d, QStringLiteral("satisfaction"));
                QStringList expected = question(QStringLiteral("satisfaction"));
                expected << (nl ? QStringLiteral("Kies 1 tot 5:") : QStringLiteral("Choose 1 to 5:"));
                for (int score = 1; score <= 5; ++score)
                    expected << QStringLiteral("%1: %2").arg(score).arg(SatisfactionModel::scoreLabel(score));
                expected << d.activityOfKind(QStringLiteral("satisfaction")).remarkPrompt.in(language);
                checkInOrder(m->spokenText(), expected);
            }
        }
    }
}

TEST_CASE("read aloud: a kind's text has no Dutch in English and no English in Dutch", "[readaloud]")
{
    Device en(QStringLiteral("en"));
    auto statements = modelFor<StatementsModel>(en, QStringLiteral("statements"));
    auto dots = modelFor<DotsModel>(en, QStringLiteral("dots"));
    auto satisfaction = modelFor<SatisfactionModel>(en, QStringLiteral("satisfaction"));
    for (const QString &text : {statements->spokenText(0, 1), dots->spokenText(), satisfaction->spokenText()}) {
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(QStringLiteral("Kies")));
        CHECK_FALSE(text.contains(QStringLiteral("Stelling")));
        CHECK_FALSE(text.contains(QStringLiteral("stippen")));
    }
}

TEST_CASE("read aloud: sentences end in a full stop, and empty parts are left out", "[readaloud]")
{
    CHECK(spokenSentences({QStringLiteral(" Welkom! "), QString(), QStringLiteral("Kies je taal"), QStringLiteral("Waar?")})
          == QStringLiteral("Welkom! Kies je taal. Waar?"));
}

TEST_CASE("read aloud: offered only with a voice for the participant's language", "[readaloud]")
{
    Device d(QStringLiteral("nl"));
    UiContext &ui = UiContext::of(*d.context);
    ReadAloud &readAloud = ui.readAloud();
    FlowController &flow = ui.flow();

    SECTION("no engine, and an engine without voices (headless CI): not offered, and a tap does nothing")
    {
        CHECK_FALSE(readAloud.available());
        CHECK_FALSE(readAloud.problem().isEmpty());
        readAloud.toggle();
        CHECK_FALSE(readAloud.speaking());
        platform::RecordingSpeech mute;
        readAloud.setSpeech(&mute);
        CHECK_FALSE(readAloud.available());
        CHECK(readAloud.problem() == QStringLiteral("no voices (recording speech)"));
        readAloud.toggle();
        CHECK(mute.said().isEmpty());
        CHECK_FALSE(readAloud.speaking());
        readAloud.setSpeech(nullptr);
    }
    SECTION("a Dutch voice only: offered in Dutch, not in English; voices that come later are offered")
    {
        platform::RecordingSpeech speech({QStringLiteral("nl")});
        QSignalSpy availability(&readAloud, &ReadAloud::availableChanged);
        readAloud.setSpeech(&speech);
        CHECK(readAloud.available());
        CHECK(readAloud.problem().isEmpty());
        d.context->setLanguage(QStringLiteral("en"));
        CHECK_FALSE(readAloud.available());
        CHECK(readAloud.problem() == QStringLiteral("no voice for 'en'"));
        speech.setLanguages({QStringLiteral("nl"), QStringLiteral("en")});
        CHECK(readAloud.available());
        CHECK(availability.count() >= 3);
        readAloud.setSpeech(nullptr);
        CHECK_FALSE(readAloud.available());
    }
    SECTION("with voices: reads the screen in its language, stops on a second tap and when the screen changes")
    {
        platform::RecordingSpeech speech({QStringLiteral("nl"), QStringLiteral("en")});
        readAloud.setSpeech(&speech);
        flow.start();
        REQUIRE(flow.screen() == QLatin1String("welcome"));
        readAloud.toggle();
        REQUIRE(speech.said().size() == 1);
        CHECK(speech.said().at(0).language == QLatin1String("nl"));
        CHECK(speech.said().at(0).text.startsWith(QStringLiteral("Welkom!")));
        CHECK(readAloud.speaking());
        readAloud.toggle();
        CHECK_FALSE(readAloud.speaking());
        CHECK(speech.said().size() == 1);

        // An activity: the screen's model says what to read, from the item its page shows.
        const Activity &statements = d.activityOfKind(QStringLiteral("statements"));
        flow.jumpTo(QStringLiteral("statements"), statements.id);
        StatementsModel model;
        model.setContext(d.context.get());
        model.setActivityId(statements.id);
        CHECK(readAloud.textToRead().isEmpty());  // no screen has said what it shows yet
        readAloud.setActivity(&model);
        readAloud.setFirstShown(2);
        readAloud.setShownCount(1);
        CHECK(readAloud.textToRead() == model.spokenText(2, 1));
        readAloud.toggle();
        REQUIRE(speech.said().size() == 2);
        CHECK(speech.said().at(1).text == model.spokenText(2, 1));
        CHECK(readAloud.speaking());
        flow.next();
        CHECK_FALSE(readAloud.speaking());
        // The model of a screen no longer shown is not read on the next one.
        CHECK(readAloud.textToRead().isEmpty());

        // A language change stops the reading too; the next tap reads in the new language.
        flow.jumpTo(QStringLiteral("intro"), statements.phase);
        readAloud.toggle();
        CHECK(readAloud.speaking());
        d.context->setLanguage(QStringLiteral("en"));
        CHECK_FALSE(readAloud.speaking());
        readAloud.toggle();
        REQUIRE(speech.said().size() == 4);
        CHECK(speech.said().at(3).language == QLatin1String("en"));
        CHECK(speech.said().at(3).text.contains(d.pack().phase(statements.phase)->question.in(QStringLiteral("en"))));
        // The reading ends by itself: the button is ready again.
        speech.finish();
        CHECK_FALSE(readAloud.speaking());
        readAloud.setSpeech(nullptr);
    }
}

TEST_CASE("read aloud: the system's engine never blocks, and says why it cannot speak", "[readaloud]")
{
    // Whatever this machine has (speech-dispatcher with espeak-ng, a stuck speech-dispatcher
    // that never answers, or nothing, as in CI): a speech is made at once, in its own thread,
    // and while or where it cannot speak it says why.
    std::unique_ptr<platform::Speech> speech(platform::createSystemSpeech(nullptr));
    REQUIRE(speech);
    auto consistent = [&] {
        const bool speaks = speech->canSpeak(QStringLiteral("nl")) || speech->canSpeak(QStringLiteral("en"));
        INFO("problem: " << speech->problem().toStdString());
        CHECK(speaks == speech->problem().isEmpty());
        CHECK_FALSE(speech->isSpeaking());
    };
    consistent();
    QSignalSpy answered(speech.get(), &platform::Speech::availabilityChanged);
    answered.wait(15000);
    consistent();
    // Asking it to speak never blocks either; a language it has no voice for is ignored.
    speech->say(QStringLiteral("Dit is een test."), QStringLiteral("xx"));
    CHECK_FALSE(speech->isSpeaking());
    speech->stop();
    CHECK_FALSE(speech->isSpeaking());
}

TEST_CASE("read aloud: the facilitator menu says why it is off, in Dutch and in English", "[readaloud]")
{
    using Trouble = platform::Speech::Trouble;
    struct Case {
        QStringList voices;
        Trouble trouble;
        const char *dutch;
        const char *english;
    };
    const QList<Case> cases{
        {{QStringLiteral("nl"), QStringLiteral("en")}, Trouble::None, "Aan, in het Nederlands en het Engels.", "On, in Dutch and in English."},
        {{QStringLiteral("nl")}, Trouble::None, "Aan in het Nederlands. Niet in het Engels: er is geen Engelse stem (espeak-ng).",
         "On in Dutch. Not in English: there is no English voice (espeak-ng)."},
        {{QStringLiteral("en")}, Trouble::None, "Aan in het Engels. Niet in het Nederlands: er is geen Nederlandse stem (espeak-ng).",
         "On in English. Not in Dutch: there is no Dutch voice (espeak-ng)."},
        {{}, Trouble::None, "Uit: er is geen Nederlandse en geen Engelse stem op dit apparaat (espeak-ng).",
         "Off: there is no Dutch and no English voice on this device (espeak-ng)."},
        {{QStringLiteral("nl")}, Trouble::Starting, "Nog niet klaar: het spraakprogramma start nog.",
         "Not ready yet: the speech program is still starting."},
        {{}, Trouble::NoEngine, "Uit: er is geen spraakprogramma op dit apparaat (speech-dispatcher).",
         "Off: there is no speech program on this device (speech-dispatcher)."},
        {{QStringLiteral("nl")}, Trouble::EngineError, "Uit: het spraakprogramma geeft een fout. Start het apparaat opnieuw.",
         "Off: the speech program gives an error. Restart the device."},
        {{QStringLiteral("nl")}, Trouble::Stuck,
         "Uit: het voorlezen stopte niet vanzelf. Misschien werkt het geluid niet. Start de app opnieuw.",
         "Off: reading aloud did not stop by itself. Perhaps the sound does not work. Restart the app."},
    };
    for (const char *language : {"nl", "en"}) {
        Device d(QString::fromLatin1(language));
        ReadAloud &readAloud = UiContext::of(*d.context).readAloud();
        // No engine at all (setSpeech never called with one): says so.
        CHECK(readAloud.status() == QString::fromUtf8(language == std::string("nl") ? cases.at(5).dutch : cases.at(5).english));
        for (const Case &c : cases) {
            platform::RecordingSpeech speech(c.voices);
            if (c.trouble != Trouble::None)
                speech.setTrouble(c.trouble, QStringLiteral("test"));
            readAloud.setSpeech(&speech);
            INFO(language << ": " << c.dutch);
            CHECK(readAloud.status() == QString::fromUtf8(language == std::string("nl") ? c.dutch : c.english));
            // In trouble nothing is offered, whatever voices there are.
            if (c.trouble != Trouble::None)
                CHECK_FALSE(readAloud.available());
            readAloud.setSpeech(nullptr);
        }
    }
}
